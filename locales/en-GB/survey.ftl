# The survey journey, /survey. Plain words for a reading age of about 9.
survey-landing-title = Have your say
survey-landing-lead = Tell us how things are going for you. Your answers help us make things better.
survey-landing-anonymous = You do not give your name. We do not know who answered.
survey-none-open = There is no survey to fill in right now. Please come back later.
survey-demo-title = Try the survey
survey-landing-code-title = Did you save your answers?
survey-landing-code-text = If you have a code, you can carry on where you stopped.
survey-use-code = Carry on with a code
survey-back-to-surveys = Go to the surveys
survey-back = Back
survey-band-4-7 = Age 4 to 7, with a grown-up
survey-band-4-7-text = For young children. A grown-up helps you.
survey-band-8-11 = Age 8 to 11
survey-band-8-11-text = About 20 questions.
survey-band-11-17 = Age 11 to 17
survey-band-11-17-text = About 30 questions.
survey-band-care-leavers = Care leavers, age 16 to 25
survey-band-care-leavers-text = For young people who have left care.
survey-machine-translation = A computer made this translation. Nobody who speaks the language has checked it yet.

# Start page
survey-start-title-4-7 = Survey for children aged 4 to 7
survey-start-title-8-11 = Survey for children aged 8 to 11
survey-start-title-11-17 = Survey for young people aged 11 to 17
survey-start-title-care-leavers = Survey for care leavers
survey-start-length = It takes about { $minutes } minutes. There are { $count } questions.
survey-start-anonymous = We do not ask your name. We will not know who you are.
survey-start-skip = You can skip any question. You can also choose "I'd rather not say".
survey-start-save = You can stop, get a code, and come back later.
survey-start-who-title = Who sees your answers
survey-start-who = The children's rights team at { $council } reads all the answers together. Your carers and your social worker do not see your answers.
survey-start-no-reply = We cannot tell who wrote an answer. So we cannot reply to it.
survey-start-help-title = If you need help
survey-start-help = If you feel unsafe or upset, call one of the numbers at the top of the page.
survey-start-help-link = More ways to get help
survey-start-started = You have started this survey.
survey-start-carry-on = Carry on where you stopped
survey-start-button = Start now
survey-helper-intro = A grown-up helps you with this survey. It should not be your carer or your social worker.
survey-helper-legend = For the grown-up: who are you?
survey-helper-teacher = A teacher or someone from school
survey-helper-advocate = An advocate
survey-helper-other = Another grown-up
survey-helper-missing = Choose who is helping

# A question
survey-question-of = Question { $n } of { $count }
survey-question-page-title = Question { $n } of { $count }: Care Voice
survey-continue = Continue
survey-skip = Skip this question
survey-prefer-not = I'd rather not say
survey-or = or
survey-save-later = Save and come back later
survey-frequency-most-of-the-time = All or most of the time
survey-frequency-sometimes = Sometimes
survey-frequency-hardly-ever = Hardly ever or never
survey-answer-yes = Yes
survey-answer-no = No
survey-face-happy = Happy
survey-face-ok = OK
survey-face-sad = Sad
survey-wellbeing-hint = Choose a number. 0 means not at all. 10 means all the way.
survey-text-hint = You can write up to { $max } letters. Please do not write names.
survey-out-of-ten = { $n } out of 10
survey-not-answered = Not answered

# Problems
survey-error-not-an-option = Choose one of the answers on this page
survey-error-too-long = Your answer has { $count } letters. Make it { $max } letters or fewer.
survey-error-wrong-question = This answer is for a different question. Answer the question on this page.
survey-error-expired = Your answers were kept for a short time only, and that time is over. You can start again.
survey-error-no-draft = We cannot find your answers on this phone. Start again, or use your code.
survey-not-found-title = We cannot find that survey
survey-not-found-text = The link may be wrong. Go to the surveys to see which ones are open.
survey-closed-title = This survey has closed
survey-closed-text = Thank you for wanting to take part. This survey has finished, so it cannot take answers now. There will be another one.
survey-not-open-title = This survey has not started yet
survey-not-open-text = It opens on { $date }. Please come back then.
survey-expired-title = Your answers have run out
survey-expired-text = We only keep answers that were not sent for a short time. That time is over, so we deleted them. You can start again.
survey-no-draft-title = We cannot find your answers
survey-no-draft-text = This phone has no answers for this survey. You can start again, or use your code if you have one.
survey-start-again = Start the survey again

