# Svenska.

## Applikationen
app-name = Informationssystemet för den inre marknaden
app-short-name = IMI
app-tagline = Administrativt samarbete mellan behöriga myndigheter inom Europeiska ekonomiska samarbetsområdet
skip-to-content = Hoppa till huvudinnehållet
loading = Läser in…

## Navigering och användarmenyn
nav-label = Huvudnavigering
nav-inbox = Inkorg
language-label = Språk
user-signed-in-as = Inloggad som { $name }, { $authority }
organisation-commission = Europeiska kommissionen
logout = Logga ut
toast-dismiss = Stäng
toast-logged-out = Du har loggat ut.

## Inloggningssidan
login-title = Logga in
login-intro = Använd det konto som administratören på din myndighet eller den nationella IMI-samordnaren har skapat åt dig.
login-email = E-postadress
login-password = Lösenord
login-submit = Logga in
login-submitting = Loggar in…
field-required = Det här fältet är obligatoriskt.

## Inkorgen
inbox-title = Inkorg
inbox-empty-title = Inga förfrågningar ännu

## Sidor som inte finns
not-found-title = Sidan hittades inte
not-found-body = Adressen du följde leder inte till någon sida i systemet.
not-found-home = Gå till inkorgen

## Roller
roles-label = Dina roller
role-request_handler = Handläggare av förfrågningar
role-allocator = Fördelare av förfrågningar
role-local_administrator = Lokal dataadministratör
role-coordinator = IMI-samordnare
role-commission_observer = Kommissionens observatör

## Fel som servern returnerar, efter kod
error-internal-error = Ett fel uppstod på servern. Försök igen. Kontakta din administratör om problemet kvarstår.
error-database-unavailable = Systemets databas kan inte nås just nu. Försök igen om några minuter.
error-not-found = Det du efterfrågade finns inte, eller så har du inte åtkomst till det.
error-method-not-allowed = Åtgärden är inte möjlig här.
error-unauthenticated = Din session har avslutats. Logga in igen.
error-forbidden = Du har inte behörighet att utföra den här åtgärden.
error-invalid-credentials = E-postadressen eller lösenordet är felaktigt.
error-too-many-attempts = { $seconds ->
    [one] För många misslyckade försök. Vänta { $seconds } sekund innan du försöker igen.
   *[other] För många misslyckade försök. Vänta { $seconds } sekunder innan du försöker igen.
}
error-malformed-json = Servern kunde inte läsa de skickade uppgifterna. Ladda om sidan och försök igen.
error-unsupported-media-type = Servern tar inte emot uppgifter i det här formatet.
error-payload-too-large = De skickade uppgifterna är större än vad servern tar emot.
error-validation-failed = Vissa fält är inte korrekt ifyllda. Kontrollera de markerade fälten.
error-network-error = Servern kan inte nås. Kontrollera nätverksanslutningen och försök igen.
error-invalid-transition = Åtgärden är inte möjlig i förfrågans nuvarande status. Ladda om sidan för att se vilka åtgärder som är möjliga nu.
error-translation-not-configured = Maskinöversättning är inte tillgänglig i det här systemet.
error-translation-failed = Tjänsten för maskinöversättning svarade inte. Försök igen senare.

## Värden för platshållare (shared::placeholder::PlaceholderErrorCode)
## $label är platshållarens etikett på läsarens språk; $max och $length är antal tecken.
placeholder-error-missing = Ange ett värde för ”{ $label }”.
placeholder-error-empty = Fältet ”{ $label }” får inte vara tomt.
placeholder-error-too-long = { $max ->
    [one] Fältet ”{ $label }” får innehålla högst { $max } tecken; nu innehåller det { $length }.
   *[other] Fältet ”{ $label }” får innehålla högst { $max } tecken; nu innehåller det { $length }.
}
placeholder-error-control-character = Fältet ”{ $label }” innehåller ett osynligt styrtecken. Skriv in värdet igen.
placeholder-error-line-break = Fältet ”{ $label }” måste rymmas på en rad.
placeholder-error-invalid-date = Ange ”{ $label }” som år-månad-dag, till exempel 2025-03-31.
placeholder-error-nonexistent-date = Datumet som angetts för ”{ $label }” finns inte i kalendern.
placeholder-error-unknown-country = Välj ett land inom Europeiska ekonomiska samarbetsområdet för ”{ $label }”.
placeholder-error-invalid-email = ”{ $label }” är inte en giltig e-postadress.
placeholder-error-invalid-person-name = ”{ $label }” måste vara ett personnamn: bokstäver, utan siffror.
placeholder-error-invalid-register-reference = ”{ $label }” får bara innehålla bokstäver, siffror, mellanslag och tecknen - . /
placeholder-error-unexpected = Ett värde har angetts för ett fält som ingen av de valda frågorna använder.
placeholder-error-unknown-placeholder = En fråga använder ett okänt fält. Meddela din IMI-samordnare.

## Frågemallar (shared::placeholder::TemplateErrorCode)
## $position är ett teckens position räknat från 1; $name är en platshållares namn som det skrivits.
template-error-unterminated = Platshållaren som börjar vid tecken { $position } är inte avslutad.
template-error-empty-name = Platshållaren vid tecken { $position } saknar namn.
template-error-invalid-name = ”{ $name }” (tecken { $position }) är inte ett giltigt platshållarnamn: det måste börja med en bokstav följd av bokstäver, siffror eller ”_”.
template-error-mismatched-delimiters = Platshållaren vid tecken { $position } öppnas med en sorts parentes och stängs med en annan.
template-error-nested = Platshållaren vid tecken { $position } innehåller en annan platshållare.
template-error-unknown-placeholder = ”{ $name }” (tecken { $position }) är ingen känd platshållare.

## Förfrågans status (shared::lifecycle::RequestState)
request-state-draft = Utkast
request-state-awaiting-acceptance = Inväntar godtagande
request-state-accepted = Godtagen
request-state-info-requested = Mer information begärd
request-state-answered = Besvarad
request-state-closed = Avslutad
request-state-withdrawn = Återkallad

## Åtgärder för en förfrågan (shared::lifecycle::ActionKind)
request-action-create = Ny förfrågan
request-action-edit = Redigera
request-action-delete = Ta bort utkast
request-action-send = Skicka
request-action-withdraw = Återkalla
request-action-accept = Godta
request-action-forward = Vidarebefordra
request-action-request-info = Begär mer information
request-action-provide-info = Lämna information
request-action-answer = Svara
request-action-split-off = Bryt ut frågor
request-action-request-clarification = Begär förtydligande
request-action-close = Godta svaret och avsluta

## Bedömning av ett svar (shared::lifecycle::Rating)
rating-positive = Bra
rating-neutral = Godtagbart
rating-negative = Bristfälligt

## Frågekontroll (en sida för att skriva och prova frågemallar)
nav-question-check = Frågekontroll
question-check-title = Kontrollera en fråga
question-check-intro = Skriv en fråga så som den kommer att visas i en förfrågan, med platshållare för de uppgifter som den begärande myndigheten fyller i, och prova den med värden. Samma regler gäller här som när en förfrågan skickas.
question-check-template = Frågetext
question-check-template-help = Skriv varje platshållare som {"${"}Namn{"}"}, till exempel {"${"}SPBusinessName{"}"}. Kända platshållare: { $names }.
question-check-values = Värden
question-check-no-placeholders = Frågan har inga platshållare.
question-check-preview = Förhandsgranskning
question-check-submit = Kontrollera på servern
question-check-accepted = Servern godtar frågan och dess värden.

