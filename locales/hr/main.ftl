# Hrvatski.

## Aplikacija
app-name = Informacijski sustav unutarnjeg tržišta
app-short-name = IMI
app-tagline = Administrativna suradnja nadležnih tijela Europskoga gospodarskog prostora
skip-to-content = Prijeđi na glavni sadržaj
loading = Učitavanje…

## Navigacija i korisnički izbornik
nav-label = Glavna navigacija
nav-inbox = Zahtjevi
language-label = Jezik
user-signed-in-as = Prijava: { $name }, { $authority }
organisation-commission = Europska komisija
logout = Odjava
toast-dismiss = Zatvori
toast-logged-out = Odjava je uspješno provedena.

## Stranica za prijavu
login-title = Prijava
login-intro = Upotrijebite korisnički račun koji vam je otvorio administrator vašeg tijela ili nacionalni koordinator IMI-ja.
login-email = Adresa e-pošte
login-password = Lozinka
login-submit = Prijavi se
login-submitting = Prijava u tijeku…
field-required = Ovo je polje obvezno.

## Zahtjevi
inbox-title = Zahtjevi
inbox-empty-title = Još nema zahtjeva

## Nepostojeće stranice
not-found-title = Stranica nije pronađena
not-found-body = Navedena adresa ne vodi ni na jednu stranicu ovog sustava.
not-found-home = Idi na zahtjeve

## Uloge
roles-label = Vaše uloge
role-request_handler = Obrađivač zahtjeva
role-allocator = Raspoređivač zahtjeva
role-local_administrator = Lokalni administrator podataka
role-coordinator = Koordinator IMI-ja
role-commission_observer = Promatrač Komisije

## Pogreške koje vraća poslužitelj, prema kodu
error-internal-error = Na poslužitelju je došlo do pogreške. Pokušajte ponovno; ako se problem nastavi, obratite se svojem administratoru.
error-database-unavailable = Baza podataka sustava trenutačno nije dostupna. Pokušajte ponovno za nekoliko minuta.
error-not-found = Traženi sadržaj ne postoji ili mu nemate pristup.
error-method-not-allowed = Ova radnja ovdje nije moguća.
error-unauthenticated = Vaša je sesija istekla. Ponovno se prijavite.
error-forbidden = Nemate potrebna prava za ovu radnju.
error-invalid-credentials = Adresa e-pošte ili lozinka nije točna.
error-too-many-attempts = { $seconds ->
    [one] Previše neuspjelih pokušaja. Pričekajte { $seconds } sekundu prije ponovnog pokušaja.
    [few] Previše neuspjelih pokušaja. Pričekajte { $seconds } sekunde prije ponovnog pokušaja.
   *[other] Previše neuspjelih pokušaja. Pričekajte { $seconds } sekundi prije ponovnog pokušaja.
}
error-malformed-json = Poslužitelj nije mogao pročitati poslane podatke. Ponovno učitajte stranicu i pokušajte ponovno.
error-unsupported-media-type = Poslužitelj ne prihvaća podatke u ovom formatu.
error-payload-too-large = Poslani podaci premašuju veličinu koju poslužitelj prihvaća.
error-validation-failed = Neka polja nisu ispravno ispunjena. Provjerite označena polja.
error-network-error = Poslužitelj nije dostupan. Provjerite mrežnu vezu i pokušajte ponovno.
error-invalid-transition = Ova radnja nije moguća u trenutačnom statusu zahtjeva. Ponovno učitajte stranicu za prikaz radnji koje su sada dostupne.
error-translation-not-configured = Strojno prevođenje nije dostupno u ovom sustavu.
error-translation-failed = Usluga strojnog prevođenja nije odgovorila. Pokušajte ponovno kasnije.

## Vrijednosti rezerviranih mjesta (shared::placeholder::PlaceholderErrorCode)
## $label je oznaka rezerviranog mjesta na jeziku čitatelja; $max i $length su brojevi znakova.
placeholder-error-missing = Unesite vrijednost za „{ $label }”.
placeholder-error-empty = Polje „{ $label }” ne smije biti prazno.
placeholder-error-too-long = { $max ->
    [one] Polje „{ $label }” smije sadržavati najviše { $max } znak; trenutačno ih sadržava { $length }.
    [few] Polje „{ $label }” smije sadržavati najviše { $max } znaka; trenutačno ih sadržava { $length }.
   *[other] Polje „{ $label }” smije sadržavati najviše { $max } znakova; trenutačno ih sadržava { $length }.
}
placeholder-error-control-character = Polje „{ $label }” sadržava nevidljivi kontrolni znak. Ponovno upišite vrijednost.
placeholder-error-line-break = Vrijednost polja „{ $label }” mora stati u jedan redak.
placeholder-error-invalid-date = Unesite „{ $label }” u obliku godina-mjesec-dan, na primjer 2025-03-31.
placeholder-error-nonexistent-date = Datum unesen za „{ $label }” ne postoji u kalendaru.
placeholder-error-unknown-country = Za „{ $label }” odaberite državu Europskoga gospodarskog prostora.
placeholder-error-invalid-email = „{ $label }” nije valjana adresa e-pošte.
placeholder-error-invalid-person-name = „{ $label }” mora biti ime osobe: slova, bez znamenaka.
placeholder-error-invalid-register-reference = „{ $label }” smije sadržavati samo slova, znamenke, razmake i znakove - . /
placeholder-error-unexpected = Unesena je vrijednost za polje koje se ne upotrebljava ni u jednom od odabranih pitanja.
placeholder-error-unknown-placeholder = U pitanju se upotrebljava nepoznato polje. Obavijestite svojeg koordinatora IMI-ja.

## Predlošci pitanja (shared::placeholder::TemplateErrorCode)
## $position je položaj znaka brojeći od 1; $name je naziv rezerviranog mjesta kako je napisan.
template-error-unterminated = Rezervirano mjesto koje počinje na znaku { $position } nije zatvoreno.
template-error-empty-name = Rezervirano mjesto na znaku { $position } nema naziv.
template-error-invalid-name = „{ $name }” (znak { $position }) nije valjan naziv rezerviranog mjesta: mora počinjati slovom, a nakon njega mogu slijediti slova, znamenke ili „_”.
template-error-mismatched-delimiters = Rezervirano mjesto na znaku { $position } otvoreno je jednom vrstom zagrade, a zatvoreno drugom.
template-error-nested = Rezervirano mjesto na znaku { $position } sadržava drugo rezervirano mjesto.
template-error-unknown-placeholder = „{ $name }” (znak { $position }) nije poznato rezervirano mjesto.

## Statusi zahtjeva (shared::lifecycle::RequestState)
request-state-draft = Nacrt
request-state-awaiting-acceptance = Čeka prihvaćanje
request-state-accepted = Prihvaćen
request-state-info-requested = Zatražene dodatne informacije
request-state-answered = Odgovoren
request-state-closed = Zatvoren
request-state-withdrawn = Povučen

## Radnje sa zahtjevom (shared::lifecycle::ActionKind)
request-action-create = Novi zahtjev
request-action-edit = Uredi
request-action-delete = Izbriši nacrt
request-action-send = Pošalji
request-action-withdraw = Povuci
request-action-accept = Prihvati
request-action-forward = Proslijedi
request-action-request-info = Zatraži dodatne informacije
request-action-provide-info = Dostavi informacije
request-action-answer = Odgovori
request-action-split-off = Izdvoji pitanja
request-action-request-clarification = Zatraži pojašnjenje
request-action-close = Prihvati odgovor i zatvori zahtjev

## Ocjene odgovora (shared::lifecycle::Rating)
rating-positive = Dobar
rating-neutral = Prihvatljiv
rating-negative = Slab

## Provjera pitanja (stranica za sastavljanje i isprobavanje predložaka pitanja)
nav-question-check = Provjera pitanja
question-check-title = Provjerite pitanje
question-check-intro = Napišite pitanje onako kako će se prikazati u zahtjevu, s rezerviranim mjestima za podatke koje unosi tijelo koje podnosi zahtjev, i isprobajte ga s vrijednostima. Ovdje vrijede ista pravila kao pri slanju zahtjeva.
question-check-template = Tekst pitanja
question-check-template-help = Svako rezervirano mjesto napišite u obliku {"${"}Naziv{"}"}, na primjer {"${"}SPBusinessName{"}"}. Poznata rezervirana mjesta: { $names }.
question-check-values = Vrijednosti
question-check-no-placeholders = Ovo pitanje nema rezerviranih mjesta.
question-check-preview = Pregled
question-check-submit = Provjeri na poslužitelju
question-check-accepted = Poslužitelj prihvaća ovo pitanje i njegove vrijednosti.

