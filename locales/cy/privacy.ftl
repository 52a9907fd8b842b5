# Machine-drafted translation: not yet reviewed by a native speaker.
# /privacy: the privacy notice. Sections are privacy-s{n}-title with paragraphs privacy-s{n}-p-{m}.
privacy-page-title = Preifatrwydd: Care Voice
privacy-title = Beth sy'n digwydd i'r hyn rydych chi'n ei ddweud wrthon ni
privacy-intro-1 = Mae'r dudalen hon yn dweud beth rydyn ni'n ei gadw, pwy sy'n gallu ei weld, a pham.
privacy-intro-2 = Dyma ein hysbysiad preifatrwydd. Mae'r gyfraith yn dweud bod rhaid i ni ddweud y pethau hyn wrthych chi.
privacy-intro-3 = Ystyr "ni" yw'r cyngor sydd wedi'i enwi ar frig y dudalen hon.
privacy-intro-4 = Ystyr "gwybodaeth bersonol" yw unrhyw beth sy'n dangos pwy ydych chi. Er enghraifft, eich enw, eich cyfeiriad neu eich rhif ffôn.

privacy-s1-title = Pwy sy'n rhedeg Care Voice
privacy-s1-p-1 = Y cyngor sydd wedi'i enwi ar frig y dudalen hon sy'n rhedeg Care Voice.
privacy-s1-p-2 = Y cyngor sy'n gyfrifol am y wybodaeth rydych chi'n ei rhoi i ni. Yn ôl y gyfraith, y cyngor yw'r "rheolydd data".
privacy-s1-p-3 = Mae gan y cyngor Swyddog Diogelu Data. Gwaith y swyddog hwn yw gwirio ein bod ni'n gofalu am eich gwybodaeth yn iawn.
privacy-s1-p-4 = Gallwch chi gysylltu â'r Swyddog Diogelu Data drwy'r cyngor. Mae'r manylion ar wefan y cyngor. Neu gofynnwch i unrhyw weithiwr basio neges ymlaen.

privacy-s2-title = Mae arolygon yn ddienw
privacy-s2-p-1 = Dydyn ni ddim yn gofyn eich enw mewn arolwg. Dydyn ni ddim yn cadw unrhyw beth sy'n dweud pwy ydych chi.
privacy-s2-p-2 = Ystyr "dienw" yw na all neb ddweud pa atebion sy'n perthyn i chi.
privacy-s2-p-3 = Does dim angen cyfrif arnoch chi. Dydych chi ddim yn mewngofnodi.
privacy-s2-p-4 = Dydyn ni ddim yn cadw eich cyfeiriad IP. Rhif yw hwn sy'n gallu cyfeirio at eich cysylltiad â'r rhyngrwyd.
privacy-s2-p-5 = Dydyn ni ddim yn cadw unrhyw rif sy'n cyfeirio at eich ffôn neu eich cyfrifiadur.
privacy-s2-p-6 = Gyda'ch atebion, dim ond tri pheth rydyn ni'n eu cadw. Pa arolwg oedd e. Eich grŵp oedran, nid eich pen-blwydd. Ac ar y mwyaf y diwrnod y gwnaethoch chi ateb, nid yr amser.
privacy-s2-p-7 = Peidiwch ag ysgrifennu eich enw, nac enw neb arall, mewn arolwg.

privacy-s3-title = Cadw arolwg i'w orffen yn nes ymlaen
privacy-s3-p-1 = Gallwch chi gadw arolwg a'i orffen yn nes ymlaen. Rydyn ni'n rhoi cod i chi wneud hyn. Ei enw yw cod ailddechrau.
privacy-s3-p-2 = Cadwch y cod yn ddiogel. Gall unrhyw un sydd â'r cod agor eich arolwg sydd heb ei orffen.
privacy-s3-p-3 = Pan fyddwch chi'n anfon yr arolwg, rydyn ni'n dileu'r cod.
privacy-s3-p-4 = Os na fyddwch chi'n gorffen, rydyn ni'n dileu'r cod a'r atebion rydych chi wedi'u cadw ar ôl 14 diwrnod.

privacy-s4-title = Pwy sy'n gweld atebion arolygon
privacy-s4-p-1 = Dim ond cyfansymiau mae staff yn eu gweld. Cyfanswm yw faint o bobl ifanc a roddodd bob ateb. Er enghraifft, "dywedodd 40 o bobl ifanc ie".
privacy-s4-p-2 = Dydyn ni byth yn dangos cyfanswm ar gyfer llai na 10 o bobl ifanc. Mae hyn yn atal unrhyw un rhag gweithio allan pwy ddywedodd beth.
privacy-s4-p-3 = Mae gan rai cwestiynau flwch i ysgrifennu yn eich geiriau eich hun. Dydy staff byth yn gweld eich geiriau fel y gwnaethoch chi eu teipio. Dim ond y prif bynciau sy'n codi maen nhw'n eu gweld, fel "bwyd" neu "ysgol".
privacy-s4-p-4 = Does neb yn gweld eich atebion chi ar eu pennau eu hunain. Nid eich gofalwr, nid eich gweithiwr cymdeithasol, ac nid eich teulu.
privacy-s4-p-5 = Gan fod arolwg yn ddienw, all e ddim dweud wrth neb fod angen help arnoch chi. Os oes angen help arnoch chi, defnyddiwch y rhifau ar frig y dudalen hon. Neu gofynnwch i ni gysylltu â chi.

