# /accessibility: the accessibility statement. Sections are accessibility-s{n}-title with paragraphs accessibility-s{n}-p-{m}.
accessibility-page-title = Accessibility: Care Voice
accessibility-title = Accessibility statement
accessibility-intro-1 = We want everyone to be able to use Care Voice.
accessibility-intro-2 = This statement is about the Care Voice website. It is run by the council named at the top of this page.
accessibility-intro-3 = "Accessible" means that everyone can use it. That includes people who see, hear, move or think in different ways.

accessibility-s1-title = How you can use this site
accessibility-s1-p-1 = You can make the text bigger, up to 200%, and nothing is cut off.
accessibility-s1-p-2 = You can zoom in up to 400%, and you still get all the words and buttons.
accessibility-s1-p-3 = You can use it on a small screen, 320 pixels wide, without scrolling sideways.
accessibility-s1-p-4 = You can use the whole site with just a keyboard.
accessibility-s1-p-5 = You should be able to use it with a screen reader. A screen reader is an app that reads the screen out loud.
accessibility-s1-p-6 = Your phone may show a "Read this page aloud" button. It only shows if your phone has a voice for the language you are using.
accessibility-s1-p-7 = The site works even if JavaScript is turned off, or does not load. JavaScript is code that some pages need to work.
accessibility-s1-p-8 = You can use the site in English, Welsh or Arabic. Arabic pages read from right to left.
accessibility-s1-p-9 = We try to use short sentences and everyday words.
accessibility-s1-p-10 = AbilityNet has advice on making your phone or computer easier to use. Go to abilitynet.org.uk.

accessibility-s2-title = How accessible this site is
accessibility-s2-p-1 = We aim to meet the Web Content Accessibility Guidelines, version 2.2, level AA. This is the standard that UK public sector websites must meet. It is called WCAG for short.
accessibility-s2-p-2 = We test every page in every language with an automatic checking tool called axe. We also test every page using only a keyboard.
accessibility-s2-p-3 = We know about some problems. They are listed below.

accessibility-s3-title = Problems we know about
accessibility-s3-p-1 = The Welsh and Arabic pages were translated by a computer. A person who speaks Welsh or Arabic as their first language has not checked them yet. Some words may be wrong or hard to understand.
accessibility-s3-p-2 = The "Read this page aloud" button uses the voices on your phone. If your phone has no voice for your language, the button does not show. Some voices are easier to understand than others.
accessibility-s3-p-3 = We have not yet had a full check by an accessibility expert from outside the council.

accessibility-s4-title = Tell us about a problem
accessibility-s4-p-1 = Is something hard to use? Or do you need something in a different way? For example, large print, easy read, audio or braille.
accessibility-s4-p-2 = Please tell us. Use the council's contact details on its website. Or ask any worker to pass on a message.
accessibility-s4-p-3 = We will reply within 10 working days. A working day is Monday to Friday. Bank holidays do not count.

accessibility-s5-title = If you are not happy with our reply
accessibility-s5-p-1 = A group called the EHRC checks that councils follow these rules. EHRC is short for the Equality and Human Rights Commission.
accessibility-s5-p-2 = The rules are the Accessibility Regulations 2018.
accessibility-s5-p-3 = Not happy with how we dealt with your problem? You can get free advice from EASS. That is the Equality Advisory and Support Service.
accessibility-s5-p-4 = EASS website: equalityadvisoryservice.com. EASS phone: 0808 800 0082, free.

accessibility-s6-title = Technical details
accessibility-s6-p-1 = The council wants all its websites to be easy for everyone to use. The law says it must. The law is the Accessibility Regulations 2018.
accessibility-s6-p-2 = How well we do: this site partly meets the WCAG 2.2 AA standard. In legal words, it is partially compliant. This is because of the problems listed above. Also, no one from outside has fully checked it yet.
accessibility-s6-p-3 = Each page is built as plain HTML on the server. It does not need JavaScript. It uses the fonts already on your device.
accessibility-s6-p-4 = Each page says which language it is in, and which way the text goes. This helps screen readers and read-aloud voices.

accessibility-s7-title = What we are doing to make it better
accessibility-s7-p-1 = We will ask people who speak Welsh and Arabic as their first language to check the translations.
accessibility-s7-p-2 = We will ask an accessibility expert from outside the council to check the site.
accessibility-s7-p-3 = We will add more languages spoken by young people in care.
accessibility-s7-p-4 = We test the site every time we change it.

accessibility-s8-title = When we wrote this statement
accessibility-s8-p-1 = This statement was prepared on 23 November 2026.
accessibility-s8-p-2 = The site was tested by the team that builds Care Voice. It is tested with axe and by keyboard every time it changes.
accessibility-s8-p-3 = We will check this statement again at least once a year.
