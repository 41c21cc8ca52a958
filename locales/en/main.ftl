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
user-signed-in-as = Logged in as { $name }, { $authority }
organisation-commission = European Commission
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
inbox-empty-body-box = Requests of your authority that match these filters will be listed here.
inbox-new-request = New request
inbox-boxes = Request lists
inbox-total = { $count ->
    [one] One request
   *[other] { $count } requests
}
inbox-deadline = Deadline { $date }
inbox-number-label = Request number
inbox-sort-label = Order
inbox-sort-updated-desc = Most recently changed first
inbox-sort-updated-asc = Least recently changed first
inbox-sort-deadline-asc = Earliest deadline first
inbox-sort-number-desc = Highest number first
box-to-accept = To accept
box-to-answer = To answer or review
box-awaiting = Awaiting the other authority
box-overdue = Overdue
box-drafts = Drafts
box-closed = Closed
box-all = All

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
error-translation-not-configured = Machine translation is not available on this system.
error-translation-failed = The machine translation service did not answer. Please try again later.
error-unsupported-file-type = This file type is not accepted. Attach a PDF, an image or an office document.
error-edit-conflict = Someone else saved this record after you opened it. Reload the page to see their changes, then make yours again.
error-invalid-parameter = The address of this page is not valid. Check the link, or go back and try again.
error-rate-limited = This was done only a short while ago and cannot be repeated yet. Please try again later.
error-second-factor-required = Enter the code from your authenticator app.
error-invalid-second-factor = The code is wrong or has expired. Enter the code the app shows now.
error-second-factor-setup-required = Your roles require two-step log-in. Set it up on your account page to continue.
error-storage-full = The document could not be stored because the server's storage is full. Nothing was saved; please tell your IMI administrator.
error-personal-data-blocked = The personal data of this request is blocked under the retention rules: nothing can be added to it.
error-idempotency-key-reused = This change was already sent with a different content. Reload the page and make it again.
error-request-in-progress = This change is still being processed. Wait a moment and try again.
error-device-storage-full = This device has no room left to keep the change until the connection returns. Nothing was kept: free some space on the device, or make the change when you are online.
error-too-large-to-keep = This document is too large to be kept on the device until the connection returns. Attach it when you are online.

## Placeholder values (shared::placeholder::PlaceholderErrorCode)
## $label is the placeholder's label in the reader's language; $max and $length are numbers of
## characters.
placeholder-error-missing = Enter a value for “{ $label }”.
placeholder-error-empty = “{ $label }” cannot be empty.
placeholder-error-too-long = { $max ->
    [one] “{ $label }” may be at most { $max } character long; it now has { $length }.
   *[other] “{ $label }” may be at most { $max } characters long; it now has { $length }.
}
placeholder-error-control-character = “{ $label }” contains an invisible control character. Please type the value again.
placeholder-error-line-break = “{ $label }” must fit on one line.
placeholder-error-invalid-date = Enter “{ $label }” as year-month-day, for example 2025-03-31.
placeholder-error-nonexistent-date = The date entered for “{ $label }” does not exist in the calendar.
placeholder-error-unknown-country = For “{ $label }”, choose a country of the European Economic Area.
placeholder-error-invalid-email = “{ $label }” is not a valid e-mail address.
placeholder-error-invalid-person-name = “{ $label }” must be a person's name: letters, without digits.
placeholder-error-invalid-register-reference = “{ $label }” may contain only letters, digits, spaces and the characters - . /
placeholder-error-unexpected = A value was given for a field that none of the chosen questions uses.
placeholder-error-unknown-placeholder = A question uses an unknown field. Please inform your IMI coordinator.

## Question templates (shared::placeholder::TemplateErrorCode)
## $position is a character position counted from 1 (the SPA passes the code's 0-based position
## + 1); $name is a placeholder name as written.
template-error-unterminated = The placeholder starting at character { $position } is not closed.
template-error-empty-name = The placeholder at character { $position } has no name.
template-error-invalid-name = “{ $name }” (character { $position }) is not a valid placeholder name: it must start with a letter followed by letters, digits or “_”.
template-error-mismatched-delimiters = The placeholder at character { $position } is opened with one kind of bracket and closed with another.
template-error-nested = The placeholder at character { $position } contains another placeholder.
template-error-unknown-placeholder = “{ $name }” (character { $position }) is not a known placeholder.

## Request states (shared::lifecycle::RequestState)
request-state-draft = Draft
request-state-awaiting-acceptance = Awaiting acceptance
request-state-accepted = Accepted
request-state-info-requested = Information requested
request-state-answered = Answered
request-state-closed = Closed
request-state-withdrawn = Withdrawn

## Actions on a request (shared::lifecycle::ActionKind)
request-action-create = New request
request-action-edit = Edit
request-action-delete = Delete draft
request-action-send = Send
request-action-withdraw = Withdraw
request-action-accept = Accept
request-action-forward = Forward
request-action-request-info = Ask for more information
request-action-provide-info = Provide information
request-action-answer = Answer
request-action-split-off = Split off questions
request-action-request-clarification = Ask for clarification
request-action-close = Accept the answer and close

## Ratings of an answer (shared::lifecycle::Rating)
rating-positive = Good
rating-neutral = Acceptable
rating-negative = Poor

