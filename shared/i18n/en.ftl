# Messages for the codes defined in the `shared` crate (placeholder values, templates, request
# states, actions, ratings). English is the source and the fallback.
# Variables: $label is the placeholder's label in the reader's language; $max and $length are
# numbers of characters; $name is a placeholder name as written; $position is a character
# position counted from 1 (the SPA passes the code's 0-based position + 1).

## Placeholder values (PlaceholderErrorCode)
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

## Question templates (TemplateErrorCode)
template-error-unterminated = The placeholder starting at character { $position } is not closed.
template-error-empty-name = The placeholder at character { $position } has no name.
template-error-invalid-name = “{ $name }” (character { $position }) is not a valid placeholder name: it must start with a letter followed by letters, digits or “_”.
template-error-mismatched-delimiters = The placeholder at character { $position } is opened with one kind of bracket and closed with another.
template-error-nested = The placeholder at character { $position } contains another placeholder.
template-error-unknown-placeholder = “{ $name }” (character { $position }) is not a known placeholder.

## Request states (RequestState)
request-state-draft = Draft
request-state-awaiting-acceptance = Awaiting acceptance
request-state-accepted = Accepted
request-state-info-requested = Information requested
request-state-answered = Answered
request-state-closed = Closed
request-state-withdrawn = Withdrawn

## Actions on a request (ActionKind)
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

## Ratings of an answer (Rating)
rating-positive = Good
rating-neutral = Acceptable
rating-negative = Poor
