# The content pages: /pledge, /charter, /rights and /entitlements.
# The promises, rights and entitlements themselves are content (content/default/*.toml);
# these are the words around them.

## Shared by the content pages

content-translation-note = This translation has not been checked by a native speaker yet.
content-words-link = What do the words mean?
content-words-title = Words we use
content-about-title = About this page
content-about-source = Where this page comes from:
content-about-review = We will check this page again by { $date }.
content-unavailable = Sorry, we cannot show this page right now. Please try again soon.
content-error-prefix = Error:

## Dates ("1 April 2027")


## "Is this happening for you?" under each promise

check-legend = Is this happening for you?
check-hint = You do not need to give your name. We only count the answers.
check-yes = Yes
check-sometimes = Sometimes
check-no = No
check-not-sure = Not sure
check-send = Send my answer
check-thanks = Thank you. We have your answer.
check-thanks-more = We look at all the answers. They help us see where we need to do better.
check-error-choose = Choose yes, sometimes, no or not sure.
check-error-not-an-option = Choose one of the answers: yes, sometimes, no or not sure.
check-error-try-again = Sorry, that did not work. Please choose your answer again.
check-error-unknown-promise = Sorry, we could not find that promise. Please choose your answer again.

## /pledge

pledge-page-title = Our Pledge: Care Voice
pledge-title = Our Pledge to you
pledge-intro-1 = A pledge is a promise. These are our promises to children in care.
pledge-intro-2 = We made them with young people in care. Each part of the council makes its own promises.
pledge-intro-3 = Under each promise, you can see how we are doing. You can also tell us if it is true for you.
pledge-progress-title = How we are doing:
pledge-status-on-track = Going well
pledge-status-some-progress = Some of it is done
pledge-status-not-started = Not started yet
pledge-status-done = Done
pledge-owner-other = Other promises

## /charter

charter-page-title = The Care Leavers Charter: Care Voice
charter-title = The Care Leavers Charter
charter-intro-1 = The Care Leavers Charter is a list of seven promises. They are for young people who are leaving care, or who have left care.
charter-intro-2 = We have signed up to it. Here is what each promise means, and what we do to keep it.
charter-intro-3 = If a promise is not kept, you can do something about it. Each promise tells you what to do.
charter-here-title = What it means here
charter-not-happening-title = If this is not happening
charter-advocate-link = How to get an advocate
charter-complain-link = How to make a complaint

## /rights

rights-page-title = Your rights: Care Voice
rights-title = Your rights
rights-intro-1 = This page tells you what you can expect from us.
rights-intro-2 = It tells you how to complain, and what happens next. It tells you how an advocate can help you.
rights-contents = On this page

## /entitlements

entitlements-page-title = What you can get: Care Voice
entitlements-title = What you can get
entitlements-intro-1 = This page is for young people who are leaving care, or who have left care.
entitlements-intro-2 = It shows the help you can get, and how to ask for it. We call this our Local Offer.
entitlements-intro-3 = Your personal adviser can help you with all of it.
entitlements-check-title = Check what you can get
entitlements-check-hint = Answer one, two or all three questions. Then we show you what you can get. We do not keep your answers.
entitlements-age-label = How old are you?
entitlements-age-hint = Type your age in years. For example, 19.
entitlements-status-legend = Are you in care now, or have you left care?
entitlements-status-in-care = I am in care now
entitlements-status-left-care = I have left care
entitlements-status-not-sure = I am not sure
entitlements-situation-label = What are you doing now?
entitlements-situation-any = None of these, or I am not sure
entitlements-situation-education = At school, sixth form or college
entitlements-situation-higher-education = At university
entitlements-situation-apprenticeship = On an apprenticeship
entitlements-situation-working = In a job
entitlements-situation-not-working = Not in a job or at school
entitlements-situation-parent = I have a child of my own
entitlements-situation-unaccompanied = I came to the UK on my own
entitlements-situation-disabled = I am disabled
entitlements-submit = Show what I can get
entitlements-error-age-number = Type your age as a number, like 19.
entitlements-error-age-range = Type an age from 0 to { $max }.
entitlements-error-status = Choose if you are in care now, or have left care.
entitlements-error-situation = Choose what you are doing now from the list.
entitlements-results-title = What you can get
entitlements-results-count = { $count ->
    [one] We found 1 thing you can get.
   *[other] We found { $count } things you can get.
}
entitlements-results-none = We did not find anything for these answers. Ask your personal adviser. They can tell you what help there is.
entitlements-start-again = Start again
entitlements-timeline-title = What changes as you get older
entitlements-all-title = All the help you can get
entitlements-category-support = People who help you
entitlements-category-money = Money
entitlements-category-home = A place to live
entitlements-category-education = School, college and university
entitlements-category-work = Work
entitlements-category-health = Health
entitlements-category-travel = Getting about
entitlements-category-rights = Your rights
entitlements-who = Who can get it
entitlements-ages = Age { $min } to { $max }.
entitlements-ages-up-to = Up to age { $max }.
entitlements-for-in-care = If you are in care now.
entitlements-for-left-care = If you have left care.
entitlements-for-both = If you are in care now, or have left care.
entitlements-only-if = Only if this is you: { $situations }.
entitlements-list-separator = {", "}
entitlements-amount = How much
entitlements-how = How to ask
entitlements-source = Where this comes from
entitlements-checked = Last checked
entitlements-council-choice = Each council can choose what it gives for this.
