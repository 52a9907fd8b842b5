# Machine-drafted translation: not yet reviewed by a native speaker.
# The frame around every young-person page.
site-name = Care Voice
skip-to-content = انتقل إلى المحتوى الرئيسي
lang-switcher-label = اختر لغة
quick-exit = غادر هذا الموقع
quick-exit-hint = غادر بسرعة. سيفتح هذا صفحة الطقس على موقع BBC.
help-panel-title = احصل على المساعدة الآن
help-emergency = في خطر الآن؟ اتصل بالرقم
help-childline = Childline، مجاني، ليلًا ونهارًا:
help-out-of-hours = فريقنا في المساء والليل وعطلات نهاية الأسبوع:
help-out-of-hours-sample = (هذا رقم تجريبي. لم يحدد المجلس المحلي رقمه الخاص بعد.)
help-more = طرق أخرى للحصول على المساعدة
read-aloud = اقرأ هذه الصفحة بصوت عالٍ
read-aloud-stop = أوقف القراءة
footer-help = احصل على المساعدة
footer-privacy = الخصوصية
footer-accessibility = إمكانية الوصول
footer-run-by = يدير { $council } موقع Care Voice.
