# Norsk bokmål.

## Applikasjonen
app-name = Informasjonssystemet for det indre marked
app-short-name = IMI
app-tagline = Administrativt samarbeid mellom vedkommende myndigheter i Det europeiske økonomiske samarbeidsområdet
skip-to-content = Gå til hovedinnholdet
loading = Laster inn…

## Navigasjon og brukermenyen
nav-label = Hovednavigasjon
nav-inbox = Innboks
language-label = Språk
user-signed-in-as = Logget inn som { $name }, { $authority }
organisation-commission = Europakommisjonen
logout = Logg ut
toast-dismiss = Lukk
toast-logged-out = Du er nå logget ut.

## Innloggingssiden
login-title = Logg inn
login-intro = Bruk kontoen som administratoren i din myndighet eller den nasjonale IMI-koordinatoren har opprettet for deg.
login-email = E-postadresse
login-password = Passord
login-submit = Logg inn
login-submitting = Logger inn…
field-required = Dette feltet må fylles ut.

## Innboksen
inbox-title = Innboks
inbox-empty-title = Ingen forespørsler ennå

## Sider som ikke finnes
not-found-title = Fant ikke siden
not-found-body = Adressen du fulgte, fører ikke til noen side i dette systemet.
not-found-home = Gå til innboksen

## Roller
roles-label = Dine roller
role-request_handler = Saksbehandler
role-allocator = Saksfordeler
role-local_administrator = Lokal dataadministrator
role-coordinator = IMI-koordinator
role-commission_observer = Kommisjonens observatør

## Feil som serveren returnerer, etter kode
error-internal-error = Det oppstod en feil på serveren. Prøv igjen. Kontakt administratoren hvis problemet vedvarer.
error-database-unavailable = Systemets database kan ikke nås for øyeblikket. Prøv igjen om noen minutter.
error-not-found = Det du ba om, finnes ikke, eller du har ikke tilgang til det.
error-method-not-allowed = Denne handlingen er ikke mulig her.
error-unauthenticated = Økten din er avsluttet. Logg inn på nytt.
error-forbidden = Du har ikke de nødvendige rettighetene for denne handlingen.
error-invalid-credentials = E-postadressen eller passordet er feil.
error-too-many-attempts = { $seconds ->
    [one] For mange mislykkede forsøk. Vent { $seconds } sekund før du prøver igjen.
   *[other] For mange mislykkede forsøk. Vent { $seconds } sekunder før du prøver igjen.
}
error-malformed-json = Serveren kunne ikke lese dataene som ble sendt. Last inn siden på nytt og prøv igjen.
error-unsupported-media-type = Serveren godtar ikke data i dette formatet.
error-payload-too-large = Dataene som ble sendt, er større enn serveren godtar.
error-validation-failed = Noen felt er ikke riktig utfylt. Kontroller de merkede feltene.
error-network-error = Serveren kan ikke nås. Kontroller nettverkstilkoblingen og prøv igjen.
error-invalid-transition = Denne handlingen er ikke mulig i forespørselens nåværende status. Last inn siden på nytt for å se hva som kan gjøres nå.
error-translation-not-configured = Maskinoversettelse er ikke tilgjengelig i dette systemet.
error-translation-failed = Tjenesten for maskinoversettelse svarte ikke. Prøv igjen senere.

## Verdier for plassholdere (shared::placeholder::PlaceholderErrorCode)
## $label er plassholderens etikett på leserens språk; $max og $length er antall tegn.
placeholder-error-missing = Angi en verdi for «{ $label }».
placeholder-error-empty = Feltet «{ $label }» kan ikke stå tomt.
placeholder-error-too-long = { $max ->
    [one] Feltet «{ $label }» kan inneholde høyst { $max } tegn; nå inneholder det { $length }.
   *[other] Feltet «{ $label }» kan inneholde høyst { $max } tegn; nå inneholder det { $length }.
}
placeholder-error-control-character = Feltet «{ $label }» inneholder et usynlig kontrolltegn. Skriv inn verdien på nytt.
placeholder-error-line-break = Verdien i «{ $label }» må få plass på én linje.
placeholder-error-invalid-date = Angi «{ $label }» som år-måned-dag, for eksempel 2025-03-31.
placeholder-error-nonexistent-date = Datoen som er angitt for «{ $label }», finnes ikke i kalenderen.
placeholder-error-unknown-country = Velg et land i Det europeiske økonomiske samarbeidsområdet for «{ $label }».
placeholder-error-invalid-email = «{ $label }» er ikke en gyldig e-postadresse.
placeholder-error-invalid-person-name = «{ $label }» må være et personnavn: bokstaver, uten sifre.
placeholder-error-invalid-register-reference = «{ $label }» kan bare inneholde bokstaver, sifre, mellomrom og tegnene - . /
placeholder-error-unexpected = Det er angitt en verdi for et felt som ingen av de valgte spørsmålene bruker.
placeholder-error-unknown-placeholder = Et spørsmål bruker et ukjent felt. Gi beskjed til IMI-koordinatoren.

## Spørsmålsmaler (shared::placeholder::TemplateErrorCode)
## $position er et tegns posisjon regnet fra 1; $name er navnet på en plassholder slik det er skrevet.
template-error-unterminated = Plassholderen som begynner ved tegn { $position }, er ikke lukket.
template-error-empty-name = Plassholderen ved tegn { $position } har ikke noe navn.
template-error-invalid-name = «{ $name }» (tegn { $position }) er ikke et gyldig plassholdernavn: det må begynne med en bokstav etterfulgt av bokstaver, sifre eller «_».
template-error-mismatched-delimiters = Plassholderen ved tegn { $position } åpnes med én type parentes og lukkes med en annen.
template-error-nested = Plassholderen ved tegn { $position } inneholder en annen plassholder.
template-error-unknown-placeholder = «{ $name }» (tegn { $position }) er ikke en kjent plassholder.

## Forespørselens status (shared::lifecycle::RequestState)
request-state-draft = Utkast
request-state-awaiting-acceptance = Avventer godtakelse
request-state-accepted = Godtatt
request-state-info-requested = Mer informasjon etterspurt
request-state-answered = Besvart
request-state-closed = Avsluttet
request-state-withdrawn = Trukket tilbake

## Handlinger for en forespørsel (shared::lifecycle::ActionKind)
request-action-create = Ny forespørsel
request-action-edit = Rediger
request-action-delete = Slett utkast
request-action-send = Send forespørsel
request-action-withdraw = Trekk tilbake
request-action-accept = Godta
request-action-forward = Videresend
request-action-request-info = Be om mer informasjon
request-action-provide-info = Gi informasjon
request-action-answer = Svar
request-action-split-off = Skill ut spørsmål
request-action-request-clarification = Be om avklaring
request-action-close = Godta svaret og avslutt

## Vurdering av et svar (shared::lifecycle::Rating)
rating-positive = Godt
rating-neutral = Akseptabelt
rating-negative = Mangelfullt

## Spørsmålskontroll (en side for å skrive og prøve spørsmålsmaler)
nav-question-check = Spørsmålskontroll
question-check-title = Kontroller et spørsmål
question-check-intro = Skriv et spørsmål slik det vil se ut i en forespørsel, med plassholdere for opplysningene som den anmodende myndigheten fyller ut, og prøv det med verdier. De samme reglene gjelder her som når en forespørsel sendes.
question-check-template = Spørsmålstekst
question-check-template-help = Skriv hver plassholder som {"${"}Navn{"}"}, for eksempel {"${"}SPBusinessName{"}"}. Kjente plassholdere: { $names }.
question-check-values = Verdier
question-check-no-placeholders = Dette spørsmålet har ingen plassholdere.
question-check-preview = Forhåndsvisning
question-check-submit = Kontroller på serveren
question-check-accepted = Serveren godtar dette spørsmålet og verdiene.

