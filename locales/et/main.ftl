# Eesti keel.

## Rakendus
app-name = Siseturu infosüsteem
app-short-name = IMI
app-tagline = Euroopa Majanduspiirkonna pädevate asutuste halduskoostöö
skip-to-content = Liigu põhisisu juurde
loading = Laadimine…

## Navigeerimine ja kasutajamenüü
nav-label = Põhinavigeerimine
nav-inbox = Postkast
language-label = Keel
user-signed-in-as = Sisse logitud: { $name }, { $authority }
organisation-commission = Euroopa Komisjon
logout = Logi välja
toast-dismiss = Sulge
toast-logged-out = Olete välja logitud.

## Sisselogimise leht
login-title = Sisselogimine
login-intro = Kasutage kontot, mille on teile loonud teie asutuse administraator või teie riigi IMI koordinaator.
login-email = E-posti aadress
login-password = Parool
login-submit = Logi sisse
login-submitting = Sisselogimine…
field-required = See väli on kohustuslik.

## Postkast
inbox-title = Postkast
inbox-empty-title = Päringuid veel ei ole

## Olematud lehed
not-found-title = Lehte ei leitud
not-found-body = Aadress, mida järgisite, ei vii ühelegi selle süsteemi lehele.
not-found-home = Mine postkasti

## Rollid
roles-label = Teie rollid
role-request_handler = Päringute menetleja
role-allocator = Päringute jaotaja
role-local_administrator = Kohalik andmehaldur
role-coordinator = IMI koordinaator
role-commission_observer = Komisjoni vaatleja

## Serveri veateated koodi järgi
error-internal-error = Serveris tekkis viga. Palun proovige uuesti; kui probleem püsib, pöörduge oma administraatori poole.
error-database-unavailable = Süsteemi andmebaas ei ole praegu kättesaadav. Palun proovige mõne minuti pärast uuesti.
error-not-found = Soovitud objekti ei ole olemas või teil puudub sellele juurdepääs.
error-method-not-allowed = See toiming ei ole siin võimalik.
error-unauthenticated = Teie seanss on lõppenud. Palun logige uuesti sisse.
error-forbidden = Teil ei ole selle toimingu tegemiseks vajalikke õigusi.
error-invalid-credentials = E-posti aadress või parool on vale.
error-too-many-attempts = { $seconds ->
    [one] Liiga palju ebaõnnestunud katseid. Palun oodake { $seconds } sekund, enne kui uuesti proovite.
   *[other] Liiga palju ebaõnnestunud katseid. Palun oodake { $seconds } sekundit, enne kui uuesti proovite.
}
error-malformed-json = Server ei suutnud saadetud andmeid lugeda. Palun laadige leht uuesti ja proovige veel kord.
error-unsupported-media-type = Server ei võta selles vormingus andmeid vastu.
error-payload-too-large = Saadetud andmete maht ületab serveri lubatud piiri.
error-validation-failed = Mõned väljad ei ole õigesti täidetud. Palun kontrollige märgitud välju.
error-network-error = Serveriga ei saa ühendust. Kontrollige oma võrguühendust ja proovige uuesti.
error-invalid-transition = See toiming ei ole päringu praeguses olekus võimalik. Palun laadige leht uuesti, et näha, mida saab praegu teha.
error-translation-not-configured = Masintõlge ei ole selles süsteemis kättesaadav.
error-translation-failed = Masintõlketeenus ei vastanud. Palun proovige hiljem uuesti.

## Kohatäidete väärtused (shared::placeholder::PlaceholderErrorCode)
## $label on kohatäite nimetus lugeja keeles; $max ja $length on märkide arvud.
placeholder-error-missing = Sisestage välja „{ $label }“ väärtus.
placeholder-error-empty = Väli „{ $label }“ ei tohi olla tühi.
placeholder-error-too-long = { $max ->
    [one] Välja „{ $label }“ väärtuses võib olla kõige rohkem { $max } märk; praegu on selles { $length }.
   *[other] Välja „{ $label }“ väärtuses võib olla kõige rohkem { $max } märki; praegu on selles { $length }.
}
placeholder-error-control-character = Väli „{ $label }“ sisaldab nähtamatut juhtmärki. Palun sisestage väärtus uuesti.
placeholder-error-line-break = Välja „{ $label }“ väärtus peab mahtuma ühele reale.
placeholder-error-invalid-date = Sisestage väljale „{ $label }“ kuupäev kujul aaaa-kk-pp, näiteks 2025-03-31.
placeholder-error-nonexistent-date = Väljale „{ $label }“ sisestatud kuupäeva ei ole kalendris olemas.
placeholder-error-unknown-country = Valige väljal „{ $label }“ mõni Euroopa Majanduspiirkonna riik.
placeholder-error-invalid-email = Välja „{ $label }“ väärtus ei ole kehtiv e-posti aadress.
placeholder-error-invalid-person-name = Välja „{ $label }“ väärtus peab olema isikunimi: tähed, ilma numbriteta.
placeholder-error-invalid-register-reference = Välja „{ $label }“ väärtuses võivad olla ainult tähed, numbrid, tühikud ja märgid - . /
placeholder-error-unexpected = Väärtus on antud väljale, mida ükski valitud küsimus ei kasuta.
placeholder-error-unknown-placeholder = Küsimuses on kasutatud tundmatut välja. Palun teavitage oma IMI koordinaatorit.

## Küsimuste mallid (shared::placeholder::TemplateErrorCode)
## $position on märgi järjekorranumber alates 1-st; $name on kohatäite nimi nii, nagu see on kirjutatud.
template-error-unterminated = Kohatäide, mis algab { $position }. märgist, ei ole suletud.
template-error-empty-name = Kohatäitel, mis asub { $position }. märgi kohal, puudub nimi.
template-error-invalid-name = „{ $name }“ ({ $position }. märk) ei ole lubatud kohatäite nimi: see peab algama tähega, millele järgnevad tähed, numbrid või „_“.
template-error-mismatched-delimiters = Kohatäide { $position }. märgi kohal on avatud ühte tüüpi ja suletud teist tüüpi suluga.
template-error-nested = Kohatäide { $position }. märgi kohal sisaldab teist kohatäidet.
template-error-unknown-placeholder = „{ $name }“ ({ $position }. märk) on tundmatu kohatäide.

## Päringu olekud (shared::lifecycle::RequestState)
request-state-draft = Mustand
request-state-awaiting-acceptance = Ootab vastuvõtmist
request-state-accepted = Vastu võetud
request-state-info-requested = Lisateavet küsitud
request-state-answered = Vastatud
request-state-closed = Suletud
request-state-withdrawn = Tagasi võetud

## Toimingud päringuga (shared::lifecycle::ActionKind)
request-action-create = Uus päring
request-action-edit = Muuda
request-action-delete = Kustuta mustand
request-action-send = Saada
request-action-withdraw = Võta tagasi
request-action-accept = Võta vastu
request-action-forward = Edasta
request-action-request-info = Küsi lisateavet
request-action-provide-info = Esita teave
request-action-answer = Vasta
request-action-split-off = Eralda küsimused
request-action-request-clarification = Palu täpsustust
request-action-close = Võta vastus vastu ja sulge päring

## Vastuse hinnang (shared::lifecycle::Rating)
rating-positive = Hea
rating-neutral = Rahuldav
rating-negative = Mitterahuldav

## Küsimuste kontroll (leht küsimuste mallide koostamiseks ja proovimiseks)
nav-question-check = Küsimuste kontroll
question-check-title = Küsimuse kontrollimine
question-check-intro = Kirjutage küsimus nii, nagu see päringus kuvatakse, kasutades kohatäiteid nende andmete jaoks, mille sisestab päringu esitaja, ning proovige seda väärtustega. Siin kehtivad samad reeglid nagu päringu saatmisel.
question-check-template = Küsimuse tekst
question-check-template-help = Kirjutage iga kohatäide kujul {"${"}Nimi{"}"}, näiteks {"${"}SPBusinessName{"}"}. Kasutatavad kohatäited: { $names }.
question-check-values = Väärtused
question-check-no-placeholders = Selles küsimuses ei ole kohatäiteid.
question-check-preview = Eelvaade
question-check-submit = Kontrolli serveris
question-check-accepted = Server kiidab selle küsimuse ja selle väärtused heaks.

