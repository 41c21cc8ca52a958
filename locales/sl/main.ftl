# Slovenščina.

## Aplikacija
app-name = Informacijski sistem za notranji trg
app-short-name = IMI
app-tagline = Upravno sodelovanje med pristojnimi organi Evropskega gospodarskega prostora
skip-to-content = Preskoči na glavno vsebino
loading = Nalaganje…

## Navigacija in uporabniški meni
nav-label = Glavna navigacija
nav-inbox = Prejeto
language-label = Jezik
user-signed-in-as = Uporabniški račun: { $name }, { $authority }
organisation-commission = Evropska komisija
logout = Odjava
toast-dismiss = Zapri
toast-logged-out = Odjava je bila uspešna.

## Stran za prijavo
login-title = Prijava
login-intro = Uporabite račun, ki vam ga je ustvaril skrbnik vašega organa ali nacionalni koordinator IMI.
login-email = E-poštni naslov
login-password = Geslo
login-submit = Prijava
login-submitting = Prijavljanje…
field-required = To polje je obvezno.

## Prejeto
inbox-title = Prejeto
inbox-empty-title = Ni še zahtev

## Strani, ki ne obstajajo
not-found-title = Strani ni bilo mogoče najti
not-found-body = Naslov, ki ste mu sledili, ne vodi do nobene strani tega sistema.
not-found-home = Pojdi na Prejeto

## Vloge
roles-label = Vaše vloge
role-request_handler = Obdelovalec zahtev
role-allocator = Dodeljevalec zahtev
role-local_administrator = Lokalni skrbnik podatkov
role-coordinator = Koordinator IMI
role-commission_observer = Opazovalec Komisije

## Napake, ki jih vrne strežnik, po kodah
error-internal-error = Na strežniku je prišlo do napake. Poskusite znova; če se težava ponavlja, se obrnite na skrbnika.
error-database-unavailable = Podatkovna zbirka sistema trenutno ni dosegljiva. Poskusite znova čez nekaj minut.
error-not-found = Zahtevani vir ne obstaja ali nimate dostopa do njega.
error-method-not-allowed = Tega dejanja tukaj ni mogoče izvesti.
error-unauthenticated = Vaša seja je potekla. Prijavite se znova.
error-forbidden = Za to dejanje nimate potrebnih pravic.
error-invalid-credentials = E-poštni naslov ali geslo ni pravilno.
error-too-many-attempts = { $seconds ->
    [one] Preveč neuspešnih poskusov. Pred naslednjim poskusom počakajte { $seconds } sekundo.
    [two] Preveč neuspešnih poskusov. Pred naslednjim poskusom počakajte { $seconds } sekundi.
    [few] Preveč neuspešnih poskusov. Pred naslednjim poskusom počakajte { $seconds } sekunde.
   *[other] Preveč neuspešnih poskusov. Pred naslednjim poskusom počakajte { $seconds } sekund.
}
error-malformed-json = Strežnik ni mogel prebrati poslanih podatkov. Znova naložite stran in poskusite ponovno.
error-unsupported-media-type = Strežnik ne sprejema podatkov v tej obliki.
error-payload-too-large = Poslani podatki so večji, kot jih strežnik sprejme.
error-validation-failed = Nekatera polja niso pravilno izpolnjena. Preverite označena polja.
error-network-error = Strežnik ni dosegljiv. Preverite omrežno povezavo in poskusite znova.
error-invalid-transition = V trenutnem stanju zahteve to dejanje ni mogoče. Znova naložite stran, da vidite, katera dejanja so zdaj na voljo.
error-translation-not-configured = Strojno prevajanje v tem sistemu ni na voljo.
error-translation-failed = Storitev strojnega prevajanja se ni odzvala. Poskusite znova pozneje.

## Vrednosti ograd (shared::placeholder::PlaceholderErrorCode)
## $label je oznaka ograde v jeziku bralca; $max in $length sta števili znakov.
placeholder-error-missing = Vnesite vrednost za „{ $label }“.
placeholder-error-empty = Polje „{ $label }“ ne sme biti prazno.
placeholder-error-too-long = { $max ->
    [one] Polje „{ $label }“ ima lahko največ { $max } znak (trenutno: { $length }).
    [two] Polje „{ $label }“ ima lahko največ { $max } znaka (trenutno: { $length }).
    [few] Polje „{ $label }“ ima lahko največ { $max } znake (trenutno: { $length }).
   *[other] Polje „{ $label }“ ima lahko največ { $max } znakov (trenutno: { $length }).
}
placeholder-error-control-character = Polje „{ $label }“ vsebuje neviden krmilni znak. Vnesite vrednost znova.
placeholder-error-line-break = Vrednost polja „{ $label }“ mora biti v eni vrstici.
placeholder-error-invalid-date = Datum v polju „{ $label }“ vnesite v obliki leto-mesec-dan, na primer 2025-03-31.
placeholder-error-nonexistent-date = Datum, vnesen v polje „{ $label }“, v koledarju ne obstaja.
placeholder-error-unknown-country = Za „{ $label }“ izberite državo Evropskega gospodarskega prostora.
placeholder-error-invalid-email = „{ $label }“ ni veljaven e-poštni naslov.
placeholder-error-invalid-person-name = „{ $label }“ mora biti ime osebe: črke, brez števk.
placeholder-error-invalid-register-reference = „{ $label }“ lahko vsebuje samo črke, števke, presledke in znake - . /
placeholder-error-unexpected = Vnesena je bila vrednost za polje, ki ga ne uporablja nobeno od izbranih vprašanj.
placeholder-error-unknown-placeholder = Vprašanje uporablja neznano polje. Obvestite koordinatorja IMI.

## Predloge vprašanj (shared::placeholder::TemplateErrorCode)
## $position je položaj znaka, štet od 1; $name je ime ograde, kot je zapisano.
template-error-unterminated = Ograda, ki se začne pri { $position }. znaku, ni zaprta.
template-error-empty-name = Ograda pri { $position }. znaku nima imena.
template-error-invalid-name = „{ $name }“ ({ $position }. znak) ni veljavno ime ograde: začeti se mora s črko, ki ji sledijo črke, števke ali „_“.
template-error-mismatched-delimiters = Ograda pri { $position }. znaku je odprta z eno vrsto oklepaja in zaprta z drugo.
template-error-nested = Ograda pri { $position }. znaku vsebuje drugo ogrado.
template-error-unknown-placeholder = „{ $name }“ ({ $position }. znak) ni znana ograda.

## Stanja zahteve (shared::lifecycle::RequestState)
request-state-draft = Osnutek
request-state-awaiting-acceptance = Čaka na sprejem
request-state-accepted = Sprejeta
request-state-info-requested = Zahtevane dodatne informacije
request-state-answered = Odgovorjena
request-state-closed = Zaprta
request-state-withdrawn = Umaknjena

## Dejanja v zvezi z zahtevo (shared::lifecycle::ActionKind)
request-action-create = Nova zahteva
request-action-edit = Uredi
request-action-delete = Izbriši osnutek
request-action-send = Pošlji
request-action-withdraw = Umakni
request-action-accept = Sprejmi
request-action-forward = Posreduj
request-action-request-info = Zahtevaj dodatne informacije
request-action-provide-info = Predloži informacije
request-action-answer = Odgovori
request-action-split-off = Izloči vprašanja
request-action-request-clarification = Zaprosi za pojasnilo
request-action-close = Sprejmi odgovor in zapri

## Ocene odgovora (shared::lifecycle::Rating)
rating-positive = Dober
rating-neutral = Sprejemljiv
rating-negative = Nezadosten

## Preverjanje vprašanj (stran za pisanje in preizkušanje predlog vprašanj)
nav-question-check = Preverjanje vprašanj
question-check-title = Preverjanje vprašanja
question-check-intro = Napišite vprašanje, kot bo prikazano v zahtevi, z ogradami za podatke, ki jih izpolni organ prosilec, in ga preizkusite z vrednostmi. Tukaj veljajo enaka pravila kot pri pošiljanju zahteve.
question-check-template = Besedilo vprašanja
question-check-template-help = Vsako ogrado zapišite kot {"${"}Ime{"}"}, na primer {"${"}SPBusinessName{"}"}. Znane ograde: { $names }.
question-check-values = Vrednosti
question-check-no-placeholders = To vprašanje nima ograd.
question-check-preview = Predogled
question-check-submit = Preveri na strežniku
question-check-accepted = Strežnik sprejme to vprašanje in njegove vrednosti.