## Spørsmålskatalog
nav-catalogue = Spørsmål
catalogue-title = Spørsmålskatalog
catalogue-intro = De forhåndsoversatte spørsmålene som kan tas med i en forespørsel. Den andre myndigheten leser hvert av dem på sitt eget språk; plassholderne fylles ut av den anmodende myndigheten.
catalogue-area-label = Lovgivningsområde
catalogue-count = { $count ->
    [one] { $count } spørsmål
   *[other] { $count } spørsmål
}
area-services = Tjenester
area-professional_qualifications = Yrkeskvalifikasjoner
area-posting_of_workers = Utsending av arbeidstakere
area-ecommerce = Elektronisk handel
answer-type-yes_no = Ja eller nei
answer-type-date = Dato
answer-type-free_text = Fritekst
answer-type-document = Dokument
answer-type-choice = Valg fra en liste
answer-type-measurement = Målt verdi

## Søk etter myndigheter
nav-authorities = Myndigheter
authorities-title = Finn en myndighet
authorities-intro = Søk på hvilket som helst språk etter navn, forkortelse, sted eller ansvarsområde, for eksempel et yrke eller en virksomhet. Det søkes i ansvarsområder på alle språkene i systemet.
authorities-search-label = Navn, sted eller ansvarsområde
authorities-country-label = Land
authorities-any-country = Alle land
authorities-any-area = Alle områder
authorities-results = { $count ->
    [one] { $count } myndighet funnet
   *[other] { $count } myndigheter funnet
}
authorities-no-results = Ingen myndighet samsvarer med dette søket.
## $country er et lands navn på leserens språk; $label er navnet på et yrke eller en virksomhet.
search-country-from-query = Viser myndigheter i { $country }, landet som nevnes i søket ditt.
search-none-declared = Ingen myndighet i { $country } har oppgitt «{ $label }» som sitt ansvarsområde.
search-none-declared-anywhere = Ingen myndighet har oppgitt «{ $label }» som sitt ansvarsområde.
search-ask-coordinator = Den nasjonale IMI-koordinatoren i { $country } kan fortelle deg hvilken myndighet som har ansvaret:
authorities-match-name = Treff i navnet
authorities-match-acronym = Treff i forkortelsen
authorities-match-city = Treff i stedsnavnet
authorities-match-competence = Ansvarsområde: { $label }
authorities-pages = Resultatsider
authorities-previous = Forrige
authorities-next = Neste
authorities-page = Side { $page } av { $pages }
profile-back = Tilbake til søket
profile-country = Land
profile-acronym = Forkortelse
profile-level = Forvaltningsnivå
level-national = Nasjonalt
level-regional = Regionalt
level-local = Lokalt
profile-address = Adresse
profile-email = E-post
profile-phone = Telefon
profile-role = Rolle i systemet
profile-coordinator = Nasjonal IMI-koordinator
profile-areas = Lovgivningsområder
profile-competences = Ansvarsområder

## Land i Det europeiske økonomiske samarbeidsområdet
country-AT = Østerrike
country-BE = Belgia
country-BG = Bulgaria
country-HR = Kroatia
country-CY = Kypros
country-CZ = Tsjekkia
country-DK = Danmark
country-EE = Estland
country-FI = Finland
country-FR = Frankrike
country-DE = Tyskland
country-GR = Hellas
country-HU = Ungarn
country-IE = Irland
country-IT = Italia
country-LV = Latvia
country-LT = Litauen
country-LU = Luxembourg
country-MT = Malta
country-NL = Nederland
country-PL = Polen
country-PT = Portugal
country-RO = Romania
country-SK = Slovakia
country-SI = Slovenia
country-ES = Spania
country-SE = Sverige
country-IS = Island
country-LI = Liechtenstein
country-NO = Norge

## Innboksen: lister, sortering og antall
inbox-empty-body-box = Her vises forespørslene til myndigheten din som samsvarer med disse filtrene.
inbox-new-request = Ny forespørsel
inbox-boxes = Lister over forespørsler
inbox-total = { $count ->
    [one] Én forespørsel
   *[other] { $count } forespørsler
}
inbox-deadline = Frist { $date }
inbox-number-label = Forespørselsnummer
inbox-sort-label = Sortering
inbox-sort-updated-desc = Sist endret først
inbox-sort-updated-asc = Lengst siden endret først
inbox-sort-deadline-asc = Tidligste frist først
inbox-sort-number-desc = Høyeste nummer først
box-to-accept = Skal godtas
box-to-answer = Skal besvares eller gjennomgås
box-awaiting = Avventer den andre parten
box-overdue = Fristen er overskredet
box-drafts = Utkast
box-closed = Avsluttet
box-all = Alle
error-unsupported-file-type = Denne filtypen godtas ikke. Legg ved en PDF-fil, et bilde eller et kontordokument.

