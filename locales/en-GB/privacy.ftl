# /privacy: the privacy notice. Sections are privacy-s{n}-title with paragraphs privacy-s{n}-p-{m}.
privacy-page-title = Privacy: Care Voice
privacy-title = What happens to what you tell us
privacy-intro-1 = This page says what we keep, who can see it, and why.
privacy-intro-2 = It is our privacy notice. The law says we must tell you these things.
privacy-intro-3 = "We" means the council named at the top of this page.
privacy-intro-4 = "Personal information" means anything that shows who you are. For example, your name, address or phone number.

privacy-s1-title = Who runs Care Voice
privacy-s1-p-1 = Care Voice is run by the council named at the top of this page.
privacy-s1-p-2 = The council is in charge of the information you give us. The law calls this the "data controller".
privacy-s1-p-3 = The council has a Data Protection Officer. Their job is to check that we look after your information properly.
privacy-s1-p-4 = You can contact the Data Protection Officer through the council. Their details are on the council's website. Or ask any worker to pass on a message.

privacy-s2-title = Surveys are anonymous
privacy-s2-p-1 = We do not ask your name in a survey. We do not keep anything that says who you are.
privacy-s2-p-2 = "Anonymous" means nobody can tell which answers are yours.
privacy-s2-p-3 = You do not need an account. You do not sign in.
privacy-s2-p-4 = We do not keep your IP address. This is a number that can point to your internet connection.
privacy-s2-p-5 = We do not keep any number that points to your phone or computer.
privacy-s2-p-6 = With your answers, we only keep three things. Which survey it was. Your age group, not your birthday. And at most the day you answered, not the time.
privacy-s2-p-7 = Please do not write your name, or anyone else's name, in a survey.

privacy-s3-title = Saving a survey to finish later
privacy-s3-p-1 = You can save a survey and finish it later. We give you a code to do this. It is called a resume code.
privacy-s3-p-2 = Keep the code safe. Anyone who has it can open your unfinished survey.
privacy-s3-p-3 = When you send the survey, we delete the code.
privacy-s3-p-4 = If you do not finish, we delete the code and your saved answers after 14 days.

privacy-s4-title = Who sees survey answers
privacy-s4-p-1 = Staff only see totals. A total is how many young people gave each answer. For example, "40 young people said yes".
privacy-s4-p-2 = We never show a total for fewer than 10 young people. This stops anyone working out who said what.
privacy-s4-p-3 = Some questions have a box to write in your own words. Staff never see your words as you typed them. They only see the main topics that come up, like "food" or "school".
privacy-s4-p-4 = Nobody sees your own answers on their own. Not your carer, not your social worker and not your family.
privacy-s4-p-5 = Because a survey is anonymous, it cannot tell anyone that you need help. If you need help, use the numbers at the top of this page. Or ask us to contact you.

privacy-s5-title = Complaints and requests are not anonymous
privacy-s5-p-1 = Some things need your name so that we can help you. These are complaints, asking for an advocate, and asking us to contact you.
privacy-s5-p-2 = For these, we keep your name and how to contact you. We also keep what you tell us.
privacy-s5-p-3 = We lock this information. The word for this is "encrypted". It means it looks like nonsense to anyone without the key.
privacy-s5-p-4 = Only two teams can read it: the complaints team and the children's rights team.
privacy-s5-p-5 = Every time a member of staff opens one, we keep a record. So we always know who looked, and when.
privacy-s5-p-6 = To sort out a complaint, the complaints team may need to share it with a manager. This is someone who can put things right. The team will tell you who.
privacy-s5-p-7 = If you ask us to contact you, we never link that to your survey answers.

privacy-s6-title = When we have to share
privacy-s6-p-1 = We keep what you tell us private.
privacy-s6-p-2 = But if you or someone else might be in danger, we must share it to keep people safe. Keeping people safe is called "safeguarding".
privacy-s6-p-3 = We would share it with people who can help. For example, a social worker, a doctor or the police.
privacy-s6-p-4 = We will try to tell you first.
privacy-s6-p-5 = We only share what is needed.

