# /help: more ways to get help. Sections are help-s{n}-title with paragraphs help-s{n}-p-{m}.
help-page-title = Get help: Care Voice
help-title = Get help
help-intro-1 = You can get help at any time, day or night.
help-intro-2 = This page tells you who to call, and when.
help-intro-3 = Not sure who to call? Call Childline on 0800 1111. They will help you work out what to do.

help-s1-title = If you are in danger now
help-s1-p-1 = Call 999. Ask for the police or an ambulance.
help-s1-p-2 = Call 999 if you are hurt, or if someone is hurting you. Call if you think someone is about to get hurt.
help-s1-p-3 = Calling 999 is free. It works even if you have no credit on your phone.
help-s1-p-4 = If you cannot talk, call 999 from a mobile and listen. When you are asked, press 55. The police will know you need help.

help-s2-title = Childline: someone to talk to
help-s2-p-1 = Childline is free to call on 0800 1111. You can call any time, day or night.
help-s2-p-2 = You can talk about anything. Nothing is too big or too small.
help-s2-p-3 = The call does not show on your phone bill.
help-s2-p-4 = You can also chat to Childline online at childline.org.uk.
help-s2-p-5 = Childline is for anyone under 19. If you are 19 or older, you can call Samaritans free on 116 123, any time.

help-s3-title = In the evening, at night and at weekends
help-s3-p-1 = The council has a team for evenings, nights and weekends. It is called the out-of-hours team.
help-s3-p-2 = Call them if something is wrong and it cannot wait until the morning.
help-s3-p-3 = For example, call them if you have nowhere safe to sleep tonight.
help-s3-p-4 = Their number is at the top of this page, under "Get help now".
help-s3-p-5 = If you are in danger, call 999 first.

help-s4-title = In the daytime: your worker
help-s4-p-1 = In the daytime, talk to your social worker.
help-s4-p-2 = If you have left care, talk to your personal adviser.
help-s4-p-3 = A personal adviser is a worker who helps you after you leave care. You can have one until you are 25.
help-s4-p-4 = Cannot reach them? Call the council. Ask for their manager, or someone else in their team.
help-s4-p-5 = You can also talk to another adult you trust. That could be a carer, a teacher or a youth worker.

help-s5-title = An advocate: someone on your side
help-s5-p-1 = An advocate is someone who is only on your side.
help-s5-p-2 = They listen to you. They help you say what you want. They can speak up for you.
help-s5-p-3 = An advocate is not your social worker or your carer.
help-s5-p-4 = An advocate can help you make a complaint. You can also have one without making a complaint.
help-s5-p-5 = Having an advocate is free. To get one, ask your social worker or personal adviser. Or ask the council's children's rights team.
help-s5-p-6 = Cannot get an advocate near you? Call Always Heard free on 0808 800 5792.
help-s5-p-7 = Always Heard helps young people in care and young people who have left care. They will get back to you within 1 working day.
help-s5-p-8 = A working day is Monday to Friday. Bank holidays do not count.

help-s6-title = If someone might look at your phone
help-s6-p-1 = Is someone checking your phone? Here are some ways to stay safe.
help-s6-p-2 = Use the "Leave this site" button at the top of the page. It takes you straight to the BBC Weather page.
help-s6-p-3 = On most phones, the Back button will not bring you back here after that.
help-s6-p-4 = This site may still show in your history. Your history is the list of web pages you have looked at.
help-s6-p-5 = You can clear your history in your web browser's settings. Look for "History", "Privacy" or "Clear browsing data".
help-s6-p-6 = If you clear all of it, someone may notice. You can delete just the pages from this site instead.
help-s6-p-7 = A private tab does not save your history. Some phones call it an incognito tab.
help-s6-p-8 = Calls to Childline do not show on your phone bill. But they may show in the list of calls on your phone. You can delete them from that list.
help-s6-p-9 = If you can, use a phone or computer that is safe. For example, one at school, college or a library.

help-s7-title = You can stop at any time
help-s7-p-1 = You can leave a survey at any time. You do not have to answer every question.
help-s7-p-2 = You can stop a complaint at any time too, even after you have sent it.
help-s7-p-3 = You will not get into trouble for stopping.
help-s7-p-4 = You can come back whenever you are ready.
