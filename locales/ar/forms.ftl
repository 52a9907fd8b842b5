# Machine-drafted translation: not yet reviewed by a native speaker.
# Shared form messages (young-person and staff pages).
form-error-title = خطأ: { $title }
form-error-summary-title = هناك مشكلة
form-max-characters = يمكنك كتابة ما يصل إلى { $max } حرفًا.