## Katalog pitanja
nav-catalogue = Pitanja
catalogue-title = Katalog pitanja
catalogue-intro = Unaprijed prevedena pitanja koja se mogu uvrstiti u zahtjev. Drugo tijelo čita svako od njih na svojem jeziku; rezervirana mjesta popunjava tijelo koje podnosi zahtjev.
catalogue-area-label = Zakonodavno područje
catalogue-count = { $count ->
    [one] { $count } pitanje
    [few] { $count } pitanja
   *[other] { $count } pitanja
}
area-services = Usluge
area-professional_qualifications = Stručne kvalifikacije
area-posting_of_workers = Upućivanje radnika
area-ecommerce = Elektronička trgovina
answer-type-yes_no = Da ili ne
answer-type-date = Datum
answer-type-free_text = Slobodni tekst
answer-type-document = Dokument
answer-type-choice = Odabir s popisa
answer-type-measurement = Izmjerena vrijednost

## Pretraživanje tijela
nav-authorities = Tijela
authorities-title = Pronađite tijelo
authorities-intro = Pretražujte na bilo kojem jeziku prema nazivu, kratici, gradu ili nadležnosti, na primjer prema zanimanju ili djelatnosti. Nadležnosti se pretražuju na svim jezicima sustava.
authorities-search-label = Naziv, grad ili nadležnost
authorities-country-label = Država
authorities-any-country = Sve države
authorities-any-area = Sva područja
authorities-results = { $count ->
    [one] Pronađeno je { $count } tijelo
    [few] Pronađena su { $count } tijela
   *[other] Pronađeno je { $count } tijela
}
authorities-no-results = Nijedno tijelo ne odgovara ovom pretraživanju.
## $country je naziv države na jeziku čitatelja; $label naziv zanimanja ili djelatnosti.
search-country-from-query = Prikazuju se tijela iz države navedene u vašem pretraživanju: { $country }.
search-none-declared = { $country }: nijedno tijelo nije navelo da je nadležno za „{ $label }”.
search-none-declared-anywhere = Nijedno tijelo nije navelo da je nadležno za „{ $label }”.
search-ask-coordinator = Nacionalni koordinator IMI-ja ({ $country }) može vam reći koje je tijelo nadležno:
authorities-match-name = Podudaranje s nazivom
authorities-match-acronym = Podudaranje s kraticom
authorities-match-city = Podudaranje s gradom
authorities-match-competence = Nadležno za: { $label }
authorities-pages = Stranice rezultata
authorities-previous = Prethodna
authorities-next = Sljedeća
authorities-page = Stranica { $page } od { $pages }
profile-back = Natrag na pretraživanje
profile-country = Država
profile-acronym = Kratica
profile-level = Teritorijalna nadležnost
level-national = Državna
level-regional = Regionalna
level-local = Lokalna
profile-address = Adresa
profile-email = E-pošta
profile-phone = Telefon
profile-role = Uloga u sustavu
profile-coordinator = Nacionalni koordinator IMI-ja
profile-areas = Zakonodavna područja
profile-competences = Nadležno za

## Države Europskoga gospodarskog prostora
country-AT = Austrija
country-BE = Belgija
country-BG = Bugarska
country-HR = Hrvatska
country-CY = Cipar
country-CZ = Češka
country-DK = Danska
country-EE = Estonija
country-FI = Finska
country-FR = Francuska
country-DE = Njemačka
country-GR = Grčka
country-HU = Mađarska
country-IE = Irska
country-IT = Italija
country-LV = Latvija
country-LT = Litva
country-LU = Luksemburg
country-MT = Malta
country-NL = Nizozemska
country-PL = Poljska
country-PT = Portugal
country-RO = Rumunjska
country-SK = Slovačka
country-SI = Slovenija
country-ES = Španjolska
country-SE = Švedska
country-IS = Island
country-LI = Lihtenštajn
country-NO = Norveška

## Zahtjevi – popisi zahtjeva
inbox-empty-body-box = Ovdje će se prikazati zahtjevi vašeg tijela koji odgovaraju ovim filtrima.
inbox-new-request = Novi zahtjev
inbox-boxes = Popisi zahtjeva
inbox-total = { $count ->
    [one] { $count } zahtjev
    [few] { $count } zahtjeva
   *[other] { $count } zahtjeva
}
inbox-deadline = Rok: { $date }
inbox-number-label = Broj zahtjeva
inbox-sort-label = Redoslijed
inbox-sort-updated-desc = Najprije nedavno izmijenjeni
inbox-sort-updated-asc = Najprije najdulje neizmijenjeni
inbox-sort-deadline-asc = Najprije s najbližim rokom
inbox-sort-number-desc = Najprije najnoviji brojevi
box-to-accept = Za prihvaćanje
box-to-answer = Za odgovor ili pregled
box-awaiting = Čeka se druga strana
box-overdue = Prekoračen rok
box-drafts = Nacrti
box-closed = Zatvoreni
box-all = Svi

## Pogreške koje vraća poslužitelj (nastavak)
error-unsupported-file-type = Ova vrsta datoteke nije dopuštena. Priložite PDF, sliku ili uredski dokument.

