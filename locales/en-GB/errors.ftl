# Error pages. They never say anything about how the app works inside.
not-found-page-title = Page not found: Care Voice
not-found-title = We cannot find that page
not-found-p-1 = The link may be wrong, or the page may have moved.
not-found-p-2 = Check the address, or go back to the start.
server-error-page-title = Something went wrong: Care Voice
server-error-title = Sorry, something went wrong
server-error-p-1 = It is not your fault. Please try again in a few minutes.
server-error-p-2 = If you need help now, call one of the numbers at the top of this page.
error-go-home = Go to the start
too-many-page-title = Please wait a minute: Care Voice
too-many-title = Please wait a minute
too-many-p-1 = We had a lot of messages from this phone or this internet connection in a short time.
too-many-p-2 = Wait one minute, then go back and try again. What you typed may still be on the last page.
