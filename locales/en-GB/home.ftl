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
home-card-survey-title = Have your say
home-card-survey-text = Answer a short survey about how things are going. You do not give your name.