## En forespørsel
request-title = Forespørsel { $number }
request-title-unknown = Forespørsel
request-overdue = Fristen er overskredet
request-from = Fra
request-to = Til
request-created = Opprettet
request-requested-date = Svar ønsket innen
request-deadline = Avtalt frist
request-subject = Hvem forespørselen gjelder
request-personal-data-hidden = Personopplysninger, kommentaren, meldinger og dokumenter vises når myndigheten din har godtatt forespørselen.
request-personal-data-coordinator = Som koordinator kan du følge hvordan forespørselen går videre. Personopplysningene, kommentaren, meldingene og dokumentene i forespørselen er forbeholdt de to myndighetene.
request-note-hidden = Teksten vises ikke fordi den kan inneholde personopplysninger.
request-blocked-on = Personopplysninger sperret den
request-personal-data-blocked = Etter reglene for oppbevaring ble personopplysningene i denne forespørselen (hvem den gjelder, fritekst og dokumenter) sperret den { $date }. Ingen kan se dem lenger, og de slettes den { $deleted }.
request-personal-data-erased = Etter reglene for oppbevaring ble personopplysningene i denne forespørselen slettet den { $date }. Bare hovedopplysningene er beholdt: datoer, myndigheter, statuser og vurderinger.
personal-data-mark = Personopplysninger
personal-data-legend = Dette tegnet markerer personopplysninger. Bare myndighetene som behandler forespørselen, ser dem; etter at forespørselen er avsluttet, blir de først sperret og deretter slettet, slik reglene for oppbevaring krever.
nav-data-subjects = Registrerte
data-subjects-title = Innsynskrav fra registrerte
data-subjects-intro = Når en person spør hvilke opplysninger myndigheten din har om vedkommende, finner du her alle forespørsler hos myndigheten din som gjelder personen, også dem der personopplysningene er sperret, og kan lage rapporten personen har krav på. Hvert søk og hver rapport registreres med begrunnelse.
data-subjects-reason = Begrunnelse
data-subjects-reason-help = For eksempel dato og referanse for personens henvendelse. Begrunnelsen registreres i revisjonsloggen.
data-subjects-search = Søk
data-subjects-found = { $count ->
    [one] Én forespørsel funnet
   *[other] { $count } forespørsler funnet
}
data-subjects-none = Ingen forespørsel hos myndigheten din gjelder denne personen.
data-subjects-include = Ta med i rapporten
data-subjects-side-requesting = Sendt av myndigheten din
data-subjects-side-responding = Mottatt av myndigheten din
data-subjects-stage-visible = Personopplysninger synlige
data-subjects-stage-blocked = Personopplysninger sperret
data-subjects-stage-deleted = Personopplysninger slettet
data-subjects-report-language = Rapportens språk
data-subjects-make-report = Lag rapporten
data-subjects-print = Skriv ut rapporten
report-title = Personopplysninger om deg
report-intro = { $authority } har følgende personopplysninger om deg i informasjonssystemet for det indre marked (IMI), som myndighetene i Det europeiske økonomiske samarbeidsområdet bruker til å utveksle informasjon etter forordning (EU) nr. 1024/2012.
report-made-on = Rapporten er laget den { $date }
report-request = Forespørsel { $number }
report-area = Rettsområde
report-data = Registrerte opplysninger
report-disclosures = Sendt eller mottatt
report-disclosure-sent = Sendt til { $authority } den { $date }
report-disclosure-forwarded = Videresendt til { $authority } den { $date }
report-disclosure-split-off = Delvis overført til { $authority } den { $date }
report-disclosure-received-from = Mottatt fra { $authority } den { $date }
report-retention = Sperring og sletting
report-blocked-and-deleted = Sperring den { $blocked } (deretter kan ingen se opplysningene) og sletting den { $deleted }.
report-not-ended = Forespørselen er fortsatt under behandling. Personopplysningene i den blir sperret { $block ->
    [one] { $block } måned
   *[other] { $block } måneder
} etter at den er avsluttet, og slettet { $delete ->
    [one] { $delete } måned
   *[other] { $delete } måneder
} etter at den er avsluttet.
report-count = { $field }: { $count }
report-field-document = Dokument
report-field-comment = Kommentar fra den anmodende myndigheten
report-field-note = Meldinger og tekster som ble sendt med
report-field-text-answer = Skriftlige svar
report-field-answer-comment = Kommentarer til svar
report-field-inspection-present = Til stede ved inspeksjonen på stedet
report-empty = Forespørslene hos denne myndigheten inneholder ingen personopplysninger om deg.
timeline-fields = Rettede felt: { $fields }
request-rectify = Rett personopplysningene
request-rectify-title = Rett opplysningene om hvem forespørselen gjelder
request-rectify-help = Den andre myndigheten får beskjed om hvilke felt du har rettet. De tidligere verdiene blir ikke tatt vare på.
request-rectify-save = Lagre rettingen
request-comment = Kommentar
request-original-language = Originalspråk: { $language }
request-questions = { $count ->
    [one] Ett spørsmål
   *[other] { $count } spørsmål
}
request-answer = Svar
request-answer-comment = Kommentar til svaret
request-answer-choose = Velg et svar
request-answer-date = Dato
request-answer-measurement = Målt verdi ({ $unit })
request-answer-text = Svartekst
request-save-answers = Lagre svarene
request-send-answer = Send svaret
request-actions = Mulige handlinger
request-propose-days = Eller foreslå en annen frist, i dager
request-accept-proposed = Godta med denne fristen
request-note = Tekst som sendes med
request-rating-timeliness = Svartid
request-rating-effort = Svarets kvalitet
request-rating-choose = Velg en vurdering
request-rating-needed = Vurder svartiden og svarets kvalitet for å avslutte forespørselen.
confirm-irreversible = Dette kan ikke angres. Vil du fortsette?
request-split-choose = Flytt dette spørsmålet til en annen myndighet
request-reuse = Opprett en ny forespørsel basert på denne
request-timeline = Historikk
timeline-new = Nytt siden endringen din
request-message = Melding til den andre myndigheten
request-message-send = Send melding
timeline-to = Til: { $authority }
timeline-split-to = Ny forespørsel nr. { $id }
subject-name = Navn
subject-identifier = Registrerings- eller identifikasjonsnummer
subject-birth-date = Fødselsdato
picker-label = Søk etter myndigheten (på hvilket som helst språk)
picker-more = Vis flere
answer-yes = Ja
answer-no = Nei
answer-unknown = Ukjent
answer-date = En dato
answer-text = Et skriftlig svar
answer-measurement = En målt verdi
answer-document-attached = Dokumentet er vedlagt
answer-document-not-available = Dokumentet er ikke tilgjengelig
event-created = Utkast opprettet
event-sent = Sendt
event-withdrawn = Trukket tilbake
event-accepted = Godtatt
event-forwarded = Videresendt
event-info-requested = Mer informasjon etterspurt
event-info-provided = Informasjon gitt
event-answered = Besvart
event-split-off = Spørsmål skilt ut i en ny forespørsel
event-clarification-requested = Avklaring etterspurt
event-closed = Svaret godtatt, forespørselen avsluttet
event-message = Melding
event-attachment-added = Dokument vedlagt
toast-request-action-send = Forespørselen er sendt.
toast-request-action-delete = Utkastet er slettet.
toast-request-action-withdraw = Forespørselen er trukket tilbake.
toast-request-action-accept = Forespørselen er godtatt.
toast-request-action-forward = Forespørselen er videresendt.
toast-request-action-request-info = Spørsmålet ditt er sendt til den anmodende myndigheten.
toast-request-action-provide-info = Informasjonen er sendt.
toast-request-action-answer = Svaret er sendt.
toast-request-action-split-off = Spørsmålene er flyttet til en ny forespørsel.
toast-request-action-request-clarification = Anmodningen din om avklaring er sendt.
toast-request-action-close = Forespørselen er avsluttet.
toast-answers-saved = Svarene dine er lagret.

## Opprette en forespørsel
compose-title = Ny forespørsel
compose-steps = Trinn
compose-step-area = Lovgivningsområde
compose-step-authority = Myndighet
compose-step-subject = Berørt part
compose-step-questions = Spørsmål
compose-step-details = Kommentar og dato
compose-step-review = Kontroller og send
compose-back = Tilbake
compose-next = Neste
compose-saved = Utkast nr. { $id } er lagret
compose-chosen-authority = Valgt: { $name }
compose-subject-help = Den aktuelle yrkesutøveren eller tjenesteyteren. Den mottakende myndigheten ser dette først etter at den har godtatt forespørselen.
compose-comment-help = Skrives på ditt språk; den andre myndigheten ser hvilket språk det er.
compose-incomplete = Forespørselen er ikke fullstendig ennå. Delene som mangler, er merket.
compose-draft-title = Utkast { $number }
compose-questions-filter = Filtrer spørsmålene
compose-questions-chosen = Valgte spørsmål: { $count }
compose-step-attention = krever oppmerksomhet
compose-review-fix = Rett opp følgende før du sender forespørselen:
compose-review-language = Spørsmålene vises på ditt språk; den mottakende myndigheten leser dem på sitt eget språk.
compose-review-none = Ingen
field-error-missing = Må fylles ut.
field-error-too-long = For lang.
field-error-not-in-future = Må være en dato etter i dag.
field-error-in-future = Kan ikke være fram i tid.
field-error-empty = Kan ikke være tom.
field-error-duplicate = Valgt to ganger.
field-error-unknown = Ukjent.
field-error-other-area = Hører til et annet lovgivningsområde.
field-error-area-not-handled = Denne myndigheten behandler ikke forespørselens lovgivningsområde.
field-error-not-allowed = Ikke mulig her.
field-error-too-many = For mange.

## Vedlagte dokumenter
request-documents = Dokumenter
request-no-documents = Ingen dokumenter er lagt ved.
request-documents-withheld = Dokumenter er personopplysninger: de vises ikke her, på samme måte som de øvrige personopplysningene i denne forespørselen.
request-document-size = { $size } kB
upload-label = Legg ved et dokument
upload-choose = Velg en fil…
upload-take-photo = Ta et bilde
upload-keep-original = Send bilder i originalstørrelse (ellers forminskes de først på denne enheten)
date-day = Dag
date-month = Måned
date-year = År
upload-help = PDF-fil, bilde eller kontordokument, høyst 20 MB.
upload-question = Dokumentet besvarer
upload-no-question = Ikke noe bestemt spørsmål
upload-question-number = Spørsmål { $number }
upload-progress = Fremdrift for opplastingen

