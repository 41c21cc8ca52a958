# English: the source language of the interface and the fallback for every other locale.

## The application
app-name = Internal Market Information System
app-short-name = IMI
app-tagline = Administrative cooperation between the competent authorities of the European Economic Area
skip-to-content = Skip to main content
loading = Loading…

## Navigation and the user's menu
nav-label = Main navigation
nav-inbox = Inbox
language-label = Language
user-signed-in-as = Signed in as { $name }, { $authority }
logout = Log out
toast-dismiss = Dismiss
toast-logged-out = You have logged out.

## Log-in page
login-title = Log in
login-intro = Use the account that your authority's administrator or your national IMI coordinator created for you.
login-email = E-mail address
login-password = Password
login-submit = Log in
login-submitting = Logging in…
field-required = This field is required.

## Inbox
inbox-title = Inbox
inbox-empty-title = No requests yet
inbox-empty-body = Information requests that other authorities send to { $authority } will be listed here.

## Pages that do not exist
not-found-title = Page not found
not-found-body = The address you followed does not lead to any page of this system.
not-found-home = Go to the inbox

## Roles
roles-label = Your roles
role-request_handler = Request handler
role-allocator = Allocator
role-local_administrator = Local data administrator
role-coordinator = IMI coordinator
role-commission_observer = Commission observer

## Errors returned by the server, by code
error-internal-error = Something went wrong on the server. Please try again; if the problem persists, contact your administrator.
error-database-unavailable = The system's database cannot be reached at the moment. Please try again in a few minutes.
error-not-found = What you asked for does not exist, or you do not have access to it.
error-method-not-allowed = This action is not possible here.
error-unauthenticated = Your session has ended. Please log in again.
error-forbidden = You do not have the rights needed for this action.
error-invalid-credentials = The e-mail address or the password is incorrect.
error-too-many-attempts = { $seconds ->
    [one] Too many unsuccessful attempts. Please wait { $seconds } second before trying again.
   *[other] Too many unsuccessful attempts. Please wait { $seconds } seconds before trying again.
}
error-malformed-json = The server could not read the data sent. Please reload the page and try again.
error-unsupported-media-type = The server does not accept data in this format.
error-payload-too-large = The data sent is larger than the server accepts.
error-validation-failed = Some fields are not filled in correctly. Please check the marked fields.
error-network-error = The server cannot be reached. Check your network connection and try again.
error-invalid-transition = This action is not possible in the request's current state. Please reload the page to see what can be done now.
