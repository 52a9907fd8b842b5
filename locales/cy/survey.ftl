# Machine-drafted translation: not yet reviewed by a native speaker.
# The survey journey, /survey. Uses "ti", as the survey questions do.
survey-landing-title = Dweud dy ddweud
survey-landing-lead = Dywed wrthon ni sut mae pethau'n mynd i ti. Mae dy atebion yn ein helpu i wneud pethau'n well.
survey-landing-anonymous = Dwyt ti ddim yn rhoi dy enw. Dydyn ni ddim yn gwybod pwy atebodd.
survey-none-open = Does dim arolwg i'w lenwi ar hyn o bryd. Tyrd yn ôl yn nes ymlaen.
survey-demo-title = Rho gynnig ar yr arolwg
survey-landing-code-title = Wnest ti gadw dy atebion?
survey-landing-code-text = Os oes gen ti god, gelli di barhau o'r lle y gwnest ti stopio.
survey-use-code = Parhau gyda chod
survey-back-to-surveys = Mynd i'r arolygon
survey-back = Yn ôl
survey-band-4-7 = Oed 4 i 7, gydag oedolyn
survey-band-4-7-text = Ar gyfer plant ifanc. Mae oedolyn yn dy helpu.
survey-band-8-11 = Oed 8 i 11
survey-band-8-11-text = Tua 20 cwestiwn.
survey-band-11-17 = Oed 11 i 17
survey-band-11-17-text = Tua 30 cwestiwn.
survey-band-care-leavers = Pobl sy'n gadael gofal, oed 16 i 25
survey-band-care-leavers-text = Ar gyfer pobl ifanc sydd wedi gadael gofal.
survey-machine-translation = Cyfrifiadur wnaeth y cyfieithiad hwn. Does neb sy'n siarad Cymraeg wedi'i wirio eto.

# Start page
survey-start-title-4-7 = Arolwg i blant 4 i 7 oed
survey-start-title-8-11 = Arolwg i blant 8 i 11 oed
survey-start-title-11-17 = Arolwg i bobl ifanc 11 i 17 oed
survey-start-title-care-leavers = Arolwg i bobl sy'n gadael gofal
survey-start-length = Mae'n cymryd tua { $minutes } munud. Mae { $count } cwestiwn.
survey-start-anonymous = Dydyn ni ddim yn gofyn dy enw. Fyddwn ni ddim yn gwybod pwy wyt ti.
survey-start-skip = Gelli di hepgor unrhyw gwestiwn. Gelli di hefyd ddewis "Byddai'n well gen i beidio â dweud".
survey-start-save = Gelli di stopio, cael cod, a dod yn ôl yn nes ymlaen.
survey-start-who-title = Pwy sy'n gweld dy atebion
survey-start-who = Mae tîm hawliau plant { $council } yn darllen yr holl atebion gyda'i gilydd. Dydy dy ofalwyr a dy weithiwr cymdeithasol ddim yn gweld dy atebion.
survey-start-no-reply = Allwn ni ddim dweud pwy ysgrifennodd ateb. Felly allwn ni ddim ymateb iddo.
survey-start-help-title = Os oes angen help arnat ti
survey-start-help = Os wyt ti'n teimlo'n anniogel neu'n ofidus, ffonia un o'r rhifau ar frig y dudalen.
survey-start-help-link = Mwy o ffyrdd o gael help
survey-start-started = Rwyt ti wedi dechrau'r arolwg hwn.
survey-start-carry-on = Parhau o'r lle y gwnest ti stopio
survey-start-button = Dechrau nawr
survey-helper-intro = Mae oedolyn yn dy helpu gyda'r arolwg hwn. Ni ddylai fod yn ofalwr i ti nac yn weithiwr cymdeithasol i ti.
survey-helper-legend = I'r oedolyn: pwy ydych chi?
survey-helper-teacher = Athro neu rywun o'r ysgol
survey-helper-advocate = Eiriolwr
survey-helper-other = Oedolyn arall
survey-helper-missing = Dewiswch pwy sy'n helpu

# A question
survey-question-of = Cwestiwn { $n } o { $count }
survey-question-page-title = Cwestiwn { $n } o { $count }: Care Voice
survey-continue = Parhau
survey-skip = Hepgor y cwestiwn hwn
survey-prefer-not = Byddai'n well gen i beidio â dweud
survey-or = neu
survey-save-later = Cadw a dod yn ôl yn nes ymlaen
survey-frequency-most-of-the-time = Drwy'r amser neu'r rhan fwyaf o'r amser
survey-frequency-sometimes = Weithiau
survey-frequency-hardly-ever = Bron byth neu byth
survey-answer-yes = Ie
survey-answer-no = Na
survey-face-happy = Hapus
survey-face-ok = Iawn
survey-face-sad = Trist
survey-wellbeing-hint = Dewis rif. Mae 0 yn golygu dim o gwbl. Mae 10 yn golygu yn llwyr.
survey-text-hint = Gelli di ysgrifennu hyd at { $max } llythyren. Paid ag ysgrifennu enwau, os gweli di'n dda.
survey-out-of-ten = { $n } allan o 10
survey-not-answered = Heb ateb

