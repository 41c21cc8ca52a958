# Magyar.

## Az alkalmazás
app-name = Belső piaci információs rendszer
app-short-name = IMI
app-tagline = Az Európai Gazdasági Térség illetékes hatóságai közötti igazgatási együttműködés
skip-to-content = Ugrás a fő tartalomra
loading = Betöltés…

## Navigáció és felhasználói menü
nav-label = Fő navigáció
nav-inbox = Beérkezett megkeresések
language-label = Nyelv
user-signed-in-as = Bejelentkezve: { $name }, { $authority }
logout = Kijelentkezés
toast-dismiss = Bezárás
toast-logged-out = Sikeresen kijelentkezett.

## Bejelentkezési oldal
login-title = Bejelentkezés
login-intro = Használja azt a fiókot, amelyet hatóságának adminisztrátora vagy nemzeti IMI-koordinátora hozott létre az Ön számára.
login-email = E-mail-cím
login-password = Jelszó
login-submit = Bejelentkezés
login-submitting = Bejelentkezés folyamatban…
field-required = A mező kitöltése kötelező.

## Beérkezett megkeresések
inbox-title = Beérkezett megkeresések
inbox-empty-title = Még nincs megkeresés
inbox-empty-body = Itt jelennek meg azok a megkeresések, amelyeket más hatóságok a következő hatóságnak küldenek: { $authority }.

## Nem létező oldalak
not-found-title = Az oldal nem található
not-found-body = A megnyitott cím nem vezet a rendszer egyik oldalára sem.
not-found-home = Ugrás a beérkezett megkeresésekhez

## Szerepkörök
roles-label = Az Ön szerepkörei
role-request_handler = Megkeresés-kezelő
role-allocator = Megkeresés-elosztó
role-local_administrator = Helyi adatadminisztrátor
role-coordinator = IMI-koordinátor
role-commission_observer = Bizottsági megfigyelő

## A szerver által visszaadott hibák, kód szerint
error-internal-error = Hiba történt a szerveren. Kérjük, próbálja újra; ha a probléma továbbra is fennáll, forduljon az adminisztrátorához.
error-database-unavailable = A rendszer adatbázisa jelenleg nem érhető el. Kérjük, néhány perc múlva próbálja újra.
error-not-found = A kért elem nem létezik, vagy Ön nem férhet hozzá.
error-method-not-allowed = Ez a művelet itt nem hajtható végre.
error-unauthenticated = A munkamenete lejárt. Kérjük, jelentkezzen be újra.
error-forbidden = Nincs jogosultsága ehhez a művelethez.
error-invalid-credentials = Az e-mail-cím vagy a jelszó helytelen.
error-too-many-attempts = { $seconds ->
    [one] Túl sok sikertelen próbálkozás. Kérjük, várjon { $seconds } másodpercet, mielőtt újra próbálkozik.
   *[other] Túl sok sikertelen próbálkozás. Kérjük, várjon { $seconds } másodpercet, mielőtt újra próbálkozik.
}
error-malformed-json = A szerver nem tudta beolvasni az elküldött adatokat. Kérjük, töltse be újra az oldalt, és próbálja újra.
error-unsupported-media-type = A szerver nem fogad el ilyen formátumú adatokat.
error-payload-too-large = Az elküldött adatok mérete meghaladja a szerver által elfogadott méretet.
error-validation-failed = Egyes mezők kitöltése nem megfelelő. Kérjük, ellenőrizze a megjelölt mezőket.
error-network-error = A szerver nem érhető el. Ellenőrizze a hálózati kapcsolatot, és próbálja újra.
error-invalid-transition = Ez a művelet a megkeresés jelenlegi állapotában nem hajtható végre. Kérjük, töltse be újra az oldalt, hogy lássa, milyen műveletek érhetők el most.
error-translation-not-configured = Ebben a rendszerben a gépi fordítás nem érhető el.
error-translation-failed = A gépi fordítási szolgáltatás nem válaszolt. Kérjük, próbálja újra később.

