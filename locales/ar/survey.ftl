# Machine-drafted translation: not yet reviewed by a native speaker.
# The survey journey, /survey. Addresses the reader in the plural, as the questions do.
survey-landing-title = قولوا رأيكم
survey-landing-lead = أخبرونا كيف تسير الأمور معكم. إجاباتكم تساعدنا على تحسين الأمور.
survey-landing-anonymous = لا تكتبون أسماءكم. نحن لا نعرف من أجاب.
survey-none-open = لا يوجد استبيان مفتوح الآن. من فضلكم عودوا لاحقًا.
survey-demo-title = جرّبوا الاستبيان
survey-landing-code-title = هل حفظتم إجاباتكم؟
survey-landing-code-text = إذا كان لديكم رمز، يمكنكم المتابعة من حيث توقفتم.
survey-use-code = المتابعة باستخدام رمز
survey-back-to-surveys = الذهاب إلى الاستبيانات
survey-back = رجوع
survey-band-4-7 = من 4 إلى 7 سنوات، مع شخص كبير
survey-band-4-7-text = للأطفال الصغار. يساعدكم شخص كبير.
survey-band-8-11 = من 8 إلى 11 سنة
survey-band-8-11-text = حوالي 20 سؤالًا.
survey-band-11-17 = من 11 إلى 17 سنة
survey-band-11-17-text = حوالي 30 سؤالًا.
survey-band-care-leavers = من غادروا الرعاية، من 16 إلى 25 سنة
survey-band-care-leavers-text = للشباب الذين غادروا الرعاية.
survey-machine-translation = هذه الترجمة من عمل الحاسوب. لم يراجعها بعد أحد يتحدث العربية.

# Start page
survey-start-title-4-7 = استبيان للأطفال من 4 إلى 7 سنوات
survey-start-title-8-11 = استبيان للأطفال من 8 إلى 11 سنة
survey-start-title-11-17 = استبيان للشباب من 11 إلى 17 سنة
survey-start-title-care-leavers = استبيان لمن غادروا الرعاية
survey-start-length = يستغرق حوالي { $minutes } دقيقة. فيه { $count } سؤالًا.
survey-start-anonymous = لا نسألكم عن أسمائكم. لن نعرف من أنتم.
survey-start-skip = يمكنكم تخطي أي سؤال. ويمكنكم أيضًا اختيار "أفضّل ألا أقول".
survey-start-save = يمكنكم التوقف، والحصول على رمز، والعودة لاحقًا.
survey-start-who-title = من يرى إجاباتكم
survey-start-who = فريق حقوق الأطفال في { $council } يقرأ كل الإجابات معًا. مقدمو الرعاية والأخصائي الاجتماعي لا يرون إجاباتكم.
survey-start-no-reply = لا يمكننا معرفة من كتب الإجابة. لذلك لا يمكننا الرد عليها.
survey-start-help-title = إذا كنتم بحاجة إلى مساعدة
survey-start-help = إذا شعرتم بعدم الأمان أو بالضيق، اتصلوا بأحد الأرقام في أعلى الصفحة.
survey-start-help-link = طرق أخرى للحصول على المساعدة
survey-start-started = لقد بدأتم هذا الاستبيان.
survey-start-carry-on = المتابعة من حيث توقفتم
survey-start-button = ابدأوا الآن
survey-helper-intro = يساعدكم شخص كبير في هذا الاستبيان. يجب ألا يكون مقدم الرعاية أو الأخصائي الاجتماعي.
survey-helper-legend = للشخص الكبير: من أنتم؟
survey-helper-teacher = معلم أو شخص من المدرسة
survey-helper-advocate = مناصر
survey-helper-other = شخص كبير آخر
survey-helper-missing = اختاروا من يساعد

# A question
survey-question-of = السؤال { $n } من { $count }
survey-question-page-title = السؤال { $n } من { $count }: Care Voice
survey-continue = متابعة
survey-skip = تخطي هذا السؤال
survey-prefer-not = أفضّل ألا أقول
survey-or = أو
survey-save-later = الحفظ والعودة لاحقًا
survey-frequency-most-of-the-time = دائمًا أو معظم الوقت
survey-frequency-sometimes = أحيانًا
survey-frequency-hardly-ever = نادرًا أو أبدًا
survey-answer-yes = نعم
survey-answer-no = لا
survey-face-happy = سعيد
survey-face-ok = لا بأس
survey-face-sad = حزين
survey-wellbeing-hint = اختاروا رقمًا. 0 يعني أبدًا. 10 يعني تمامًا.
survey-text-hint = يمكنكم كتابة { $max } حرفًا كحد أقصى. من فضلكم لا تكتبوا أسماء.
survey-out-of-ten = { $n } من 10
survey-not-answered = لم تتم الإجابة

