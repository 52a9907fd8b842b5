# Shared form messages (young-person and staff pages).
form-error-title = Error: { $title }
form-error-summary-title = There is a problem
form-max-characters = You can write up to { $max } characters.
