# Machine-drafted translation: not yet reviewed by a native speaker.
# /accessibility: the accessibility statement. Sections are accessibility-s{n}-title with paragraphs accessibility-s{n}-p-{m}.
accessibility-page-title = Hygyrchedd: Care Voice
accessibility-title = Datganiad hygyrchedd
accessibility-intro-1 = Rydyn ni eisiau i bawb allu defnyddio Care Voice.
accessibility-intro-2 = Mae'r datganiad hwn yn sôn am wefan Care Voice. Y cyngor sydd wedi'i enwi ar frig y dudalen hon sy'n ei rhedeg.
accessibility-intro-3 = Ystyr "hygyrch" yw bod pawb yn gallu ei defnyddio. Mae hynny'n cynnwys pobl sy'n gweld, yn clywed, yn symud neu'n meddwl mewn ffyrdd gwahanol.

accessibility-s1-title = Sut gallwch chi ddefnyddio'r wefan hon
accessibility-s1-p-1 = Gallwch chi wneud y testun yn fwy, hyd at 200%, a does dim byd yn cael ei dorri i ffwrdd.
accessibility-s1-p-2 = Gallwch chi chwyddo hyd at 400%, a byddwch chi'n dal i gael yr holl eiriau a'r botymau.
accessibility-s1-p-3 = Gallwch chi ei defnyddio ar sgrin fach, 320 picsel o led, heb sgrolio i'r ochr.
accessibility-s1-p-4 = Gallwch chi ddefnyddio'r wefan gyfan gyda bysellfwrdd yn unig.
accessibility-s1-p-5 = Dylech chi allu ei defnyddio gyda darllenydd sgrin. Ap sy'n darllen y sgrin yn uchel yw darllenydd sgrin.
accessibility-s1-p-6 = Efallai y bydd eich ffôn yn dangos botwm "Darllen y dudalen hon yn uchel". Dim ond os oes gan eich ffôn lais ar gyfer yr iaith rydych chi'n ei defnyddio y bydd yn dangos.
accessibility-s1-p-7 = Mae'r wefan yn gweithio hyd yn oed os yw JavaScript wedi'i ddiffodd, neu os nad yw'n llwytho. Cod y mae rhai tudalennau ei angen i weithio yw JavaScript.
accessibility-s1-p-8 = Gallwch chi ddefnyddio'r wefan yn Saesneg, yn Gymraeg neu yn Arabeg. Mae tudalennau Arabeg yn darllen o'r dde i'r chwith.
accessibility-s1-p-9 = Rydyn ni'n ceisio defnyddio brawddegau byr a geiriau bob dydd.
accessibility-s1-p-10 = Mae gan AbilityNet gyngor ar wneud eich ffôn neu eich cyfrifiadur yn haws i'w ddefnyddio. Ewch i abilitynet.org.uk.

accessibility-s2-title = Pa mor hygyrch yw'r wefan hon
accessibility-s2-p-1 = Ein nod yw bodloni Canllawiau Hygyrchedd Cynnwys y We (WCAG), fersiwn 2.2, lefel AA. Dyma'r safon y mae'n rhaid i wefannau'r sector cyhoeddus yn y DU ei bodloni.
accessibility-s2-p-2 = Rydyn ni'n profi pob tudalen ym mhob iaith gydag offeryn gwirio awtomatig o'r enw axe. Rydyn ni hefyd yn profi pob tudalen gan ddefnyddio bysellfwrdd yn unig.
accessibility-s2-p-3 = Rydyn ni'n gwybod am rai problemau. Maen nhw wedi'u rhestru isod.

accessibility-s3-title = Problemau rydyn ni'n gwybod amdanyn nhw
accessibility-s3-p-1 = Cyfrifiadur a gyfieithodd y tudalennau Cymraeg ac Arabeg. Dydy rhywun sy'n siarad Cymraeg neu Arabeg fel iaith gyntaf ddim wedi'u gwirio eto. Efallai fod rhai geiriau'n anghywir neu'n anodd eu deall.
accessibility-s3-p-2 = Mae'r botwm "Darllen y dudalen hon yn uchel" yn defnyddio'r lleisiau ar eich ffôn. Os nad oes gan eich ffôn lais ar gyfer eich iaith, dydy'r botwm ddim yn dangos. Mae rhai lleisiau'n haws eu deall nag eraill.
accessibility-s3-p-3 = Dydyn ni ddim wedi cael gwiriad llawn eto gan arbenigwr hygyrchedd o'r tu allan i'r cyngor.

