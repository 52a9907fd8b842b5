# /accessibility: the accessibility statement.
accessibility-page-title = Accessibility: Care Voice
accessibility-title = Accessibility statement
accessibility-intro-1 = We want everyone to be able to use Care Voice.
accessibility-s1-title = How you can use this site
accessibility-s1-p-1 = You can make the text bigger, up to 200%, and nothing is cut off.