## Katalog vprašanj
nav-catalogue = Vprašanja
catalogue-title = Katalog vprašanj
catalogue-intro = Vnaprej prevedena vprašanja, ki jih je mogoče vključiti v zahtevo. Drugi organ vsako od njih prebere v svojem jeziku; ograde izpolni organ prosilec.
catalogue-area-label = Zakonodajno področje
catalogue-count = { $count ->
    [one] { $count } vprašanje
    [two] { $count } vprašanji
    [few] { $count } vprašanja
   *[other] { $count } vprašanj
}
area-services = Storitve
area-professional_qualifications = Poklicne kvalifikacije
area-posting_of_workers = Napotitev delavcev
area-ecommerce = Elektronsko poslovanje
answer-type-yes_no = Da ali ne
answer-type-date = Datum
answer-type-free_text = Prosto besedilo
answer-type-document = Dokument
answer-type-choice = Izbira s seznama
answer-type-measurement = Izmerjena vrednost

## Iskanje organov
nav-authorities = Organi
authorities-title = Iskanje organa
authorities-intro = Iščite v katerem koli jeziku po nazivu, kratici, kraju ali pristojnosti, na primer po poklicu ali dejavnosti. Pristojnosti se iščejo v vseh jezikih sistema.
authorities-search-label = Naziv, kraj ali pristojnost
authorities-country-label = Država
authorities-any-country = Vse države
authorities-any-area = Vsa področja
authorities-results = { $count ->
    [one] Najden je { $count } organ
    [two] Najdena sta { $count } organa
    [few] Najdeni so { $count } organi
   *[other] Najdenih je { $count } organov
}
authorities-no-results = Temu iskanju ne ustreza noben organ.
## $country je ime države v jeziku bralca (v imenovalniku); $label je oznaka poklica ali dejavnosti.
search-country-from-query = Prikazani so organi iz države, navedene v vašem iskanju: { $country }.
search-none-declared = Država { $country }: noben organ ni navedel, da je pristojen za „{ $label }“.
search-none-declared-anywhere = Noben organ ni navedel, da je pristojen za „{ $label }“.
search-ask-coordinator = Kateri organ je pristojen, vam lahko pove nacionalni koordinator IMI (država: { $country }):
authorities-match-name = Ujemanje z nazivom
authorities-match-acronym = Ujemanje s kratico
authorities-match-city = Ujemanje s krajem
authorities-match-competence = Pristojen za: { $label }
authorities-pages = Strani z rezultati
authorities-previous = Prejšnja
authorities-next = Naslednja
authorities-page = Stran { $page } od { $pages }
profile-back = Nazaj na iskanje
profile-country = Država
profile-acronym = Kratica
profile-level = Teritorialna pristojnost
level-national = Državna
level-regional = Regionalna
level-local = Lokalna
profile-address = Naslov
profile-email = E-pošta
profile-phone = Telefon
profile-role = Vloga v sistemu
profile-coordinator = Nacionalni koordinator IMI
profile-areas = Zakonodajna področja
profile-competences = Pristojen za

## Države Evropskega gospodarskega prostora
country-AT = Avstrija
country-BE = Belgija
country-BG = Bolgarija
country-HR = Hrvaška
country-CY = Ciper
country-CZ = Češka
country-DK = Danska
country-EE = Estonija
country-FI = Finska
country-FR = Francija
country-DE = Nemčija
country-GR = Grčija
country-HU = Madžarska
country-IE = Irska
country-IT = Italija
country-LV = Latvija
country-LT = Litva
country-LU = Luksemburg
country-MT = Malta
country-NL = Nizozemska
country-PL = Poljska
country-PT = Portugalska
country-RO = Romunija
country-SK = Slovaška
country-SI = Slovenija
country-ES = Španija
country-SE = Švedska
country-IS = Islandija
country-LI = Lihtenštajn
country-NO = Norveška

## Prejeto – seznami zahtev
inbox-empty-body-box = Tukaj bodo prikazane zahteve vašega organa, ki ustrezajo tem filtrom.
inbox-new-request = Nova zahteva
inbox-boxes = Seznami zahtev
inbox-total = { $count ->
    [one] { $count } zahteva
    [two] { $count } zahtevi
    [few] { $count } zahteve
   *[other] { $count } zahtev
}
inbox-deadline = Rok: { $date }
inbox-number-label = Številka zahteve
inbox-sort-label = Razvrstitev
inbox-sort-updated-desc = Najprej nazadnje spremenjene
inbox-sort-updated-asc = Najprej najdlje nespremenjene
inbox-sort-deadline-asc = Najprej z najbližjim rokom
inbox-sort-number-desc = Najprej najnovejše številke
box-to-accept = Za sprejem
box-to-answer = Za odgovor ali pregled
box-awaiting = Čaka na drugi organ
box-overdue = Prekoračen rok
box-drafts = Osnutki
box-closed = Zaprte
box-all = Vse

## Napake, ki jih vrne strežnik (nadaljevanje)
error-unsupported-file-type = Ta vrsta datoteke ni dovoljena. Priložite datoteko PDF, sliko ali pisarniški dokument.