# Check and send
survey-check-title = Check your answers
survey-change = Change
survey-check-send-title = Now send your answers
survey-check-send-text = When you send your answers, you cannot change them.
survey-check-send = Send my answers
survey-sent-title = Thank you. Your answers have been sent.
survey-sent-thanks = Your answers help us make things better.
survey-sent-next-title = What happens next
survey-sent-next = The survey closes on { $date }. Then the children's rights team at { $council } will read all the answers together.
survey-sent-you-said = We will tell you what we found out and what we will do. Look for "You said, we did".
survey-sent-anonymous = We do not know who you are. We deleted the link between this phone and your answers.
survey-sent-help = If something is wrong and you want help now, call one of the numbers at the top of the page.
survey-sent-home = Go to the start

# Save and come back
survey-save-title = Save and come back later
survey-save-text = We will give you a code. Use it on this phone or on another one to carry on. Your answers are kept for { $days } days.
survey-save-button = Get my code
survey-save-carry-on = Carry on with the survey
survey-code-title = Your code
survey-code-is = Your code is:
survey-code-write-down = Write it down or take a photo of it. We cannot show it again.
survey-code-until = It works until the end of { $date }.
survey-code-how = To carry on later, go to this website and choose
survey-code-private = Keep your code private. Anyone with the code can see your answers.
survey-resume-title = Carry on with your code
survey-resume-text = Type the code you got when you saved your answers.
survey-resume-label = Your code
survey-resume-hint = It looks like this: KDM-7QX-P4T
survey-resume-button = Carry on
survey-resume-not-found = We cannot find that code. Check it and try again.
survey-resume-expired = That code has run out. Codes only work for a short time. You can start the survey again.
survey-resume-too-many = You have tried too many times. Wait 15 minutes, then try again.

# Safety. The page title is neutral on purpose (someone may look at the phone).
survey-safety-page-title = Your survey: Care Voice
survey-safety-title = Thank you for telling us
survey-safety-lead = You said you do not always feel safe. You do not have to deal with this on your own.
survey-safety-anonymous = This survey does not ask your name. So we do not know who you are, and we cannot come to help you unless you tell us.
survey-safety-now-title = If you are in danger or need help now
survey-safety-contact-title = Do you want someone to talk to you?
survey-safety-contact-text = You can ask someone from the children's rights team at { $council } to get in touch. This is kept apart from your survey. They will not see your answers.
survey-safety-contact-button = I want someone to contact me
survey-safety-carry-on = Carry on with the survey

# Contact me. Page titles stay neutral: a title can show in the list of open tabs.
survey-contact-page-title = Your message: Care Voice
survey-contact-sent-page-title = Message sent: Care Voice
survey-contact-title = Ask someone to contact you
survey-contact-who = The children's rights team at { $council } will read this.
survey-contact-apart = It is kept apart from your survey. They will not see your survey answers.
survey-contact-share = If they think you are in danger, they may need to tell other people to keep you safe. They will talk to you about it first if they can.
survey-contact-name = What should we call you? (you do not have to say)
survey-contact-name-hint = Your first name, or a name you like.
survey-contact-reach = How can we reach you?
survey-contact-reach-hint = For example a phone number, an email, or "through my school".
survey-contact-time = When is a safe time to contact you? (you do not have to say)
survey-contact-time-hint = For example "after school" or "not at weekends".
survey-contact-button = Send
survey-contact-no-thanks = No thanks, take me back to the survey
survey-contact-reach-missing = Tell us how we can reach you
survey-contact-too-long = Make this { $max } letters or fewer
survey-contact-sent-title = We have your message
survey-contact-sent-text = Someone from the team will get in touch as soon as they can.
survey-contact-sent-danger = If you are in danger now, call 999.
survey-contact-sent-back = Go back to the survey

# Dates
survey-date = { $day } { $month } { $year }
survey-month-1 = January
survey-month-2 = February
survey-month-3 = March
survey-month-4 = April
survey-month-5 = May
survey-month-6 = June
survey-month-7 = July
survey-month-8 = August
survey-month-9 = September
survey-month-10 = October
survey-month-11 = November
survey-month-12 = December
