# Machine-drafted translation: not yet reviewed by a native speaker.
# The frame around every young-person page.
site-name = Care Voice
skip-to-content = Neidio i'r prif gynnwys
lang-switcher-label = Dewis iaith
quick-exit = Gadael y wefan hon
quick-exit-hint = Gadael yn gyflym. Mae hyn yn agor tudalen Tywydd y BBC (BBC Weather).
help-panel-title = Cael help nawr
help-emergency = Mewn perygl nawr? Ffoniwch
help-childline = Childline, am ddim, ddydd a nos:
help-out-of-hours = Ein tîm gyda'r nos, yn y nos ac ar benwythnosau:
help-out-of-hours-sample = (Rhif enghreifftiol yw hwn. Dydy'r cyngor ddim wedi gosod ei rif ei hun eto.)
help-more = Rhagor o ffyrdd o gael help
read-aloud = Darllen y dudalen hon yn uchel
read-aloud-stop = Stopio darllen
footer-help = Cael help
footer-privacy = Preifatrwydd
footer-accessibility = Hygyrchedd
footer-run-by = { $council } sy'n rhedeg Care Voice.
