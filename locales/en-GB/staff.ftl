# The staff area. Staff pages are desktop first; plain, precise wording.
staff-area-name = Care Voice staff
staff-sign-out = Sign out
staff-back-home = Back to the staff home
staff-coming-soon = Coming soon
staff-forbidden-title = You cannot use this page
staff-forbidden-text = Your role does not include this page. If you need it, ask an administrator.

staff-role-administrator = Administrator
staff-role-complaints-manager = Complaints manager
staff-role-rights-officer = Children's rights officer
staff-role-analyst = Analyst
staff-role-content-editor = Content editor

staff-sign-in-title = Sign in
staff-sign-in-email = Email address
staff-sign-in-password = Password
staff-sign-in-button = Continue
staff-sign-in-help = Forgotten your password or lost your phone? Ask an administrator to reset your account.
staff-sign-in-email-missing = Enter your email address
staff-sign-in-password-missing = Enter your password
staff-sign-in-wrong = The email address or password is wrong
staff-sign-in-disabled = This account is turned off. Ask an administrator if you need it back.
staff-sign-in-wait = Too many attempts. Wait { $minutes } { $minutes ->
        [one] minute
       *[other] minutes
    } and try again.
staff-sign-in-expired = You were signed out because your session ended. Sign in again.
staff-sign-in-signed-out = You have signed out.

staff-code-title = Enter your security code
staff-code-label = Security code
staff-code-hint = The 6-digit code from your authenticator app, or one of your recovery codes.
staff-code-hint-setup = The 6-digit code your authenticator app shows now.
staff-code-button = Sign in
staff-code-missing = Enter the code from your authenticator app
staff-code-wrong = That code is wrong or has been used already. Enter the code your app shows now.
staff-code-no-session = Your sign-in has timed out. Start again:

staff-setup-title = Set up your account
staff-setup-hello = Welcome, { $name }. Choose a password, then link an authenticator app to your account.
staff-setup-password-heading = 1. Choose a password
staff-setup-password = New password
staff-setup-password-hint = At least 12 characters. A few unrelated words make a good password. You can paste it from a password manager.
staff-setup-confirm = Type the password again
staff-setup-app-heading = 2. Link an authenticator app
staff-setup-app-text = Open an authenticator app on your phone and scan this code.
staff-setup-qr-alt = QR code to scan with your authenticator app
staff-setup-manual = If you cannot scan it, type this key into the app instead:
staff-setup-code = Code from the app
staff-setup-button = Finish setting up
staff-setup-code-wrong = Enter the 6-digit code your authenticator app shows now
staff-setup-invalid-title = This link cannot be used
staff-setup-invalid-text = The link has been used already or is out of date (links last 3 days). Ask an administrator for a new one.
staff-setup-done-title = Your account is ready
staff-setup-done-text = Keep these recovery codes somewhere safe, away from your phone. Each works once, instead of a code from your app. They will not be shown again.

staff-password-too-short = Your password must be at least 12 characters
staff-password-too-long = Your password must be 128 characters or fewer
staff-password-too-common = That password is too common or too easy to guess. Try a few unrelated words.
staff-password-mismatch = The two passwords do not match

staff-home-title = Staff home
staff-home-hello = Hello, { $name }. You are signed in as { $role }.
staff-area-users-title = Staff accounts
staff-area-users-text = Invite staff, change their role, turn accounts off, reset passwords.
staff-area-audit-title = Audit log
staff-area-audit-text = Who signed in, who changed what, and every time casework was opened.
staff-area-casework-title = Complaints and advocacy
staff-area-casework-text = Casework through the statutory stages and time limits.
staff-area-contact-title = Contact requests
staff-area-contact-text = Young people who asked someone to contact them.
staff-area-surveys-title = Survey rounds
staff-area-surveys-text = Open and close surveys for each age group.
staff-area-dashboard-title = Promise checks and complaints
staff-area-dashboard-text = Answers to "Is this happening for you?", and complaints and advocacy, month by month.
staff-area-results-title = Survey results
staff-area-results-text = What young people said in each survey round, by outcome, with small numbers hidden.
staff-area-actions-title = You said, we did
staff-area-actions-text = The action log, and what is published back to young people.
staff-area-content-title = Content
staff-area-content-text = The Pledge, the Charter, rights and entitlements.

staff-users-title = Staff accounts
staff-users-name = Name
staff-users-email = Email address
staff-users-role = Role
staff-users-role-of = Role of { $name }
staff-users-status = Status
staff-users-actions = Actions
staff-users-status-active = Active
staff-users-status-pending = Not set up yet
staff-users-status-disabled = Turned off
staff-users-change-role = Change role
staff-users-disable = Turn off
staff-users-enable = Turn on
staff-users-reset = Reset password and app
staff-users-invite-heading = Invite a member of staff
staff-users-invite-button = Invite
staff-users-name-invalid = Enter a name (up to 100 characters)
staff-users-email-invalid = Enter an email address like name@example.org
staff-users-email-taken = There is already an account with that email address
staff-users-role-invalid = Choose a role
staff-users-not-yourself = You cannot turn off your own account
staff-users-last-admin = This is the last active administrator. Make someone else an administrator first.
staff-users-link-issued = Send this one-time link to { $name }. It works for 3 days:
staff-users-link-once = The link is shown only now. If it is lost, reset the account to make a new one.

staff-audit-title = Audit log
staff-audit-intro = Every sign-in, failed sign-in, change to staff accounts and opening of casework. Nothing here can be changed or deleted.
staff-audit-action = Action
staff-audit-actor = Person
staff-audit-from = From
staff-audit-to = To
staff-audit-any = Any
staff-audit-filter = Filter
staff-audit-when = When
staff-audit-target = On
staff-audit-detail = Detail
staff-audit-ip = IP address