## Küsimuste kataloog
nav-catalogue = Küsimused
catalogue-title = Küsimuste kataloog
catalogue-intro = Eelnevalt tõlgitud küsimused, mida saab päringusse lisada. Teine asutus loeb igaüht neist oma keeles; kohatäited täidab päringu esitaja.
catalogue-area-label = Õigusvaldkond
catalogue-count = { $count ->
    [one] { $count } küsimus
   *[other] { $count } küsimust
}
area-services = Teenused
area-professional_qualifications = Kutsekvalifikatsioonid
area-posting_of_workers = Töötajate lähetamine
area-ecommerce = Elektrooniline kaubandus
answer-type-yes_no = Jah või ei
answer-type-date = Kuupäev
answer-type-free_text = Vaba tekst
answer-type-document = Dokument
answer-type-choice = Valik loendist
answer-type-measurement = Mõõdetud väärtus

## Asutuste otsing
nav-authorities = Asutused
authorities-title = Asutuse otsing
authorities-intro = Otsige mis tahes keeles nime, lühendi, linna või pädevuse järgi, näiteks kutseala või tegevusala järgi. Pädevusi otsitakse kõigis süsteemi keeltes.
authorities-search-label = Nimi, linn või pädevus
authorities-country-label = Riik
authorities-any-country = Kõik riigid
authorities-any-area = Kõik valdkonnad
authorities-results = { $count ->
    [one] Leiti { $count } asutus
   *[other] Leiti { $count } asutust
}
authorities-no-results = Sellele otsingule ei vasta ükski asutus.
## $country on riigi nimi lugeja keeles; $label kutseala või tegevusala nimetus.
search-country-from-query = Teie otsingus nimetatud riik: { $country }. Kuvatakse ainult selle riigi asutused.
search-none-declared = { $country }: ükski asutus ei ole märkinud oma pädevuseks „{ $label }“.
search-none-declared-anywhere = Ükski asutus ei ole märkinud oma pädevuseks „{ $label }“.
search-ask-coordinator = Riiklik IMI koordinaator ({ $country }) oskab teile öelda, milline asutus on pädev:
authorities-match-name = Vastab nimele
authorities-match-acronym = Vastab lühendile
authorities-match-city = Vastab linnale
authorities-match-competence = Pädevus: { $label }
authorities-pages = Tulemuste lehed
authorities-previous = Eelmine
authorities-next = Järgmine
authorities-page = Leht { $page } / { $pages }
profile-back = Tagasi otsingusse
profile-country = Riik
profile-acronym = Lühend
profile-level = Territoriaalne pädevus
level-national = Riiklik
level-regional = Piirkondlik
level-local = Kohalik
profile-address = Aadress
profile-email = E-post
profile-phone = Telefon
profile-role = Roll süsteemis
profile-coordinator = Riiklik IMI koordinaator
profile-areas = Õigusvaldkonnad
profile-competences = Pädevus

## Euroopa Majanduspiirkonna riigid
country-AT = Austria
country-BE = Belgia
country-BG = Bulgaaria
country-HR = Horvaatia
country-CY = Küpros
country-CZ = Tšehhi
country-DK = Taani
country-EE = Eesti
country-FI = Soome
country-FR = Prantsusmaa
country-DE = Saksamaa
country-GR = Kreeka
country-HU = Ungari
country-IE = Iirimaa
country-IT = Itaalia
country-LV = Läti
country-LT = Leedu
country-LU = Luksemburg
country-MT = Malta
country-NL = Madalmaad
country-PL = Poola
country-PT = Portugal
country-RO = Rumeenia
country-SK = Slovakkia
country-SI = Sloveenia
country-ES = Hispaania
country-SE = Rootsi
country-IS = Island
country-LI = Liechtenstein
country-NO = Norra

## Postkast: päringute loendid
inbox-empty-body-box = Siin kuvatakse teie asutuse päringud, mis vastavad nendele filtritele.
inbox-new-request = Uus päring
inbox-boxes = Päringute loendid
inbox-total = { $count ->
    [one] Üks päring
   *[other] { $count } päringut
}
inbox-deadline = Tähtaeg { $date }
inbox-number-label = Päringu number
inbox-sort-label = Järjestus
inbox-sort-updated-desc = Viimati muudetud eespool
inbox-sort-updated-asc = Kõige varem muudetud eespool
inbox-sort-deadline-asc = Varaseim tähtaeg eespool
inbox-sort-number-desc = Uusim number eespool
box-to-accept = Vastuvõtmiseks
box-to-answer = Vastamiseks või läbivaatamiseks
box-awaiting = Ootab teise poole tegevust
box-overdue = Tähtaeg ületatud
box-drafts = Mustandid
box-closed = Suletud
box-all = Kõik

## Serveri veateated (jätk)
error-unsupported-file-type = Seda failitüüpi ei võeta vastu. Lisage PDF-fail, pilt või kontoritarkvara dokument.