## Question check (a page for writing and trying question templates)
nav-question-check = Question check
question-check-title = Check a question
question-check-intro = Write a question as it will appear in a request, with placeholders for the details the requester fills in, and try it with values. The same rules apply here as when a request is sent.
question-check-template = Question text
question-check-template-help = Write each placeholder as {"${"}Name{"}"}, for example {"${"}SPBusinessName{"}"}. Known placeholders: { $names }.
question-check-values = Values
question-check-no-placeholders = This question has no placeholders.
question-check-preview = Preview
question-check-submit = Check on the server
question-check-accepted = The server accepts this question and its values.

## Question catalogue
nav-catalogue = Questions
catalogue-title = Question catalogue
catalogue-intro = The pre-translated questions that can be put in a request. The other authority reads each of them in its own language; placeholders are filled in by the requester.
catalogue-area-label = Legislative area
catalogue-count = { $count ->
    [one] { $count } question
   *[other] { $count } questions
}
area-services = Services
area-professional_qualifications = Professional qualifications
area-posting_of_workers = Posting of workers
area-ecommerce = Electronic commerce
answer-type-yes_no = Yes or no
answer-type-date = Date
answer-type-free_text = Free text
answer-type-document = Document
answer-type-choice = Choice from a list
answer-type-measurement = Measured value

## Finding authorities
nav-authorities = Authorities
authorities-title = Find an authority
authorities-intro = Search in any language by name, acronym, city or competence, for example a profession or an activity. Competences are matched in all the languages of the system.
authorities-search-label = Name, city or competence
authorities-country-label = Country
authorities-any-country = All countries
authorities-any-area = All areas
authorities-results = { $count ->
    [one] { $count } authority found
   *[other] { $count } authorities found
}
authorities-no-results = No authority matches this search.
## $country is a country's name in the reader's language; $label a profession's or activity's.
search-country-from-query = Showing authorities in { $country }, the country your search names.
search-none-declared = No authority in { $country } has declared itself competent for “{ $label }”.
search-none-declared-anywhere = No authority has declared itself competent for “{ $label }”.
search-ask-coordinator = The national IMI coordinator of { $country } can tell you which authority is competent:
authorities-match-name = Matches the name
authorities-match-acronym = Matches the acronym
authorities-match-city = Matches the city
authorities-match-competence = Competent for: { $label }
authorities-pages = Result pages
authorities-previous = Previous
authorities-next = Next
authorities-page = Page { $page } of { $pages }
profile-back = Back to the search
profile-country = Country
profile-acronym = Acronym
profile-level = Territory
level-national = National
level-regional = Regional
level-local = Local
profile-address = Address
profile-email = E-mail
profile-phone = Telephone
profile-role = Role in the system
profile-coordinator = National IMI coordinator
profile-areas = Legislative areas
profile-competences = Competent for

## Countries of the European Economic Area
country-AT = Austria
country-BE = Belgium
country-BG = Bulgaria
country-HR = Croatia
country-CY = Cyprus
country-CZ = Czechia
country-DK = Denmark
country-EE = Estonia
country-FI = Finland
country-FR = France
country-DE = Germany
country-GR = Greece
country-HU = Hungary
country-IE = Ireland
country-IT = Italy
country-LV = Latvia
country-LT = Lithuania
country-LU = Luxembourg
country-MT = Malta
country-NL = Netherlands
country-PL = Poland
country-PT = Portugal
country-RO = Romania
country-SK = Slovakia
country-SI = Slovenia
country-ES = Spain
country-SE = Sweden
country-IS = Iceland
country-LI = Liechtenstein
country-NO = Norway

