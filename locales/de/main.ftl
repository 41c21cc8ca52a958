# Deutsch.

## Die Anwendung
app-name = Binnenmarkt-Informationssystem
app-short-name = IMI
app-tagline = Verwaltungszusammenarbeit zwischen den zuständigen Behörden des Europäischen Wirtschaftsraums
skip-to-content = Zum Hauptinhalt springen
loading = Wird geladen…

## Navigation und Benutzermenü
nav-label = Hauptnavigation
nav-inbox = Posteingang
language-label = Sprache
user-signed-in-as = Angemeldet als { $name }, { $authority }
organisation-commission = Europäische Kommission
logout = Abmelden
toast-dismiss = Schließen
toast-logged-out = Sie haben sich abgemeldet.

## Anmeldeseite
login-title = Anmelden
login-intro = Verwenden Sie das Konto, das die lokale Datenverwaltung Ihrer Behörde oder Ihre nationale IMI-Koordination für Sie eingerichtet hat.
login-email = E-Mail-Adresse
login-password = Passwort
login-submit = Anmelden
login-submitting = Anmeldung läuft…
field-required = Dies ist ein Pflichtfeld.

## Posteingang
inbox-title = Posteingang
inbox-empty-title = Noch keine Anfragen

## Nicht vorhandene Seiten
not-found-title = Seite nicht gefunden
not-found-body = Die aufgerufene Adresse führt zu keiner Seite dieses Systems.
not-found-home = Zum Posteingang

## Rollen
roles-label = Ihre Rollen
role-request_handler = Bearbeitung von Anfragen
role-allocator = Zuweisung von Anfragen
role-local_administrator = Lokale Datenverwaltung
role-coordinator = IMI-Koordination
role-commission_observer = Beobachtung (Europäische Kommission)

## Vom Server gemeldete Fehler, nach Code
error-internal-error = Auf dem Server ist ein Fehler aufgetreten. Bitte versuchen Sie es erneut; wenn das Problem weiterhin besteht, wenden Sie sich an Ihre Systemadministration.
error-database-unavailable = Die Datenbank des Systems ist derzeit nicht erreichbar. Bitte versuchen Sie es in einigen Minuten erneut.
error-not-found = Das Angeforderte existiert nicht, oder Sie haben keinen Zugriff darauf.
error-method-not-allowed = Diese Aktion ist hier nicht möglich.
error-unauthenticated = Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.
error-forbidden = Sie verfügen nicht über die für diese Aktion erforderlichen Rechte.
error-invalid-credentials = Die E-Mail-Adresse oder das Passwort ist nicht korrekt.
error-too-many-attempts = { $seconds ->
    [one] Zu viele fehlgeschlagene Versuche. Bitte warten Sie { $seconds } Sekunde, bevor Sie es erneut versuchen.
   *[other] Zu viele fehlgeschlagene Versuche. Bitte warten Sie { $seconds } Sekunden, bevor Sie es erneut versuchen.
}
error-malformed-json = Der Server konnte die gesendeten Daten nicht lesen. Bitte laden Sie die Seite neu und versuchen Sie es erneut.
error-unsupported-media-type = Der Server akzeptiert keine Daten in diesem Format.
error-payload-too-large = Die gesendeten Daten überschreiten die vom Server zugelassene Größe.
error-validation-failed = Einige Felder sind nicht korrekt ausgefüllt. Bitte prüfen Sie die markierten Felder.
error-network-error = Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.
error-invalid-transition = Diese Aktion ist im aktuellen Status der Anfrage nicht möglich. Bitte laden Sie die Seite neu, um zu sehen, welche Aktionen jetzt möglich sind.
error-translation-not-configured = Die maschinelle Übersetzung ist in diesem System nicht verfügbar.
error-translation-failed = Der Dienst für maschinelle Übersetzung hat nicht geantwortet. Bitte versuchen Sie es später erneut.

## Platzhalterwerte (shared::placeholder::PlaceholderErrorCode)
## $label ist die Bezeichnung des Platzhalters in der Sprache der Leserin oder des Lesers; $max und
## $length sind Zeichenanzahlen.
placeholder-error-missing = Geben Sie einen Wert für „{ $label }“ ein.
placeholder-error-empty = Das Feld „{ $label }“ darf nicht leer sein.
placeholder-error-too-long = { $max ->
    [one] „{ $label }“ darf höchstens { $max } Zeichen lang sein; derzeit sind es { $length }.
   *[other] „{ $label }“ darf höchstens { $max } Zeichen lang sein; derzeit sind es { $length }.
}
placeholder-error-control-character = „{ $label }“ enthält ein unsichtbares Steuerzeichen. Bitte geben Sie den Wert erneut ein.
placeholder-error-line-break = „{ $label }“ darf nur eine Zeile umfassen.
placeholder-error-invalid-date = Geben Sie „{ $label }“ im Format Jahr-Monat-Tag ein, zum Beispiel 2025-03-31.
placeholder-error-nonexistent-date = Das für „{ $label }“ eingegebene Datum existiert im Kalender nicht.
placeholder-error-unknown-country = Wählen Sie für „{ $label }“ ein Land des Europäischen Wirtschaftsraums aus.
placeholder-error-invalid-email = „{ $label }“ ist keine gültige E-Mail-Adresse.
placeholder-error-invalid-person-name = „{ $label }“ muss ein Personenname sein: Buchstaben, keine Ziffern.
placeholder-error-invalid-register-reference = „{ $label }“ darf nur Buchstaben, Ziffern, Leerzeichen und folgende Zeichen enthalten: - . /
placeholder-error-unexpected = Es wurde ein Wert für ein Feld angegeben, das in keiner der ausgewählten Fragen verwendet wird.
placeholder-error-unknown-placeholder = Eine Frage verwendet ein unbekanntes Feld. Bitte informieren Sie Ihre IMI-Koordination.

## Fragevorlagen (shared::placeholder::TemplateErrorCode)
## $position ist eine ab 1 gezählte Zeichenposition (die SPA übergibt die 0-basierte Position des
## Codes + 1); $name ist ein Platzhaltername, wie er geschrieben wurde.
template-error-unterminated = Der Platzhalter, der an Position { $position } beginnt, ist nicht geschlossen.
template-error-empty-name = Der Platzhalter an Position { $position } hat keinen Namen.
template-error-invalid-name = „{ $name }“ (Position { $position }) ist kein gültiger Platzhaltername: Er muss mit einem Buchstaben beginnen, auf den Buchstaben, Ziffern oder „_“ folgen.
template-error-mismatched-delimiters = Der Platzhalter an Position { $position } wird mit einer Klammerart geöffnet und mit einer anderen geschlossen.
template-error-nested = Der Platzhalter an Position { $position } enthält einen weiteren Platzhalter.
template-error-unknown-placeholder = „{ $name }“ (Position { $position }) ist kein bekannter Platzhalter.

## Status einer Anfrage (shared::lifecycle::RequestState)
request-state-draft = Entwurf
request-state-awaiting-acceptance = Annahme ausstehend
request-state-accepted = Angenommen
request-state-info-requested = Weitere Informationen angefordert
request-state-answered = Beantwortet
request-state-closed = Abgeschlossen
request-state-withdrawn = Zurückgezogen

## Aktionen zu einer Anfrage (shared::lifecycle::ActionKind)
request-action-create = Neue Anfrage
request-action-edit = Bearbeiten
request-action-delete = Entwurf löschen
request-action-send = Senden
request-action-withdraw = Zurückziehen
request-action-accept = Annehmen
request-action-forward = Weiterleiten
request-action-request-info = Weitere Informationen anfordern
request-action-provide-info = Informationen übermitteln
request-action-answer = Beantworten
request-action-split-off = Fragen abtrennen
request-action-request-clarification = Um Klarstellung bitten
request-action-close = Antwort annehmen und Anfrage abschließen

## Bewertung einer Antwort (shared::lifecycle::Rating)
rating-positive = Gut
rating-neutral = Akzeptabel
rating-negative = Mangelhaft

## Fragenprüfung (eine Seite zum Verfassen und Testen von Fragevorlagen)
nav-question-check = Fragenprüfung
question-check-title = Frage prüfen
question-check-intro = Formulieren Sie eine Frage so, wie sie in einer Anfrage erscheinen soll, mit Platzhaltern für die Angaben, die die anfragende Behörde ausfüllt, und testen Sie sie mit Werten. Es gelten dieselben Regeln wie beim Senden einer Anfrage.
question-check-template = Fragetext
question-check-template-help = Schreiben Sie jeden Platzhalter als {"${"}Name{"}"}, zum Beispiel {"${"}SPBusinessName{"}"}. Bekannte Platzhalter: { $names }.
question-check-values = Werte
question-check-no-placeholders = Diese Frage enthält keine Platzhalter.
question-check-preview = Vorschau
question-check-submit = Auf dem Server prüfen
question-check-accepted = Der Server akzeptiert diese Frage und ihre Werte.