## Varsler på e-post ($event er en av event-*-meldingene)
email-subject = Forespørsel { $number }: { $event }
email-body = Hei { $name },

    { $authority } har utført en handling i forespørsel { $number }: { $event }.

    Åpne forespørselen: { $link }

    Denne meldingen er sendt fra Informasjonssystemet for det indre marked. Vennligst ikke svar på meldingen.

## Varsler
notifications-label = Varsler
notifications-unread = { $count ->
    [one] { $count } ulest varsel
   *[other] { $count } uleste varsler
}
notifications-empty = Ingen varsler.
notifications-mark-all-read = Merk alle som lest
notification-item = { $number }: { $event }

## Saksfordeling og koordinering
request-assigned-to = Tildelt { $name }
request-assign-label = Ansvarlig saksbehandler
request-unassigned = Ikke tildelt
toast-assigned = Ansvarlig saksbehandler er endret.
toast-saved = Lagret.
inbox-allocation-toggle = En saksfordeler tildeler hver innkommende forespørsel til en av saksbehandlerne i myndigheten din
event-assigned = Tildelt en saksbehandler
event-reminded = Påminnelse fra koordinatoren
event-inactive = Ingen aktivitet på to måneder
event-rectified = Personopplysninger rettet
nav-coordination = Koordinering
coordination-title = Forespørsler uten aktivitet
coordination-intro = Forespørsler fra myndigheter i ditt land der ingenting har skjedd på mer enn to måneder. Åpne en forespørsel for å videresende den, eller send en påminnelse til myndigheten som skal handle.
coordination-empty = Ingen forespørsel har vært uten aktivitet i mer enn to måneder.
coordination-last-change = Sist endret { $date }
coordination-remind = Send en påminnelse
toast-reminded = Påminnelsen er sendt.

## Maskinoversettelse av fritekst
request-translate = Oversett til mitt språk
request-info-asked = { $authority } ber om disse opplysningene:
request-translation-unavailable = Denne teksten er på et annet språk, og maskinoversettelse er ikke satt opp på denne serveren.
request-machine-translation = Maskinoversettelse:

## Filtre i oversikten
inbox-state-label = Status
inbox-any-state = Alle statuser
inbox-from-label = Endret fra og med
inbox-to-label = Endret til og med
inbox-assigned-to-me = Bare forespørsler som er tildelt meg

## Invitasjoner, registeradministrasjon (koordinatorer) og brukeradministrasjon (lokale dataadministratorer)
email-invitation-subject = Din konto i Informasjonssystemet for det indre marked (IMI): { $authority }
email-invitation-body = Hei { $name },

    { $inviter } har opprettet en konto for deg i Informasjonssystemet for det indre marked (IMI) som bruker i { $authority }.

    For å aktivere kontoen åpner du følgende lenke og velger passordet ditt: { $link }

    Lenken kan bare brukes én gang og gjelder i { $days ->
        [one] én dag
       *[other] { $days } dager
    }. Hvis du ikke ventet denne meldingen, kan du se bort fra den.