## A request
request-title = Request { $number }
request-title-unknown = Request
request-overdue = Overdue
request-from = From
request-to = To
request-created = Created
request-requested-date = Answer requested by
request-deadline = Agreed deadline
request-subject = Who the request is about
request-personal-data-hidden = Personal data, the comment, messages and documents are shown once your authority accepts the request.
request-personal-data-coordinator = As a coordinator, you can follow the progress of the request. Its personal data, comment, messages and documents are for the two authorities only.
request-note-hidden = Text withheld: it may contain personal data.
request-blocked-on = Personal data blocked on
request-personal-data-blocked = Under the retention rules, the personal data of this request (whom it is about, free text and documents) was blocked on { $date }. Nobody can see it any more, and it will be deleted on { $deleted }.
request-personal-data-erased = Under the retention rules, the personal data of this request was deleted on { $date }. Only its outline is kept: dates, authorities, states and ratings.
personal-data-mark = Personal data
personal-data-legend = This sign marks personal data. Only the authorities handling the request see it; it is blocked, then deleted, after the request ends, as the retention rules require.
nav-data-subjects = Data subjects
data-subjects-title = Requests from data subjects
data-subjects-intro = When a person asks what your authority holds about them, find every request of your authority about them here, including those whose personal data is blocked, and make the report they are entitled to. Each search and each report is recorded with its reason.
data-subjects-reason = Reason
data-subjects-reason-help = For example, the date and reference of the person's request. It is recorded in the audit log.
data-subjects-search = Search
data-subjects-found = { $count ->
    [one] One request found
   *[other] { $count } requests found
}
data-subjects-none = No request of your authority is about this person.
data-subjects-include = Include in the report
data-subjects-side-requesting = Sent by your authority
data-subjects-side-responding = Received by your authority
data-subjects-stage-visible = Personal data visible
data-subjects-stage-blocked = Personal data blocked
data-subjects-stage-deleted = Personal data deleted
data-subjects-report-language = Language of the report
data-subjects-make-report = Make the report
data-subjects-print = Print the report
report-title = Personal data held about you
report-intro = { $authority } holds the following personal data about you in the Internal Market Information System (IMI), through which the authorities of the European Economic Area exchange information under Regulation (EU) No 1024/2012.
report-made-on = Report made on { $date }
report-request = Request { $number }
report-area = Area of law
report-data = Data held
report-disclosures = Sent or received
report-disclosure-sent = Sent to { $authority } on { $date }
report-disclosure-forwarded = Forwarded to { $authority } on { $date }
report-disclosure-split-off = Partly passed on to { $authority } on { $date }
report-disclosure-received-from = Received from { $authority } on { $date }
report-retention = Blocking and deletion
report-blocked-and-deleted = Blocked on { $blocked } (from then on nobody can see it) and deleted on { $deleted }.
report-not-ended = The request is still being handled. Its personal data will be blocked { $block } months after it ends and deleted { $delete } months after it ends.
report-count = { $field }: { $count }
report-field-document = Document
report-field-comment = Comment of the requesting authority
report-field-note = Messages and notes
report-field-text-answer = Written answers
report-field-answer-comment = Comments on answers
report-field-inspection-present = Present at the on-site inspection
report-empty = The requests of this authority hold no personal data about you.
timeline-fields = Corrected: { $fields }
request-rectify = Correct the personal data
request-rectify-title = Correct whom the request is about
request-rectify-help = The other authority is told which fields you corrected. The previous values are not kept.
request-rectify-save = Save the correction
request-comment = Comment
request-original-language = Original language: { $language }
request-questions = { $count ->
    [one] One question
   *[other] { $count } questions
}
request-answer = Answer
request-answer-comment = Comment on the answer
request-answer-choose = Choose an answer
request-answer-date = Date
request-answer-measurement = Measured value ({ $unit })
request-answer-text = Answer text
request-save-answers = Save answers
request-send-answer = Send the answer
request-actions = What you can do
request-propose-days = Or propose another deadline, in days
request-accept-proposed = Accept with this deadline
request-note = Text to send with it
request-rating-timeliness = Timeliness of the answer
request-rating-effort = Quality of the answer
request-rating-choose = Choose a rating
request-rating-needed = Rate the timeliness and the quality of the answer to close the request.
confirm-irreversible = This cannot be undone. Do you want to continue?
request-split-choose = Move this question to another authority
request-reuse = Start a new request from this one
request-timeline = History
timeline-new = New since your change
request-message = Message to the other authority
request-message-send = Send message
timeline-to = To: { $authority }
timeline-split-to = New request no. { $id }
subject-name = Name
subject-identifier = Registration or identification number
subject-birth-date = Date of birth
picker-label = Search for the authority (any language)
picker-more = Show more
answer-yes = Yes
answer-no = No
answer-unknown = Unknown
answer-date = A date
answer-text = A written answer
answer-measurement = A measured value
answer-document-attached = The document is attached
answer-document-not-available = The document is not available
event-created = Draft created
event-sent = Sent
event-withdrawn = Withdrawn
event-accepted = Accepted
event-forwarded = Forwarded
event-info-requested = More information requested
event-info-provided = Information provided
event-answered = Answered
event-split-off = Questions split off into a new request
event-clarification-requested = Clarification requested
event-closed = Answer accepted, request closed
event-message = Message
event-attachment-added = Document attached
toast-request-action-send = The request was sent.
toast-request-action-delete = The draft was deleted.
toast-request-action-withdraw = The request was withdrawn.
toast-request-action-accept = The request was accepted.
toast-request-action-forward = The request was forwarded.
toast-request-action-request-info = Your question was sent to the requesting authority.
toast-request-action-provide-info = The information was sent.
toast-request-action-answer = The answer was sent.
toast-request-action-split-off = The questions were moved to a new request.
toast-request-action-request-clarification = Your request for clarification was sent.
toast-request-action-close = The request was closed.
toast-answers-saved = Your answers were saved.

## Composing a request
compose-title = New request
compose-steps = Steps
compose-step-area = Legislative area
compose-step-authority = Authority
compose-step-subject = Subject
compose-step-questions = Questions
compose-step-details = Comment and date
compose-step-review = Review and send
compose-back = Back
compose-next = Next
compose-saved = Draft no. { $id } saved
compose-chosen-authority = Chosen: { $name }
compose-subject-help = The professional or service provider concerned. The receiving authority sees this only after accepting the request.
compose-comment-help = Written in your language; the other authority sees which language it is.
compose-incomplete = The request is not complete yet. The missing parts are marked.
compose-draft-title = Draft { $number }
compose-questions-filter = Filter the questions
compose-questions-chosen = Chosen questions: { $count }
compose-step-attention = needs attention
compose-review-fix = Correct these before sending:
compose-review-language = The questions are shown in your language; the receiving authority reads them in its own.
compose-review-none = None
field-error-missing = Required.
field-error-too-long = Too long.
field-error-not-in-future = Must be a date after today.
field-error-in-future = Cannot be in the future.
field-error-empty = Cannot be empty.
field-error-duplicate = Chosen twice.
field-error-unknown = Unknown.
field-error-other-area = Belongs to another legislative area.
field-error-area-not-handled = This authority does not handle the request's legislative area.
field-error-not-allowed = Not possible here.
field-error-too-many = Too many.

## Attached documents
request-documents = Documents
request-no-documents = No documents are attached.
request-documents-withheld = Documents are personal data: they are withheld here with the rest of the personal data of this request.
request-document-size = { $size } KB
upload-label = Attach a document
upload-choose = Choose a file…
upload-take-photo = Take a photo
upload-keep-original = Send photos at their original size (they are otherwise made smaller on this device first)
date-day = Day
date-month = Month
date-year = Year
upload-help = PDF, image or office document, up to 20 MB.
upload-question = The document answers
upload-no-question = No particular question
upload-question-number = Question { $number }
upload-progress = Upload progress

