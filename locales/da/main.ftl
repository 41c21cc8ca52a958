# Dansk.

## Applikationen
app-name = Informationssystemet for det indre marked
app-short-name = IMI
app-tagline = Administrativt samarbejde mellem de kompetente myndigheder i Det Europæiske Økonomiske Samarbejdsområde
skip-to-content = Gå til hovedindholdet
loading = Indlæser…

## Navigation og brugermenu
nav-label = Hovednavigation
nav-inbox = Indbakke
language-label = Sprog
user-signed-in-as = Logget ind som { $name }, { $authority }
organisation-commission = Europa-Kommissionen
logout = Log ud
toast-dismiss = Luk
toast-logged-out = Du er nu logget ud.

## Loginside
login-title = Log ind
login-intro = Brug den konto, som den lokale dataadministrator i din myndighed eller den nationale IMI-koordinator har oprettet til dig.
login-email = E-mailadresse
login-password = Adgangskode
login-submit = Log ind
login-submitting = Logger ind…
field-required = Dette felt skal udfyldes.

## Indbakke
inbox-title = Indbakke
inbox-empty-title = Ingen anmodninger endnu

## Sider, der ikke findes
not-found-title = Siden blev ikke fundet
not-found-body = Den adresse, du har fulgt, fører ikke til nogen side i dette system.
not-found-home = Gå til indbakken

## Roller
roles-label = Dine roller
role-request_handler = Sagsbehandler
role-allocator = Sagsfordeler
role-local_administrator = Lokal dataadministrator
role-coordinator = IMI-koordinator
role-commission_observer = Observatør fra Kommissionen

## Fejl fra serveren, efter kode
error-internal-error = Der opstod en fejl på serveren. Prøv igen. Kontakt din systemadministrator, hvis problemet fortsætter.
error-database-unavailable = Systemets database kan ikke kontaktes i øjeblikket. Prøv igen om et par minutter.
error-not-found = Det, du har bedt om, findes ikke, eller du har ikke adgang til det.
error-method-not-allowed = Denne handling er ikke mulig her.
error-unauthenticated = Din session er udløbet. Log ind igen.
error-forbidden = Du har ikke de nødvendige rettigheder til denne handling.
error-invalid-credentials = E-mailadressen eller adgangskoden er forkert.
error-too-many-attempts = { $seconds ->
    [one] For mange mislykkede forsøg. Vent { $seconds } sekund, før du prøver igen.
   *[other] For mange mislykkede forsøg. Vent { $seconds } sekunder, før du prøver igen.
}
error-malformed-json = Serveren kunne ikke læse de sendte data. Genindlæs siden, og prøv igen.
error-unsupported-media-type = Serveren accepterer ikke data i dette format.
error-payload-too-large = De sendte data er større, end serveren accepterer.
error-validation-failed = Nogle felter er ikke udfyldt korrekt. Kontrollér de markerede felter.
error-network-error = Serveren kan ikke kontaktes. Kontrollér din netværksforbindelse, og prøv igen.
error-invalid-transition = Denne handling er ikke mulig i anmodningens nuværende status. Genindlæs siden for at se, hvilke handlinger der nu er mulige.
error-translation-not-configured = Maskinoversættelse er ikke tilgængelig i dette system.
error-translation-failed = Tjenesten til maskinoversættelse svarede ikke. Prøv igen senere.

## Værdier i pladsholdere (shared::placeholder::PlaceholderErrorCode)
## $label er pladsholderens betegnelse på læserens sprog; $max og $length er antal tegn.
placeholder-error-missing = Angiv en værdi i feltet »{ $label }«.
placeholder-error-empty = Feltet »{ $label }« må ikke være tomt.
placeholder-error-too-long = { $max ->
    [one] Feltet »{ $label }« må højst indeholde { $max } tegn; det indeholder nu { $length }.
   *[other] Feltet »{ $label }« må højst indeholde { $max } tegn; det indeholder nu { $length }.
}
placeholder-error-control-character = Feltet »{ $label }« indeholder et usynligt kontroltegn. Indtast værdien igen.
placeholder-error-line-break = Feltet »{ $label }« skal stå på én linje.
placeholder-error-invalid-date = Angiv datoen i feltet »{ $label }« som år-måned-dag, f.eks. 2025-03-31.
placeholder-error-nonexistent-date = Den dato, der er angivet i feltet »{ $label }«, findes ikke i kalenderen.
placeholder-error-unknown-country = Vælg et land i Det Europæiske Økonomiske Samarbejdsområde i feltet »{ $label }«.
placeholder-error-invalid-email = Feltet »{ $label }« indeholder ikke en gyldig e-mailadresse.
placeholder-error-invalid-person-name = Feltet »{ $label }« skal indeholde et personnavn: bogstaver, uden cifre.
placeholder-error-invalid-register-reference = Feltet »{ $label }« må kun indeholde bogstaver, cifre, mellemrum og tegnene - . /
placeholder-error-unexpected = Der er angivet en værdi i et felt, som ingen af de valgte spørgsmål bruger.
placeholder-error-unknown-placeholder = Et spørgsmål bruger et ukendt felt. Underret din IMI-koordinator.

## Spørgsmålsskabeloner (shared::placeholder::TemplateErrorCode)
## $position er en tegnposition talt fra 1 (SPA'en sender kodens 0-baserede position + 1);
## $name er et pladsholdernavn, som det er skrevet.
template-error-unterminated = Pladsholderen, der begynder ved tegn nr. { $position }, er ikke lukket.
template-error-empty-name = Pladsholderen ved tegn nr. { $position } har intet navn.
template-error-invalid-name = »{ $name }« (tegn nr. { $position }) er ikke et gyldigt pladsholdernavn: Det skal begynde med et bogstav efterfulgt af bogstaver, cifre eller »_«.
template-error-mismatched-delimiters = Pladsholderen ved tegn nr. { $position } åbnes med én slags parentes og lukkes med en anden.
template-error-nested = Pladsholderen ved tegn nr. { $position } indeholder en anden pladsholder.
template-error-unknown-placeholder = »{ $name }« (tegn nr. { $position }) er ikke en kendt pladsholder.

## En anmodnings status (shared::lifecycle::RequestState)
request-state-draft = Kladde
request-state-awaiting-acceptance = Afventer accept
request-state-accepted = Accepteret
request-state-info-requested = Anmodet om yderligere oplysninger
request-state-answered = Besvaret
request-state-closed = Afsluttet
request-state-withdrawn = Trukket tilbage

## Handlinger på en anmodning (shared::lifecycle::ActionKind)
request-action-create = Ny anmodning
request-action-edit = Redigér
request-action-delete = Slet kladde
request-action-send = Afsend
request-action-withdraw = Træk tilbage
request-action-accept = Acceptér
request-action-forward = Videresend
request-action-request-info = Anmod om yderligere oplysninger
request-action-provide-info = Fremsend oplysninger
request-action-answer = Besvar
request-action-split-off = Udskil spørgsmål
request-action-request-clarification = Anmod om præcisering
request-action-close = Acceptér svaret, og afslut

## Vurdering af et svar (shared::lifecycle::Rating)
rating-positive = Godt
rating-neutral = Acceptabelt
rating-negative = Utilstrækkeligt

## Spørgsmålskontrol (en side til at skrive og afprøve spørgsmålsskabeloner)
nav-question-check = Spørgsmålskontrol
question-check-title = Kontrollér et spørgsmål
question-check-intro = Skriv et spørgsmål, som det vil fremgå af en anmodning, med pladsholdere for de oplysninger, som den anmodende myndighed udfylder, og afprøv det med værdier. Her gælder de samme regler, som når en anmodning sendes.
question-check-template = Spørgsmålstekst
question-check-template-help = Skriv hver pladsholder som {"${"}Navn{"}"}, f.eks. {"${"}SPBusinessName{"}"}. Kendte pladsholdere: { $names }.
question-check-values = Værdier
question-check-no-placeholders = Dette spørgsmål har ingen pladsholdere.
question-check-preview = Forhåndsvisning
question-check-submit = Kontrollér på serveren
question-check-accepted = Serveren accepterer dette spørgsmål og dets værdier.

