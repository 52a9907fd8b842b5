# Machine-drafted translation: not yet reviewed by a native speaker.
# /help: more ways to get help. Sections are help-s{n}-title with paragraphs help-s{n}-p-{m}.
help-page-title = Cael help: Care Voice
help-title = Cael help
help-intro-1 = Gallwch chi gael help unrhyw bryd, ddydd neu nos.
help-intro-2 = Mae'r dudalen hon yn dweud wrthych chi pwy i'w ffonio, a phryd.
help-intro-3 = Ddim yn siŵr pwy i'w ffonio? Ffoniwch Childline ar 0800 1111. Byddan nhw'n eich helpu chi i benderfynu beth i'w wneud.

help-s1-title = Os ydych chi mewn perygl nawr
help-s1-p-1 = Ffoniwch 999. Gofynnwch am yr heddlu neu ambiwlans.
help-s1-p-2 = Ffoniwch 999 os ydych chi wedi cael eich brifo, neu os oes rhywun yn eich brifo chi. Ffoniwch os ydych chi'n meddwl bod rhywun ar fin cael ei frifo.
help-s1-p-3 = Mae ffonio 999 am ddim. Mae'n gweithio hyd yn oed os nad oes credyd ar eich ffôn.
help-s1-p-4 = Os na allwch chi siarad, ffoniwch 999 o ffôn symudol a gwrandewch. Pan fydd rhywun yn gofyn, pwyswch 55. Bydd yr heddlu'n gwybod bod angen help arnoch chi.

help-s2-title = Childline: rhywun i siarad â nhw
help-s2-p-1 = Mae ffonio Childline ar 0800 1111 am ddim. Gallwch chi ffonio unrhyw bryd, ddydd neu nos.
help-s2-p-2 = Gallwch chi siarad am unrhyw beth. Does dim byd yn rhy fawr nac yn rhy fach.
help-s2-p-3 = Fydd yr alwad ddim yn dangos ar eich bil ffôn.
help-s2-p-4 = Gallwch chi hefyd sgwrsio â Childline ar-lein yn childline.org.uk.
help-s2-p-5 = Mae Childline ar gyfer unrhyw un dan 19 oed. Os ydych chi'n 19 oed neu'n hŷn, gallwch chi ffonio Samaritans (y Samariaid) am ddim ar 116 123, unrhyw bryd.

help-s3-title = Gyda'r nos, yn y nos ac ar benwythnosau
help-s3-p-1 = Mae gan y cyngor dîm ar gyfer gyda'r nos, y nos a phenwythnosau. Yr enw arno yw'r tîm y tu allan i oriau.
help-s3-p-2 = Ffoniwch nhw os oes rhywbeth o'i le ac na all aros tan y bore.
help-s3-p-3 = Er enghraifft, ffoniwch nhw os nad oes gennych chi rywle diogel i gysgu heno.
help-s3-p-4 = Mae eu rhif ar frig y dudalen hon, o dan "Cael help nawr".
help-s3-p-5 = Os ydych chi mewn perygl, ffoniwch 999 yn gyntaf.

help-s4-title = Yn ystod y dydd: eich gweithiwr
help-s4-p-1 = Yn ystod y dydd, siaradwch â'ch gweithiwr cymdeithasol.
help-s4-p-2 = Os ydych chi wedi gadael gofal, siaradwch â'ch ymgynghorydd personol.
help-s4-p-3 = Gweithiwr sy'n eich helpu chi ar ôl i chi adael gofal yw ymgynghorydd personol. Gallwch chi gael un nes eich bod chi'n 25 oed.
help-s4-p-4 = Methu cael gafael arnyn nhw? Ffoniwch y cyngor. Gofynnwch am eu rheolwr, neu rywun arall yn eu tîm.
help-s4-p-5 = Gallwch chi hefyd siarad ag oedolyn arall rydych chi'n ymddiried ynddo. Gallai hynny fod yn ofalwr, yn athro neu'n weithiwr ieuenctid.