error-edit-conflict = Noen andre har lagret disse opplysningene etter at du åpnet dem. Last inn siden på nytt for å se endringene, og gjør deretter dine egne endringer på nytt.
error-invalid-parameter = Adressen til denne siden er ikke gyldig. Kontroller lenken, eller gå tilbake og prøv igjen.
error-rate-limited = Dette ble gjort for bare kort tid siden og kan ikke gjentas ennå. Prøv igjen senere.
error-second-factor-required = Skriv inn koden fra autentiseringsappen.
error-invalid-second-factor = Koden er feil eller utløpt. Skriv inn koden som appen viser nå.
error-second-factor-setup-required = Rollene dine krever totrinnsbekreftelse. Sett den opp på kontosiden din for å fortsette.
error-storage-full = Dokumentet kunne ikke lagres fordi lagringsplassen på serveren er full. Ingenting ble lagret. Gi beskjed til IMI-administratoren din.
error-personal-data-blocked = Personopplysningene i denne forespørselen er sperret etter reglene for oppbevaring: ingenting kan legges til.
error-idempotency-key-reused = Denne endringen er allerede sendt med et annet innhold. Last inn siden på nytt, og gjør endringen igjen.
error-request-in-progress = Denne endringen behandles fortsatt. Vent litt, og prøv igjen.
error-device-storage-full = Det er ikke lenger plass på denne enheten til å ta vare på endringen til tilkoblingen er gjenopprettet. Ingenting ble lagret: frigjør plass på enheten, eller gjør endringen når du er tilkoblet.
error-too-large-to-keep = Dette dokumentet er for stort til å lagres på enheten til tilkoblingen er gjenopprettet. Legg det ved når du er tilkoblet.
nav-registry = Register
nav-users = Brukere
registry-title = Registeradministrasjon
registry-intro = Registrer myndighetene i ditt land, eller importer mange samtidig fra en CSV-fil. For å rette opplysningene om en myndighet søker du den opp og åpner profilen.
registry-new = Registrer en myndighet
registry-import-title = Importer fra en CSV-fil
registry-import-help = Én myndighet per rad, med kolonnene som er beskrevet i importveiledningen. Hvis en av radene er feil, importeres ingenting; hvis den samme filen importeres på nytt, endres ingenting.
registry-import-file = CSV-fil
registry-import-progress = Fremdrift for importen
registry-import-done = Importert: { $created } nye, { $updated } oppdaterte, { $unchanged } uendrede.
registry-import-refused = Ingenting er importert. Rett disse radene og importer filen på nytt:
registry-import-line = Linje
registry-import-column = Kolonne
registry-import-reason = Problem
form-title-new = Registrer en myndighet
form-title-edit = Rediger { $name }
form-errors = Rett opp feltene som er merket.
form-name = Navn på myndighetens eget språk
form-name-language = Navnets språk
form-other-names = Navn på andre offisielle språk
form-other-name = Annet navn { $number }
form-other-name-add = Legg til et navn på et annet språk
form-other-name-remove = Fjern
form-name-en = Navn på engelsk
form-city = Sted
form-level-help = Den delen av landet myndigheten har ansvar for. Når flere myndigheter passer like godt til et søk, vises den nasjonale myndigheten først.
form-phone-help = I internasjonalt format, for eksempel +371 6701 2345.
form-competences-filter = Finn et ansvarsområde som skal legges til
form-administrator = Første lokale dataadministrator
form-administrator-help = Denne personen får en invitasjon på e-post, velger et passord og administrerer deretter brukerne i myndigheten.
form-person-name = Fullt navn
form-invitation-language = Språk for invitasjonen
form-save = Lagre
form-register = Registrer
form-cancel = Avbryt
profile-edit = Rediger
authority-send-request = Send en forespørsel til denne myndigheten
profile-area-coordinator = IMI-koordinator for myndighetens lovgivningsområder
profile-other-names = Andre navn
profile-registered-by = Registrert av
profile-registered-by-value = { $user }, { $authority }
users-title = Brukere
users-roles = Roller
users-active = Aktiv
users-pending = Invitasjonen er ennå ikke godtatt
users-invitation-expired = Invitasjonen er utløpt
users-resend-invitation = Send invitasjonen på nytt
toast-invitation-resent = En ny invitasjon er sendt. Den tidligere lenken gjelder ikke lenger.
users-inactive = Deaktivert
users-invited-by = Invitert av { $name }
users-may-log-in = Kan logge inn
users-invite-title = Inviter en kollega
users-invite = Send invitasjonen
toast-invited = Invitasjonen er sendt.
invitation-title = Velkommen til IMI
invitation-intro = { $name }, du er invitert til Informasjonssystemet for det indre marked som bruker i { $authority } ({ $country }). Velg passord for å aktivere kontoen din.
password-help = { $count ->
    [one] Minst ett tegn. Noen få ord uten sammenheng gir et godt passord; vanlige passord og passord som inneholder navnet ditt eller e-postadressen din, godtas ikke.
   *[other] Minst { $count } tegn. Noen få ord uten sammenheng gir et godt passord; vanlige passord og passord som inneholder navnet ditt eller e-postadressen din, godtas ikke.
}
invitation-repeat = Gjenta passordet
invitation-mismatch = De to passordene er ikke like.
invitation-accept = Aktiver kontoen min
invitation-invalid = Denne invitasjonslenken er ukjent, er allerede brukt eller er utløpt. Be den lokale dataadministratoren din eller IMI-koordinatoren din om en ny invitasjon.
field-error-invalid-email = Ikke en gyldig e-postadresse.
field-error-invalid-phone = Ikke et telefonnummer i internasjonalt format (+ etterfulgt av sifre).
field-error-not-yours = Utenfor lovgivningsområdene du koordinerer.
field-error-taken = Brukes allerede av en annen konto.
field-error-too-short = For kort.
field-error-last-administrator = Myndigheten må beholde minst én aktiv lokal dataadministrator.
field-error-control-character = Inneholder et kontrolltegn eller et tegn som endrer tekstretningen. Fjern tegnet.
field-error-not-own-country = Velg en myndighet i ditt eget land.
field-error-too-personal = Kan ikke inneholde e-postadressen din eller navnet ditt.
field-error-too-guessable = For lett å gjette: passordet er vanlig eller ligner på et vanlig passord. Bruk en lengre rekke ord som ikke henger sammen.
field-error-wrong-code = Koden er feil eller utløpt.
field-error-no-setup = Oppsettet er ikke startet eller er erstattet av et nytt. Start på nytt.
field-error-no-second-factor = Totrinnsbekreftelse er ikke slått på.
field-error-required-by-role = Rollene dine krever totrinnsbekreftelse, så den kan ikke slås av.
field-error-wrong-password = Passordet er feil.
field-error-self = Du kan ikke deaktivere din egen konto.
field-error-other-country = Hører til et annet land.
field-error-not-utf8 = Filen er ikke UTF-8-tekst. Lagre den fra regnearkprogrammet i formatet «CSV UTF-8».
field-error-unreadable = Denne raden kan ikke leses som CSV.
field-error-unknown-column = Ukjent kolonne.
field-error-missing-column = En obligatorisk kolonne mangler.
field-error-wrong-column-count = Denne raden har ikke like mange celler som overskriftsraden.
field-error-too-many-rows = For mange rader: høyst 20 000 per fil.
field-error-invalid-format = Ikke i forventet format.
field-error-duplicate-of-line = Samme referanse som på linje { $line }.
field-error-out-of-range = Utenfor tillatt område.
field-error-out-of-range-between = Må være mellom { $min } og { $max }.
field-error-invalid-date = Ikke en gyldig dato.
field-error-nonexistent-date = Denne datoen finnes ikke.
field-error-invalid-person-name = Ikke et personnavn.
field-error-invalid-register-reference = Ikke et gyldig registreringsnummer.
field-error-unknown-country = Systemet kjenner ikke dette landet.
field-error-unknown-placeholder = Systemet kjenner ikke denne plassholderen.
field-error-unexpected = Hører ikke til de valgte spørsmålene.
field-error-line-break = Må stå på én linje.
field-error-none-left = Minst ett spørsmål må bli stående i forespørselen.
field-error-not-a-handler = Ikke en aktiv saksbehandler hos denne myndigheten.
field-error-not-a-coordinator = Ikke en koordinator.
field-error-not-asked = Ikke ett av forespørselens spørsmål.
field-error-not-here = Ikke mulig her.
field-error-unterminated = En plassholder er åpnet, men aldri lukket.
field-error-empty-name = En plassholder har ikke noe navn.
field-error-invalid-name = Navnet på en plassholder er ugyldig.
field-error-mismatched-delimiters = Parentesene passer ikke sammen.
field-error-nested = En plassholder står inne i en annen.
field-error-wrong-kind = Denne typen svar passer ikke til spørsmålet.
field-error-no-attachment = Det er ikke lagt ved noe dokument til dette spørsmålet.