## E-mail notifications ($event is one of the event-* messages)
email-subject = Request { $number }: { $event }
email-body = Dear { $name },

    { $authority } has acted on request { $number }: { $event }.

    Open the request: { $link }

    This message was sent by the Internal Market Information System. Please do not reply to it.

email-invitation-subject = Your account in the Internal Market Information System (IMI): { $authority }
email-invitation-body = Dear { $name },

    { $inviter } has created an account for you in the Internal Market Information System (IMI), as a user of { $authority }.

    To activate it, open the following link and choose your password: { $link }

    The link can be used once and is valid for { $days ->
        [one] one day
       *[other] { $days } days
    }. If you did not expect this message, you can ignore it.

## Notifications
notifications-label = Notifications
notifications-unread = { $count ->
    [one] { $count } unread notification
   *[other] { $count } unread notifications
}
notifications-empty = No notifications.
notifications-mark-all-read = Mark all as read
notification-item = { $number }: { $event }

## Allocation and coordination
request-assigned-to = Assigned to { $name }
request-assign-label = Handler in charge
request-unassigned = Not assigned
toast-assigned = The handler in charge was changed.
toast-saved = Saved.
inbox-allocation-toggle = An allocator assigns each incoming request to one of your authority's request handlers
event-assigned = Assigned to a handler
event-reminded = Reminder from the coordinator
event-inactive = No activity for two months
event-rectified = Personal data corrected
nav-coordination = Coordination
coordination-title = Requests without activity
coordination-intro = Requests of your country's authorities on which nothing has happened for more than two months. Open one to forward it, or remind the authority that has to act next.
coordination-empty = No request has been inactive for more than two months.
coordination-last-change = Last change { $date }
coordination-remind = Send a reminder
toast-reminded = The reminder was sent.

## Machine translation of free text
request-translate = Translate into my language
request-info-asked = { $authority } asks for this information:
request-translation-unavailable = This text is in another language, and machine translation is not set up on this server.
request-machine-translation = Machine translation:

## Overview filters
inbox-state-label = State
inbox-any-state = Any state
inbox-from-label = Changed on or after
inbox-to-label = Changed on or before
inbox-assigned-to-me = Only requests assigned to me

## Registry administration (coordinators) and user administration (local administrators)
nav-registry = Registry
nav-users = Users
registry-title = Registry administration
registry-intro = Register the authorities of your country, or import many at once from a CSV file. To correct an authority, find it in the search and open its profile.
registry-new = Register an authority
registry-import-title = Import from a CSV file
registry-import-help = One authority per row, with the columns described in the import guide. If any row is wrong, nothing is imported; importing the same file again changes nothing.
registry-import-file = CSV file
registry-import-progress = Import progress
registry-import-done = Imported: { $created } new, { $updated } updated, { $unchanged } unchanged.
registry-import-refused = Nothing was imported. Correct these rows and import the file again:
registry-import-line = Line
registry-import-column = Column
registry-import-reason = Reason
form-title-new = Register an authority
form-title-edit = Edit { $name }
form-errors = Please correct the marked fields.
form-name = Name in its own language
form-name-language = Language of the name
form-other-names = Names in other official languages
form-other-name = Other name { $number }
form-other-name-add = Add a name in another language
form-other-name-remove = Remove
form-name-en = Name in English
form-city = City
form-level-help = The part of the country it is competent for. Where several authorities match a search equally, the national one is listed first.
form-phone-help = In international form, for example +371 6701 2345.
form-competences-filter = Find a competence to add
form-administrator = First local administrator
form-administrator-help = This person receives an invitation by e-mail, chooses a password and then manages the users of the authority.
form-person-name = Full name
form-invitation-language = Language of the invitation
form-save = Save
form-register = Register
form-cancel = Cancel
profile-edit = Edit
authority-send-request = Send a request to this authority
profile-area-coordinator = IMI coordinator for its legislative areas
profile-other-names = Other names
profile-registered-by = Registered by
profile-registered-by-value = { $user }, { $authority }
users-title = Users
users-roles = Roles
users-active = Active
users-pending = Invitation not yet accepted
users-invitation-expired = Invitation expired
users-resend-invitation = Send the invitation again
toast-invitation-resent = A new invitation was sent; the earlier link no longer works.
users-inactive = Deactivated
users-invited-by = Invited by { $name }
users-may-log-in = May log in
users-invite-title = Invite a colleague
users-invite = Send the invitation
toast-invited = The invitation was sent.
invitation-title = Welcome to IMI
invitation-intro = { $name }, you have been invited to the Internal Market Information System as a user of { $authority } ({ $country }). Choose your password to activate your account.
password-help = { $count ->
    [one] At least one character. A few unrelated words make a good password; common passwords and your own name or address are refused.
   *[other] At least { $count } characters. A few unrelated words make a good password; common passwords and your own name or address are refused.
}
invitation-repeat = Repeat the password
invitation-mismatch = The two passwords are not the same.
invitation-accept = Activate my account
invitation-invalid = This invitation link is unknown, has already been used or has expired. Ask your local administrator or your IMI coordinator for a new invitation.
field-error-invalid-email = Not a valid e-mail address.
field-error-invalid-phone = Not a telephone number in international form (+ followed by digits).
field-error-not-yours = Outside the legislative areas you coordinate.
field-error-taken = Already used by another account.
field-error-too-short = Too short.
field-error-last-administrator = The authority must keep at least one active local administrator.
field-error-control-character = Contains a control character or a text-direction mark; please remove it.
field-error-not-own-country = Choose an authority of your own country.
field-error-too-personal = Must not contain your e-mail address or your name.
field-error-too-guessable = Too easy to guess: a common password or close to one. Use a longer phrase of unrelated words.
field-error-wrong-code = The code is wrong or has expired.
field-error-no-setup = The setup was not started or was replaced; start it again.
field-error-no-second-factor = Two-step log-in is not on.
field-error-required-by-role = Your roles require two-step log-in; it cannot be turned off.
field-error-wrong-password = The password is wrong.
field-error-self = You cannot deactivate your own account.
field-error-other-country = Belongs to another country.
field-error-not-utf8 = The file is not UTF-8 text. Save it from your spreadsheet as “CSV UTF-8”.
field-error-unreadable = This row cannot be read as CSV.
field-error-unknown-column = Unknown column.
field-error-missing-column = A required column is missing.
field-error-wrong-column-count = This row does not have as many cells as the header.
field-error-too-many-rows = Too many rows: at most 20,000 per file.
field-error-invalid-format = Not in the expected form.
field-error-duplicate-of-line = The same reference as on line { $line }.
field-error-out-of-range = Outside the allowed range.
field-error-out-of-range-between = Must be between { $min } and { $max }.
field-error-invalid-date = Not a date.
field-error-nonexistent-date = This date does not exist.
field-error-invalid-person-name = Not a person's name.
field-error-invalid-register-reference = Not a register reference.
field-error-unknown-country = Not a country the system knows.
field-error-unknown-placeholder = A placeholder the system does not know.
field-error-unexpected = Not part of the chosen questions.
field-error-line-break = Must be on one line.
field-error-none-left = At least one question must stay in the request.
field-error-not-a-handler = Not an active request handler of this authority.
field-error-not-a-coordinator = Not a coordinator.
field-error-not-asked = Not one of the request's questions.
field-error-not-here = Not possible here.
field-error-unterminated = A placeholder is opened and never closed.
field-error-empty-name = A placeholder has no name.
field-error-invalid-name = A placeholder's name is not valid.
field-error-mismatched-delimiters = The brackets do not match.
field-error-nested = A placeholder is inside another.
field-error-wrong-kind = This kind of answer does not fit the question.
field-error-no-attachment = No document is attached to this question.

