# Machine-drafted translation: not yet reviewed by a native speaker.
# The home page, /.
home-page-title = Care Voice: صوتك وحقوقك
home-title = صوتك وحقوقك
home-intro-1 = هذا الموقع للأطفال الذين يعيشون في الرعاية. وهو أيضًا للشباب الذين غادروا الرعاية.
home-intro-2 = اعرف ما وعدناك به. أخبرنا كيف تسير أمورك. أخبرنا إذا كان هناك شيء غير صحيح.
home-intro-3 = لا تحتاج إلى تسجيل الدخول أو إنشاء حساب.
home-card-help-title = احصل على المساعدة الآن
home-card-help-text = بمن تتصل إذا كنت في خطر، أو خائفًا، أو قلقًا.
home-card-privacy-title = ماذا يحدث لما تخبرنا به
home-card-privacy-text = من يستطيع رؤية إجاباتك، وما الذي نحتفظ به.
home-card-survey-title = قولوا رأيكم
home-card-survey-text = أجيبوا عن استبيان قصير حول كيف تسير الأمور. لا تكتبون أسماءكم.
