# Nederlands.

## De applicatie
app-name = Informatiesysteem interne markt
app-short-name = IMI
app-tagline = Administratieve samenwerking tussen de bevoegde autoriteiten van de Europese Economische Ruimte
skip-to-content = Naar de hoofdinhoud
loading = Bezig met laden…

## Navigatie en gebruikersmenu
nav-label = Hoofdnavigatie
nav-inbox = Postvak IN
language-label = Taal
user-signed-in-as = Aangemeld als { $name }, { $authority }
organisation-commission = Europese Commissie
logout = Afmelden
toast-dismiss = Sluiten
toast-logged-out = U bent afgemeld.

## Aanmeldpagina
login-title = Aanmelden
login-intro = Gebruik het account dat de beheerder van uw autoriteit of uw nationale IMI-coördinator voor u heeft aangemaakt.
login-email = E-mailadres
login-password = Wachtwoord
login-submit = Aanmelden
login-submitting = Bezig met aanmelden…
field-required = Dit veld is verplicht.

## Postvak IN
inbox-title = Postvak IN
inbox-empty-title = Nog geen verzoeken

## Pagina's die niet bestaan
not-found-title = Pagina niet gevonden
not-found-body = Het adres dat u hebt gevolgd, leidt niet naar een pagina van dit systeem.
not-found-home = Naar Postvak IN

## Rollen
roles-label = Uw rollen
role-request_handler = Behandelaar van verzoeken
role-allocator = Toewijzer van verzoeken
role-local_administrator = Lokale gegevensbeheerder
role-coordinator = IMI-coördinator
role-commission_observer = Waarnemer van de Commissie

## Fouten die de server teruggeeft, per code
error-internal-error = Er is op de server iets misgegaan. Probeer het opnieuw; als het probleem zich blijft voordoen, neem dan contact op met uw beheerder.
error-database-unavailable = De database van het systeem is momenteel niet bereikbaar. Probeer het over enkele minuten opnieuw.
error-not-found = Wat u hebt opgevraagd, bestaat niet of u hebt er geen toegang toe.
error-method-not-allowed = Deze handeling is hier niet mogelijk.
error-unauthenticated = Uw sessie is beëindigd. Meld u opnieuw aan.
error-forbidden = U hebt niet de rechten die voor deze handeling nodig zijn.
error-invalid-credentials = Het e-mailadres of het wachtwoord is onjuist.
error-too-many-attempts = { $seconds ->
    [one] Te veel mislukte pogingen. Wacht { $seconds } seconde voordat u het opnieuw probeert.
   *[other] Te veel mislukte pogingen. Wacht { $seconds } seconden voordat u het opnieuw probeert.
}
error-malformed-json = De server kon de verzonden gegevens niet lezen. Laad de pagina opnieuw en probeer het nog eens.
error-unsupported-media-type = De server accepteert geen gegevens in deze indeling.
error-payload-too-large = De verzonden gegevens zijn groter dan de server toestaat.
error-validation-failed = Sommige velden zijn niet correct ingevuld. Controleer de gemarkeerde velden.
error-network-error = De server is niet bereikbaar. Controleer uw netwerkverbinding en probeer het opnieuw.
error-invalid-transition = Deze handeling is niet mogelijk in de huidige status van het verzoek. Laad de pagina opnieuw om te zien wat nu mogelijk is.
error-translation-not-configured = Machinevertaling is op dit systeem niet beschikbaar.
error-translation-failed = De dienst voor machinevertaling heeft niet geantwoord. Probeer het later opnieuw.

## Waarden van invulvelden (shared::placeholder::PlaceholderErrorCode)
## $label is het label van het invulveld in de taal van de lezer; $max en $length zijn aantallen
## tekens.
placeholder-error-missing = Vul een waarde in voor “{ $label }”.
placeholder-error-empty = “{ $label }” mag niet leeg zijn.
placeholder-error-too-long = { $max ->
    [one] “{ $label }” mag hoogstens { $max } teken lang zijn; nu zijn het er { $length }.
   *[other] “{ $label }” mag hoogstens { $max } tekens lang zijn; nu zijn het er { $length }.
}
placeholder-error-control-character = “{ $label }” bevat een onzichtbaar stuurteken. Typ de waarde opnieuw.
placeholder-error-line-break = “{ $label }” moet op één regel passen.
placeholder-error-invalid-date = Vul “{ $label }” in als jaar-maand-dag, bijvoorbeeld 2025-03-31.
placeholder-error-nonexistent-date = De datum die voor “{ $label }” is ingevuld, bestaat niet in de kalender.
placeholder-error-unknown-country = Kies voor “{ $label }” een land van de Europese Economische Ruimte.
placeholder-error-invalid-email = “{ $label }” is geen geldig e-mailadres.
placeholder-error-invalid-person-name = “{ $label }” moet de naam van een persoon zijn: letters, zonder cijfers.
placeholder-error-invalid-register-reference = “{ $label }” mag alleen letters, cijfers, spaties en de tekens - . / bevatten.
placeholder-error-unexpected = Er is een waarde opgegeven voor een veld dat geen van de gekozen vragen gebruikt.
placeholder-error-unknown-placeholder = Een vraag gebruikt een onbekend veld. Meld dit aan uw IMI-coördinator.

## Vraagsjablonen (shared::placeholder::TemplateErrorCode)
## $position is een tekenpositie, geteld vanaf 1; $name is de naam van een invulveld zoals die is
## geschreven.
template-error-unterminated = Het invulveld dat begint bij teken { $position }, is niet gesloten.
template-error-empty-name = Het invulveld bij teken { $position } heeft geen naam.
template-error-invalid-name = “{ $name }” (teken { $position }) is geen geldige naam voor een invulveld: de naam moet beginnen met een letter, gevolgd door letters, cijfers of “_”.
template-error-mismatched-delimiters = Het invulveld bij teken { $position } wordt met het ene soort haakje geopend en met een ander soort gesloten.
template-error-nested = Het invulveld bij teken { $position } bevat een ander invulveld.
template-error-unknown-placeholder = “{ $name }” (teken { $position }) is geen bekend invulveld.

## Status van een verzoek (shared::lifecycle::RequestState)
request-state-draft = Concept
request-state-awaiting-acceptance = Wacht op aanvaarding
request-state-accepted = Aanvaard
request-state-info-requested = Informatie gevraagd
request-state-answered = Beantwoord
request-state-closed = Afgesloten
request-state-withdrawn = Ingetrokken

## Handelingen op een verzoek (shared::lifecycle::ActionKind)
request-action-create = Nieuw verzoek
request-action-edit = Bewerken
request-action-delete = Concept verwijderen
request-action-send = Verzenden
request-action-withdraw = Intrekken
request-action-accept = Aanvaarden
request-action-forward = Doorsturen
request-action-request-info = Om meer informatie vragen
request-action-provide-info = Informatie verstrekken
request-action-answer = Beantwoorden
request-action-split-off = Vragen afsplitsen
request-action-request-clarification = Om verduidelijking vragen
request-action-close = Antwoord aanvaarden en afsluiten

## Beoordeling van een antwoord (shared::lifecycle::Rating)
rating-positive = Goed
rating-neutral = Aanvaardbaar
rating-negative = Onvoldoende

## Vragencontrole (een pagina om vraagsjablonen te schrijven en uit te proberen)
nav-question-check = Vragencontrole
question-check-title = Een vraag controleren
question-check-intro = Schrijf een vraag zoals die in een verzoek zal verschijnen, met invulvelden voor de gegevens die de verzoekende autoriteit invult, en probeer de vraag uit met waarden. Hier gelden dezelfde regels als bij het verzenden van een verzoek.
question-check-template = Tekst van de vraag
question-check-template-help = Schrijf elk invulveld als {"${"}Naam{"}"}, bijvoorbeeld {"${"}SPBusinessName{"}"}. Bekende invulvelden: { $names }.
question-check-values = Waarden
question-check-no-placeholders = Deze vraag heeft geen invulvelden.
question-check-preview = Voorbeeld
question-check-submit = Op de server controleren
question-check-accepted = De server aanvaardt deze vraag en de bijbehorende waarden.