## Spørgsmålskatalog
nav-catalogue = Spørgsmål
catalogue-title = Spørgsmålskatalog
catalogue-intro = De forhåndsoversatte spørgsmål, der kan indgå i en anmodning. Den anden myndighed læser hvert af dem på sit eget sprog; pladsholderne udfyldes af den anmodende myndighed.
catalogue-area-label = Lovgivningsområde
catalogue-count = { $count ->
    [one] { $count } spørgsmål
   *[other] { $count } spørgsmål
}
area-services = Tjenesteydelser
area-professional_qualifications = Erhvervsmæssige kvalifikationer
area-posting_of_workers = Udstationering af arbejdstagere
area-ecommerce = Elektronisk handel
answer-type-yes_no = Ja eller nej
answer-type-date = Dato
answer-type-free_text = Fritekst
answer-type-document = Dokument
answer-type-choice = Valg fra en liste
answer-type-measurement = Målt værdi

## Søgning efter myndigheder
nav-authorities = Myndigheder
authorities-title = Find en myndighed
authorities-intro = Søg på et hvilket som helst sprog efter navn, forkortelse, by eller kompetenceområde, f.eks. et erhverv eller en aktivitet. Der søges i kompetenceområder på alle systemets sprog.
authorities-search-label = Navn, by eller kompetenceområde
authorities-country-label = Land
authorities-any-country = Alle lande
authorities-any-area = Alle områder
authorities-results = { $count ->
    [one] { $count } myndighed fundet
   *[other] { $count } myndigheder fundet
}
authorities-no-results = Ingen myndighed svarer til denne søgning.
## $country er et lands navn på læserens sprog; $label et erhvervs eller en aktivitets betegnelse.
search-country-from-query = Der vises myndigheder i { $country }, som er det land, din søgning nævner.
search-none-declared = Ingen myndighed i { $country } har angivet »{ $label }« som kompetenceområde.
search-none-declared-anywhere = Ingen myndighed har angivet »{ $label }« som kompetenceområde.
search-ask-coordinator = Den nationale IMI-koordinator i { $country } kan oplyse dig om, hvilken myndighed der er kompetent:
authorities-match-name = Match på navn
authorities-match-acronym = Match på forkortelse
authorities-match-city = Match på by
authorities-match-competence = Kompetenceområde: { $label }
authorities-pages = Resultatsider
authorities-previous = Forrige
authorities-next = Næste
authorities-page = Side { $page } af { $pages }
profile-back = Tilbage til søgningen
profile-country = Land
profile-acronym = Forkortelse
profile-level = Forvaltningsniveau
level-national = Nationalt
level-regional = Regionalt
level-local = Kommunalt
profile-address = Adresse
profile-email = E-mailadresse
profile-phone = Telefon
profile-role = Rolle i systemet
profile-coordinator = National IMI-koordinator
profile-areas = Lovgivningsområder
profile-competences = Kompetenceområder

## Lande i Det Europæiske Økonomiske Samarbejdsområde
country-AT = Østrig
country-BE = Belgien
country-BG = Bulgarien
country-HR = Kroatien
country-CY = Cypern
country-CZ = Tjekkiet
country-DK = Danmark
country-EE = Estland
country-FI = Finland
country-FR = Frankrig
country-DE = Tyskland
country-GR = Grækenland
country-HU = Ungarn
country-IE = Irland
country-IT = Italien
country-LV = Letland
country-LT = Litauen
country-LU = Luxembourg
country-MT = Malta
country-NL = Nederlandene
country-PL = Polen
country-PT = Portugal
country-RO = Rumænien
country-SK = Slovakiet
country-SI = Slovenien
country-ES = Spanien
country-SE = Sverige
country-IS = Island
country-LI = Liechtenstein
country-NO = Norge

## Indbakke: lister, sortering og antal
inbox-empty-body-box = Her vises din myndigheds anmodninger, der svarer til disse filtre.
inbox-new-request = Ny anmodning
inbox-boxes = Lister over anmodninger
inbox-total = { $count ->
    [one] Én anmodning
   *[other] { $count } anmodninger
}
inbox-deadline = Frist { $date }
inbox-number-label = Anmodningsnummer
inbox-sort-label = Sortering
inbox-sort-updated-desc = Senest ændrede først
inbox-sort-updated-asc = Ældste ændring først
inbox-sort-deadline-asc = Tidligste frist først
inbox-sort-number-desc = Nyeste nummer først
box-to-accept = Skal accepteres
box-to-answer = Skal besvares eller gennemgås
box-awaiting = Afventer den anden part
box-overdue = Frist overskredet
box-drafts = Kladder
box-closed = Afsluttede
box-all = Alle
error-unsupported-file-type = Denne filtype accepteres ikke. Vedhæft en pdf-fil, et billede eller et kontordokument.

