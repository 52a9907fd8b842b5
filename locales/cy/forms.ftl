# Machine-drafted translation: not yet reviewed by a native speaker.
# Shared form messages (young-person and staff pages).
form-error-title = Gwall: { $title }
form-error-summary-title = Mae yna broblem
form-max-characters = Gallwch ysgrifennu hyd at { $max } nod.