help-s5-title = Eiriolwr: rhywun ar eich ochr chi
help-s5-p-1 = Mae eiriolwr yn rhywun sydd ar eich ochr chi yn unig.
help-s5-p-2 = Maen nhw'n gwrando arnoch chi. Maen nhw'n eich helpu chi i ddweud beth rydych chi eisiau. Gallan nhw siarad ar eich rhan chi.
help-s5-p-3 = Nid eich gweithiwr cymdeithasol na'ch gofalwr yw eiriolwr.
help-s5-p-4 = Gall eiriolwr eich helpu chi i wneud cwyn. Gallwch chi hefyd gael un heb wneud cwyn.
help-s5-p-5 = Mae cael eiriolwr am ddim. I gael un, gofynnwch i'ch gweithiwr cymdeithasol neu'ch ymgynghorydd personol. Neu gofynnwch i dîm hawliau plant y cyngor.
help-s5-p-6 = Methu cael eiriolwr yn agos atoch chi? Ffoniwch Always Heard am ddim ar 0808 800 5792.
help-s5-p-7 = Mae Always Heard yn helpu pobl ifanc mewn gofal a phobl ifanc sydd wedi gadael gofal. Byddan nhw'n cysylltu â chi o fewn 1 diwrnod gwaith.
help-s5-p-8 = Diwrnod gwaith yw dydd Llun i ddydd Gwener. Dydy gwyliau banc ddim yn cyfrif.

help-s6-title = Os gallai rhywun edrych ar eich ffôn
help-s6-p-1 = Oes rhywun yn gwirio eich ffôn? Dyma rai ffyrdd o gadw'n ddiogel.
help-s6-p-2 = Defnyddiwch y botwm "Gadael y wefan hon" ar frig y dudalen. Mae'n mynd â chi'n syth i dudalen Tywydd y BBC.
help-s6-p-3 = Ar y rhan fwyaf o ffonau, fydd y botwm Yn ôl ddim yn dod â chi yn ôl yma wedyn.
help-s6-p-4 = Efallai y bydd y wefan hon yn dal i ddangos yn eich hanes. Eich hanes yw'r rhestr o dudalennau gwe rydych chi wedi edrych arnyn nhw.
help-s6-p-5 = Gallwch chi glirio eich hanes yng ngosodiadau eich porwr gwe. Chwiliwch am "Hanes", "Preifatrwydd" neu "Clirio data pori".
help-s6-p-6 = Os byddwch chi'n clirio'r cyfan, efallai y bydd rhywun yn sylwi. Yn lle hynny, gallwch chi ddileu dim ond y tudalennau o'r wefan hon.
help-s6-p-7 = Dydy tab preifat ddim yn cadw eich hanes. Mae rhai ffonau'n ei alw'n dab incognito.
help-s6-p-8 = Dydy galwadau i Childline ddim yn dangos ar eich bil ffôn. Ond efallai y byddan nhw'n dangos yn y rhestr o alwadau ar eich ffôn. Gallwch chi eu dileu o'r rhestr honno.
help-s6-p-9 = Os gallwch chi, defnyddiwch ffôn neu gyfrifiadur sy'n ddiogel. Er enghraifft, un yn yr ysgol, yn y coleg neu mewn llyfrgell.

help-s7-title = Gallwch chi stopio unrhyw bryd
help-s7-p-1 = Gallwch chi adael arolwg unrhyw bryd. Does dim rhaid i chi ateb pob cwestiwn.
help-s7-p-2 = Gallwch chi stopio cwyn unrhyw bryd hefyd, hyd yn oed ar ôl i chi ei hanfon.
help-s7-p-3 = Fyddwch chi ddim mewn trwbl am stopio.
help-s7-p-4 = Gallwch chi ddod yn ôl pan fyddwch chi'n barod.
