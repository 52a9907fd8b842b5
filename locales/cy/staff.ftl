# Machine-drafted translation: not yet reviewed by a native speaker.
# The staff area. Staff pages are desktop first; plain, precise wording.
staff-area-name = Staff Care Voice
staff-sign-out = Allgofnodi
staff-back-home = Yn ôl i hafan y staff
staff-coming-soon = Yn dod yn fuan
staff-forbidden-title = Ni allwch ddefnyddio'r dudalen hon
staff-forbidden-text = Nid yw eich rôl yn cynnwys y dudalen hon. Os oes ei hangen arnoch, gofynnwch i weinyddwr.

staff-role-administrator = Gweinyddwr
staff-role-complaints-manager = Rheolwr cwynion
staff-role-rights-officer = Swyddog hawliau plant
staff-role-analyst = Dadansoddwr
staff-role-content-editor = Golygydd cynnwys

staff-sign-in-title = Mewngofnodi
staff-sign-in-email = Cyfeiriad e-bost
staff-sign-in-password = Cyfrinair
staff-sign-in-button = Parhau
staff-sign-in-help = Wedi anghofio eich cyfrinair neu wedi colli eich ffôn? Gofynnwch i weinyddwr ailosod eich cyfrif.
staff-sign-in-email-missing = Rhowch eich cyfeiriad e-bost
staff-sign-in-password-missing = Rhowch eich cyfrinair
staff-sign-in-wrong = Mae'r cyfeiriad e-bost neu'r cyfrinair yn anghywir
staff-sign-in-disabled = Mae'r cyfrif hwn wedi'i ddiffodd. Os oes ei angen arnoch eto, gofynnwch i weinyddwr.
staff-sign-in-wait = Gormod o ymgeisiau. Arhoswch { $minutes } { $minutes ->
        [zero] munud
        [one] munud
        [two] funud
        [few] munud
        [many] munud
       *[other] munud
    } a rhowch gynnig arall arni.
staff-sign-in-expired = Cawsoch eich allgofnodi am fod eich sesiwn wedi dod i ben. Mewngofnodwch eto.
staff-sign-in-signed-out = Rydych wedi allgofnodi.

staff-code-title = Rhowch eich cod diogelwch
staff-code-label = Cod diogelwch
staff-code-hint = Y cod 6 digid o'ch ap dilysu, neu un o'ch codau adfer.
staff-code-hint-setup = Y cod 6 digid y mae eich ap dilysu yn ei ddangos nawr.
staff-code-button = Mewngofnodi
staff-code-missing = Rhowch y cod o'ch ap dilysu
staff-code-wrong = Mae'r cod hwnnw'n anghywir neu wedi'i ddefnyddio'n barod. Rhowch y cod y mae eich ap yn ei ddangos nawr.
staff-code-no-session = Mae'r amser i fewngofnodi wedi dod i ben. Dechreuwch eto:

staff-setup-title = Sefydlu eich cyfrif
staff-setup-hello = Croeso, { $name }. Dewiswch gyfrinair, yna cysylltwch ap dilysu â'ch cyfrif.
staff-setup-password-heading = 1. Dewiswch gyfrinair
staff-setup-password = Cyfrinair newydd
staff-setup-password-hint = O leiaf 12 nod. Mae ychydig o eiriau nad ydynt yn perthyn i'w gilydd yn gwneud cyfrinair da. Gallwch ei gludo o reolwr cyfrineiriau.
staff-setup-confirm = Teipiwch y cyfrinair eto
staff-setup-app-heading = 2. Cysylltwch ap dilysu
staff-setup-app-text = Agorwch ap dilysu ar eich ffôn a sganiwch y cod hwn.
staff-setup-qr-alt = Cod QR i'w sganio gyda'ch ap dilysu
staff-setup-manual = Os na allwch ei sganio, teipiwch yr allwedd hon yn yr ap yn lle hynny:
staff-setup-code = Cod o'r ap
staff-setup-button = Gorffen sefydlu
staff-setup-code-wrong = Rhowch y cod 6 digid y mae eich ap dilysu yn ei ddangos nawr
staff-setup-invalid-title = Ni ellir defnyddio'r ddolen hon
staff-setup-invalid-text = Mae'r ddolen wedi'i defnyddio'n barod neu wedi dod i ben (mae dolenni'n para 3 diwrnod). Gofynnwch i weinyddwr am un newydd.
staff-setup-done-title = Mae eich cyfrif yn barod
staff-setup-done-text = Cadwch y codau adfer hyn mewn man diogel, ar wahân i'ch ffôn. Gallwch ddefnyddio pob un unwaith, yn lle cod o'ch ap. Ni fyddant yn cael eu dangos eto.

