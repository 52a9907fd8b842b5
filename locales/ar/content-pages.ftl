# Machine-drafted translation: not yet reviewed by a native speaker.
# The content pages: /pledge, /charter, /rights and /entitlements.
# These pages address the reader in the plural (أنتم), like the Arabic content they show.

## Shared by the content pages

content-translation-note = لم يراجع متحدث أصلي باللغة العربية هذه الترجمة بعد.
content-words-link = ماذا تعني هذه الكلمات؟
content-words-title = كلمات نستخدمها
content-about-title = عن هذه الصفحة
content-about-source = مصدر هذه الصفحة:
content-about-review = سنراجع هذه الصفحة مرة أخرى بحلول { $date }.
content-unavailable = عذرًا، لا يمكننا عرض هذه الصفحة الآن. يُرجى المحاولة مرة أخرى بعد قليل.
content-error-prefix = خطأ:

## Dates ("1 أبريل 2027")


## "Is this happening for you?" under each promise

check-legend = هل يحدث هذا معكم؟
check-hint = لا يلزمكم ذكر أسمائكم. نحن نعدّ الإجابات فقط.
check-yes = نعم
check-sometimes = أحيانًا
check-no = لا
check-not-sure = غير متأكد
check-send = إرسال إجابتي
check-thanks = شكرًا لكم. وصلتنا إجابتكم.
check-thanks-more = ننظر في كل الإجابات. فهي تساعدنا على معرفة أين نحتاج إلى أن نعمل بشكل أفضل.
check-error-choose = اختاروا: نعم، أو أحيانًا، أو لا، أو غير متأكد.
check-error-not-an-option = اختاروا إحدى الإجابات: نعم، أو أحيانًا، أو لا، أو غير متأكد.
check-error-try-again = عذرًا، لم ينجح ذلك. يُرجى اختيار إجابتكم مرة أخرى.
check-error-unknown-promise = عذرًا، لم نجد هذا الوعد. يُرجى اختيار إجابتكم مرة أخرى.

## /pledge

pledge-page-title = تعهّدنا: Care Voice
pledge-title = تعهّدنا لكم
pledge-intro-1 = التعهّد هو وعد. هذه وعودنا للأطفال الذين في الرعاية.
pledge-intro-2 = وضعناها مع شباب في الرعاية. وكل قسم في المجلس يقدّم وعوده الخاصة.
pledge-intro-3 = تحت كل وعد، يمكنكم أن تروا كيف نؤدي. ويمكنكم أيضًا أن تخبرونا إن كان يتحقق معكم.
pledge-progress-title = كيف نؤدي:
pledge-status-on-track = يسير بشكل جيد
pledge-status-some-progress = أُنجز جزء منه
pledge-status-not-started = لم يبدأ بعد
pledge-status-done = تمّ
pledge-owner-other = وعود أخرى

## /charter

charter-page-title = ميثاق الشباب الخارجين من الرعاية: Care Voice
charter-title = ميثاق الشباب الخارجين من الرعاية
charter-intro-1 = ميثاق الشباب الخارجين من الرعاية قائمة من سبعة وعود. وهي للشباب الذين يغادرون الرعاية أو غادروها.
charter-intro-2 = لقد التزمنا به. إليكم ما يعنيه كل وعد، وما نفعله للوفاء به.
charter-intro-3 = إذا لم نفِ بوعد ما، يمكنكم أن تفعلوا شيئًا. ويخبركم كل وعد بما يمكنكم فعله.
charter-here-title = ماذا يعني هنا
charter-not-happening-title = إذا لم يحدث هذا
charter-advocate-link = كيف تحصلون على مناصر
charter-complain-link = كيف تقدّمون شكوى

## /rights

rights-page-title = حقوقكم: Care Voice
rights-title = حقوقكم
rights-intro-1 = تخبركم هذه الصفحة بما يمكنكم أن تتوقعوه منّا.
rights-intro-2 = وتخبركم كيف تقدّمون شكوى، وماذا يحدث بعد ذلك. وتخبركم كيف يمكن لمناصر أن يساعدكم.
rights-contents = في هذه الصفحة

## /entitlements