## Frågekatalog
nav-catalogue = Frågor
catalogue-title = Frågekatalog
catalogue-intro = De förhandsöversatta frågor som kan ingå i en förfrågan. Den andra myndigheten läser var och en av dem på sitt eget språk; platshållarna fylls i av den begärande myndigheten.
catalogue-area-label = Lagstiftningsområde
catalogue-count = { $count ->
    [one] { $count } fråga
   *[other] { $count } frågor
}
area-services = Tjänster
area-professional_qualifications = Yrkeskvalifikationer
area-posting_of_workers = Utstationering av arbetstagare
area-ecommerce = Elektronisk handel
answer-type-yes_no = Ja eller nej
answer-type-date = Datum
answer-type-free_text = Fritext
answer-type-document = Dokument
answer-type-choice = Val ur en lista
answer-type-measurement = Uppmätt värde

## Sökning efter myndigheter
nav-authorities = Myndigheter
authorities-title = Hitta en myndighet
authorities-intro = Sök på valfritt språk efter namn, förkortning, ort eller behörighetsområde, till exempel ett yrke eller en verksamhet. Behörighetsområden söks på alla systemets språk.
authorities-search-label = Namn, ort eller behörighetsområde
authorities-country-label = Land
authorities-any-country = Alla länder
authorities-any-area = Alla områden
authorities-results = { $count ->
    [one] { $count } myndighet hittades
   *[other] { $count } myndigheter hittades
}
authorities-no-results = Ingen myndighet motsvarar sökningen.
## $country är ett lands namn på läsarens språk; $label är ett yrkes eller en verksamhets benämning.
search-country-from-query = Visar myndigheter i { $country }, det land som anges i din sökning.
search-none-declared = Ingen myndighet i { $country } har angett att den är behörig för ”{ $label }”.
search-none-declared-anywhere = Ingen myndighet har angett att den är behörig för ”{ $label }”.
search-ask-coordinator = Den nationella IMI-samordnaren i { $country } kan tala om för dig vilken myndighet som är behörig:
authorities-match-name = Träff i namnet
authorities-match-acronym = Träff i förkortningen
authorities-match-city = Träff i ortnamnet
authorities-match-competence = Behörighetsområde: { $label }
authorities-pages = Resultatsidor
authorities-previous = Föregående
authorities-next = Nästa
authorities-page = Sida { $page } av { $pages }
profile-back = Tillbaka till sökningen
profile-country = Land
profile-acronym = Förkortning
profile-level = Förvaltningsnivå
level-national = Nationell
level-regional = Regional
level-local = Kommunal
profile-address = Adress
profile-email = E-post
profile-phone = Telefon
profile-role = Roll i systemet
profile-coordinator = Nationell IMI-samordnare
profile-areas = Lagstiftningsområden
profile-competences = Behörighetsområden

## Länder inom Europeiska ekonomiska samarbetsområdet
country-AT = Österrike
country-BE = Belgien
country-BG = Bulgarien
country-HR = Kroatien
country-CY = Cypern
country-CZ = Tjeckien
country-DK = Danmark
country-EE = Estland
country-FI = Finland
country-FR = Frankrike
country-DE = Tyskland
country-GR = Grekland
country-HU = Ungern
country-IE = Irland
country-IT = Italien
country-LV = Lettland
country-LT = Litauen
country-LU = Luxemburg
country-MT = Malta
country-NL = Nederländerna
country-PL = Polen
country-PT = Portugal
country-RO = Rumänien
country-SK = Slovakien
country-SI = Slovenien
country-ES = Spanien
country-SE = Sverige
country-IS = Island
country-LI = Liechtenstein
country-NO = Norge

## Inkorgen: listor, sortering och antal
inbox-empty-body-box = Här visas din myndighets förfrågningar som motsvarar dessa filter.
inbox-new-request = Ny förfrågan
inbox-boxes = Listor över förfrågningar
inbox-total = { $count ->
    [one] En förfrågan
   *[other] { $count } förfrågningar
}
inbox-deadline = Tidsfrist { $date }
inbox-number-label = Förfrågningsnummer
inbox-sort-label = Sortering
inbox-sort-updated-desc = Senast ändrade först
inbox-sort-updated-asc = Längst sedan ändrade först
inbox-sort-deadline-asc = Tidigaste tidsfrist först
inbox-sort-number-desc = Högsta nummer först
box-to-accept = Att godta
box-to-answer = Att besvara eller granska
box-awaiting = Inväntar den andra myndigheten
box-overdue = Försenade
box-drafts = Utkast
box-closed = Avslutade
box-all = Alla
error-unsupported-file-type = Filtypen godtas inte. Bifoga en pdf-fil, en bild eller ett kontorsdokument.