## Helyőrzők értékei (shared::placeholder::PlaceholderErrorCode)
## A $label a helyőrző címkéje az olvasó nyelvén; a $max és a $length karakterszám.
placeholder-error-missing = Adjon meg értéket a következő mezőben: „{ $label }”.
placeholder-error-empty = A következő mező nem lehet üres: „{ $label }”.
placeholder-error-too-long = { $max ->
    [one] A következő mező értéke legfeljebb { $max } karakter hosszú lehet: „{ $label }”. Jelenlegi hossza: { $length } karakter.
   *[other] A következő mező értéke legfeljebb { $max } karakter hosszú lehet: „{ $label }”. Jelenlegi hossza: { $length } karakter.
}
placeholder-error-control-character = A következő mező láthatatlan vezérlőkaraktert tartalmaz: „{ $label }”. Kérjük, írja be újra az értéket.
placeholder-error-line-break = A következő mező értékének egy sorban kell elférnie: „{ $label }”.
placeholder-error-invalid-date = A következő mezőben a dátumot év-hónap-nap formátumban adja meg (például 2025-03-31): „{ $label }”.
placeholder-error-nonexistent-date = A következő mezőben megadott dátum nem létezik a naptárban: „{ $label }”.
placeholder-error-unknown-country = A következő mezőben az Európai Gazdasági Térség valamelyik országát válassza: „{ $label }”.
placeholder-error-invalid-email = A következő mező értéke nem érvényes e-mail-cím: „{ $label }”.
placeholder-error-invalid-person-name = A következő mező értékének személynévnek kell lennie (betűk, számjegyek nélkül): „{ $label }”.
placeholder-error-invalid-register-reference = A következő mező csak betűket, számjegyeket, szóközöket és a - . / karaktereket tartalmazhatja: „{ $label }”.
placeholder-error-unexpected = Érték lett megadva egy olyan mezőhöz, amelyet a kiválasztott kérdések egyike sem használ.
placeholder-error-unknown-placeholder = Egy kérdés ismeretlen mezőt használ. Kérjük, értesítse IMI-koordinátorát.

## Kérdéssablonok (shared::placeholder::TemplateErrorCode)
## A $position a karakter 1-től számolt sorszáma; a $name a helyőrző neve a beírt formában.
template-error-unterminated = A helyőrző nincs lezárva (kezdete: { $position }. karakter).
template-error-empty-name = A helyőrzőnek nincs neve ({ $position }. karakter).
template-error-invalid-name = „{ $name }” ({ $position }. karakter) nem érvényes helyőrzőnév: betűvel kell kezdődnie, amelyet betűk, számjegyek vagy „_” karakterek követhetnek.
template-error-mismatched-delimiters = A helyőrző egyfajta zárójellel van megnyitva, de másfajtával van lezárva ({ $position }. karakter).
template-error-nested = A helyőrző egy másik helyőrzőt tartalmaz ({ $position }. karakter).
template-error-unknown-placeholder = „{ $name }” ({ $position }. karakter) nem ismert helyőrző.

## A megkeresés állapotai (shared::lifecycle::RequestState)
request-state-draft = Piszkozat
request-state-awaiting-acceptance = Elfogadásra vár
request-state-accepted = Elfogadva
request-state-info-requested = További információ kérve
request-state-answered = Megválaszolva
request-state-closed = Lezárva
request-state-withdrawn = Visszavonva

## Műveletek a megkereséssel (shared::lifecycle::ActionKind)
request-action-create = Új megkeresés
request-action-edit = Szerkesztés
request-action-delete = Piszkozat törlése
request-action-send = Küldés
request-action-withdraw = Visszavonás
request-action-accept = Elfogadás
request-action-forward = Továbbítás
request-action-request-info = További információ kérése
request-action-provide-info = Információ megadása
request-action-answer = Megválaszolás
request-action-split-off = Kérdések leválasztása
request-action-request-clarification = Pontosítás kérése
request-action-close = A válasz elfogadása és a megkeresés lezárása

## A válasz értékelése (shared::lifecycle::Rating)
rating-positive = Jó
rating-neutral = Elfogadható
rating-negative = Gyenge