privacy-s7-title = Things we never do
privacy-s7-p-1 = We never sell your information.
privacy-s7-p-2 = We never show adverts.
privacy-s7-p-3 = We never use a computer to make decisions about you, or to give you a score.

privacy-s8-title = Cookies and tracking
privacy-s8-p-1 = A cookie is a small file that a website saves on your phone or computer.
privacy-s8-p-2 = For young people, we use only one cookie. It remembers the language you chose. It lasts for one year. It does not say who you are.
privacy-s8-p-3 = Staff who sign in get one more cookie. It keeps them signed in.
privacy-s8-p-4 = We do not track you. We do not see what else you do online.
privacy-s8-p-5 = We do not use code or fonts from other companies. So no other company learns that you came here.
privacy-s8-p-6 = The "Leave this site" button opens the BBC website. The BBC's own privacy rules apply there.
privacy-s8-p-7 = The "Read this page aloud" button uses the voices on your phone. We do not send the page anywhere. Some phones use an online voice from the phone's maker.

privacy-s9-title = How long we keep things
privacy-s9-p-1 = Unfinished surveys: we delete them after 14 days.
privacy-s9-p-2 = Survey answers: we keep them so we can see if things get better over the years. They cannot be linked to you.
privacy-s9-p-3 = Complaints: we keep them for as long as the council's records policy says. This is usually 6 years after the complaint ends.
privacy-s9-p-4 = Asking for an advocate, or asking us to contact you: we keep these for as long as the council's records policy says.
privacy-s9-p-5 = After that, we delete them safely.

privacy-s10-title = Your rights
privacy-s10-p-1 = UK data protection law gives you rights over your personal information.
privacy-s10-p-2 = You can ask to see what we hold about you. This is free. We will usually reply within 1 month.
privacy-s10-p-3 = You can ask us to correct anything that is wrong.
privacy-s10-p-4 = You can ask us to delete your information. Sometimes the law says we must keep it. If so, we will tell you why.
privacy-s10-p-5 = You can ask us to stop using your information, or to use it less.
privacy-s10-p-6 = Surveys are anonymous, so we cannot find your answers. This means we cannot show them to you or delete them.
privacy-s10-p-7 = To ask, contact the council's Data Protection Officer. An advocate or a worker you trust can help you ask.

privacy-s11-title = If you are not happy
privacy-s11-p-1 = Please tell us first. Contact the council's Data Protection Officer.
privacy-s11-p-2 = You can also complain to the Information Commissioner's Office (ICO). The ICO makes sure that the law on personal information is followed.
privacy-s11-p-3 = ICO website: ico.org.uk. ICO phone: 0303 123 1113.

privacy-s12-title = The law we rely on
privacy-s12-p-1 = The law says we need a good reason to use personal information.
privacy-s12-p-2 = Our reason is called "public task". It means the council needs the information to do the jobs the law gives it.
privacy-s12-p-3 = These jobs come from the Children Act 1989. They include looking after children in care, helping care leavers and dealing with complaints.
privacy-s12-p-4 = Some information needs extra care, such as your health, religion or sexuality. The law calls this "special category" information.
privacy-s12-p-5 = We only use it in complaints and requests. We use it when it is needed to keep children and young people safe. The law calls this "substantial public interest".
privacy-s12-p-6 = Anonymous survey answers are not personal information, because they cannot be linked to you. We still protect them.
privacy-s12-p-7 = For adults who need the details: UK GDPR Article 6(1)(e) and Article 9(2)(g); Data Protection Act 2018, Schedule 1, paragraphs 6 and 18; Children Act 1989, sections 22, 23C, 26 and 26A; Children Act 1989 Representations Procedure (England) Regulations 2006.

privacy-s13-title = Changes to this page
privacy-s13-p-1 = We will change this page if the way we use information changes.
privacy-s13-p-2 = This page was last updated on 23 November 2026.