## Vragencatalogus
nav-catalogue = Vragen
catalogue-title = Vragencatalogus
catalogue-intro = De vooraf vertaalde vragen die in een verzoek kunnen worden opgenomen. De andere autoriteit leest elk ervan in haar eigen taal; de verzoekende autoriteit vult de invulvelden in.
catalogue-area-label = Wetgevingsgebied
catalogue-count = { $count ->
    [one] { $count } vraag
   *[other] { $count } vragen
}
area-services = Diensten
area-professional_qualifications = Beroepskwalificaties
area-posting_of_workers = Terbeschikkingstelling van werknemers
area-ecommerce = Elektronische handel
answer-type-yes_no = Ja of nee
answer-type-date = Datum
answer-type-free_text = Vrije tekst
answer-type-document = Bijgevoegd document
answer-type-choice = Keuze uit een lijst
answer-type-measurement = Meetwaarde

## Autoriteiten zoeken
nav-authorities = Autoriteiten
authorities-title = Een autoriteit zoeken
authorities-intro = Zoek in elke taal op naam, acroniem, plaats of bevoegdheid, bijvoorbeeld een beroep of een activiteit. Bevoegdheden worden in alle talen van het systeem doorzocht.
authorities-search-label = Naam, plaats of bevoegdheid
authorities-country-label = Land
authorities-any-country = Alle landen
authorities-any-area = Alle gebieden
authorities-results = { $count ->
    [one] { $count } autoriteit gevonden
   *[other] { $count } autoriteiten gevonden
}
authorities-no-results = Geen enkele autoriteit voldoet aan deze zoekopdracht.
## $country is de naam van een land in de taal van de lezer; $label die van een beroep of activiteit.
search-country-from-query = U ziet autoriteiten in { $country }, het land dat in uw zoekopdracht wordt genoemd.
search-none-declared = Geen enkele autoriteit in { $country } heeft zich bevoegd verklaard voor “{ $label }”.
search-none-declared-anywhere = Geen enkele autoriteit heeft zich bevoegd verklaard voor “{ $label }”.
search-ask-coordinator = De nationale IMI-coördinator van { $country } kan u vertellen welke autoriteit bevoegd is:
authorities-match-name = Overeenkomst in de naam
authorities-match-acronym = Overeenkomst in het acroniem
authorities-match-city = Overeenkomst in de plaats
authorities-match-competence = Bevoegd voor: { $label }
authorities-pages = Resultaatpagina's
authorities-previous = Vorige
authorities-next = Volgende
authorities-page = Pagina { $page } van { $pages }
profile-back = Terug naar de zoekopdracht
profile-country = Land
profile-acronym = Acroniem
profile-level = Bestuursniveau
level-national = Nationaal
level-regional = Regionaal
level-local = Lokaal
profile-address = Adres
profile-email = E-mailadres
profile-phone = Telefoon
profile-role = Rol in het systeem
profile-coordinator = Nationale IMI-coördinator
profile-areas = Wetgevingsgebieden
profile-competences = Bevoegd voor

## Landen van de Europese Economische Ruimte
country-AT = Oostenrijk
country-BE = België
country-BG = Bulgarije
country-HR = Kroatië
country-CY = Cyprus
country-CZ = Tsjechië
country-DK = Denemarken
country-EE = Estland
country-FI = Finland
country-FR = Frankrijk
country-DE = Duitsland
country-GR = Griekenland
country-HU = Hongarije
country-IE = Ierland
country-IT = Italië
country-LV = Letland
country-LT = Litouwen
country-LU = Luxemburg
country-MT = Malta
country-NL = Nederland
country-PL = Polen
country-PT = Portugal
country-RO = Roemenië
country-SK = Slowakije
country-SI = Slovenië
country-ES = Spanje
country-SE = Zweden
country-IS = IJsland
country-LI = Liechtenstein
country-NO = Noorwegen

## Postvak IN: lijsten, sortering en aantallen
inbox-empty-body-box = Hier worden de verzoeken van uw autoriteit weergegeven die aan deze filters voldoen.
inbox-new-request = Nieuw verzoek
inbox-boxes = Lijsten van verzoeken
inbox-total = { $count ->
    [one] Eén verzoek
   *[other] { $count } verzoeken
}
inbox-deadline = Uiterste datum { $date }
inbox-number-label = Verzoeknummer
inbox-sort-label = Volgorde
inbox-sort-updated-desc = Meest recent gewijzigde eerst
inbox-sort-updated-asc = Minst recent gewijzigde eerst
inbox-sort-deadline-asc = Vroegste uiterste datum eerst
inbox-sort-number-desc = Hoogste nummer eerst
box-to-accept = Te aanvaarden
box-to-answer = Te beantwoorden of te beoordelen
box-awaiting = Wacht op de andere autoriteit
box-overdue = Termijn overschreden
box-drafts = Concepten
box-closed = Afgesloten
box-all = Alle
error-unsupported-file-type = Dit bestandstype wordt niet geaccepteerd. Voeg een pdf-bestand, een afbeelding of een kantoordocument bij.

