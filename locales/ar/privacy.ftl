# /privacy: the privacy notice.
privacy-page-title = Privacy: Care Voice
privacy-title = What happens to what you tell us
privacy-intro-1 = This page says what we keep, who can see it, and why.
privacy-s1-title = Surveys are anonymous
privacy-s1-p-1 = We do not ask your name in a survey. We do not keep anything that says who you are.
