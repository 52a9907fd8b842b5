# Machine-drafted translation: not yet reviewed by a native speaker.
# The content pages: /pledge, /charter, /rights and /entitlements.
# These pages address the reader as "ti", like the Welsh content they show.

## Shared by the content pages

content-translation-note = Dydy'r cyfieithiad hwn ddim wedi cael ei wirio gan siaradwr Cymraeg iaith gyntaf eto.
content-words-link = Beth mae'r geiriau'n ei olygu?
content-words-title = Geiriau rydyn ni'n eu defnyddio
content-about-title = Am y dudalen hon
content-about-source = O ble mae'r dudalen hon yn dod:
content-about-review = Byddwn ni'n gwirio'r dudalen hon eto erbyn { $date }.
content-unavailable = Mae'n ddrwg gennym ni, allwn ni ddim dangos y dudalen hon ar hyn o bryd. Rho gynnig arall arni cyn bo hir.
content-error-prefix = Gwall:

## Dates ("1 Ebrill 2027")


## "Is this happening for you?" under each promise

check-legend = Ydy hyn yn digwydd i ti?
check-hint = Does dim rhaid i ti roi dy enw. Dim ond cyfrif yr atebion rydyn ni.
check-yes = Ydy
check-sometimes = Weithiau
check-no = Nac ydy
check-not-sure = Dw i ddim yn siŵr
check-send = Anfon fy ateb
check-thanks = Diolch. Mae dy ateb gennyn ni.
check-thanks-more = Rydyn ni'n edrych ar yr holl atebion. Maen nhw'n ein helpu ni i weld ble mae angen i ni wneud yn well.
check-error-choose = Dewisa ydy, weithiau, nac ydy neu dw i ddim yn siŵr.
check-error-not-an-option = Dewisa un o'r atebion: ydy, weithiau, nac ydy neu dw i ddim yn siŵr.
check-error-try-again = Mae'n ddrwg gennym ni, wnaeth hynny ddim gweithio. Dewisa dy ateb eto.
check-error-unknown-promise = Mae'n ddrwg gennym ni, allen ni ddim dod o hyd i'r addewid yna. Dewisa dy ateb eto.

## /pledge

pledge-page-title = Ein Haddewid: Care Voice
pledge-title = Ein Haddewid i ti
pledge-intro-1 = Ein Haddewid yw'r pethau rydyn ni'n eu haddo i blant mewn gofal.
pledge-intro-2 = Fe wnaethon ni nhw gyda phobl ifanc mewn gofal. Mae pob rhan o'r cyngor yn gwneud ei haddewidion ei hun.
pledge-intro-3 = O dan bob addewid, gelli di weld sut rydyn ni'n gwneud. Gelli di hefyd ddweud wrthon ni a yw'n wir i ti.
pledge-progress-title = Sut rydyn ni'n gwneud:
pledge-status-on-track = Yn mynd yn dda
pledge-status-some-progress = Mae rhywfaint wedi'i wneud
pledge-status-not-started = Heb ddechrau eto
pledge-status-done = Wedi'i wneud
pledge-owner-other = Addewidion eraill

## /charter

charter-page-title = Siarter y Rhai sy'n Gadael Gofal: Care Voice
charter-title = Siarter y Rhai sy'n Gadael Gofal
charter-intro-1 = Rhestr o saith addewid yw Siarter y Rhai sy'n Gadael Gofal. Maen nhw ar gyfer pobl ifanc sy'n gadael gofal, neu sydd wedi gadael gofal.
charter-intro-2 = Rydyn ni wedi ymrwymo iddi. Dyma beth mae pob addewid yn ei olygu, a beth rydyn ni'n ei wneud i'w gadw.
charter-intro-3 = Os nad yw addewid yn cael ei gadw, gelli di wneud rhywbeth am y peth. Mae pob addewid yn dweud wrthot ti beth i'w wneud.
charter-here-title = Beth mae'n ei olygu yma
charter-not-happening-title = Os nad yw hyn yn digwydd
charter-advocate-link = Sut i gael eiriolwr
charter-complain-link = Sut i wneud cwyn

## /rights

rights-page-title = Dy hawliau: Care Voice
rights-title = Dy hawliau
rights-intro-1 = Mae'r dudalen hon yn dweud wrthot ti beth gelli di ei ddisgwyl gennyn ni.
rights-intro-2 = Mae'n dweud sut i gwyno, a beth sy'n digwydd nesaf. Mae'n dweud sut gall eiriolwr dy helpu di.
rights-contents = Ar y dudalen hon

