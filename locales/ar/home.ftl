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
home-card-complaint-title = هناك شيء غير صحيح
home-card-complaint-text = أخبرنا بما هو خطأ، حتى نصلحه.
home-card-advocate-title = اطلب مناصرًا
home-card-advocate-text = احصل على شخص يقف إلى جانبك وحدك.
home-card-track-title = تابع شكواك
home-card-track-text = اعرف ما يحدث، أو أضف شيئًا، أو أوقفها.
home-card-compliment-title = أخبرنا بشيء جيد
home-card-compliment-text = قل شكرًا لشخص ساعدك.
home-card-pledge-title = وعودنا لك
home-card-pledge-text = ما وعدنا به الأطفال في الرعاية، وكيف نؤدي.
home-card-rights-title = حقوقك
home-card-rights-text = ما يمكنك توقّعه، وكيف تقدّم شكوى، وكيف يمكن لمناصر أن يساعدك.
home-card-charter-title = ميثاق الشباب الخارجين من الرعاية
home-card-charter-text = سبعة وعود للشباب الذين يغادرون الرعاية.
home-card-entitlements-title = ما يمكنك الحصول عليه
home-card-entitlements-text = المساعدة المتاحة للشباب الخارجين من الرعاية، وما يتغيّر في سن 16 و18 و21 و25.
