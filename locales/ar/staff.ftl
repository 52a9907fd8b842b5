# Machine-drafted translation: not yet reviewed by a native speaker.
# The staff area. Staff pages are desktop first; plain, precise wording.
staff-area-name = Care Voice للموظفين
staff-sign-out = تسجيل الخروج
staff-back-home = العودة إلى الصفحة الرئيسية للموظفين
staff-coming-soon = قريبًا
staff-forbidden-title = لا يمكنك استخدام هذه الصفحة
staff-forbidden-text = لا يتيح لك دورك الوصول إلى هذه الصفحة. إذا كنت تحتاج إليها، فاطلب ذلك من مسؤول النظام.

staff-role-administrator = مسؤول النظام
staff-role-complaints-manager = مدير الشكاوى
staff-role-rights-officer = موظف حقوق الأطفال
staff-role-analyst = محلل
staff-role-content-editor = محرر المحتوى

staff-sign-in-title = تسجيل الدخول
staff-sign-in-email = عنوان البريد الإلكتروني
staff-sign-in-password = كلمة المرور
staff-sign-in-button = متابعة
staff-sign-in-help = هل نسيت كلمة المرور أو فقدت هاتفك؟ اطلب من مسؤول النظام إعادة تعيين حسابك.
staff-sign-in-email-missing = أدخل عنوان بريدك الإلكتروني
staff-sign-in-password-missing = أدخل كلمة المرور
staff-sign-in-wrong = عنوان البريد الإلكتروني أو كلمة المرور غير صحيحة
staff-sign-in-disabled = هذا الحساب معطَّل. إذا كنت تحتاج إليه مجددًا، فاطلب من مسؤول النظام إعادة تفعيله.
staff-sign-in-wait = محاولات كثيرة جدًا. انتظر { $minutes ->
        [zero] { $minutes } دقيقة
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
        [many] { $minutes } دقيقة
       *[other] { $minutes } دقيقة
    } ثم حاول مرة أخرى.
staff-sign-in-expired = تم تسجيل خروجك لانتهاء جلستك. سجّل الدخول مرة أخرى.
staff-sign-in-signed-out = لقد سجّلت الخروج.

staff-code-title = أدخل رمز الأمان
staff-code-label = رمز الأمان
staff-code-hint = الرمز المكوّن من 6 أرقام من تطبيق المصادقة، أو أحد رموز الاسترداد الخاصة بك.
staff-code-hint-setup = الرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة الآن.
staff-code-button = تسجيل الدخول
staff-code-missing = أدخل الرمز من تطبيق المصادقة
staff-code-wrong = هذا الرمز غير صحيح أو سبق استخدامه. أدخل الرمز الذي يعرضه تطبيقك الآن.
staff-code-no-session = انتهت مهلة تسجيل الدخول. ابدأ من جديد:

staff-setup-title = إعداد حسابك
staff-setup-hello = مرحبًا، { $name }. اختر كلمة مرور، ثم اربط تطبيق مصادقة بحسابك.
staff-setup-password-heading = 1. اختر كلمة مرور
staff-setup-password = كلمة المرور الجديدة
staff-setup-password-hint = 12 حرفًا على الأقل. بضع كلمات لا علاقة بينها تشكّل كلمة مرور جيدة. يمكنك لصقها من مدير كلمات المرور.
staff-setup-confirm = اكتب كلمة المرور مرة أخرى
staff-setup-app-heading = 2. اربط تطبيق مصادقة
staff-setup-app-text = افتح تطبيق مصادقة على هاتفك وامسح هذا الرمز ضوئيًا.
staff-setup-qr-alt = رمز QR لمسحه ضوئيًا بتطبيق المصادقة
staff-setup-manual = إذا لم تستطع مسحه، فاكتب هذا المفتاح في التطبيق بدلًا من ذلك:
staff-setup-code = الرمز من التطبيق
staff-setup-button = إنهاء الإعداد
staff-setup-code-wrong = أدخل الرمز المكوّن من 6 أرقام الذي يعرضه تطبيق المصادقة الآن
staff-setup-invalid-title = لا يمكن استخدام هذا الرابط
staff-setup-invalid-text = سبق استخدام هذا الرابط أو انتهت صلاحيته (تبقى الروابط صالحة 3 أيام). اطلب رابطًا جديدًا من مسؤول النظام.
staff-setup-done-title = حسابك جاهز
staff-setup-done-text = احتفظ برموز الاسترداد هذه في مكان آمن، بعيدًا عن هاتفك. يمكن استخدام كل رمز منها مرة واحدة بدلًا من رمز التطبيق. لن تُعرض مرة أخرى.