## Zahtjev
request-title = Zahtjev br. { $number }
request-title-unknown = Zahtjev
request-overdue = Prekoračen rok
request-from = Pošiljatelj
request-to = Primatelj
request-created = Datum izrade
request-requested-date = Traženi rok za odgovor
request-deadline = Dogovoreni rok
request-subject = Na koga se zahtjev odnosi
request-personal-data-hidden = Osobni podaci, komentar, poruke i dokumenti prikazuju se nakon što vaše tijelo prihvati zahtjev.
request-personal-data-coordinator = Kao koordinator IMI-ja pratite tijek zahtjeva. Njegovi osobni podaci, komentar, poruke i dokumenti dostupni su samo dvama tijelima uključenima u zahtjev.
request-note-hidden = Tekst nije prikazan: može sadržavati osobne podatke.
request-blocked-on = Datum blokiranja osobnih podataka
request-personal-data-blocked = U skladu s pravilima o čuvanju osobni podaci iz ovog zahtjeva (na koga se odnosi, slobodni tekst i dokumenti) blokirani su { $date }. Nitko ih više ne može vidjeti, a bit će izbrisani { $deleted }.
request-personal-data-erased = U skladu s pravilima o čuvanju osobni podaci iz ovog zahtjeva izbrisani su { $date }. Zadržani su samo njegovi osnovni podaci: datumi, tijela, statusi i ocjene.
personal-data-mark = Osobni podaci
personal-data-legend = Ovaj znak označava osobne podatke. Vide ih samo tijela koja obrađuju zahtjev; nakon završetka zahtjeva oni se u skladu s pravilima o čuvanju najprije blokiraju, a zatim brišu.
nav-data-subjects = Ispitanici
data-subjects-title = Zahtjevi ispitanika
data-subjects-intro = Kada osoba pita koje podatke o njoj ima vaše tijelo, ovdje pronađite sve zahtjeve vašeg tijela koji se na nju odnose, uključujući one čiji su osobni podaci blokirani, i izradite izvješće na koje ima pravo. Svako pretraživanje i svako izvješće bilježi se zajedno s razlogom.
data-subjects-reason = Razlog
data-subjects-reason-help = Na primjer, datum i broj zahtjeva te osobe. Razlog se bilježi u revizijskom zapisu.
data-subjects-search = Pretraži
data-subjects-found = { $count ->
    [one] Pronađen je { $count } zahtjev
    [few] Pronađena su { $count } zahtjeva
   *[other] Pronađeno je { $count } zahtjeva
}
data-subjects-none = Nijedan zahtjev vašeg tijela ne odnosi se na tu osobu.
data-subjects-include = Uključi u izvješće
data-subjects-side-requesting = Poslalo vaše tijelo
data-subjects-side-responding = Primilo vaše tijelo
data-subjects-stage-visible = Osobni podaci vidljivi
data-subjects-stage-blocked = Osobni podaci blokirani
data-subjects-stage-deleted = Osobni podaci izbrisani
data-subjects-report-language = Jezik izvješća
data-subjects-make-report = Izradi izvješće
data-subjects-print = Ispiši izvješće
report-title = Osobni podaci koji se o Vama čuvaju
report-intro = { $authority } čuva sljedeće osobne podatke o Vama u Informacijskom sustavu unutarnjeg tržišta (IMI), putem kojeg tijela Europskoga gospodarskog prostora razmjenjuju informacije u skladu s Uredbom (EU) br. 1024/2012.
report-made-on = Izvješće izrađeno { $date }
report-request = Zahtjev br. { $number }
report-area = Pravno područje
report-data = Podaci koji se čuvaju
report-disclosures = Poslano ili primljeno
report-disclosure-sent = Poslano { $date }, primatelj: { $authority }
report-disclosure-forwarded = Proslijeđeno { $date }, primatelj: { $authority }
report-disclosure-split-off = Djelomično predano { $date }, primatelj: { $authority }
report-disclosure-received-from = Primljeno { $date }, pošiljatelj: { $authority }
report-retention = Blokiranje i brisanje
report-blocked-and-deleted = Blokiranje { $blocked } (od tada ih nitko ne može vidjeti) i brisanje { $deleted }.
report-not-ended = Zahtjev se još obrađuje. Osobni podaci iz njega blokirat će se { $block ->
    [one] { $block } mjesec
    [few] { $block } mjeseca
   *[other] { $block } mjeseci
} nakon njegova završetka, a izbrisati { $delete ->
    [one] { $delete } mjesec
    [few] { $delete } mjeseca
   *[other] { $delete } mjeseci
} nakon njegova završetka.
report-count = { $field }: { $count }
report-field-document = Dokument
report-field-comment = Komentar tijela koje je podnijelo zahtjev
report-field-note = Poruke i popratni tekstovi
report-field-text-answer = Pisani odgovori
report-field-answer-comment = Komentari uz odgovore
report-field-inspection-present = Prisutnost pri nadzoru na licu mjesta
report-empty = Zahtjevi ovog tijela ne sadržavaju osobne podatke o Vama.
timeline-fields = Ispravljena polja: { $fields }
request-rectify = Ispravi osobne podatke
request-rectify-title = Ispravi podatke o tome na koga se zahtjev odnosi
request-rectify-help = Drugo tijelo obavješćuje se o tome koja ste polja ispravili. Prethodne vrijednosti ne čuvaju se.
request-rectify-save = Spremi ispravak
request-comment = Komentar
request-original-language = Izvorni jezik: { $language }
request-questions = { $count ->
    [one] { $count } pitanje
    [few] { $count } pitanja
   *[other] { $count } pitanja
}
request-answer = Odgovor
request-answer-comment = Komentar uz odgovor
request-answer-choose = Odaberite odgovor
request-answer-date = Datum
request-answer-measurement = Izmjerena vrijednost ({ $unit })
request-answer-text = Tekst odgovora
request-save-answers = Spremi odgovore
request-send-answer = Pošalji odgovor
request-actions = Dostupne radnje
request-propose-days = Ili predložite drugi rok (u danima)
request-accept-proposed = Prihvati s ovim rokom
request-note = Popratni tekst
request-rating-timeliness = Pravodobnost odgovora
request-rating-effort = Kvaliteta odgovora
request-rating-choose = Odaberite ocjenu
request-rating-needed = Da biste zatvorili zahtjev, ocijenite pravodobnost i kvalitetu odgovora.
confirm-irreversible = Ova se radnja ne može poništiti. Želite li nastaviti?
request-split-choose = Premjesti ovo pitanje drugom tijelu
request-reuse = Izradi novi zahtjev na temelju ovog zahtjeva
request-timeline = Povijest
timeline-new = Novo nakon vaše promjene
request-message = Poruka drugom tijelu
request-message-send = Pošalji poruku
timeline-to = Primatelj: { $authority }
timeline-split-to = Novi zahtjev br. { $id }
subject-name = Ime ili naziv
subject-identifier = Registracijski ili identifikacijski broj
subject-birth-date = Datum rođenja
picker-label = Pretražite tijelo (na bilo kojem jeziku)
picker-more = Prikaži više
answer-yes = Da
answer-no = Ne
answer-unknown = Nepoznato
answer-date = Datum
answer-text = Pisani odgovor
answer-measurement = Izmjerena vrijednost
answer-document-attached = Dokument je priložen
answer-document-not-available = Dokument nije dostupan
event-created = Izrađen nacrt
event-sent = Poslano
event-withdrawn = Povučeno
event-accepted = Prihvaćeno
event-forwarded = Proslijeđeno
event-info-requested = Zatražene dodatne informacije
event-info-provided = Dostavljene informacije
event-answered = Odgovoreno
event-split-off = Pitanja izdvojena u novi zahtjev
event-clarification-requested = Zatraženo pojašnjenje
event-closed = Odgovor prihvaćen, zahtjev zatvoren
event-message = Poruka
event-attachment-added = Priložen dokument
toast-request-action-send = Zahtjev je poslan.
toast-request-action-delete = Nacrt je izbrisan.
toast-request-action-withdraw = Zahtjev je povučen.
toast-request-action-accept = Zahtjev je prihvaćen.
toast-request-action-forward = Zahtjev je proslijeđen.
toast-request-action-request-info = Vaše je pitanje poslano tijelu koje je podnijelo zahtjev.
toast-request-action-provide-info = Informacije su poslane.
toast-request-action-answer = Odgovor je poslan.
toast-request-action-split-off = Pitanja su premještena u novi zahtjev.
toast-request-action-request-clarification = Vaš je zahtjev za pojašnjenje poslan.
toast-request-action-close = Zahtjev je zatvoren.
toast-answers-saved = Vaši su odgovori spremljeni.

## Izrada zahtjeva
compose-title = Novi zahtjev
compose-steps = Koraci
compose-step-area = Zakonodavno područje
compose-step-authority = Tijelo
compose-step-subject = Subjekt
compose-step-questions = Pitanja
compose-step-details = Komentar i datum
compose-step-review = Pregled i slanje
compose-back = Natrag
compose-next = Dalje
compose-saved = Nacrt br. { $id } spremljen je
compose-chosen-authority = Odabrano tijelo: { $name }
compose-subject-help = Stručnjak ili pružatelj usluga na kojeg se zahtjev odnosi. Tijelo kojem je zahtjev upućen vidi te podatke tek nakon što prihvati zahtjev.
compose-comment-help = Pišite na svojem jeziku; drugo tijelo vidi o kojem je jeziku riječ.
compose-incomplete = Zahtjev još nije potpun. Dijelovi koji nedostaju označeni su.
compose-draft-title = Nacrt br. { $number }
compose-questions-filter = Filtrirajte pitanja
compose-questions-chosen = Odabrana pitanja: { $count }
compose-step-attention = zahtijeva pozornost
compose-review-fix = Prije slanja ispravite sljedeće:
compose-review-language = Pitanja se prikazuju na vašem jeziku; tijelo kojem je zahtjev upućen čita ih na svojem jeziku.
compose-review-none = Nema
field-error-missing = Obvezan podatak.
field-error-too-long = Vrijednost je preduga.
field-error-not-in-future = Datum mora biti nakon današnjeg.
field-error-in-future = Datum ne smije biti u budućnosti.
field-error-empty = Vrijednost ne smije biti prazna.
field-error-duplicate = Odabrano dvaput.
field-error-unknown = Nepoznata vrijednost.
field-error-other-area = Pripada drugom zakonodavnom području.
field-error-area-not-handled = Ovo tijelo nije nadležno za zakonodavno područje zahtjeva.
field-error-not-allowed = Ovdje nije dopušteno.
field-error-too-many = Previše stavki.

## Priloženi dokumenti
request-documents = Dokumenti
request-no-documents = Nema priloženih dokumenata.
request-documents-withheld = Dokumenti su osobni podaci: ovdje nisu prikazani, kao ni ostali osobni podaci ovog zahtjeva.
request-document-size = { $size } KB
upload-label = Priloži dokument
upload-choose = Odaberi datoteku…
upload-take-photo = Snimi fotografiju
upload-keep-original = Pošalji fotografije u izvornoj veličini (inače se najprije smanjuju na ovom uređaju)
date-day = Dan
date-month = Mjesec
date-year = Godina
upload-help = PDF, slika ili uredski dokument, najviše 20 MB.
upload-question = Pitanje na koje dokument odgovara
upload-no-question = Bez određenog pitanja
upload-question-number = Pitanje { $number }
upload-progress = Napredak prijenosa

## Obavijesti e-poštom ($event je jedna od poruka event-*)
email-subject = Zahtjev br. { $number }: { $event }
email-body = Poštovani/Poštovana { $name },

    tijelo { $authority } poduzelo je radnju u vezi sa zahtjevom br. { $number }: { $event }.

    Zahtjev možete otvoriti ovdje: { $link }

    Ovu je poruku poslao Informacijski sustav unutarnjeg tržišta. Molimo da na nju ne odgovarate.