## /entitlements

entitlements-page-title = Beth gelli di ei gael: Care Voice
entitlements-title = Beth gelli di ei gael
entitlements-intro-1 = Mae'r dudalen hon ar gyfer pobl ifanc sy'n gadael gofal, neu sydd wedi gadael gofal.
entitlements-intro-2 = Mae'n dangos yr help y gelli di ei gael, a sut i ofyn amdano. Ein Cynnig Lleol yw'r enw ar hyn.
entitlements-intro-3 = Gall dy gynghorydd personol dy helpu di gyda'r cyfan.
entitlements-check-title = Gwirio beth gelli di ei gael
entitlements-check-hint = Ateba un, dau neu'r tri chwestiwn. Yna byddwn ni'n dangos beth gelli di ei gael. Dydyn ni ddim yn cadw dy atebion.
entitlements-age-label = Faint yw dy oed di?
entitlements-age-hint = Teipia dy oed mewn blynyddoedd. Er enghraifft, 19.
entitlements-status-legend = Wyt ti mewn gofal nawr, neu wyt ti wedi gadael gofal?
entitlements-status-in-care = Dw i mewn gofal nawr
entitlements-status-left-care = Dw i wedi gadael gofal
entitlements-status-not-sure = Dw i ddim yn siŵr
entitlements-situation-label = Beth rwyt ti'n ei wneud nawr?
entitlements-situation-any = Dim un o'r rhain, neu dw i ddim yn siŵr
entitlements-situation-education = Yn yr ysgol, y chweched dosbarth neu'r coleg
entitlements-situation-higher-education = Yn y brifysgol
entitlements-situation-apprenticeship = Ar brentisiaeth
entitlements-situation-working = Mewn swydd
entitlements-situation-not-working = Ddim mewn swydd nac yn yr ysgol
entitlements-situation-parent = Mae gen i blentyn fy hun
entitlements-situation-unaccompanied = Des i i'r DU ar fy mhen fy hun
entitlements-situation-disabled = Dw i'n anabl
entitlements-submit = Dangos beth galla i ei gael
entitlements-error-age-number = Teipia dy oed fel rhif, fel 19.
entitlements-error-age-range = Teipia oed rhwng 0 a { $max }.
entitlements-error-status = Dewisa a wyt ti mewn gofal nawr, neu wedi gadael gofal.
entitlements-error-situation = Dewisa beth rwyt ti'n ei wneud nawr o'r rhestr.
entitlements-results-title = Beth gelli di ei gael
entitlements-results-count = { $count ->
    [one] Fe ddaethon ni o hyd i 1 peth y gelli di ei gael.
   *[other] Fe ddaethon ni o hyd i { $count } peth y gelli di eu cael.
}
entitlements-results-none = Wnaethon ni ddim dod o hyd i ddim byd ar gyfer yr atebion hyn. Gofynna i dy gynghorydd personol. Gallan nhw ddweud wrthot ti pa help sydd ar gael.
entitlements-start-again = Dechrau eto
entitlements-timeline-title = Beth sy'n newid wrth i ti dyfu'n hŷn
entitlements-all-title = Yr holl help y gelli di ei gael
entitlements-category-support = Pobl sy'n dy helpu di
entitlements-category-money = Arian
entitlements-category-home = Lle i fyw
entitlements-category-education = Ysgol, coleg a phrifysgol
entitlements-category-work = Gwaith
entitlements-category-health = Iechyd
entitlements-category-travel = Teithio
entitlements-category-rights = Dy hawliau
entitlements-who = Pwy all ei gael
entitlements-ages = Oed { $min } i { $max }.
entitlements-ages-up-to = Hyd at { $max } oed.
entitlements-for-in-care = Os wyt ti mewn gofal nawr.
entitlements-for-left-care = Os wyt ti wedi gadael gofal.
entitlements-for-both = Os wyt ti mewn gofal nawr, neu wedi gadael gofal.
entitlements-only-if = Dim ond os yw hyn yn wir amdanat ti: { $situations }.
entitlements-list-separator = {", "}
entitlements-amount = Faint
entitlements-how = Sut i ofyn
entitlements-source = O ble mae hyn yn dod
entitlements-checked = Gwiriwyd ddiwethaf
entitlements-council-choice = Gall pob cyngor ddewis beth mae'n ei roi ar gyfer hyn.