## En anmodning
request-title = Anmodning { $number }
request-title-unknown = Anmodning
request-overdue = Frist overskredet
request-from = Fra
request-to = Til
request-created = Oprettet
request-requested-date = Svar ønskes senest
request-deadline = Aftalt frist
request-subject = Hvem anmodningen vedrører
request-personal-data-hidden = Personoplysninger, bemærkningen, meddelelser og dokumenter vises, når din myndighed har accepteret anmodningen.
request-personal-data-coordinator = Som IMI-koordinator kan du følge anmodningens forløb. Anmodningens personoplysninger, bemærkning, meddelelser og dokumenter er kun tilgængelige for de to myndigheder.
request-note-hidden = Teksten vises ikke, da den kan indeholde personoplysninger.
request-blocked-on = Personoplysninger blokeret den
request-personal-data-blocked = Efter reglerne om opbevaring blev personoplysningerne i denne anmodning (hvem den vedrører, fritekst og dokumenter) blokeret den { $date }. Ingen kan længere se dem, og de slettes den { $deleted }.
request-personal-data-erased = Efter reglerne om opbevaring blev personoplysningerne i denne anmodning slettet den { $date }. Kun de overordnede oplysninger bevares: datoer, myndigheder, statusser og vurderinger.
personal-data-mark = Personoplysninger
personal-data-legend = Dette tegn markerer personoplysninger. Kun de myndigheder, der behandler anmodningen, kan se dem; når anmodningen er afsluttet, blokeres de og slettes derefter efter reglerne om opbevaring.
nav-data-subjects = Registrerede
data-subjects-title = Indsigtsanmodninger fra registrerede
data-subjects-intro = Når en person spørger, hvilke oplysninger din myndighed har om vedkommende, kan du her finde alle din myndigheds anmodninger, der vedrører personen, også dem, hvor personoplysningerne er blokeret, og udarbejde den rapport, som personen har ret til. Hver søgning og hver rapport registreres med begrundelse.
data-subjects-reason = Begrundelse
data-subjects-reason-help = For eksempel dato og referencenummer for personens henvendelse. Begrundelsen registreres i revisionsloggen.
data-subjects-search = Søg
data-subjects-found = { $count ->
    [one] Én anmodning fundet
   *[other] { $count } anmodninger fundet
}
data-subjects-none = Ingen af din myndigheds anmodninger vedrører denne person.
data-subjects-include = Medtag i rapporten
data-subjects-side-requesting = Sendt af din myndighed
data-subjects-side-responding = Modtaget af din myndighed
data-subjects-stage-visible = Personoplysninger synlige
data-subjects-stage-blocked = Personoplysninger blokeret
data-subjects-stage-deleted = Personoplysninger slettet
data-subjects-report-language = Rapportens sprog
data-subjects-make-report = Udarbejd rapporten
data-subjects-print = Udskriv rapporten
report-title = Personoplysninger om dig
report-intro = { $authority } har følgende personoplysninger om dig i informationssystemet for det indre marked (IMI), som myndighederne i Det Europæiske Økonomiske Samarbejdsområde bruger til at udveksle oplysninger i henhold til forordning (EU) nr. 1024/2012.
report-made-on = Rapporten er udarbejdet den { $date }
report-request = Anmodning { $number }
report-area = Retsområde
report-data = Registrerede oplysninger
report-disclosures = Sendt eller modtaget
report-disclosure-sent = Sendt til { $authority } den { $date }
report-disclosure-forwarded = Videresendt til { $authority } den { $date }
report-disclosure-split-off = Delvis overdraget til { $authority } den { $date }
report-disclosure-received-from = Modtaget fra { $authority } den { $date }
report-retention = Blokering og sletning
report-blocked-and-deleted = Blokering den { $blocked } (derefter kan ingen se oplysningerne) og sletning den { $deleted }.
report-not-ended = Anmodningen er stadig under behandling. Personoplysningerne i den blokeres { $block ->
    [one] { $block } måned
   *[other] { $block } måneder
} efter, at den er afsluttet, og slettes { $delete ->
    [one] { $delete } måned
   *[other] { $delete } måneder
} efter, at den er afsluttet.
report-count = { $field }: { $count }
report-field-document = Dokument
report-field-comment = Bemærkning fra den anmodende myndighed
report-field-note = Meddelelser og ledsagende tekster
report-field-text-answer = Skriftlige svar
report-field-answer-comment = Bemærkninger til svar
report-field-inspection-present = Til stede ved inspektionen på stedet
report-empty = Denne myndigheds anmodninger indeholder ingen personoplysninger om dig.
timeline-fields = Berigtigede felter: { $fields }
request-rectify = Berigtig personoplysningerne
request-rectify-title = Berigtig oplysningerne om, hvem anmodningen vedrører
request-rectify-help = Den anden myndighed får besked om, hvilke felter du har berigtiget. De tidligere værdier gemmes ikke.
request-rectify-save = Gem berigtigelsen
request-comment = Bemærkning
request-original-language = Originalsprog: { $language }
request-questions = { $count ->
    [one] Ét spørgsmål
   *[other] { $count } spørgsmål
}
request-answer = Svar
request-answer-comment = Bemærkning til svaret
request-answer-choose = Vælg et svar
request-answer-date = Dato
request-answer-measurement = Målt værdi ({ $unit })
request-answer-text = Svartekst
request-save-answers = Gem svar
request-send-answer = Send svaret
request-actions = Mulige handlinger
request-propose-days = Eller foreslå en anden frist i antal dage
request-accept-proposed = Acceptér med denne frist
request-note = Ledsagende tekst
request-rating-timeliness = Svarets rettidighed
request-rating-effort = Svarets kvalitet
request-rating-choose = Vælg en vurdering
request-rating-needed = Vurdér svarets rettidighed og kvalitet for at afslutte anmodningen.
confirm-irreversible = Handlingen kan ikke fortrydes. Vil du fortsætte?
request-split-choose = Flyt dette spørgsmål til en anden myndighed
request-reuse = Opret en ny anmodning på grundlag af denne
request-timeline = Historik
timeline-new = Nyt siden din ændring
request-message = Meddelelse til den anden myndighed
request-message-send = Send meddelelse
timeline-to = Til: { $authority }
timeline-split-to = Ny anmodning nr. { $id }
subject-name = Navn
subject-identifier = Registrerings- eller identifikationsnummer
subject-birth-date = Fødselsdato
picker-label = Søg efter myndigheden (på et hvilket som helst sprog)
picker-more = Vis flere
answer-yes = Ja
answer-no = Nej
answer-unknown = Ukendt
answer-date = En dato
answer-text = Et skriftligt svar
answer-measurement = En målt værdi
answer-document-attached = Dokumentet er vedhæftet
answer-document-not-available = Dokumentet er ikke tilgængeligt
event-created = Kladde oprettet
event-sent = Afsendt
event-withdrawn = Trukket tilbage
event-accepted = Accepteret
event-forwarded = Videresendt
event-info-requested = Anmodet om yderligere oplysninger
event-info-provided = Oplysninger fremsendt
event-answered = Besvaret
event-split-off = Spørgsmål udskilt i en ny anmodning
event-clarification-requested = Anmodet om præcisering
event-closed = Svaret accepteret, anmodningen afsluttet
event-message = Meddelelse
event-attachment-added = Dokument vedhæftet
toast-request-action-send = Anmodningen er afsendt.
toast-request-action-delete = Kladden er slettet.
toast-request-action-withdraw = Anmodningen er trukket tilbage.
toast-request-action-accept = Anmodningen er accepteret.
toast-request-action-forward = Anmodningen er videresendt.
toast-request-action-request-info = Dit spørgsmål er sendt til den anmodende myndighed.
toast-request-action-provide-info = Oplysningerne er fremsendt.
toast-request-action-answer = Svaret er afsendt.
toast-request-action-split-off = Spørgsmålene er flyttet til en ny anmodning.
toast-request-action-request-clarification = Din anmodning om præcisering er afsendt.
toast-request-action-close = Anmodningen er afsluttet.
toast-answers-saved = Dine svar er gemt.

## Udarbejdelse af en anmodning
compose-title = Ny anmodning
compose-steps = Trin
compose-step-area = Lovgivningsområde
compose-step-authority = Myndighed
compose-step-subject = Berørt part
compose-step-questions = Spørgsmål
compose-step-details = Bemærkning og dato
compose-step-review = Gennemse og afsend
compose-back = Tilbage
compose-next = Næste
compose-saved = Kladde nr. { $id } er gemt
compose-chosen-authority = Valgt: { $name }
compose-subject-help = Den pågældende erhvervsudøver eller tjenesteyder. Den modtagende myndighed kan først se disse oplysninger, når den har accepteret anmodningen.
compose-comment-help = Skrives på dit sprog; den anden myndighed kan se, hvilket sprog der er tale om.
compose-incomplete = Anmodningen er endnu ikke fuldstændig. De manglende dele er markeret.
compose-draft-title = Kladde { $number }
compose-questions-filter = Filtrér spørgsmålene
compose-questions-chosen = Valgte spørgsmål: { $count }
compose-step-attention = kræver opmærksomhed
compose-review-fix = Ret følgende, før anmodningen sendes:
compose-review-language = Spørgsmålene vises på dit sprog; den modtagende myndighed læser dem på sit eget sprog.
compose-review-none = Ingen
field-error-missing = Skal udfyldes.
field-error-too-long = For lang.
field-error-not-in-future = Skal være en dato efter i dag.
field-error-in-future = Må ikke ligge i fremtiden.
field-error-empty = Må ikke være tom.
field-error-duplicate = Valgt to gange.
field-error-unknown = Ukendt.
field-error-other-area = Hører til et andet lovgivningsområde.
field-error-area-not-handled = Denne myndighed behandler ikke anmodningens lovgivningsområde.
field-error-not-allowed = Ikke muligt her.
field-error-too-many = For mange.

## Vedhæftede dokumenter
request-documents = Dokumenter
request-no-documents = Der er ikke vedhæftet nogen dokumenter.
request-documents-withheld = Dokumenter er personoplysninger: de vises ikke her, ligesom de øvrige personoplysninger i denne anmodning.
request-document-size = { $size } kB
upload-label = Vedhæft et dokument
upload-choose = Vælg en fil…
upload-take-photo = Tag et foto
upload-keep-original = Send fotos i den originale størrelse (ellers formindskes de først på denne enhed)
date-day = Dag
date-month = Måned
date-year = År
upload-help = Pdf-fil, billede eller kontordokument på højst 20 MB.
upload-question = Dokumentet besvarer
upload-no-question = Intet bestemt spørgsmål
upload-question-number = Spørgsmål { $number }
upload-progress = Status for upload

