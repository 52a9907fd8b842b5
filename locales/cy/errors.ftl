# Machine-drafted translation: not yet reviewed by a native speaker.
# Error pages. They never say anything about how the app works inside.
not-found-page-title = Heb ddod o hyd i'r dudalen: Care Voice
not-found-title = Allwn ni ddim dod o hyd i'r dudalen honno
not-found-p-1 = Efallai fod y ddolen yn anghywir, neu fod y dudalen wedi symud.
not-found-p-2 = Gwiriwch y cyfeiriad, neu ewch yn ôl i'r dechrau.
server-error-page-title = Aeth rhywbeth o'i le: Care Voice
server-error-title = Mae'n ddrwg gennym, aeth rhywbeth o'i le
server-error-p-1 = Nid eich bai chi yw hyn. Rhowch gynnig arall arni ymhen ychydig funudau.
server-error-p-2 = Os oes angen help arnoch chi nawr, ffoniwch un o'r rhifau ar frig y dudalen hon.
error-go-home = Mynd i'r dechrau
too-many-page-title = Arhoswch funud: Care Voice
too-many-title = Arhoswch funud
too-many-p-1 = Cawsom lawer o negeseuon o'r ffôn hwn neu'r cysylltiad rhyngrwyd hwn mewn amser byr.
too-many-p-2 = Arhoswch un funud, yna ewch yn ôl a rhoi cynnig arall arni. Efallai bod yr hyn a deipioch chi yn dal ar y dudalen olaf.