staff-password-too-short = يجب أن تتكون كلمة المرور من 12 حرفًا على الأقل
staff-password-too-long = يجب ألا تزيد كلمة المرور على 128 حرفًا
staff-password-too-common = كلمة المرور هذه شائعة جدًا أو سهلة التخمين. جرّب بضع كلمات لا علاقة بينها.
staff-password-mismatch = كلمتا المرور غير متطابقتين

staff-home-title = الصفحة الرئيسية للموظفين
staff-home-hello = مرحبًا، { $name }. لقد سجّلت الدخول بصفة { $role }.
staff-area-users-title = حسابات الموظفين
staff-area-users-text = دعوة الموظفين، وتغيير أدوارهم، وتعطيل الحسابات، وإعادة تعيين كلمات المرور.
staff-area-audit-title = سجل التدقيق
staff-area-audit-text = من سجّل الدخول، ومن غيّر ماذا، وكل مرة فُتح فيها ملف حالة.
staff-area-casework-title = الشكاوى والمناصرة
staff-area-casework-text = إدارة الحالات وفق المراحل والمهل الزمنية المنصوص عليها قانونًا.
staff-area-contact-title = طلبات التواصل
staff-area-contact-text = الشباب الذين طلبوا أن يتواصل معهم أحد.
staff-area-surveys-title = جولات الاستبيان
staff-area-surveys-text = فتح الاستبيانات وإغلاقها لكل فئة عمرية.
staff-area-dashboard-title = التحقق من الوعود والشكاوى
staff-area-dashboard-text = الإجابات عن "هل يحدث هذا لكم؟"، والشكاوى والمناصرة، شهرًا بشهر.
staff-area-results-title = نتائج الاستبيانات
staff-area-results-text = ما قاله الشباب في كل جولة استبيان، حسب المجال، مع إخفاء الأعداد الصغيرة.
staff-area-actions-title = قلتم، ففعلنا
staff-area-actions-text = سجل الإجراءات، وما يُنشر للشباب ردًّا على ما قالوه.
staff-area-content-title = المحتوى
staff-area-content-text = التعهد، والميثاق، والحقوق والاستحقاقات.

staff-users-title = حسابات الموظفين
staff-users-name = الاسم
staff-users-email = عنوان البريد الإلكتروني
staff-users-role = الدور
staff-users-role-of = دور { $name }
staff-users-status = الحالة
staff-users-actions = الإجراءات
staff-users-status-active = نشط
staff-users-status-pending = لم يُعَدّ بعد
staff-users-status-disabled = معطَّل
staff-users-change-role = تغيير الدور
staff-users-disable = تعطيل
staff-users-enable = تفعيل
staff-users-reset = إعادة تعيين كلمة المرور والتطبيق
staff-users-invite-heading = دعوة موظف
staff-users-invite-button = دعوة
staff-users-name-invalid = أدخل اسمًا (حتى 100 حرف)
staff-users-email-invalid = أدخل عنوان بريد إلكتروني مثل name@example.org
staff-users-email-taken = يوجد حساب بعنوان البريد الإلكتروني هذا بالفعل
staff-users-role-invalid = اختر دورًا
staff-users-not-yourself = لا يمكنك تعطيل حسابك أنت
staff-users-last-admin = هذا آخر مسؤول نظام نشط. اجعل شخصًا آخر مسؤول نظام أولًا.
staff-users-link-issued = أرسل هذا الرابط الصالح لمرة واحدة إلى { $name }. يبقى صالحًا 3 أيام:
staff-users-link-once = لن يظهر الرابط إلا الآن. إذا فُقد، فأعد تعيين الحساب لإنشاء رابط جديد.

staff-audit-title = سجل التدقيق
staff-audit-intro = كل تسجيل دخول، وكل محاولة دخول فاشلة، وكل تغيير في حسابات الموظفين، وكل فتح لملف حالة. لا يمكن تغيير أي شيء هنا أو حذفه.
staff-audit-action = الإجراء
staff-audit-actor = الشخص
staff-audit-from = من
staff-audit-to = إلى
staff-audit-any = الكل
staff-audit-filter = تصفية
staff-audit-when = الوقت
staff-audit-target = الهدف
staff-audit-detail = التفاصيل
staff-audit-ip = عنوان IP