# Problems
survey-error-not-an-option = Dewis un o'r atebion ar y dudalen hon
survey-error-too-long = Mae { $count } llythyren yn dy ateb. Gwna fe'n { $max } llythyren neu lai.
survey-error-wrong-question = Mae'r ateb hwn ar gyfer cwestiwn gwahanol. Ateba'r cwestiwn ar y dudalen hon.
survey-error-expired = Roedd dy atebion yn cael eu cadw am amser byr yn unig, ac mae'r amser hwnnw ar ben. Gelli di ddechrau eto.
survey-error-no-draft = Allwn ni ddim dod o hyd i dy atebion ar y ffôn hwn. Dechrau eto, neu defnyddia dy god.
survey-not-found-title = Allwn ni ddim dod o hyd i'r arolwg hwnnw
survey-not-found-text = Efallai fod y ddolen yn anghywir. Cer i'r arolygon i weld pa rai sydd ar agor.
survey-closed-title = Mae'r arolwg hwn wedi cau
survey-closed-text = Diolch am fod eisiau cymryd rhan. Mae'r arolwg hwn wedi gorffen, felly all e ddim derbyn atebion nawr. Bydd un arall.
survey-not-open-title = Dydy'r arolwg hwn ddim wedi dechrau eto
survey-not-open-text = Mae'n agor ar { $date }. Tyrd yn ôl bryd hynny.
survey-expired-title = Mae dy atebion wedi dod i ben
survey-expired-text = Dim ond am amser byr rydyn ni'n cadw atebion sydd heb eu hanfon. Mae'r amser hwnnw ar ben, felly rydyn ni wedi'u dileu. Gelli di ddechrau eto.
survey-no-draft-title = Allwn ni ddim dod o hyd i dy atebion
survey-no-draft-text = Does dim atebion i'r arolwg hwn ar y ffôn hwn. Gelli di ddechrau eto, neu ddefnyddio dy god os oes gen ti un.
survey-start-again = Dechrau'r arolwg eto

# Check and send
survey-check-title = Gwirio dy atebion
survey-change = Newid
survey-check-send-title = Nawr anfon dy atebion
survey-check-send-text = Pan fyddi di'n anfon dy atebion, fyddi di ddim yn gallu eu newid.
survey-check-send = Anfon fy atebion
survey-sent-title = Diolch. Mae dy atebion wedi cael eu hanfon.
survey-sent-thanks = Mae dy atebion yn ein helpu i wneud pethau'n well.
survey-sent-next-title = Beth sy'n digwydd nesaf
survey-sent-next = Mae'r arolwg yn cau ar { $date }. Yna bydd tîm hawliau plant { $council } yn darllen yr holl atebion gyda'i gilydd.
survey-sent-you-said = Byddwn ni'n dweud wrthot ti beth wnaethon ni ei ddysgu a beth byddwn ni'n ei wneud. Chwilia am "Dywedoch chi, gwnaethon ni".
survey-sent-anonymous = Dydyn ni ddim yn gwybod pwy wyt ti. Rydyn ni wedi dileu'r cysylltiad rhwng y ffôn hwn a dy atebion.
survey-sent-help = Os oes rhywbeth o'i le a bod angen help arnat ti nawr, ffonia un o'r rhifau ar frig y dudalen.
survey-sent-home = Mynd i'r dechrau