## Een verzoek
request-title = Verzoek { $number }
request-title-unknown = Verzoek
request-overdue = Termijn overschreden
request-from = Van
request-to = Aan
request-created = Aangemaakt
request-requested-date = Antwoord gevraagd uiterlijk op
request-deadline = Overeengekomen termijn
request-subject = Op wie het verzoek betrekking heeft
request-personal-data-hidden = Persoonsgegevens, de opmerking, berichten en documenten worden getoond zodra uw autoriteit het verzoek heeft aanvaard.
request-personal-data-coordinator = Als coördinator kunt u het verloop van het verzoek volgen. De persoonsgegevens, de opmerking, de berichten en de documenten van het verzoek zijn alleen bestemd voor de twee autoriteiten.
request-note-hidden = Tekst niet getoond: deze kan persoonsgegevens bevatten.
request-blocked-on = Persoonsgegevens afgeschermd op
request-personal-data-blocked = Volgens de bewaarregels zijn de persoonsgegevens van dit verzoek (op wie het betrekking heeft, vrije tekst en documenten) op { $date } afgeschermd. Niemand kan ze nog inzien en ze worden op { $deleted } gewist.
request-personal-data-erased = Volgens de bewaarregels zijn de persoonsgegevens van dit verzoek op { $date } gewist. Alleen de hoofdlijnen blijven bewaard: datums, autoriteiten, statussen en beoordelingen.
personal-data-mark = Persoonsgegevens
personal-data-legend = Dit teken geeft persoonsgegevens aan. Alleen de autoriteiten die het verzoek behandelen, zien ze; na afloop van het verzoek worden ze volgens de bewaarregels eerst afgeschermd en daarna gewist.
nav-data-subjects = Betrokkenen
data-subjects-title = Inzageverzoeken van betrokkenen
data-subjects-intro = Wanneer iemand vraagt welke gegevens uw autoriteit over hem of haar heeft, vindt u hier alle verzoeken van uw autoriteit over die persoon, ook die waarvan de persoonsgegevens zijn afgeschermd, en stelt u het overzicht op waarop de persoon recht heeft. Elke zoekopdracht en elk overzicht wordt met de reden vastgelegd.
data-subjects-reason = Reden
data-subjects-reason-help = Bijvoorbeeld de datum en het kenmerk van het verzoek van de persoon. De reden wordt vastgelegd in het auditlogboek.
data-subjects-search = Zoeken
data-subjects-found = { $count ->
    [one] Eén verzoek gevonden
   *[other] { $count } verzoeken gevonden
}
data-subjects-none = Geen enkel verzoek van uw autoriteit heeft betrekking op deze persoon.
data-subjects-include = Opnemen in het overzicht
data-subjects-side-requesting = Verzonden door uw autoriteit
data-subjects-side-responding = Ontvangen door uw autoriteit
data-subjects-stage-visible = Persoonsgegevens zichtbaar
data-subjects-stage-blocked = Persoonsgegevens afgeschermd
data-subjects-stage-deleted = Persoonsgegevens gewist
data-subjects-report-language = Taal van het overzicht
data-subjects-make-report = Overzicht opstellen
data-subjects-print = Overzicht afdrukken
report-title = Persoonsgegevens die over u worden bewaard
report-intro = { $authority } bewaart de volgende persoonsgegevens over u in het Informatiesysteem interne markt (IMI), waarmee de autoriteiten van de Europese Economische Ruimte informatie uitwisselen op grond van Verordening (EU) nr. 1024/2012.
report-made-on = Overzicht opgesteld op { $date }
report-request = Verzoek { $number }
report-area = Rechtsgebied
report-data = Bewaarde gegevens
report-disclosures = Verzonden of ontvangen
report-disclosure-sent = Op { $date } verzonden aan { $authority }
report-disclosure-forwarded = Op { $date } doorgestuurd aan { $authority }
report-disclosure-split-off = Op { $date } gedeeltelijk overgedragen aan { $authority }
report-disclosure-received-from = Op { $date } ontvangen van { $authority }
report-retention = Afscherming en wissing
report-blocked-and-deleted = Afscherming op { $blocked } (vanaf dan kan niemand ze meer inzien) en wissing op { $deleted }.
report-not-ended = Het verzoek is nog in behandeling. De persoonsgegevens ervan worden { $block ->
    [one] { $block } maand
   *[other] { $block } maanden
} na afloop afgeschermd en { $delete ->
    [one] { $delete } maand
   *[other] { $delete } maanden
} na afloop gewist.
report-count = { $field }: { $count }
report-field-document = Bijgevoegd document
report-field-comment = Opmerking van de verzoekende autoriteit
report-field-note = Berichten en begeleidende teksten
report-field-text-answer = Schriftelijke antwoorden
report-field-answer-comment = Opmerkingen bij antwoorden
report-field-inspection-present = Aanwezig bij de inspectie ter plaatse
report-empty = De verzoeken van deze autoriteit bevatten geen persoonsgegevens over u.
timeline-fields = Gerectificeerde velden: { $fields }
request-rectify = Persoonsgegevens rectificeren
request-rectify-title = Gegevens rectificeren van degene op wie het verzoek betrekking heeft
request-rectify-help = De andere autoriteit krijgt te horen welke velden u hebt gerectificeerd. De vorige waarden worden niet bewaard.
request-rectify-save = Rectificatie opslaan
request-comment = Opmerking
request-original-language = Oorspronkelijke taal: { $language }
request-questions = { $count ->
    [one] Eén vraag
   *[other] { $count } vragen
}
request-answer = Antwoord
request-answer-comment = Opmerking bij het antwoord
request-answer-choose = Kies een antwoord
request-answer-date = Datum
request-answer-measurement = Meetwaarde ({ $unit })
request-answer-text = Tekst van het antwoord
request-save-answers = Antwoorden opslaan
request-send-answer = Antwoord verzenden
request-actions = Wat u kunt doen
request-propose-days = Of stel een andere termijn voor, in dagen
request-accept-proposed = Aanvaarden met deze termijn
request-note = Begeleidende tekst
request-rating-timeliness = Tijdigheid van het antwoord
request-rating-effort = Kwaliteit van het antwoord
request-rating-choose = Kies een beoordeling
request-rating-needed = Beoordeel de tijdigheid en de kwaliteit van het antwoord om het verzoek af te sluiten.
confirm-irreversible = Dit kan niet ongedaan worden gemaakt. Wilt u doorgaan?
request-split-choose = Deze vraag naar een andere autoriteit verplaatsen
request-reuse = Een nieuw verzoek starten op basis van dit verzoek
request-timeline = Geschiedenis
timeline-new = Nieuw sinds uw wijziging
request-message = Bericht aan de andere autoriteit
request-message-send = Bericht verzenden
timeline-to = Aan: { $authority }
timeline-split-to = Nieuw verzoek nr. { $id }
subject-name = Naam
subject-identifier = Registratie- of identificatienummer
subject-birth-date = Geboortedatum
picker-label = Autoriteit zoeken (in elke taal)
picker-more = Meer tonen
answer-yes = Ja
answer-no = Nee
answer-unknown = Onbekend
answer-date = Een datum
answer-text = Een schriftelijk antwoord
answer-measurement = Een meetwaarde
answer-document-attached = Het document is bijgevoegd
answer-document-not-available = Het document is niet beschikbaar
event-created = Concept aangemaakt
event-sent = Verzonden
event-withdrawn = Ingetrokken
event-accepted = Aanvaard
event-forwarded = Doorgestuurd
event-info-requested = Om meer informatie gevraagd
event-info-provided = Informatie verstrekt
event-answered = Beantwoord
event-split-off = Vragen afgesplitst naar een nieuw verzoek
event-clarification-requested = Om verduidelijking gevraagd
event-closed = Antwoord aanvaard, verzoek afgesloten
event-message = Bericht
event-attachment-added = Document bijgevoegd
toast-request-action-send = Het verzoek is verzonden.
toast-request-action-delete = Het concept is verwijderd.
toast-request-action-withdraw = Het verzoek is ingetrokken.
toast-request-action-accept = Het verzoek is aanvaard.
toast-request-action-forward = Het verzoek is doorgestuurd.
toast-request-action-request-info = Uw vraag is naar de verzoekende autoriteit verzonden.
toast-request-action-provide-info = De informatie is verzonden.
toast-request-action-answer = Het antwoord is verzonden.
toast-request-action-split-off = De vragen zijn naar een nieuw verzoek verplaatst.
toast-request-action-request-clarification = Uw verzoek om verduidelijking is verzonden.
toast-request-action-close = Het verzoek is afgesloten.
toast-answers-saved = Uw antwoorden zijn opgeslagen.

## Een verzoek opstellen
compose-title = Nieuw verzoek
compose-steps = Stappen
compose-step-area = Wetgevingsgebied
compose-step-authority = Autoriteit
compose-step-subject = Betrokkene
compose-step-questions = Vragen
compose-step-details = Opmerking en datum
compose-step-review = Controleren en verzenden
compose-back = Terug
compose-next = Volgende
compose-saved = Concept nr. { $id } opgeslagen
compose-chosen-authority = Gekozen: { $name }
compose-subject-help = De betrokken beroepsbeoefenaar of dienstverrichter. De ontvangende autoriteit ziet deze gegevens pas nadat zij het verzoek heeft aanvaard.
compose-comment-help = Geschreven in uw taal; de andere autoriteit ziet om welke taal het gaat.
compose-incomplete = Het verzoek is nog niet volledig. De ontbrekende onderdelen zijn gemarkeerd.
compose-draft-title = Concept { $number }
compose-questions-filter = Vragen filteren
compose-questions-chosen = Gekozen vragen: { $count }
compose-step-attention = vereist aandacht
compose-review-fix = Corrigeer het volgende voordat u het verzoek verzendt:
compose-review-language = De vragen worden in uw taal getoond; de ontvangende autoriteit leest ze in haar eigen taal.
compose-review-none = Geen
field-error-missing = Verplicht.
field-error-too-long = Te lang.
field-error-not-in-future = Moet een datum na vandaag zijn.
field-error-in-future = Mag niet in de toekomst liggen.
field-error-empty = Mag niet leeg zijn.
field-error-duplicate = Twee keer gekozen.
field-error-unknown = Onbekend.
field-error-other-area = Hoort bij een ander wetgevingsgebied.
field-error-area-not-handled = Deze autoriteit behandelt het wetgevingsgebied van het verzoek niet.
field-error-not-allowed = Hier niet mogelijk.
field-error-too-many = Te veel.

## Bijgevoegde documenten
request-documents = Documenten
request-no-documents = Er zijn geen documenten bijgevoegd.
request-documents-withheld = Documenten zijn persoonsgegevens: ze worden hier niet getoond, net als de overige persoonsgegevens van dit verzoek.
request-document-size = { $size } kB
upload-label = Een document bijvoegen
upload-choose = Een bestand kiezen…
upload-take-photo = Een foto maken
upload-keep-original = Foto's in het oorspronkelijke formaat verzenden (anders worden ze eerst op dit apparaat verkleind)
date-day = Dag
date-month = Maand
date-year = Jaar
upload-help = Pdf-bestand, afbeelding of kantoordocument, maximaal 20 MB.
upload-question = Het document beantwoordt
upload-no-question = Geen specifieke vraag
upload-question-number = Vraag { $number }
upload-progress = Voortgang van het uploaden

## Meldingen per e-mail ($event is een van de event-*-berichten)
email-subject = Verzoek { $number }: { $event }
email-body = Geachte { $name },

    { $authority } heeft een handeling verricht met betrekking tot verzoek { $number }: { $event }.

    Open het verzoek: { $link }

    Dit bericht is verzonden door het Informatiesysteem interne markt. Gelieve niet op dit bericht te antwoorden.