## Konto: totrinnsbekreftelse, økter og passord
login-code = Kode fra autentiseringsappen
login-code-intro = Kontoen din bruker totrinnsbekreftelse. Skriv inn koden som autentiseringsappen viser nå.
login-code-help = Seks sifre fra appen, eller en av gjenopprettingskodene dine.
user-account = Kontoen din
account-title = Kontoen din
account-second-factor-title = Totrinnsbekreftelse
account-second-factor-intro = Etter passordet ber innloggingen om en sekssifret kode fra en autentiseringsapp på telefonen din, for eksempel FreeOTP, Aegis, Google Authenticator eller Microsoft Authenticator.
account-second-factor-required = Rollene dine (lokal dataadministrator eller IMI-koordinator) krever totrinnsbekreftelse. Sett den opp nå for å fortsette.
account-second-factor-on = { $count ->
    [one] Totrinnsbekreftelse er slått på. Du har én gjenopprettingskode igjen.
   *[other] Totrinnsbekreftelse er slått på. Du har { $count } gjenopprettingskoder igjen.
}
account-second-factor-off = Totrinnsbekreftelse er slått av.
account-second-factor-start = Sett opp totrinnsbekreftelse
account-second-factor-scan = Skann denne koden med autentiseringsappen, eller skriv inn nøkkelen nedenfor i appen. Skriv deretter inn koden som appen viser.
account-second-factor-qr = QR-kode for å legge til kontoen din i en autentiseringsapp
account-second-factor-key = Nøkkel
account-second-factor-code = Kode fra appen
account-second-factor-confirm = Slå på totrinnsbekreftelse
account-second-factor-disable = Slå av totrinnsbekreftelse
account-recovery-title = Gjenopprettingskoder
account-recovery-intro = Oppbevar disse kodene på et trygt sted, ikke sammen med telefonen. Hver kode kan brukes til å logge inn én gang hvis du mister telefonen. Kodene vises bare nå.
account-recovery-done = Jeg har lagret kodene
account-recovery-renew = Lag nye gjenopprettingskoder
account-sessions-title = Hvor du er logget inn
account-session-browser = Nettleser
account-session-address = IP-adresse
account-session-started = Startet
account-session-ends = Utløper
account-session-current = Denne økten
account-session-unknown = Ukjent
account-session-end = Avslutt økten
account-sessions-end-others = Logg ut alle andre steder
account-password-title = Passord
account-password-current = Nåværende passord
account-password-new = Nytt passord
account-password-repeat = Gjenta det nye passordet
account-password-change = Endre passordet
toast-second-factor-on = Totrinnsbekreftelse er slått på.
toast-second-factor-off = Totrinnsbekreftelse er slått av.
toast-recovery-renewed = Nye gjenopprettingskoder er laget. De gamle virker ikke lenger.
toast-session-ended = Økten er avsluttet.
toast-sessions-ended = De andre øktene dine er avsluttet.
toast-password-changed = Passordet ditt er endret, og de andre øktene dine er avsluttet.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## $number er et antall slik leserens språk skriver det, og $count det samme antallet som tall
## (for flertallsformen). $from, $to og $today er datoer; $value, $green og $red er verdier
## som allerede er skrevet på leserens språk (en prosentandel eller dager); $zone er en tidssone
## (UTC); $indicator er navnet på et av statistics-figure-*-tallene.
nav-statistics = Statistikk
statistics-title = Statistikk
statistics-intro = Hvor mange forespørsler som sendes, hvor raskt de godtas og besvares, og hvordan de anmodende myndighetene vurderer svarene. Ingen personer, navn eller tekster inngår i disse tallene.
statistics-print = Skriv ut
statistics-filters = Filtre
statistics-from = Fra
statistics-to = Til
statistics-partner = Partnerland
statistics-direction = Retning
statistics-direction-all = Sendt og mottatt
statistics-direction-sent = Sendt
statistics-direction-received = Mottatt
statistics-granularity = Intervall i tidsserien
statistics-granularity-month = Måned
statistics-granularity-quarter = Kvartal
statistics-granularity-year = År
statistics-whose = Tall for
statistics-scope-everything = Alle land
statistics-scope-areas = { $country }: dine områder
statistics-scope-authority = Din myndighet
statistics-your-areas = Dine lovgivningsområder
statistics-period = Forespørsler sendt fra { $from } til { $to }
statistics-as-of = Dager er kalenderdager i { $zone }; tallene gjelder per { $today }.
statistics-volumes-heading = Volum
statistics-performance-heading = Hurtighet og tilfredshet
statistics-performance-intro = Hurtighet og tilfredshet gjelder den besvarende parten: tallene omfatter forespørslene som ble sendt til disse myndighetene i perioden. Ved hvert tall står det hvor mange forespørsler det bygger på; et tall som bygger på få forespørsler, kan endre seg mye.
statistics-figure-sent = Sendte forespørsler
statistics-figure-received = Mottatte forespørsler
statistics-figure-open-now = Åpne nå
statistics-figure-overdue-now = Fristen overskredet nå
statistics-figure-accepted-in-time = Godtatt innen 7 dager
statistics-figure-average-days = Gjennomsnittlig antall dager til svar
statistics-figure-median-days = Median antall dager til svar
statistics-figure-by-agreed-date = Besvart innen avtalt frist
statistics-figure-within-two-weeks = Besvart innen to uker
statistics-figure-negative-timeliness = Negative vurderinger av svartiden
statistics-figure-negative-effort = Negative vurderinger av svarets kvalitet
statistics-what-is-counted = Hva som telles
statistics-definition-sent = Forespørsler som disse myndighetene sendte i perioden, hver telt den dagen den ble sendt. Utkast telles aldri. En videresendt forespørsel telles én gang; en forespørsel som er skilt ut fra en annen, er en egen forespørsel, sendt den dagen den ble skilt ut; en forespørsel som er trukket tilbake, telles likevel. Dager er kalenderdager i UTC.
statistics-definition-received = Forespørsler som ble sendt til disse myndighetene i perioden, hver telt den dagen den ble sendt. En videresendt forespørsel telles én gang, for myndigheten som har den sist; en forespørsel som er trukket tilbake, telles likevel. Dager er kalenderdager i UTC.
statistics-definition-open-now = Forespørsler fra eller til disse myndighetene som i dag avventer godtakelse, er godtatt eller avventer informasjon, uansett når de ble sendt: dette tallet er ikke begrenset til perioden.
statistics-definition-overdue-now = Av forespørslene som er åpne nå, de der den avtalte fristen er overskredet per i dag (kalenderdager i UTC). Heller ikke dette tallet er begrenset til perioden.
statistics-definition-accepted-in-time = Av de mottatte forespørslene som er godtatt, eller som har ventet i mer enn 7 dager uten å bli godtatt, andelen som ble godtatt senest 7 kalenderdager etter mottak. En forespørsel regnes som mottatt den dagen den ble sendt, eller, hvis den er videresendt, den dagen den sist ble videresendt, slik at en myndighet ikke belastes for dagene en annen myndighet hadde den. En forespørsel som er trukket tilbake, telles bare hvis den ble godtatt. Dager er kalenderdager i UTC.
statistics-definition-average-days = Gjennomsnittlig antall kalenderdager (UTC) fra mottak (dagen forespørselen ble sendt, eller dagen den sist ble videresendt) til første svar, for de mottatte forespørslene som er besvart. Hvis det ble bedt om avklaring etter et svar, er det fortsatt det første svaret som teller.
statistics-definition-median-days = Midtverdien av de samme antallene dager fra mottak til første svar: halvparten av svarene tok så lang tid eller kortere. Ved et partall svar brukes den laveste av de to midterste verdiene.
statistics-definition-by-agreed-date = Av de besvarte forespørslene som har en avtalt frist, andelen som ble besvart første gang senest den dagen (kalenderdager i UTC).
statistics-definition-within-two-weeks = Av de besvarte forespørslene, andelen som ble besvart første gang senest 14 kalenderdager (UTC) etter mottak (dagen forespørselen ble sendt, eller dagen den sist ble videresendt).
statistics-definition-negative-timeliness = Av de mottatte forespørslene som den anmodende myndigheten vurderte da den avsluttet dem, andelen der den vurderte svartiden som negativ.
statistics-definition-negative-effort = Av de mottatte forespørslene som den anmodende myndigheten vurderte da den avsluttet dem, andelen der den vurderte svarets kvalitet som negativ.
statistics-no-figure = Ingen forespørsler
statistics-based-on = { $count ->
    [one] Basert på { $number } forespørsel
   *[other] Basert på { $number } forespørsler
}
statistics-eea = EØS
statistics-eea-value = EØS: { $value }
statistics-band-green = Godt
statistics-band-yellow = Bør følges med
statistics-band-red = Mangelfullt
statistics-legend-title = Grenseverdier for kategoriene
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: godt fra { $green }, mangelfullt under { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: godt under { $green }, mangelfullt over { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: godt fra { $green }, mangelfullt under { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: godt under { $green }, mangelfullt fra { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: godt under { $green }, mangelfullt fra { $red }.
statistics-quarter = { $quarter }. kv. { $year }
statistics-quarter-short = { $quarter }. kv.
statistics-charts-heading = Utvikling over tid
statistics-volumes-title = Sendte og mottatte forespørsler
statistics-acceptance-title = Andel forespørsler godtatt innen 7 dager
statistics-days-title = Gjennomsnittlig antall dager til svar
statistics-axis-requests = Forespørsler
statistics-axis-share = Andel
statistics-axis-days = Dager
statistics-show-table = Vis som tabell
statistics-tables-heading = Fordelinger
statistics-column-period = Periode
statistics-column-sent = Sendt
statistics-column-received = Mottatt
statistics-column-based-on = Grunnlag (forespørsler)
statistics-column-area = Lovgivningsområde
statistics-column-partner = Partnerland
statistics-column-country = Land
statistics-column-from-to = Fra (rader) til (kolonner)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Forespørsler etter lovgivningsområde
statistics-by-partner-title = Forespørsler etter partnerland
statistics-by-partner-intro = Partnerlandet er landet på den andre siden: det besvarende landet for en sendt forespørsel, det anmodende landet for en mottatt forespørsel.
statistics-exchanges-title = Forespørsler fra land til land
statistics-exchanges-intro = Hver rad er et anmodende land, hver kolonne et besvarende land; bare land med forespørsler i perioden er oppført.
statistics-scoreboard-title = Resultattavle for de besvarende landene
statistics-scoreboard-intro = Hvert lands indikatorer som besvarende part, for forespørslene landet mottok i perioden, med kategorier etter grenseverdiene ovenfor.
statistics-csv = Last ned CSV-fil
statistics-csv-failed = Nettleseren kunne ikke lage filen.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: kategori
statistics-csv-based-on = { $indicator }: grunnlag (forespørsler)
statistics-empty-title = Ingen forespørsler i denne perioden
statistics-empty-body = Ingen forespørsel som samsvarer med disse filtrene, ble sendt i denne perioden. Velg en lengre periode eller færre filtre.
statistics-error-before-start = Kan ikke være før den første dagen i perioden.
statistics-error-too-long = { $count ->
    [one] Perioden kan være høyst { $days } dag lang.
   *[other] Perioden kan være høyst { $days } dager lang.
}

## Varsler: én myndighet varsler mange

role-alert_coordinator = Varslingskoordinator
field-error-before-start = Kan ikke være før datoen avgjørelsen gjelder fra.
alert-state-draft = Utkast
alert-state-awaiting-approval = Avventer varslingskoordinatorens godkjenning
alert-state-sent = Sendt
alert-state-closure-proposed = Avslutning foreslått
alert-state-closed = Avsluttet
alert-state-withdrawn = Trukket tilbake
alert-action-edit = Rediger
alert-action-delete = Slett utkast
alert-action-send = Send varsel
alert-action-approve = Godkjenn og send
alert-action-reject = Returner til avsenderen
alert-action-acknowledge = Bekreft mottak for landet
alert-action-pass-on = Videresend til myndigheter
alert-action-acknowledge-receipt = Bekreft mottak
alert-action-modify = Endre
alert-action-withdraw = Trekk tilbake
alert-action-propose-closure = Foreslå avslutning
alert-action-reject-closure = Hold varselet åpent
alert-action-close = Avslutt varsel
alert-event-created = Utkast opprettet
alert-event-submitted = Sendt til godkjenning
alert-event-approved = Godkjent av varslingskoordinatoren
alert-event-rejected = Returnert til avsenderen
alert-event-sent = Varsel sendt
alert-event-acknowledged = Mottak bekreftet av landets varslingskoordinator
alert-event-passed-on = Videresendt til vedkommende myndigheter
alert-event-receipt-acknowledged = Mottak bekreftet av myndigheten
alert-event-modified = Varsel endret
alert-event-withdrawn = Varsel trukket tilbake
alert-event-withdrawn-wrong = Varsel trukket tilbake: det viste seg å være ugrunnet
alert-event-closure-proposed = Avslutning foreslått
alert-event-closure-rejected = Varselet forblir åpent
alert-event-closed = Varsel avsluttet
alert-event-end-reminder = Avgjørelsen gjelder ikke lenger: avslutt eller trekk tilbake varselet
alert-event-late-reminder = Fristen er overskredet: avgjørelsen opphørte å gjelde for mer enn tre dager siden, og varselet er fortsatt åpent
email-alert-subject = Varsel { $number }: { $event }
email-alert-body = Hei { $name },

    { $authority } har utført en handling i varsel { $number } ({ $kind }): { $event }.

    Åpne varselet: { $link }

    Denne meldingen er sendt fra Informasjonssystemet for det indre marked. Vennligst ikke svar på meldingen.

alert-delivery-received = Mottatt, mottak ennå ikke bekreftet
alert-delivery-acknowledged = Mottak bekreftet
alert-delivery-passed-on = Videresendt til vedkommende myndigheter
alert-box-drafts = Utkast til varsler
alert-box-sent = Sendte varsler
alert-box-to-approve = Varsler til godkjenning
alert-box-to-acknowledge = Varsler til mottaksbekreftelse
alert-box-received = Mottatte varsler

## Alerts: the pages

nav-alerts = Varsler
alerts-title = Varsler
alerts-intro = Varsler gjør vedkommende myndigheter i andre land oppmerksomme på en yrkesutøver eller en tjenesteyter: forbud mot eller begrensning av yrkesutøvelsen, et forfalsket vitnemål, en fare for helse, sikkerhet eller miljø.
alerts-boxes = Lister over varsler
alerts-new = Nytt varsel
alerts-check-link = Kontroller en yrkesutøver
alerts-in-force = Gjeldende varsler
alerts-unread = Uleste oppdateringer i varsler
# Leses opp av skjermlesere når antallet uleste oppdateringer i varsler øker.
live-alert-news = { $count ->
    [one] Én ulest oppdatering i et varsel
   *[other] { $count } uleste oppdateringer i varsler
}
alerts-empty-title = Ingen varsler her
alerts-empty-body = Når et varsel når landet ditt eller myndigheten din, eller når myndigheten din sender et varsel, vises det her.
alerts-total = { $count ->
    [one] { $count } varsel
   *[other] { $count } varsler
}
alert-title = Varsel { $number }
alert-title-unknown = Varsel
alert-subject-withheld = Personopplysninger vises ikke
alert-unread = Nytt siden du sist åpnet det
alert-from-country = Fra { $country }
alert-details = Opplysninger
alert-sender = Avsendermyndighet
alert-sent-at = Sendt
alert-revision-label = Endringer
alert-revision = { $count ->
    [one] Endret én gang etter at det ble sendt
   *[other] Endret { $count } ganger etter at det ble sendt
}
alert-personal-hidden = Personopplysningene i dette varselet vises bare for avsenderen, varslingskoordinatorene og myndighetene som varselet er videresendt til.
alert-comment = Kommentar
alert-comment-help = Til mottakerne: det de bør vite i tillegg til feltene ovenfor. Skriv på ditt eget språk; hver leser kan få teksten maskinoversatt.
alert-late-reason = Hvorfor varselet sendes for sent
alert-proved-wrong = Dette varselet er trukket tilbake fordi det viste seg å være ugrunnet.
alert-due-left = { $days ->
    [0] Frist i dag: et varsel må sendes innen tre dager etter avgjørelsen.
    [one] { $days } dag igjen til å sende dette varselet.
   *[other] { $days } dager igjen til å sende dette varselet.
}
alert-due-late = { $days ->
    [one] { $days } dag for sent: oppgi hvorfor varselet sendes for sent.
   *[other] { $days } dager for sent: oppgi hvorfor varselet sendes for sent.
}
alert-actions = Hva du kan gjøre
alert-note = Begrunnelse
alert-note-help = Påkrevd for å returnere eller trekke tilbake varselet eller for å foreslå å avslutte det; alle mottakerne leser begrunnelsen.
alert-note-missing = Oppgi en begrunnelse først.
alert-withdraw-proved-wrong = Varselet viste seg å være ugrunnet: informer alle mottakerne om dette
alert-conflict = { $error } Varselets status er nå: { $state }.
alert-deliveries = Mottakere
alert-deliveries-summary = { $count ->
    [one] Mottak bekreftet av { $acknowledged } av { $count } land.
   *[other] Mottak bekreftet av { $acknowledged } av { $count } land.
}
alert-column-country = Land
alert-column-delivery = Varslingskoordinator
alert-column-authorities = Vedkommende myndigheter
alert-received-at = mottatt { $date }
alert-acknowledged-at = mottak bekreftet { $date }
alert-not-acknowledged = mottak ennå ikke bekreftet
alert-read-at = lest { $date }
alert-not-read = ennå ikke lest
alert-no-recipients = Ikke videresendt ennå
alert-timeline = Tidslinje
alert-event-for-country = for { $country }
alert-pass-on-title = Videresend til vedkommende myndigheter
alert-pass-on-help = Registeret foreslår de myndighetene i landet ditt som har ansvar for dette yrket eller denne virksomheten. Fjern avkrysningen for dem som ikke skal motta varselet, eller legg til andre.
alert-pass-on-none = Registeret kjenner ingen myndighet i landet ditt som har ansvar for dette yrket eller denne virksomheten. Legg til myndighetene som skal motta varselet.
alert-pass-on-already = (har allerede mottatt det)
alert-pass-on-add = Legg til en annen myndighet
alert-pass-on-own-country = Varsler kan bare videresendes til myndigheter i ditt eget land.
alert-pass-on-submit = { $count ->
    [one] Videresend til { $count } myndighet
   *[other] Videresend til { $count } myndigheter
}
alert-compose-title = Nytt varsel
alert-draft-title = Utkast til varsel { $number }
alert-modify-title = Endre varsel { $number }
alert-step-kind = Type varsel
alert-step-fields = Opplysninger
alert-step-countries = Land
alert-step-review = Kommentar og sending
alert-kind-legal-basis = Rettsgrunnlag: { $basis }
alert-choose-kind-first = Velg type varsel først.
alert-field-required = { $label } (må fylles ut)
alert-choose = Velg…
alert-countries-all = Dette varselet går til varslingskoordinatorene i alle de 30 EØS-landene.
alert-countries-choose = Velg landene der tjenesteyteren driver virksomhet, eller der risikoen kan oppstå.
alert-countries-always = { $country } mottar uansett dette varselet som etableringsland.
alert-countries-none = Ingen land er valgt ennå.
alert-goes-to = Sendes til: { $countries }
alert-approval-note = Varsler fra landet ditt godkjennes av landets varslingskoordinator før de sendes.
alert-modify-note = Alle mottakerne får beskjed om at varselet er endret.
alert-problems = Gjenstår å fylle ut
alert-incomplete = Varselet er ikke fullstendig ennå. Delene som mangler, er merket.
alert-save-draft = Lagre utkast
alert-save-modification = Lagre endringen
alert-submit = Send til godkjenning
alert-check-title = Har denne yrkesutøveren rett til å utøve yrket?
alert-check-intro = Søk etter navn i de gjeldende varslene om yrkeskvalifikasjoner som har nådd landet ditt eller myndigheten din. Det ses bort fra aksenter og én skrivefeil. Et funnet varsel betyr at det gjelder et forbud eller en begrensning i landet som sendte varselet; at ingen varsler blir funnet, er ikke bevis på at vedkommende har rett til å utøve yrket uten begrensninger.
alert-check-name = Yrkesutøverens navn
alert-check-profession = Yrke
alert-check-any-profession = Alle yrker
alert-check-submit = Søk i varslene
alert-check-none = Ingen gjeldende varsler nevner { $name }.
alert-check-found = { $count ->
    [one] { $count } gjeldende varsel funnet
   *[other] { $count } gjeldende varsler funnet
}
toast-alert-saved = Utkastet er lagret.
toast-alert-sent = Varselet er sendt.
toast-alert-submitted = Varselet er sendt til godkjenning.
toast-alert-modified = Varselet er endret; mottakerne får beskjed.
toast-alert-deleted = Utkastet er slettet.
toast-alert-passed-on = Varselet er videresendt.
toast-alert-done = Utført: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Du er frakoblet. Forespørslene du har åpnet, kan fortsatt leses; svar, meldinger og dokumenter du legger til, lagres på denne enheten og sendes når tilkoblingen er gjenopprettet.
update-ready = En ny versjon av systemet er klar.
update-reload = Last inn den nye versjonen

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Én endring gjort uten tilkobling venter på å bli sendt.
   *[other] { $count } endringer gjort uten tilkobling venter på å bli sendt.
}
queue-sending = Sender endringene som ble gjort uten tilkobling…
queue-attention = { $count ->
    [one] Én endring gjort uten tilkobling ble ikke sendt og krever en beslutning fra deg.
   *[other] { $count } endringer gjort uten tilkobling ble ikke sendt og krever en beslutning fra deg.
}
queue-title = Venter på å bli sendt
queue-intro = Endringene er gjort uten tilkobling og lagret på denne enheten. De sendes i rekkefølge så snart tilkoblingen er gjenopprettet.
queue-kind-answers = Svar (lagret, ikke sendt til den anmodende myndigheten)
queue-kind-answer = Svar som skal sendes til den anmodende myndigheten
queue-kind-message = Melding
queue-kind-document = Dokument «{ $name }» ({ $size } kB)
queue-made-at = Skrevet { $time }
queue-status-waiting = Venter på tilkobling.
queue-status-conflict = Ikke sendt: forespørselen er endret etter at du skrev dette, og har nå status «{ $state }». Se hva som er endret, i historikken nedenfor, og send deretter endringen likevel eller forkast den.
queue-status-refused = Ikke sendt: { $error }
queue-send-anyway = Send likevel
queue-edit = Rediger
queue-discard = Forkast
queue-discard-confirm = Vil du forkaste denne endringen? Det du har skrevet, slettes fra denne enheten.
queue-logout-confirm = { $count ->
    [one] Én endring gjort uten tilkobling er ikke sendt ennå. Hvis du logger ut, slettes den fra denne enheten. Vil du logge ut likevel?
   *[other] { $count } endringer gjort uten tilkobling er ikke sendt ennå. Hvis du logger ut, slettes de fra denne enheten. Vil du logge ut likevel?
}
toast-queued = Ingen tilkobling: endringen lagres på denne enheten og sendes når tilkoblingen er gjenopprettet.
toast-queue-sent = { $count ->
    [one] Endringen som ble gjort uten tilkobling, er sendt.
   *[other] De { $count } endringene som ble gjort uten tilkobling, er sendt.
}

## Inspeksjoner på stedet: forespørselens art og inspeksjonsrapporten med underskriftene til dem som er til stede
compose-kind-label = Hva ber du om?
request-kind-information = Opplysninger
request-kind-information-help = Den andre myndigheten besvarer spørsmålene dine ut fra sine registre og saksdokumenter.
request-kind-inspection = Inspeksjon på stedet
request-kind-inspection-help = Den andre myndigheten inspiserer de aktuelle lokalene, utstyret eller stedet og rapporterer funnene sine, med bilder og underskriftene til dem som er til stede.
request-checklist = { $count ->
    [one] Sjekkliste: ett punkt
   *[other] Sjekkliste: { $count } punkter
}
inspection-title = Inspeksjonsrapport
inspection-help = Registrer inspeksjonen mens du utfører den: besvar sjekklisten ovenfor, legg ved bilder som dokumenter, før deretter opp dag og sted, og la hver person som er til stede, skrive under her. Svaret kan sendes når du selv har skrevet under.
inspection-pending = Inspeksjonsrapporten vises her sammen med svaret.
inspection-inspected-on = Dag for inspeksjonen
inspection-place = Inspisert sted
inspection-place-help = Adressen og arbeidsstedet eller lokalene (for eksempel: byggeplass, port 2).
inspection-present = Personer til stede
inspection-signer-name = Navn
inspection-signer-role = Til stede som
inspection-signer-refused = Nektet å skrive under
inspection-signer-unnamed = personen som er til stede
inspection-signer-unsigned = Blir først en del av rapporten når personen skriver under eller nekter å skrive under.
inspection-signer-add = Legg til en person som er til stede
inspection-signer-remove = Fjern denne personen
inspection-signature-of = Underskrift fra { $name }
inspection-signature-clear = Slett underskriften
inspection-signature-needed = Inspektørens underskrift må foreligge før svaret kan sendes.
inspection-refused-to-sign = Personen nektet å skrive under.
signer-role-inspector = Inspektør
signer-role-provider-representative = Representant for tjenesteyteren eller arbeidsgiveren
signer-role-worker = Arbeidstaker
signer-role-witness = Vitne
queue-kind-report = Inspeksjonsrapport (lagret, ikke sendt til den anmodende myndigheten)