## En förfrågan
request-title = Förfrågan { $number }
request-title-unknown = Förfrågan
request-overdue = Tidsfristen har löpt ut
request-from = Från
request-to = Till
request-created = Skapad
request-requested-date = Svar begärt senast
request-deadline = Överenskommen tidsfrist
request-subject = Vem förfrågan gäller
request-personal-data-hidden = Personuppgifter, kommentaren, meddelanden och dokument visas när din myndighet har godtagit förfrågan.
request-personal-data-coordinator = Som samordnare kan du följa hur förfrågan fortskrider. Personuppgifterna, kommentaren, meddelandena och dokumenten i förfrågan är förbehållna de två myndigheterna.
request-note-hidden = Texten visas inte eftersom den kan innehålla personuppgifter.
request-blocked-on = Personuppgifter spärrade den
request-personal-data-blocked = Enligt reglerna om lagring spärrades personuppgifterna i denna förfrågan (vem den gäller, fritext och dokument) den { $date }. Ingen kan längre se dem, och de raderas den { $deleted }.
request-personal-data-erased = Enligt reglerna om lagring raderades personuppgifterna i denna förfrågan den { $date }. Endast huvuddragen finns kvar: datum, myndigheter, statusar och omdömen.
personal-data-mark = Personuppgifter
personal-data-legend = Denna symbol markerar personuppgifter. Endast de myndigheter som handlägger förfrågan kan se dem; när förfrågan har avslutats spärras de och raderas sedan, enligt reglerna om lagring.
nav-data-subjects = Registrerade
data-subjects-title = Begäranden om registerutdrag
data-subjects-intro = När en person frågar vilka uppgifter din myndighet har om honom eller henne hittar du här alla förfrågningar hos din myndighet som gäller personen, även sådana vars personuppgifter är spärrade, och kan upprätta det registerutdrag som personen har rätt till. Varje sökning och varje registerutdrag registreras med sitt skäl.
data-subjects-reason = Skäl
data-subjects-reason-help = Till exempel datum och diarienummer för personens begäran. Skälet förs in i granskningsloggen.
data-subjects-search = Sök
data-subjects-found = { $count ->
    [one] En förfrågan hittades
   *[other] { $count } förfrågningar hittades
}
data-subjects-none = Ingen förfrågan hos din myndighet gäller denna person.
data-subjects-include = Ta med i registerutdraget
data-subjects-side-requesting = Skickad av din myndighet
data-subjects-side-responding = Mottagen av din myndighet
data-subjects-stage-visible = Personuppgifter synliga
data-subjects-stage-blocked = Personuppgifter spärrade
data-subjects-stage-deleted = Personuppgifter raderade
data-subjects-report-language = Registerutdragets språk
data-subjects-make-report = Upprätta registerutdraget
data-subjects-print = Skriv ut registerutdraget
report-title = Personuppgifter om dig
report-intro = { $authority } har följande personuppgifter om dig i informationssystemet för den inre marknaden (IMI), genom vilket myndigheterna inom Europeiska ekonomiska samarbetsområdet utbyter information enligt förordning (EU) nr 1024/2012.
report-made-on = Registerutdraget upprättat den { $date }
report-request = Förfrågan { $number }
report-area = Rättsområde
report-data = Lagrade uppgifter
report-disclosures = Skickade eller mottagna
report-disclosure-sent = Skickade till { $authority } den { $date }
report-disclosure-forwarded = Vidarebefordrade till { $authority } den { $date }
report-disclosure-split-off = Delvis överlämnade till { $authority } den { $date }
report-disclosure-received-from = Mottagna från { $authority } den { $date }
report-retention = Spärrning och radering
report-blocked-and-deleted = Spärrning den { $blocked } (därefter kan ingen se uppgifterna) och radering den { $deleted }.
report-not-ended = Förfrågan handläggs fortfarande. Personuppgifterna i den spärras { $block ->
    [one] { $block } månad
   *[other] { $block } månader
} efter att den har avslutats och raderas { $delete ->
    [one] { $delete } månad
   *[other] { $delete } månader
} efter att den har avslutats.
report-count = { $field }: { $count }
report-field-document = Dokument
report-field-comment = Kommentar från den begärande myndigheten
report-field-note = Meddelanden och medföljande texter
report-field-text-answer = Skriftliga svar
report-field-answer-comment = Kommentarer till svar
report-field-inspection-present = Närvarande vid inspektionen på plats
report-empty = Denna myndighets förfrågningar innehåller inga personuppgifter om dig.
timeline-fields = Rättade fält: { $fields }
request-rectify = Rätta personuppgifterna
request-rectify-title = Rätta uppgifterna om vem förfrågan gäller
request-rectify-help = Den andra myndigheten får veta vilka fält du har rättat. De tidigare värdena sparas inte.
request-rectify-save = Spara rättelsen
request-comment = Kommentar
request-original-language = Originalspråk: { $language }
request-questions = { $count ->
    [one] En fråga
   *[other] { $count } frågor
}
request-answer = Svar
request-answer-comment = Kommentar till svaret
request-answer-choose = Välj ett svar
request-answer-date = Datum
request-answer-measurement = Uppmätt värde ({ $unit })
request-answer-text = Svarstext
request-save-answers = Spara svaren
request-send-answer = Skicka svaret
request-actions = Möjliga åtgärder
request-propose-days = Eller föreslå en annan tidsfrist, i dagar
request-accept-proposed = Godta med denna tidsfrist
request-note = Text att skicka med
request-rating-timeliness = Svarstid
request-rating-effort = Svarets kvalitet
request-rating-choose = Välj ett omdöme
request-rating-needed = Bedöm svarstiden och svarets kvalitet för att kunna avsluta förfrågan.
confirm-irreversible = Åtgärden kan inte ångras. Vill du fortsätta?
request-split-choose = Flytta frågan till en annan myndighet
request-reuse = Skapa en ny förfrågan utifrån denna
request-timeline = Historik
timeline-new = Nytt sedan din ändring
request-message = Meddelande till den andra myndigheten
request-message-send = Skicka meddelande
timeline-to = Till: { $authority }
timeline-split-to = Ny förfrågan nr { $id }
subject-name = Namn
subject-identifier = Registrerings- eller identifikationsnummer
subject-birth-date = Födelsedatum
picker-label = Sök efter myndigheten (på valfritt språk)
picker-more = Visa fler
answer-yes = Ja
answer-no = Nej
answer-unknown = Okänt
answer-date = Ett datum
answer-text = Ett skriftligt svar
answer-measurement = Ett uppmätt värde
answer-document-attached = Dokumentet är bifogat
answer-document-not-available = Dokumentet är inte tillgängligt
event-created = Utkast skapat
event-sent = Skickad
event-withdrawn = Återkallad
event-accepted = Godtagen
event-forwarded = Vidarebefordrad
event-info-requested = Mer information begärd
event-info-provided = Information lämnad
event-answered = Besvarad
event-split-off = Frågor utbrutna till en ny förfrågan
event-clarification-requested = Förtydligande begärt
event-closed = Svaret godtaget, förfrågan avslutad
event-message = Meddelande
event-attachment-added = Dokument bifogat
toast-request-action-send = Förfrågan har skickats.
toast-request-action-delete = Utkastet har tagits bort.
toast-request-action-withdraw = Förfrågan har återkallats.
toast-request-action-accept = Förfrågan har godtagits.
toast-request-action-forward = Förfrågan har vidarebefordrats.
toast-request-action-request-info = Din fråga har skickats till den begärande myndigheten.
toast-request-action-provide-info = Informationen har skickats.
toast-request-action-answer = Svaret har skickats.
toast-request-action-split-off = Frågorna har flyttats till en ny förfrågan.
toast-request-action-request-clarification = Din begäran om förtydligande har skickats.
toast-request-action-close = Förfrågan har avslutats.
toast-answers-saved = Dina svar har sparats.

## Skapa en förfrågan
compose-title = Ny förfrågan
compose-steps = Steg
compose-step-area = Lagstiftningsområde
compose-step-authority = Myndighet
compose-step-subject = Berörd part
compose-step-questions = Frågor
compose-step-details = Kommentar och datum
compose-step-review = Granska och skicka
compose-back = Tillbaka
compose-next = Nästa
compose-saved = Utkast nr { $id } har sparats
compose-chosen-authority = Vald: { $name }
compose-subject-help = Den berörda yrkesutövaren eller tjänsteleverantören. Den mottagande myndigheten ser uppgifterna först när den har godtagit förfrågan.
compose-comment-help = Skrivs på ditt språk; den andra myndigheten ser vilket språk det är.
compose-incomplete = Förfrågan är inte fullständig ännu. De delar som saknas är markerade.
compose-draft-title = Utkast { $number }
compose-questions-filter = Filtrera frågorna
compose-questions-chosen = Valda frågor: { $count }
compose-step-attention = behöver åtgärdas
compose-review-fix = Rätta följande innan du skickar förfrågan:
compose-review-language = Frågorna visas på ditt språk; den mottagande myndigheten läser dem på sitt eget språk.
compose-review-none = Inte angivet
field-error-missing = Obligatoriskt.
field-error-too-long = För långt.
field-error-not-in-future = Måste vara ett datum efter i dag.
field-error-in-future = Får inte ligga i framtiden.
field-error-empty = Får inte vara tomt.
field-error-duplicate = Valt två gånger.
field-error-unknown = Okänt.
field-error-other-area = Hör till ett annat lagstiftningsområde.
field-error-area-not-handled = Myndigheten handlägger inte förfrågans lagstiftningsområde.
field-error-not-allowed = Inte möjligt här.
field-error-too-many = För många.

## Bifogade dokument
request-documents = Dokument
request-no-documents = Inga dokument är bifogade.
request-documents-withheld = Dokument är personuppgifter: de visas inte här, liksom övriga personuppgifter i denna förfrågan.
request-document-size = { $size } kB
upload-label = Bifoga ett dokument
upload-choose = Välj en fil…
upload-take-photo = Ta ett foto
upload-keep-original = Skicka foton i originalstorlek (annars förminskas de först på den här enheten)
date-day = Dag
date-month = Månad
date-year = År
upload-help = Pdf-fil, bild eller kontorsdokument, högst 20 MB.
upload-question = Dokumentet besvarar
upload-no-question = Ingen särskild fråga
upload-question-number = Fråga { $number }
upload-progress = Uppladdningsförlopp