## Notifikationer pr. e-mail ($event er en af event-*-meddelelserne)
email-subject = Anmodning { $number }: { $event }
email-body = Kære { $name }

    { $authority } har foretaget en handling i anmodning { $number }: { $event }.

    Åbn anmodningen: { $link }

    Denne meddelelse er sendt fra informationssystemet for det indre marked. Du bedes ikke besvare den.

## Notifikationer
notifications-label = Notifikationer
notifications-unread = { $count ->
    [one] { $count } ulæst notifikation
   *[other] { $count } ulæste notifikationer
}
notifications-empty = Ingen notifikationer.
notifications-mark-all-read = Markér alle som læst
notification-item = { $number }: { $event }

## Sagsfordeling og koordinering
request-assigned-to = Tildelt { $name }
request-assign-label = Ansvarlig sagsbehandler
request-unassigned = Ikke tildelt
toast-assigned = Den ansvarlige sagsbehandler er ændret.
toast-saved = Gemt.
inbox-allocation-toggle = En sagsfordeler tildeler hver indgående anmodning til en af vores sagsbehandlere
event-assigned = Tildelt en sagsbehandler
event-reminded = Påmindelse fra koordinatoren
event-inactive = Ingen aktivitet i to måneder
event-rectified = Personoplysninger berigtiget
nav-coordination = Koordinering
coordination-title = Anmodninger uden aktivitet
coordination-intro = Anmodninger fra myndigheder i dit land, hvor der ikke er sket noget i mere end to måneder. Åbn en anmodning for at videresende den, eller send en påmindelse til den myndighed, der skal handle.
coordination-empty = Ingen anmodninger har været uden aktivitet i to måneder.
coordination-last-change = Senest ændret { $date }
coordination-remind = Send en påmindelse
toast-reminded = Påmindelsen er sendt.

## Maskinoversættelse af fritekst
request-translate = Oversæt til mit sprog
request-info-asked = { $authority } anmoder om følgende oplysninger:
request-translation-unavailable = Teksten er på et andet sprog, og maskinoversættelse er ikke sat op på denne server.
request-machine-translation = Maskinoversættelse:

## Filtre i oversigten
inbox-state-label = Status
inbox-any-state = Alle statusser
inbox-from-label = Ændret fra og med
inbox-to-label = Ændret til og med
inbox-assigned-to-me = Kun anmodninger, der er tildelt mig

## Invitationer, administration af registret (koordinatorer) og brugeradministration (lokale dataadministratorer)
email-invitation-subject = Din konto i informationssystemet for det indre marked (IMI): { $authority }
email-invitation-body = Kære { $name }

    { $inviter } har oprettet en konto til dig i informationssystemet for det indre marked (IMI) som bruger i { $authority }.

    Du aktiverer kontoen ved at åbne følgende link og vælge din adgangskode: { $link }

    Linket kan kun bruges én gang og er gyldigt i { $days ->
        [one] én dag
       *[other] { $days } dage
    }. Hvis du ikke ventede denne meddelelse, kan du se bort fra den.
error-edit-conflict = En anden har gemt disse oplysninger, efter at du åbnede dem. Genindlæs siden for at se ændringerne, og foretag derefter dine egne ændringer igen.
error-invalid-parameter = Adressen på denne side er ikke gyldig. Kontrollér linket, eller gå tilbage, og prøv igen.
error-rate-limited = Denne handling blev udført for kort tid siden og kan ikke gentages endnu. Prøv igen senere.
error-second-factor-required = Indtast koden fra din godkendelsesapp.
error-invalid-second-factor = Koden er forkert eller udløbet. Indtast den kode, som appen viser nu.
error-second-factor-setup-required = Dine roller kræver totrinsbekræftelse. Opsæt den på din kontoside for at fortsætte.
error-storage-full = Dokumentet kunne ikke gemmes, fordi serverens lagerplads er fuld. Intet er blevet gemt. Underret din IMI-systemadministrator.
error-personal-data-blocked = Personoplysningerne i denne anmodning er blokeret efter reglerne om opbevaring: der kan ikke tilføjes noget til den.
error-idempotency-key-reused = Denne ændring er allerede sendt med et andet indhold. Genindlæs siden, og foretag ændringen igen.
error-request-in-progress = Denne ændring behandles stadig. Vent et øjeblik, og prøv igen.
error-device-storage-full = Der er ikke mere plads på denne enhed til at opbevare ændringen, indtil forbindelsen er genoprettet. Intet er blevet opbevaret: frigør plads på enheden, eller foretag ændringen, når du er online.
error-too-large-to-keep = Dette dokument er for stort til at blive opbevaret på enheden, indtil forbindelsen er genoprettet. Vedhæft det, når du er online.
nav-registry = Register
nav-users = Brugere
registry-title = Administration af registret
registry-intro = Registrér dit lands myndigheder, eller importér mange på én gang fra en CSV-fil. Hvis du vil rette oplysningerne om en myndighed, skal du finde den i søgningen og åbne dens profil.
registry-new = Registrér en myndighed
registry-import-title = Importér fra en CSV-fil
registry-import-help = Én myndighed pr. række med de kolonner, der er beskrevet i importvejledningen. Hvis blot én række er forkert, importeres intet; hvis den samme fil importeres igen, ændres intet.
registry-import-file = CSV-fil
registry-import-progress = Status for importen
registry-import-done = Importeret: { $created } nye, { $updated } opdaterede, { $unchanged } uændrede.
registry-import-refused = Intet er importeret. Ret disse rækker, og importér filen igen:
registry-import-line = Linje
registry-import-column = Kolonne
registry-import-reason = Problem
form-title-new = Registrér en myndighed
form-title-edit = Redigér { $name }
form-errors = Ret de markerede felter.
form-name = Navn på myndighedens eget sprog
form-name-language = Navnets sprog
form-other-names = Navne på andre officielle sprog
form-other-name = Andet navn { $number }
form-other-name-add = Tilføj et navn på et andet sprog
form-other-name-remove = Fjern
form-name-en = Navn på engelsk
form-city = By
form-level-help = Den del af landet, som myndighedens kompetence omfatter. Hvis flere myndigheder svarer lige godt til en søgning, vises den nationale myndighed først.
form-phone-help = I internationalt format, f.eks. +371 6701 2345.
form-competences-filter = Find et kompetenceområde, der skal tilføjes
form-administrator = Første lokale dataadministrator
form-administrator-help = Denne person modtager en invitation pr. e-mail, vælger en adgangskode og administrerer derefter myndighedens brugere.
form-person-name = Fulde navn
form-invitation-language = Invitationens sprog
form-save = Gem
form-register = Registrér
form-cancel = Annullér
profile-edit = Redigér
authority-send-request = Send en anmodning til denne myndighed
profile-area-coordinator = IMI-koordinator for sine lovgivningsområder
profile-other-names = Andre navne
profile-registered-by = Registreret af
profile-registered-by-value = { $user }, { $authority }
users-title = Brugere
users-roles = Roller
users-active = Aktiv
users-pending = Invitationen er endnu ikke accepteret
users-invitation-expired = Invitationen er udløbet
users-resend-invitation = Send invitationen igen
toast-invitation-resent = En ny invitation er sendt; det tidligere link er ikke længere gyldigt.
users-inactive = Deaktiveret
users-invited-by = Inviteret af { $name }
users-may-log-in = Må logge ind
users-invite-title = Invitér en kollega
users-invite = Send invitationen
toast-invited = Invitationen er sendt.
invitation-title = Velkommen til IMI
invitation-intro = { $name }, du er blevet inviteret til informationssystemet for det indre marked som bruger i { $authority } ({ $country }). Vælg din adgangskode for at aktivere din konto.
password-help = { $count ->
    [one] Mindst ét tegn. Nogle få ord uden indbyrdes sammenhæng giver en god adgangskode; almindelige adgangskoder og dit eget navn eller din e-mailadresse afvises.
   *[other] Mindst { $count } tegn. Nogle få ord uden indbyrdes sammenhæng giver en god adgangskode; almindelige adgangskoder og dit eget navn eller din e-mailadresse afvises.
}
invitation-repeat = Gentag adgangskoden
invitation-mismatch = De to adgangskoder er ikke ens.
invitation-accept = Aktivér min konto
invitation-invalid = Dette invitationslink er ukendt, er allerede brugt eller er udløbet. Bed din lokale dataadministrator eller din IMI-koordinator om en ny invitation.
field-error-invalid-email = Ikke en gyldig e-mailadresse.
field-error-invalid-phone = Ikke et telefonnummer i internationalt format (+ efterfulgt af cifre).
field-error-not-yours = Uden for de lovgivningsområder, du koordinerer.
field-error-taken = Bruges allerede af en anden konto.
field-error-too-short = For kort.
field-error-last-administrator = Myndigheden skal beholde mindst én aktiv lokal dataadministrator.
field-error-control-character = Indeholder et kontroltegn eller et tegn for tekstretning. Fjern tegnet.
field-error-not-own-country = Vælg en myndighed i dit eget land.
field-error-too-personal = Må ikke indeholde din e-mailadresse eller dit navn.
field-error-too-guessable = For let at gætte, fordi den er eller ligner en almindelig adgangskode. Brug en længere sætning af ord uden indbyrdes sammenhæng.
field-error-wrong-code = Koden er forkert eller udløbet.
field-error-no-setup = Opsætningen er ikke startet eller er blevet erstattet. Start den igen.
field-error-no-second-factor = Totrinsbekræftelse er ikke slået til.
field-error-required-by-role = Dine roller kræver totrinsbekræftelse, så den kan ikke slås fra.
field-error-wrong-password = Adgangskoden er forkert.
field-error-self = Du kan ikke deaktivere din egen konto.
field-error-other-country = Hører til et andet land.
field-error-not-utf8 = Filen er ikke UTF-8-tekst. Gem den fra dit regnearksprogram i formatet »CSV UTF-8«.
field-error-unreadable = Denne række kan ikke læses som CSV.
field-error-unknown-column = Ukendt kolonne.
field-error-missing-column = Der mangler en obligatorisk kolonne.
field-error-wrong-column-count = Denne række har ikke lige så mange celler som overskriftsrækken.
field-error-too-many-rows = For mange rækker: højst 20.000 pr. fil.
field-error-invalid-format = Ikke i det forventede format.
field-error-duplicate-of-line = Samme reference som på linje { $line }.
field-error-out-of-range = Uden for det tilladte interval.
field-error-out-of-range-between = Skal være mellem { $min } og { $max }.
field-error-invalid-date = Ikke en gyldig dato.
field-error-nonexistent-date = Denne dato findes ikke.
field-error-invalid-person-name = Ikke et personnavn.
field-error-invalid-register-reference = Ikke et gyldigt registreringsnummer.
field-error-unknown-country = Et land, som systemet ikke kender.
field-error-unknown-placeholder = En pladsholder, som systemet ikke kender.
field-error-unexpected = Hører ikke til de valgte spørgsmål.
field-error-line-break = Skal stå på én linje.
field-error-none-left = Mindst ét spørgsmål skal blive i anmodningen.
field-error-not-a-handler = Ikke en aktiv sagsbehandler i denne myndighed.
field-error-not-a-coordinator = Ikke en IMI-koordinator.
field-error-not-asked = Ikke et af anmodningens spørgsmål.
field-error-not-here = Ikke muligt her.
field-error-unterminated = En pladsholder er åbnet, men ikke lukket.
field-error-empty-name = En pladsholder har intet navn.
field-error-invalid-name = En pladsholder har et ugyldigt navn.
field-error-mismatched-delimiters = Parenteserne passer ikke sammen.
field-error-nested = En pladsholder står inden i en anden.
field-error-wrong-kind = Denne svartype passer ikke til spørgsmålet.
field-error-no-attachment = Der er ikke vedhæftet noget dokument til dette spørgsmål.