## Zahteva
request-title = Zahteva št. { $number }
request-title-unknown = Zahteva
request-overdue = Prekoračen rok
request-from = Pošiljatelj
request-to = Naslovnik
request-created = Ustvarjeno
request-requested-date = Zahtevani rok za odgovor
request-deadline = Dogovorjeni rok
request-subject = Na koga se zahteva nanaša
request-personal-data-hidden = Osebni podatki, komentar, sporočila in dokumenti se prikažejo, ko vaš organ sprejme zahtevo.
request-personal-data-coordinator = Kot koordinator spremljate potek zahteve. Njeni osebni podatki, komentar, sporočila in dokumenti so namenjeni samo obema organoma.
request-note-hidden = Besedilo ni prikazano, ker lahko vsebuje osebne podatke.
request-blocked-on = Datum blokiranja osebnih podatkov
request-personal-data-blocked = V skladu s pravili o hrambi so bili osebni podatki v tej zahtevi (na koga se nanaša, prosto besedilo in dokumenti) blokirani dne { $date }. Nihče jih ne more več videti, izbrisani pa bodo dne { $deleted }.
request-personal-data-erased = V skladu s pravili o hrambi so bili osebni podatki v tej zahtevi izbrisani dne { $date }. Ohranjeni so le njeni osnovni podatki: datumi, organi, stanja in ocene.
personal-data-mark = Osebni podatki
personal-data-legend = Ta znak označuje osebne podatke. Vidijo jih le organi, ki obravnavajo zahtevo; po zaključku zahteve se v skladu s pravili o hrambi najprej blokirajo, nato pa izbrišejo.
nav-data-subjects = Posamezniki, na katere se nanašajo podatki
data-subjects-title = Zahteve posameznikov, na katere se nanašajo osebni podatki
data-subjects-intro = Ko posameznik vpraša, katere podatke o njem ima vaš organ, tukaj poiščite vse zahteve vašega organa, ki se nanašajo nanj, tudi tiste, katerih osebni podatki so blokirani, in pripravite poročilo, do katerega je upravičen. Vsako iskanje in vsako poročilo se zabeleži skupaj z razlogom.
data-subjects-reason = Razlog
data-subjects-reason-help = Na primer datum in številka zahteve posameznika. Razlog se zabeleži v revizijsko sled.
data-subjects-search = Išči
data-subjects-found = { $count ->
    [one] Najdena je { $count } zahteva
    [two] Najdeni sta { $count } zahtevi
    [few] Najdene so { $count } zahteve
   *[other] Najdenih je { $count } zahtev
}
data-subjects-none = Nobena zahteva vašega organa se ne nanaša na tega posameznika.
data-subjects-include = Vključi v poročilo
data-subjects-side-requesting = Poslal vaš organ
data-subjects-side-responding = Prejel vaš organ
data-subjects-stage-visible = Osebni podatki vidni
data-subjects-stage-blocked = Osebni podatki blokirani
data-subjects-stage-deleted = Osebni podatki izbrisani
data-subjects-report-language = Jezik poročila
data-subjects-make-report = Pripravi poročilo
data-subjects-print = Natisni poročilo
report-title = Osebni podatki, ki se hranijo o Vas
report-intro = { $authority } hrani naslednje osebne podatke o Vas v Informacijskem sistemu za notranji trg (IMI), prek katerega organi Evropskega gospodarskega prostora izmenjujejo informacije v skladu z Uredbo (EU) št. 1024/2012.
report-made-on = Poročilo pripravljeno dne { $date }
report-request = Zahteva št. { $number }
report-area = Pravno področje
report-data = Hranjeni podatki
report-disclosures = Poslano ali prejeto
report-disclosure-sent = Poslano dne { $date }, prejemnik: { $authority }
report-disclosure-forwarded = Posredovano dne { $date }, prejemnik: { $authority }
report-disclosure-split-off = Delno predano dne { $date }, prejemnik: { $authority }
report-disclosure-received-from = Prejeto dne { $date }, pošiljatelj: { $authority }
report-retention = Blokiranje in izbris
report-blocked-and-deleted = Blokiranje dne { $blocked } (od takrat jih nihče ne more videti) in izbris dne { $deleted }.
report-not-ended = Zahteva se še obravnava. Osebni podatki v njej bodo blokirani { $block ->
    [one] { $block } mesec
    [two] { $block } meseca
    [few] { $block } mesece
   *[other] { $block } mesecev
} po njenem zaključku in izbrisani { $delete ->
    [one] { $delete } mesec
    [two] { $delete } meseca
    [few] { $delete } mesece
   *[other] { $delete } mesecev
} po njenem zaključku.
report-count = { $field }: { $count }
report-field-document = Dokument
report-field-comment = Komentar organa prosilca
report-field-note = Sporočila in spremna besedila
report-field-text-answer = Pisni odgovori
report-field-answer-comment = Komentarji k odgovorom
report-field-inspection-present = Prisotnost pri pregledu na kraju samem
report-empty = Zahteve tega organa ne vsebujejo osebnih podatkov o Vas.
timeline-fields = Popravljena polja: { $fields }
request-rectify = Popravi osebne podatke
request-rectify-title = Popravi podatke o tem, na koga se zahteva nanaša
request-rectify-help = Drugi organ je obveščen, katera polja ste popravili. Prejšnje vrednosti se ne hranijo.
request-rectify-save = Shrani popravek
request-comment = Komentar
request-original-language = Izvirni jezik: { $language }
request-questions = { $count ->
    [one] { $count } vprašanje
    [two] { $count } vprašanji
    [few] { $count } vprašanja
   *[other] { $count } vprašanj
}
request-answer = Odgovor
request-answer-comment = Komentar k odgovoru
request-answer-choose = Izberite odgovor
request-answer-date = Datum
request-answer-measurement = Izmerjena vrednost ({ $unit })
request-answer-text = Besedilo odgovora
request-save-answers = Shrani odgovore
request-send-answer = Pošlji odgovor
request-actions = Razpoložljiva dejanja
request-propose-days = Ali predlagajte drug rok (v dneh)
request-accept-proposed = Sprejmi s tem rokom
request-note = Spremno besedilo
request-rating-timeliness = Pravočasnost odgovora
request-rating-effort = Kakovost odgovora
request-rating-choose = Izberite oceno
request-rating-needed = Če želite zapreti zahtevo, ocenite pravočasnost in kakovost odgovora.
confirm-irreversible = Tega dejanja ni mogoče razveljaviti. Ali želite nadaljevati?
request-split-choose = Premakni to vprašanje k drugemu organu
request-reuse = Ustvari novo zahtevo na podlagi te zahteve
request-timeline = Zgodovina
timeline-new = Novo po vaši spremembi
request-message = Sporočilo drugemu organu
request-message-send = Pošlji sporočilo
timeline-to = Naslovnik: { $authority }
timeline-split-to = Nova zahteva št. { $id }
subject-name = Ime ali naziv
subject-identifier = Registrska ali identifikacijska številka
subject-birth-date = Datum rojstva
picker-label = Poiščite organ (v katerem koli jeziku)
picker-more = Prikaži več
answer-yes = Da
answer-no = Ne
answer-unknown = Ni znano
answer-date = Datum
answer-text = Pisni odgovor
answer-measurement = Izmerjena vrednost
answer-document-attached = Dokument je priložen
answer-document-not-available = Dokument ni na voljo
event-created = Ustvarjen osnutek
event-sent = Poslano
event-withdrawn = Umaknjeno
event-accepted = Sprejeto
event-forwarded = Posredovano
event-info-requested = Zahtevane dodatne informacije
event-info-provided = Predložene informacije
event-answered = Odgovorjeno
event-split-off = Vprašanja izločena v novo zahtevo
event-clarification-requested = Zaprošeno za pojasnilo
event-closed = Odgovor sprejet, zahteva zaprta
event-message = Sporočilo
event-attachment-added = Priložen dokument
toast-request-action-send = Zahteva je bila poslana.
toast-request-action-delete = Osnutek je bil izbrisan.
toast-request-action-withdraw = Zahteva je bila umaknjena.
toast-request-action-accept = Zahteva je bila sprejeta.
toast-request-action-forward = Zahteva je bila posredovana.
toast-request-action-request-info = Vaše vprašanje je bilo poslano organu prosilcu.
toast-request-action-provide-info = Informacije so bile poslane.
toast-request-action-answer = Odgovor je bil poslan.
toast-request-action-split-off = Vprašanja so bila premaknjena v novo zahtevo.
toast-request-action-request-clarification = Vaša prošnja za pojasnilo je bila poslana.
toast-request-action-close = Zahteva je bila zaprta.
toast-answers-saved = Vaši odgovori so bili shranjeni.

## Sestavljanje zahteve
compose-title = Nova zahteva
compose-steps = Koraki
compose-step-area = Zakonodajno področje
compose-step-authority = Organ
compose-step-subject = Subjekt
compose-step-questions = Vprašanja
compose-step-details = Komentar in datum
compose-step-review = Pregled in pošiljanje
compose-back = Nazaj
compose-next = Naprej
compose-saved = Osnutek št. { $id } je shranjen
compose-chosen-authority = Izbrani organ: { $name }
compose-subject-help = Zadevni strokovnjak ali ponudnik storitev. Organ prejemnik to vidi šele, ko sprejme zahtevo.
compose-comment-help = Pišite v svojem jeziku; drugi organ bo videl, za kateri jezik gre.
compose-incomplete = Zahteva še ni popolna. Manjkajoči deli so označeni.
compose-draft-title = Osnutek { $number }
compose-questions-filter = Filtrirajte vprašanja
compose-questions-chosen = Izbrana vprašanja: { $count }
compose-step-attention = zahteva pozornost
compose-review-fix = Pred pošiljanjem popravite naslednje:
compose-review-language = Vprašanja so prikazana v vašem jeziku; organ prejemnik jih bere v svojem jeziku.
compose-review-none = Ni navedeno
field-error-missing = Obvezen podatek.
field-error-too-long = Vrednost je predolga.
field-error-not-in-future = Datum mora biti poznejši od današnjega.
field-error-in-future = Datum ne sme biti v prihodnosti.
field-error-empty = Vrednost ne sme biti prazna.
field-error-duplicate = Izbrano dvakrat.
field-error-unknown = Neznana vrednost.
field-error-other-area = Spada na drugo zakonodajno področje.
field-error-area-not-handled = Ta organ ni pristojen za zakonodajno področje zahteve.
field-error-not-allowed = Tukaj ni dovoljeno.
field-error-too-many = Preveč vnosov.

## Priloženi dokumenti
request-documents = Dokumenti
request-no-documents = Ni priloženih dokumentov.
request-documents-withheld = Dokumenti so osebni podatki: tukaj niso prikazani, tako kot drugi osebni podatki te zahteve.
request-document-size = { $size } kB
upload-label = Priloži dokument
upload-choose = Izberi datoteko…
upload-take-photo = Posnemi fotografijo
upload-keep-original = Pošlji fotografije v izvirni velikosti (sicer se najprej pomanjšajo v tej napravi)
date-day = Dan
date-month = Mesec
date-year = Leto
upload-help = Datoteka PDF, slika ali pisarniški dokument, največ 20 MB.
upload-question = Vprašanje, na katero odgovarja dokument
upload-no-question = Brez določenega vprašanja
upload-question-number = Vprašanje { $number }
upload-progress = Potek nalaganja

## E-poštna obvestila ($event je eno od sporočil event-*)
email-subject = Zahteva št. { $number }: { $event }
email-body = Spoštovani/-a { $name },

    organ { $authority } je izvedel dejanje v zvezi z zahtevo št. { $number }: { $event }.

    Zahtevo odprete tukaj: { $link }

    To sporočilo je poslal Informacijski sistem za notranji trg. Prosimo, da nanj ne odgovarjate.

## Obvestila
notifications-label = Obvestila
notifications-unread = { $count ->
    [one] { $count } neprebrano obvestilo
    [two] { $count } neprebrani obvestili
    [few] { $count } neprebrana obvestila
   *[other] { $count } neprebranih obvestil
}
notifications-empty = Ni obvestil.
notifications-mark-all-read = Označi vse kot prebrano
notification-item = { $number }: { $event }