entitlements-page-title = ما يمكنكم الحصول عليه: Care Voice
entitlements-title = ما يمكنكم الحصول عليه
entitlements-intro-1 = هذه الصفحة للشباب الذين يغادرون الرعاية أو غادروها.
entitlements-intro-2 = تعرض المساعدة التي يمكنكم الحصول عليها، وكيف تطلبونها. ونسمّي هذا «عرضنا المحلي».
entitlements-intro-3 = يمكن لمستشاركم الشخصي أن يساعدكم في كل ذلك.
entitlements-check-title = تحقّقوا مما يمكنكم الحصول عليه
entitlements-check-hint = أجيبوا عن سؤال واحد أو اثنين أو عن الأسئلة الثلاثة. ثم نعرض لكم ما يمكنكم الحصول عليه. ولا نحتفظ بإجاباتكم.
entitlements-age-label = كم عمركم؟
entitlements-age-hint = اكتبوا العمر بالسنوات. مثلًا: 19.
entitlements-status-legend = هل أنتم في الرعاية الآن، أم غادرتم الرعاية؟
entitlements-status-in-care = أنا في الرعاية الآن
entitlements-status-left-care = غادرت الرعاية
entitlements-status-not-sure = غير متأكد
entitlements-situation-label = ماذا تفعلون الآن؟
entitlements-situation-any = لا شيء مما يلي، أو غير متأكد
entitlements-situation-education = في المدرسة أو الصف السادس (sixth form) أو الكلية
entitlements-situation-higher-education = في الجامعة
entitlements-situation-apprenticeship = في تدريب مهني (apprenticeship)
entitlements-situation-working = أعمل في وظيفة
entitlements-situation-not-working = لا أعمل ولا أدرس
entitlements-situation-parent = لديّ طفل
entitlements-situation-unaccompanied = جئت إلى المملكة المتحدة وحدي
entitlements-situation-disabled = لديّ إعاقة
entitlements-submit = اعرض ما يمكنني الحصول عليه
entitlements-error-age-number = اكتبوا العمر كرقم، مثل 19.
entitlements-error-age-range = اكتبوا عمرًا من 0 إلى { $max }.
entitlements-error-status = اختاروا إن كنتم في الرعاية الآن، أو غادرتموها.
entitlements-error-situation = اختاروا ما تفعلونه الآن من القائمة.
entitlements-results-title = ما يمكنكم الحصول عليه
entitlements-results-count = { $count ->
    [zero] لم نجد شيئًا يمكنكم الحصول عليه.
    [one] وجدنا شيئًا واحدًا يمكنكم الحصول عليه.
    [two] وجدنا شيئين يمكنكم الحصول عليهما.
    [few] وجدنا { $count } أشياء يمكنكم الحصول عليها.
    [many] وجدنا { $count } شيئًا يمكنكم الحصول عليه.
   *[other] وجدنا { $count } شيء يمكنكم الحصول عليه.
}
entitlements-results-none = لم نجد شيئًا لهذه الإجابات. اسألوا مستشاركم الشخصي، فهو يستطيع أن يخبركم بالمساعدة المتاحة.
entitlements-start-again = ابدؤوا من جديد
entitlements-timeline-title = ما الذي يتغيّر كلما كبرتم
entitlements-all-title = كل المساعدة التي يمكنكم الحصول عليها
entitlements-category-support = أشخاص يساعدونكم
entitlements-category-money = المال
entitlements-category-home = مكان للعيش
entitlements-category-education = المدرسة والكلية والجامعة
entitlements-category-work = العمل
entitlements-category-health = الصحة
entitlements-category-travel = التنقّل
entitlements-category-rights = حقوقكم
entitlements-who = من يمكنه الحصول عليها
entitlements-ages = العمر من { $min } إلى { $max }.
entitlements-ages-up-to = حتى عمر { $max }.
entitlements-for-in-care = إذا كنتم في الرعاية الآن.
entitlements-for-left-care = إذا كنتم قد غادرتم الرعاية.
entitlements-for-both = إذا كنتم في الرعاية الآن، أو غادرتموها.
entitlements-only-if = فقط إذا كان هذا ينطبق عليكم: { $situations }.
entitlements-list-separator = {"، "}
entitlements-amount = المبلغ
entitlements-how = كيف تطلبونها
entitlements-source = مصدر هذه المعلومة
entitlements-checked = آخر تحقّق
entitlements-council-choice = كل مجلس يختار ما يقدّمه في هذا الأمر.
