# The home page, /.
home-page-title = Care Voice: your say, your rights
home-title = Your say, your rights
home-intro-1 = This site is for children in care. It is also for young people who have left care.
home-intro-2 = Find out what we have promised you. Tell us how things are going. Tell us if something is wrong.
home-intro-3 = You do not need to sign in or make an account.
home-card-help-title = Get help now
home-card-help-text = Who to call if you are in danger, scared or worried.
home-card-privacy-title = What happens to what you tell us
home-card-privacy-text = Who can see your answers, and what we keep.
home-card-pledge-title = Our promises to you
home-card-pledge-text = What we have promised children in care, and how we are doing.
home-card-rights-title = Your rights
home-card-rights-text = What you can expect, how to complain, and how an advocate can help.
home-card-charter-title = The Care Leavers Charter
home-card-charter-text = Seven promises to young people who are leaving care.
home-card-entitlements-title = What you can get
home-card-entitlements-text = Help for care leavers, and what changes at 16, 18, 21 and 25.