## Päring
request-title = Päring { $number }
request-title-unknown = Päring
request-overdue = Tähtaeg ületatud
request-from = Saatja
request-to = Saaja
request-created = Loodud
request-requested-date = Vastust palutakse hiljemalt
request-deadline = Kokkulepitud tähtaeg
request-subject = Isik, keda päring puudutab
request-personal-data-hidden = Isikuandmed, kommentaar, sõnumid ja dokumendid kuvatakse pärast seda, kui teie asutus on päringu vastu võtnud.
request-personal-data-coordinator = IMI koordinaatorina saate jälgida päringu käiku. Päringu isikuandmed, kommentaar, sõnumid ja dokumendid on kättesaadavad ainult kahele asjaomasele asutusele.
request-note-hidden = Tekst on peidetud, sest see võib sisaldada isikuandmeid.
request-blocked-on = Isikuandmete blokeerimise kuupäev
request-personal-data-blocked = Säilitamisreeglite kohaselt blokeeriti selle päringu isikuandmed (isik, keda päring puudutab, vaba tekst ja dokumendid) { $date }. Keegi ei saa neid enam näha ja need kustutatakse { $deleted }.
request-personal-data-erased = Säilitamisreeglite kohaselt kustutati selle päringu isikuandmed { $date }. Alles on jäetud ainult päringu põhiandmed: kuupäevad, asutused, olekud ja hinnangud.
personal-data-mark = Isikuandmed
personal-data-legend = See märk tähistab isikuandmeid. Neid näevad ainult päringut menetlevad asutused; pärast päringu lõppemist need säilitamisreeglite kohaselt blokeeritakse ja seejärel kustutatakse.
nav-data-subjects = Andmesubjektid
data-subjects-title = Andmesubjektide taotlused
data-subjects-intro = Kui isik soovib teada, milliseid andmeid teie asutus tema kohta säilitab, leiate siit kõik teie asutuse päringud, mis teda puudutavad, sealhulgas need, mille isikuandmed on blokeeritud, ning saate koostada aruande, millele tal on õigus. Iga otsing ja iga aruanne registreeritakse koos põhjusega.
data-subjects-reason = Põhjus
data-subjects-reason-help = Näiteks isiku taotluse kuupäev ja viitenumber. Põhjus kantakse auditilogisse.
data-subjects-search = Otsi
data-subjects-found = { $count ->
    [one] Leiti üks päring
   *[other] Leiti { $count } päringut
}
data-subjects-none = Ükski teie asutuse päring ei puuduta seda isikut.
data-subjects-include = Lisa aruandesse
data-subjects-side-requesting = Teie asutuse saadetud
data-subjects-side-responding = Teie asutusele saabunud
data-subjects-stage-visible = Isikuandmed nähtavad
data-subjects-stage-blocked = Isikuandmed blokeeritud
data-subjects-stage-deleted = Isikuandmed kustutatud
data-subjects-report-language = Aruande keel
data-subjects-make-report = Koosta aruanne
data-subjects-print = Prindi aruanne
report-title = Teie kohta säilitatavad isikuandmed
report-intro = { $authority } säilitab Teie kohta järgmisi isikuandmeid siseturu infosüsteemis (IMI), mille kaudu Euroopa Majanduspiirkonna asutused vahetavad teavet vastavalt määrusele (EL) nr 1024/2012.
report-made-on = Aruanne koostatud { $date }
report-request = Päring { $number }
report-area = Õigusvaldkond
report-data = Säilitatavad andmed
report-disclosures = Saadetud või saadud
report-disclosure-sent = Saadetud { $date }, saaja: { $authority }
report-disclosure-forwarded = Edastatud { $date }, saaja: { $authority }
report-disclosure-split-off = Osaliselt üle antud { $date }, saaja: { $authority }
report-disclosure-received-from = Saadud { $date }, saatja: { $authority }
report-retention = Blokeerimine ja kustutamine
report-blocked-and-deleted = Blokeerimine { $blocked } (sellest ajast alates ei saa keegi andmeid näha) ja kustutamine { $deleted }.
report-not-ended = Päringu menetlemine on veel pooleli. Selle isikuandmed blokeeritakse { $block } kuu möödumisel päringu lõppemisest ja kustutatakse { $delete } kuu möödumisel päringu lõppemisest.
report-count = { $field }: { $count }
report-field-document = Dokument
report-field-comment = Päringu esitanud asutuse kommentaar
report-field-note = Sõnumid ja kaasa saadetud tekstid
report-field-text-answer = Kirjalikud vastused
report-field-answer-comment = Kommentaarid vastuste kohta
report-field-inspection-present = Kohapealsel kontrollil viibimine
report-empty = Selle asutuse päringutes ei ole Teie kohta isikuandmeid.
timeline-fields = Parandatud väljad: { $fields }
request-rectify = Paranda isikuandmed
request-rectify-title = Paranda andmed isiku kohta, keda päring puudutab
request-rectify-help = Teisele asutusele teatatakse, milliseid välju te parandasite. Varasemaid väärtusi ei säilitata.
request-rectify-save = Salvesta parandus
request-comment = Kommentaar
request-original-language = Originaalkeel: { $language }
request-questions = { $count ->
    [one] Üks küsimus
   *[other] { $count } küsimust
}
request-answer = Vastus
request-answer-comment = Kommentaar vastuse kohta
request-answer-choose = Valige vastus
request-answer-date = Kuupäev
request-answer-measurement = Mõõdetud väärtus ({ $unit })
request-answer-text = Vastuse tekst
request-save-answers = Salvesta vastused
request-send-answer = Saada vastus
request-actions = Võimalikud toimingud
request-propose-days = Või tehke ettepanek muu tähtaja kohta (päevades)
request-accept-proposed = Võta vastu selle tähtajaga
request-note = Kaasa saadetav tekst
request-rating-timeliness = Vastuse õigeaegsus
request-rating-effort = Vastuse kvaliteet
request-rating-choose = Valige hinnang
request-rating-needed = Päringu sulgemiseks hinnake vastuse õigeaegsust ja kvaliteeti.
confirm-irreversible = Seda toimingut ei saa hiljem tagasi pöörata. Kas soovite jätkata?
request-split-choose = Suuna see küsimus teisele asutusele
request-reuse = Alusta selle päringu põhjal uut päringut
request-timeline = Ajalugu
timeline-new = Uus pärast teie muudatust
request-message = Sõnum teisele asutusele
request-message-send = Saada sõnum
timeline-to = Saaja: { $authority }
timeline-split-to = Uus päring nr { $id }
subject-name = Nimi
subject-identifier = Registreerimis- või identifitseerimisnumber
subject-birth-date = Sünniaeg
picker-label = Asutuse otsing (mis tahes keeles)
picker-more = Kuva rohkem
answer-yes = Jah
answer-no = Ei
answer-unknown = Teadmata
answer-date = Kuupäev
answer-text = Kirjalik vastus
answer-measurement = Mõõdetud väärtus
answer-document-attached = Dokument on lisatud
answer-document-not-available = Dokument ei ole kättesaadav
event-created = Mustand loodud
event-sent = Saadetud
event-withdrawn = Tagasi võetud
event-accepted = Vastu võetud
event-forwarded = Edastatud
event-info-requested = Lisateavet küsitud
event-info-provided = Teave esitatud
event-answered = Vastatud
event-split-off = Küsimused eraldatud uude päringusse
event-clarification-requested = Täpsustust palutud
event-closed = Vastus vastu võetud, päring suletud
event-message = Sõnum
event-attachment-added = Dokument lisatud
toast-request-action-send = Päring on saadetud.
toast-request-action-delete = Mustand on kustutatud.
toast-request-action-withdraw = Päring on tagasi võetud.
toast-request-action-accept = Päring on vastu võetud.
toast-request-action-forward = Päring on edastatud.
toast-request-action-request-info = Teie küsimus on saadetud päringu esitanud asutusele.
toast-request-action-provide-info = Teave on saadetud.
toast-request-action-answer = Vastus on saadetud.
toast-request-action-split-off = Küsimused on viidud uude päringusse.
toast-request-action-request-clarification = Teie täpsustamispalve on saadetud.
toast-request-action-close = Päring on suletud.
toast-answers-saved = Teie vastused on salvestatud.

## Päringu koostamine
compose-title = Uus päring
compose-steps = Etapid
compose-step-area = Õigusvaldkond
compose-step-authority = Asutus
compose-step-subject = Asjaomane isik
compose-step-questions = Küsimused
compose-step-details = Kommentaar ja kuupäev
compose-step-review = Ülevaatamine ja saatmine
compose-back = Tagasi
compose-next = Edasi
compose-saved = Mustand nr { $id } on salvestatud
compose-chosen-authority = Valitud: { $name }
compose-subject-help = Asjaomane kutsetöötaja või teenuse osutaja. Päringu saanud asutus näeb neid andmeid alles pärast päringu vastuvõtmist.
compose-comment-help = Kirjutage oma keeles; teine asutus näeb, mis keeles tekst on kirjutatud.
compose-incomplete = Päring ei ole veel täielik. Puuduvad osad on märgitud.
compose-draft-title = Mustand { $number }
compose-questions-filter = Otsi küsimuste hulgast
compose-questions-chosen = Valitud küsimused: { $count }
compose-step-attention = vajab tähelepanu
compose-review-fix = Enne saatmist parandage järgmised puudused:
compose-review-language = Küsimused kuvatakse teie keeles; päringu saanud asutus loeb neid oma keeles.
compose-review-none = Puudub
field-error-missing = Kohustuslik.
field-error-too-long = Liiga pikk.
field-error-not-in-future = Peab olema tänasest hilisem kuupäev.
field-error-in-future = Ei tohi olla tulevikus.
field-error-empty = Ei tohi olla tühi.
field-error-duplicate = Valitud kaks korda.
field-error-unknown = Tundmatu.
field-error-other-area = Kuulub teise õigusvaldkonda.
field-error-area-not-handled = See asutus ei tegele päringu õigusvaldkonnaga.
field-error-not-allowed = Siin ei ole lubatud.
field-error-too-many = Liiga palju.

## Lisatud dokumendid
request-documents = Dokumendid
request-no-documents = Lisatud dokumente ei ole.
request-documents-withheld = Dokumendid on isikuandmed: need on siin peidetud koos selle päringu ülejäänud isikuandmetega.
request-document-size = { $size } kB
upload-label = Lisa dokument
upload-choose = Vali fail…
upload-take-photo = Tee foto
upload-keep-original = Saada fotod originaalsuuruses (vastasel juhul vähendatakse nende suurust kõigepealt selles seadmes)
date-day = Päev
date-month = Kuu
date-year = Aasta
upload-help = PDF-fail, pilt või kontoritarkvara dokument, kuni 20 MB.
upload-question = Küsimus, millele dokument vastab
upload-no-question = Ei ole seotud konkreetse küsimusega
upload-question-number = Küsimus { $number }
upload-progress = Üleslaadimise edenemine

