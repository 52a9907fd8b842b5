# The frame around every young-person page.
site-name = Care Voice
skip-to-content = Skip to main content
lang-switcher-label = Choose a language
quick-exit = Leave this site
quick-exit-hint = Leave quickly. This opens the BBC Weather page.
help-panel-title = Get help now
help-emergency = In danger now? Call
help-childline = Childline, free, day or night:
help-out-of-hours = Our team for evenings, nights and weekends:
help-out-of-hours-sample = (This is a sample number. The council has not set its own number yet.)
help-more = More ways to get help
read-aloud = Read this page aloud
read-aloud-stop = Stop reading
footer-help = Get help
footer-privacy = Privacy
footer-accessibility = Accessibility
footer-run-by = Care Voice is run by { $council }.
