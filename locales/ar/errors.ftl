# Machine-drafted translation: not yet reviewed by a native speaker.
# Error pages. They never say anything about how the app works inside.
not-found-page-title = الصفحة غير موجودة: Care Voice
not-found-title = لا يمكننا العثور على هذه الصفحة
not-found-p-1 = ربما يكون الرابط خاطئًا، أو ربما نُقلت الصفحة إلى مكان آخر.
not-found-p-2 = تحقق من العنوان، أو ارجع إلى البداية.
server-error-page-title = حدث خطأ ما: Care Voice
server-error-title = عذرًا، حدث خطأ ما
server-error-p-1 = هذا ليس خطأك. من فضلك حاول مرة أخرى بعد بضع دقائق.
server-error-p-2 = إذا كنت تحتاج إلى المساعدة الآن، اتصل بأحد الأرقام في أعلى هذه الصفحة.
error-go-home = اذهب إلى البداية
too-many-page-title = يرجى الانتظار دقيقة: Care Voice
too-many-title = يرجى الانتظار دقيقة
too-many-p-1 = وصلتنا رسائل كثيرة من هذا الهاتف أو من اتصال الإنترنت هذا في وقت قصير.
too-many-p-2 = انتظر دقيقة واحدة، ثم ارجع وحاول مرة أخرى. قد يكون ما كتبته ما زال في الصفحة السابقة.