## Meldingen
notifications-label = Meldingen
notifications-unread = { $count ->
    [one] { $count } ongelezen melding
   *[other] { $count } ongelezen meldingen
}
notifications-empty = Geen meldingen.
notifications-mark-all-read = Alles als gelezen markeren
notification-item = { $number }: { $event }

## Toewijzing en coördinatie
request-assigned-to = Toegewezen aan { $name }
request-assign-label = Verantwoordelijke behandelaar
request-unassigned = Niet toegewezen
toast-assigned = De verantwoordelijke behandelaar is gewijzigd.
toast-saved = Opgeslagen.
inbox-allocation-toggle = Een toewijzer wijst elk binnenkomend verzoek toe aan een van de behandelaars van uw autoriteit
event-assigned = Toegewezen aan een behandelaar
event-reminded = Herinnering van de coördinator
event-inactive = Twee maanden geen activiteit
event-rectified = Persoonsgegevens gerectificeerd
nav-coordination = Coördinatie
coordination-title = Verzoeken zonder activiteit
coordination-intro = Verzoeken van de autoriteiten van uw land waarin al meer dan twee maanden niets is gebeurd. Open een verzoek om het door te sturen, of herinner de autoriteit die aan zet is aan het verzoek.
coordination-empty = Er zijn geen verzoeken die al meer dan twee maanden zonder activiteit zijn.
coordination-last-change = Laatste wijziging { $date }
coordination-remind = Herinnering verzenden
toast-reminded = De herinnering is verzonden.

## Machinevertaling van vrije tekst
request-translate = Vertalen naar mijn taal
request-info-asked = { $authority } vraagt om de volgende informatie:
request-translation-unavailable = Deze tekst is in een andere taal geschreven en op deze server is geen machinevertaling ingesteld.
request-machine-translation = Machinevertaling:

## Filters van het overzicht
inbox-state-label = Status
inbox-any-state = Alle statussen
inbox-from-label = Gewijzigd vanaf
inbox-to-label = Gewijzigd tot en met
inbox-assigned-to-me = Alleen verzoeken die aan mij zijn toegewezen

## Uitnodigingen, registerbeheer (coördinatoren) en gebruikersbeheer (lokale gegevensbeheerders)
email-invitation-subject = Uw account in het Informatiesysteem interne markt (IMI): { $authority }
email-invitation-body = Geachte { $name },

    { $inviter } heeft voor u een account aangemaakt in het Informatiesysteem interne markt (IMI), als gebruiker van { $authority }.

    Open de volgende link en kies uw wachtwoord om het account te activeren: { $link }

    De link kan één keer worden gebruikt en is { $days ->
        [one] één dag
       *[other] { $days } dagen
    } geldig. Als u dit bericht niet verwachtte, kunt u het negeren.
error-edit-conflict = Iemand anders heeft deze gegevens opgeslagen nadat u ze had geopend. Laad de pagina opnieuw om die wijzigingen te zien en breng daarna uw eigen wijzigingen opnieuw aan.
error-invalid-parameter = Het adres van deze pagina is niet geldig. Controleer de link of ga terug en probeer het opnieuw.
error-rate-limited = Dit is pas kort geleden gedaan en kan nog niet worden herhaald. Probeer het later opnieuw.
error-second-factor-required = Voer de code uit uw authenticatie-app in.
error-invalid-second-factor = De code is onjuist of verlopen. Voer de code in die de app nu toont.
error-second-factor-setup-required = Uw rollen vereisen tweestapsverificatie. Stel deze in op uw accountpagina om verder te gaan.
error-storage-full = Het document kon niet worden opgeslagen, omdat de opslagruimte van de server vol is. Er is niets opgeslagen; meld dit aan uw IMI-beheerder.
error-personal-data-blocked = De persoonsgegevens van dit verzoek zijn volgens de bewaarregels afgeschermd: er kan niets meer aan worden toegevoegd.
error-idempotency-key-reused = Deze wijziging is al met een andere inhoud verzonden. Laad de pagina opnieuw en breng de wijziging opnieuw aan.
error-request-in-progress = Deze wijziging wordt nog verwerkt. Wacht even en probeer het opnieuw.
error-device-storage-full = Op dit apparaat is geen ruimte meer om de wijziging te bewaren tot de verbinding is hersteld. Er is niets bewaard: maak ruimte vrij op het apparaat of breng de wijziging aan wanneer u online bent.
error-too-large-to-keep = Dit document is te groot om op het apparaat te worden bewaard tot de verbinding is hersteld. Voeg het bij wanneer u online bent.
nav-registry = Register
nav-users = Gebruikers
registry-title = Registerbeheer
registry-intro = Registreer de autoriteiten van uw land, of importeer er veel tegelijk uit een CSV-bestand. Om een autoriteit te corrigeren, zoekt u haar op en opent u haar profiel.
registry-new = Een autoriteit registreren
registry-import-title = Importeren uit een CSV-bestand
registry-import-help = Eén autoriteit per regel, met de kolommen die in de importhandleiding zijn beschreven. Als een regel onjuist is, wordt er niets geïmporteerd; als u hetzelfde bestand opnieuw importeert, verandert er niets.
registry-import-file = CSV-bestand
registry-import-progress = Voortgang van de import
registry-import-done = Geïmporteerd: { $created } nieuw, { $updated } bijgewerkt, { $unchanged } ongewijzigd.
registry-import-refused = Er is niets geïmporteerd. Corrigeer deze regels en importeer het bestand opnieuw:
registry-import-line = Regel
registry-import-column = Kolom
registry-import-reason = Probleem
form-title-new = Een autoriteit registreren
form-title-edit = { $name } bewerken
form-errors = Corrigeer de gemarkeerde velden.
form-name = Naam in de eigen taal
form-name-language = Taal van de naam
form-other-names = Namen in andere officiële talen
form-other-name = Andere naam { $number }
form-other-name-add = Een naam in een andere taal toevoegen
form-other-name-remove = Verwijderen
form-name-en = Naam in het Engels
form-city = Plaats
form-level-help = Het deel van het land waarvoor de autoriteit bevoegd is. Als meerdere autoriteiten even goed bij een zoekopdracht passen, wordt de nationale autoriteit eerst vermeld.
form-phone-help = In internationale notatie, bijvoorbeeld +371 6701 2345.
form-competences-filter = Een toe te voegen bevoegdheid zoeken
form-administrator = Eerste lokale gegevensbeheerder
form-administrator-help = Deze persoon ontvangt een uitnodiging per e-mail, kiest een wachtwoord en beheert daarna de gebruikers van de autoriteit.
form-person-name = Volledige naam
form-invitation-language = Taal van de uitnodiging
form-save = Opslaan
form-register = Registreren
form-cancel = Annuleren
profile-edit = Bewerken
authority-send-request = Een verzoek aan deze autoriteit verzenden
profile-area-coordinator = IMI-coördinator voor haar wetgevingsgebieden
profile-other-names = Andere namen
profile-registered-by = Geregistreerd door
profile-registered-by-value = { $user }, { $authority }
users-title = Gebruikers
users-roles = Rollen
users-active = Actief
users-pending = Uitnodiging nog niet aanvaard
users-invitation-expired = Uitnodiging verlopen
users-resend-invitation = Uitnodiging opnieuw verzenden
toast-invitation-resent = Er is een nieuwe uitnodiging verzonden; de vorige link is niet meer geldig.
users-inactive = Gedeactiveerd
users-invited-by = Uitgenodigd door { $name }
users-may-log-in = Mag zich aanmelden
users-invite-title = Een collega uitnodigen
users-invite = Uitnodiging verzenden
toast-invited = De uitnodiging is verzonden.
invitation-title = Welkom bij IMI
invitation-intro = { $name }, u bent uitgenodigd voor het Informatiesysteem interne markt als gebruiker van { $authority } ({ $country }). Kies uw wachtwoord om uw account te activeren.
password-help = { $count ->
    [one] Ten minste één teken. Een paar woorden die niets met elkaar te maken hebben, vormen een goed wachtwoord; veelgebruikte wachtwoorden en wachtwoorden met uw naam of e-mailadres worden geweigerd.
   *[other] Ten minste { $count } tekens. Een paar woorden die niets met elkaar te maken hebben, vormen een goed wachtwoord; veelgebruikte wachtwoorden en wachtwoorden met uw naam of e-mailadres worden geweigerd.
}
invitation-repeat = Wachtwoord herhalen
invitation-mismatch = De twee wachtwoorden komen niet overeen.
invitation-accept = Mijn account activeren
invitation-invalid = Deze uitnodigingslink is onbekend, is al gebruikt of is verlopen. Vraag uw lokale gegevensbeheerder of uw IMI-coördinator om een nieuwe uitnodiging.
field-error-invalid-email = Geen geldig e-mailadres.
field-error-invalid-phone = Geen telefoonnummer in internationale notatie (+ gevolgd door cijfers).
field-error-not-yours = Valt buiten de wetgevingsgebieden die u coördineert.
field-error-taken = Al in gebruik voor een ander account.
field-error-too-short = Te kort.
field-error-last-administrator = De autoriteit moet ten minste één actieve lokale gegevensbeheerder behouden.
field-error-control-character = Bevat een stuurteken of een teken dat de tekstrichting wijzigt. Verwijder dit teken.
field-error-not-own-country = Kies een autoriteit uit uw eigen land.
field-error-too-personal = Mag uw e-mailadres of uw naam niet bevatten.
field-error-too-guessable = Te gemakkelijk te raden: een veelgebruikt wachtwoord of iets wat daar sterk op lijkt. Gebruik een langere reeks woorden die niets met elkaar te maken hebben.
field-error-wrong-code = De code is onjuist of verlopen.
field-error-no-setup = Het instellen is niet gestart of is vervangen. Begin opnieuw.
field-error-no-second-factor = Tweestapsverificatie is niet ingeschakeld.
field-error-required-by-role = Uw rollen vereisen tweestapsverificatie; deze kan niet worden uitgeschakeld.
field-error-wrong-password = Het wachtwoord is onjuist.
field-error-self = U kunt uw eigen account niet deactiveren.
field-error-other-country = Hoort bij een ander land.
field-error-not-utf8 = Het bestand is geen UTF-8-tekst. Sla het in uw spreadsheetprogramma op als “CSV UTF-8”.
field-error-unreadable = Deze regel kan niet als CSV worden gelezen.
field-error-unknown-column = Onbekende kolom.
field-error-missing-column = Er ontbreekt een verplichte kolom.
field-error-wrong-column-count = Deze regel heeft niet evenveel cellen als de kopregel.
field-error-too-many-rows = Te veel regels: maximaal 20.000 per bestand.
field-error-invalid-format = Niet in de verwachte vorm.
field-error-duplicate-of-line = Dezelfde referentie als op regel { $line }.
field-error-out-of-range = Buiten het toegestane bereik.
field-error-out-of-range-between = Moet tussen { $min } en { $max } liggen.
field-error-invalid-date = Geen geldige datum.
field-error-nonexistent-date = Deze datum bestaat niet.
field-error-invalid-person-name = Geen geldige persoonsnaam.
field-error-invalid-register-reference = Geen geldig registratienummer.
field-error-unknown-country = Dit land is niet bekend in het systeem.
field-error-unknown-placeholder = Dit invulveld is niet bekend in het systeem.
field-error-unexpected = Hoort niet bij de gekozen vragen.
field-error-line-break = Moet op één regel staan.
field-error-none-left = Er moet ten minste één vraag in het verzoek blijven.
field-error-not-a-handler = Geen actieve behandelaar van verzoeken bij deze autoriteit.
field-error-not-a-coordinator = Geen coördinator.
field-error-not-asked = Hoort niet bij de vragen van het verzoek.
field-error-not-here = Hier niet mogelijk.
field-error-unterminated = Een invulveld wordt geopend maar nergens gesloten.
field-error-empty-name = Een invulveld heeft geen naam.
field-error-invalid-name = De naam van een invulveld is ongeldig.
field-error-mismatched-delimiters = De haakjes komen niet overeen.
field-error-nested = Een invulveld staat binnen een ander invulveld.
field-error-wrong-kind = Dit soort antwoord past niet bij de vraag.
field-error-no-attachment = Er is geen document bij deze vraag gevoegd.