## Konto: totrinsbekræftelse, sessioner, adgangskode
login-code = Kode fra din godkendelsesapp
login-code-intro = Din konto bruger totrinsbekræftelse. Indtast den kode, som din godkendelsesapp viser nu.
login-code-help = Seks cifre fra appen eller en af dine gendannelseskoder.
user-account = Din konto
account-title = Din konto
account-second-factor-title = Totrinsbekræftelse
account-second-factor-intro = Når du logger ind, skal du efter adgangskoden indtaste en sekscifret kode fra en godkendelsesapp på din telefon, f.eks. FreeOTP, Aegis, Google Authenticator eller Microsoft Authenticator.
account-second-factor-required = Dine roller (lokal dataadministrator eller IMI-koordinator) kræver totrinsbekræftelse. Opsæt den nu for at fortsætte.
account-second-factor-on = { $count ->
    [one] Totrinsbekræftelse er slået til. Der er én gendannelseskode tilbage.
   *[other] Totrinsbekræftelse er slået til. Der er { $count } gendannelseskoder tilbage.
}
account-second-factor-off = Totrinsbekræftelse er slået fra.
account-second-factor-start = Opsæt totrinsbekræftelse
account-second-factor-scan = Scan denne kode med din godkendelsesapp, eller indtast nøglen nedenfor i appen. Indtast derefter den kode, som appen viser.
account-second-factor-qr = QR-kode til at tilføje din konto i en godkendelsesapp
account-second-factor-key = Nøgle
account-second-factor-code = Kode fra appen
account-second-factor-confirm = Slå totrinsbekræftelse til
account-second-factor-disable = Slå totrinsbekræftelse fra
account-recovery-title = Gendannelseskoder
account-recovery-intro = Opbevar disse koder et sikkert sted, adskilt fra din telefon. Hvis telefonen bliver væk, kan du logge ind én gang med hver kode. Koderne vises kun nu.
account-recovery-done = Jeg har gemt dem
account-recovery-renew = Nye gendannelseskoder
account-sessions-title = Hvor du er logget ind
account-session-browser = Browser
account-session-address = IP-adresse
account-session-started = Startet
account-session-ends = Udløber
account-session-current = Denne session
account-session-unknown = Ukendt
account-session-end = Log ud der
account-sessions-end-others = Log ud alle andre steder
account-password-title = Adgangskode
account-password-current = Nuværende adgangskode
account-password-new = Ny adgangskode
account-password-repeat = Gentag den nye adgangskode
account-password-change = Skift adgangskode
toast-second-factor-on = Totrinsbekræftelse er slået til.
toast-second-factor-off = Totrinsbekræftelse er slået fra.
toast-recovery-renewed = Der er oprettet nye gendannelseskoder. De gamle virker ikke længere.
toast-session-ended = Sessionen er afsluttet.
toast-sessions-ended = Dine andre sessioner er afsluttet.
toast-password-changed = Din adgangskode er ændret, og dine andre sessioner er afsluttet.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistik
## $number er et antal skrevet efter læserens sprogindstilling, og $count det samme antal som tal
## (til flertalsformen). $from, $to og $today er datoer; $value, $green og $red er værdier,
## der allerede er skrevet efter læserens sprogindstilling (en procentsats eller dage); $zone er en tidszone
## (UTC); $indicator er navnet på et af tallene statistics-figure-*.
nav-statistics = Statistik
statistics-title = Statistik
statistics-intro = Hvor mange anmodninger der udveksles, hvor hurtigt de accepteres og besvares, og hvordan de anmodende myndigheder vurderer svarene. Ingen personer, navne eller tekster indgår i disse tal.
statistics-print = Udskriv
statistics-filters = Filtre
statistics-from = Fra
statistics-to = Til
statistics-partner = Partnerland
statistics-direction = Retning
statistics-direction-all = Afsendte og modtagne
statistics-direction-sent = Afsendte
statistics-direction-received = Modtagne
statistics-granularity = Inddeling af tidsserien
statistics-granularity-month = Måned
statistics-granularity-quarter = Kvartal
statistics-granularity-year = År
statistics-whose = Tal for
statistics-scope-everything = Alle lande
statistics-scope-areas = { $country }: dine lovgivningsområder
statistics-scope-authority = Din myndighed
statistics-your-areas = Dine lovgivningsområder
statistics-period = Anmodninger afsendt fra { $from } til { $to }
statistics-as-of = Dage er kalenderdage i { $zone }; tallene er opgjort pr. { $today }.
statistics-volumes-heading = Omfang
statistics-performance-heading = Hurtighed og tilfredshed
statistics-performance-intro = Hurtighed og tilfredshed vedrører den besvarende part: Tallene omfatter de anmodninger, der i perioden er sendt til disse myndigheder. Ved hvert tal er det angivet, hvor mange anmodninger det bygger på; et tal, der bygger på få anmodninger, kan svinge meget.
statistics-figure-sent = Afsendte anmodninger
statistics-figure-received = Modtagne anmodninger
statistics-figure-open-now = Åbne i dag
statistics-figure-overdue-now = Frist overskredet i dag
statistics-figure-accepted-in-time = Accepteret inden for 7 dage
statistics-figure-average-days = Gennemsnitligt antal dage til svar
statistics-figure-median-days = Median for antal dage til svar
statistics-figure-by-agreed-date = Besvaret inden for den aftalte frist
statistics-figure-within-two-weeks = Besvaret inden for to uger
statistics-figure-negative-timeliness = Negative vurderinger af rettidighed
statistics-figure-negative-effort = Negative vurderinger af kvalitet
statistics-what-is-counted = Hvad der tælles med
statistics-definition-sent = Anmodninger, som disse myndigheder har afsendt i perioden, hver talt med på den dag, den blev afsendt. Kladder tælles aldrig med. En videresendt anmodning tælles én gang; en anmodning, der er udskilt fra en anden, er en selvstændig anmodning, der anses for afsendt den dag, den blev udskilt; en anmodning, der er trukket tilbage, tælles stadig med. Dage er kalenderdage i UTC.
statistics-definition-received = Anmodninger, der i perioden er sendt til disse myndigheder, hver talt med på den dag, den blev afsendt. En videresendt anmodning tælles én gang, for den myndighed, der sidst har den; en anmodning, der er trukket tilbage, tælles stadig med. Dage er kalenderdage i UTC.
statistics-definition-open-now = Disse myndigheders afsendte eller modtagne anmodninger, som i dag afventer accept, er accepteret eller afventer oplysninger, uanset hvornår de blev afsendt: Dette tal er ikke begrænset til perioden.
statistics-definition-overdue-now = Af de anmodninger, der er åbne i dag, dem, hvis aftalte frist er overskredet i dag (kalenderdage i UTC). Heller ikke dette tal er begrænset til perioden.
statistics-definition-accepted-in-time = Af de modtagne anmodninger, der er blevet accepteret eller har ventet mere end 7 dage uden at blive accepteret, andelen, der blev accepteret senest 7 kalenderdage efter modtagelsen. En anmodning anses for modtaget den dag, den blev afsendt, eller, hvis den er videresendt, den dag, den sidst blev videresendt, så en myndighed ikke belastes med de dage, hvor en anden myndighed havde den. En anmodning, der er trukket tilbage, tælles kun med, hvis den blev accepteret. Dage er kalenderdage i UTC.
statistics-definition-average-days = Det gennemsnitlige antal kalenderdage (UTC) fra modtagelsen (afsendelsesdagen eller dagen for den seneste videresendelse) til det første svar for de modtagne anmodninger, der er besvaret. Hvis der er anmodet om præcisering efter et svar, er det stadig det første svar, der tæller.
statistics-definition-median-days = Den midterste værdi af de samme antal dage fra modtagelsen til det første svar: Halvdelen af svarene tog så lang tid eller kortere. Ved et lige antal svar gælder den laveste af de to midterste værdier.
statistics-definition-by-agreed-date = Af de besvarede anmodninger med en aftalt frist andelen, der blev besvaret første gang senest på denne dag (kalenderdage i UTC).
statistics-definition-within-two-weeks = Af de besvarede anmodninger andelen, der blev besvaret første gang senest 14 kalenderdage (UTC) efter modtagelsen (afsendelsesdagen eller dagen for den seneste videresendelse).
statistics-definition-negative-timeliness = Af de modtagne anmodninger, som den anmodende myndighed vurderede ved afslutningen, andelen, hvor den vurderede svarets rettidighed negativt.
statistics-definition-negative-effort = Af de modtagne anmodninger, som den anmodende myndighed vurderede ved afslutningen, andelen, hvor den vurderede svarets kvalitet negativt.
statistics-no-figure = Ingen anmodninger
statistics-based-on = { $count ->
    [one] Bygger på { $number } anmodning
   *[other] Bygger på { $number } anmodninger
}
statistics-eea = EØS
statistics-eea-value = EØS: { $value }
statistics-band-green = God
statistics-band-yellow = Skal følges
statistics-band-red = Utilstrækkelig
statistics-legend-title = Tærskler for niveauerne
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: god fra { $green }, utilstrækkelig under { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: god under { $green }, utilstrækkelig over { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: god fra { $green }, utilstrækkelig under { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: god under { $green }, utilstrækkelig fra { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: god under { $green }, utilstrækkelig fra { $red }.
statistics-quarter = { $quarter }. kvartal { $year }
statistics-quarter-short = { $quarter }. kvt.
statistics-charts-heading = Udvikling over tid
statistics-volumes-title = Afsendte og modtagne anmodninger
statistics-acceptance-title = Andel af anmodninger accepteret inden for 7 dage
statistics-days-title = Gennemsnitligt antal dage til svar
statistics-axis-requests = Anmodninger
statistics-axis-share = Andel
statistics-axis-days = Dage
statistics-show-table = Vis som tabel
statistics-tables-heading = Opdelinger
statistics-column-period = Periode
statistics-column-sent = Afsendt
statistics-column-received = Modtaget
statistics-column-based-on = Grundlag (anmodninger)
statistics-column-area = Lovgivningsområde
statistics-column-partner = Partnerland
statistics-column-country = Land
statistics-column-from-to = Fra (rækker) til (kolonner)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Anmodninger fordelt på lovgivningsområde
statistics-by-partner-title = Anmodninger fordelt på partnerland
statistics-by-partner-intro = Partnerlandet er landet på den anden side: det besvarende land for en afsendt anmodning og det anmodende land for en modtaget anmodning.
statistics-exchanges-title = Anmodninger fra land til land
statistics-exchanges-intro = Hver række er et anmodende land, hver kolonne et besvarende land; kun lande med anmodninger i perioden er medtaget.
statistics-scoreboard-title = Resultattavle for de besvarende lande
statistics-scoreboard-intro = Hvert lands indikatorer som besvarende part for de anmodninger, det har modtaget i perioden, med niveauer efter tærsklerne ovenfor.
statistics-csv = Download CSV-fil
statistics-csv-failed = Denne browser kunne ikke oprette filen.
statistics-csv-percent = { $indicator } (i %)
statistics-csv-band = { $indicator }: niveau
statistics-csv-based-on = { $indicator }: grundlag (anmodninger)
statistics-empty-title = Ingen anmodninger i denne periode
statistics-empty-body = Der blev ikke afsendt nogen anmodning, der svarer til disse filtre, i denne periode. Vælg en længere periode eller færre filtre.
statistics-error-before-start = Må ikke ligge før periodens første dag.
statistics-error-too-long = { $count ->
    [one] Perioden må højst være på { $days } dag.
   *[other] Perioden må højst være på { $days } dage.
}

## Advarsler: én myndighed advarer mange

role-alert_coordinator = Advarselskoordinator
field-error-before-start = Må ikke ligge før den dato, hvorfra afgørelsen gælder.
alert-state-draft = Kladde
alert-state-awaiting-approval = Afventer advarselskoordinatorens godkendelse
alert-state-sent = Afsendt
alert-state-closure-proposed = Afslutning foreslået
alert-state-closed = Afsluttet
alert-state-withdrawn = Trukket tilbage
alert-action-edit = Redigér
alert-action-delete = Slet kladde
alert-action-send = Afsend advarsel
alert-action-approve = Godkend og afsend
alert-action-reject = Returnér til afsenderen
alert-action-acknowledge = Kvittér for modtagelsen på landets vegne
alert-action-pass-on = Videresend til myndigheder
alert-action-acknowledge-receipt = Kvittér for modtagelsen
alert-action-modify = Ændr
alert-action-withdraw = Træk tilbage
alert-action-propose-closure = Foreslå afslutning
alert-action-reject-closure = Hold advarslen åben
alert-action-close = Afslut advarsel
alert-event-created = Kladde oprettet
alert-event-submitted = Indsendt til godkendelse
alert-event-approved = Godkendt af advarselskoordinatoren
alert-event-rejected = Returneret til afsenderen
alert-event-sent = Advarsel afsendt
alert-event-acknowledged = Modtagelse kvitteret af landets advarselskoordinator
alert-event-passed-on = Videresendt til kompetente myndigheder
alert-event-receipt-acknowledged = Modtagelse kvitteret af myndigheden
alert-event-modified = Advarsel ændret
alert-event-withdrawn = Advarsel trukket tilbage
alert-event-withdrawn-wrong = Advarsel trukket tilbage: Den har vist sig at være ubegrundet
alert-event-closure-proposed = Afslutning foreslået
alert-event-closure-rejected = Advarslen forbliver åben
alert-event-closed = Advarsel afsluttet
alert-event-end-reminder = Afgørelsen gælder ikke længere: Afslut advarslen, eller træk den tilbage
alert-event-late-reminder = Frist overskredet: Afgørelsen ophørte med at gælde for mere end 3 dage siden, og advarslen er stadig åben
email-alert-subject = Advarsel { $number }: { $event }
email-alert-body = Kære { $name }

    { $authority } har foretaget en handling i advarsel { $number } ({ $kind }): { $event }.

    Åbn advarslen: { $link }

    Denne meddelelse er sendt fra informationssystemet for det indre marked. Du bedes ikke besvare den.

alert-delivery-received = Modtaget, modtagelse endnu ikke kvitteret
alert-delivery-acknowledged = Modtagelse kvitteret
alert-delivery-passed-on = Videresendt til kompetente myndigheder
alert-box-drafts = Advarselskladder
alert-box-sent = Afsendte advarsler
alert-box-to-approve = Advarsler til godkendelse
alert-box-to-acknowledge = Advarsler til kvittering
alert-box-received = Modtagne advarsler

## Alerts: the pages

nav-alerts = Advarsler
alerts-title = Advarsler
alerts-intro = Advarsler underretter de kompetente myndigheder i andre lande om en erhvervsudøver eller en tjenesteyder: et forbud mod eller en begrænsning af udøvelsen af aktiviteten, et forfalsket eksamensbevis, en fare for sundhed, sikkerhed eller miljø.
alerts-boxes = Lister over advarsler
alerts-new = Ny advarsel
alerts-check-link = Kontrollér en erhvervsudøver
alerts-in-force = Gældende advarsler
alerts-unread = Ulæste opdateringer af advarsler
# Læses op af skærmlæsere, når antallet af ulæste opdateringer af advarsler stiger.
live-alert-news = { $count ->
    [one] Én ulæst opdatering af en advarsel
   *[other] { $count } ulæste opdateringer af advarsler
}
alerts-empty-title = Ingen advarsler her
alerts-empty-body = Her vises de advarsler, som dit land eller din myndighed modtager, og de advarsler, som din myndighed afsender.
alerts-total = { $count ->
    [one] { $count } advarsel
   *[other] { $count } advarsler
}
alert-title = Advarsel { $number }
alert-title-unknown = Advarsel
alert-subject-withheld = Personoplysninger vises ikke
alert-unread = Nyt siden du sidst åbnede den
alert-from-country = Fra { $country }
alert-details = Oplysninger
alert-sender = Afsendende myndighed
alert-sent-at = Afsendt den
alert-revision-label = Ændringer
alert-revision = { $count ->
    [one] Ændret én gang siden afsendelsen
   *[other] Ændret { $count } gange siden afsendelsen
}
alert-personal-hidden = Personoplysningerne i denne advarsel vises kun for afsenderen, advarselskoordinatorerne og de myndigheder, som advarslen er videresendt til.
alert-comment = Bemærkning
alert-comment-help = Til modtagerne: hvad de bør vide ud over oplysningerne i felterne ovenfor. Skriv på dit eget sprog; hver læser kan få teksten maskinoversat.
alert-late-reason = Begrundelse for, at advarslen sendes for sent
alert-proved-wrong = Denne advarsel er trukket tilbage, da den har vist sig at være ubegrundet.
alert-due-left = { $days ->
    [0] Fristen udløber i dag: En advarsel skal afsendes senest 3 dage efter afgørelsen.
    [one] Der er { $days } dag tilbage til at afsende denne advarsel.
   *[other] Der er { $days } dage tilbage til at afsende denne advarsel.
}
alert-due-late = { $days ->
    [one] { $days } dag for sent: Angiv, hvorfor advarslen sendes for sent.
   *[other] { $days } dage for sent: Angiv, hvorfor advarslen sendes for sent.
}
alert-actions = Mulige handlinger
alert-note = Begrundelse
alert-note-help = Skal udfyldes, når advarslen returneres, trækkes tilbage eller foreslås afsluttet; alle modtagere læser den.
alert-note-missing = Angiv først en begrundelse.
alert-withdraw-proved-wrong = Advarslen har vist sig at være ubegrundet: Oplys alle modtagere om det
alert-conflict = { $error } Advarslens aktuelle status: { $state }.
alert-deliveries = Modtagere
alert-deliveries-summary = { $count ->
    [one] { $acknowledged } ud af { $count } land har kvitteret for modtagelsen.
   *[other] { $acknowledged } ud af { $count } lande har kvitteret for modtagelsen.
}
alert-column-country = Land
alert-column-delivery = Advarselskoordinator
alert-column-authorities = Kompetente myndigheder
alert-received-at = modtaget den { $date }
alert-acknowledged-at = modtagelse kvitteret den { $date }
alert-not-acknowledged = modtagelse endnu ikke kvitteret
alert-read-at = læst den { $date }
alert-not-read = endnu ikke læst
alert-no-recipients = Endnu ikke videresendt
alert-timeline = Historik
alert-event-for-country = for { $country }
alert-pass-on-title = Videresend til kompetente myndigheder
alert-pass-on-help = Registret foreslår de myndigheder i dit land, der er kompetente for dette erhverv eller denne aktivitet. Fjern markeringen ved de myndigheder, der ikke skal modtage advarslen, eller tilføj andre.
alert-pass-on-none = Registret indeholder ingen myndighed i dit land, der er kompetent for dette erhverv eller denne aktivitet. Tilføj de myndigheder, der skal modtage advarslen.
alert-pass-on-already = (har allerede modtaget den)
alert-pass-on-add = Tilføj en anden myndighed
alert-pass-on-own-country = Advarsler kan kun videresendes til myndigheder i dit eget land.
alert-pass-on-submit = { $count ->
    [one] Videresend til { $count } myndighed
   *[other] Videresend til { $count } myndigheder
}
alert-compose-title = Ny advarsel
alert-draft-title = Advarselskladde { $number }
alert-modify-title = Ændr advarsel { $number }
alert-step-kind = Advarselstype
alert-step-fields = Oplysninger
alert-step-countries = Lande
alert-step-review = Bemærkning og afsendelse
alert-kind-legal-basis = Retsgrundlag: { $basis }
alert-choose-kind-first = Vælg først advarselstypen.
alert-field-required = { $label } (skal udfyldes)
alert-choose = Vælg…
alert-countries-all = Denne advarsel sendes til advarselskoordinatorerne i alle 30 EØS-lande.
alert-countries-choose = Vælg de lande, hvor tjenesteyderen driver virksomhed, eller hvor risikoen kan opstå.
alert-countries-always = { $country } modtager under alle omstændigheder denne advarsel som etableringsland.
alert-countries-none = Der er endnu ikke valgt noget land.
alert-goes-to = Sendes til: { $countries }
alert-approval-note = Advarsler fra dit land godkendes af landets advarselskoordinator, før de afsendes.
alert-modify-note = Alle modtagere får besked om, at advarslen er ændret.
alert-problems = Mangler at blive udfyldt
alert-incomplete = Advarslen er endnu ikke fuldstændig. De manglende dele er markeret.
alert-save-draft = Gem kladde
alert-save-modification = Gem ændringen
alert-submit = Indsend til godkendelse
alert-check-title = Må denne erhvervsudøver udøve sit erhverv?
alert-check-intro = Søg på navn i de gældende advarsler om erhvervsmæssige kvalifikationer, som dit land eller din myndighed har modtaget. Der ses bort fra accenter og én tastefejl. Findes der en advarsel, betyder det, at der gælder et forbud eller en begrænsning i det pågældende land; findes der ingen advarsel, er det intet bevis for, at personen frit kan udøve sit erhverv.
alert-check-name = Erhvervsudøverens navn
alert-check-profession = Erhverv
alert-check-any-profession = Alle erhverv
alert-check-submit = Søg i advarsler
alert-check-none = Ingen gældende advarsel nævner { $name }.
alert-check-found = { $count ->
    [one] { $count } gældende advarsel fundet
   *[other] { $count } gældende advarsler fundet
}
toast-alert-saved = Kladden er gemt.
toast-alert-sent = Advarslen er afsendt.
toast-alert-submitted = Advarslen er indsendt til godkendelse.
toast-alert-modified = Advarslen er ændret; modtagerne får besked.
toast-alert-deleted = Kladden er slettet.
toast-alert-passed-on = Advarslen er videresendt.
toast-alert-done = Udført: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Du er offline. De anmodninger, du har åbnet, kan stadig læses; de svar, meddelelser og dokumenter, du tilføjer, opbevares på denne enhed og sendes, når forbindelsen er genoprettet.
update-ready = En ny version af systemet er klar.
update-reload = Indlæs den nye version

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Én ændring foretaget offline venter på at blive sendt.
   *[other] { $count } ændringer foretaget offline venter på at blive sendt.
}
queue-sending = Sender ændringerne foretaget offline…
queue-attention = { $count ->
    [one] Én ændring foretaget offline blev ikke sendt og kræver din stillingtagen.
   *[other] { $count } ændringer foretaget offline blev ikke sendt og kræver din stillingtagen.
}
queue-title = Venter på at blive sendt
queue-intro = Disse ændringer er foretaget uden forbindelse og opbevares på denne enhed. De sendes i rækkefølge, så snart forbindelsen er genoprettet.
queue-kind-answers = Svar (gemt, ikke sendt til den anmodende myndighed)
queue-kind-answer = Svar, der skal sendes til den anmodende myndighed
queue-kind-message = Meddelelse
queue-kind-document = Dokument »{ $name }« ({ $size } kB)
queue-made-at = Skrevet den { $time }
queue-status-waiting = Venter på forbindelse.
queue-status-conflict = Ikke sendt: anmodningen er blevet ændret, efter at du skrev dette, og har nu status »{ $state }«. Se i historikken nedenfor, hvad der er ændret, og send derefter ændringen alligevel, eller kassér den.
queue-status-refused = Ikke sendt: { $error }
queue-send-anyway = Send alligevel
queue-edit = Redigér
queue-discard = Kassér
queue-discard-confirm = Vil du kassere denne ændring? Det, du har skrevet, slettes fra denne enhed.
queue-logout-confirm = { $count ->
    [one] Én ændring foretaget offline er endnu ikke sendt. Hvis du logger ud, slettes den fra denne enhed. Vil du logge ud alligevel?
   *[other] { $count } ændringer foretaget offline er endnu ikke sendt. Hvis du logger ud, slettes de fra denne enhed. Vil du logge ud alligevel?
}
toast-queued = Ingen forbindelse: ændringen opbevares på denne enhed og sendes, når forbindelsen er genoprettet.
toast-queue-sent = { $count ->
    [one] Ændringen foretaget offline er sendt.
   *[other] De { $count } ændringer foretaget offline er sendt.
}

## Inspektioner på stedet: anmodningens art og inspektionsrapporten med underskrifter fra de tilstedeværende
compose-kind-label = Hvad anmoder du om?
request-kind-information = Oplysninger
request-kind-information-help = Den anden myndighed besvarer dine spørgsmål ud fra sine registre og sager.
request-kind-inspection = Inspektion på stedet
request-kind-inspection-help = Den anden myndighed inspicerer de pågældende lokaler, det pågældende udstyr eller sted og rapporterer sine konstateringer med fotos og underskrifter fra de tilstedeværende.
request-checklist = { $count ->
    [one] Tjekliste: ét punkt
   *[other] Tjekliste: { $count } punkter
}
inspection-title = Inspektionsrapport
inspection-help = Registrér inspektionen, mens du udfører den: besvar tjeklisten ovenfor, vedhæft fotos som dokumenter, angiv derefter dag og sted, og lad hver tilstedeværende person underskrive her. Svaret kan sendes, når du selv har underskrevet.
inspection-pending = Inspektionsrapporten vises her sammen med svaret.
inspection-inspected-on = Dato for inspektionen
inspection-place = Inspiceret sted
inspection-place-help = Adressen samt arbejdsstedet eller lokalerne (for eksempel: byggeplads, port 2).
inspection-present = Tilstedeværende personer
inspection-signer-name = Navn
inspection-signer-role = Til stede som
inspection-signer-refused = Nægtede at underskrive
inspection-signer-unnamed = den tilstedeværende person
inspection-signer-unsigned = Indgår først i rapporten, når personen har underskrevet eller nægtet at underskrive.
inspection-signer-add = Tilføj en tilstedeværende person
inspection-signer-remove = Fjern denne person
inspection-signature-of = Underskrift fra { $name }
inspection-signature-clear = Slet underskriften
inspection-signature-needed = Inspektørens underskrift er nødvendig, før svaret kan sendes.
inspection-refused-to-sign = Personen nægtede at underskrive.
signer-role-inspector = Inspektør
signer-role-provider-representative = Repræsentant for tjenesteyderen eller arbejdsgiveren
signer-role-worker = Arbejdstager
signer-role-witness = Vidne
queue-kind-report = Inspektionsrapport (gemt, ikke sendt til den anmodende myndighed)