privacy-s5-title = Dydy cwynion a cheisiadau ddim yn ddienw
privacy-s5-p-1 = Mae angen eich enw ar gyfer rhai pethau, er mwyn i ni allu eich helpu chi. Y rhain yw cwynion, gofyn am eiriolwr, a gofyn i ni gysylltu â chi.
privacy-s5-p-2 = Ar gyfer y rhain, rydyn ni'n cadw eich enw a sut i gysylltu â chi. Rydyn ni hefyd yn cadw'r hyn rydych chi'n ei ddweud wrthon ni.
privacy-s5-p-3 = Rydyn ni'n cloi'r wybodaeth hon. Y gair am hyn yw "wedi'i hamgryptio". Mae'n golygu ei bod hi'n edrych fel nonsens i unrhyw un heb yr allwedd.
privacy-s5-p-4 = Dim ond dau dîm sy'n gallu ei darllen: y tîm cwynion a'r tîm hawliau plant.
privacy-s5-p-5 = Bob tro mae aelod o staff yn agor un, rydyn ni'n cadw cofnod. Felly rydyn ni bob amser yn gwybod pwy edrychodd, a phryd.
privacy-s5-p-6 = I ddatrys cwyn, efallai y bydd angen i'r tîm cwynion ei rhannu â rheolwr. Dyma rywun sy'n gallu rhoi pethau'n iawn. Bydd y tîm yn dweud wrthych chi pwy.
privacy-s5-p-7 = Os ydych chi'n gofyn i ni gysylltu â chi, dydyn ni byth yn cysylltu hynny â'ch atebion i arolwg.

privacy-s6-title = Pryd mae'n rhaid i ni rannu
privacy-s6-p-1 = Rydyn ni'n cadw'r hyn rydych chi'n ei ddweud wrthon ni yn breifat.
privacy-s6-p-2 = Ond os gallech chi neu rywun arall fod mewn perygl, mae'n rhaid i ni ei rannu er mwyn cadw pobl yn ddiogel. "Diogelu" yw'r enw ar gadw pobl yn ddiogel.
privacy-s6-p-3 = Bydden ni'n ei rannu â phobl sy'n gallu helpu. Er enghraifft, gweithiwr cymdeithasol, meddyg neu'r heddlu.
privacy-s6-p-4 = Byddwn ni'n ceisio dweud wrthych chi yn gyntaf.
privacy-s6-p-5 = Dim ond yr hyn sydd ei angen rydyn ni'n ei rannu.

privacy-s7-title = Pethau nad ydyn ni byth yn eu gwneud
privacy-s7-p-1 = Dydyn ni byth yn gwerthu eich gwybodaeth.
privacy-s7-p-2 = Dydyn ni byth yn dangos hysbysebion.
privacy-s7-p-3 = Dydyn ni byth yn defnyddio cyfrifiadur i wneud penderfyniadau amdanoch chi, nac i roi sgôr i chi.

privacy-s8-title = Cwcis ac olrhain
privacy-s8-p-1 = Ffeil fach y mae gwefan yn ei chadw ar eich ffôn neu eich cyfrifiadur yw cwci.
privacy-s8-p-2 = Ar gyfer pobl ifanc, dim ond un cwci rydyn ni'n ei ddefnyddio. Mae'n cofio'r iaith a ddewisoch chi. Mae'n para am flwyddyn. Dydy e ddim yn dweud pwy ydych chi.
privacy-s8-p-3 = Mae staff sy'n mewngofnodi yn cael un cwci arall. Mae'n eu cadw nhw wedi mewngofnodi.
privacy-s8-p-4 = Dydyn ni ddim yn eich olrhain chi. Dydyn ni ddim yn gweld beth arall rydych chi'n ei wneud ar-lein.
privacy-s8-p-5 = Dydyn ni ddim yn defnyddio cod na ffontiau gan gwmnïau eraill. Felly does dim cwmni arall yn dysgu eich bod chi wedi dod yma.
privacy-s8-p-6 = Mae'r botwm "Gadael y wefan hon" yn agor gwefan y BBC. Rheolau preifatrwydd y BBC ei hun sy'n berthnasol yno.
privacy-s8-p-7 = Mae'r botwm "Darllen y dudalen hon yn uchel" yn defnyddio'r lleisiau ar eich ffôn. Dydyn ni ddim yn anfon y dudalen i unman. Mae rhai ffonau'n defnyddio llais ar-lein gan y cwmni a wnaeth y ffôn.