staff-password-too-short = Rhaid i'ch cyfrinair gynnwys o leiaf 12 nod
staff-password-too-long = Rhaid i'ch cyfrinair gynnwys 128 nod neu lai
staff-password-too-common = Mae'r cyfrinair hwnnw'n rhy gyffredin neu'n rhy hawdd ei ddyfalu. Rhowch gynnig ar ychydig o eiriau nad ydynt yn perthyn i'w gilydd.
staff-password-mismatch = Nid yw'r ddau gyfrinair yr un fath

staff-home-title = Hafan y staff
staff-home-hello = Helo, { $name }. Rydych wedi mewngofnodi fel { $role }.
staff-area-users-title = Cyfrifon staff
staff-area-users-text = Gwahodd staff, newid eu rôl, diffodd cyfrifon, ailosod cyfrineiriau.
staff-area-audit-title = Log archwilio
staff-area-audit-text = Pwy fewngofnododd, pwy newidiodd beth, a phob tro yr agorwyd gwaith achos.
staff-area-casework-title = Cwynion ac eiriolaeth
staff-area-casework-text = Gwaith achos drwy'r camau statudol a'r terfynau amser.
staff-area-contact-title = Ceisiadau cyswllt
staff-area-contact-text = Pobl ifanc a ofynnodd i rywun gysylltu â nhw.
staff-area-surveys-title = Rowndiau arolwg
staff-area-surveys-text = Agor a chau arolygon ar gyfer pob grŵp oedran.
staff-area-dashboard-title = Gwiriadau addewidion a chwynion
staff-area-dashboard-text = Atebion i "Ydy hyn yn digwydd i ti?", a chwynion ac eiriolaeth, fis wrth fis.
staff-area-results-title = Canlyniadau arolygon
staff-area-results-text = Beth ddywedodd pobl ifanc ym mhob cylch arolwg, fesul canlyniad, gyda rhifau bach wedi'u cuddio.
staff-area-actions-title = Dywedoch chi, fe wnaethon ni
staff-area-actions-text = Y log camau gweithredu, a'r hyn a gyhoeddir yn ôl i bobl ifanc.
staff-area-content-title = Cynnwys
staff-area-content-text = Yr Addewid, y Siarter, hawliau a hawlogaethau.

staff-users-title = Cyfrifon staff
staff-users-name = Enw
staff-users-email = Cyfeiriad e-bost
staff-users-role = Rôl
staff-users-role-of = Rôl { $name }
staff-users-status = Statws
staff-users-actions = Camau gweithredu
staff-users-status-active = Gweithredol
staff-users-status-pending = Heb ei sefydlu eto
staff-users-status-disabled = Wedi'i ddiffodd
staff-users-change-role = Newid rôl
staff-users-disable = Diffodd
staff-users-enable = Troi ymlaen
staff-users-reset = Ailosod y cyfrinair a'r ap
staff-users-invite-heading = Gwahodd aelod o staff
staff-users-invite-button = Gwahodd
staff-users-name-invalid = Rhowch enw (hyd at 100 nod)
staff-users-email-invalid = Rhowch gyfeiriad e-bost fel enw@example.org
staff-users-email-taken = Mae cyfrif gyda'r cyfeiriad e-bost hwnnw'n bodoli eisoes
staff-users-role-invalid = Dewiswch rôl
staff-users-not-yourself = Ni allwch ddiffodd eich cyfrif eich hun
staff-users-last-admin = Dyma'r gweinyddwr gweithredol olaf. Gwnewch rywun arall yn weinyddwr yn gyntaf.
staff-users-link-issued = Anfonwch y ddolen untro hon at { $name }. Mae'n gweithio am 3 diwrnod:
staff-users-link-once = Dim ond nawr y dangosir y ddolen. Os bydd yn mynd ar goll, ailosodwch y cyfrif i greu un newydd.

staff-audit-title = Log archwilio
staff-audit-intro = Pob mewngofnodi, pob ymgais aflwyddiannus i fewngofnodi, pob newid i gyfrifon staff a phob tro yr agorwyd gwaith achos. Ni ellir newid na dileu unrhyw beth yma.
staff-audit-action = Cam gweithredu
staff-audit-actor = Person
staff-audit-from = O
staff-audit-to = I
staff-audit-any = Unrhyw un
staff-audit-filter = Hidlo
staff-audit-when = Pryd
staff-audit-target = Targed
staff-audit-detail = Manylion
staff-audit-ip = Cyfeiriad IP