## Obavijesti
notifications-label = Obavijesti
notifications-unread = { $count ->
    [one] { $count } nepročitana obavijest
    [few] { $count } nepročitane obavijesti
   *[other] { $count } nepročitanih obavijesti
}
notifications-empty = Nema obavijesti.
notifications-mark-all-read = Označi sve kao pročitano
notification-item = { $number }: { $event }

## Dodjela zahtjeva i koordinacija
request-assigned-to = Dodijeljeno: { $name }
request-assign-label = Odgovorni obrađivač
request-unassigned = Nije dodijeljeno
toast-assigned = Odgovorni obrađivač promijenjen je.
toast-saved = Spremljeno.
inbox-allocation-toggle = Raspoređivač zahtjeva svaki pristigli zahtjev dodjeljuje jednom od obrađivača zahtjeva našeg tijela
event-assigned = Dodijeljeno obrađivaču
event-reminded = Podsjetnik koordinatora
event-inactive = Dva mjeseca bez aktivnosti
event-rectified = Ispravljeni osobni podaci
nav-coordination = Koordinacija
coordination-title = Zahtjevi bez aktivnosti
coordination-intro = Zahtjevi tijela iz vaše države u kojima se više od dva mjeseca ništa nije dogodilo. Otvorite zahtjev kako biste ga proslijedili ili pošaljite podsjetnik tijelu koje treba poduzeti sljedeći korak.
coordination-empty = Nijedan zahtjev nije bez aktivnosti dva mjeseca ili dulje.
coordination-last-change = Posljednja promjena: { $date }
coordination-remind = Pošalji podsjetnik
toast-reminded = Podsjetnik je poslan.

## Strojno prevođenje slobodnog teksta
request-translate = Prevedi na moj jezik
request-info-asked = Tijelo { $authority } traži sljedeće dodatne informacije:
request-translation-unavailable = Ovaj je tekst na drugom jeziku, a strojno prevođenje nije postavljeno na ovom poslužitelju.
request-machine-translation = Strojni prijevod:

## Filtri pregleda
inbox-state-label = Status
inbox-any-state = Svi statusi
inbox-from-label = Posljednja promjena od
inbox-to-label = Posljednja promjena do
inbox-assigned-to-me = Samo zahtjevi dodijeljeni meni

## Pozivnice e-poštom i istodobno uređivanje, upravljanje registrom tijela (koordinatori) i upravljanje korisnicima (lokalni administratori podataka)
email-invitation-subject = Vaš korisnički račun u Informacijskom sustavu unutarnjeg tržišta (IMI): { $authority }
email-invitation-body = Poštovani/Poštovana { $name },

    { $inviter } otvorio/otvorila vam je korisnički račun u Informacijskom sustavu unutarnjeg tržišta (IMI) kao korisniku sljedećeg tijela: { $authority }.

    Da biste ga aktivirali, otvorite sljedeću poveznicu i odaberite lozinku: { $link }

    Poveznica se može upotrijebiti samo jednom i vrijedi { $days ->
        [one] { $days } dan
        [few] { $days } dana
       *[other] { $days } dana
    }. Ako niste očekivali ovu poruku, možete je zanemariti.

error-edit-conflict = Nakon što ste otvorili ovaj zapis, u njemu su spremljene tuđe izmjene. Ponovno učitajte stranicu kako biste ih vidjeli, a zatim ponovno unesite svoje.
error-invalid-parameter = Adresa ove stranice nije valjana. Provjerite poveznicu ili se vratite natrag i pokušajte ponovno.
error-rate-limited = Ova je radnja nedavno izvršena i još se ne može ponoviti. Pokušajte ponovno kasnije.
error-second-factor-required = Unesite kod iz aplikacije za autentifikaciju.
error-invalid-second-factor = Kod nije točan ili je istekao. Unesite kod koji aplikacija trenutačno prikazuje.
error-second-factor-setup-required = Vaše uloge zahtijevaju prijavu u dva koraka. Da biste nastavili, postavite je na stranici svojeg korisničkog računa.
error-storage-full = Dokument nije bilo moguće pohraniti jer je prostor za pohranu na poslužitelju popunjen. Ništa nije spremljeno; obavijestite svojeg administratora IMI-ja.
error-personal-data-blocked = Osobni podaci u ovom zahtjevu blokirani su u skladu s pravilima o čuvanju: ništa mu se ne može dodati.
error-idempotency-key-reused = Ta je promjena već poslana s drukčijim sadržajem. Ponovno učitajte stranicu i ponovno unesite promjenu.
error-request-in-progress = Ta se promjena još obrađuje. Pričekajte trenutak i pokušajte ponovno.
error-device-storage-full = Na ovom uređaju više nema mjesta za čuvanje promjene do ponovne uspostave veze. Ništa nije sačuvano: oslobodite prostor na uređaju ili unesite promjenu kad budete povezani s mrežom.
error-too-large-to-keep = Ovaj je dokument prevelik da bi se čuvao na uređaju do ponovne uspostave veze. Priložite ga kad budete povezani s mrežom.
nav-registry = Registar
nav-users = Korisnici
registry-title = Upravljanje registrom tijela
registry-intro = Registrirajte tijela svoje države ili ih uvezite više odjednom iz datoteke CSV. Da biste ispravili podatke o tijelu, pronađite ga pretraživanjem i otvorite njegov profil.
registry-new = Registriraj tijelo
registry-import-title = Uvoz iz datoteke CSV
registry-import-help = Jedno tijelo po retku, sa stupcima opisanima u uputama za uvoz. Ako je bilo koji redak neispravan, ništa se ne uvozi; ponovni uvoz iste datoteke ništa ne mijenja.
registry-import-file = Datoteka CSV
registry-import-progress = Napredak uvoza
registry-import-done = Uvoz je završen. Novo: { $created }, ažurirano: { $updated }, nepromijenjeno: { $unchanged }.
registry-import-refused = Ništa nije uvezeno. Ispravite ove retke i ponovno uvezite datoteku:
registry-import-line = Redak
registry-import-column = Stupac
registry-import-reason = Problem
form-title-new = Registracija tijela
form-title-edit = Uređivanje: { $name }
form-errors = Ispravite označena polja.
form-name = Naziv na izvornom jeziku tijela
form-name-language = Jezik naziva
form-other-names = Nazivi na drugim službenim jezicima
form-other-name = Drugi naziv br. { $number }
form-other-name-add = Dodaj naziv na drugom jeziku
form-other-name-remove = Ukloni
form-name-en = Naziv na engleskom jeziku
form-city = Grad
form-level-help = Dio države za koji je tijelo nadležno. Ako više tijela jednako odgovara pretraživanju, prvo se navodi tijelo na državnoj razini.
form-phone-help = U međunarodnom obliku, na primjer +371 6701 2345.
form-competences-filter = Pronađite nadležnost koju želite dodati
form-administrator = Prvi lokalni administrator podataka
form-administrator-help = Ta osoba prima pozivnicu e-poštom, odabire lozinku i zatim upravlja korisnicima tijela.
form-person-name = Ime i prezime
form-invitation-language = Jezik pozivnice
form-save = Spremi
form-register = Registriraj
form-cancel = Odustani
profile-edit = Uredi
authority-send-request = Pošalji zahtjev ovom tijelu
profile-area-coordinator = Koordinator IMI-ja za svoja zakonodavna područja
profile-other-names = Drugi nazivi
profile-registered-by = Registrirao/Registrirala
profile-registered-by-value = { $user }, { $authority }
users-title = Korisnici
users-roles = Uloge
users-active = Aktivan račun
users-pending = Pozivnica još nije prihvaćena
users-invitation-expired = Pozivnica je istekla
users-resend-invitation = Ponovno pošalji pozivnicu
toast-invitation-resent = Poslana je nova pozivnica; prethodna poveznica više ne vrijedi.
users-inactive = Deaktiviran račun
users-invited-by = Pozvao/Pozvala: { $name }
users-may-log-in = Može se prijaviti
users-invite-title = Pozovite kolegu
users-invite = Pošalji pozivnicu
toast-invited = Pozivnica je poslana.
invitation-title = Dobro došli u sustav IMI
invitation-intro = { $name }, pozvani ste u Informacijski sustav unutarnjeg tržišta kao korisnik sljedećeg tijela: { $authority } ({ $country }). Za aktivaciju korisničkog računa odaberite lozinku.
password-help = { $count ->
    [one] Najmanje { $count } znak. Dobru lozinku čini nekoliko nepovezanih riječi; uobičajene lozinke te vaše ime i adresa ne prihvaćaju se.
    [few] Najmanje { $count } znaka. Dobru lozinku čini nekoliko nepovezanih riječi; uobičajene lozinke te vaše ime i adresa ne prihvaćaju se.
   *[other] Najmanje { $count } znakova. Dobru lozinku čini nekoliko nepovezanih riječi; uobičajene lozinke te vaše ime i adresa ne prihvaćaju se.
}
invitation-repeat = Ponovite lozinku
invitation-mismatch = Lozinke se ne podudaraju.
invitation-accept = Aktiviraj moj račun
invitation-invalid = Ova poveznica za pozivnicu nije poznata, već je upotrijebljena ili je istekla. Za novu pozivnicu obratite se lokalnom administratoru podataka ili koordinatoru IMI-ja.
field-error-invalid-email = Adresa e-pošte nije valjana.
field-error-invalid-phone = Telefonski broj nije u međunarodnom obliku (znak + iza kojeg slijede znamenke).
field-error-not-yours = Izvan zakonodavnih područja koja koordinirate.
field-error-taken = Tu vrijednost već upotrebljava drugi korisnički račun.
field-error-too-short = Vrijednost je prekratka.
field-error-last-administrator = Tijelo mora imati barem jednog aktivnog lokalnog administratora podataka.
field-error-control-character = Sadržava kontrolni znak ili znak za smjer teksta; uklonite ga.
field-error-not-own-country = Odaberite tijelo iz svoje države.
field-error-too-personal = Ne smije sadržavati vašu adresu e-pošte ni vaše ime.
field-error-too-guessable = Prelako se može pogoditi: riječ je o uobičajenoj lozinki ili o nečemu vrlo sličnom. Upotrijebite dulji izraz sastavljen od nepovezanih riječi.
field-error-wrong-code = Kod nije točan ili je istekao.
field-error-no-setup = Postavljanje nije započeto ili je zamijenjeno novim; započnite ga ponovno.
field-error-no-second-factor = Prijava u dva koraka nije uključena.
field-error-required-by-role = Vaše uloge zahtijevaju prijavu u dva koraka; ne može se isključiti.
field-error-wrong-password = Lozinka nije točna.
field-error-self = Ne možete deaktivirati vlastiti korisnički račun.
field-error-other-country = Pripada drugoj državi.
field-error-not-utf8 = Datoteka nije tekst u kodiranju UTF-8. Spremite je iz programa za proračunske tablice u formatu „CSV UTF-8”.
field-error-unreadable = Ovaj se redak ne može pročitati kao CSV.
field-error-unknown-column = Nepoznat stupac.
field-error-missing-column = Nedostaje obvezni stupac.
field-error-wrong-column-count = Ovaj redak nema jednako mnogo ćelija kao zaglavlje.
field-error-too-many-rows = Previše redaka: najviše 20.000 po datoteci.
field-error-invalid-format = Vrijednost nije u očekivanom obliku.
field-error-duplicate-of-line = Ista oznaka kao u retku { $line }.
field-error-out-of-range = Vrijednost je izvan dopuštenog raspona.
field-error-out-of-range-between = Vrijednost mora biti između { $min } i { $max }.
field-error-invalid-date = Nije valjan datum.
field-error-nonexistent-date = Taj datum ne postoji.
field-error-invalid-person-name = Nije ime osobe.
field-error-invalid-register-reference = Nije valjan registarski broj.
field-error-unknown-country = Država koju sustav ne poznaje.
field-error-unknown-placeholder = Rezervirano mjesto koje sustav ne poznaje.
field-error-unexpected = Ne pripada odabranim pitanjima.
field-error-line-break = Vrijednost mora stati u jedan redak.
field-error-none-left = U zahtjevu mora ostati barem jedno pitanje.
field-error-not-a-handler = Nije aktivni obrađivač zahtjeva ovog tijela.
field-error-not-a-coordinator = Nije koordinator IMI-ja.
field-error-not-asked = Nije među pitanjima iz zahtjeva.
field-error-not-here = Ovdje nije dopušteno.
field-error-unterminated = Rezervirano mjesto otvoreno je, ali nije zatvoreno.
field-error-empty-name = Rezervirano mjesto nema naziv.
field-error-invalid-name = Naziv rezerviranog mjesta nije valjan.
field-error-mismatched-delimiters = Zagrade se ne podudaraju.
field-error-nested = Rezervirano mjesto nalazi se unutar drugoga.
field-error-wrong-kind = Ta vrsta odgovora nije prikladna za pitanje.
field-error-no-attachment = Uz ovo pitanje nije priložen nijedan dokument.