# Problems
survey-error-not-an-option = اختاروا إحدى الإجابات في هذه الصفحة
survey-error-too-long = في إجابتكم { $count } حرفًا. اجعلوها { $max } حرفًا أو أقل.
survey-error-wrong-question = هذه الإجابة لسؤال مختلف. أجيبوا عن السؤال في هذه الصفحة.
survey-error-expired = كانت إجاباتكم محفوظة لوقت قصير فقط، وقد انتهى هذا الوقت. يمكنكم البدء من جديد.
survey-error-no-draft = لا نجد إجاباتكم على هذا الهاتف. ابدأوا من جديد، أو استخدموا رمزكم.
survey-not-found-title = لا نجد هذا الاستبيان
survey-not-found-text = ربما يكون الرابط خاطئًا. اذهبوا إلى الاستبيانات لتروا أيها مفتوح.
survey-closed-title = تم إغلاق هذا الاستبيان
survey-closed-text = شكرًا لرغبتكم في المشاركة. انتهى هذا الاستبيان، فلا يمكنه استقبال إجابات الآن. سيكون هناك استبيان آخر.
survey-not-open-title = لم يبدأ هذا الاستبيان بعد
survey-not-open-text = يبدأ في { $date }. من فضلكم عودوا عندها.
survey-expired-title = انتهت مدة حفظ إجاباتكم
survey-expired-text = نحفظ الإجابات التي لم تُرسل لوقت قصير فقط. انتهى هذا الوقت، فحذفناها. يمكنكم البدء من جديد.
survey-no-draft-title = لا نجد إجاباتكم
survey-no-draft-text = لا توجد على هذا الهاتف إجابات لهذا الاستبيان. يمكنكم البدء من جديد، أو استخدام رمزكم إن كان لديكم رمز.
survey-start-again = بدء الاستبيان من جديد

# Check and send
survey-check-title = راجعوا إجاباتكم
survey-change = تغيير
survey-check-send-title = أرسلوا إجاباتكم الآن
survey-check-send-text = عندما ترسلون إجاباتكم، لا يمكنكم تغييرها.
survey-check-send = إرسال إجاباتي
survey-sent-title = شكرًا لكم. تم إرسال إجاباتكم.
survey-sent-thanks = إجاباتكم تساعدنا على تحسين الأمور.
survey-sent-next-title = ماذا يحدث بعد ذلك
survey-sent-next = يُغلق الاستبيان في { $date }. بعدها يقرأ فريق حقوق الأطفال في { $council } كل الإجابات معًا.
survey-sent-you-said = سنخبركم بما عرفناه وبما سنفعله. ابحثوا عن "قلتم، ففعلنا".
survey-sent-anonymous = نحن لا نعرف من أنتم. حذفنا الصلة بين هذا الهاتف وإجاباتكم.
survey-sent-help = إذا كان هناك أمر خاطئ وتريدون المساعدة الآن، اتصلوا بأحد الأرقام في أعلى الصفحة.
survey-sent-home = الذهاب إلى البداية