## Dodeljevanje zahtev in koordinacija
request-assigned-to = Dodeljeno: { $name }
request-assign-label = Odgovorni obdelovalec
request-unassigned = Ni dodeljeno
toast-assigned = Odgovorni obdelovalec je bil spremenjen.
toast-saved = Shranjeno.
inbox-allocation-toggle = Dodeljevalec zahtev vsako prejeto zahtevo dodeli enemu od obdelovalcev zahtev vašega organa
event-assigned = Dodeljeno obdelovalcu
event-reminded = Opomnik koordinatorja
event-inactive = Dva meseca brez dejavnosti
event-rectified = Popravljeni osebni podatki
nav-coordination = Koordinacija
coordination-title = Zahteve brez dejavnosti
coordination-intro = Zahteve organov vaše države, pri katerih se več kot dva meseca ni zgodilo nič. Odprite zahtevo, da jo posredujete, ali pošljite opomnik organu, ki mora narediti naslednji korak.
coordination-empty = Nobena zahteva ni brez dejavnosti več kot dva meseca.
coordination-last-change = Zadnja sprememba: { $date }
coordination-remind = Pošlji opomnik
toast-reminded = Opomnik je bil poslan.

## Strojno prevajanje prostega besedila
request-translate = Prevedi v moj jezik
request-info-asked = { $authority } zahteva naslednje informacije:
request-translation-unavailable = To besedilo je v drugem jeziku, strojno prevajanje pa na tem strežniku ni nastavljeno.
request-machine-translation = Strojni prevod:

## Filtri pregleda
inbox-state-label = Stanje
inbox-any-state = Vsa stanja
inbox-from-label = Zadnja sprememba od
inbox-to-label = Zadnja sprememba do
inbox-assigned-to-me = Samo zahteve, dodeljene meni

## E-poštna povabila in hkratno urejanje, upravljanje registra organov (koordinatorji) in upravljanje uporabnikov (lokalni skrbniki podatkov)
email-invitation-subject = Vaš račun v Informacijskem sistemu za notranji trg (IMI): { $authority }
email-invitation-body = Spoštovani/-a { $name },

    { $inviter } vam je ustvaril/-a račun v Informacijskem sistemu za notranji trg (IMI) kot uporabniku naslednjega organa: { $authority }.

    Račun aktivirate tako, da odprete naslednjo povezavo in izberete geslo: { $link }

    Povezavo lahko uporabite samo enkrat, veljavna pa je { $days ->
        [one] { $days } dan
        [two] { $days } dneva
        [few] { $days } dni
       *[other] { $days } dni
    }. Če tega sporočila niste pričakovali, ga lahko prezrete.

error-edit-conflict = Potem ko ste ta zapis odprli, ga je shranil drug uporabnik. Znova naložite stran, da vidite te spremembe, nato pa znova vnesite svoje.
error-invalid-parameter = Naslov te strani ni veljaven. Preverite povezavo ali se vrnite in poskusite znova.
error-rate-limited = To dejanje je bilo izvedeno šele pred kratkim in ga še ni mogoče ponoviti. Poskusite znova pozneje.
error-second-factor-required = Vnesite kodo iz aplikacije za preverjanje pristnosti.
error-invalid-second-factor = Koda je napačna ali je potekla. Vnesite kodo, ki jo aplikacija prikazuje zdaj.
error-second-factor-setup-required = Vaše vloge zahtevajo preverjanje v dveh korakih. Za nadaljevanje ga nastavite na strani svojega računa.
error-storage-full = Dokumenta ni bilo mogoče shraniti, ker je prostor za shranjevanje na strežniku poln. Nič ni bilo shranjeno; obvestite skrbnika IMI.
error-personal-data-blocked = Osebni podatki v tej zahtevi so v skladu s pravili o hrambi blokirani: ničesar ji ni mogoče dodati.
error-idempotency-key-reused = Ta sprememba je bila že poslana z drugačno vsebino. Znova naložite stran in spremembo vnesite še enkrat.
error-request-in-progress = Ta sprememba je še v obdelavi. Počakajte trenutek in poskusite znova.
error-device-storage-full = V tej napravi ni več prostora za hrambo spremembe do ponovne vzpostavitve povezave. Nič ni bilo shranjeno: sprostite prostor v napravi ali spremembo vnesite, ko boste povezani z omrežjem.
error-too-large-to-keep = Ta dokument je prevelik, da bi ga bilo mogoče hraniti v napravi do ponovne vzpostavitve povezave. Priložite ga, ko boste povezani z omrežjem.
nav-registry = Register
nav-users = Uporabniki
registry-title = Upravljanje registra organov
registry-intro = Registrirajte organe svoje države ali jih uvozite več hkrati iz datoteke CSV. Če želite popraviti podatke organa, ga poiščite z iskanjem in odprite njegov profil.
registry-new = Registriraj organ
registry-import-title = Uvoz iz datoteke CSV
registry-import-help = V vsaki vrstici je en organ, s stolpci, opisanimi v navodilih za uvoz. Če je katera koli vrstica napačna, se ne uvozi nič; ponovni uvoz iste datoteke ničesar ne spremeni.
registry-import-file = Datoteka CSV
registry-import-progress = Potek uvoza
registry-import-done = Uvoz je končan. Novi: { $created }, posodobljeni: { $updated }, nespremenjeni: { $unchanged }.
registry-import-refused = Nič ni bilo uvoženo. Popravite te vrstice in znova uvozite datoteko:
registry-import-line = Vrstica
registry-import-column = Stolpec
registry-import-reason = Težava
form-title-new = Registracija organa
form-title-edit = Urejanje: { $name }
form-errors = Popravite označena polja.
form-name = Naziv v jeziku organa
form-name-language = Jezik naziva
form-other-names = Nazivi v drugih uradnih jezikih
form-other-name = Drug naziv št. { $number }
form-other-name-add = Dodaj naziv v drugem jeziku
form-other-name-remove = Odstrani
form-name-en = Naziv v angleščini
form-city = Kraj
form-level-help = Del države, za katerega je organ pristojen. Če iskanju enako ustreza več organov, je prvi naveden organ na državni ravni.
form-phone-help = V mednarodni obliki, na primer +371 6701 2345.
form-competences-filter = Poiščite pristojnost, ki jo želite dodati
form-administrator = Prvi lokalni skrbnik podatkov
form-administrator-help = Ta oseba prejme povabilo po e-pošti, izbere geslo in nato upravlja uporabnike organa.
form-person-name = Ime in priimek
form-invitation-language = Jezik povabila
form-save = Shrani
form-register = Registriraj
form-cancel = Prekliči
profile-edit = Uredi
authority-send-request = Pošlji zahtevo temu organu
profile-area-coordinator = Koordinator IMI za svoja zakonodajna področja
profile-other-names = Drugi nazivi
profile-registered-by = Registriral/-a
profile-registered-by-value = { $user }, { $authority }
users-title = Uporabniki
users-roles = Vloge
users-active = Aktiven račun
users-pending = Povabilo še ni sprejeto
users-invitation-expired = Povabilo je poteklo
users-resend-invitation = Ponovno pošlji povabilo
toast-invitation-resent = Novo povabilo je bilo poslano; prejšnja povezava ne velja več.
users-inactive = Deaktiviran račun
users-invited-by = Povabil/-a: { $name }
users-may-log-in = Lahko se prijavi
users-invite-title = Povabite sodelavca
users-invite = Pošlji povabilo
toast-invited = Povabilo je bilo poslano.
invitation-title = Dobrodošli v sistemu IMI
invitation-intro = { $name }, povabljeni ste v Informacijski sistem za notranji trg kot uporabnik naslednjega organa: { $authority } ({ $country }). Za aktivacijo računa izberite geslo.
password-help = { $count ->
    [one] Vsaj { $count } znak. Dobro geslo je lahko sestavljeno iz nekaj med seboj nepovezanih besed; pogosta gesla in gesla, ki vsebujejo vaše ime ali e-poštni naslov, niso dovoljena.
    [two] Vsaj { $count } znaka. Dobro geslo je lahko sestavljeno iz nekaj med seboj nepovezanih besed; pogosta gesla in gesla, ki vsebujejo vaše ime ali e-poštni naslov, niso dovoljena.
    [few] Vsaj { $count } znaki. Dobro geslo je lahko sestavljeno iz nekaj med seboj nepovezanih besed; pogosta gesla in gesla, ki vsebujejo vaše ime ali e-poštni naslov, niso dovoljena.
   *[other] Vsaj { $count } znakov. Dobro geslo je lahko sestavljeno iz nekaj med seboj nepovezanih besed; pogosta gesla in gesla, ki vsebujejo vaše ime ali e-poštni naslov, niso dovoljena.
}
invitation-repeat = Ponovite geslo
invitation-mismatch = Gesli se ne ujemata.
invitation-accept = Aktiviraj moj račun
invitation-invalid = Ta povezava do povabila ni znana, je že bila uporabljena ali je potekla. Za novo povabilo se obrnite na lokalnega skrbnika podatkov ali koordinatorja IMI.
field-error-invalid-email = E-poštni naslov ni veljaven.
field-error-invalid-phone = Telefonska številka ni v mednarodni obliki (znak +, ki mu sledijo števke).
field-error-not-yours = Zunaj zakonodajnih področij, ki jih koordinirate.
field-error-taken = To vrednost že uporablja drug račun.
field-error-too-short = Vrednost je prekratka.
field-error-last-administrator = Organ mora imeti vsaj enega aktivnega lokalnega skrbnika podatkov.
field-error-control-character = Vsebuje krmilni znak ali znak, ki spremeni smer besedila. Odstranite ga.
field-error-not-own-country = Izberite organ iz svoje države.
field-error-too-personal = Ne sme vsebovati vašega e-poštnega naslova ali imena.
field-error-too-guessable = Preveč predvidljivo: pogosto geslo ali geslo, zelo podobno pogostemu. Uporabite daljšo besedno zvezo iz med seboj nepovezanih besed.
field-error-wrong-code = Koda je napačna ali je potekla.
field-error-no-setup = Nastavitev ni bila začeta ali je bila zamenjana; začnite znova.
field-error-no-second-factor = Preverjanje v dveh korakih ni vklopljeno.
field-error-required-by-role = Vaše vloge zahtevajo preverjanje v dveh korakih, zato ga ni mogoče izklopiti.
field-error-wrong-password = Geslo je napačno.
field-error-self = Svojega računa ne morete deaktivirati.
field-error-other-country = Spada k drugi državi.
field-error-not-utf8 = Datoteka ni besedilo v kodiranju UTF-8. V programu za preglednice jo shranite v obliki „CSV UTF-8“.
field-error-unreadable = Te vrstice ni mogoče prebrati kot CSV.
field-error-unknown-column = Neznan stolpec.
field-error-missing-column = Manjka obvezen stolpec.
field-error-wrong-column-count = Ta vrstica nima enakega števila celic kot glava.
field-error-too-many-rows = Preveč vrstic: največ 20.000 na datoteko.
field-error-invalid-format = Vrednost ni v pričakovani obliki.
field-error-duplicate-of-line = Enak identifikator kot v vrstici { $line }.
field-error-out-of-range = Vrednost je zunaj dovoljenega razpona.
field-error-out-of-range-between = Vrednost mora biti med { $min } in { $max }.
field-error-invalid-date = Neveljaven datum.
field-error-nonexistent-date = Ta datum ne obstaja.
field-error-invalid-person-name = Neveljavno ime osebe.
field-error-invalid-register-reference = Neveljavna registrska številka.
field-error-unknown-country = Sistem te države ne pozna.
field-error-unknown-placeholder = Sistem te ograde ne pozna.
field-error-unexpected = Ne spada k izbranim vprašanjem.
field-error-line-break = Vrednost mora biti v eni vrstici.
field-error-none-left = V zahtevi mora ostati vsaj eno vprašanje.
field-error-not-a-handler = Ni aktiven obdelovalec zahtev tega organa.
field-error-not-a-coordinator = Ni koordinator.
field-error-not-asked = Ne spada med vprašanja zahteve.
field-error-not-here = Tukaj ni mogoče.
field-error-unterminated = Ograda je odprta, vendar ni zaprta.
field-error-empty-name = Ograda nima imena.
field-error-invalid-name = Ime ograde ni veljavno.
field-error-mismatched-delimiters = Oklepaji se ne ujemajo.
field-error-nested = Ograda je znotraj druge ograde.
field-error-wrong-kind = Ta vrsta odgovora ne ustreza vprašanju.
field-error-no-attachment = K temu vprašanju ni priložen noben dokument.