## Aviseringar via e-post ($event är ett av event-*-meddelandena)
email-subject = Förfrågan { $number }: { $event }
email-body = Hej { $name },

    { $authority } har vidtagit en åtgärd i förfrågan { $number }: { $event }.

    Öppna förfrågan: { $link }

    Det här meddelandet har skickats från informationssystemet för den inre marknaden. Svara inte på meddelandet.

## Aviseringar
notifications-label = Aviseringar
notifications-unread = { $count ->
    [one] { $count } oläst avisering
   *[other] { $count } olästa aviseringar
}
notifications-empty = Inga aviseringar.
notifications-mark-all-read = Markera alla som lästa
notification-item = { $number }: { $event }

## Fördelning och samordning
request-assigned-to = Tilldelad { $name }
request-assign-label = Ansvarig handläggare
request-unassigned = Inte tilldelad
toast-assigned = Ansvarig handläggare har ändrats.
toast-saved = Sparat.
inbox-allocation-toggle = En fördelare tilldelar varje inkommande förfrågan till en av din myndighets handläggare
event-assigned = Tilldelad en handläggare
event-reminded = Påminnelse från samordnaren
event-inactive = Ingen aktivitet på två månader
event-rectified = Personuppgifter rättade
nav-coordination = Samordning
coordination-title = Förfrågningar utan aktivitet
coordination-intro = Förfrågningar från myndigheter i ditt land där ingenting har hänt på mer än två månader. Öppna en förfrågan för att vidarebefordra den, eller påminn den myndighet som ska agera härnäst.
coordination-empty = Ingen förfrågan har varit utan aktivitet i mer än två månader.
coordination-last-change = Senast ändrad { $date }
coordination-remind = Skicka en påminnelse
toast-reminded = Påminnelsen har skickats.

## Maskinöversättning av fritext
request-translate = Översätt till mitt språk
request-info-asked = { $authority } begär följande information:
request-translation-unavailable = Texten är på ett annat språk och maskinöversättning har inte konfigurerats på den här servern.
request-machine-translation = Maskinöversättning:

## Filter i översikten
inbox-state-label = Status
inbox-any-state = Alla statusar
inbox-from-label = Ändrad från och med
inbox-to-label = Ändrad till och med
inbox-assigned-to-me = Endast förfrågningar som tilldelats mig

## Inbjudningar, registeradministration (samordnare) och användaradministration (lokala dataadministratörer)
email-invitation-subject = Ditt konto i informationssystemet för den inre marknaden (IMI): { $authority }
email-invitation-body = Hej { $name },

    { $inviter } har skapat ett konto åt dig i informationssystemet för den inre marknaden (IMI) som användare vid { $authority }.

    Aktivera kontot genom att öppna följande länk och välja ditt lösenord: { $link }

    Länken kan användas en gång och gäller i { $days ->
        [one] en dag
       *[other] { $days } dagar
    }. Om du inte väntade dig det här meddelandet kan du bortse från det.
error-edit-conflict = Någon annan har sparat uppgifterna efter att du öppnade dem. Ladda om sidan för att se ändringarna och gör sedan dina egna ändringar på nytt.
error-invalid-parameter = Sidans adress är inte giltig. Kontrollera länken eller gå tillbaka och försök igen.
error-rate-limited = Detta gjordes för bara en kort stund sedan och kan inte upprepas ännu. Försök igen senare.
error-second-factor-required = Ange koden från din autentiseringsapp.
error-invalid-second-factor = Koden är felaktig eller har gått ut. Ange koden som appen visar nu.
error-second-factor-setup-required = Dina roller kräver tvåstegsverifiering. Konfigurera den på din kontosida för att fortsätta.
error-storage-full = Dokumentet kunde inte lagras eftersom serverns lagringsutrymme är fullt. Ingenting har sparats. Meddela din IMI-administratör.
error-personal-data-blocked = Personuppgifterna i denna begäran är spärrade enligt reglerna om lagring: inget kan läggas till.
error-idempotency-key-reused = Den här ändringen har redan skickats med ett annat innehåll. Ladda om sidan och gör ändringen igen.
error-request-in-progress = Den här ändringen behandlas fortfarande. Vänta en stund och försök igen.
error-device-storage-full = Det finns inte längre utrymme på den här enheten för att spara ändringen tills anslutningen är återställd. Ingenting har sparats: frigör utrymme på enheten eller gör ändringen när du är online.
error-too-large-to-keep = Dokumentet är för stort för att sparas på enheten tills anslutningen är återställd. Bifoga det när du är online.
nav-registry = Register
nav-users = Användare
registry-title = Registeradministration
registry-intro = Registrera myndigheterna i ditt land eller importera många på en gång från en CSV-fil. Om du vill rätta uppgifterna om en myndighet söker du fram den och öppnar dess profil.
registry-new = Registrera en myndighet
registry-import-title = Importera från en CSV-fil
registry-import-help = En myndighet per rad, med de kolumner som beskrivs i importanvisningen. Om någon rad är felaktig importeras ingenting; om samma fil importeras igen ändras ingenting.
registry-import-file = CSV-fil
registry-import-progress = Importförlopp
registry-import-done = Importerat: { $created } nya, { $updated } uppdaterade, { $unchanged } oförändrade.
registry-import-refused = Ingenting har importerats. Rätta följande rader och importera filen igen:
registry-import-line = Rad
registry-import-column = Kolumn
registry-import-reason = Orsak
form-title-new = Registrera en myndighet
form-title-edit = Redigera { $name }
form-errors = Rätta de markerade fälten.
form-name = Namn på myndighetens eget språk
form-name-language = Namnets språk
form-other-names = Namn på andra officiella språk
form-other-name = Annat namn { $number }
form-other-name-add = Lägg till ett namn på ett annat språk
form-other-name-remove = Ta bort
form-name-en = Namn på engelska
form-city = Ort
form-level-help = Den del av landet som myndigheten är behörig för. Om flera myndigheter motsvarar en sökning lika väl visas den nationella myndigheten först.
form-phone-help = I internationellt format, till exempel +371 6701 2345.
form-competences-filter = Sök efter ett behörighetsområde att lägga till
form-administrator = Första lokala dataadministratör
form-administrator-help = Personen får en inbjudan via e-post, väljer ett lösenord och administrerar sedan myndighetens användare.
form-person-name = Fullständigt namn
form-invitation-language = Inbjudans språk
form-save = Spara
form-register = Registrera
form-cancel = Avbryt
profile-edit = Redigera
authority-send-request = Skicka en förfrågan till den här myndigheten
profile-area-coordinator = IMI-samordnare för sina lagstiftningsområden
profile-other-names = Andra namn
profile-registered-by = Registrerad av
profile-registered-by-value = { $user }, { $authority }
users-title = Användare
users-roles = Roller
users-active = Aktiv
users-pending = Inbjudan har ännu inte accepterats
users-invitation-expired = Inbjudan har upphört att gälla
users-resend-invitation = Skicka inbjudan igen
toast-invitation-resent = En ny inbjudan har skickats. Den tidigare länken gäller inte längre.
users-inactive = Inaktiverad
users-invited-by = Inbjuden av { $name }
users-may-log-in = Får logga in
users-invite-title = Bjud in en kollega
users-invite = Skicka inbjudan
toast-invited = Inbjudan har skickats.
invitation-title = Välkommen till IMI
invitation-intro = { $name }, du har bjudits in till informationssystemet för den inre marknaden som användare vid { $authority } ({ $country }). Välj ditt lösenord för att aktivera ditt konto.
password-help = { $count ->
    [one] Minst ett tecken. Några ord utan inbördes samband ger ett bra lösenord; vanliga lösenord och lösenord som innehåller ditt namn eller din e-postadress godtas inte.
   *[other] Minst { $count } tecken. Några ord utan inbördes samband ger ett bra lösenord; vanliga lösenord och lösenord som innehåller ditt namn eller din e-postadress godtas inte.
}
invitation-repeat = Upprepa lösenordet
invitation-mismatch = Lösenorden stämmer inte överens.
invitation-accept = Aktivera mitt konto
invitation-invalid = Inbjudningslänken är okänd, har redan använts eller har upphört att gälla. Be din lokala dataadministratör eller din IMI-samordnare om en ny inbjudan.
field-error-invalid-email = Ogiltig e-postadress.
field-error-invalid-phone = Inte ett telefonnummer i internationellt format (+ följt av siffror).
field-error-not-yours = Utanför de lagstiftningsområden som du samordnar.
field-error-taken = Används redan av ett annat konto.
field-error-too-short = För kort.
field-error-last-administrator = Myndigheten måste ha kvar minst en aktiv lokal dataadministratör.
field-error-control-character = Innehåller ett styrtecken eller ett tecken som ändrar textriktningen. Ta bort tecknet.
field-error-not-own-country = Välj en myndighet i ditt eget land.
field-error-too-personal = Får inte innehålla din e-postadress eller ditt namn.
field-error-too-guessable = För lätt att gissa: lösenordet är vanligt eller liknar ett vanligt lösenord. Använd en längre fras med ord som inte hör ihop.
field-error-wrong-code = Koden är felaktig eller har gått ut.
field-error-no-setup = Konfigurationen har inte påbörjats eller har ersatts. Börja om från början.
field-error-no-second-factor = Tvåstegsverifiering är inte aktiverad.
field-error-required-by-role = Dina roller kräver tvåstegsverifiering, så den kan inte inaktiveras.
field-error-wrong-password = Lösenordet är felaktigt.
field-error-self = Du kan inte inaktivera ditt eget konto.
field-error-other-country = Hör till ett annat land.
field-error-not-utf8 = Filen är inte UTF-8-text. Spara den från kalkylprogrammet i formatet ”CSV UTF-8”.
field-error-unreadable = Raden kan inte läsas som CSV.
field-error-unknown-column = Okänd kolumn.
field-error-missing-column = En obligatorisk kolumn saknas.
field-error-wrong-column-count = Raden har inte lika många celler som rubrikraden.
field-error-too-many-rows = För många rader: högst 20 000 per fil.
field-error-invalid-format = Inte i förväntat format.
field-error-duplicate-of-line = Samma referens som på rad { $line }.
field-error-out-of-range = Utanför tillåtet intervall.
field-error-out-of-range-between = Måste vara mellan { $min } och { $max }.
field-error-invalid-date = Ogiltigt datum.
field-error-nonexistent-date = Datumet finns inte.
field-error-invalid-person-name = Inte ett personnamn.
field-error-invalid-register-reference = Ogiltigt registreringsnummer.
field-error-unknown-country = Landet är okänt för systemet.
field-error-unknown-placeholder = Platshållaren är okänd för systemet.
field-error-unexpected = Hör inte till de valda frågorna.
field-error-line-break = Måste rymmas på en rad.
field-error-none-left = Minst en fråga måste finnas kvar i förfrågan.
field-error-not-a-handler = Inte en aktiv handläggare av förfrågningar vid den här myndigheten.
field-error-not-a-coordinator = Inte en samordnare.
field-error-not-asked = Inte en av förfrågans frågor.
field-error-not-here = Inte möjligt här.
field-error-unterminated = En platshållare öppnas men stängs aldrig.
field-error-empty-name = En platshållare saknar namn.
field-error-invalid-name = Namnet på en platshållare är ogiltigt.
field-error-mismatched-delimiters = Parenteserna passar inte ihop.
field-error-nested = En platshållare står inuti en annan.
field-error-wrong-kind = Den här typen av svar passar inte till frågan.
field-error-no-attachment = Inget dokument är bifogat till den här frågan.