## Account: two-step log-in, sessions, password
login-code = Code from your authenticator app
login-code-intro = Your account uses two-step log-in. Enter the code your authenticator app shows now.
login-code-help = Six digits from the app, or one of your recovery codes.
user-account = Your account
account-title = Your account
account-second-factor-title = Two-step log-in
account-second-factor-intro = After your password, log-in asks for a six-digit code from an authenticator app on your phone, such as FreeOTP, Aegis, Google Authenticator or Microsoft Authenticator.
account-second-factor-required = Your roles (local administrator or coordinator) require two-step log-in. Set it up now to continue.
account-second-factor-on = { $count ->
    [one] Two-step log-in is on. One recovery code is left.
   *[other] Two-step log-in is on. { $count } recovery codes are left.
}
account-second-factor-off = Two-step log-in is off.
account-second-factor-start = Set up two-step log-in
account-second-factor-scan = Scan this code with your authenticator app, or type the key below into it. Then enter the code the app shows.
account-second-factor-qr = QR code to add your account to an authenticator app
account-second-factor-key = Key
account-second-factor-code = Code from the app
account-second-factor-confirm = Turn on two-step log-in
account-second-factor-disable = Turn off two-step log-in
account-recovery-title = Recovery codes
account-recovery-intro = Keep these codes somewhere safe, away from your phone. Each one logs you in once if the phone is lost. They are shown only now.
account-recovery-done = I have saved them
account-recovery-renew = New recovery codes
account-sessions-title = Where you are logged in
account-session-browser = Browser
account-session-address = Address
account-session-started = Started
account-session-ends = Ends
account-session-current = This session
account-session-unknown = Unknown
account-session-end = Log out there
account-sessions-end-others = Log out everywhere else
account-password-title = Password
account-password-current = Current password
account-password-new = New password
account-password-repeat = Repeat the new password
account-password-change = Change the password
toast-second-factor-on = Two-step log-in is on.
toast-second-factor-off = Two-step log-in is off.
toast-recovery-renewed = New recovery codes were generated; the old ones no longer work.
toast-session-ended = That session has ended.
toast-sessions-ended = Your other sessions have ended.
toast-password-changed = Your password was changed, and your other sessions have ended.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## $number is a count as the reader's locale writes it, and $count the same count as a number
## (for the plural form). $from, $to and $today are dates; $value, $green and $red are values
## already written in the reader's locale (a percentage, or days); $zone is a time zone
## (UTC); $indicator is the name of one of the statistics-figure-* figures.
nav-statistics = Statistics
statistics-title = Statistics
statistics-intro = How many requests travel, how fast they are accepted and answered, and how the requesting authorities rate the answers. No person, name or text is part of these figures.
statistics-print = Print
statistics-filters = Filters
statistics-from = From
statistics-to = To
statistics-partner = Partner country
statistics-direction = Direction
statistics-direction-all = Sent and received
statistics-direction-sent = Sent
statistics-direction-received = Received
statistics-granularity = Steps of the series
statistics-granularity-month = Month
statistics-granularity-quarter = Quarter
statistics-granularity-year = Year
statistics-whose = Whose figures
statistics-scope-everything = All countries
statistics-scope-areas = { $country }: your areas
statistics-scope-authority = Your authority
statistics-your-areas = Your legislative areas
statistics-period = Requests sent from { $from } to { $to }
statistics-as-of = Days are calendar days in { $zone }; figures as of { $today }.
statistics-volumes-heading = Volumes
statistics-performance-heading = Speed and satisfaction
statistics-performance-intro = Speed and satisfaction are those of the responding side: they count the requests sent to these authorities in the period. Each figure says how many requests it rests on; a figure that rests on few requests can change a lot.
statistics-figure-sent = Requests sent
statistics-figure-received = Requests received
statistics-figure-open-now = Open now
statistics-figure-overdue-now = Overdue now
statistics-figure-accepted-in-time = Accepted within 7 days
statistics-figure-average-days = Average days to answer
statistics-figure-median-days = Median days to answer
statistics-figure-by-agreed-date = Answered by the agreed date
statistics-figure-within-two-weeks = Answered within two weeks
statistics-figure-negative-timeliness = Negative ratings of timeliness
statistics-figure-negative-effort = Negative ratings of quality
statistics-what-is-counted = What is counted
statistics-definition-sent = Requests these authorities sent in the period, each counted on the day it was sent. Drafts never count. A forwarded request counts once; a request split off from another is a request of its own, sent the day it was split off; a withdrawn request still counts. Days are calendar days in UTC.
statistics-definition-received = Requests sent to these authorities in the period, each counted on the day it was sent. A forwarded request counts once, for the authority that holds it last; a withdrawn request still counts. Days are calendar days in UTC.
statistics-definition-open-now = Requests of these authorities, sent or received, that today wait for acceptance, are accepted, or wait for information, whenever they were sent: this figure is not limited to the period.
statistics-definition-overdue-now = Of the requests open now, those whose agreed deadline has passed today (calendar days in UTC). Not limited to the period either.
statistics-definition-accepted-in-time = Of the requests received that were accepted, or have waited more than 7 days without being accepted, the share accepted at most 7 calendar days after receipt. A request is received the day it was sent or, when it was forwarded, the day of the last forward, so that an authority is not charged for the days another one held it. A withdrawn request counts only if it was accepted. Days are calendar days in UTC.
statistics-definition-average-days = The average number of calendar days (UTC) from receipt (the day sent, or of the last forward) to the first answer, over the received requests that have been answered. When clarification was asked after an answer, the first answer still counts.
statistics-definition-median-days = The middle of the same numbers of days from receipt to the first answer: half of the answers took this long or less. Of an even number of answers, the lower of the two middle ones.
statistics-definition-by-agreed-date = Of the answered requests that have an agreed deadline, the share first answered on or before that day (calendar days in UTC).
statistics-definition-within-two-weeks = Of the answered requests, the share first answered at most 14 calendar days (UTC) after receipt (the day sent, or of the last forward).
statistics-definition-negative-timeliness = Of the received requests that the requesting authority rated when closing them, the share whose answer it rated negative for timeliness.
statistics-definition-negative-effort = Of the received requests that the requesting authority rated when closing them, the share whose answer it rated negative for its quality (the Commission's scoreboard calls this rating "effort").
statistics-no-figure = No requests
statistics-based-on = { $count ->
    [one] Based on { $number } request
   *[other] Based on { $number } requests
}
statistics-eea = EEA
statistics-eea-value = EEA: { $value }
statistics-band-green = Good
statistics-band-yellow = To watch
statistics-band-red = Poor
statistics-legend-title = Thresholds of the bands
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: good from { $green }, poor below { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: good below { $green }, poor above { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: good from { $green }, poor below { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: good below { $green }, poor from { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: good below { $green }, poor from { $red }.
statistics-quarter = Q{ $quarter } { $year }
statistics-quarter-short = Q{ $quarter }
statistics-charts-heading = Over time
statistics-volumes-title = Requests sent and received
statistics-acceptance-title = Share of requests accepted within 7 days
statistics-days-title = Average days to answer
statistics-axis-requests = Requests
statistics-axis-share = Share
statistics-axis-days = Days
statistics-show-table = Show as table
statistics-tables-heading = Breakdowns
statistics-column-period = Period
statistics-column-sent = Sent
statistics-column-received = Received
statistics-column-based-on = Based on (requests)
statistics-column-area = Legislative area
statistics-column-partner = Partner country
statistics-column-country = Country
statistics-column-from-to = From (rows) to (columns)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Requests by legislative area
statistics-by-partner-title = Requests by partner country
statistics-by-partner-intro = The partner is the country on the other side: the responding country of a request sent, the requesting country of a request received.
statistics-exchanges-title = Requests from country to country
statistics-exchanges-intro = Each row is a requesting country, each column a responding one; only the countries with requests in the period are listed.
statistics-scoreboard-title = Scoreboard of the responding countries
statistics-scoreboard-intro = Each country's indicators as the responding side, for the requests it received in the period, with their bands as in the thresholds above.
statistics-csv = Download CSV
statistics-csv-failed = This browser could not make the file.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: band
statistics-csv-based-on = { $indicator }: based on (requests)
statistics-empty-title = No requests in this period
statistics-empty-body = No request matching these filters was sent in this period. Choose a longer period or fewer filters.
statistics-error-before-start = Must not be before the first day of the period.
statistics-error-too-long = { $count ->
    [one] The period may be at most { $days } day long.
   *[other] The period may be at most { $days } days long.
}

## Alerts: one authority warning many

role-alert_coordinator = Alert coordinator
field-error-before-start = Cannot be before the date the decision applies from.
alert-state-draft = Draft
alert-state-awaiting-approval = Awaiting the alert coordinator's approval
alert-state-sent = Sent
alert-state-closure-proposed = Closure proposed
alert-state-closed = Closed
alert-state-withdrawn = Withdrawn
alert-action-edit = Edit
alert-action-delete = Delete draft
alert-action-send = Send alert
alert-action-approve = Approve and send
alert-action-reject = Return to the sender
alert-action-acknowledge = Acknowledge receipt for the country
alert-action-pass-on = Pass on to authorities
alert-action-acknowledge-receipt = Acknowledge receipt
alert-action-modify = Modify
alert-action-withdraw = Withdraw
alert-action-propose-closure = Propose closure
alert-action-reject-closure = Keep the alert open
alert-action-close = Close alert
alert-event-created = Draft created
alert-event-submitted = Submitted for approval
alert-event-approved = Approved by the alert coordinator
alert-event-rejected = Returned to the sender
alert-event-sent = Alert sent
alert-event-acknowledged = Receipt acknowledged by the country's alert coordinator
alert-event-passed-on = Passed on to competent authorities
alert-event-receipt-acknowledged = Receipt acknowledged by the authority
alert-event-modified = Alert modified
alert-event-withdrawn = Alert withdrawn
alert-event-withdrawn-wrong = Alert withdrawn: it proved to be unfounded
alert-event-closure-proposed = Closure proposed
alert-event-closure-rejected = The alert stays open
alert-event-closed = Alert closed
alert-event-end-reminder = The decision no longer applies: close or withdraw the alert
alert-event-late-reminder = Overdue: the decision ended more than 3 days ago and the alert is still open
email-alert-subject = Alert { $number }: { $event }
email-alert-body = Dear { $name },

    { $authority } has acted on alert { $number } ({ $kind }): { $event }.

    Open the alert: { $link }

    This message was sent by the Internal Market Information System. Please do not reply to it.

alert-delivery-received = Received, not yet acknowledged
alert-delivery-acknowledged = Acknowledged
alert-delivery-passed-on = Passed on to competent authorities
alert-box-drafts = Alert drafts
alert-box-sent = Alerts sent
alert-box-to-approve = Alerts to approve
alert-box-to-acknowledge = Alerts to acknowledge
alert-box-received = Alerts received

## Alerts: the pages

nav-alerts = Alerts
alerts-title = Alerts
alerts-intro = Alerts warn the competent authorities of other countries about a professional or a service provider: a ban or restriction on practising, a falsified diploma, a danger to health, safety or the environment.
alerts-boxes = Alert lists
alerts-new = New alert
alerts-check-link = Check a professional
alerts-in-force = Alerts in force
alerts-unread = Unread alert updates
# Said by screen readers when the number of unread alert updates rises.
live-alert-news = { $count ->
    [one] One unread alert update
   *[other] { $count } unread alert updates
}
alerts-empty-title = No alerts here
alerts-empty-body = When an alert reaches your country or your authority, or when your authority sends one, it is listed here.
alerts-total = { $count ->
    [one] { $count } alert
   *[other] { $count } alerts
}
alert-title = Alert { $number }
alert-title-unknown = Alert
alert-subject-withheld = Personal data not shown
alert-unread = New since you last opened it
alert-from-country = From { $country }
alert-details = Details
alert-sender = Sending authority
alert-sent-at = Sent on
alert-revision-label = Modifications
alert-revision = { $count ->
    [one] Modified once since it was sent
   *[other] Modified { $count } times since it was sent
}
alert-personal-hidden = The personal data of this alert is shown only to the sender, the alert coordinators and the authorities it was passed on to.
alert-comment = Comment
alert-comment-help = For the recipients: what they should know beyond the fields above. Write in your own language; each reader can have it machine-translated.
alert-late-reason = Why the alert is sent late
alert-proved-wrong = This alert was withdrawn because it proved to be unfounded.
alert-due-left = { $days ->
    [0] Due today: an alert must be sent within 3 days of the decision.
    [one] { $days } day left to send this alert.
   *[other] { $days } days left to send this alert.
}
alert-due-late = { $days ->
    [one] { $days } day late: say why the alert is sent late.
   *[other] { $days } days late: say why the alert is sent late.
}
alert-actions = What you can do
alert-note = Reason
alert-note-help = Required to return, withdraw or propose closing the alert; every recipient reads it.
alert-note-missing = Give a reason first.
alert-withdraw-proved-wrong = The alert proved to be unfounded: tell every recipient so
alert-conflict = { $error } The alert is now: { $state }.
alert-deliveries = Recipients
alert-deliveries-summary = { $count ->
    [one] Acknowledged by { $acknowledged } of { $count } country.
   *[other] Acknowledged by { $acknowledged } of { $count } countries.
}
alert-column-country = Country
alert-column-delivery = Alert coordinator
alert-column-authorities = Competent authorities
alert-received-at = received { $date }
alert-acknowledged-at = acknowledged { $date }
alert-not-acknowledged = receipt not yet acknowledged
alert-read-at = read { $date }
alert-not-read = not yet read
alert-no-recipients = Not passed on yet
alert-timeline = Timeline
alert-event-for-country = for { $country }
alert-pass-on-title = Pass on to competent authorities
alert-pass-on-help = The registry suggests the authorities of your country that are competent for this profession or activity. Untick those that should not receive it, or add others.
alert-pass-on-none = The registry knows no authority of your country competent for this profession or activity. Add the authorities that should receive it.
alert-pass-on-already = (already received it)
alert-pass-on-add = Add another authority
alert-pass-on-own-country = Alerts can only be passed on to authorities of your own country.
alert-pass-on-submit = { $count ->
    [one] Pass on to { $count } authority
   *[other] Pass on to { $count } authorities
}
alert-compose-title = New alert
alert-draft-title = Alert draft { $number }
alert-modify-title = Modify alert { $number }
alert-step-kind = Kind of alert
alert-step-fields = Details
alert-step-countries = Countries
alert-step-review = Comment and sending
alert-kind-legal-basis = Legal basis: { $basis }
alert-choose-kind-first = Choose the kind of alert first.
alert-field-required = { $label } (required)
alert-choose = Choose…
alert-countries-all = This alert goes to the alert coordinators of all 30 EEA countries.
alert-countries-choose = Choose the countries where the provider operates or where the risk may arise.
alert-countries-always = { $country } receives this alert in any case, as the country of establishment.
alert-countries-none = No country chosen yet.
alert-goes-to = Goes to: { $countries }
alert-approval-note = Alerts from your country are approved by its alert coordinator before they are sent.
alert-modify-note = Every recipient is told that the alert was modified.
alert-problems = Still to complete
alert-incomplete = The alert is not complete yet. The missing parts are marked.
alert-save-draft = Save draft
alert-save-modification = Save modification
alert-submit = Submit for approval
alert-check-title = May this professional practise?
alert-check-intro = Search the professional qualification alerts in force that reached your country or authority, by name. Accents and one typing error are forgiven. An alert found means a ban or restriction applies in its country; no alert found is no proof of good standing.
alert-check-name = Name of the professional
alert-check-profession = Profession
alert-check-any-profession = Any profession
alert-check-submit = Search alerts
alert-check-none = No alert in force names { $name }.
alert-check-found = { $count ->
    [one] { $count } alert in force found
   *[other] { $count } alerts in force found
}
toast-alert-saved = Draft saved.
toast-alert-sent = Alert sent.
toast-alert-submitted = Alert submitted for approval.
toast-alert-modified = Alert modified; the recipients are told.
toast-alert-deleted = Draft deleted.
toast-alert-passed-on = Alert passed on.
toast-alert-done = Done: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = You are offline. The requests you have opened stay readable; the answers, messages and documents you add are kept on this device and sent when the connection returns.
update-ready = A new version of the system is ready.
update-reload = Load the new version

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] One change made offline is waiting to be sent.
   *[other] { $count } changes made offline are waiting to be sent.
}
queue-sending = Sending the changes made offline…
queue-attention = { $count ->
    [one] One change made offline was not sent and needs your decision.
   *[other] { $count } changes made offline were not sent and need your decision.
}
queue-title = Waiting to be sent
queue-intro = Made without a connection and kept on this device. They are sent in order as soon as the connection returns.
queue-kind-answers = Answers (saved, not sent to the requesting authority)
queue-kind-answer = Answers to send to the requesting authority
queue-kind-message = Message
queue-kind-document = Document “{ $name }” ({ $size } KB)
queue-made-at = Written on { $time }
queue-status-waiting = Waiting for the connection.
queue-status-conflict = Not sent: the request changed after you wrote this, and is now “{ $state }”. See what changed in the history below, then send it anyway or discard it.
queue-status-refused = Not sent: { $error }
queue-send-anyway = Send anyway
queue-edit = Edit
queue-discard = Discard
queue-discard-confirm = Discard this change? What you wrote will be deleted from this device.
queue-logout-confirm = { $count ->
    [one] One change made offline has not been sent yet. Logging out deletes it from this device. Log out anyway?
   *[other] { $count } changes made offline have not been sent yet. Logging out deletes them from this device. Log out anyway?
}
toast-queued = No connection: the change is kept on this device and will be sent when the connection returns.
toast-queue-sent = { $count ->
    [one] The change made offline has been sent.
   *[other] The { $count } changes made offline have been sent.
}

## Inspections on site: the request's kind, and the on-site report with the signatures of those present
compose-kind-label = What do you ask for?
request-kind-information = Information
request-kind-information-help = The other authority answers your questions from its records.
request-kind-inspection = Inspection on site
request-kind-inspection-help = The other authority inspects the premises, equipment or site concerned and reports its findings, with photos and the signatures of those present.
request-checklist = { $count ->
    [one] Checklist: one item
   *[other] Checklist: { $count } items
}
inspection-title = On-site report
inspection-help = Record the inspection as you carry it out: answer the checklist above, add photos as documents, then note the day and the place and have each person present sign here. The answer can be sent once you have signed.
inspection-pending = The on-site report is shown here with the answer.
inspection-inspected-on = Day of the inspection
inspection-place = Place inspected
inspection-place-help = The address, and the site or premises (for example: building site, gate 2).
inspection-present = Persons present
inspection-signer-name = Name
inspection-signer-role = Present as
inspection-signer-refused = Refused to sign
inspection-signer-unnamed = the person present
inspection-signer-unsigned = Not part of the report until they sign or refuse to sign.
inspection-signer-add = Add a person present
inspection-signer-remove = Remove this person
inspection-signature-of = Signature of { $name }
inspection-signature-clear = Clear the signature
inspection-signature-needed = The inspector's signature is needed before the answer can be sent.
inspection-refused-to-sign = Refused to sign.
signer-role-inspector = Inspector
signer-role-provider-representative = Representative of the provider or employer
signer-role-worker = Worker
signer-role-witness = Witness
queue-kind-report = On-site report (saved, not sent to the requesting authority)