## Račun: preverjanje v dveh korakih, seje in geslo
login-code = Koda iz aplikacije za preverjanje pristnosti
login-code-intro = Vaš račun uporablja preverjanje v dveh korakih. Vnesite kodo, ki jo aplikacija za preverjanje pristnosti prikazuje zdaj.
login-code-help = Šest števk iz aplikacije ali ena od vaših obnovitvenih kod.
user-account = Vaš račun
account-title = Vaš račun
account-second-factor-title = Preverjanje v dveh korakih
account-second-factor-intro = Po vnosu gesla prijava zahteva še šestmestno kodo iz aplikacije za preverjanje pristnosti v vašem telefonu, na primer FreeOTP, Aegis, Google Authenticator ali Microsoft Authenticator.
account-second-factor-required = Vaše vloge (lokalni skrbnik podatkov ali koordinator IMI) zahtevajo preverjanje v dveh korakih. Za nadaljevanje ga nastavite zdaj.
account-second-factor-on = { $count ->
    [one] Preverjanje v dveh korakih je vklopljeno. Na voljo imate še { $count } obnovitveno kodo.
    [two] Preverjanje v dveh korakih je vklopljeno. Na voljo imate še { $count } obnovitveni kodi.
    [few] Preverjanje v dveh korakih je vklopljeno. Na voljo imate še { $count } obnovitvene kode.
   *[other] Preverjanje v dveh korakih je vklopljeno. Na voljo imate še { $count } obnovitvenih kod.
}
account-second-factor-off = Preverjanje v dveh korakih je izklopljeno.
account-second-factor-start = Nastavi preverjanje v dveh korakih
account-second-factor-scan = To kodo skenirajte z aplikacijo za preverjanje pristnosti ali vanjo vnesite spodnji ključ. Nato vnesite kodo, ki jo prikaže aplikacija.
account-second-factor-qr = Koda QR za dodajanje vašega računa v aplikacijo za preverjanje pristnosti
account-second-factor-key = Ključ
account-second-factor-code = Koda iz aplikacije
account-second-factor-confirm = Vklopi preverjanje v dveh korakih
account-second-factor-disable = Izklopi preverjanje v dveh korakih
account-recovery-title = Obnovitvene kode
account-recovery-intro = Te kode shranite na varno mesto, ločeno od telefona. Če izgubite telefon, se lahko z vsako od njih enkrat prijavite. Prikazane so samo zdaj.
account-recovery-done = Kode sem shranil/-a
account-recovery-renew = Ustvari nove obnovitvene kode
account-sessions-title = Kje ste prijavljeni
account-session-browser = Brskalnik
account-session-address = Naslov IP
account-session-started = Začetek
account-session-ends = Konec veljavnosti
account-session-current = Ta seja
account-session-unknown = Ni znano
account-session-end = Končaj sejo
account-sessions-end-others = Končaj vse druge seje
account-password-title = Geslo
account-password-current = Trenutno geslo
account-password-new = Novo geslo
account-password-repeat = Ponovite novo geslo
account-password-change = Spremeni geslo
toast-second-factor-on = Preverjanje v dveh korakih je vklopljeno.
toast-second-factor-off = Preverjanje v dveh korakih je izklopljeno.
toast-recovery-renewed = Ustvarjene so bile nove obnovitvene kode; stare ne veljajo več.
toast-session-ended = Seja je bila končana.
toast-sessions-ended = Vaše druge seje so bile končane.
toast-password-changed = Geslo je bilo spremenjeno, vaše druge seje pa so bile končane.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistika
## $number je število, zapisano po krajevnih pravilih bralca, $count pa isto število kot številska vrednost
## (za množinsko obliko). $from, $to in $today so datumi; $value, $green in $red so vrednosti,
## že zapisane po krajevnih pravilih bralca (odstotek ali dnevi); $zone je časovni pas
## (UTC); $indicator je ime enega od podatkov statistics-figure-*.
nav-statistics = Statistika
statistics-title = Statistika
statistics-intro = Koliko zahtev se pošlje, kako hitro so sprejete in odgovorjene ter kako organi prosilci ocenjujejo odgovore. Ti podatki ne vsebujejo nobenih oseb, imen ali besedil.
statistics-print = Natisni
statistics-filters = Filtri
statistics-from = Od
statistics-to = Do
statistics-partner = Partnerska država
statistics-direction = Smer
statistics-direction-all = Poslane in prejete
statistics-direction-sent = Poslane
statistics-direction-received = Prejete
statistics-granularity = Časovna enota niza
statistics-granularity-month = Mesec
statistics-granularity-quarter = Četrtletje
statistics-granularity-year = Leto
statistics-whose = Podatki za
statistics-scope-everything = Vse države
statistics-scope-areas = { $country }: vaša področja
statistics-scope-authority = Vaš organ
statistics-your-areas = Vaša zakonodajna področja
statistics-period = Zahteve, poslane od { $from } do { $to }
statistics-as-of = Dnevi so koledarski dnevi v časovnem pasu { $zone }; podatki na dan { $today }.
statistics-volumes-heading = Obseg
statistics-performance-heading = Hitrost in zadovoljstvo
statistics-performance-intro = Hitrost in zadovoljstvo se nanašata na stran, ki odgovarja: upoštevajo se zahteve, poslane tem organom v obdobju. Pri vsakem podatku je navedeno, na koliko zahtevah temelji; podatek, ki temelji na majhnem številu zahtev, se lahko močno spremeni.
statistics-figure-sent = Poslane zahteve
statistics-figure-received = Prejete zahteve
statistics-figure-open-now = Trenutno odprte
statistics-figure-overdue-now = Trenutno s prekoračenim rokom
statistics-figure-accepted-in-time = Sprejete v 7 dneh
statistics-figure-average-days = Povprečno število dni do odgovora
statistics-figure-median-days = Mediana števila dni do odgovora
statistics-figure-by-agreed-date = Odgovorjene v dogovorjenem roku
statistics-figure-within-two-weeks = Odgovorjene v dveh tednih
statistics-figure-negative-timeliness = Negativne ocene pravočasnosti
statistics-figure-negative-effort = Negativne ocene kakovosti odgovora
statistics-what-is-counted = Kaj se šteje
statistics-definition-sent = Zahteve, ki so jih ti organi poslali v obdobju, pri čemer se vsaka šteje na dan, ko je bila poslana. Osnutki se nikoli ne štejejo. Posredovana zahteva se šteje enkrat; zahteva, izločena iz druge zahteve, je samostojna zahteva, poslana na dan izločitve; umaknjena zahteva se še vedno šteje. Dnevi so koledarski dnevi v UTC.
statistics-definition-received = Zahteve, poslane tem organom v obdobju, pri čemer se vsaka šteje na dan, ko je bila poslana. Posredovana zahteva se šteje enkrat, in sicer organu, ki jo ima nazadnje; umaknjena zahteva se še vedno šteje. Dnevi so koledarski dnevi v UTC.
statistics-definition-open-now = Poslane ali prejete zahteve teh organov, ki danes čakajo na sprejem, so sprejete ali čakajo na informacije, ne glede na to, kdaj so bile poslane: ta podatek ni omejen na obdobje.
statistics-definition-overdue-now = Tiste od trenutno odprtih zahtev, pri katerih je dogovorjeni rok na današnji dan že potekel (koledarski dnevi v UTC). Tudi ta podatek ni omejen na obdobje.
statistics-definition-accepted-in-time = Med prejetimi zahtevami, ki so bile sprejete ali ki že več kot 7 dni čakajo na sprejem, delež zahtev, sprejetih najpozneje 7 koledarskih dni po prejemu. Šteje se, da je zahteva prejeta na dan, ko je bila poslana, ali, če je bila posredovana, na dan zadnjega posredovanja, tako da se organu ne pripišejo dnevi, ko jo je imel drug organ. Umaknjena zahteva se šteje le, če je bila sprejeta. Dnevi so koledarski dnevi v UTC.
statistics-definition-average-days = Povprečno število koledarskih dni (UTC) od prejema (dan pošiljanja ali zadnjega posredovanja) do prvega odgovora, izračunano za prejete zahteve, na katere je bilo odgovorjeno. Če je bilo po odgovoru zaprošeno za pojasnilo, se še vedno upošteva prvi odgovor.
statistics-definition-median-days = Srednja vrednost istih števil dni od prejema do prvega odgovora: polovica odgovorov je trajala toliko ali manj. Pri sodem številu odgovorov se upošteva nižja od obeh srednjih vrednosti.
statistics-definition-by-agreed-date = Med odgovorjenimi zahtevami z dogovorjenim rokom delež tistih, na katere je bil prvi odgovor dan na zadnji dan roka ali prej (koledarski dnevi v UTC).
statistics-definition-within-two-weeks = Med odgovorjenimi zahtevami delež tistih, na katere je bil prvi odgovor dan najpozneje 14 koledarskih dni (UTC) po prejemu (dan pošiljanja ali zadnjega posredovanja).
statistics-definition-negative-timeliness = Med prejetimi zahtevami, ki jih je organ prosilec ocenil ob zaprtju, delež tistih, pri katerih je odgovor ocenil negativno glede pravočasnosti.
statistics-definition-negative-effort = Med prejetimi zahtevami, ki jih je organ prosilec ocenil ob zaprtju, delež tistih, pri katerih je odgovor ocenil negativno glede kakovosti.
statistics-no-figure = Ni zahtev
statistics-based-on = { $count ->
    [one] Na podlagi { $number } zahteve
    [two] Na podlagi { $number } zahtev
    [few] Na podlagi { $number } zahtev
   *[other] Na podlagi { $number } zahtev
}
statistics-eea = EGP
statistics-eea-value = EGP: { $value }
statistics-band-green = Dobro
statistics-band-yellow = Za spremljanje
statistics-band-red = Slabo
statistics-legend-title = Mejne vrednosti razredov
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: dobro od { $green }, slabo pod { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: dobro pod { $green }, slabo nad { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: dobro od { $green }, slabo pod { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: dobro pod { $green }, slabo od { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: dobro pod { $green }, slabo od { $red }.
statistics-quarter = { $quarter }. četrtletje { $year }
statistics-quarter-short = { $quarter }. čet.
statistics-charts-heading = Gibanje skozi čas
statistics-volumes-title = Poslane in prejete zahteve
statistics-acceptance-title = Delež zahtev, sprejetih v 7 dneh
statistics-days-title = Povprečno število dni do odgovora
statistics-axis-requests = Zahteve
statistics-axis-share = Delež
statistics-axis-days = Dnevi
statistics-show-table = Prikaži kot preglednico
statistics-tables-heading = Razčlenitve
statistics-column-period = Obdobje
statistics-column-sent = Poslane
statistics-column-received = Prejete
statistics-column-based-on = Osnova (število zahtev)
statistics-column-area = Zakonodajno področje
statistics-column-partner = Partnerska država
statistics-column-country = Država
statistics-column-from-to = Iz države (vrstice) v državo (stolpci)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Zahteve po zakonodajnih področjih
statistics-by-partner-title = Zahteve po partnerskih državah
statistics-by-partner-intro = Partnerska država je država na drugi strani: pri poslani zahtevi zaprošena država, pri prejeti zahtevi država prosilka.
statistics-exchanges-title = Zahteve med državami
statistics-exchanges-intro = Vsaka vrstica je država prosilka, vsak stolpec zaprošena država; navedene so samo države z zahtevami v obdobju.
statistics-scoreboard-title = Pregled stanja zaprošenih držav
statistics-scoreboard-intro = Kazalniki vsake države kot zaprošene strani za zahteve, ki jih je prejela v obdobju, z razredi glede na zgornje mejne vrednosti.
statistics-csv = Prenesi v obliki CSV
statistics-csv-failed = Ta brskalnik ni mogel ustvariti datoteke.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: razred
statistics-csv-based-on = { $indicator }: osnova (število zahtev)
statistics-empty-title = V tem obdobju ni zahtev
statistics-empty-body = V tem obdobju ni bila poslana nobena zahteva, ki ustreza tem filtrom. Izberite daljše obdobje ali manj filtrov.
statistics-error-before-start = Ne sme biti pred prvim dnem obdobja.
statistics-error-too-long = { $count ->
    [one] Obdobje je lahko dolgo največ { $days } dan.
    [two] Obdobje je lahko dolgo največ { $days } dneva.
    [few] Obdobje je lahko dolgo največ { $days } dni.
   *[other] Obdobje je lahko dolgo največ { $days } dni.
}

## Opozorila: en organ opozori mnoge

role-alert_coordinator = Koordinator opozoril
field-error-before-start = Ne sme biti pred datumom, od katerega velja odločitev.
alert-state-draft = Osnutek
alert-state-awaiting-approval = Čaka na odobritev koordinatorja opozoril
alert-state-sent = Poslano
alert-state-closure-proposed = Predlagano zaprtje
alert-state-closed = Zaprto
alert-state-withdrawn = Umaknjeno
alert-action-edit = Uredi
alert-action-delete = Izbriši osnutek
alert-action-send = Pošlji opozorilo
alert-action-approve = Odobri in pošlji
alert-action-reject = Vrni pošiljatelju
alert-action-acknowledge = Potrdi prejem za državo
alert-action-pass-on = Posreduj organom
alert-action-acknowledge-receipt = Potrdi prejem
alert-action-modify = Spremeni
alert-action-withdraw = Umakni
alert-action-propose-closure = Predlagaj zaprtje
alert-action-reject-closure = Ohrani opozorilo odprto
alert-action-close = Zapri opozorilo
alert-event-created = Ustvarjen osnutek
alert-event-submitted = Predloženo v odobritev
alert-event-approved = Koordinator opozoril je odobril opozorilo
alert-event-rejected = Vrnjeno pošiljatelju
alert-event-sent = Opozorilo poslano
alert-event-acknowledged = Koordinator opozoril je potrdil prejem za državo
alert-event-passed-on = Posredovano pristojnim organom
alert-event-receipt-acknowledged = Organ je potrdil prejem
alert-event-modified = Opozorilo spremenjeno
alert-event-withdrawn = Opozorilo umaknjeno
alert-event-withdrawn-wrong = Opozorilo umaknjeno, ker se je izkazalo za neutemeljeno
alert-event-closure-proposed = Predlagano zaprtje
alert-event-closure-rejected = Opozorilo ostaja odprto
alert-event-closed = Opozorilo zaprto
alert-event-end-reminder = Odločitev ne velja več: zaprite ali umaknite opozorilo
alert-event-late-reminder = Prekoračen rok: odločitev je prenehala veljati pred več kot tremi dnevi, opozorilo pa je še vedno odprto
email-alert-subject = Opozorilo št. { $number }: { $event }
email-alert-body = Spoštovani/-a { $name },

    organ { $authority } je izvedel dejanje v zvezi z opozorilom št. { $number } ({ $kind }): { $event }.

    Opozorilo odprete tukaj: { $link }

    To sporočilo je poslal Informacijski sistem za notranji trg. Prosimo, da nanj ne odgovarjate.

alert-delivery-received = Prejeto, prejem še ni potrjen
alert-delivery-acknowledged = Prejem potrjen
alert-delivery-passed-on = Posredovano pristojnim organom
alert-box-drafts = Osnutki opozoril
alert-box-sent = Poslana opozorila
alert-box-to-approve = Opozorila za odobritev
alert-box-to-acknowledge = Opozorila za potrditev prejema
alert-box-received = Prejeta opozorila

## Alerts: the pages

nav-alerts = Opozorila
alerts-title = Opozorila
alerts-intro = Opozorila obveščajo pristojne organe drugih držav o strokovnjaku ali ponudniku storitev: o prepovedi ali omejitvi opravljanja dejavnosti, ponarejeni diplomi, nevarnosti za zdravje, varnost ali okolje.
alerts-boxes = Seznami opozoril
alerts-new = Novo opozorilo
alerts-check-link = Preveri strokovnjaka
alerts-in-force = Veljavna opozorila
alerts-unread = Neprebrane posodobitve opozoril
# Bralniki zaslona to preberejo, ko se poveča število neprebranih posodobitev opozoril.
live-alert-news = { $count ->
    [one] { $count } neprebrana posodobitev opozoril
    [two] { $count } neprebrani posodobitvi opozoril
    [few] { $count } neprebrane posodobitve opozoril
   *[other] { $count } neprebranih posodobitev opozoril
}
alerts-empty-title = Ni opozoril
alerts-empty-body = Tukaj so prikazana opozorila, ki prispejo v vašo državo ali do vašega organa, in opozorila, ki jih pošlje vaš organ.
alerts-total = { $count ->
    [one] { $count } opozorilo
    [two] { $count } opozorili
    [few] { $count } opozorila
   *[other] { $count } opozoril
}
alert-title = Opozorilo št. { $number }
alert-title-unknown = Opozorilo
alert-subject-withheld = Osebni podatki niso prikazani
alert-unread = Novosti, odkar ste ga nazadnje odprli
alert-from-country = Država izvora: { $country }
alert-details = Podrobnosti
alert-sender = Organ pošiljatelj
alert-sent-at = Datum pošiljanja
alert-revision-label = Spremembe
alert-revision = { $count ->
    [one] Od pošiljanja spremenjeno enkrat
    [two] Od pošiljanja spremenjeno { $count }-krat
    [few] Od pošiljanja spremenjeno { $count }-krat
   *[other] Od pošiljanja spremenjeno { $count }-krat
}
alert-personal-hidden = Osebni podatki tega opozorila so prikazani samo pošiljatelju, koordinatorjem opozoril in organom, ki jim je bilo opozorilo posredovano.
alert-comment = Komentar
alert-comment-help = Za prejemnike: kaj morajo vedeti poleg podatkov v zgornjih poljih. Pišite v svojem jeziku; vsak bralec si lahko besedilo da strojno prevesti.
alert-late-reason = Razlog za zamudo pri pošiljanju opozorila
alert-proved-wrong = To opozorilo je bilo umaknjeno, ker se je izkazalo za neutemeljeno.
alert-due-left = { $days ->
    [0] Rok poteče danes: opozorilo je treba poslati v 3 dneh od odločitve.
    [one] Za pošiljanje tega opozorila imate še { $days } dan.
    [two] Za pošiljanje tega opozorila imate še { $days } dneva.
    [few] Za pošiljanje tega opozorila imate še { $days } dni.
   *[other] Za pošiljanje tega opozorila imate še { $days } dni.
}
alert-due-late = { $days ->
    [one] Rok je prekoračen za { $days } dan: navedite, zakaj je opozorilo poslano z zamudo.
    [two] Rok je prekoračen za { $days } dneva: navedite, zakaj je opozorilo poslano z zamudo.
    [few] Rok je prekoračen za { $days } dni: navedite, zakaj je opozorilo poslano z zamudo.
   *[other] Rok je prekoračen za { $days } dni: navedite, zakaj je opozorilo poslano z zamudo.
}
alert-actions = Razpoložljiva dejanja
alert-note = Razlog
alert-note-help = Obvezno za vrnitev ali umik opozorila ali za predlog zaprtja; preberejo ga vsi prejemniki.
alert-note-missing = Najprej navedite razlog.
alert-withdraw-proved-wrong = Opozorilo se je izkazalo za neutemeljeno: o tem obvesti vse prejemnike
alert-conflict = { $error } Trenutno stanje opozorila: { $state }.
alert-deliveries = Prejemniki
alert-deliveries-summary = { $count ->
    [one] Prejem potrjen: { $acknowledged } od { $count } države.
    [two] Prejem potrjen: { $acknowledged } od { $count } držav.
    [few] Prejem potrjen: { $acknowledged } od { $count } držav.
   *[other] Prejem potrjen: { $acknowledged } od { $count } držav.
}
alert-column-country = Država
alert-column-delivery = Koordinator opozoril
alert-column-authorities = Pristojni organi
alert-received-at = prejeto { $date }
alert-acknowledged-at = prejem potrjen { $date }
alert-not-acknowledged = prejem še ni potrjen
alert-read-at = prebrano { $date }
alert-not-read = še ni prebrano
alert-no-recipients = Še ni posredovano
alert-timeline = Zgodovina
alert-event-for-country = za državo { $country }
alert-pass-on-title = Posreduj pristojnim organom
alert-pass-on-help = Register predlaga organe vaše države, ki so pristojni za ta poklic ali dejavnost. Odznačite organe, ki opozorila ne bi smeli prejeti, ali dodajte druge.
alert-pass-on-none = Register ne pozna nobenega organa vaše države, ki bi bil pristojen za ta poklic ali dejavnost. Dodajte organe, ki naj prejmejo opozorilo.
alert-pass-on-already = (opozorilo je že prejel)
alert-pass-on-add = Dodaj drug organ
alert-pass-on-own-country = Opozorila je mogoče posredovati samo organom iz vaše države.
alert-pass-on-submit = { $count ->
    [one] Posreduj { $count } organu
    [two] Posreduj { $count } organoma
    [few] Posreduj { $count } organom
   *[other] Posreduj { $count } organom
}
alert-compose-title = Novo opozorilo
alert-draft-title = Osnutek opozorila št. { $number }
alert-modify-title = Sprememba opozorila št. { $number }
alert-step-kind = Vrsta opozorila
alert-step-fields = Podrobnosti
alert-step-countries = Države
alert-step-review = Komentar in pošiljanje
alert-kind-legal-basis = Pravna podlaga: { $basis }
alert-choose-kind-first = Najprej izberite vrsto opozorila.
alert-field-required = { $label } (obvezno)
alert-choose = Izberi…
alert-countries-all = To opozorilo prejmejo koordinatorji opozoril vseh 30 držav EGP.
alert-countries-choose = Izberite države, v katerih ponudnik opravlja dejavnost ali v katerih lahko nastane tveganje.
alert-countries-always = Država sedeža ({ $country }) prejme to opozorilo v vsakem primeru.
alert-countries-none = Izbrana ni še nobena država.
alert-goes-to = Države prejemnice: { $countries }
alert-approval-note = Opozorila iz vaše države pred pošiljanjem odobri njen koordinator opozoril.
alert-modify-note = Vsi prejemniki so obveščeni, da je bilo opozorilo spremenjeno.
alert-problems = Treba je še dopolniti
alert-incomplete = Opozorilo še ni popolno. Manjkajoči deli so označeni.
alert-save-draft = Shrani osnutek
alert-save-modification = Shrani spremembo
alert-submit = Predloži v odobritev
alert-check-title = Ali sme ta strokovnjak opravljati poklic?
alert-check-intro = Po imenu poiščite veljavna opozorila o poklicnih kvalifikacijah, ki so prispela v vašo državo ali do vašega organa. Razlike v diakritičnih znamenjih in ena tipkarska napaka se ne upoštevajo. Najdeno opozorilo pomeni, da v njegovi državi velja prepoved ali omejitev; če opozorilo ni najdeno, to ni dokaz, da strokovnjak sme opravljati poklic brez omejitev.
alert-check-name = Ime strokovnjaka
alert-check-profession = Poklic
alert-check-any-profession = Vsi poklici
alert-check-submit = Išči opozorila
alert-check-none = Za ime { $name } ni veljavnega opozorila.
alert-check-found = { $count ->
    [one] Najdeno je { $count } veljavno opozorilo
    [two] Najdeni sta { $count } veljavni opozorili
    [few] Najdena so { $count } veljavna opozorila
   *[other] Najdenih je { $count } veljavnih opozoril
}
toast-alert-saved = Osnutek je bil shranjen.
toast-alert-sent = Opozorilo je bilo poslano.
toast-alert-submitted = Opozorilo je bilo predloženo v odobritev.
toast-alert-modified = Opozorilo je bilo spremenjeno; prejemniki so obveščeni.
toast-alert-deleted = Osnutek je bil izbrisan.
toast-alert-passed-on = Opozorilo je bilo posredovano.
toast-alert-done = Opravljeno: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Niste povezani z omrežjem. Zahteve, ki ste jih odprli, ostanejo na voljo za branje; odgovori, sporočila in dokumenti, ki jih dodate, se hranijo v tej napravi in se pošljejo, ko se povezava znova vzpostavi.
update-ready = Nova različica sistema je pripravljena.
update-reload = Naloži novo različico

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] { $count } sprememba, narejena brez povezave, čaka na pošiljanje.
    [two] { $count } spremembi, narejeni brez povezave, čakata na pošiljanje.
    [few] { $count } spremembe, narejene brez povezave, čakajo na pošiljanje.
   *[other] { $count } sprememb, narejenih brez povezave, čaka na pošiljanje.
}
queue-sending = Pošiljanje sprememb, narejenih brez povezave…
queue-attention = { $count ->
    [one] { $count } sprememba, narejena brez povezave, ni bila poslana in zahteva vašo odločitev.
    [two] { $count } spremembi, narejeni brez povezave, nista bili poslani in zahtevata vašo odločitev.
    [few] { $count } spremembe, narejene brez povezave, niso bile poslane in zahtevajo vašo odločitev.
   *[other] { $count } sprememb, narejenih brez povezave, ni bilo poslanih in zahteva vašo odločitev.
}
queue-title = Čaka na pošiljanje
queue-intro = Te spremembe so bile narejene brez povezave in se hranijo v tej napravi. Pošljejo se po vrsti takoj, ko se povezava znova vzpostavi.
queue-kind-answers = Odgovori (shranjeni, niso poslani organu prosilcu)
queue-kind-answer = Odgovori, ki jih je treba poslati organu prosilcu
queue-kind-message = Sporočilo
queue-kind-document = Dokument „{ $name }“ ({ $size } kB)
queue-made-at = Napisano { $time }
queue-status-waiting = Čakanje na povezavo.
queue-status-conflict = Ni poslano: zahteva se je spremenila, potem ko ste to napisali, in je zdaj v stanju „{ $state }“. V zgodovini spodaj si oglejte, kaj se je spremenilo, nato spremembo vseeno pošljite ali jo zavrzite.
queue-status-refused = Ni poslano: { $error }
queue-send-anyway = Vseeno pošlji
queue-edit = Uredi
queue-discard = Zavrzi
queue-discard-confirm = Želite zavreči to spremembo? Kar ste napisali, bo izbrisano iz te naprave.
queue-logout-confirm = { $count ->
    [one] { $count } sprememba, narejena brez povezave, še ni bila poslana. Z odjavo bo izbrisana iz te naprave. Se želite vseeno odjaviti?
    [two] { $count } spremembi, narejeni brez povezave, še nista bili poslani. Z odjavo bosta izbrisani iz te naprave. Se želite vseeno odjaviti?
    [few] { $count } spremembe, narejene brez povezave, še niso bile poslane. Z odjavo bodo izbrisane iz te naprave. Se želite vseeno odjaviti?
   *[other] { $count } sprememb, narejenih brez povezave, še ni bilo poslanih. Z odjavo bodo izbrisane iz te naprave. Se želite vseeno odjaviti?
}
toast-queued = Ni povezave: sprememba se hrani v tej napravi in bo poslana, ko se povezava znova vzpostavi.
toast-queue-sent = { $count ->
    [one] Poslana je bila { $count } sprememba, narejena brez povezave.
    [two] Poslani sta bili { $count } spremembi, narejeni brez povezave.
    [few] Poslane so bile { $count } spremembe, narejene brez povezave.
   *[other] Poslanih je bilo { $count } sprememb, narejenih brez povezave.
}

## Pregledi na kraju samem: vrsta zahteve in zapisnik o pregledu s podpisi navzočih oseb
compose-kind-label = Kaj zahtevate?
request-kind-information = Informacije
request-kind-information-help = Drugi organ odgovori na vaša vprašanja na podlagi svojih evidenc in spisov.
request-kind-inspection = Pregled na kraju samem
request-kind-inspection-help = Drugi organ pregleda zadevne prostore, opremo ali kraj opravljanja dejavnosti in poroča o svojih ugotovitvah, skupaj s fotografijami in podpisi navzočih oseb.
request-checklist = { $count ->
    [one] Kontrolni seznam: { $count } točka
    [two] Kontrolni seznam: { $count } točki
    [few] Kontrolni seznam: { $count } točke
   *[other] Kontrolni seznam: { $count } točk
}
inspection-title = Zapisnik o pregledu
inspection-help = Pregled beležite sproti, ko ga opravljate: odgovorite na vprašanja s kontrolnega seznama zgoraj, priložite fotografije kot dokumente, nato vpišite dan in kraj ter naj se tukaj podpiše vsaka navzoča oseba. Odgovor lahko pošljete, ko se podpišete tudi sami.
inspection-pending = Zapisnik o pregledu bo prikazan tukaj skupaj z odgovorom.
inspection-inspected-on = Dan pregleda
inspection-place = Kraj pregleda
inspection-place-help = Naslov ter kraj dejavnosti ali prostori (na primer: gradbišče, vrata 2).
inspection-present = Navzoče osebe
inspection-signer-name = Ime in priimek
inspection-signer-role = Vloga pri pregledu
inspection-signer-refused = Odklonil/-a podpis
inspection-signer-unnamed = navzoča oseba
inspection-signer-unsigned = Del zapisnika postane šele, ko se oseba podpiše ali odkloni podpis.
inspection-signer-add = Dodaj navzočo osebo
inspection-signer-remove = Odstrani to osebo
inspection-signature-of = Podpis: { $name }
inspection-signature-clear = Počisti podpis
inspection-signature-needed = Pred pošiljanjem odgovora je potreben podpis inšpektorja.
inspection-refused-to-sign = Oseba je odklonila podpis.
signer-role-inspector = Inšpektor
signer-role-provider-representative = Zastopnik ponudnika ali delodajalca
signer-role-worker = Delavec
signer-role-witness = Priča
queue-kind-report = Zapisnik o pregledu (shranjen, ni poslan organu prosilcu)