## E-posti teavitused ($event on üks event-* sõnumitest)
email-subject = Päring { $number }: { $event }
email-body = Lugupeetud { $name }!

    { $authority } on päringus { $number } teinud toimingu: { $event }.

    Päringu avamiseks minge aadressile: { $link }

    Selle sõnumi saatis siseturu infosüsteem. Palun ärge sellele vastake.

## Teavitused
notifications-label = Teavitused
notifications-unread = { $count ->
    [one] { $count } lugemata teavitus
   *[other] { $count } lugemata teavitust
}
notifications-empty = Teavitusi ei ole.
notifications-mark-all-read = Märgi kõik loetuks
notification-item = { $number }: { $event }

## Päringute jaotamine ja koordineerimine
request-assigned-to = Määratud menetlejale: { $name }
request-assign-label = Vastutav menetleja
request-unassigned = Määramata
toast-assigned = Vastutav menetleja on muudetud.
toast-saved = Salvestatud.
inbox-allocation-toggle = Päringute jaotaja määrab iga saabunud päringu ühele meie asutuse menetlejale
event-assigned = Määratud menetlejale
event-reminded = Koordinaatori meeldetuletus
event-inactive = Kaks kuud tegevuseta
event-rectified = Isikuandmed parandatud
nav-coordination = Koordineerimine
coordination-title = Tegevuseta päringud
coordination-intro = Teie riigi asutuste päringud, milles ei ole rohkem kui kahe kuu jooksul midagi toimunud. Avage päring, et see edastada, või saatke meeldetuletus asutusele, kelle kord on tegutseda.
coordination-empty = Ükski päring ei ole olnud kaks kuud tegevuseta.
coordination-last-change = Viimane muudatus { $date }
coordination-remind = Saada meeldetuletus
toast-reminded = Meeldetuletus on saadetud.

## Vabateksti masintõlge
request-translate = Tõlgi minu keelde
request-info-asked = { $authority } küsib järgmist teavet:
request-translation-unavailable = See tekst on teises keeles ja masintõlge ei ole selles serveris seadistatud.
request-machine-translation = Masintõlge:

## Ülevaate filtrid
inbox-state-label = Olek
inbox-any-state = Kõik olekud
inbox-from-label = Muudetud alates
inbox-to-label = Muudetud kuni
inbox-assigned-to-me = Ainult mulle määratud päringud

## Registri haldamine (koordinaatorid) ja kasutajate haldamine (kohalikud andmehaldurid)
email-invitation-subject = Teie konto siseturu infosüsteemis (IMI): { $authority }
email-invitation-body = Lugupeetud { $name }!

    { $inviter } on loonud teile siseturu infosüsteemis (IMI) konto järgmise asutuse kasutajana: { $authority }.

    Konto aktiveerimiseks avage järgmine link ja valige endale parool: { $link }

    Linki saab kasutada üks kord ja see kehtib { $days ->
        [one] ühe päeva
       *[other] { $days } päeva
    }. Kui te seda sõnumit ei oodanud, võite selle tähelepanuta jätta.

error-edit-conflict = Keegi teine salvestas selle kirje pärast seda, kui te selle avasite. Laadige leht uuesti, et näha tehtud muudatusi, ning tehke seejärel oma muudatused uuesti.
error-invalid-parameter = Selle lehe aadress ei ole kehtiv. Kontrollige linki või minge tagasi ja proovige uuesti.
error-rate-limited = Seda toimingut tehti alles hiljuti ja seda ei saa veel korrata. Palun proovige hiljem uuesti.
error-second-factor-required = Sisestage kood oma autentimisrakendusest.
error-invalid-second-factor = Kood on vale või aegunud. Sisestage kood, mida rakendus praegu näitab.
error-second-factor-setup-required = Teie rollid nõuavad kaheastmelist autentimist. Jätkamiseks seadistage see oma konto lehel.
error-storage-full = Dokumenti ei õnnestunud salvestada, sest serveri salvestusruum on täis. Midagi ei salvestatud; palun teavitage oma IMI administraatorit.
error-personal-data-blocked = Selle päringu isikuandmed on säilitamisreeglite kohaselt blokeeritud: sellele ei saa midagi lisada.
error-idempotency-key-reused = See muudatus on juba teistsuguse sisuga saadetud. Laadige leht uuesti ja tehke muudatus uuesti.
error-request-in-progress = Seda muudatust alles töödeldakse. Oodake hetk ja proovige uuesti.
error-device-storage-full = Selles seadmes ei ole enam ruumi, et muudatust kuni ühenduse taastumiseni säilitada. Midagi ei säilitatud: vabastage seadmes ruumi või tehke muudatus siis, kui võrguühendus on olemas.
error-too-large-to-keep = See dokument on liiga suur, et seda kuni ühenduse taastumiseni seadmes säilitada. Lisage see siis, kui võrguühendus on olemas.
nav-registry = Register
nav-users = Kasutajad
registry-title = Registri haldamine
registry-intro = Registreerige oma riigi asutused või importige korraga palju asutusi CSV-failist. Asutuse andmete parandamiseks leidke asutus otsingu abil ja avage selle profiil.
registry-new = Registreeri asutus
registry-import-title = Import CSV-failist
registry-import-help = Igal real üks asutus, veergudega, mida on kirjeldatud impordijuhendis. Kui mõni rida on vigane, ei impordita midagi; sama faili uuesti importimine ei muuda midagi.
registry-import-file = CSV-fail
registry-import-progress = Impordi edenemine
registry-import-done = Imporditud: uusi { $created }, uuendatud { $updated }, muutmata { $unchanged }.
registry-import-refused = Midagi ei imporditud. Parandage järgmised read ja importige fail uuesti:
registry-import-line = Rida
registry-import-column = Veerg
registry-import-reason = Probleem
form-title-new = Asutuse registreerimine
form-title-edit = Andmete muutmine: { $name }
form-errors = Palun parandage märgitud väljad.
form-name = Nimi originaalkeeles
form-name-language = Nime keel
form-other-names = Nimed teistes ametlikes keeltes
form-other-name = Muu nimi { $number }
form-other-name-add = Lisa nimi muus keeles
form-other-name-remove = Eemalda
form-name-en = Nimi inglise keeles
form-city = Linn
form-level-help = Riigi osa, mille piires asutus on pädev. Kui otsingule vastab võrdselt mitu asutust, kuvatakse esimesena riikliku tasandi asutus.
form-phone-help = Rahvusvahelisel kujul, näiteks +371 6701 2345.
form-competences-filter = Otsi lisatavat pädevust
form-administrator = Esimene kohalik andmehaldur
form-administrator-help = See isik saab e-posti teel kutse, valib endale parooli ja haldab seejärel asutuse kasutajaid.
form-person-name = Ees- ja perekonnanimi
form-invitation-language = Kutse keel
form-save = Salvesta
form-register = Registreeri
form-cancel = Tühista
profile-edit = Muuda
authority-send-request = Saada sellele asutusele päring
profile-area-coordinator = IMI koordinaator oma õigusvaldkondades
profile-other-names = Muud nimed
profile-registered-by = Registreerija
profile-registered-by-value = { $user }, { $authority }
users-title = Kasutajad
users-roles = Rollid
users-active = Aktiivne
users-pending = Kutse on veel vastu võtmata
users-invitation-expired = Kutse on aegunud
users-resend-invitation = Saada kutse uuesti
toast-invitation-resent = Uus kutse on saadetud. Varasem link ei kehti enam.
users-inactive = Deaktiveeritud
users-invited-by = Kutsuja: { $name }
users-may-log-in = Sisselogimine lubatud
users-invite-title = Kutsu kolleeg
users-invite = Saada kutse
toast-invited = Kutse on saadetud.
invitation-title = Tere tulemast IMI-sse
invitation-intro = { $name }, teid on kutsutud siseturu infosüsteemi kasutajaks järgmise asutuse esindajana: { $authority } ({ $country }). Konto aktiveerimiseks valige endale parool.
password-help = { $count ->
    [one] Vähemalt üks märk. Hea parool koosneb mõnest omavahel mitteseotud sõnast; levinud paroolid ning teie nimi ja e-posti aadress ei ole lubatud.
   *[other] Vähemalt { $count } märki. Hea parool koosneb mõnest omavahel mitteseotud sõnast; levinud paroolid ning teie nimi ja e-posti aadress ei ole lubatud.
}
invitation-repeat = Korrake parooli
invitation-mismatch = Paroolid ei ühti.
invitation-accept = Aktiveeri minu konto
invitation-invalid = See kutselink on tundmatu, seda on juba kasutatud või see on aegunud. Paluge uut kutset oma kohalikult andmehaldurilt või IMI koordinaatorilt.
field-error-invalid-email = Ei ole kehtiv e-posti aadress.
field-error-invalid-phone = Ei ole rahvusvahelisel kujul telefoninumber (+ ja selle järel numbrid).
field-error-not-yours = Ei kuulu teie koordineeritavate õigusvaldkondade hulka.
field-error-taken = Juba kasutusel teisel kontol.
field-error-too-short = Liiga lühike.
field-error-last-administrator = Asutusel peab jääma vähemalt üks aktiivne kohalik andmehaldur.
field-error-control-character = Sisaldab juhtmärki või teksti suunda muutvat märki; palun eemaldage see.
field-error-not-own-country = Valige oma riigi asutus.
field-error-too-personal = Ei tohi sisaldada teie e-posti aadressi ega nime.
field-error-too-guessable = Liiga kergesti äraarvatav: levinud parool või sellele väga sarnane. Kasutage pikemat fraasi omavahel mitteseotud sõnadest.
field-error-wrong-code = Kood on vale või aegunud.
field-error-no-setup = Seadistamist ei ole alustatud või see on asendatud uuega; alustage uuesti.
field-error-no-second-factor = Kaheastmeline autentimine ei ole sisse lülitatud.
field-error-required-by-role = Teie rollid nõuavad kaheastmelist autentimist; seda ei saa välja lülitada.
field-error-wrong-password = Parool on vale.
field-error-self = Te ei saa oma kontot deaktiveerida.
field-error-other-country = Kuulub teisele riigile.
field-error-not-utf8 = Fail ei ole UTF-8 tekst. Salvestage see oma arvutustabeliprogrammis vormingus „CSV UTF-8“.
field-error-unreadable = Seda rida ei saa CSV-vormingus lugeda.
field-error-unknown-column = Tundmatu veerg.
field-error-missing-column = Kohustuslik veerg puudub.
field-error-wrong-column-count = Sellel real ei ole sama palju lahtreid kui päisereal.
field-error-too-many-rows = Liiga palju ridu: ühes failis võib olla kõige rohkem 20 000 rida.
field-error-invalid-format = Ei ole oodataval kujul.
field-error-duplicate-of-line = Sama viide mis real { $line }.
field-error-out-of-range = Väljaspool lubatud vahemikku.
field-error-out-of-range-between = Peab olema vahemikus { $min } kuni { $max }.
field-error-invalid-date = Ei ole kehtiv kuupäev.
field-error-nonexistent-date = Sellist kuupäeva ei ole olemas.
field-error-invalid-person-name = Ei ole isikunimi.
field-error-invalid-register-reference = Ei ole kehtiv registrikood.
field-error-unknown-country = Süsteemile tundmatu riik.
field-error-unknown-placeholder = Süsteemile tundmatu kohatäide.
field-error-unexpected = Ei kuulu valitud küsimuste hulka.
field-error-line-break = Peab mahtuma ühele reale.
field-error-none-left = Päringusse peab jääma vähemalt üks küsimus.
field-error-not-a-handler = Ei ole selle asutuse aktiivne päringute menetleja.
field-error-not-a-coordinator = Ei ole IMI koordinaator.
field-error-not-asked = Ei kuulu päringu küsimuste hulka.
field-error-not-here = Siin ei ole lubatud.
field-error-unterminated = Kohatäide on avatud, kuid seda ei ole suletud.
field-error-empty-name = Kohatäitel puudub nimi.
field-error-invalid-name = Kohatäite nimi ei ole lubatud.
field-error-mismatched-delimiters = Sulud ei sobi omavahel kokku.
field-error-nested = Kohatäide asub teise kohatäite sees.
field-error-wrong-kind = Seda liiki vastus ei sobi küsimusele.
field-error-no-attachment = Selle küsimuse juurde ei ole dokumenti lisatud.