## Fragenkatalog
nav-catalogue = Fragen
catalogue-title = Fragenkatalog
catalogue-intro = Die vorübersetzten Fragen, die in eine Anfrage aufgenommen werden können. Die andere Behörde liest jede von ihnen in ihrer eigenen Sprache; die Platzhalter füllt die anfragende Behörde aus.
catalogue-area-label = Rechtsbereich
catalogue-count = { $count ->
    [one] { $count } Frage
   *[other] { $count } Fragen
}
area-services = Dienstleistungen
area-professional_qualifications = Berufsqualifikationen
area-posting_of_workers = Entsendung von Arbeitnehmern
area-ecommerce = Elektronischer Geschäftsverkehr
answer-type-yes_no = Ja oder nein
answer-type-date = Datum
answer-type-free_text = Freitext
answer-type-document = Dokument
answer-type-choice = Auswahl aus einer Liste
answer-type-measurement = Messwert

## Behördensuche
nav-authorities = Behörden
authorities-title = Behörde suchen
authorities-intro = Suchen Sie in einer beliebigen Sprache nach Name, Abkürzung, Ort oder Zuständigkeit, zum Beispiel nach einem Beruf oder einer Tätigkeit. Zuständigkeiten werden in allen Sprachen des Systems abgeglichen.
authorities-search-label = Name, Ort oder Zuständigkeit
authorities-country-label = Land
authorities-any-country = Alle Länder
authorities-any-area = Alle Rechtsbereiche
authorities-results = { $count ->
    [one] { $count } Behörde gefunden
   *[other] { $count } Behörden gefunden
}
authorities-no-results = Zu dieser Suche wurde keine Behörde gefunden.
## $country ist der Name eines Landes in der Sprache der Leserin oder des Lesers; $label die
## Bezeichnung eines Berufs oder einer Tätigkeit.
search-country-from-query = Angezeigt werden Behörden aus dem in Ihrer Suche genannten Land: { $country }.
search-none-declared = { $country }: Keine Behörde hat sich für „{ $label }“ als zuständig erklärt.
search-none-declared-anywhere = Keine Behörde hat sich für „{ $label }“ als zuständig erklärt.
search-ask-coordinator = Die nationale IMI-Koordination ({ $country }) kann Ihnen mitteilen, welche Behörde zuständig ist:
authorities-match-name = Treffer im Namen
authorities-match-acronym = Treffer in der Abkürzung
authorities-match-city = Treffer im Ort
authorities-match-competence = Zuständig für: { $label }
authorities-pages = Ergebnisseiten
authorities-previous = Zurück
authorities-next = Weiter
authorities-page = Seite { $page } von { $pages }
profile-back = Zurück zur Suche
profile-country = Land
profile-acronym = Abkürzung
profile-level = Zuständigkeitsebene
level-national = National
level-regional = Regional
level-local = Kommunal
profile-address = Anschrift
profile-email = E-Mail
profile-phone = Telefon
profile-role = Rolle im System
profile-coordinator = Nationale IMI-Koordination
profile-areas = Rechtsbereiche
profile-competences = Zuständig für

## Länder des Europäischen Wirtschaftsraums
country-AT = Österreich
country-BE = Belgien
country-BG = Bulgarien
country-HR = Kroatien
country-CY = Zypern
country-CZ = Tschechien
country-DK = Dänemark
country-EE = Estland
country-FI = Finnland
country-FR = Frankreich
country-DE = Deutschland
country-GR = Griechenland
country-HU = Ungarn
country-IE = Irland
country-IT = Italien
country-LV = Lettland
country-LT = Litauen
country-LU = Luxemburg
country-MT = Malta
country-NL = Niederlande
country-PL = Polen
country-PT = Portugal
country-RO = Rumänien
country-SK = Slowakei
country-SI = Slowenien
country-ES = Spanien
country-SE = Schweden
country-IS = Island
country-LI = Liechtenstein
country-NO = Norwegen

## Posteingang: Listen und Sortierung
inbox-empty-body-box = Hier werden die Anfragen Ihrer Behörde aufgeführt, die diesen Filtern entsprechen.
inbox-new-request = Neue Anfrage
inbox-boxes = Anfragelisten
inbox-total = { $count ->
    [one] Eine Anfrage
   *[other] { $count } Anfragen
}
inbox-deadline = Frist: { $date }
inbox-number-label = Anfragenummer
inbox-sort-label = Sortierung
inbox-sort-updated-desc = Zuletzt geänderte zuerst
inbox-sort-updated-asc = Am längsten nicht geänderte zuerst
inbox-sort-deadline-asc = Früheste Frist zuerst
inbox-sort-number-desc = Neueste Nummer zuerst
box-to-accept = Zur Annahme
box-to-answer = Zur Beantwortung oder Prüfung
box-awaiting = Warten auf die Gegenseite
box-overdue = Überfällig
box-drafts = Entwürfe
box-closed = Abgeschlossen
box-all = Alle

## Anhänge
error-unsupported-file-type = Dieser Dateityp wird nicht akzeptiert. Bitte fügen Sie eine PDF-Datei, ein Bild oder ein Office-Dokument bei.