## Konto: tvåstegsverifiering, sessioner och lösenord
login-code = Kod från din autentiseringsapp
login-code-intro = Ditt konto använder tvåstegsverifiering. Ange koden som din autentiseringsapp visar nu.
login-code-help = Sex siffror från appen eller en av dina återställningskoder.
user-account = Ditt konto
account-title = Ditt konto
account-second-factor-title = Tvåstegsverifiering
account-second-factor-intro = Efter lösenordet ber inloggningen om en sexsiffrig kod från en autentiseringsapp i din telefon, till exempel FreeOTP, Aegis, Google Authenticator eller Microsoft Authenticator.
account-second-factor-required = Dina roller (lokal dataadministratör eller IMI-samordnare) kräver tvåstegsverifiering. Konfigurera den nu för att fortsätta.
account-second-factor-on = { $count ->
    [one] Tvåstegsverifiering är aktiverad. Du har en återställningskod kvar.
   *[other] Tvåstegsverifiering är aktiverad. Du har { $count } återställningskoder kvar.
}
account-second-factor-off = Tvåstegsverifiering är inaktiverad.
account-second-factor-start = Konfigurera tvåstegsverifiering
account-second-factor-scan = Skanna den här koden med din autentiseringsapp eller skriv in nyckeln nedan i appen. Ange sedan koden som appen visar.
account-second-factor-qr = QR-kod för att lägga till ditt konto i en autentiseringsapp
account-second-factor-key = Nyckel
account-second-factor-code = Kod från appen
account-second-factor-confirm = Aktivera tvåstegsverifiering
account-second-factor-disable = Inaktivera tvåstegsverifiering
account-recovery-title = Återställningskoder
account-recovery-intro = Förvara koderna på ett säkert ställe, inte tillsammans med telefonen. Varje kod kan användas för att logga in en gång om du förlorar telefonen. Koderna visas bara nu.
account-recovery-done = Jag har sparat koderna
account-recovery-renew = Skapa nya återställningskoder
account-sessions-title = Var du är inloggad
account-session-browser = Webbläsare
account-session-address = IP-adress
account-session-started = Startad
account-session-ends = Upphör
account-session-current = Den här sessionen
account-session-unknown = Okänd
account-session-end = Avsluta sessionen
account-sessions-end-others = Logga ut på alla andra ställen
account-password-title = Lösenord
account-password-current = Nuvarande lösenord
account-password-new = Nytt lösenord
account-password-repeat = Upprepa det nya lösenordet
account-password-change = Byt lösenord
toast-second-factor-on = Tvåstegsverifiering har aktiverats.
toast-second-factor-off = Tvåstegsverifiering har inaktiverats.
toast-recovery-renewed = Nya återställningskoder har skapats. De gamla fungerar inte längre.
toast-session-ended = Sessionen har avslutats.
toast-sessions-ended = Dina andra sessioner har avslutats.
toast-password-changed = Ditt lösenord har ändrats och dina andra sessioner har avslutats.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistik
## $number är ett antal skrivet enligt läsarens språkinställningar och $count samma antal som tal
## (för pluralformen). $from, $to och $today är datum; $value, $green och $red är värden
## som redan är skrivna enligt läsarens språkinställningar (en procentsats eller dagar); $zone är en tidszon
## (UTC); $indicator är namnet på ett av måtten statistics-figure-*.
nav-statistics = Statistik
statistics-title = Statistik
statistics-intro = Hur många förfrågningar som skickas, hur snabbt de godtas och besvaras och hur de begärande myndigheterna bedömer svaren. Inga personer, namn eller texter ingår i siffrorna.
statistics-print = Skriv ut
statistics-filters = Filter
statistics-from = Från och med
statistics-to = Till och med
statistics-partner = Partnerland
statistics-direction = Riktning
statistics-direction-all = Skickade och mottagna
statistics-direction-sent = Skickade
statistics-direction-received = Mottagna
statistics-granularity = Tidsindelning
statistics-granularity-month = Månad
statistics-granularity-quarter = Kvartal
statistics-granularity-year = År
statistics-whose = Statistik för
statistics-scope-everything = Alla länder
statistics-scope-areas = { $country }: dina områden
statistics-scope-authority = Din myndighet
statistics-your-areas = Dina lagstiftningsområden
statistics-period = Förfrågningar skickade från och med { $from } till och med { $to }
statistics-as-of = Dagar avser kalenderdagar i { $zone }; siffrorna avser läget den { $today }.
statistics-volumes-heading = Volymer
statistics-performance-heading = Snabbhet och nöjdhet
statistics-performance-intro = Snabbheten och nöjdheten avser den svarande sidan: de räknar de förfrågningar som skickats till dessa myndigheter under perioden. För varje siffra anges hur många förfrågningar den bygger på; en siffra som bygger på få förfrågningar kan variera kraftigt.
statistics-figure-sent = Skickade förfrågningar
statistics-figure-received = Mottagna förfrågningar
statistics-figure-open-now = Öppna just nu
statistics-figure-overdue-now = Försenade just nu
statistics-figure-accepted-in-time = Godtagna inom 7 dagar
statistics-figure-average-days = Genomsnittligt antal dagar till svar
statistics-figure-median-days = Median för antal dagar till svar
statistics-figure-by-agreed-date = Besvarade inom överenskommen tidsfrist
statistics-figure-within-two-weeks = Besvarade inom två veckor
statistics-figure-negative-timeliness = Negativa omdömen om svarstid
statistics-figure-negative-effort = Negativa omdömen om svarets kvalitet
statistics-what-is-counted = Vad som räknas
statistics-definition-sent = Förfrågningar som dessa myndigheter har skickat under perioden, var och en räknad den dag den skickades. Utkast räknas aldrig. En vidarebefordrad förfrågan räknas en gång; en förfrågan som har brutits ut ur en annan är en egen förfrågan, skickad den dag den bröts ut; en återkallad förfrågan räknas fortfarande. Dagar avser kalenderdagar i UTC.
statistics-definition-received = Förfrågningar som har skickats till dessa myndigheter under perioden, var och en räknad den dag den skickades. En vidarebefordrad förfrågan räknas en gång, för den myndighet som har den sist; en återkallad förfrågan räknas fortfarande. Dagar avser kalenderdagar i UTC.
statistics-definition-open-now = Dessa myndigheters skickade eller mottagna förfrågningar som i dag inväntar godtagande, har godtagits eller inväntar information, oavsett när de skickades: siffran är inte begränsad till perioden.
statistics-definition-overdue-now = De av de just nu öppna förfrågningarna vars överenskomna tidsfrist har löpt ut per i dag (kalenderdagar i UTC). Inte heller denna siffra är begränsad till perioden.
statistics-definition-accepted-in-time = Av de mottagna förfrågningar som har godtagits, eller som har väntat mer än 7 dagar utan att godtas, andelen som godtogs senast 7 kalenderdagar efter mottagandet. En förfrågan anses mottagen den dag den skickades eller, om den har vidarebefordrats, den dag den senast vidarebefordrades, så att en myndighet inte belastas med de dagar då en annan myndighet hade den. En återkallad förfrågan räknas bara om den har godtagits. Dagar avser kalenderdagar i UTC.
statistics-definition-average-days = Det genomsnittliga antalet kalenderdagar (UTC) från mottagandet (den dag förfrågan skickades eller senast vidarebefordrades) till det första svaret, beräknat på de mottagna förfrågningar som har besvarats. Om ett förtydligande begärdes efter ett svar räknas ändå det första svaret.
statistics-definition-median-days = Mittvärdet av samma antal dagar från mottagandet till det första svaret: hälften av svaren tog så lång tid eller kortare. Vid ett jämnt antal svar används det lägre av de två mittersta värdena.
statistics-definition-by-agreed-date = Av de besvarade förfrågningar som har en överenskommen tidsfrist, andelen som besvarades första gången senast den dagen (kalenderdagar i UTC).
statistics-definition-within-two-weeks = Av de besvarade förfrågningarna, andelen som besvarades första gången senast 14 kalenderdagar (UTC) efter mottagandet (den dag förfrågan skickades eller senast vidarebefordrades).
statistics-definition-negative-timeliness = Av de mottagna förfrågningar som den begärande myndigheten bedömde när den avslutade dem, andelen där myndigheten gav svaret ett negativt omdöme för svarstid.
statistics-definition-negative-effort = Av de mottagna förfrågningar som den begärande myndigheten bedömde när den avslutade dem, andelen där myndigheten gav svaret ett negativt omdöme för kvalitet.
statistics-no-figure = Inga förfrågningar
statistics-based-on = { $count ->
    [one] Bygger på { $number } förfrågan
   *[other] Bygger på { $number } förfrågningar
}
statistics-eea = EES
statistics-eea-value = EES: { $value }
statistics-band-green = Bra
statistics-band-yellow = Bör bevakas
statistics-band-red = Svagt
statistics-legend-title = Gränsvärden för nivåerna
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: bra från och med { $green }, svagt under { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: bra under { $green }, svagt över { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: bra från och med { $green }, svagt under { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: bra under { $green }, svagt från och med { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: bra under { $green }, svagt från och med { $red }.
statistics-quarter = Kvartal { $quarter } { $year }
statistics-quarter-short = K{ $quarter }
statistics-charts-heading = Utveckling över tid
statistics-volumes-title = Skickade och mottagna förfrågningar
statistics-acceptance-title = Andel förfrågningar som godtagits inom 7 dagar
statistics-days-title = Genomsnittligt antal dagar till svar
statistics-axis-requests = Förfrågningar
statistics-axis-share = Andel
statistics-axis-days = Dagar
statistics-show-table = Visa som tabell
statistics-tables-heading = Uppdelningar
statistics-column-period = Tidsperiod
statistics-column-sent = Skickade
statistics-column-received = Mottagna
statistics-column-based-on = Underlag (förfrågningar)
statistics-column-area = Lagstiftningsområde
statistics-column-partner = Partnerland
statistics-column-country = Land
statistics-column-from-to = Från (rader) till (kolumner)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Förfrågningar per lagstiftningsområde
statistics-by-partner-title = Förfrågningar per partnerland
statistics-by-partner-intro = Partnerlandet är landet på andra sidan: det mottagande landet för en skickad förfrågan och det begärande landet för en mottagen förfrågan.
statistics-exchanges-title = Förfrågningar mellan länder
statistics-exchanges-intro = Varje rad är ett begärande land och varje kolumn ett mottagande land; endast länder med förfrågningar under perioden visas.
statistics-scoreboard-title = Resultattavla för de mottagande länderna
statistics-scoreboard-intro = Varje lands indikatorer som svarande part, för de förfrågningar landet tog emot under perioden, med nivåer enligt gränsvärdena ovan.
statistics-csv = Ladda ned som CSV-fil
statistics-csv-failed = Webbläsaren kunde inte skapa filen.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: nivå
statistics-csv-based-on = { $indicator }: underlag (förfrågningar)
statistics-empty-title = Inga förfrågningar under perioden
statistics-empty-body = Ingen förfrågan som motsvarar dessa filter skickades under perioden. Välj en längre period eller färre filter.
statistics-error-before-start = Får inte vara före periodens första dag.
statistics-error-too-long = { $count ->
    [one] Perioden får vara högst { $days } dag lång.
   *[other] Perioden får vara högst { $days } dagar lång.
}

## Varningar: en myndighet varnar många

role-alert_coordinator = Varningssamordnare
field-error-before-start = Får inte vara före det datum då beslutet börjar gälla.
alert-state-draft = Utkast
alert-state-awaiting-approval = Inväntar varningssamordnarens godkännande
alert-state-sent = Skickad
alert-state-closure-proposed = Avslutande föreslaget
alert-state-closed = Avslutad
alert-state-withdrawn = Återkallad
alert-action-edit = Redigera
alert-action-delete = Ta bort utkast
alert-action-send = Skicka varning
alert-action-approve = Godkänn och skicka
alert-action-reject = Skicka tillbaka till avsändaren
alert-action-acknowledge = Bekräfta mottagandet för landet
alert-action-pass-on = Vidarebefordra till myndigheter
alert-action-acknowledge-receipt = Bekräfta mottagandet
alert-action-modify = Ändra
alert-action-withdraw = Återkalla
alert-action-propose-closure = Föreslå avslutande
alert-action-reject-closure = Behåll varningen öppen
alert-action-close = Avsluta varning
alert-event-created = Utkast skapat
alert-event-submitted = Skickad för godkännande
alert-event-approved = Godkänd av varningssamordnaren
alert-event-rejected = Skickad tillbaka till avsändaren
alert-event-sent = Varning skickad
alert-event-acknowledged = Mottagandet bekräftat av landets varningssamordnare
alert-event-passed-on = Vidarebefordrad till behöriga myndigheter
alert-event-receipt-acknowledged = Mottagandet bekräftat av myndigheten
alert-event-modified = Varning ändrad
alert-event-withdrawn = Varning återkallad
alert-event-withdrawn-wrong = Varning återkallad: den visade sig vara ogrundad
alert-event-closure-proposed = Avslutande föreslaget
alert-event-closure-rejected = Varningen förblir öppen
alert-event-closed = Varning avslutad
alert-event-end-reminder = Beslutet gäller inte längre: avsluta eller återkalla varningen
alert-event-late-reminder = Försenad: beslutet upphörde att gälla för mer än tre dagar sedan och varningen är fortfarande öppen
email-alert-subject = Varning { $number }: { $event }
email-alert-body = Hej { $name },

    { $authority } har vidtagit en åtgärd i varning { $number } ({ $kind }): { $event }.

    Öppna varningen: { $link }

    Det här meddelandet har skickats från informationssystemet för den inre marknaden. Svara inte på meddelandet.

alert-delivery-received = Mottagen, mottagandet ännu inte bekräftat
alert-delivery-acknowledged = Mottagandet bekräftat
alert-delivery-passed-on = Vidarebefordrad till behöriga myndigheter
alert-box-drafts = Utkast till varningar
alert-box-sent = Skickade varningar
alert-box-to-approve = Varningar att godkänna
alert-box-to-acknowledge = Varningar vars mottagande ska bekräftas
alert-box-received = Mottagna varningar

## Alerts: the pages

nav-alerts = Varningar
alerts-title = Varningar
alerts-intro = Varningar informerar behöriga myndigheter i andra länder om en yrkesutövare eller en tjänsteleverantör: ett förbud mot eller en begränsning av rätten att utöva verksamheten, ett förfalskat examensbevis, en fara för hälsa, säkerhet eller miljö.
alerts-boxes = Listor över varningar
alerts-new = Ny varning
alerts-check-link = Kontrollera en yrkesutövare
alerts-in-force = Gällande varningar
alerts-unread = Olästa uppdateringar av varningar
# Läses upp av skärmläsare när antalet olästa uppdateringar av varningar ökar.
live-alert-news = { $count ->
    [one] En oläst uppdatering av en varning
   *[other] { $count } olästa uppdateringar av varningar
}
alerts-empty-title = Inga varningar här
alerts-empty-body = Här visas varningar som når ditt land eller din myndighet och varningar som din myndighet skickar.
alerts-total = { $count ->
    [one] { $count } varning
   *[other] { $count } varningar
}
alert-title = Varning { $number }
alert-title-unknown = Varning
alert-subject-withheld = Personuppgifterna visas inte
alert-unread = Nytt sedan du senast öppnade den
alert-from-country = Från { $country }
alert-details = Uppgifter
alert-sender = Avsändande myndighet
alert-sent-at = Skickad den
alert-revision-label = Ändringar
alert-revision = { $count ->
    [one] Ändrad en gång sedan den skickades
   *[other] Ändrad { $count } gånger sedan den skickades
}
alert-personal-hidden = Personuppgifterna i denna varning visas bara för avsändaren, varningssamordnarna och de myndigheter som varningen har vidarebefordrats till.
alert-comment = Kommentar
alert-comment-help = För mottagarna: det de behöver veta utöver fälten ovan. Skriv på ditt eget språk; varje läsare kan få texten maskinöversatt.
alert-late-reason = Skäl till att varningen skickas för sent
alert-proved-wrong = Varningen har återkallats eftersom den visade sig vara ogrundad.
alert-due-left = { $days ->
    [0] Sista dagen i dag: en varning ska skickas inom tre dagar från beslutet.
    [one] Det återstår { $days } dag för att skicka varningen.
   *[other] Det återstår { $days } dagar för att skicka varningen.
}
alert-due-late = { $days ->
    [one] { $days } dag för sent: ange skälet till att varningen skickas för sent.
   *[other] { $days } dagar för sent: ange skälet till att varningen skickas för sent.
}
alert-actions = Möjliga åtgärder
alert-note = Skäl
alert-note-help = Krävs för att skicka tillbaka eller återkalla varningen eller föreslå att den avslutas; alla mottagare läser det.
alert-note-missing = Ange först ett skäl.
alert-withdraw-proved-wrong = Varningen visade sig vara ogrundad: meddela alla mottagare detta
alert-conflict = { $error } Varningens aktuella status: { $state }.
alert-deliveries = Mottagare
alert-deliveries-summary = { $count ->
    [one] Mottagandet bekräftat av { $acknowledged } av { $count } land.
   *[other] Mottagandet bekräftat av { $acknowledged } av { $count } länder.
}
alert-column-country = Land
alert-column-delivery = Varningssamordnare
alert-column-authorities = Behöriga myndigheter
alert-received-at = mottagen { $date }
alert-acknowledged-at = mottagandet bekräftat { $date }
alert-not-acknowledged = mottagandet ännu inte bekräftat
alert-read-at = läst { $date }
alert-not-read = ännu inte läst
alert-no-recipients = Inte vidarebefordrad ännu
alert-timeline = Historik
alert-event-for-country = för { $country }
alert-pass-on-title = Vidarebefordra till behöriga myndigheter
alert-pass-on-help = Registret föreslår de myndigheter i ditt land som är behöriga för detta yrke eller denna verksamhet. Avmarkera dem som inte ska få varningen eller lägg till andra.
alert-pass-on-none = Registret känner inte till någon myndighet i ditt land som är behörig för detta yrke eller denna verksamhet. Lägg till de myndigheter som ska få varningen.
alert-pass-on-already = (har redan fått den)
alert-pass-on-add = Lägg till ytterligare en myndighet
alert-pass-on-own-country = Varningar kan bara vidarebefordras till myndigheter i ditt eget land.
alert-pass-on-submit = { $count ->
    [one] Vidarebefordra till { $count } myndighet
   *[other] Vidarebefordra till { $count } myndigheter
}
alert-compose-title = Ny varning
alert-draft-title = Utkast till varning { $number }
alert-modify-title = Ändra varning { $number }
alert-step-kind = Typ av varning
alert-step-fields = Uppgifter
alert-step-countries = Länder
alert-step-review = Kommentar och skicka
alert-kind-legal-basis = Rättslig grund: { $basis }
alert-choose-kind-first = Välj först typ av varning.
alert-field-required = { $label } (obligatoriskt)
alert-choose = Välj…
alert-countries-all = Denna varning går till varningssamordnarna i alla 30 EES-länder.
alert-countries-choose = Välj de länder där leverantören är verksam eller där risken kan uppstå.
alert-countries-always = { $country } får varningen i alla händelser i egenskap av etableringsland.
alert-countries-none = Inget land har valts ännu.
alert-goes-to = Skickas till: { $countries }
alert-approval-note = Varningar från ditt land godkänns av landets varningssamordnare innan de skickas.
alert-modify-note = Alla mottagare får veta att varningen har ändrats.
alert-problems = Återstår att fylla i
alert-incomplete = Varningen är inte fullständig ännu. De delar som saknas är markerade.
alert-save-draft = Spara utkast
alert-save-modification = Spara ändringen
alert-submit = Skicka för godkännande
alert-check-title = Får denna yrkesutövare utöva sitt yrke?
alert-check-intro = Sök på namn bland gällande varningar om yrkeskvalifikationer som har nått ditt land eller din myndighet. Accenter och ett skrivfel tolereras. En träff innebär att ett förbud eller en begränsning gäller i varningens land; att ingen varning hittas är inget bevis på att yrkesutövaren får utöva yrket utan begränsningar.
alert-check-name = Yrkesutövarens namn
alert-check-profession = Yrke
alert-check-any-profession = Alla yrken
alert-check-submit = Sök varningar
alert-check-none = Ingen gällande varning avser { $name }.
alert-check-found = { $count ->
    [one] { $count } gällande varning hittades
   *[other] { $count } gällande varningar hittades
}
toast-alert-saved = Utkastet har sparats.
toast-alert-sent = Varningen har skickats.
toast-alert-submitted = Varningen har skickats för godkännande.
toast-alert-modified = Varningen har ändrats; mottagarna har underrättats.
toast-alert-deleted = Utkastet har tagits bort.
toast-alert-passed-on = Varningen har vidarebefordrats.
toast-alert-done = Klart: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Du är offline. De förfrågningar som du har öppnat kan fortfarande läsas; de svar, meddelanden och dokument som du lägger till sparas på den här enheten och skickas när anslutningen är återställd.
update-ready = En ny version av systemet är klar.
update-reload = Läs in den nya versionen

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] En ändring som gjorts offline väntar på att skickas.
   *[other] { $count } ändringar som gjorts offline väntar på att skickas.
}
queue-sending = Ändringarna som gjorts offline skickas…
queue-attention = { $count ->
    [one] En ändring som gjorts offline skickades inte och kräver ditt beslut.
   *[other] { $count } ändringar som gjorts offline skickades inte och kräver ditt beslut.
}
queue-title = Väntar på att skickas
queue-intro = Ändringarna har gjorts utan anslutning och sparas på den här enheten. De skickas i tur och ordning så snart anslutningen är återställd.
queue-kind-answers = Svar (sparade, inte skickade till den begärande myndigheten)
queue-kind-answer = Svar som ska skickas till den begärande myndigheten
queue-kind-message = Meddelande
queue-kind-document = Dokument ”{ $name }” ({ $size } kB)
queue-made-at = Skrivet { $time }
queue-status-waiting = Väntar på anslutning.
queue-status-conflict = Inte skickad: förfrågan har ändrats sedan du skrev detta och har nu statusen ”{ $state }”. Se vad som har ändrats i historiken nedan och skicka sedan ändringen ändå eller förkasta den.
queue-status-refused = Inte skickad: { $error }
queue-send-anyway = Skicka ändå
queue-edit = Redigera
queue-discard = Förkasta
queue-discard-confirm = Vill du förkasta ändringen? Det du har skrivit raderas från den här enheten.
queue-logout-confirm = { $count ->
    [one] En ändring som gjorts offline har ännu inte skickats. Om du loggar ut raderas den från den här enheten. Vill du logga ut ändå?
   *[other] { $count } ändringar som gjorts offline har ännu inte skickats. Om du loggar ut raderas de från den här enheten. Vill du logga ut ändå?
}
toast-queued = Ingen anslutning: ändringen sparas på den här enheten och skickas när anslutningen är återställd.
toast-queue-sent = { $count ->
    [one] Ändringen som gjorts offline har skickats.
   *[other] De { $count } ändringarna som gjorts offline har skickats.
}

## Inspektioner på plats: förfrågans art och inspektionsrapporten med de närvarandes underskrifter
compose-kind-label = Vad begär du?
request-kind-information = Uppgifter
request-kind-information-help = Den andra myndigheten besvarar dina frågor utifrån sina register och handlingar.
request-kind-inspection = Inspektion på plats
request-kind-inspection-help = Den andra myndigheten inspekterar de berörda lokalerna, utrustningen eller platsen och redovisar sina iakttagelser, med foton och de närvarandes underskrifter.
request-checklist = { $count ->
    [one] Checklista: en punkt
   *[other] Checklista: { $count } punkter
}
inspection-title = Inspektionsrapport
inspection-help = Dokumentera inspektionen medan du genomför den: besvara checklistan ovan, bifoga foton som dokument, ange sedan dag och plats och låt varje närvarande person skriva under här. Svaret kan skickas när du själv har skrivit under.
inspection-pending = Inspektionsrapporten visas här tillsammans med svaret.
inspection-inspected-on = Dag för inspektionen
inspection-place = Inspekterad plats
inspection-place-help = Adressen samt arbetsplatsen eller lokalerna (till exempel: byggarbetsplats, grind 2).
inspection-present = Närvarande personer
inspection-signer-name = Namn
inspection-signer-role = Närvarande som
inspection-signer-refused = Vägrade skriva under
inspection-signer-unnamed = den närvarande personen
inspection-signer-unsigned = Ingår i rapporten först när personen har skrivit under eller vägrat skriva under.
inspection-signer-add = Lägg till en närvarande person
inspection-signer-remove = Ta bort den här personen
inspection-signature-of = Underskrift av { $name }
inspection-signature-clear = Rensa underskriften
inspection-signature-needed = Inspektörens underskrift krävs innan svaret kan skickas.
inspection-refused-to-sign = Personen vägrade skriva under.
signer-role-inspector = Inspektör
signer-role-provider-representative = Företrädare för tjänsteleverantören eller arbetsgivaren
signer-role-worker = Arbetstagare
signer-role-witness = Vittne
queue-kind-report = Inspektionsrapport (sparad, inte skickad till den begärande myndigheten)