## Konto: kaheastmeline autentimine, seansid, parool
login-code = Kood autentimisrakendusest
login-code-intro = Teie kontol on kasutusel kaheastmeline autentimine. Sisestage kood, mida teie autentimisrakendus praegu näitab.
login-code-help = Kuus numbrit rakendusest või üks teie varukoodidest.
user-account = Teie konto
account-title = Teie konto
account-second-factor-title = Kaheastmeline autentimine
account-second-factor-intro = Pärast parooli küsitakse sisselogimisel kuuekohalist koodi teie telefonis olevast autentimisrakendusest, näiteks FreeOTP, Aegis, Google Authenticator või Microsoft Authenticator.
account-second-factor-required = Teie rollid (kohalik andmehaldur või IMI koordinaator) nõuavad kaheastmelist autentimist. Jätkamiseks seadistage see kohe.
account-second-factor-on = { $count ->
    [one] Kaheastmeline autentimine on sisse lülitatud. Alles on üks varukood.
   *[other] Kaheastmeline autentimine on sisse lülitatud. Alles on { $count } varukoodi.
}
account-second-factor-off = Kaheastmeline autentimine on välja lülitatud.
account-second-factor-start = Seadista kaheastmeline autentimine
account-second-factor-scan = Skannige see kood oma autentimisrakendusega või sisestage allpool olev võti rakendusse. Seejärel sisestage kood, mida rakendus näitab.
account-second-factor-qr = QR-kood konto lisamiseks autentimisrakendusse
account-second-factor-key = Võti
account-second-factor-code = Kood rakendusest
account-second-factor-confirm = Lülita kaheastmeline autentimine sisse
account-second-factor-disable = Lülita kaheastmeline autentimine välja
account-recovery-title = Varukoodid
account-recovery-intro = Hoidke neid koode turvalises kohas, telefonist eraldi. Kui telefon kaob, saate iga koodiga ühe korra sisse logida. Koode näidatakse ainult praegu.
account-recovery-done = Olen need salvestanud
account-recovery-renew = Uued varukoodid
account-sessions-title = Kus olete sisse logitud
account-session-browser = Brauser
account-session-address = IP-aadress
account-session-started = Algus
account-session-ends = Lõpp
account-session-current = Praegune seanss
account-session-unknown = Teadmata
account-session-end = Logi seal välja
account-sessions-end-others = Logi kõikjal mujal välja
account-password-title = Parool
account-password-current = Praegune parool
account-password-new = Uus parool
account-password-repeat = Korrake uut parooli
account-password-change = Muuda parooli
toast-second-factor-on = Kaheastmeline autentimine on sisse lülitatud.
toast-second-factor-off = Kaheastmeline autentimine on välja lülitatud.
toast-recovery-renewed = Loodi uued varukoodid; vanad koodid enam ei kehti.
toast-session-ended = Seanss on lõpetatud.
toast-sessions-ended = Teie teised seansid on lõpetatud.
toast-password-changed = Teie parool on muudetud ja teie teised seansid on lõpetatud.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## $number on arv lugeja keele kirjaviisis ja $count sama arv numbrina (mitmuse vormi jaoks).
## $from, $to ja $today on kuupäevad; $value, $green ja $red on juba lugeja keeles kirjutatud
## väärtused (protsent või päevad); $zone on ajavöönd (UTC); $indicator on mõne
## statistics-figure-* näitaja nimi.
nav-statistics = Statistika
statistics-title = Statistika
statistics-intro = Kui palju päringuid liigub, kui kiiresti need vastu võetakse ja neile vastatakse ning kuidas päringu esitanud asutused vastuseid hindavad. Need näitajad ei sisalda ühtegi isikut, nime ega teksti.
statistics-print = Prindi
statistics-filters = Filtrid
statistics-from = Alates
statistics-to = Kuni
statistics-partner = Partnerriik
statistics-direction = Suund
statistics-direction-all = Saadetud ja saadud
statistics-direction-sent = Saadetud
statistics-direction-received = Saadud
statistics-granularity = Aegrea samm
statistics-granularity-month = Kuu
statistics-granularity-quarter = Kvartal
statistics-granularity-year = Aasta
statistics-whose = Kelle näitajad
statistics-scope-everything = Kõik riigid
statistics-scope-areas = { $country }: teie valdkonnad
statistics-scope-authority = Teie asutus
statistics-your-areas = Teie õigusvaldkonnad
statistics-period = Ajavahemikul { $from } kuni { $to } saadetud päringud
statistics-as-of = Päevad on kalendripäevad ajavööndis { $zone }; andmed seisuga { $today }.
statistics-volumes-heading = Mahud
statistics-performance-heading = Kiirus ja rahulolu
statistics-performance-intro = Kiirus ja rahulolu kajastavad päringutele vastava poole tulemusi: arvesse võetakse päringud, mis saadeti perioodil nendele asutustele. Iga näitaja juures on märgitud, mitmel päringul see põhineb; väheste päringute põhjal arvutatud näitaja võib oluliselt muutuda.
statistics-figure-sent = Saadetud päringud
statistics-figure-received = Saadud päringud
statistics-figure-open-now = Praegu pooleli
statistics-figure-overdue-now = Praegu tähtaeg ületatud
statistics-figure-accepted-in-time = Vastu võetud 7 päeva jooksul
statistics-figure-average-days = Keskmine vastamisaeg päevades
statistics-figure-median-days = Vastamisaja mediaan päevades
statistics-figure-by-agreed-date = Vastatud kokkulepitud tähtajaks
statistics-figure-within-two-weeks = Vastatud kahe nädala jooksul
statistics-figure-negative-timeliness = Õigeaegsuse negatiivsed hinnangud
statistics-figure-negative-effort = Kvaliteedi negatiivsed hinnangud
statistics-what-is-counted = Mida arvestatakse
statistics-definition-sent = Päringud, mille need asutused perioodil saatsid; iga päringut arvestatakse selle saatmise päeval. Mustandeid ei arvestata kunagi. Edastatud päringut arvestatakse üks kord; teisest päringust eraldatud päring on eraldi päring, mis loetakse saadetuks eraldamise päeval; tagasi võetud päringut arvestatakse samuti. Päevad on kalendripäevad UTC järgi.
statistics-definition-received = Päringud, mis saadeti perioodil nendele asutustele; iga päringut arvestatakse selle saatmise päeval. Edastatud päringut arvestatakse üks kord, selle asutuse juures, kelle käes see viimasena on; tagasi võetud päringut arvestatakse samuti. Päevad on kalendripäevad UTC järgi.
statistics-definition-open-now = Nende asutuste saadetud või saadud päringud, mis täna ootavad vastuvõtmist, on vastu võetud või ootavad lisateavet, olenemata sellest, millal need saadeti: see näitaja ei piirdu perioodiga.
statistics-definition-overdue-now = Praegu pooleli olevatest päringutest need, mille kokkulepitud tähtaeg on tänaseks möödunud (kalendripäevad UTC järgi). Ka see näitaja ei piirdu perioodiga.
statistics-definition-accepted-in-time = Nendest saadud päringutest, mis on vastu võetud või on oodanud vastuvõtmist üle 7 päeva, nende osakaal, mis võeti vastu hiljemalt 7 kalendripäeva jooksul pärast saamist. Päring loetakse saaduks selle saatmise päeval või, kui see edastati, viimase edastamise päeval, et asutusele ei arvestataks päevi, mil päring oli teise asutuse käes. Tagasi võetud päringut arvestatakse ainult siis, kui see oli vastu võetud. Päevad on kalendripäevad UTC järgi.
statistics-definition-average-days = Keskmine kalendripäevade arv (UTC) päringu saamisest (saatmise või viimase edastamise päevast) esimese vastuseni nende saadud päringute puhul, millele on vastatud. Kui pärast vastust paluti täpsustust, arvestatakse ikkagi esimest vastust.
statistics-definition-median-days = Samade päevade arvude (saamisest esimese vastuseni) mediaan: pooltele vastustest kulus sama palju aega või vähem. Kui vastuseid on paarisarv, võetakse kahest keskmisest väärtusest väiksem.
statistics-definition-by-agreed-date = Nendest vastatud päringutest, millel on kokkulepitud tähtaeg, nende osakaal, millele vastati esimest korda hiljemalt sel päeval (kalendripäevad UTC järgi).
statistics-definition-within-two-weeks = Vastatud päringutest nende osakaal, millele vastati esimest korda hiljemalt 14 kalendripäeva (UTC) jooksul pärast saamist (saatmise või viimase edastamise päevast).
statistics-definition-negative-timeliness = Nendest saadud päringutest, mida päringu esitanud asutus päringu sulgemisel hindas, nende osakaal, mille vastuse õigeaegsust ta hindas negatiivselt.
statistics-definition-negative-effort = Nendest saadud päringutest, mida päringu esitanud asutus päringu sulgemisel hindas, nende osakaal, mille vastuse kvaliteeti ta hindas negatiivselt.
statistics-no-figure = Päringuid ei ole
statistics-based-on = { $count ->
    [one] Põhineb { $number } päringul
   *[other] Põhineb { $number } päringul
}
statistics-eea = EMP
statistics-eea-value = EMP: { $value }
statistics-band-green = Hea
statistics-band-yellow = Vajab jälgimist
statistics-band-red = Mitterahuldav
statistics-legend-title = Tasemete piirväärtused
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: hea alates { $green }, mitterahuldav alla { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: hea alla { $green }, mitterahuldav üle { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: hea alates { $green }, mitterahuldav alla { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: hea alla { $green }, mitterahuldav alates { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: hea alla { $green }, mitterahuldav alates { $red }.
statistics-quarter = { $quarter }. kv { $year }
statistics-quarter-short = { $quarter }. kv
statistics-charts-heading = Muutused ajas
statistics-volumes-title = Saadetud ja saadud päringud
statistics-acceptance-title = 7 päeva jooksul vastu võetud päringute osakaal
statistics-days-title = Keskmine vastamisaeg päevades
statistics-axis-requests = Päringud
statistics-axis-share = Osakaal
statistics-axis-days = Päevad
statistics-show-table = Näita tabelina
statistics-tables-heading = Jaotused
statistics-column-period = Periood
statistics-column-sent = Saadetud
statistics-column-received = Saadud
statistics-column-based-on = Aluseks (päringuid)
statistics-column-area = Õigusvaldkond
statistics-column-partner = Partnerriik
statistics-column-country = Riik
statistics-column-from-to = Riigist (read) riiki (veerud)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Päringud õigusvaldkondade kaupa
statistics-by-partner-title = Päringud partnerriikide kaupa
statistics-by-partner-intro = Partnerriik on teise poole riik: saadetud päringu puhul päringu saanud riik, saadud päringu puhul päringu esitanud riik.
statistics-exchanges-title = Päringud riikide vahel
statistics-exchanges-intro = Iga rida on päringu esitanud riik ja iga veerg päringu saanud riik; loetletud on ainult riigid, millel oli perioodil päringuid.
statistics-scoreboard-title = Päringu saanud riikide tulemustabel
statistics-scoreboard-intro = Iga riigi näitajad päringutele vastava poolena perioodil saadud päringute kohta koos tasemetega, mis on määratud eespool esitatud piirväärtuste järgi.
statistics-csv = Laadi alla CSV-failina
statistics-csv-failed = See brauser ei suutnud faili luua.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: tase
statistics-csv-based-on = { $indicator }: aluseks (päringuid)
statistics-empty-title = Sellel perioodil päringuid ei ole
statistics-empty-body = Sellel perioodil ei saadetud ühtegi päringut, mis vastaks nendele filtritele. Valige pikem periood või vähem filtreid.
statistics-error-before-start = Ei tohi olla varasem kui perioodi esimene päev.
statistics-error-too-long = { $count ->
    [one] Periood ei tohi olla pikem kui { $days } päev.
   *[other] Periood ei tohi olla pikem kui { $days } päeva.
}

## Hoiatused: üks asutus hoiatab paljusid

role-alert_coordinator = Hoiatuste koordinaator
field-error-before-start = Ei tohi olla varasem kui kuupäev, millest alates otsus kehtib.
alert-state-draft = Mustand
alert-state-awaiting-approval = Ootab hoiatuste koordinaatori kinnitust
alert-state-sent = Saadetud
alert-state-closure-proposed = Sulgemine välja pakutud
alert-state-closed = Suletud
alert-state-withdrawn = Tagasi võetud
alert-action-edit = Muuda
alert-action-delete = Kustuta mustand
alert-action-send = Saada hoiatus
alert-action-approve = Kinnita ja saada
alert-action-reject = Tagasta saatjale
alert-action-acknowledge = Kinnita kättesaamine riigi nimel
alert-action-pass-on = Edasta asutustele
alert-action-acknowledge-receipt = Kinnita kättesaamine
alert-action-modify = Muuda hoiatust
alert-action-withdraw = Võta tagasi
alert-action-propose-closure = Paku sulgemist
alert-action-reject-closure = Jäta hoiatus avatuks
alert-action-close = Sulge hoiatus
alert-event-created = Mustand loodud
alert-event-submitted = Esitatud kinnitamiseks
alert-event-approved = Hoiatuste koordinaator on kinnitanud
alert-event-rejected = Tagastatud saatjale
alert-event-sent = Hoiatus saadetud
alert-event-acknowledged = Riigi hoiatuste koordinaator on kinnitanud kättesaamist
alert-event-passed-on = Edastatud pädevatele asutustele
alert-event-receipt-acknowledged = Asutus on kinnitanud kättesaamist
alert-event-modified = Hoiatust muudetud
alert-event-withdrawn = Hoiatus tagasi võetud
alert-event-withdrawn-wrong = Hoiatus tagasi võetud: see osutus alusetuks
alert-event-closure-proposed = Sulgemine välja pakutud
alert-event-closure-rejected = Hoiatus jääb avatuks
alert-event-closed = Hoiatus suletud
alert-event-end-reminder = Otsus enam ei kehti: sulgege hoiatus või võtke see tagasi
alert-event-late-reminder = Tähtaeg ületatud: otsuse kehtivus lõppes üle 3 päeva tagasi, kuid hoiatus on endiselt avatud
email-alert-subject = Hoiatus { $number }: { $event }
email-alert-body = Lugupeetud { $name }!

    { $authority } on hoiatuses { $number } ({ $kind }) teinud toimingu: { $event }.

    Hoiatuse avamiseks minge aadressile: { $link }

    Selle sõnumi saatis siseturu infosüsteem. Palun ärge sellele vastake.

alert-delivery-received = Saadud, kättesaamist pole veel kinnitatud
alert-delivery-acknowledged = Kättesaamine kinnitatud
alert-delivery-passed-on = Edastatud pädevatele asutustele
alert-box-drafts = Hoiatuste mustandid
alert-box-sent = Saadetud hoiatused
alert-box-to-approve = Kinnitamist ootavad hoiatused
alert-box-to-acknowledge = Kättesaamise kinnitamist ootavad hoiatused
alert-box-received = Saadud hoiatused

## Alerts: the pages

nav-alerts = Hoiatused
alerts-title = Hoiatused
alerts-intro = Hoiatustega teavitatakse teiste riikide pädevaid asutusi kutsetöötajast või teenuse osutajast, kelle tegevus on keelatud või seda on piiratud, kes on esitanud võltsitud diplomi või kes kujutab ohtu tervisele, ohutusele või keskkonnale.
alerts-boxes = Hoiatuste loendid
alerts-new = Uus hoiatus
alerts-check-link = Kontrolli kutsetöötajat
alerts-in-force = Kehtivad hoiatused
alerts-unread = Hoiatuste lugemata uuendused
# Ekraanilugejad loevad selle ette, kui hoiatuste lugemata uuenduste arv kasvab.
live-alert-news = { $count ->
    [one] Üks lugemata uuendus hoiatustes
   *[other] { $count } lugemata uuendust hoiatustes
}
alerts-empty-title = Hoiatusi ei ole
alerts-empty-body = Siin kuvatakse hoiatused, mis jõuavad teie riiki või teie asutusele, ning hoiatused, mille teie asutus saadab.
alerts-total = { $count ->
    [one] { $count } hoiatus
   *[other] { $count } hoiatust
}
alert-title = Hoiatus { $number }
alert-title-unknown = Hoiatus
alert-subject-withheld = Isikuandmeid ei kuvata
alert-unread = Uuendusi pärast viimast avamist
alert-from-country = Saatjariik: { $country }
alert-details = Andmed
alert-sender = Saatja asutus
alert-sent-at = Saatmise aeg
alert-revision-label = Muudatused
alert-revision = { $count ->
    [one] Pärast saatmist muudetud üks kord
   *[other] Pärast saatmist muudetud { $count } korda
}
alert-personal-hidden = Selle hoiatuse isikuandmeid näevad ainult saatja, hoiatuste koordinaatorid ja asutused, millele hoiatus on edastatud.
alert-comment = Kommentaar
alert-comment-help = Saajatele: mida nad peaksid teadma lisaks eespool olevatele väljadele. Kirjutage oma keeles; iga lugeja saab lasta teksti masintõlkida.
alert-late-reason = Hoiatuse hilinenud saatmise põhjus
alert-proved-wrong = See hoiatus võeti tagasi, sest see osutus alusetuks.
alert-due-left = { $days ->
    [0] Tähtaeg on täna: hoiatus tuleb saata 3 päeva jooksul pärast otsuse tegemist.
    [one] Selle hoiatuse saatmiseks on jäänud { $days } päev.
   *[other] Selle hoiatuse saatmiseks on jäänud { $days } päeva.
}
alert-due-late = { $days ->
    [one] Tähtaeg on ületatud { $days } päeva võrra: märkige, miks hoiatus saadetakse hilinemisega.
   *[other] Tähtaeg on ületatud { $days } päeva võrra: märkige, miks hoiatus saadetakse hilinemisega.
}
alert-actions = Võimalikud toimingud
alert-note = Põhjus
alert-note-help = Kohustuslik hoiatuse tagastamisel, tagasivõtmisel või sulgemise pakkumisel; kõik saajad näevad seda.
alert-note-missing = Palun märkige kõigepealt põhjus.
alert-withdraw-proved-wrong = Hoiatus osutus alusetuks: teavita sellest kõiki saajaid
alert-conflict = { $error } Hoiatuse praegune olek: { $state }.
alert-deliveries = Saajad
alert-deliveries-summary = { $count ->
    [one] Kättesaamist kinnitanud riigid: { $acknowledged } / { $count }.
   *[other] Kättesaamist kinnitanud riigid: { $acknowledged } / { $count }.
}
alert-column-country = Riik
alert-column-delivery = Hoiatuste koordinaator
alert-column-authorities = Pädevad asutused
alert-received-at = saadud { $date }
alert-acknowledged-at = kättesaamine kinnitatud { $date }
alert-not-acknowledged = kättesaamist pole veel kinnitatud
alert-read-at = loetud { $date }
alert-not-read = veel lugemata
alert-no-recipients = Veel edastamata
alert-timeline = Ajalugu
alert-event-for-country = Riik: { $country }
alert-pass-on-title = Edasta pädevatele asutustele
alert-pass-on-help = Register pakub välja teie riigi asutused, mis on selle kutseala või tegevusala küsimustes pädevad. Eemaldage märge nende asutuste juurest, mis ei peaks hoiatust saama, või lisage teisi.
alert-pass-on-none = Registris ei ole ühtegi teie riigi asutust, mis oleks selle kutseala või tegevusala küsimustes pädev. Lisage asutused, mis peaksid hoiatuse saama.
alert-pass-on-already = (on selle juba saanud)
alert-pass-on-add = Lisa veel üks asutus
alert-pass-on-own-country = Hoiatusi saab edastada ainult oma riigi asutustele.
alert-pass-on-submit = { $count ->
    [one] Edasta { $count } asutusele
   *[other] Edasta { $count } asutusele
}
alert-compose-title = Uus hoiatus
alert-draft-title = Hoiatuse mustand { $number }
alert-modify-title = Hoiatuse { $number } muutmine
alert-step-kind = Hoiatuse liik
alert-step-fields = Andmed
alert-step-countries = Riigid
alert-step-review = Kommentaar ja saatmine
alert-kind-legal-basis = Õiguslik alus: { $basis }
alert-choose-kind-first = Valige kõigepealt hoiatuse liik.
alert-field-required = { $label } (kohustuslik)
alert-choose = Valige…
alert-countries-all = See hoiatus saadetakse kõigi 30 EMP riigi hoiatuste koordinaatoritele.
alert-countries-choose = Valige riigid, kus teenuse osutaja tegutseb või kus risk võib tekkida.
alert-countries-always = Asukohariik ({ $country }) saab selle hoiatuse igal juhul.
alert-countries-none = Ühtegi riiki ei ole veel valitud.
alert-goes-to = Saajad: { $countries }
alert-approval-note = Teie riigi hoiatused kinnitab enne saatmist riigi hoiatuste koordinaator.
alert-modify-note = Kõiki saajaid teavitatakse, et hoiatust on muudetud.
alert-problems = Veel täitmata
alert-incomplete = Hoiatus ei ole veel täielik. Puuduvad osad on märgitud.
alert-save-draft = Salvesta mustand
alert-save-modification = Salvesta muudatus
alert-submit = Esita kinnitamiseks
alert-check-title = Kas see kutsetöötaja tohib oma kutsealal tegutseda?
alert-check-intro = Otsige nime järgi kehtivate kutsekvalifikatsiooni hoiatuste hulgast, mis on jõudnud teie riiki või teie asutusele. Otsing ei arvesta diakriitilisi märke ja lubab ühe trükivea. Leitud hoiatus tähendab, et hoiatuse saatnud riigis kehtib keeld või piirang; kui hoiatust ei leita, ei tõenda see, et kutsetöötajal on õigus kutsealal tegutseda.
alert-check-name = Kutsetöötaja nimi
alert-check-profession = Kutseala
alert-check-any-profession = Kõik kutsealad
alert-check-submit = Otsi hoiatusi
alert-check-none = Ükski kehtiv hoiatus ei nimeta isikut { $name }.
alert-check-found = { $count ->
    [one] Leiti { $count } kehtiv hoiatus
   *[other] Leiti { $count } kehtivat hoiatust
}
toast-alert-saved = Mustand on salvestatud.
toast-alert-sent = Hoiatus on saadetud.
toast-alert-submitted = Hoiatus on esitatud kinnitamiseks.
toast-alert-modified = Hoiatust on muudetud; saajaid teavitatakse.
toast-alert-deleted = Mustand on kustutatud.
toast-alert-passed-on = Hoiatus on edastatud.
toast-alert-done = Tehtud: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Võrguühendus puudub. Päringud, mille olete avanud, jäävad loetavaks; vastused, sõnumid ja dokumendid, mille lisate, säilitatakse selles seadmes ja saadetakse, kui ühendus taastub.
update-ready = Süsteemi uus versioon on valmis.
update-reload = Laadi uus versioon

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Üks ühenduseta tehtud muudatus ootab saatmist.
   *[other] { $count } ühenduseta tehtud muudatust ootavad saatmist.
}
queue-sending = Ühenduseta tehtud muudatuste saatmine…
queue-attention = { $count ->
    [one] Üks ühenduseta tehtud muudatus jäi saatmata ja vajab teie otsust.
   *[other] { $count } ühenduseta tehtud muudatust jäid saatmata ja vajavad teie otsust.
}
queue-title = Ootab saatmist
queue-intro = Need muudatused on tehtud ühenduseta ja säilitatakse selles seadmes. Need saadetakse järjekorras kohe, kui ühendus taastub.
queue-kind-answers = Vastused (salvestatud, päringu esitanud asutusele saatmata)
queue-kind-answer = Päringu esitanud asutusele saadetavad vastused
queue-kind-message = Sõnum
queue-kind-document = Dokument „{ $name }“ ({ $size } kB)
queue-made-at = Kirjutatud { $time }
queue-status-waiting = Ootab ühendust.
queue-status-conflict = Saatmata: päring muutus pärast seda, kui te selle kirjutasite, ja on nüüd olekus „{ $state }“. Vaadake allpool olevast ajaloost, mis on muutunud, seejärel saatke muudatus siiski või loobuge sellest.
queue-status-refused = Saatmata: { $error }
queue-send-anyway = Saada siiski
queue-edit = Muuda
queue-discard = Loobu
queue-discard-confirm = Kas loobuda sellest muudatusest? Teie kirjutatu kustutatakse sellest seadmest.
queue-logout-confirm = { $count ->
    [one] Üks ühenduseta tehtud muudatus on veel saatmata. Väljalogimisel kustutatakse see sellest seadmest. Kas logida ikkagi välja?
   *[other] { $count } ühenduseta tehtud muudatust on veel saatmata. Väljalogimisel kustutatakse need sellest seadmest. Kas logida ikkagi välja?
}
toast-queued = Ühendus puudub: muudatus säilitatakse selles seadmes ja saadetakse, kui ühendus taastub.
toast-queue-sent = { $count ->
    [one] Ühenduseta tehtud muudatus on saadetud.
   *[other] { $count } ühenduseta tehtud muudatust on saadetud.
}

## Kohapealsed kontrollid: päringu liik ja kontrollakt kohalviibijate allkirjadega
compose-kind-label = Mida te palute?
request-kind-information = Teave
request-kind-information-help = Teine asutus vastab teie küsimustele oma registrite ja dokumentide põhjal.
request-kind-inspection = Kohapealne kontroll
request-kind-inspection-help = Teine asutus kontrollib asjaomaseid ruume, seadmeid või tegevuskohta ja annab oma tähelepanekutest aru koos fotode ja kohalviibijate allkirjadega.
request-checklist = { $count ->
    [one] Kontroll-loend: üks punkt
   *[other] Kontroll-loend: { $count } punkti
}
inspection-title = Kontrollakt
inspection-help = Talletage kontroll selle käigus: vastake eespool olevale kontroll-loendile, lisage fotod dokumentidena, märkige seejärel päev ja koht ning laske igal kohalviibijal siin allkirjastada. Vastuse saab saata pärast seda, kui olete ise allkirjastanud.
inspection-pending = Kontrollakt kuvatakse siin koos vastusega.
inspection-inspected-on = Kontrolli päev
inspection-place = Kontrollitud koht
inspection-place-help = Aadress ning tegevuskoht või ruumid (näiteks: ehitusplats, värav 2).
inspection-present = Kohalviibijad
inspection-signer-name = Nimi
inspection-signer-role = Roll kontrollil
inspection-signer-refused = Keeldus allkirjastamast
inspection-signer-unnamed = kohalviibija
inspection-signer-unsigned = Saab akti osaks alles siis, kui isik allkirjastab või keeldub allkirjastamast.
inspection-signer-add = Lisa kohalviibija
inspection-signer-remove = Eemalda see isik
inspection-signature-of = Allkiri: { $name }
inspection-signature-clear = Kustuta allkiri
inspection-signature-needed = Enne vastuse saatmist on vaja inspektori allkirja.
inspection-refused-to-sign = Isik keeldus allkirjastamast.
signer-role-inspector = Inspektor
signer-role-provider-representative = Teenuse osutaja või tööandja esindaja
signer-role-worker = Töötaja
signer-role-witness = Tunnistaja
queue-kind-report = Kontrollakt (salvestatud, päringu esitanud asutusele saatmata)