## Korisnički račun: prijava u dva koraka, sesije, lozinka
login-code = Kod iz aplikacije za autentifikaciju
login-code-intro = Za vaš korisnički račun upotrebljava se prijava u dva koraka. Unesite kod koji vaša aplikacija za autentifikaciju trenutačno prikazuje.
login-code-help = Šest znamenki iz aplikacije ili jedan od vaših kodova za oporavak.
user-account = Vaš korisnički račun
account-title = Vaš korisnički račun
account-second-factor-title = Prijava u dva koraka
account-second-factor-intro = Pri prijavi se nakon lozinke traži šesteroznamenkasti kod iz aplikacije za autentifikaciju na vašem mobilnom telefonu, primjerice FreeOTP, Aegis, Google Authenticator ili Microsoft Authenticator.
account-second-factor-required = Vaše uloge (lokalni administrator podataka ili koordinator IMI-ja) zahtijevaju prijavu u dva koraka. Da biste nastavili, postavite je sada.
account-second-factor-on = { $count ->
    [one] Prijava u dva koraka uključena je. Preostao je još { $count } kod za oporavak.
    [few] Prijava u dva koraka uključena je. Preostala su još { $count } koda za oporavak.
   *[other] Prijava u dva koraka uključena je. Preostalo je još { $count } kodova za oporavak.
}
account-second-factor-off = Prijava u dva koraka isključena je.
account-second-factor-start = Postavi prijavu u dva koraka
account-second-factor-scan = Skenirajte ovaj kod aplikacijom za autentifikaciju ili u nju upišite ključ naveden u nastavku. Zatim unesite kod koji aplikacija prikazuje.
account-second-factor-qr = QR kod za dodavanje vašeg korisničkog računa u aplikaciju za autentifikaciju
account-second-factor-key = Ključ
account-second-factor-code = Kod iz aplikacije
account-second-factor-confirm = Uključi prijavu u dva koraka
account-second-factor-disable = Isključi prijavu u dva koraka
account-recovery-title = Kodovi za oporavak
account-recovery-intro = Čuvajte ove kodove na sigurnom mjestu, odvojeno od mobilnog telefona. Ako izgubite telefon, svaki od njih omogućuje jednu prijavu. Prikazuju se samo sada.
account-recovery-done = Kodovi su spremljeni
account-recovery-renew = Novi kodovi za oporavak
account-sessions-title = Gdje ste prijavljeni
account-session-browser = Preglednik
account-session-address = Adresa
account-session-started = Početak
account-session-ends = Istek
account-session-current = Ova sesija
account-session-unknown = Nepoznato
account-session-end = Završi tu sesiju
account-sessions-end-others = Završi sve ostale sesije
account-password-title = Lozinka
account-password-current = Trenutačna lozinka
account-password-new = Nova lozinka
account-password-repeat = Ponovite novu lozinku
account-password-change = Promijeni lozinku
toast-second-factor-on = Prijava u dva koraka uključena je.
toast-second-factor-off = Prijava u dva koraka isključena je.
toast-recovery-renewed = Izrađeni su novi kodovi za oporavak; stari više ne vrijede.
toast-session-ended = Ta je sesija završena.
toast-sessions-ended = Vaše su ostale sesije završene.
toast-password-changed = Lozinka je promijenjena, a vaše su ostale sesije završene.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## $number je broj kako ga zapisuje jezik čitatelja, a $count isti broj kao broj (za oblik
## množine). $from, $to i $today su datumi; $value, $green i $red su vrijednosti već zapisane
## prema jeziku čitatelja (postotak ili dani); $zone je vremenska zona (UTC); $indicator je
## naziv jednog od podataka statistics-figure-*.
nav-statistics = Statistika
statistics-title = Statistika
statistics-intro = Koliko se zahtjeva razmjenjuje, koliko se brzo prihvaćaju i koliko se brzo na njih odgovara te kako tijela koja su podnijela zahtjeve ocjenjuju odgovore. Ti podaci ne obuhvaćaju nijednu osobu, ime ni tekst.
statistics-print = Ispiši
statistics-filters = Filtri
statistics-from = Od
statistics-to = Do
statistics-partner = Partnerska država
statistics-direction = Smjer
statistics-direction-all = Poslani i primljeni
statistics-direction-sent = Poslani
statistics-direction-received = Primljeni
statistics-granularity = Vremenska jedinica niza
statistics-granularity-month = Mjesec
statistics-granularity-quarter = Tromjesečje
statistics-granularity-year = Godina
statistics-whose = Podaci za
statistics-scope-everything = Sve države
statistics-scope-areas = { $country }: vaša zakonodavna područja
statistics-scope-authority = Vaše tijelo
statistics-your-areas = Vaša zakonodavna područja
statistics-period = Zahtjevi poslani od { $from } do { $to }
statistics-as-of = Dani su kalendarski dani prema vremenskoj zoni { $zone }; stanje podataka na dan { $today }.
statistics-volumes-heading = Broj zahtjeva
statistics-performance-heading = Brzina i zadovoljstvo
statistics-performance-intro = Brzina i zadovoljstvo odnose se na stranu koja odgovara na zahtjeve: obuhvaćaju zahtjeve poslane tim tijelima u tom razdoblju. Uz svaki je podatak naveden broj zahtjeva na kojima se temelji; podatak koji se temelji na malom broju zahtjeva može se znatno promijeniti.
statistics-figure-sent = Poslani zahtjevi
statistics-figure-received = Primljeni zahtjevi
statistics-figure-open-now = Trenutačno otvoreni
statistics-figure-overdue-now = Trenutačno s prekoračenim rokom
statistics-figure-accepted-in-time = Prihvaćeni u roku od 7 dana
statistics-figure-average-days = Prosječan broj dana do odgovora
statistics-figure-median-days = Medijan broja dana do odgovora
statistics-figure-by-agreed-date = Odgovoreni do dogovorenog roka
statistics-figure-within-two-weeks = Odgovoreni u roku od dva tjedna
statistics-figure-negative-timeliness = Negativne ocjene pravodobnosti
statistics-figure-negative-effort = Negativne ocjene kvalitete
statistics-what-is-counted = Što se uračunava
statistics-definition-sent = Zahtjevi koje su ta tijela poslala u tom razdoblju, pri čemu se svaki uračunava na dan slanja. Nacrti se nikada ne uračunavaju. Proslijeđeni zahtjev uračunava se jednom; zahtjev izdvojen iz drugog zahtjeva zaseban je zahtjev, poslan na dan izdvajanja; povučeni zahtjev i dalje se uračunava. Dani su kalendarski dani prema UTC-u.
statistics-definition-received = Zahtjevi poslani tim tijelima u tom razdoblju, pri čemu se svaki uračunava na dan slanja. Proslijeđeni zahtjev uračunava se jednom, i to tijelu kod kojeg se posljednje nalazi; povučeni zahtjev i dalje se uračunava. Dani su kalendarski dani prema UTC-u.
statistics-definition-open-now = Poslani ili primljeni zahtjevi tih tijela koji danas čekaju prihvaćanje, prihvaćeni su ili čekaju dodatne informacije, bez obzira na to kada su poslani: ovaj podatak nije ograničen na razdoblje.
statistics-definition-overdue-now = Od trenutačno otvorenih zahtjeva, oni kojima je dogovoreni rok do današnjeg dana istekao (kalendarski dani prema UTC-u). Ni ovaj podatak nije ograničen na razdoblje.
statistics-definition-accepted-in-time = Od primljenih zahtjeva koji su prihvaćeni ili koji bez prihvaćanja čekaju dulje od 7 dana, udio zahtjeva prihvaćenih najkasnije 7 kalendarskih dana nakon primitka. Zahtjev je primljen na dan slanja ili, ako je proslijeđen, na dan posljednjeg prosljeđivanja, kako se tijelu ne bi uračunavali dani tijekom kojih je zahtjev bio kod drugog tijela. Povučeni zahtjev uračunava se samo ako je bio prihvaćen. Dani su kalendarski dani prema UTC-u.
statistics-definition-average-days = Prosječan broj kalendarskih dana (UTC) od primitka (dana slanja ili posljednjeg prosljeđivanja) do prvog odgovora, izračunan za primljene zahtjeve na koje je odgovoreno. Ako je nakon odgovora zatraženo pojašnjenje, i dalje se uzima u obzir prvi odgovor.
statistics-definition-median-days = Središnja vrijednost istih brojeva dana od primitka do prvog odgovora: polovina odgovora dana je u tom roku ili kraćem. Kod parnog broja odgovora uzima se manja od dviju središnjih vrijednosti.
statistics-definition-by-agreed-date = Od zahtjeva na koje je odgovoreno i za koje je dogovoren rok, udio zahtjeva na koje je prvi odgovor dan na taj dan ili prije njega (kalendarski dani prema UTC-u).
statistics-definition-within-two-weeks = Od zahtjeva na koje je odgovoreno, udio zahtjeva na koje je prvi odgovor dan najkasnije 14 kalendarskih dana (UTC) nakon primitka (dana slanja ili posljednjeg prosljeđivanja).
statistics-definition-negative-timeliness = Od primljenih zahtjeva koje je tijelo koje je podnijelo zahtjev ocijenilo pri zatvaranju, udio zahtjeva čiji je odgovor to tijelo negativno ocijenilo u pogledu pravodobnosti.
statistics-definition-negative-effort = Od primljenih zahtjeva koje je tijelo koje je podnijelo zahtjev ocijenilo pri zatvaranju, udio zahtjeva čiji je odgovor to tijelo negativno ocijenilo u pogledu kvalitete.
statistics-no-figure = Nema zahtjeva
statistics-based-on = { $count ->
    [one] Na temelju { $number } zahtjeva
    [few] Na temelju { $number } zahtjeva
   *[other] Na temelju { $number } zahtjeva
}
statistics-eea = EGP
statistics-eea-value = EGP: { $value }
statistics-band-green = Dobro
statistics-band-yellow = Potrebno praćenje
statistics-band-red = Slabo
statistics-legend-title = Pragovi kategorija
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: dobro od { $green }, slabo ispod { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: dobro ispod { $green }, slabo iznad { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: dobro od { $green }, slabo ispod { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: dobro ispod { $green }, slabo od { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: dobro ispod { $green }, slabo od { $red }.
statistics-quarter = { $quarter }. tromjesečje { $year }
statistics-quarter-short = { $quarter }. tr.
statistics-charts-heading = Kretanje tijekom vremena
statistics-volumes-title = Poslani i primljeni zahtjevi
statistics-acceptance-title = Udio zahtjeva prihvaćenih u roku od 7 dana
statistics-days-title = Prosječan broj dana do odgovora
statistics-axis-requests = Zahtjevi
statistics-axis-share = Udio
statistics-axis-days = Dani
statistics-show-table = Prikaži kao tablicu
statistics-tables-heading = Raščlambe
statistics-column-period = Razdoblje
statistics-column-sent = Poslani
statistics-column-received = Primljeni
statistics-column-based-on = Osnovica (broj zahtjeva)
statistics-column-area = Zakonodavno područje
statistics-column-partner = Partnerska država
statistics-column-country = Država
statistics-column-from-to = Od (retci) prema (stupci)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Zahtjevi po zakonodavnim područjima
statistics-by-partner-title = Zahtjevi po partnerskim državama
statistics-by-partner-intro = Partnerska država je država s druge strane: za poslani zahtjev to je država koja odgovara na zahtjev, a za primljeni zahtjev država koja je podnijela zahtjev.
statistics-exchanges-title = Zahtjevi između država
statistics-exchanges-intro = Svaki redak odgovara državi koja podnosi zahtjev, a svaki stupac državi koja odgovara na zahtjev; navedene su samo države koje su u tom razdoblju imale zahtjeve.
statistics-scoreboard-title = Pregled stanja država koje odgovaraju na zahtjeve
statistics-scoreboard-intro = Pokazatelji svake države kao strane koja odgovara na zahtjeve, za zahtjeve koje je primila u tom razdoblju, s kategorijama prema gore navedenim pragovima.
statistics-csv = Preuzmi CSV
statistics-csv-failed = Ovaj preglednik nije mogao izraditi datoteku.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: kategorija
statistics-csv-based-on = { $indicator }: osnovica (broj zahtjeva)
statistics-empty-title = U ovom razdoblju nema zahtjeva
statistics-empty-body = U ovom razdoblju nije poslan nijedan zahtjev koji odgovara ovim filtrima. Odaberite dulje razdoblje ili manje filtara.
statistics-error-before-start = Ne smije biti prije prvog dana razdoblja.
statistics-error-too-long = { $count ->
    [one] Razdoblje smije trajati najviše { $days } dan.
    [few] Razdoblje smije trajati najviše { $days } dana.
   *[other] Razdoblje smije trajati najviše { $days } dana.
}

## Upozorenja: jedno tijelo upozorava mnoga

role-alert_coordinator = Koordinator upozorenja
field-error-before-start = Ne smije biti prije datuma od kojeg se odluka primjenjuje.
alert-state-draft = Nacrt
alert-state-awaiting-approval = Čeka odobrenje koordinatora upozorenja
alert-state-sent = Poslano
alert-state-closure-proposed = Predloženo zatvaranje
alert-state-closed = Zatvoreno
alert-state-withdrawn = Povučeno
alert-action-edit = Uredi
alert-action-delete = Izbriši nacrt
alert-action-send = Pošalji upozorenje
alert-action-approve = Odobri i pošalji
alert-action-reject = Vrati pošiljatelju
alert-action-acknowledge = Potvrdi primitak za državu
alert-action-pass-on = Proslijedi tijelima
alert-action-acknowledge-receipt = Potvrdi primitak
alert-action-modify = Izmijeni
alert-action-withdraw = Povuci
alert-action-propose-closure = Predloži zatvaranje
alert-action-reject-closure = Ostavi upozorenje otvorenim
alert-action-close = Zatvori upozorenje
alert-event-created = Izrađen nacrt
alert-event-submitted = Podneseno na odobrenje
alert-event-approved = Odobrio koordinator upozorenja
alert-event-rejected = Vraćeno pošiljatelju
alert-event-sent = Upozorenje poslano
alert-event-acknowledged = Primitak potvrdio koordinator upozorenja države
alert-event-passed-on = Proslijeđeno nadležnim tijelima
alert-event-receipt-acknowledged = Primitak potvrdilo tijelo
alert-event-modified = Upozorenje izmijenjeno
alert-event-withdrawn = Upozorenje povučeno
alert-event-withdrawn-wrong = Upozorenje povučeno jer se pokazalo neosnovanim
alert-event-closure-proposed = Predloženo zatvaranje
alert-event-closure-rejected = Upozorenje ostaje otvoreno
alert-event-closed = Upozorenje zatvoreno
alert-event-end-reminder = Odluka se više ne primjenjuje: zatvorite ili povucite upozorenje
alert-event-late-reminder = Prekoračen rok: odluka je prestala vrijediti prije više od 3 dana, a upozorenje je još otvoreno
email-alert-subject = Upozorenje br. { $number }: { $event }
email-alert-body = Poštovani/Poštovana { $name },

    tijelo { $authority } poduzelo je radnju u vezi s upozorenjem br. { $number } ({ $kind }): { $event }.

    Upozorenje možete otvoriti ovdje: { $link }

    Ovu je poruku poslao Informacijski sustav unutarnjeg tržišta. Molimo da na nju ne odgovarate.

alert-delivery-received = Primljeno, primitak još nije potvrđen
alert-delivery-acknowledged = Primitak potvrđen
alert-delivery-passed-on = Proslijeđeno nadležnim tijelima
alert-box-drafts = Nacrti upozorenja
alert-box-sent = Poslana upozorenja
alert-box-to-approve = Upozorenja za odobrenje
alert-box-to-acknowledge = Upozorenja za potvrdu primitka
alert-box-received = Primljena upozorenja

## Alerts: the pages

nav-alerts = Upozorenja
alerts-title = Upozorenja
alerts-intro = Upozorenjima se nadležna tijela drugih država obavješćuju o stručnjaku ili pružatelju usluga: o zabrani ili ograničenju obavljanja djelatnosti, krivotvorenoj diplomi ili opasnosti za zdravlje, sigurnost ili okoliš.
alerts-boxes = Popisi upozorenja
alerts-new = Novo upozorenje
alerts-check-link = Provjera stručnjaka
alerts-in-force = Važeća upozorenja
alerts-unread = Nepročitane novosti o upozorenjima
# Čitači zaslona to izgovaraju kada se poveća broj nepročitanih novosti o upozorenjima.
live-alert-news = { $count ->
    [one] { $count } nepročitana novost o upozorenjima
    [few] { $count } nepročitane novosti o upozorenjima
   *[other] { $count } nepročitanih novosti o upozorenjima
}
alerts-empty-title = Ovdje nema upozorenja
alerts-empty-body = Ovdje se navode upozorenja koja stignu vašoj državi ili vašem tijelu te upozorenja koja pošalje vaše tijelo.
alerts-total = { $count ->
    [one] { $count } upozorenje
    [few] { $count } upozorenja
   *[other] { $count } upozorenja
}
alert-title = Upozorenje br. { $number }
alert-title-unknown = Upozorenje
alert-subject-withheld = Osobni podaci nisu prikazani
alert-unread = Novosti otkad ste ga posljednji put otvorili
alert-from-country = Država pošiljateljica: { $country }
alert-details = Pojedinosti
alert-sender = Tijelo pošiljatelj
alert-sent-at = Datum slanja
alert-revision-label = Izmjene
alert-revision = { $count ->
    [one] Nakon slanja izmijenjeno { $count } put
    [few] Nakon slanja izmijenjeno { $count } puta
   *[other] Nakon slanja izmijenjeno { $count } puta
}
alert-personal-hidden = Osobni podaci ovog upozorenja prikazuju se samo pošiljatelju, koordinatorima upozorenja i tijelima kojima je upozorenje proslijeđeno.
alert-comment = Komentar
alert-comment-help = Za primatelje: ono što trebaju znati osim podataka iz gornjih polja. Pišite na svojem jeziku; svaki čitatelj može zatražiti strojni prijevod.
alert-late-reason = Razlog kašnjenja sa slanjem upozorenja
alert-proved-wrong = Ovo je upozorenje povučeno jer se pokazalo neosnovanim.
alert-due-left = { $days ->
    [0] Rok ističe danas: upozorenje se mora poslati u roku od 3 dana od donošenja odluke.
    [one] Za slanje ovog upozorenja preostao je još { $days } dan.
    [few] Za slanje ovog upozorenja preostala su još { $days } dana.
   *[other] Za slanje ovog upozorenja preostalo je još { $days } dana.
}
alert-due-late = { $days ->
    [one] Rok je prekoračen za { $days } dan: navedite zašto se upozorenje šalje sa zakašnjenjem.
    [few] Rok je prekoračen za { $days } dana: navedite zašto se upozorenje šalje sa zakašnjenjem.
   *[other] Rok je prekoračen za { $days } dana: navedite zašto se upozorenje šalje sa zakašnjenjem.
}
alert-actions = Dostupne radnje
alert-note = Obrazloženje
alert-note-help = Obvezno za vraćanje, povlačenje ili prijedlog zatvaranja upozorenja; čitaju ga svi primatelji.
alert-note-missing = Najprije navedite obrazloženje.
alert-withdraw-proved-wrong = Upozorenje se pokazalo neosnovanim: obavijesti o tome sve primatelje
alert-conflict = { $error } Trenutačni status upozorenja: { $state }.
alert-deliveries = Primatelji
alert-deliveries-summary = { $count ->
    [one] Primitak je potvrđen za { $acknowledged } od { $count } države.
    [few] Primitak je potvrđen za { $acknowledged } od { $count } države.
   *[other] Primitak je potvrđen za { $acknowledged } od { $count } država.
}
alert-column-country = Država
alert-column-delivery = Koordinator upozorenja
alert-column-authorities = Nadležna tijela
alert-received-at = primljeno { $date }
alert-acknowledged-at = primitak potvrđen { $date }
alert-not-acknowledged = primitak još nije potvrđen
alert-read-at = pročitano { $date }
alert-not-read = još nije pročitano
alert-no-recipients = Još nije proslijeđeno
alert-timeline = Povijest
alert-event-for-country = za državu: { $country }
alert-pass-on-title = Prosljeđivanje nadležnim tijelima
alert-pass-on-help = Registar predlaže tijela vaše države nadležna za ovo zanimanje ili djelatnost. Uklonite oznaku s tijela koja ga ne bi trebala primiti ili dodajte druga tijela.
alert-pass-on-none = U registru nije navedeno nijedno tijelo vaše države nadležno za ovo zanimanje ili djelatnost. Dodajte tijela koja bi ga trebala primiti.
alert-pass-on-already = (već ga je primilo)
alert-pass-on-add = Dodaj drugo tijelo
alert-pass-on-own-country = Upozorenja se mogu proslijediti samo tijelima vaše države.
alert-pass-on-submit = { $count ->
    [one] Proslijedi odabranom tijelu ({ $count })
    [few] Proslijedi odabranim tijelima ({ $count })
   *[other] Proslijedi odabranim tijelima ({ $count })
}
alert-compose-title = Novo upozorenje
alert-draft-title = Nacrt upozorenja br. { $number }
alert-modify-title = Izmjena upozorenja br. { $number }
alert-step-kind = Vrsta upozorenja
alert-step-fields = Pojedinosti
alert-step-countries = Države
alert-step-review = Komentar i slanje
alert-kind-legal-basis = Pravna osnova: { $basis }
alert-choose-kind-first = Najprije odaberite vrstu upozorenja.
alert-field-required = { $label } (obvezno)
alert-choose = Odaberite…
alert-countries-all = Ovo se upozorenje šalje koordinatorima upozorenja svih 30 država EGP-a.
alert-countries-choose = Odaberite države u kojima pružatelj usluga obavlja djelatnost ili u kojima može nastati rizik.
alert-countries-always = { $country } u svakom slučaju prima ovo upozorenje kao država poslovnog nastana.
alert-countries-none = Još nije odabrana nijedna država.
alert-goes-to = Države primateljice: { $countries }
alert-approval-note = Upozorenja iz vaše države prije slanja odobrava njezin koordinator upozorenja.
alert-modify-note = Svi primatelji obavješćuju se o tome da je upozorenje izmijenjeno.
alert-problems = Još treba dovršiti
alert-incomplete = Upozorenje još nije potpuno. Dijelovi koji nedostaju označeni su.
alert-save-draft = Spremi nacrt
alert-save-modification = Spremi izmjenu
alert-submit = Podnesi na odobrenje
alert-check-title = Smije li ovaj stručnjak obavljati djelatnost?
alert-check-intro = Pretražite prema imenu važeća upozorenja o stručnim kvalifikacijama koja su stigla vašoj državi ili vašem tijelu. Dijakritički znakovi i jedna pogreška pri upisu ne utječu na rezultat. Pronađeno upozorenje znači da se u državi koja ga je poslala primjenjuje zabrana ili ograničenje; ako upozorenje nije pronađeno, to nije dokaz da stručnjak smije obavljati djelatnost.
alert-check-name = Ime i prezime stručnjaka
alert-check-profession = Zanimanje
alert-check-any-profession = Sva zanimanja
alert-check-submit = Pretraži upozorenja
alert-check-none = Nijedno važeće upozorenje ne navodi ime „{ $name }”.
alert-check-found = { $count ->
    [one] Pronađeno je { $count } važeće upozorenje
    [few] Pronađena su { $count } važeća upozorenja
   *[other] Pronađeno je { $count } važećih upozorenja
}
toast-alert-saved = Nacrt je spremljen.
toast-alert-sent = Upozorenje je poslano.
toast-alert-submitted = Upozorenje je podneseno na odobrenje.
toast-alert-modified = Upozorenje je izmijenjeno; primatelji su obaviješteni.
toast-alert-deleted = Nacrt je izbrisan.
toast-alert-passed-on = Upozorenje je proslijeđeno.
toast-alert-done = Izvršeno: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Niste povezani s mrežom. Zahtjevi koje ste otvorili i dalje su dostupni za čitanje; odgovori, poruke i dokumenti koje dodate čuvaju se na ovom uređaju i šalju se kad se veza ponovno uspostavi.
update-ready = Nova verzija sustava je spremna.
update-reload = Učitaj novu verziju

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] { $count } promjena napravljena bez veze čeka slanje.
    [few] { $count } promjene napravljene bez veze čekaju slanje.
   *[other] { $count } promjena napravljenih bez veze čeka slanje.
}
queue-sending = Slanje promjena napravljenih bez veze…
queue-attention = { $count ->
    [one] { $count } promjena napravljena bez veze nije poslana i zahtijeva vašu odluku.
    [few] { $count } promjene napravljene bez veze nisu poslane i zahtijevaju vašu odluku.
   *[other] { $count } promjena napravljenih bez veze nije poslano i zahtijeva vašu odluku.
}
queue-title = Čeka slanje
queue-intro = Ove su promjene napravljene bez veze i čuvaju se na ovom uređaju. Šalju se redom čim se veza ponovno uspostavi.
queue-kind-answers = Odgovori (spremljeni, nisu poslani tijelu koje je podnijelo zahtjev)
queue-kind-answer = Odgovori koje treba poslati tijelu koje je podnijelo zahtjev
queue-kind-message = Poruka
queue-kind-document = Dokument „{ $name }” ({ $size } KB)
queue-made-at = Napisano { $time }
queue-status-waiting = Čeka se veza.
queue-status-conflict = Nije poslano: zahtjev se promijenio nakon što ste ovo napisali i sada je u statusu „{ $state }”. U povijesti u nastavku pogledajte što se promijenilo, a zatim ipak pošaljite promjenu ili je odbacite.
queue-status-refused = Nije poslano: { $error }
queue-send-anyway = Ipak pošalji
queue-edit = Uredi
queue-discard = Odbaci
queue-discard-confirm = Odbaciti ovu promjenu? Ono što ste napisali bit će izbrisano s ovog uređaja.
queue-logout-confirm = { $count ->
    [one] { $count } promjena napravljena bez veze još nije poslana. Odjavom će se izbrisati s ovog uređaja. Želite li se ipak odjaviti?
    [few] { $count } promjene napravljene bez veze još nisu poslane. Odjavom će se izbrisati s ovog uređaja. Želite li se ipak odjaviti?
   *[other] { $count } promjena napravljenih bez veze još nije poslano. Odjavom će se izbrisati s ovog uređaja. Želite li se ipak odjaviti?
}
toast-queued = Nema veze: promjena se čuva na ovom uređaju i bit će poslana kad se veza ponovno uspostavi.
toast-queue-sent = { $count ->
    [one] Poslana je { $count } promjena napravljena bez veze.
    [few] Poslane su { $count } promjene napravljene bez veze.
   *[other] Poslano je { $count } promjena napravljenih bez veze.
}

## Nadzori na licu mjesta: vrsta zahtjeva i zapisnik o nadzoru s potpisima nazočnih osoba
compose-kind-label = Što tražite?
request-kind-information = Informacije
request-kind-information-help = Drugo tijelo odgovara na vaša pitanja na temelju svojih evidencija i spisa.
request-kind-inspection = Nadzor na licu mjesta
request-kind-inspection-help = Drugo tijelo pregledava predmetne prostorije, opremu ili lokaciju i izvješćuje o utvrđenom stanju, uz fotografije i potpise nazočnih osoba.
request-checklist = { $count ->
    [one] Kontrolni popis: { $count } stavka
    [few] Kontrolni popis: { $count } stavke
   *[other] Kontrolni popis: { $count } stavki
}
inspection-title = Zapisnik o nadzoru
inspection-help = Bilježite nadzor tijekom njegova obavljanja: odgovorite na pitanja s kontrolnog popisa iznad, priložite fotografije kao dokumente, zatim upišite dan i mjesto te neka se ovdje potpiše svaka nazočna osoba. Odgovor se može poslati nakon što se i sami potpišete.
inspection-pending = Zapisnik o nadzoru prikazuje se ovdje zajedno s odgovorom.
inspection-inspected-on = Dan nadzora
inspection-place = Mjesto nadzora
inspection-place-help = Adresa te lokacija ili prostorije (na primjer: gradilište, ulaz 2).
inspection-present = Nazočne osobe
inspection-signer-name = Ime i prezime
inspection-signer-role = Uloga pri nadzoru
inspection-signer-refused = Odbio/Odbila potpisati
inspection-signer-unnamed = nazočna osoba
inspection-signer-unsigned = Postaje dio zapisnika tek kad se osoba potpiše ili odbije potpisati.
inspection-signer-add = Dodaj nazočnu osobu
inspection-signer-remove = Ukloni ovu osobu
inspection-signature-of = Potpis: { $name }
inspection-signature-clear = Izbriši potpis
inspection-signature-needed = Prije slanja odgovora potreban je potpis inspektora.
inspection-refused-to-sign = Osoba je odbila potpisati.
signer-role-inspector = Inspektor
signer-role-provider-representative = Predstavnik pružatelja usluga ili poslodavca
signer-role-worker = Radnik
signer-role-witness = Svjedok
queue-kind-report = Zapisnik o nadzoru (spremljen, nije poslan tijelu koje je podnijelo zahtjev)