## Account: tweestapsverificatie, sessies en wachtwoord
login-code = Code uit uw authenticatie-app
login-code-intro = Voor uw account geldt tweestapsverificatie. Voer de code in die uw authenticatie-app nu toont.
login-code-help = Zes cijfers uit de app of een van uw herstelcodes.
user-account = Uw account
account-title = Uw account
account-second-factor-title = Tweestapsverificatie
account-second-factor-intro = Na uw wachtwoord wordt bij het aanmelden gevraagd om een code van zes cijfers uit een authenticatie-app op uw telefoon, zoals FreeOTP, Aegis, Google Authenticator of Microsoft Authenticator.
account-second-factor-required = Uw rollen (lokale gegevensbeheerder of IMI-coördinator) vereisen tweestapsverificatie. Stel deze nu in om verder te gaan.
account-second-factor-on = { $count ->
    [one] Tweestapsverificatie is ingeschakeld. U hebt nog één herstelcode.
   *[other] Tweestapsverificatie is ingeschakeld. U hebt nog { $count } herstelcodes.
}
account-second-factor-off = Tweestapsverificatie is uitgeschakeld.
account-second-factor-start = Tweestapsverificatie instellen
account-second-factor-scan = Scan deze code met uw authenticatie-app of typ de onderstaande sleutel in de app. Voer daarna de code in die de app toont.
account-second-factor-qr = QR-code om uw account aan een authenticatie-app toe te voegen
account-second-factor-key = Sleutel
account-second-factor-code = Code uit de app
account-second-factor-confirm = Tweestapsverificatie inschakelen
account-second-factor-disable = Tweestapsverificatie uitschakelen
account-recovery-title = Herstelcodes
account-recovery-intro = Bewaar deze codes op een veilige plek, niet bij uw telefoon. Met elke code kunt u zich één keer aanmelden als u uw telefoon kwijt bent. De codes worden alleen nu getoond.
account-recovery-done = Ik heb de codes bewaard
account-recovery-renew = Nieuwe herstelcodes aanmaken
account-sessions-title = Waar u bent aangemeld
account-session-browser = Browser
account-session-address = IP-adres
account-session-started = Gestart
account-session-ends = Verloopt
account-session-current = Deze sessie
account-session-unknown = Onbekend
account-session-end = Sessie beëindigen
account-sessions-end-others = Overal elders afmelden
account-password-title = Wachtwoord
account-password-current = Huidig wachtwoord
account-password-new = Nieuw wachtwoord
account-password-repeat = Nieuw wachtwoord herhalen
account-password-change = Wachtwoord wijzigen
toast-second-factor-on = Tweestapsverificatie is ingeschakeld.
toast-second-factor-off = Tweestapsverificatie is uitgeschakeld.
toast-recovery-renewed = Er zijn nieuwe herstelcodes aangemaakt; de oude werken niet meer.
toast-session-ended = Die sessie is beëindigd.
toast-sessions-ended = Uw andere sessies zijn beëindigd.
toast-password-changed = Uw wachtwoord is gewijzigd en uw andere sessies zijn beëindigd.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## $number is een aantal zoals de taal van de lezer het schrijft, en $count hetzelfde aantal als getal
## (voor de meervoudsvorm). $from, $to en $today zijn datums; $value, $green en $red zijn waarden
## die al in de taal van de lezer zijn geschreven (een percentage of dagen); $zone is een tijdzone
## (UTC); $indicator is de naam van een van de statistics-figure-*-cijfers.
nav-statistics = Statistieken
statistics-title = Statistieken
statistics-intro = Hoeveel verzoeken er worden uitgewisseld, hoe snel ze worden aanvaard en beantwoord, en hoe de verzoekende autoriteiten de antwoorden beoordelen. Personen, namen of teksten maken geen deel uit van deze cijfers.
statistics-print = Afdrukken
statistics-filters = Filteropties
statistics-from = Van
statistics-to = Tot en met
statistics-partner = Partnerland
statistics-direction = Richting
statistics-direction-all = Verzonden en ontvangen
statistics-direction-sent = Verzonden
statistics-direction-received = Ontvangen
statistics-granularity = Interval van de tijdreeks
statistics-granularity-month = Maand
statistics-granularity-quarter = Kwartaal
statistics-granularity-year = Jaar
statistics-whose = Cijfers van
statistics-scope-everything = Alle landen
statistics-scope-areas = { $country }: uw gebieden
statistics-scope-authority = Uw autoriteit
statistics-your-areas = Uw wetgevingsgebieden
statistics-period = Verzoeken verzonden van { $from } tot en met { $to }
statistics-as-of = Dagen zijn kalenderdagen in { $zone }; stand per { $today }.
statistics-volumes-heading = Aantallen
statistics-performance-heading = Snelheid en tevredenheid
statistics-performance-intro = Snelheid en tevredenheid betreffen de aangezochte kant: geteld worden de verzoeken die in de periode aan deze autoriteiten zijn verzonden. Bij elk cijfer staat op hoeveel verzoeken het berust; een cijfer dat op weinig verzoeken berust, kan sterk veranderen.
statistics-figure-sent = Verzonden verzoeken
statistics-figure-received = Ontvangen verzoeken
statistics-figure-open-now = Nu openstaand
statistics-figure-overdue-now = Nu termijn overschreden
statistics-figure-accepted-in-time = Aanvaard binnen 7 dagen
statistics-figure-average-days = Gemiddeld aantal dagen tot antwoord
statistics-figure-median-days = Mediaan aantal dagen tot antwoord
statistics-figure-by-agreed-date = Beantwoord binnen de overeengekomen termijn
statistics-figure-within-two-weeks = Beantwoord binnen twee weken
statistics-figure-negative-timeliness = Negatieve beoordelingen van de tijdigheid
statistics-figure-negative-effort = Negatieve beoordelingen van de kwaliteit
statistics-what-is-counted = Wat wordt geteld
statistics-definition-sent = Verzoeken die deze autoriteiten in de periode hebben verzonden, elk geteld op de dag van verzending. Concepten tellen nooit mee. Een doorgestuurd verzoek telt één keer; een verzoek dat van een ander verzoek is afgesplitst, is een zelfstandig verzoek, verzonden op de dag van de afsplitsing; een ingetrokken verzoek telt toch mee. Dagen zijn kalenderdagen in UTC.
statistics-definition-received = Verzoeken die in de periode aan deze autoriteiten zijn verzonden, elk geteld op de dag van verzending. Een doorgestuurd verzoek telt één keer, voor de autoriteit die het als laatste heeft; een ingetrokken verzoek telt toch mee. Dagen zijn kalenderdagen in UTC.
statistics-definition-open-now = Verzonden of ontvangen verzoeken van deze autoriteiten die vandaag op aanvaarding wachten, aanvaard zijn of op informatie wachten, ongeacht wanneer ze zijn verzonden: dit cijfer is niet tot de periode beperkt.
statistics-definition-overdue-now = Van de verzoeken die nu openstaan, die waarvan de overeengekomen termijn vandaag is verstreken (kalenderdagen in UTC). Ook dit cijfer is niet tot de periode beperkt.
statistics-definition-accepted-in-time = Van de ontvangen verzoeken die zijn aanvaard, of die meer dan 7 dagen hebben gewacht zonder te worden aanvaard, het aandeel dat uiterlijk 7 kalenderdagen na ontvangst is aanvaard. Een verzoek is ontvangen op de dag van verzending of, als het is doorgestuurd, op de dag van de laatste doorzending, zodat een autoriteit niet de dagen aangerekend krijgt waarin een andere autoriteit het verzoek onder zich had. Een ingetrokken verzoek telt alleen mee als het was aanvaard. Dagen zijn kalenderdagen in UTC.
statistics-definition-average-days = Het gemiddelde aantal kalenderdagen (UTC) van ontvangst (de dag van verzending of van de laatste doorzending) tot het eerste antwoord, over de ontvangen verzoeken die zijn beantwoord. Als na een antwoord om verduidelijking is gevraagd, telt nog steeds het eerste antwoord.
statistics-definition-median-days = De middelste waarde van dezelfde aantallen dagen van ontvangst tot het eerste antwoord: de helft van de antwoorden kwam binnen deze tijd of sneller. Bij een even aantal antwoorden geldt de laagste van de twee middelste waarden.
statistics-definition-by-agreed-date = Van de beantwoorde verzoeken met een overeengekomen termijn, het aandeel dat uiterlijk op die dag voor het eerst is beantwoord (kalenderdagen in UTC).
statistics-definition-within-two-weeks = Van de beantwoorde verzoeken, het aandeel dat uiterlijk 14 kalenderdagen (UTC) na ontvangst (de dag van verzending of van de laatste doorzending) voor het eerst is beantwoord.
statistics-definition-negative-timeliness = Van de ontvangen verzoeken die de verzoekende autoriteit bij het afsluiten heeft beoordeeld, het aandeel waarvan zij de tijdigheid van het antwoord negatief heeft beoordeeld.
statistics-definition-negative-effort = Van de ontvangen verzoeken die de verzoekende autoriteit bij het afsluiten heeft beoordeeld, het aandeel waarvan zij de kwaliteit van het antwoord negatief heeft beoordeeld.
statistics-no-figure = Geen verzoeken
statistics-based-on = { $count ->
    [one] Gebaseerd op { $number } verzoek
   *[other] Gebaseerd op { $number } verzoeken
}
statistics-eea = EER
statistics-eea-value = EER: { $value }
statistics-band-green = Goed
statistics-band-yellow = Aandachtspunt
statistics-band-red = Onvoldoende
statistics-legend-title = Drempelwaarden van de categorieën
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: goed vanaf { $green }, onvoldoende onder { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: goed onder { $green }, onvoldoende boven { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: goed vanaf { $green }, onvoldoende onder { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: goed onder { $green }, onvoldoende vanaf { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: goed onder { $green }, onvoldoende vanaf { $red }.
statistics-quarter = { $quarter }e kw. { $year }
statistics-quarter-short = { $quarter }e kw.
statistics-charts-heading = Ontwikkeling in de tijd
statistics-volumes-title = Verzonden en ontvangen verzoeken
statistics-acceptance-title = Aandeel verzoeken aanvaard binnen 7 dagen
statistics-days-title = Gemiddeld aantal dagen tot antwoord
statistics-axis-requests = Verzoeken
statistics-axis-share = Aandeel
statistics-axis-days = Dagen
statistics-show-table = Als tabel weergeven
statistics-tables-heading = Uitsplitsingen
statistics-column-period = Periode
statistics-column-sent = Verzonden
statistics-column-received = Ontvangen
statistics-column-based-on = Basis (verzoeken)
statistics-column-area = Wetgevingsgebied
statistics-column-partner = Partnerland
statistics-column-country = Land
statistics-column-from-to = Van (rijen) naar (kolommen)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Verzoeken per wetgevingsgebied
statistics-by-partner-title = Verzoeken per partnerland
statistics-by-partner-intro = Het partnerland is het land aan de andere kant: het aangezochte land bij een verzonden verzoek, het verzoekende land bij een ontvangen verzoek.
statistics-exchanges-title = Verzoeken van land tot land
statistics-exchanges-intro = Elke rij is een verzoekend land, elke kolom een aangezocht land; alleen de landen met verzoeken in de periode worden vermeld.
statistics-scoreboard-title = Scorebord van de aangezochte landen
statistics-scoreboard-intro = De indicatoren van elk land als aangezochte kant, voor de verzoeken die het in de periode heeft ontvangen, met hun categorie volgens de bovenstaande drempelwaarden.
statistics-csv = CSV-bestand downloaden
statistics-csv-failed = Deze browser kon het bestand niet aanmaken.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: categorie
statistics-csv-based-on = { $indicator }: basis (verzoeken)
statistics-empty-title = Geen verzoeken in deze periode
statistics-empty-body = In deze periode is geen verzoek verzonden dat aan deze filters voldoet. Kies een langere periode of minder filters.
statistics-error-before-start = Mag niet vóór de eerste dag van de periode liggen.
statistics-error-too-long = { $count ->
    [one] De periode mag ten hoogste { $days } dag lang zijn.
   *[other] De periode mag ten hoogste { $days } dagen lang zijn.
}

## Waarschuwingen: één autoriteit waarschuwt vele andere

role-alert_coordinator = Waarschuwingscoördinator
field-error-before-start = Mag niet vóór de datum liggen waarop de beslissing van toepassing wordt.
alert-state-draft = Concept
alert-state-awaiting-approval = Wacht op goedkeuring door de waarschuwingscoördinator
alert-state-sent = Verzonden
alert-state-closure-proposed = Afsluiting voorgesteld
alert-state-closed = Afgesloten
alert-state-withdrawn = Ingetrokken
alert-action-edit = Bewerken
alert-action-delete = Concept verwijderen
alert-action-send = Waarschuwing verzenden
alert-action-approve = Goedkeuren en verzenden
alert-action-reject = Terugsturen naar de afzender
alert-action-acknowledge = Ontvangst bevestigen namens het land
alert-action-pass-on = Doorgeven aan autoriteiten
alert-action-acknowledge-receipt = Ontvangst bevestigen
alert-action-modify = Wijzigen
alert-action-withdraw = Intrekken
alert-action-propose-closure = Afsluiting voorstellen
alert-action-reject-closure = Waarschuwing openhouden
alert-action-close = Waarschuwing afsluiten
alert-event-created = Concept aangemaakt
alert-event-submitted = Ter goedkeuring voorgelegd
alert-event-approved = Goedgekeurd door de waarschuwingscoördinator
alert-event-rejected = Teruggestuurd naar de afzender
alert-event-sent = Waarschuwing verzonden
alert-event-acknowledged = Ontvangst bevestigd door de waarschuwingscoördinator van het land
alert-event-passed-on = Doorgegeven aan bevoegde autoriteiten
alert-event-receipt-acknowledged = Ontvangst bevestigd door de autoriteit
alert-event-modified = Waarschuwing gewijzigd
alert-event-withdrawn = Waarschuwing ingetrokken
alert-event-withdrawn-wrong = Waarschuwing ingetrokken: deze bleek ongegrond
alert-event-closure-proposed = Afsluiting voorgesteld
alert-event-closure-rejected = De waarschuwing blijft open
alert-event-closed = Waarschuwing afgesloten
alert-event-end-reminder = De beslissing is niet meer van toepassing: sluit de waarschuwing af of trek deze in
alert-event-late-reminder = Termijn overschreden: de beslissing is al meer dan 3 dagen niet meer van toepassing en de waarschuwing staat nog open
email-alert-subject = Waarschuwing { $number }: { $event }
email-alert-body = Geachte { $name },

    { $authority } heeft een handeling verricht met betrekking tot waarschuwing { $number } ({ $kind }): { $event }.

    Open de waarschuwing: { $link }

    Dit bericht is verzonden door het Informatiesysteem interne markt. Gelieve niet op dit bericht te antwoorden.

alert-delivery-received = Ontvangen, ontvangst nog niet bevestigd
alert-delivery-acknowledged = Ontvangst bevestigd
alert-delivery-passed-on = Doorgegeven aan bevoegde autoriteiten
alert-box-drafts = Conceptwaarschuwingen
alert-box-sent = Verzonden waarschuwingen
alert-box-to-approve = Goed te keuren waarschuwingen
alert-box-to-acknowledge = Waarschuwingen waarvan de ontvangst moet worden bevestigd
alert-box-received = Ontvangen waarschuwingen

## Alerts: the pages

nav-alerts = Waarschuwingen
alerts-title = Waarschuwingen
alerts-intro = Waarschuwingen attenderen de bevoegde autoriteiten van andere landen op een beroepsbeoefenaar of een dienstverrichter: een verbod op of een beperking van de beroepsuitoefening, een vervalst diploma, een gevaar voor de gezondheid, de veiligheid of het milieu.
alerts-boxes = Lijsten van waarschuwingen
alerts-new = Nieuwe waarschuwing
alerts-check-link = Een beroepsbeoefenaar controleren
alerts-in-force = Geldende waarschuwingen
alerts-unread = Ongelezen ontwikkelingen in waarschuwingen
# Wordt door schermlezers voorgelezen wanneer het aantal ongelezen ontwikkelingen in waarschuwingen stijgt.
live-alert-news = { $count ->
    [one] Eén ongelezen ontwikkeling in een waarschuwing
   *[other] { $count } ongelezen ontwikkelingen in waarschuwingen
}
alerts-empty-title = Hier staan geen waarschuwingen
alerts-empty-body = Wanneer een waarschuwing uw land of uw autoriteit bereikt, of wanneer uw autoriteit een waarschuwing verzendt, wordt deze hier weergegeven.
alerts-total = { $count ->
    [one] { $count } waarschuwing
   *[other] { $count } waarschuwingen
}
alert-title = Waarschuwing { $number }
alert-title-unknown = Waarschuwing
alert-subject-withheld = Persoonsgegevens niet getoond
alert-unread = Nieuw sinds u deze het laatst opende
alert-from-country = Uit { $country }
alert-details = Gegevens
alert-sender = Verzendende autoriteit
alert-sent-at = Verzonden op
alert-revision-label = Wijzigingen
alert-revision = { $count ->
    [one] Eenmaal gewijzigd sinds de verzending
   *[other] { $count } keer gewijzigd sinds de verzending
}
alert-personal-hidden = De persoonsgegevens van deze waarschuwing worden alleen getoond aan de afzender, de waarschuwingscoördinatoren en de autoriteiten aan wie de waarschuwing is doorgegeven.
alert-comment = Opmerking
alert-comment-help = Voor de ontvangers: wat zij moeten weten naast de bovenstaande velden. Schrijf in uw eigen taal; elke lezer kan de tekst machinaal laten vertalen.
alert-late-reason = Reden waarom de waarschuwing te laat wordt verzonden
alert-proved-wrong = Deze waarschuwing is ingetrokken omdat zij ongegrond is gebleken.
alert-due-left = { $days ->
    [0] Uiterlijk vandaag: een waarschuwing moet binnen 3 dagen na de beslissing worden verzonden.
    [one] Nog { $days } dag om deze waarschuwing te verzenden.
   *[other] Nog { $days } dagen om deze waarschuwing te verzenden.
}
alert-due-late = { $days ->
    [one] { $days } dag te laat: vermeld waarom de waarschuwing te laat wordt verzonden.
   *[other] { $days } dagen te laat: vermeld waarom de waarschuwing te laat wordt verzonden.
}
alert-actions = Wat u kunt doen
alert-note = Reden
alert-note-help = Verplicht om de waarschuwing terug te sturen of in te trekken of om de afsluiting ervan voor te stellen; elke ontvanger leest de reden.
alert-note-missing = Geef eerst een reden op.
alert-withdraw-proved-wrong = De waarschuwing is ongegrond gebleken: alle ontvangers hiervan op de hoogte brengen
alert-conflict = { $error } De huidige status van de waarschuwing is: { $state }.
alert-deliveries = Ontvangers
alert-deliveries-summary = { $count ->
    [one] Ontvangst bevestigd door { $acknowledged } van { $count } land.
   *[other] Ontvangst bevestigd door { $acknowledged } van de { $count } landen.
}
alert-column-country = Land
alert-column-delivery = Waarschuwingscoördinator
alert-column-authorities = Bevoegde autoriteiten
alert-received-at = ontvangen op { $date }
alert-acknowledged-at = ontvangst bevestigd op { $date }
alert-not-acknowledged = ontvangst nog niet bevestigd
alert-read-at = gelezen op { $date }
alert-not-read = nog niet gelezen
alert-no-recipients = Nog niet doorgegeven
alert-timeline = Tijdlijn
alert-event-for-country = voor { $country }
alert-pass-on-title = Doorgeven aan bevoegde autoriteiten
alert-pass-on-help = Het register stelt de autoriteiten van uw land voor die bevoegd zijn voor dit beroep of deze activiteit. Vink de autoriteiten uit die de waarschuwing niet moeten ontvangen, of voeg andere toe.
alert-pass-on-none = Het register kent geen autoriteit van uw land die bevoegd is voor dit beroep of deze activiteit. Voeg de autoriteiten toe die de waarschuwing moeten ontvangen.
alert-pass-on-already = (heeft de waarschuwing al ontvangen)
alert-pass-on-add = Nog een autoriteit toevoegen
alert-pass-on-own-country = Waarschuwingen kunnen alleen worden doorgegeven aan autoriteiten van uw eigen land.
alert-pass-on-submit = { $count ->
    [one] Doorgeven aan { $count } autoriteit
   *[other] Doorgeven aan { $count } autoriteiten
}
alert-compose-title = Nieuwe waarschuwing
alert-draft-title = Conceptwaarschuwing { $number }
alert-modify-title = Waarschuwing { $number } wijzigen
alert-step-kind = Soort waarschuwing
alert-step-fields = Gegevens
alert-step-countries = Landen
alert-step-review = Opmerking en verzending
alert-kind-legal-basis = Rechtsgrondslag: { $basis }
alert-choose-kind-first = Kies eerst de soort waarschuwing.
alert-field-required = { $label } (verplicht)
alert-choose = Kiezen…
alert-countries-all = Deze waarschuwing gaat naar de waarschuwingscoördinatoren van alle 30 EER-landen.
alert-countries-choose = Kies de landen waar de dienstverrichter actief is of waar het risico zich kan voordoen.
alert-countries-always = { $country } ontvangt deze waarschuwing in elk geval, als land van vestiging.
alert-countries-none = Nog geen land gekozen.
alert-goes-to = Gaat naar: { $countries }
alert-approval-note = Waarschuwingen uit uw land worden vóór de verzending goedgekeurd door de waarschuwingscoördinator van uw land.
alert-modify-note = Alle ontvangers worden ervan op de hoogte gebracht dat de waarschuwing is gewijzigd.
alert-problems = Nog aan te vullen
alert-incomplete = De waarschuwing is nog niet volledig. De ontbrekende onderdelen zijn gemarkeerd.
alert-save-draft = Concept opslaan
alert-save-modification = Wijziging opslaan
alert-submit = Ter goedkeuring voorleggen
alert-check-title = Mag deze beroepsbeoefenaar zijn beroep uitoefenen?
alert-check-intro = Zoek op naam in de geldende waarschuwingen over beroepskwalificaties die uw land of uw autoriteit hebben bereikt. Accenten en één tikfout worden genegeerd. Een gevonden waarschuwing betekent dat in het land van die waarschuwing een verbod of beperking geldt; als er geen waarschuwing wordt gevonden, is dat geen bewijs dat de betrokkene zijn beroep onbeperkt mag uitoefenen.
alert-check-name = Naam van de beroepsbeoefenaar
alert-check-profession = Beroep
alert-check-any-profession = Alle beroepen
alert-check-submit = Waarschuwingen zoeken
alert-check-none = Geen enkele geldende waarschuwing vermeldt { $name }.
alert-check-found = { $count ->
    [one] { $count } geldende waarschuwing gevonden
   *[other] { $count } geldende waarschuwingen gevonden
}
toast-alert-saved = Het concept is opgeslagen.
toast-alert-sent = De waarschuwing is verzonden.
toast-alert-submitted = De waarschuwing is ter goedkeuring voorgelegd.
toast-alert-modified = De waarschuwing is gewijzigd; de ontvangers worden op de hoogte gebracht.
toast-alert-deleted = Het concept is verwijderd.
toast-alert-passed-on = De waarschuwing is doorgegeven.
toast-alert-done = Uitgevoerd: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = U bent offline. De verzoeken die u hebt geopend, blijven leesbaar; de antwoorden, berichten en documenten die u toevoegt, worden op dit apparaat bewaard en verzonden zodra de verbinding is hersteld.
update-ready = Er staat een nieuwe versie van het systeem klaar.
update-reload = Nieuwe versie laden

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Eén offline aangebrachte wijziging wacht op verzending.
   *[other] { $count } offline aangebrachte wijzigingen wachten op verzending.
}
queue-sending = De offline aangebrachte wijzigingen worden verzonden…
queue-attention = { $count ->
    [one] Eén offline aangebrachte wijziging is niet verzonden en vraagt om uw beslissing.
   *[other] { $count } offline aangebrachte wijzigingen zijn niet verzonden en vragen om uw beslissing.
}
queue-title = Wacht op verzending
queue-intro = Deze wijzigingen zijn zonder verbinding aangebracht en worden op dit apparaat bewaard. Ze worden op volgorde verzonden zodra de verbinding is hersteld.
queue-kind-answers = Antwoorden (opgeslagen, niet naar de verzoekende autoriteit verzonden)
queue-kind-answer = Antwoorden die naar de verzoekende autoriteit worden verzonden
queue-kind-message = Bericht
queue-kind-document = Document “{ $name }” ({ $size } kB)
queue-made-at = Geschreven op { $time }
queue-status-waiting = Wacht op de verbinding.
queue-status-conflict = Niet verzonden: het verzoek is gewijzigd nadat u dit schreef en heeft nu de status “{ $state }”. Bekijk in de geschiedenis hieronder wat er is gewijzigd en verzend de wijziging daarna toch of verwerp ze.
queue-status-refused = Niet verzonden: { $error }
queue-send-anyway = Toch verzenden
queue-edit = Bewerken
queue-discard = Verwerpen
queue-discard-confirm = Deze wijziging verwerpen? Wat u hebt geschreven, wordt van dit apparaat verwijderd.
queue-logout-confirm = { $count ->
    [one] Eén offline aangebrachte wijziging is nog niet verzonden. Als u zich afmeldt, wordt ze van dit apparaat verwijderd. Toch afmelden?
   *[other] { $count } offline aangebrachte wijzigingen zijn nog niet verzonden. Als u zich afmeldt, worden ze van dit apparaat verwijderd. Toch afmelden?
}
toast-queued = Geen verbinding: de wijziging wordt op dit apparaat bewaard en verzonden zodra de verbinding is hersteld.
toast-queue-sent = { $count ->
    [one] De offline aangebrachte wijziging is verzonden.
   *[other] De { $count } offline aangebrachte wijzigingen zijn verzonden.
}

## Inspecties ter plaatse: het soort verzoek en het inspectieverslag met de handtekeningen van de aanwezigen
compose-kind-label = Waar vraagt u om?
request-kind-information = Inlichtingen
request-kind-information-help = De andere autoriteit beantwoordt uw vragen op basis van haar registers en dossiers.
request-kind-inspection = Inspectie ter plaatse
request-kind-inspection-help = De andere autoriteit inspecteert de betrokken bedrijfsruimten, uitrusting of locatie en brengt verslag uit van haar bevindingen, met foto's en de handtekeningen van de aanwezigen.
request-checklist = { $count ->
    [one] Controlelijst: één punt
   *[other] Controlelijst: { $count } punten
}
inspection-title = Inspectieverslag
inspection-help = Leg de inspectie vast terwijl u ze uitvoert: beantwoord de controlelijst hierboven, voeg foto's toe als documenten, noteer vervolgens de dag en de plaats en laat iedere aanwezige hier ondertekenen. Het antwoord kan worden verzonden zodra u zelf hebt ondertekend.
inspection-pending = Het inspectieverslag wordt hier samen met het antwoord getoond.
inspection-inspected-on = Dag van de inspectie
inspection-place = Geïnspecteerde plaats
inspection-place-help = Het adres, en de locatie of de bedrijfsruimten (bijvoorbeeld: bouwplaats, poort 2).
inspection-present = Aanwezigen
inspection-signer-name = Naam
inspection-signer-role = Aanwezig als
inspection-signer-refused = Heeft geweigerd te ondertekenen
inspection-signer-unnamed = de aanwezige persoon
inspection-signer-unsigned = Maakt pas deel uit van het verslag na ondertekening of weigering om te ondertekenen.
inspection-signer-add = Een aanwezige toevoegen
inspection-signer-remove = Deze persoon verwijderen
inspection-signature-of = Handtekening van { $name }
inspection-signature-clear = Handtekening wissen
inspection-signature-needed = De handtekening van de inspecteur is vereist voordat het antwoord kan worden verzonden.
inspection-refused-to-sign = Deze persoon heeft geweigerd te ondertekenen.
signer-role-inspector = Inspecteur
signer-role-provider-representative = Vertegenwoordiger van de dienstverrichter of de werkgever
signer-role-worker = Werknemer
signer-role-witness = Getuige
queue-kind-report = Inspectieverslag (opgeslagen, niet naar de verzoekende autoriteit verzonden)