# Save and come back
survey-save-title = Cadw a dod yn ôl yn nes ymlaen
survey-save-text = Byddwn ni'n rhoi cod i ti. Defnyddia fe ar y ffôn hwn neu ar un arall i barhau. Mae dy atebion yn cael eu cadw am { $days } diwrnod.
survey-save-button = Cael fy nghod
survey-save-carry-on = Parhau gyda'r arolwg
survey-code-title = Dy god
survey-code-is = Dy god yw:
survey-code-write-down = Ysgrifenna fe i lawr neu tynna lun ohono. Allwn ni ddim ei ddangos eto.
survey-code-until = Mae'n gweithio tan ddiwedd { $date }.
survey-code-how = I barhau yn nes ymlaen, cer i'r wefan hon a dewis
survey-code-private = Cadw dy god yn breifat. Gall unrhyw un sydd â'r cod weld dy atebion.
survey-resume-title = Parhau gyda dy god
survey-resume-text = Teipia'r cod gest ti pan wnest ti gadw dy atebion.
survey-resume-label = Dy god
survey-resume-hint = Mae'n edrych fel hyn: KDM-7QX-P4T
survey-resume-button = Parhau
survey-resume-not-found = Allwn ni ddim dod o hyd i'r cod hwnnw. Gwiria fe a rho gynnig arall arni.
survey-resume-expired = Mae'r cod hwnnw wedi dod i ben. Dim ond am amser byr mae codau'n gweithio. Gelli di ddechrau'r arolwg eto.
survey-resume-too-many = Rwyt ti wedi trio gormod o weithiau. Aros 15 munud, yna tria eto.

# Safety
survey-safety-page-title = Dy arolwg: Care Voice
survey-safety-title = Diolch am ddweud wrthon ni
survey-safety-lead = Fe ddywedaist ti nad wyt ti bob amser yn teimlo'n ddiogel. Does dim rhaid i ti ddelio â hyn ar dy ben dy hun.
survey-safety-anonymous = Dydy'r arolwg hwn ddim yn gofyn dy enw. Felly dydyn ni ddim yn gwybod pwy wyt ti, ac allwn ni ddim dod i dy helpu oni bai dy fod ti'n dweud wrthon ni.
survey-safety-now-title = Os wyt ti mewn perygl neu angen help nawr
survey-safety-contact-title = Wyt ti eisiau i rywun siarad gyda ti?
survey-safety-contact-text = Gelli di ofyn i rywun o dîm hawliau plant { $council } gysylltu â ti. Mae hyn yn cael ei gadw ar wahân i dy arolwg. Fyddan nhw ddim yn gweld dy atebion.
survey-safety-contact-button = Rydw i eisiau i rywun gysylltu â fi
survey-safety-carry-on = Parhau gyda'r arolwg

# Contact me. Page titles stay neutral: a title can show in the list of open tabs.
survey-contact-page-title = Dy neges: Care Voice
survey-contact-sent-page-title = Neges wedi mynd: Care Voice
survey-contact-title = Gofyn i rywun gysylltu â ti
survey-contact-who = Bydd tîm hawliau plant { $council } yn darllen hwn.
survey-contact-apart = Mae'n cael ei gadw ar wahân i dy arolwg. Fyddan nhw ddim yn gweld atebion dy arolwg.
survey-contact-share = Os ydyn nhw'n meddwl dy fod ti mewn perygl, efallai bydd angen iddyn nhw ddweud wrth bobl eraill i dy gadw'n ddiogel. Byddan nhw'n siarad â ti am hyn yn gyntaf os gallan nhw.
survey-contact-name = Beth ddylen ni dy alw di? (does dim rhaid i ti ddweud)
survey-contact-name-hint = Dy enw cyntaf, neu enw rwyt ti'n ei hoffi.
survey-contact-reach = Sut gallwn ni gysylltu â ti?
survey-contact-reach-hint = Er enghraifft rhif ffôn, e-bost, neu "drwy fy ysgol".
survey-contact-time = Pryd mae'n ddiogel cysylltu â ti? (does dim rhaid i ti ddweud)
survey-contact-time-hint = Er enghraifft "ar ôl ysgol" neu "nid ar benwythnosau".
survey-contact-button = Anfon
survey-contact-no-thanks = Dim diolch, cer â fi'n ôl i'r arolwg
survey-contact-reach-missing = Dywed wrthon ni sut gallwn ni gysylltu â ti
survey-contact-too-long = Gwna hwn yn { $max } llythyren neu lai
survey-contact-sent-title = Mae dy neges gyda ni
survey-contact-sent-text = Bydd rhywun o'r tîm yn cysylltu cyn gynted ag y gallan nhw.
survey-contact-sent-danger = Os wyt ti mewn perygl nawr, ffonia 999.
survey-contact-sent-back = Mynd yn ôl i'r arolwg

# Dates
survey-date = { $day } { $month } { $year }
survey-month-1 = Ionawr
survey-month-2 = Chwefror
survey-month-3 = Mawrth
survey-month-4 = Ebrill
survey-month-5 = Mai
survey-month-6 = Mehefin
survey-month-7 = Gorffennaf
survey-month-8 = Awst
survey-month-9 = Medi
survey-month-10 = Hydref
survey-month-11 = Tachwedd
survey-month-12 = Rhagfyr