## Eine Anfrage
request-title = Anfrage { $number }
request-title-unknown = Anfrage
request-overdue = Überfällig
request-from = Von
request-to = An
request-created = Erstellt am
request-requested-date = Antwort erbeten bis
request-deadline = Vereinbarte Frist
request-subject = Person oder Unternehmen, auf die sich die Anfrage bezieht
request-personal-data-hidden = Personenbezogene Daten, die Anmerkung, Nachrichten und Dokumente werden angezeigt, sobald Ihre Behörde die Anfrage angenommen hat.
request-personal-data-coordinator = Als IMI-Koordination können Sie den Verlauf der Anfrage verfolgen. Personenbezogene Daten, Anmerkung, Nachrichten und Dokumente der Anfrage sind ausschließlich den beiden beteiligten Behörden zugänglich.
request-note-hidden = Text ausgeblendet, da er personenbezogene Daten enthalten kann.
request-blocked-on = Personenbezogene Daten gesperrt am
request-personal-data-blocked = Nach den Aufbewahrungsregeln wurden die personenbezogenen Daten dieser Anfrage (Angaben zur betroffenen Person oder zum betroffenen Unternehmen, Freitexte und Dokumente) am { $date } gesperrt. Niemand kann sie mehr einsehen; am { $deleted } werden sie gelöscht.
request-personal-data-erased = Nach den Aufbewahrungsregeln wurden die personenbezogenen Daten dieser Anfrage am { $date } gelöscht. Erhalten bleiben nur die Eckdaten: Datumsangaben, Behörden, Status und Bewertungen.
personal-data-mark = Personenbezogene Daten
personal-data-legend = Dieses Zeichen kennzeichnet personenbezogene Daten. Nur die Behörden, die die Anfrage bearbeiten, können sie sehen; nach Abschluss der Anfrage werden sie gemäß den Aufbewahrungsregeln zunächst gesperrt und dann gelöscht.
nav-data-subjects = Betroffene Personen
data-subjects-title = Auskunftsersuchen betroffener Personen
data-subjects-intro = Wenn eine Person wissen möchte, welche Daten Ihre Behörde über sie gespeichert hat, finden Sie hier alle Anfragen Ihrer Behörde zu dieser Person, auch solche mit gesperrten personenbezogenen Daten, und erstellen die Auskunft, auf die sie Anspruch hat. Jede Suche und jede Auskunft wird mit ihrem Grund protokolliert.
data-subjects-reason = Grund
data-subjects-reason-help = Zum Beispiel Datum und Aktenzeichen des Antrags der Person. Der Grund wird im Prüfprotokoll festgehalten.
data-subjects-search = Suchen
data-subjects-found = { $count ->
    [one] Eine Anfrage gefunden
   *[other] { $count } Anfragen gefunden
}
data-subjects-none = Keine Anfrage Ihrer Behörde betrifft diese Person.
data-subjects-include = In die Auskunft aufnehmen
data-subjects-side-requesting = Von Ihrer Behörde gesendet
data-subjects-side-responding = Bei Ihrer Behörde eingegangen
data-subjects-stage-visible = Personenbezogene Daten sichtbar
data-subjects-stage-blocked = Personenbezogene Daten gesperrt
data-subjects-stage-deleted = Personenbezogene Daten gelöscht
data-subjects-report-language = Sprache der Auskunft
data-subjects-make-report = Auskunft erstellen
data-subjects-print = Auskunft drucken
report-title = Über Sie gespeicherte personenbezogene Daten
report-intro = { $authority } hat die folgenden personenbezogenen Daten über Sie im Binnenmarkt-Informationssystem (IMI) gespeichert, über das die Behörden des Europäischen Wirtschaftsraums nach der Verordnung (EU) Nr. 1024/2012 Informationen austauschen.
report-made-on = Auskunft erstellt am { $date }
report-request = Anfrage { $number }
report-area = Rechtsbereich
report-data = Gespeicherte Daten
report-disclosures = Übermittelt oder erhalten
report-disclosure-sent = Am { $date } an { $authority } gesendet
report-disclosure-forwarded = Am { $date } an { $authority } weitergeleitet
report-disclosure-split-off = Am { $date } teilweise an { $authority } weitergegeben
report-disclosure-received-from = Am { $date } von { $authority } erhalten
report-retention = Sperrung und Löschung
report-blocked-and-deleted = Sperrung am { $blocked } (ab diesem Tag kann niemand die Daten mehr einsehen) und Löschung am { $deleted }.
report-not-ended = Die Anfrage wird noch bearbeitet. Die darin enthaltenen personenbezogenen Daten werden { $block ->
    [one] { $block } Monat
   *[other] { $block } Monate
} nach ihrem Abschluss gesperrt und { $delete ->
    [one] { $delete } Monat
   *[other] { $delete } Monate
} nach ihrem Abschluss gelöscht.
report-count = { $field }: { $count }
report-field-document = Dokument
report-field-comment = Anmerkung der anfragenden Behörde
report-field-note = Nachrichten und Begleittexte
report-field-text-answer = Schriftliche Antworten
report-field-answer-comment = Anmerkungen zu Antworten
report-field-inspection-present = Anwesenheit bei der Kontrolle vor Ort
report-empty = Die Anfragen dieser Behörde enthalten keine personenbezogenen Daten über Sie.
timeline-fields = Berichtigte Felder: { $fields }
request-rectify = Personenbezogene Daten berichtigen
request-rectify-title = Angaben zu der Person oder dem Unternehmen berichtigen, auf die sich die Anfrage bezieht
request-rectify-help = Die andere Behörde erfährt, welche Felder Sie berichtigt haben. Die bisherigen Werte werden nicht aufbewahrt.
request-rectify-save = Berichtigung speichern
request-comment = Anmerkung
request-original-language = Originalsprache: { $language }
request-questions = { $count ->
    [one] Eine Frage
   *[other] { $count } Fragen
}
request-answer = Antwort
request-answer-comment = Anmerkung zur Antwort
request-answer-choose = Antwort auswählen
request-answer-date = Datum
request-answer-measurement = Messwert ({ $unit })
request-answer-text = Antworttext
request-save-answers = Antworten speichern
request-send-answer = Antwort senden
request-actions = Mögliche Aktionen
request-propose-days = Oder eine andere Frist in Tagen vorschlagen
request-accept-proposed = Mit dieser Frist annehmen
request-note = Begleittext
request-rating-timeliness = Rechtzeitigkeit der Antwort
request-rating-effort = Qualität der Antwort
request-rating-choose = Bewertung auswählen
request-rating-needed = Bewerten Sie die Rechtzeitigkeit und die Qualität der Antwort, um die Anfrage abzuschließen.
confirm-irreversible = Dieser Schritt kann nicht rückgängig gemacht werden. Möchten Sie fortfahren?
request-split-choose = Diese Frage an eine andere Behörde abgeben
request-reuse = Neue Anfrage auf Grundlage dieser Anfrage erstellen
request-timeline = Verlauf
timeline-new = Neu seit Ihrer Änderung
request-message = Nachricht an die andere Behörde
request-message-send = Nachricht senden
timeline-to = An: { $authority }
timeline-split-to = Neue Anfrage Nr. { $id }
subject-name = Name bzw. Firma
subject-identifier = Register- oder Identifikationsnummer
subject-birth-date = Geburtsdatum
picker-label = Behörde suchen (in beliebiger Sprache)
picker-more = Mehr anzeigen
answer-yes = Ja
answer-no = Nein
answer-unknown = Unbekannt
answer-date = Ein Datum
answer-text = Eine schriftliche Antwort
answer-measurement = Ein Messwert
answer-document-attached = Das Dokument ist beigefügt
answer-document-not-available = Das Dokument liegt nicht vor
event-created = Entwurf erstellt
event-sent = Gesendet
event-withdrawn = Zurückgezogen
event-accepted = Angenommen
event-forwarded = Weitergeleitet
event-info-requested = Weitere Informationen angefordert
event-info-provided = Informationen übermittelt
event-answered = Beantwortet
event-split-off = Fragen in eine neue Anfrage abgetrennt
event-clarification-requested = Um Klarstellung gebeten
event-closed = Antwort angenommen, Anfrage abgeschlossen
event-message = Nachricht
event-attachment-added = Dokument beigefügt
toast-request-action-send = Die Anfrage wurde gesendet.
toast-request-action-delete = Der Entwurf wurde gelöscht.
toast-request-action-withdraw = Die Anfrage wurde zurückgezogen.
toast-request-action-accept = Die Anfrage wurde angenommen.
toast-request-action-forward = Die Anfrage wurde weitergeleitet.
toast-request-action-request-info = Ihre Frage wurde an die anfragende Behörde gesendet.
toast-request-action-provide-info = Die Informationen wurden übermittelt.
toast-request-action-answer = Die Antwort wurde gesendet.
toast-request-action-split-off = Die Fragen wurden in eine neue Anfrage übertragen.
toast-request-action-request-clarification = Ihre Bitte um Klarstellung wurde gesendet.
toast-request-action-close = Die Anfrage wurde abgeschlossen.
toast-answers-saved = Ihre Antworten wurden gespeichert.

## Anfrage verfassen
compose-title = Neue Anfrage
compose-steps = Schritte
compose-step-area = Rechtsbereich
compose-step-authority = Behörde
compose-step-subject = Person oder Unternehmen
compose-step-questions = Fragen
compose-step-details = Anmerkung und Datum
compose-step-review = Prüfen und senden
compose-back = Zurück
compose-next = Weiter
compose-saved = Entwurf Nr. { $id } gespeichert
compose-chosen-authority = Ausgewählt: { $name }
compose-subject-help = Die betroffene berufsangehörige Person oder der betroffene Dienstleistungserbringer. Die empfangende Behörde sieht diese Angaben erst, nachdem sie die Anfrage angenommen hat.
compose-comment-help = Verfassen Sie die Anmerkung in Ihrer Sprache; die andere Behörde sieht, um welche Sprache es sich handelt.
compose-incomplete = Die Anfrage ist noch nicht vollständig. Die fehlenden Angaben sind markiert.
compose-draft-title = Entwurf { $number }
compose-questions-filter = Fragen filtern
compose-questions-chosen = Ausgewählte Fragen: { $count }
compose-step-attention = Korrektur erforderlich
compose-review-fix = Bitte berichtigen Sie vor dem Senden Folgendes:
compose-review-language = Die Fragen werden in Ihrer Sprache angezeigt; die empfangende Behörde liest sie in ihrer eigenen Sprache.
compose-review-none = Keine Angabe
field-error-missing = Pflichtangabe.
field-error-too-long = Zu lang.
field-error-not-in-future = Das Datum muss nach dem heutigen Tag liegen.
field-error-in-future = Darf nicht in der Zukunft liegen.
field-error-empty = Darf nicht leer sein.
field-error-duplicate = Doppelt ausgewählt.
field-error-unknown = Unbekannt.
field-error-other-area = Gehört zu einem anderen Rechtsbereich.
field-error-area-not-handled = Diese Behörde ist für den Rechtsbereich der Anfrage nicht zuständig.
field-error-not-allowed = Hier nicht möglich.
field-error-too-many = Zu viele.

## Beigefügte Dokumente
request-documents = Dokumente
request-no-documents = Es sind keine Dokumente beigefügt.
request-documents-withheld = Dokumente sind personenbezogene Daten: Sie werden hier wie die übrigen personenbezogenen Daten dieser Anfrage ausgeblendet.
request-document-size = { $size } kB
upload-label = Dokument beifügen
upload-choose = Datei auswählen…
upload-take-photo = Foto aufnehmen
upload-keep-original = Fotos in Originalgröße senden (andernfalls werden sie zuvor auf diesem Gerät verkleinert)
date-day = Tag
date-month = Monat
date-year = Jahr
upload-help = PDF-Datei, Bild oder Office-Dokument, höchstens 20 MB.
upload-question = Das Dokument beantwortet
upload-no-question = Keine bestimmte Frage
upload-question-number = Frage { $number }
upload-progress = Fortschritt des Hochladens

## E-Mail-Benachrichtigungen ($event ist eine der event-*-Nachrichten)
email-subject = Anfrage { $number }: { $event }
email-body = Guten Tag { $name },

    { $authority } hat eine Aktion zur Anfrage { $number } ausgeführt: { $event }.

    Anfrage öffnen: { $link }

    Diese Nachricht wurde vom Binnenmarkt-Informationssystem versendet. Bitte antworten Sie nicht auf diese Nachricht.

## Benachrichtigungen
notifications-label = Benachrichtigungen
notifications-unread = { $count ->
    [one] { $count } ungelesene Benachrichtigung
   *[other] { $count } ungelesene Benachrichtigungen
}
notifications-empty = Keine Benachrichtigungen.
notifications-mark-all-read = Alle als gelesen markieren
notification-item = { $number }: { $event }

