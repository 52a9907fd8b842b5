# Machine-drafted translation: not yet reviewed by a native speaker.
# The home page, /.
home-page-title = Care Voice: eich llais, eich hawliau
home-title = Eich llais, eich hawliau
home-intro-1 = Mae'r wefan hon ar gyfer plant mewn gofal. Mae hi hefyd ar gyfer pobl ifanc sydd wedi gadael gofal.
home-intro-2 = Dewch i wybod beth rydyn ni wedi'i addo i chi. Dywedwch wrthon ni sut mae pethau'n mynd. Dywedwch wrthon ni os oes rhywbeth o'i le.
home-intro-3 = Does dim angen i chi fewngofnodi na chreu cyfrif.
home-card-help-title = Cael help nawr
home-card-help-text = Pwy i'w ffonio os ydych chi mewn perygl, yn ofnus neu'n poeni.
home-card-privacy-title = Beth sy'n digwydd i'r hyn rydych chi'n ei ddweud wrthon ni
home-card-privacy-text = Pwy sy'n gallu gweld eich atebion, a beth rydyn ni'n ei gadw.
home-card-complaint-title = Mae rhywbeth o'i le
home-card-complaint-text = Dywedwch wrthym beth sydd o'i le, er mwyn i ni ei roi'n iawn.
home-card-advocate-title = Gofyn am eiriolwr
home-card-advocate-text = Cael rhywun sydd ar eich ochr chi yn unig.
home-card-track-title = Gwirio eich cwyn
home-card-track-text = Gweld beth sy'n digwydd, ychwanegu rhywbeth, neu ei stopio.
home-card-compliment-title = Dweud rhywbeth da wrthym
home-card-compliment-text = Diolch i rywun a helpodd.
home-card-pledge-title = Ein haddewidion i chi
home-card-pledge-text = Beth rydyn ni wedi'i addo i blant mewn gofal, a sut rydyn ni'n gwneud.
home-card-rights-title = Eich hawliau
home-card-rights-text = Beth gallwch chi ei ddisgwyl, sut i gwyno, a sut gall eiriolwr helpu.
home-card-charter-title = Siarter y Rhai sy'n Gadael Gofal
home-card-charter-text = Saith addewid i bobl ifanc sy'n gadael gofal.
home-card-entitlements-title = Beth gallwch chi ei gael
home-card-entitlements-text = Help i bobl sy'n gadael gofal, a beth sy'n newid yn 16, 18, 21 a 25 oed.