# Save and come back
survey-save-title = الحفظ والعودة لاحقًا
survey-save-text = سنعطيكم رمزًا. استخدموه على هذا الهاتف أو على هاتف آخر للمتابعة. تُحفظ إجاباتكم لمدة { $days } يومًا.
survey-save-button = احصلوا على رمزي
survey-save-carry-on = متابعة الاستبيان
survey-code-title = رمزكم
survey-code-is = رمزكم هو:
survey-code-write-down = اكتبوه أو التقطوا صورة له. لا يمكننا عرضه مرة أخرى.
survey-code-until = يعمل حتى نهاية يوم { $date }.
survey-code-how = للمتابعة لاحقًا، اذهبوا إلى هذا الموقع واختاروا
survey-code-private = احتفظوا برمزكم سرًا. أي شخص لديه الرمز يمكنه رؤية إجاباتكم.
survey-resume-title = المتابعة باستخدام رمزكم
survey-resume-text = اكتبوا الرمز الذي حصلتم عليه عندما حفظتم إجاباتكم.
survey-resume-label = رمزكم
survey-resume-hint = يبدو هكذا: KDM-7QX-P4T
survey-resume-button = متابعة
survey-resume-not-found = لا نجد هذا الرمز. تحققوا منه وحاولوا مرة أخرى.
survey-resume-expired = انتهت صلاحية هذا الرمز. الرموز تعمل لوقت قصير فقط. يمكنكم بدء الاستبيان من جديد.
survey-resume-too-many = حاولتم مرات كثيرة جدًا. انتظروا 15 دقيقة، ثم حاولوا مرة أخرى.

# Safety
survey-safety-page-title = استبيانكم: Care Voice
survey-safety-title = شكرًا لأنكم أخبرتمونا
survey-safety-lead = قلتم إنكم لا تشعرون بالأمان دائمًا. لستم مضطرين للتعامل مع هذا وحدكم.
survey-safety-anonymous = هذا الاستبيان لا يسأل عن أسمائكم. لذلك لا نعرف من أنتم، ولا يمكننا أن نأتي لمساعدتكم إلا إذا أخبرتمونا.
survey-safety-now-title = إذا كنتم في خطر أو تحتاجون إلى مساعدة الآن
survey-safety-contact-title = هل تريدون أن يتحدث إليكم أحد؟
survey-safety-contact-text = يمكنكم أن تطلبوا من شخص في فريق حقوق الأطفال في { $council } أن يتواصل معكم. هذا منفصل عن استبيانكم. لن يروا إجاباتكم.
survey-safety-contact-button = أريد أن يتواصل معي أحد
survey-safety-carry-on = متابعة الاستبيان

# Contact me. Page titles stay neutral: a title can show in the list of open tabs.
survey-contact-page-title = رسالتكم: Care Voice
survey-contact-sent-page-title = تم إرسال الرسالة: Care Voice
survey-contact-title = اطلبوا أن يتواصل معكم أحد
survey-contact-who = سيقرأ هذا فريق حقوق الأطفال في { $council }.
survey-contact-apart = هذا منفصل عن استبيانكم. لن يروا إجابات استبيانكم.
survey-contact-share = إذا ظنوا أنكم في خطر، فقد يحتاجون إلى إخبار أشخاص آخرين للحفاظ على سلامتكم. سيتحدثون معكم عن ذلك أولًا إن استطاعوا.
survey-contact-name = بماذا نناديكم؟ (ليس عليكم أن تقولوا)
survey-contact-name-hint = اسمكم الأول، أو اسم تحبونه.
survey-contact-reach = كيف يمكننا التواصل معكم؟
survey-contact-reach-hint = مثلًا رقم هاتف، أو بريد إلكتروني، أو "عن طريق مدرستي".
survey-contact-time = متى يكون التواصل معكم آمنًا؟ (ليس عليكم أن تقولوا)
survey-contact-time-hint = مثلًا "بعد المدرسة" أو "ليس في عطلة نهاية الأسبوع".
survey-contact-button = إرسال
survey-contact-no-thanks = لا شكرًا، أعيدوني إلى الاستبيان
survey-contact-reach-missing = أخبرونا كيف يمكننا التواصل معكم
survey-contact-too-long = اجعلوا هذا { $max } حرفًا أو أقل
survey-contact-sent-title = وصلتنا رسالتكم
survey-contact-sent-text = سيتواصل معكم شخص من الفريق في أقرب وقت ممكن.
survey-contact-sent-danger = إذا كنتم في خطر الآن، اتصلوا بالرقم 999.
survey-contact-sent-back = العودة إلى الاستبيان

# Dates
survey-date = { $day } { $month } { $year }
survey-month-1 = يناير
survey-month-2 = فبراير
survey-month-3 = مارس
survey-month-4 = أبريل
survey-month-5 = مايو
survey-month-6 = يونيو
survey-month-7 = يوليو
survey-month-8 = أغسطس
survey-month-9 = سبتمبر
survey-month-10 = أكتوبر
survey-month-11 = نوفمبر
survey-month-12 = ديسمبر