## Zuweisung und Koordination
request-assigned-to = Zugewiesen an { $name }
request-assign-label = Zuständig für die Bearbeitung
request-unassigned = Nicht zugewiesen
toast-assigned = Die Zuständigkeit für die Bearbeitung wurde geändert.
toast-saved = Gespeichert.
inbox-allocation-toggle = Jede eingehende Anfrage wird von einer für die Zuweisung zuständigen Person einer Sachbearbeiterin oder einem Sachbearbeiter unserer Behörde zugewiesen
event-assigned = Zur Bearbeitung zugewiesen
event-reminded = Erinnerung durch die IMI-Koordination
event-inactive = Seit zwei Monaten keine Aktivität
event-rectified = Personenbezogene Daten berichtigt
nav-coordination = Koordination
coordination-title = Anfragen ohne Aktivität
coordination-intro = Anfragen von Behörden Ihres Landes, bei denen seit mehr als zwei Monaten nichts geschehen ist. Öffnen Sie eine Anfrage, um sie weiterzuleiten, oder erinnern Sie die Behörde, die den nächsten Schritt zu unternehmen hat.
coordination-empty = Keine Anfrage ist seit zwei Monaten ohne Aktivität.
coordination-last-change = Letzte Änderung: { $date }
coordination-remind = Erinnerung senden
toast-reminded = Die Erinnerung wurde gesendet.

## Maschinelle Übersetzung von Freitext
request-translate = In meine Sprache übersetzen
request-info-asked = { $authority } bittet um folgende Informationen:
request-translation-unavailable = Dieser Text ist in einer anderen Sprache verfasst, und auf diesem Server ist keine maschinelle Übersetzung eingerichtet.
request-machine-translation = Maschinelle Übersetzung:

## Filter der Übersicht
inbox-state-label = Status
inbox-any-state = Alle Status
inbox-from-label = Zuletzt geändert ab
inbox-to-label = Zuletzt geändert bis
inbox-assigned-to-me = Nur mir zugewiesene Anfragen

## Verwaltung des Behördenverzeichnisses (IMI-Koordination) und Benutzerverwaltung (lokale Datenverwaltung)
email-invitation-subject = Ihr Konto im Binnenmarkt-Informationssystem (IMI): { $authority }
email-invitation-body = Guten Tag { $name },

    { $inviter } hat für Sie im Binnenmarkt-Informationssystem (IMI) ein Benutzerkonto bei { $authority } eingerichtet.

    Um das Konto zu aktivieren, öffnen Sie bitte den folgenden Link und wählen Sie Ihr Passwort: { $link }

    Der Link kann nur einmal verwendet werden und ist { $days ->
        [one] einen Tag
       *[other] { $days } Tage
    } lang gültig. Wenn Sie diese Nachricht nicht erwartet haben, können Sie sie ignorieren.

error-edit-conflict = Eine andere Person hat diesen Datensatz gespeichert, nachdem Sie ihn geöffnet haben. Bitte laden Sie die Seite neu, um die Änderungen der anderen Person zu sehen, und nehmen Sie Ihre Änderungen anschließend erneut vor.
error-invalid-parameter = Die Adresse dieser Seite ist ungültig. Bitte prüfen Sie den Link oder gehen Sie zurück und versuchen Sie es erneut.
error-rate-limited = Diese Aktion wurde erst vor Kurzem ausgeführt und kann noch nicht wiederholt werden. Bitte versuchen Sie es später erneut.
error-second-factor-required = Geben Sie den Code aus Ihrer Authenticator-App ein.
error-invalid-second-factor = Der Code ist falsch oder abgelaufen. Geben Sie den Code ein, den die App jetzt anzeigt.
error-second-factor-setup-required = Ihre Rollen erfordern die Zwei-Faktor-Anmeldung. Richten Sie sie auf der Seite Ihres Kontos ein, um fortzufahren.
error-storage-full = Das Dokument konnte nicht gespeichert werden, weil der Speicherplatz auf dem Server erschöpft ist. Es wurde nichts gespeichert; bitte informieren Sie Ihre IMI-Systemadministration.
error-personal-data-blocked = Die personenbezogenen Daten dieses Ersuchens sind nach den Aufbewahrungsregeln gesperrt: Es kann nichts mehr hinzugefügt werden.
error-idempotency-key-reused = Diese Änderung wurde bereits mit einem anderen Inhalt gesendet. Bitte laden Sie die Seite neu und nehmen Sie die Änderung erneut vor.
error-request-in-progress = Diese Änderung wird noch verarbeitet. Bitte warten Sie einen Moment und versuchen Sie es erneut.
error-device-storage-full = Auf diesem Gerät ist nicht mehr genügend Speicherplatz vorhanden, um die Änderung bis zur Wiederherstellung der Verbindung aufzubewahren. Es wurde nichts gespeichert: Geben Sie Speicherplatz auf dem Gerät frei, oder nehmen Sie die Änderung vor, wenn Sie wieder online sind.
error-too-large-to-keep = Dieses Dokument ist zu groß, um es bis zur Wiederherstellung der Verbindung auf dem Gerät aufzubewahren. Bitte fügen Sie es bei, wenn Sie wieder online sind.
nav-registry = Behördenverzeichnis
nav-users = Benutzerkonten
registry-title = Verwaltung des Behördenverzeichnisses
registry-intro = Registrieren Sie die Behörden Ihres Landes, oder importieren Sie mehrere auf einmal aus einer CSV-Datei. Um die Angaben zu einer Behörde zu berichtigen, rufen Sie ihr Profil über die Behördensuche auf.
registry-new = Behörde registrieren
registry-import-title = Import aus einer CSV-Datei
registry-import-help = Eine Behörde pro Zeile, mit den im Importleitfaden beschriebenen Spalten. Ist auch nur eine Zeile fehlerhaft, wird nichts importiert; ein erneuter Import derselben Datei ändert nichts.
registry-import-file = CSV-Datei
registry-import-progress = Fortschritt des Imports
registry-import-done = Importiert: { $created } neu, { $updated } aktualisiert, { $unchanged } unverändert.
registry-import-refused = Es wurde nichts importiert. Bitte berichtigen Sie diese Zeilen und importieren Sie die Datei erneut:
registry-import-line = Zeile
registry-import-column = Spalte
registry-import-reason = Problem
form-title-new = Behörde registrieren
form-title-edit = { $name } bearbeiten
form-errors = Bitte berichtigen Sie die markierten Felder.
form-name = Name in der eigenen Sprache der Behörde
form-name-language = Sprache des Namens
form-other-names = Namen in anderen Amtssprachen
form-other-name = Weiterer Name { $number }
form-other-name-add = Namen in einer anderen Sprache hinzufügen
form-other-name-remove = Entfernen
form-name-en = Name auf Englisch
form-city = Ort
form-level-help = Der Teil des Landes, für den die Behörde zuständig ist. Entsprechen mehrere Behörden einer Suche gleichermaßen, wird die Behörde auf nationaler Ebene zuerst aufgeführt.
form-phone-help = Im internationalen Format, zum Beispiel +371 6701 2345.
form-competences-filter = Hinzuzufügende Zuständigkeit suchen
form-administrator = Erste Person für die lokale Datenverwaltung
form-administrator-help = Diese Person erhält eine Einladung per E-Mail, wählt ein Passwort und verwaltet anschließend die Benutzerkonten der Behörde.
form-person-name = Vor- und Nachname
form-invitation-language = Sprache der Einladung
form-save = Speichern
form-register = Registrieren
form-cancel = Abbrechen
profile-edit = Bearbeiten
authority-send-request = Anfrage an diese Behörde senden
profile-area-coordinator = IMI-Koordination für ihre Rechtsbereiche
profile-other-names = Weitere Namen
profile-registered-by = Registriert von
profile-registered-by-value = { $user }, { $authority }
users-title = Benutzerkonten
users-roles = Rollen
users-active = Aktiv
users-pending = Einladung noch nicht angenommen
users-invitation-expired = Einladung abgelaufen
users-resend-invitation = Einladung erneut senden
toast-invitation-resent = Eine neue Einladung wurde gesendet; der bisherige Link ist nicht mehr gültig.
users-inactive = Deaktiviert
users-invited-by = Eingeladen von { $name }
users-may-log-in = Anmeldung zulässig
users-invite-title = Kollegin oder Kollegen einladen
users-invite = Einladung senden
toast-invited = Die Einladung wurde gesendet.
invitation-title = Willkommen im IMI
invitation-intro = { $name }, Sie wurden eingeladen, das Binnenmarkt-Informationssystem für { $authority } ({ $country }) zu nutzen. Wählen Sie Ihr Passwort, um Ihr Konto zu aktivieren.
password-help = { $count ->
    [one] Mindestens ein Zeichen. Mehrere zusammenhanglose Wörter ergeben ein gutes Passwort; gängige Passwörter sowie Ihr eigener Name oder Ihre E-Mail-Adresse werden abgelehnt.
   *[other] Mindestens { $count } Zeichen. Mehrere zusammenhanglose Wörter ergeben ein gutes Passwort; gängige Passwörter sowie Ihr eigener Name oder Ihre E-Mail-Adresse werden abgelehnt.
}
invitation-repeat = Passwort wiederholen
invitation-mismatch = Die beiden Passwörter stimmen nicht überein.
invitation-accept = Mein Konto aktivieren
invitation-invalid = Dieser Einladungslink ist unbekannt, wurde bereits verwendet oder ist abgelaufen. Bitten Sie Ihre lokale Datenverwaltung oder Ihre IMI-Koordination um eine neue Einladung.
field-error-invalid-email = Keine gültige E-Mail-Adresse.
field-error-invalid-phone = Keine Telefonnummer im internationalen Format (+ gefolgt von Ziffern).
field-error-not-yours = Außerhalb der von Ihnen koordinierten Rechtsbereiche.
field-error-taken = Wird bereits von einem anderen Konto verwendet.
field-error-too-short = Zu kurz.
field-error-last-administrator = Die Behörde muss mindestens eine aktive Person für die lokale Datenverwaltung behalten.
field-error-control-character = Enthält ein Steuerzeichen oder ein Zeichen zur Textrichtung; bitte entfernen Sie es.
field-error-not-own-country = Bitte wählen Sie eine Behörde Ihres eigenen Landes.
field-error-too-personal = Darf weder Ihre E-Mail-Adresse noch Ihren Namen enthalten.
field-error-too-guessable = Zu leicht zu erraten: ein gängiges Passwort oder einem solchen sehr ähnlich. Verwenden Sie eine längere Folge zusammenhangloser Wörter.
field-error-wrong-code = Der Code ist falsch oder abgelaufen.
field-error-no-setup = Die Einrichtung wurde nicht gestartet oder inzwischen ersetzt; starten Sie sie erneut.
field-error-no-second-factor = Die Zwei-Faktor-Anmeldung ist nicht aktiviert.
field-error-required-by-role = Ihre Rollen erfordern die Zwei-Faktor-Anmeldung; sie kann nicht deaktiviert werden.
field-error-wrong-password = Das Passwort ist falsch.
field-error-self = Sie können Ihr eigenes Konto nicht deaktivieren.
field-error-other-country = Gehört zu einem anderen Land.
field-error-not-utf8 = Die Datei ist kein UTF-8-Text. Bitte speichern Sie sie in Ihrer Tabellenkalkulation im Format „CSV UTF-8“.
field-error-unreadable = Diese Zeile kann nicht als CSV gelesen werden.
field-error-unknown-column = Unbekannte Spalte.
field-error-missing-column = Eine Pflichtspalte fehlt.
field-error-wrong-column-count = Diese Zeile enthält nicht so viele Zellen wie die Kopfzeile.
field-error-too-many-rows = Zu viele Zeilen: höchstens 20 000 pro Datei.
field-error-invalid-format = Nicht im erwarteten Format.
field-error-duplicate-of-line = Dieselbe Kennung wie in Zeile { $line }.
field-error-out-of-range = Außerhalb des zulässigen Bereichs.
field-error-out-of-range-between = Muss zwischen { $min } und { $max } liegen.
field-error-invalid-date = Kein gültiges Datum.
field-error-nonexistent-date = Dieses Datum existiert nicht.
field-error-invalid-person-name = Kein Personenname.
field-error-invalid-register-reference = Keine gültige Registernummer.
field-error-unknown-country = Ein dem System unbekanntes Land.
field-error-unknown-placeholder = Ein dem System unbekannter Platzhalter.
field-error-unexpected = Gehört zu keiner der ausgewählten Fragen.
field-error-line-break = Darf nur eine Zeile umfassen.
field-error-none-left = Mindestens eine Frage muss in der Anfrage verbleiben.
field-error-not-a-handler = Bei dieser Behörde nicht aktiv für die Bearbeitung von Anfragen zuständig.
field-error-not-a-coordinator = Keine IMI-Koordination.
field-error-not-asked = Gehört nicht zu den Fragen der Anfrage.
field-error-not-here = Hier nicht möglich.
field-error-unterminated = Ein Platzhalter wird geöffnet, aber nicht geschlossen.
field-error-empty-name = Ein Platzhalter hat keinen Namen.
field-error-invalid-name = Der Name eines Platzhalters ist ungültig.
field-error-mismatched-delimiters = Die Klammern passen nicht zusammen.
field-error-nested = Ein Platzhalter steht innerhalb eines anderen.
field-error-wrong-kind = Diese Art von Antwort passt nicht zur Frage.
field-error-no-attachment = Zu dieser Frage ist kein Dokument beigefügt.

