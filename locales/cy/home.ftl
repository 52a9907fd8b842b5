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
home-card-survey-title = Dweud dy ddweud
home-card-survey-text = Ateb arolwg byr am sut mae pethau'n mynd. Dwyt ti ddim yn rhoi dy enw.