privacy-s9-title = Am faint rydyn ni'n cadw pethau
privacy-s9-p-1 = Arolygon heb eu gorffen: rydyn ni'n eu dileu ar ôl 14 diwrnod.
privacy-s9-p-2 = Atebion arolygon: rydyn ni'n eu cadw er mwyn gweld a yw pethau'n gwella dros y blynyddoedd. Does dim modd eu cysylltu â chi.
privacy-s9-p-3 = Cwynion: rydyn ni'n eu cadw cyhyd ag y mae polisi cofnodion y cyngor yn ei ddweud. Fel arfer, 6 blynedd ar ôl i'r gŵyn ddod i ben yw hyn.
privacy-s9-p-4 = Gofyn am eiriolwr, neu ofyn i ni gysylltu â chi: rydyn ni'n cadw'r rhain cyhyd ag y mae polisi cofnodion y cyngor yn ei ddweud.
privacy-s9-p-5 = Ar ôl hynny, rydyn ni'n eu dileu yn ddiogel.

privacy-s10-title = Eich hawliau
privacy-s10-p-1 = Mae cyfraith diogelu data'r DU yn rhoi hawliau i chi dros eich gwybodaeth bersonol.
privacy-s10-p-2 = Gallwch chi ofyn am gael gweld beth sydd gennym ni amdanoch chi. Mae hyn am ddim. Fel arfer, byddwn ni'n ateb o fewn 1 mis.
privacy-s10-p-3 = Gallwch chi ofyn i ni gywiro unrhyw beth sy'n anghywir.
privacy-s10-p-4 = Gallwch chi ofyn i ni ddileu eich gwybodaeth. Weithiau mae'r gyfraith yn dweud bod rhaid i ni ei chadw. Os felly, byddwn ni'n dweud wrthych chi pam.
privacy-s10-p-5 = Gallwch chi ofyn i ni stopio defnyddio eich gwybodaeth, neu ei defnyddio'n llai.
privacy-s10-p-6 = Mae arolygon yn ddienw, felly allwn ni ddim dod o hyd i'ch atebion. Mae hyn yn golygu na allwn ni eu dangos i chi na'u dileu.
privacy-s10-p-7 = I ofyn, cysylltwch â Swyddog Diogelu Data'r cyngor. Gall eiriolwr neu weithiwr rydych chi'n ymddiried ynddo eich helpu chi i ofyn.

privacy-s11-title = Os nad ydych chi'n hapus
privacy-s11-p-1 = Dywedwch wrthon ni yn gyntaf. Cysylltwch â Swyddog Diogelu Data'r cyngor.
privacy-s11-p-2 = Gallwch chi hefyd gwyno i Swyddfa'r Comisiynydd Gwybodaeth (ICO). Mae'r ICO yn gwneud yn siŵr bod pobl yn dilyn y gyfraith ar wybodaeth bersonol.
privacy-s11-p-3 = Gwefan yr ICO: ico.org.uk. Ffôn yr ICO: 0303 123 1113.

privacy-s12-title = Y gyfraith rydyn ni'n dibynnu arni
privacy-s12-p-1 = Mae'r gyfraith yn dweud bod angen rheswm da arnon ni i ddefnyddio gwybodaeth bersonol.
privacy-s12-p-2 = "Tasg gyhoeddus" yw enw ein rheswm. Mae'n golygu bod angen y wybodaeth ar y cyngor i wneud y gwaith mae'r gyfraith yn ei roi iddo.
privacy-s12-p-3 = Mae'r gwaith hwn yn dod o Ddeddf Plant 1989. Mae'n cynnwys gofalu am blant mewn gofal, helpu pobl ifanc sy'n gadael gofal a delio â chwynion.
privacy-s12-p-4 = Mae angen gofal ychwanegol gyda rhywfaint o wybodaeth, fel eich iechyd, eich crefydd neu eich rhywioldeb. Mae'r gyfraith yn galw hyn yn wybodaeth "categori arbennig".
privacy-s12-p-5 = Dim ond mewn cwynion a cheisiadau rydyn ni'n ei defnyddio. Rydyn ni'n ei defnyddio pan fydd ei hangen i gadw plant a phobl ifanc yn ddiogel. Yr enw ar hyn yn y gyfraith yw "budd sylweddol i'r cyhoedd".
privacy-s12-p-6 = Dydy atebion dienw i arolygon ddim yn wybodaeth bersonol, oherwydd does dim modd eu cysylltu â chi. Rydyn ni'n dal i'w diogelu nhw.
privacy-s12-p-7 = I oedolion sydd angen y manylion: GDPR y DU, Erthygl 6(1)(e) ac Erthygl 9(2)(g); Deddf Diogelu Data 2018, Atodlen 1, paragraffau 6 a 18; Deddf Plant 1989, adrannau 22, 23C, 26 a 26A; Children Act 1989 Representations Procedure (England) Regulations 2006.

privacy-s13-title = Newidiadau i'r dudalen hon
privacy-s13-p-1 = Byddwn ni'n newid y dudalen hon os bydd y ffordd rydyn ni'n defnyddio gwybodaeth yn newid.
privacy-s13-p-2 = Cafodd y dudalen hon ei diweddaru ddiwethaf ar 23 Tachwedd 2026.
