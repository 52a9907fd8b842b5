# /help: more ways to get help. Sections are help-s{n}-title with paragraphs help-s{n}-p-{m}.
help-page-title = Get help: Care Voice
help-title = Get help
help-intro-1 = You can get help at any time. You do not have to tell us who you are.
help-s1-title = If you are in danger now
help-s1-p-1 = Call 999. Ask for the police or an ambulance.