## Kérdések ellenőrzése (oldal kérdéssablonok megírására és kipróbálására)
nav-question-check = Kérdések ellenőrzése
question-check-title = Kérdés ellenőrzése
question-check-intro = Írja meg a kérdést úgy, ahogyan a megkeresésben megjelenik, helyőrzőkkel azokhoz az adatokhoz, amelyeket a megkereső hatóság tölt ki, majd próbálja ki különböző értékekkel. Itt ugyanazok a szabályok érvényesek, mint a megkeresés elküldésekor.
question-check-template = A kérdés szövege
question-check-template-help = Minden helyőrzőt {"${"}Név{"}"} formában írjon be, például: {"${"}SPBusinessName{"}"}. Ismert helyőrzők: { $names }.
question-check-values = Értékek
question-check-no-placeholders = Ebben a kérdésben nincs helyőrző.
question-check-personal-data = személyes adatok
question-check-preview = Előnézet
question-check-submit = Ellenőrzés a szerveren
question-check-accepted = A szerver elfogadja ezt a kérdést és az értékeit.

## Kérdéskatalógus
nav-catalogue = Kérdések
catalogue-title = Kérdéskatalógus
catalogue-intro = Az előre lefordított kérdések, amelyek felvehetők a megkeresésbe. A másik hatóság mindegyiket a saját nyelvén olvassa; a helyőrzőket a megkereső hatóság tölti ki.
catalogue-area-label = Jogalkotási terület
catalogue-count = { $count ->
    [one] { $count } kérdés
   *[other] { $count } kérdés
}
area-services = Szolgáltatások
area-professional_qualifications = Szakmai képesítések
area-posting_of_workers = Munkavállalók kiküldetése
area-ecommerce = Elektronikus kereskedelem
answer-type-yes_no = Igen vagy nem
answer-type-date = Dátum
answer-type-free_text = Szabad szöveg
answer-type-document = Dokumentum
answer-type-choice = Választás listából

## Hatóságok keresése
nav-authorities = Hatóságok
authorities-title = Hatóság keresése
authorities-intro = Keressen bármely nyelven név, rövidítés, település vagy hatáskör szerint, például szakma vagy tevékenység alapján. A hatáskörök keresése a rendszer összes nyelvén történik.
authorities-search-label = Név, település vagy hatáskör
authorities-country-label = Ország
authorities-any-country = Minden ország
authorities-any-area = Minden terület
authorities-results = { $count ->
    [one] { $count } hatóság felel meg a keresésnek
   *[other] { $count } hatóság felel meg a keresésnek
}
authorities-no-results = Egyetlen hatóság sem felel meg a keresésnek.
authorities-match-name = Egyezés a névben
authorities-match-acronym = Egyezés a rövidítésben
authorities-match-city = Egyezés a település nevében
authorities-match-competence = Hatáskör: { $label }
authorities-pages = Találati oldalak
authorities-previous = Előző
authorities-next = Következő
authorities-page = { $page }. oldal (összesen { $pages })
profile-back = Vissza a kereséshez
profile-country = Ország
profile-acronym = Rövidítés
profile-address = Cím
profile-email = E-mail-cím
profile-phone = Telefon
profile-role = Szerepkör a rendszerben
profile-coordinator = Nemzeti IMI-koordinátor
profile-areas = Jogalkotási területek
profile-competences = Hatáskörök

## Az Európai Gazdasági Térség országai
country-AT = Ausztria
country-BE = Belgium
country-BG = Bulgária
country-HR = Horvátország
country-CY = Ciprus
country-CZ = Csehország
country-DK = Dánia
country-EE = Észtország
country-FI = Finnország
country-FR = Franciaország
country-DE = Németország
country-GR = Görögország
country-HU = Magyarország
country-IE = Írország
country-IT = Olaszország
country-LV = Lettország
country-LT = Litvánia
country-LU = Luxemburg
country-MT = Málta
country-NL = Hollandia
country-PL = Lengyelország
country-PT = Portugália
country-RO = Románia
country-SK = Szlovákia
country-SI = Szlovénia
country-ES = Spanyolország
country-SE = Svédország
country-IS = Izland
country-LI = Liechtenstein
country-NO = Norvégia