accessibility-s4-title = Dywedwch wrthon ni am broblem
accessibility-s4-p-1 = Oes rhywbeth yn anodd ei ddefnyddio? Neu oes angen rhywbeth arnoch chi mewn ffordd wahanol? Er enghraifft, print bras, fersiwn hawdd ei darllen, sain neu braille.
accessibility-s4-p-2 = Dywedwch wrthon ni. Defnyddiwch fanylion cyswllt y cyngor ar ei wefan. Neu gofynnwch i unrhyw weithiwr basio neges ymlaen.
accessibility-s4-p-3 = Byddwn ni'n ateb o fewn 10 diwrnod gwaith. Diwrnod gwaith yw dydd Llun i ddydd Gwener. Dydy gwyliau banc ddim yn cyfrif.

accessibility-s5-title = Os nad ydych chi'n hapus gyda'n hateb
accessibility-s5-p-1 = Y Comisiwn Cydraddoldeb a Hawliau Dynol (EHRC) sy'n gwneud yn siŵr bod cyrff cyhoeddus yn dilyn y rheolau hygyrchedd.
accessibility-s5-p-2 = Enw'r rheolau yw Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018. Yn Saesneg: Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility Regulations 2018.
accessibility-s5-p-3 = Ddim yn hapus gyda sut gwnaethon ni ddelio â'ch problem? Cysylltwch â'r Gwasanaeth Cynghori a Chymorth Cydraddoldeb (EASS).
accessibility-s5-p-4 = Gwefan EASS: equalityadvisoryservice.com. Ffôn EASS: 0808 800 0082, am ddim.

accessibility-s6-title = Gwybodaeth dechnegol am hygyrchedd y wefan hon
accessibility-s6-p-1 = Mae'r cyngor wedi ymrwymo i wneud ei wefannau'n hygyrch. Mae hyn yn unol â Rheoliadau Hygyrchedd Cyrff y Sector Cyhoeddus (Gwefannau a Rhaglenni Symudol) (Rhif 2) 2018.
accessibility-s6-p-2 = Statws cydymffurfio: mae'r wefan hon yn cydymffurfio'n rhannol â WCAG fersiwn 2.2 lefel AA. Mae hyn oherwydd y problemau sydd wedi'u rhestru uchod, ac oherwydd nad oes gwiriad llawn o'r tu allan wedi'i wneud eto.
accessibility-s6-p-3 = Mae pob tudalen yn cael ei hadeiladu fel HTML plaen ar y gweinydd. Does dim angen JavaScript arni. Mae'n defnyddio'r ffontiau sydd ar eich dyfais yn barod.
accessibility-s6-p-4 = Mae pob tudalen yn dweud pa iaith yw hi, a pha ffordd mae'r testun yn mynd. Mae hyn yn helpu darllenyddion sgrin a lleisiau darllen yn uchel.

accessibility-s7-title = Beth rydyn ni'n ei wneud i'w gwella
accessibility-s7-p-1 = Byddwn ni'n gofyn i bobl sy'n siarad Cymraeg ac Arabeg fel iaith gyntaf wirio'r cyfieithiadau.
accessibility-s7-p-2 = Byddwn ni'n gofyn i arbenigwr hygyrchedd o'r tu allan i'r cyngor wirio'r wefan.
accessibility-s7-p-3 = Byddwn ni'n ychwanegu rhagor o ieithoedd y mae pobl ifanc mewn gofal yn eu siarad.
accessibility-s7-p-4 = Rydyn ni'n profi'r wefan bob tro rydyn ni'n ei newid.

accessibility-s8-title = Pryd gwnaethon ni ysgrifennu'r datganiad hwn
accessibility-s8-p-1 = Cafodd y datganiad hwn ei baratoi ar 23 Tachwedd 2026.
accessibility-s8-p-2 = Cafodd y wefan ei phrofi gan y tîm sy'n adeiladu Care Voice. Mae'n cael ei phrofi gydag axe a gyda bysellfwrdd bob tro mae'n newid.
accessibility-s8-p-3 = Byddwn ni'n gwirio'r datganiad hwn eto o leiaf unwaith y flwyddyn.