## Konto: Zwei-Faktor-Anmeldung, Sitzungen, Passwort
login-code = Code aus Ihrer Authenticator-App
login-code-intro = Für Ihr Konto ist die Zwei-Faktor-Anmeldung aktiviert. Geben Sie den Code ein, den Ihre Authenticator-App jetzt anzeigt.
login-code-help = Sechs Ziffern aus der App oder einer Ihrer Wiederherstellungscodes.
user-account = Ihr Konto
account-title = Ihr Konto
account-second-factor-title = Zwei-Faktor-Anmeldung
account-second-factor-intro = Nach dem Passwort wird bei der Anmeldung ein sechsstelliger Code aus einer Authenticator-App auf Ihrem Smartphone abgefragt, etwa FreeOTP, Aegis, Google Authenticator oder Microsoft Authenticator.
account-second-factor-required = Ihre Rollen (lokale Datenverwaltung oder IMI-Koordination) erfordern die Zwei-Faktor-Anmeldung. Richten Sie sie jetzt ein, um fortzufahren.
account-second-factor-on = { $count ->
    [one] Die Zwei-Faktor-Anmeldung ist aktiviert. Es ist noch ein Wiederherstellungscode verfügbar.
   *[other] Die Zwei-Faktor-Anmeldung ist aktiviert. Es sind noch { $count } Wiederherstellungscodes verfügbar.
}
account-second-factor-off = Die Zwei-Faktor-Anmeldung ist deaktiviert.
account-second-factor-start = Zwei-Faktor-Anmeldung einrichten
account-second-factor-scan = Scannen Sie diesen Code mit Ihrer Authenticator-App oder geben Sie den unten stehenden Schlüssel dort ein. Geben Sie anschließend den Code ein, den die App anzeigt.
account-second-factor-qr = QR-Code, um Ihr Konto zu einer Authenticator-App hinzuzufügen
account-second-factor-key = Schlüssel
account-second-factor-code = Code aus der App
account-second-factor-confirm = Zwei-Faktor-Anmeldung aktivieren
account-second-factor-disable = Zwei-Faktor-Anmeldung deaktivieren
account-recovery-title = Wiederherstellungscodes
account-recovery-intro = Bewahren Sie diese Codes an einem sicheren Ort auf, getrennt von Ihrem Smartphone. Geht das Smartphone verloren, können Sie sich mit jedem Code einmal anmelden. Die Codes werden nur jetzt angezeigt.
account-recovery-done = Ich habe die Codes gesichert
account-recovery-renew = Neue Wiederherstellungscodes
account-sessions-title = Wo Sie angemeldet sind
account-session-browser = Browser
account-session-address = IP-Adresse
account-session-started = Beginn
account-session-ends = Ende
account-session-current = Diese Sitzung
account-session-unknown = Unbekannt
account-session-end = Dort abmelden
account-sessions-end-others = Überall sonst abmelden
account-password-title = Passwort
account-password-current = Aktuelles Passwort
account-password-new = Neues Passwort
account-password-repeat = Neues Passwort wiederholen
account-password-change = Passwort ändern
toast-second-factor-on = Die Zwei-Faktor-Anmeldung ist aktiviert.
toast-second-factor-off = Die Zwei-Faktor-Anmeldung ist deaktiviert.
toast-recovery-renewed = Neue Wiederherstellungscodes wurden erstellt; die bisherigen sind nicht mehr gültig.
toast-session-ended = Die Sitzung wurde beendet.
toast-sessions-ended = Ihre anderen Sitzungen wurden beendet.
toast-password-changed = Ihr Passwort wurde geändert und Ihre anderen Sitzungen wurden beendet.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistik
## $number ist eine Anzahl in der Schreibweise des Gebietsschemas der lesenden Person, $count dieselbe Anzahl als Zahl
## (für die Pluralform). $from, $to und $today sind Datumsangaben; $value, $green und $red sind bereits
## im Gebietsschema der lesenden Person geschriebene Werte (ein Prozentsatz oder Tage); $zone ist eine Zeitzone
## (UTC); $indicator ist der Name einer der Kennzahlen statistics-figure-*.
nav-statistics = Statistik
statistics-title = Statistik
statistics-intro = Wie viele Anfragen übermittelt werden, wie schnell sie angenommen und beantwortet werden und wie die anfragenden Behörden die Antworten bewerten. Personen, Namen oder Texte fließen in diese Zahlen nicht ein.
statistics-print = Drucken
statistics-filters = Filter
statistics-from = Von
statistics-to = Bis
statistics-partner = Partnerland
statistics-direction = Richtung
statistics-direction-all = Gesendet und empfangen
statistics-direction-sent = Gesendet
statistics-direction-received = Empfangen
statistics-granularity = Zeitliche Gliederung
statistics-granularity-month = Monat
statistics-granularity-quarter = Quartal
statistics-granularity-year = Jahr
statistics-whose = Zahlen für
statistics-scope-everything = Alle Länder
statistics-scope-areas = { $country }: Ihre Rechtsbereiche
statistics-scope-authority = Ihre Behörde
statistics-your-areas = Ihre Rechtsbereiche
statistics-period = Vom { $from } bis zum { $to } gesendete Anfragen
statistics-as-of = Tage sind Kalendertage in { $zone }; Stand der Zahlen: { $today }.
statistics-volumes-heading = Aufkommen
statistics-performance-heading = Schnelligkeit und Zufriedenheit
statistics-performance-intro = Schnelligkeit und Zufriedenheit beziehen sich auf die antwortende Seite: Gezählt werden die Anfragen, die im Zeitraum an diese Behörden gesendet wurden. Bei jeder Zahl ist angegeben, auf wie vielen Anfragen sie beruht; eine Zahl, die auf wenigen Anfragen beruht, kann stark schwanken.
statistics-figure-sent = Gesendete Anfragen
statistics-figure-received = Empfangene Anfragen
statistics-figure-open-now = Derzeit offen
statistics-figure-overdue-now = Derzeit überfällig
statistics-figure-accepted-in-time = Innerhalb von 7 Tagen angenommen
statistics-figure-average-days = Durchschnittliche Anzahl Tage bis zur Antwort
statistics-figure-median-days = Median der Tage bis zur Antwort
statistics-figure-by-agreed-date = Innerhalb der vereinbarten Frist beantwortet
statistics-figure-within-two-weeks = Innerhalb von zwei Wochen beantwortet
statistics-figure-negative-timeliness = Negative Bewertungen der Rechtzeitigkeit
statistics-figure-negative-effort = Negative Bewertungen der Qualität
statistics-what-is-counted = Was gezählt wird
statistics-definition-sent = Anfragen, die diese Behörden im Zeitraum gesendet haben, jeweils gezählt am Tag der Sendung. Entwürfe werden nie gezählt. Eine weitergeleitete Anfrage wird einmal gezählt; eine von einer anderen Anfrage abgetrennte Anfrage ist eine eigenständige Anfrage, die als am Tag der Abtrennung gesendet gilt; eine zurückgezogene Anfrage wird weiterhin gezählt. Tage sind Kalendertage in UTC.
statistics-definition-received = Anfragen, die im Zeitraum an diese Behörden gesendet wurden, jeweils gezählt am Tag der Sendung. Eine weitergeleitete Anfrage wird einmal gezählt, und zwar für die Behörde, bei der sie zuletzt liegt; eine zurückgezogene Anfrage wird weiterhin gezählt. Tage sind Kalendertage in UTC.
statistics-definition-open-now = Gesendete oder empfangene Anfragen dieser Behörden, die heute auf die Annahme warten, angenommen sind oder auf Informationen warten, unabhängig davon, wann sie gesendet wurden: Diese Zahl ist nicht auf den Zeitraum beschränkt.
statistics-definition-overdue-now = Von den derzeit offenen Anfragen diejenigen, deren vereinbarte Frist zum heutigen Tag abgelaufen ist (Kalendertage in UTC). Ebenfalls nicht auf den Zeitraum beschränkt.
statistics-definition-accepted-in-time = Von den empfangenen Anfragen, die angenommen wurden oder seit mehr als 7 Tagen auf die Annahme warten, der Anteil, der spätestens 7 Kalendertage nach dem Eingang angenommen wurde. Als Eingangstag gilt der Tag der Sendung oder, bei einer weitergeleiteten Anfrage, der Tag der letzten Weiterleitung, damit einer Behörde nicht die Tage angerechnet werden, in denen eine andere Behörde die Anfrage hatte. Eine zurückgezogene Anfrage wird nur gezählt, wenn sie angenommen wurde. Tage sind Kalendertage in UTC.
statistics-definition-average-days = Die durchschnittliche Anzahl der Kalendertage (UTC) vom Eingang (Tag der Sendung oder der letzten Weiterleitung) bis zur ersten Antwort, berechnet über die beantworteten empfangenen Anfragen. Wurde nach einer Antwort um Klarstellung gebeten, zählt weiterhin die erste Antwort.
statistics-definition-median-days = Der mittlere Wert derselben Anzahl von Tagen vom Eingang bis zur ersten Antwort: Die Hälfte der Antworten hat so lange oder kürzer gedauert. Bei einer geraden Anzahl von Antworten gilt der kleinere der beiden mittleren Werte.
statistics-definition-by-agreed-date = Von den beantworteten Anfragen mit vereinbarter Frist der Anteil, der spätestens an diesem Tag erstmals beantwortet wurde (Kalendertage in UTC).
statistics-definition-within-two-weeks = Von den beantworteten Anfragen der Anteil, der spätestens 14 Kalendertage (UTC) nach dem Eingang (Tag der Sendung oder der letzten Weiterleitung) erstmals beantwortet wurde.
statistics-definition-negative-timeliness = Von den empfangenen Anfragen, die die anfragende Behörde bei ihrem Abschluss bewertet hat, der Anteil, bei dem sie die Rechtzeitigkeit der Antwort negativ bewertet hat.
statistics-definition-negative-effort = Von den empfangenen Anfragen, die die anfragende Behörde bei ihrem Abschluss bewertet hat, der Anteil, bei dem sie die Qualität der Antwort negativ bewertet hat.
statistics-no-figure = Keine Anfragen
statistics-based-on = { $count ->
    [one] Auf Grundlage von { $number } Anfrage
   *[other] Auf Grundlage von { $number } Anfragen
}
statistics-eea = EWR
statistics-eea-value = EWR: { $value }
statistics-band-green = Gut
statistics-band-yellow = Zu beobachten
statistics-band-red = Mangelhaft
statistics-legend-title = Schwellenwerte der Bewertungsstufen
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: gut ab { $green }, mangelhaft unter { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: gut unter { $green }, mangelhaft über { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: gut ab { $green }, mangelhaft unter { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: gut unter { $green }, mangelhaft ab { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: gut unter { $green }, mangelhaft ab { $red }.
statistics-quarter = { $quarter }. Quartal { $year }
statistics-quarter-short = { $quarter }. Q.
statistics-charts-heading = Zeitliche Entwicklung
statistics-volumes-title = Gesendete und empfangene Anfragen
statistics-acceptance-title = Anteil der innerhalb von 7 Tagen angenommenen Anfragen
statistics-days-title = Durchschnittliche Anzahl Tage bis zur Antwort
statistics-axis-requests = Anfragen
statistics-axis-share = Anteil
statistics-axis-days = Tage
statistics-show-table = Als Tabelle anzeigen
statistics-tables-heading = Aufschlüsselungen
statistics-column-period = Zeitraum
statistics-column-sent = Gesendet
statistics-column-received = Empfangen
statistics-column-based-on = Grundlage (Anfragen)
statistics-column-area = Rechtsbereich
statistics-column-partner = Partnerland
statistics-column-country = Land
statistics-column-from-to = Von (Zeilen) an (Spalten)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Anfragen nach Rechtsbereich
statistics-by-partner-title = Anfragen nach Partnerland
statistics-by-partner-intro = Partnerland ist das Land auf der Gegenseite: bei einer gesendeten Anfrage das antwortende Land, bei einer empfangenen Anfrage das anfragende Land.
statistics-exchanges-title = Anfragen von Land zu Land
statistics-exchanges-intro = Jede Zeile steht für ein anfragendes Land, jede Spalte für ein antwortendes Land; aufgeführt sind nur die Länder mit Anfragen im Zeitraum.
statistics-scoreboard-title = Anzeiger der antwortenden Länder
statistics-scoreboard-intro = Die Indikatoren jedes Landes als antwortende Seite für die im Zeitraum empfangenen Anfragen, mit ihren Bewertungsstufen gemäß den oben genannten Schwellenwerten.
statistics-csv = CSV-Datei herunterladen
statistics-csv-failed = Dieser Browser konnte die Datei nicht erstellen.
statistics-csv-percent = { $indicator } (in %)
statistics-csv-band = { $indicator }: Bewertungsstufe
statistics-csv-based-on = { $indicator }: Grundlage (Anfragen)
statistics-empty-title = Keine Anfragen in diesem Zeitraum
statistics-empty-body = In diesem Zeitraum wurde keine Anfrage gesendet, die diesen Filtern entspricht. Wählen Sie einen längeren Zeitraum oder weniger Filter.
statistics-error-before-start = Darf nicht vor dem ersten Tag des Zeitraums liegen.
statistics-error-too-long = { $count ->
    [one] Der Zeitraum darf höchstens { $days } Tag umfassen.
   *[other] Der Zeitraum darf höchstens { $days } Tage umfassen.
}

## Vorwarnungen: eine Behörde warnt viele

role-alert_coordinator = Vorwarnkoordination
field-error-before-start = Darf nicht vor dem Datum liegen, ab dem die Entscheidung gilt.
alert-state-draft = Entwurf
alert-state-awaiting-approval = Genehmigung durch die Vorwarnkoordination ausstehend
alert-state-sent = Gesendet
alert-state-closure-proposed = Schließung vorgeschlagen
alert-state-closed = Geschlossen
alert-state-withdrawn = Zurückgezogen
alert-action-edit = Bearbeiten
alert-action-delete = Entwurf löschen
alert-action-send = Vorwarnung senden
alert-action-approve = Genehmigen und senden
alert-action-reject = An die sendende Behörde zurückgeben
alert-action-acknowledge = Eingang für das Land bestätigen
alert-action-pass-on = An Behörden weiterleiten
alert-action-acknowledge-receipt = Eingang bestätigen
alert-action-modify = Ändern
alert-action-withdraw = Zurückziehen
alert-action-propose-closure = Schließung vorschlagen
alert-action-reject-closure = Vorwarnung aufrechterhalten
alert-action-close = Vorwarnung schließen
alert-event-created = Entwurf erstellt
alert-event-submitted = Zur Genehmigung vorgelegt
alert-event-approved = Von der Vorwarnkoordination genehmigt
alert-event-rejected = An die sendende Behörde zurückgegeben
alert-event-sent = Vorwarnung gesendet
alert-event-acknowledged = Eingang von der Vorwarnkoordination des Landes bestätigt
alert-event-passed-on = An zuständige Behörden weitergeleitet
alert-event-receipt-acknowledged = Eingang von der Behörde bestätigt
alert-event-modified = Vorwarnung geändert
alert-event-withdrawn = Vorwarnung zurückgezogen
alert-event-withdrawn-wrong = Vorwarnung zurückgezogen: Sie hat sich als unbegründet erwiesen
alert-event-closure-proposed = Schließung vorgeschlagen
alert-event-closure-rejected = Die Vorwarnung bleibt aufrechterhalten
alert-event-closed = Vorwarnung geschlossen
alert-event-end-reminder = Die Entscheidung gilt nicht mehr: Schließen Sie die Vorwarnung oder ziehen Sie sie zurück
alert-event-late-reminder = Überfällig: Die Entscheidung gilt seit mehr als 3 Tagen nicht mehr, die Vorwarnung ist aber noch offen
email-alert-subject = Vorwarnung { $number }: { $event }
email-alert-body = Guten Tag { $name },

    { $authority } hat eine Aktion zur Vorwarnung { $number } ({ $kind }) ausgeführt: { $event }.

    Vorwarnung öffnen: { $link }

    Diese Nachricht wurde vom Binnenmarkt-Informationssystem versendet. Bitte antworten Sie nicht auf diese Nachricht.

alert-delivery-received = Eingegangen, Eingang noch nicht bestätigt
alert-delivery-acknowledged = Eingang bestätigt
alert-delivery-passed-on = An zuständige Behörden weitergeleitet
alert-box-drafts = Vorwarnungsentwürfe
alert-box-sent = Gesendete Vorwarnungen
alert-box-to-approve = Vorwarnungen zur Genehmigung
alert-box-to-acknowledge = Vorwarnungen zur Eingangsbestätigung
alert-box-received = Eingegangene Vorwarnungen

## Alerts: the pages

nav-alerts = Vorwarnungen
alerts-title = Vorwarnungen
alerts-intro = Mit Vorwarnungen werden die zuständigen Behörden anderer Länder vor einer berufsangehörigen Person oder einem Dienstleistungserbringer gewarnt: Untersagung oder Beschränkung der Berufs- oder Tätigkeitsausübung, gefälschtes Diplom, Gefahr für Gesundheit, Sicherheit oder Umwelt.
alerts-boxes = Vorwarnungslisten
alerts-new = Neue Vorwarnung
alerts-check-link = Berufsangehörige Person überprüfen
alerts-in-force = Geltende Vorwarnungen
alerts-unread = Ungelesene Aktualisierungen von Vorwarnungen
# Wird von Screenreadern angesagt, wenn die Zahl der ungelesenen Aktualisierungen von Vorwarnungen steigt.
live-alert-news = { $count ->
    [one] Eine ungelesene Aktualisierung einer Vorwarnung
   *[other] { $count } ungelesene Aktualisierungen von Vorwarnungen
}
alerts-empty-title = Keine Vorwarnungen vorhanden
alerts-empty-body = Hier werden die Vorwarnungen aufgeführt, die Ihr Land oder Ihre Behörde erhält oder die Ihre Behörde sendet.
alerts-total = { $count ->
    [one] { $count } Vorwarnung
   *[other] { $count } Vorwarnungen
}
alert-title = Vorwarnung { $number }
alert-title-unknown = Vorwarnung
alert-subject-withheld = Personenbezogene Daten ausgeblendet
alert-unread = Neu seit Ihrem letzten Aufruf
alert-from-country = Herkunftsland: { $country }
alert-details = Angaben
alert-sender = Sendende Behörde
alert-sent-at = Gesendet am
alert-revision-label = Änderungen
alert-revision = { $count ->
    [one] Seit dem Senden einmal geändert
   *[other] Seit dem Senden { $count } Mal geändert
}
alert-personal-hidden = Die personenbezogenen Daten dieser Vorwarnung werden nur der sendenden Behörde, den Vorwarnkoordinationen und den Behörden angezeigt, an die sie weitergeleitet wurde.
alert-comment = Anmerkung
alert-comment-help = Für die Empfänger: was sie über die Angaben in den obigen Feldern hinaus wissen sollten. Verfassen Sie die Anmerkung in Ihrer eigenen Sprache; jede lesende Person kann sie maschinell übersetzen lassen.
alert-late-reason = Grund für das verspätete Senden der Vorwarnung
alert-proved-wrong = Diese Vorwarnung wurde zurückgezogen, weil sie sich als unbegründet erwiesen hat.
alert-due-left = { $days ->
    [0] Heute fällig: Eine Vorwarnung muss innerhalb von 3 Tagen nach der Entscheidung gesendet werden.
    [one] Noch { $days } Tag, um diese Vorwarnung zu senden.
   *[other] Noch { $days } Tage, um diese Vorwarnung zu senden.
}
alert-due-late = { $days ->
    [one] { $days } Tag überfällig: Geben Sie an, warum die Vorwarnung verspätet gesendet wird.
   *[other] { $days } Tage überfällig: Geben Sie an, warum die Vorwarnung verspätet gesendet wird.
}
alert-actions = Mögliche Aktionen
alert-note = Begründung
alert-note-help = Erforderlich, um die Vorwarnung zurückzugeben, zurückzuziehen oder ihre Schließung vorzuschlagen; alle Empfänger lesen die Begründung.
alert-note-missing = Geben Sie zuerst eine Begründung an.
alert-withdraw-proved-wrong = Die Vorwarnung hat sich als unbegründet erwiesen: alle Empfänger darüber informieren
alert-conflict = { $error } Aktueller Status der Vorwarnung: { $state }.
alert-deliveries = Empfänger
alert-deliveries-summary = { $count ->
    [one] Eingang bestätigt von { $acknowledged } von { $count } Land.
   *[other] Eingang bestätigt von { $acknowledged } von { $count } Ländern.
}
alert-column-country = Land
alert-column-delivery = Vorwarnkoordination
alert-column-authorities = Zuständige Behörden
alert-received-at = eingegangen am { $date }
alert-acknowledged-at = Eingang bestätigt am { $date }
alert-not-acknowledged = Eingang noch nicht bestätigt
alert-read-at = gelesen am { $date }
alert-not-read = noch nicht gelesen
alert-no-recipients = Noch nicht weitergeleitet
alert-timeline = Verlauf
alert-event-for-country = Land: { $country }
alert-pass-on-title = An zuständige Behörden weiterleiten
alert-pass-on-help = Das Behördenverzeichnis schlägt die Behörden Ihres Landes vor, die für diesen Beruf oder diese Tätigkeit zuständig sind. Entfernen Sie das Häkchen bei den Behörden, die die Vorwarnung nicht erhalten sollen, oder fügen Sie weitere hinzu.
alert-pass-on-none = Im Behördenverzeichnis ist keine Behörde Ihres Landes eingetragen, die für diesen Beruf oder diese Tätigkeit zuständig ist. Fügen Sie die Behörden hinzu, die die Vorwarnung erhalten sollen.
alert-pass-on-already = (bereits erhalten)
alert-pass-on-add = Weitere Behörde hinzufügen
alert-pass-on-own-country = Vorwarnungen können nur an Behörden Ihres eigenen Landes weitergeleitet werden.
alert-pass-on-submit = { $count ->
    [one] An { $count } Behörde weiterleiten
   *[other] An { $count } Behörden weiterleiten
}
alert-compose-title = Neue Vorwarnung
alert-draft-title = Vorwarnungsentwurf { $number }
alert-modify-title = Vorwarnung { $number } ändern
alert-step-kind = Art der Vorwarnung
alert-step-fields = Angaben
alert-step-countries = Länder
alert-step-review = Anmerkung und Senden
alert-kind-legal-basis = Rechtsgrundlage: { $basis }
alert-choose-kind-first = Wählen Sie zuerst die Art der Vorwarnung.
alert-field-required = { $label } (Pflichtangabe)
alert-choose = Bitte auswählen…
alert-countries-all = Diese Vorwarnung geht an die Vorwarnkoordinationen aller 30 EWR-Länder.
alert-countries-choose = Wählen Sie die Länder, in denen der Dienstleistungserbringer tätig ist oder in denen die Gefahr entstehen kann.
alert-countries-always = Der Niederlassungsstaat ({ $country }) erhält diese Vorwarnung in jedem Fall.
alert-countries-none = Noch kein Land ausgewählt.
alert-goes-to = Empfängerländer: { $countries }
alert-approval-note = Vorwarnungen aus Ihrem Land werden vor dem Senden von der Vorwarnkoordination Ihres Landes genehmigt.
alert-modify-note = Alle Empfänger werden darüber informiert, dass die Vorwarnung geändert wurde.
alert-problems = Noch zu ergänzen
alert-incomplete = Die Vorwarnung ist noch nicht vollständig. Die fehlenden Angaben sind markiert.
alert-save-draft = Entwurf speichern
alert-save-modification = Änderung speichern
alert-submit = Zur Genehmigung vorlegen
alert-check-title = Darf diese berufsangehörige Person ihren Beruf ausüben?
alert-check-intro = Suchen Sie nach Namen in den geltenden Vorwarnungen zu Berufsqualifikationen, die Ihr Land oder Ihre Behörde erhalten hat. Akzente und ein Tippfehler werden toleriert. Wird eine Vorwarnung gefunden, gilt im betreffenden Land eine Untersagung oder Beschränkung; wird keine Vorwarnung gefunden, ist dies kein Nachweis dafür, dass die Berufsausübung weder untersagt noch beschränkt ist.
alert-check-name = Name der berufsangehörigen Person
alert-check-profession = Beruf
alert-check-any-profession = Alle Berufe
alert-check-submit = Vorwarnungen durchsuchen
alert-check-none = Zu { $name } liegt keine geltende Vorwarnung vor.
alert-check-found = { $count ->
    [one] { $count } geltende Vorwarnung gefunden
   *[other] { $count } geltende Vorwarnungen gefunden
}
toast-alert-saved = Der Entwurf wurde gespeichert.
toast-alert-sent = Die Vorwarnung wurde gesendet.
toast-alert-submitted = Die Vorwarnung wurde zur Genehmigung vorgelegt.
toast-alert-modified = Die Vorwarnung wurde geändert; die Empfänger werden informiert.
toast-alert-deleted = Der Entwurf wurde gelöscht.
toast-alert-passed-on = Die Vorwarnung wurde weitergeleitet.
toast-alert-done = Erledigt: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Sie sind offline. Bereits geöffnete Anfragen bleiben lesbar; Antworten, Nachrichten und Dokumente, die Sie hinzufügen, werden auf diesem Gerät gespeichert und gesendet, sobald die Verbindung wiederhergestellt ist.
update-ready = Eine neue Version des Systems ist bereit.
update-reload = Neue Version laden

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Eine offline vorgenommene Änderung wartet darauf, gesendet zu werden.
   *[other] { $count } offline vorgenommene Änderungen warten darauf, gesendet zu werden.
}
queue-sending = Die offline vorgenommenen Änderungen werden gesendet…
queue-attention = { $count ->
    [one] Eine offline vorgenommene Änderung wurde nicht gesendet und erfordert Ihre Entscheidung.
   *[other] { $count } offline vorgenommene Änderungen wurden nicht gesendet und erfordern Ihre Entscheidung.
}
queue-title = Noch zu senden
queue-intro = Diese Änderungen wurden ohne Verbindung vorgenommen und sind auf diesem Gerät gespeichert. Sie werden der Reihe nach gesendet, sobald die Verbindung wiederhergestellt ist.
queue-kind-answers = Antworten (gespeichert, nicht an die anfragende Behörde gesendet)
queue-kind-answer = An die anfragende Behörde zu sendende Antworten
queue-kind-message = Nachricht
queue-kind-document = Dokument „{ $name }“ ({ $size } kB)
queue-made-at = Verfasst am { $time }
queue-status-waiting = Wartet auf die Verbindung.
queue-status-conflict = Nicht gesendet: Die Anfrage hat sich geändert, nachdem Sie dies verfasst haben, und hat jetzt den Status „{ $state }“. Sehen Sie im Verlauf unten nach, was sich geändert hat, und senden Sie die Änderung dann trotzdem, oder verwerfen Sie sie.
queue-status-refused = Nicht gesendet: { $error }
queue-send-anyway = Trotzdem senden
queue-edit = Bearbeiten
queue-discard = Verwerfen
queue-discard-confirm = Möchten Sie diese Änderung verwerfen? Was Sie verfasst haben, wird von diesem Gerät gelöscht.
queue-logout-confirm = { $count ->
    [one] Eine offline vorgenommene Änderung wurde noch nicht gesendet. Beim Abmelden wird sie von diesem Gerät gelöscht. Möchten Sie sich trotzdem abmelden?
   *[other] { $count } offline vorgenommene Änderungen wurden noch nicht gesendet. Beim Abmelden werden sie von diesem Gerät gelöscht. Möchten Sie sich trotzdem abmelden?
}
toast-queued = Keine Verbindung: Die Änderung wird auf diesem Gerät gespeichert und gesendet, sobald die Verbindung wiederhergestellt ist.
toast-queue-sent = { $count ->
    [one] Die offline vorgenommene Änderung wurde gesendet.
   *[other] Die { $count } offline vorgenommenen Änderungen wurden gesendet.
}

## Kontrollen vor Ort: Art der Anfrage und Kontrollprotokoll mit den Unterschriften der anwesenden Personen
compose-kind-label = Worum bitten Sie?
request-kind-information = Auskünfte
request-kind-information-help = Die andere Behörde beantwortet Ihre Fragen anhand ihrer Unterlagen und Register.
request-kind-inspection = Kontrolle vor Ort
request-kind-inspection-help = Die andere Behörde kontrolliert die betreffenden Räumlichkeiten, Ausrüstungen oder den betreffenden Standort und berichtet über ihre Feststellungen, mit Fotos und den Unterschriften der anwesenden Personen.
request-checklist = { $count ->
    [one] Checkliste: ein Punkt
   *[other] Checkliste: { $count } Punkte
}
inspection-title = Kontrollprotokoll
inspection-help = Erfassen Sie die Kontrolle, während Sie sie durchführen: Beantworten Sie die Checkliste oben, fügen Sie Fotos als Dokumente bei, tragen Sie dann Tag und Ort ein und lassen Sie jede anwesende Person hier unterschreiben. Die Antwort kann gesendet werden, sobald Sie selbst unterschrieben haben.
inspection-pending = Das Kontrollprotokoll wird hier zusammen mit der Antwort angezeigt.
inspection-inspected-on = Tag der Kontrolle
inspection-place = Kontrollierter Ort
inspection-place-help = Die Anschrift sowie der Standort oder die Räumlichkeiten (zum Beispiel: Baustelle, Tor 2).
inspection-present = Anwesende Personen
inspection-signer-name = Vor- und Nachname
inspection-signer-role = Anwesend als
inspection-signer-refused = Unterschrift verweigert
inspection-signer-unnamed = anwesende Person
inspection-signer-unsigned = Wird erst Teil des Protokolls, wenn die Person unterschreibt oder die Unterschrift verweigert.
inspection-signer-add = Anwesende Person hinzufügen
inspection-signer-remove = Diese Person entfernen
inspection-signature-of = Unterschrift: { $name }
inspection-signature-clear = Unterschrift löschen
inspection-signature-needed = Die Unterschrift der Prüferin oder des Prüfers ist erforderlich, bevor die Antwort gesendet werden kann.
inspection-refused-to-sign = Die Unterschrift wurde verweigert.
signer-role-inspector = Prüferin oder Prüfer
signer-role-provider-representative = Vertretung des Dienstleistungserbringers oder des Arbeitgebers
signer-role-worker = Arbeitnehmerin oder Arbeitnehmer
signer-role-witness = Zeugin oder Zeuge
queue-kind-report = Kontrollprotokoll (gespeichert, nicht an die anfragende Behörde gesendet)
