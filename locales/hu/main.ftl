# Magyar.

## Az alkalmazás
app-name = Belső piaci információs rendszer
app-short-name = IMI
app-tagline = Az Európai Gazdasági Térség illetékes hatóságai közötti igazgatási együttműködés
skip-to-content = Ugrás a fő tartalomra
loading = Betöltés…

## Navigáció és felhasználói menü
nav-label = Fő navigáció
nav-inbox = Megkeresések
language-label = Nyelv
user-signed-in-as = Bejelentkezve: { $name }, { $authority }
organisation-commission = Európai Bizottság
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

## Megkeresések
inbox-title = Megkeresések
inbox-empty-title = Még nincs megkeresés

## Nem létező oldalak
not-found-title = Az oldal nem található
not-found-body = A megnyitott cím nem vezet a rendszer egyik oldalára sem.
not-found-home = Ugrás a megkeresésekhez

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
placeholder-error-unexpected = Olyan mezőhöz adtak meg értéket, amelyet a kiválasztott kérdések egyike sem használ.
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
answer-type-measurement = Mért érték

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
## A $country egy ország neve az olvasó nyelvén (alanyesetben); a $label egy szakma vagy tevékenység neve.
search-country-from-query = { $country } hatóságai láthatók, mert a keresőkifejezés ezt az országot nevezi meg.
search-none-declared = { $country } egyetlen hatósága sem jelölte meg a hatáskörei között a következőt: „{ $label }”.
search-none-declared-anywhere = Egyetlen hatóság sem jelölte meg a hatáskörei között a következőt: „{ $label }”.
search-ask-coordinator = { $country } nemzeti IMI-koordinátora tájékoztatást tud adni arról, hogy melyik hatóság illetékes:
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
profile-level = Illetékességi terület
level-national = Országos
level-regional = Területi
level-local = Helyi
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

## Megkeresések: listák, rendezés és a megkeresések száma
inbox-empty-body-box = Itt jelennek meg hatóságának azok a megkeresései, amelyek megfelelnek ezeknek a szűrőknek.
inbox-new-request = Új megkeresés
inbox-boxes = Megkeresések listái
inbox-total = { $count ->
    [one] Egy megkeresés
   *[other] { $count } megkeresés
}
inbox-deadline = Határidő: { $date }
inbox-number-label = A megkeresés száma
inbox-sort-label = Rendezés
inbox-sort-updated-desc = A legutóbb módosítottak elöl
inbox-sort-updated-asc = A legrégebben módosítottak elöl
inbox-sort-deadline-asc = A legkorábbi határidejűek elöl
inbox-sort-number-desc = A legmagasabb számúak elöl
box-to-accept = Elfogadandó
box-to-answer = Megválaszolandó vagy felülvizsgálandó
box-awaiting = A másik fél intézkedésére vár
box-overdue = Lejárt határidejű
box-drafts = Piszkozatok
box-closed = Lezárt
box-all = Összes

## A szerver által visszaadott hibák (folytatás)
error-unsupported-file-type = Ez a fájltípus nem fogadható el. Kérjük, PDF-fájlt, képet vagy irodai dokumentumot csatoljon.

## Egy megkeresés
request-title = { $number } számú megkeresés
request-title-unknown = Megkeresés
request-overdue = Lejárt határidő
request-from = Küldő hatóság
request-to = Címzett hatóság
request-created = Létrehozva
request-requested-date = Kért válaszadási határidő
request-deadline = Egyeztetett határidő
request-subject = A megkeresés érintettje
request-personal-data-hidden = A személyes adatok, a megjegyzés, az üzenetek és a dokumentumok azt követően jelennek meg, hogy hatósága elfogadta a megkeresést.
request-personal-data-coordinator = IMI-koordinátorként nyomon követheti a megkeresés menetét. A megkeresés személyes adatai, megjegyzése, üzenetei és dokumentumai azonban csak a két érintett hatóság számára hozzáférhetők.
request-note-hidden = A szöveg nem jelenik meg: személyes adatokat tartalmazhat.
request-blocked-on = A személyes adatok zárolásának napja
request-personal-data-blocked = A megőrzési szabályok szerint a megkeresés személyes adatait (a megkeresés érintettje, a szabad szöveg és a dokumentumok) { $date } napján zárolták. Ezeket már senki sem láthatja, és { $deleted } napján törlésre kerülnek.
request-personal-data-erased = A megőrzési szabályok szerint a megkeresés személyes adatait { $date } napján törölték. Csak a megkeresés fő adatai maradtak meg: dátumok, hatóságok, állapotok és értékelések.
personal-data-mark = Személyes adatok
personal-data-legend = Ez a jel személyes adatokat jelöl. Ezeket csak a megkeresést intéző hatóságok láthatják; a megkeresés lezárását követően a megőrzési szabályoknak megfelelően először zárolják, majd törlik őket.
nav-data-subjects = Érintettek
data-subjects-title = Érintetti kérelmek
data-subjects-intro = Ha egy személy azt kérdezi, milyen adatokat kezel róla hatósága, itt megtalálja hatóságának az őt érintő összes megkeresését, köztük azokat is, amelyek személyes adatai zárolva vannak, és elkészítheti a számára járó kimutatást. Minden keresést és minden kimutatást az indokával együtt rögzít a rendszer.
data-subjects-reason = Indok
data-subjects-reason-help = Például a személy kérelmének dátuma és iktatószáma. Az indok az ellenőrzési naplóba kerül.
data-subjects-search = Keresés
data-subjects-found = { $count ->
    [one] Egy megkeresés található
   *[other] { $count } megkeresés található
}
data-subjects-none = Hatóságának egyetlen megkeresése sem érinti ezt a személyt.
data-subjects-include = Szerepeljen a kimutatásban
data-subjects-side-requesting = Hatósága küldte
data-subjects-side-responding = Hatósága kapta
data-subjects-stage-visible = Személyes adatok láthatók
data-subjects-stage-blocked = Személyes adatok zárolva
data-subjects-stage-deleted = Személyes adatok törölve
data-subjects-report-language = A kimutatás nyelve
data-subjects-make-report = Kimutatás készítése
data-subjects-print = A kimutatás nyomtatása
report-title = Az Önről kezelt személyes adatok
report-intro = { $authority } a következő személyes adatokat kezeli Önről a belső piaci információs rendszerben (IMI), amelyen keresztül az Európai Gazdasági Térség hatóságai az 1024/2012/EU rendelet alapján információt cserélnek.
report-made-on = A kimutatás kelte: { $date }
report-request = { $number } számú megkeresés
report-area = Jogterület
report-data = Kezelt adatok
report-disclosures = Elküldve vagy fogadva
report-disclosure-sent = Elküldve: { $date }, címzett: { $authority }
report-disclosure-forwarded = Továbbítva: { $date }, címzett: { $authority }
report-disclosure-split-off = Részben átadva: { $date }, címzett: { $authority }
report-disclosure-received-from = Beérkezett: { $date }, küldő: { $authority }
report-retention = Zárolás és törlés
report-blocked-and-deleted = Zárolás: { $blocked } (ettől kezdve senki sem láthatja az adatokat), törlés: { $deleted }.
report-not-ended = A megkeresés intézése még folyamatban van. A benne szereplő személyes adatokat a lezárását követő { $block } hónap elteltével zárolják, { $delete } hónap elteltével pedig törlik.
report-count = { $field }: { $count }
report-field-document = Dokumentum
report-field-comment = A megkereső hatóság megjegyzése
report-field-note = Üzenetek és kísérőszövegek
report-field-text-answer = Írásbeli válaszok
report-field-answer-comment = Megjegyzések a válaszokhoz
report-field-inspection-present = Jelenlét a helyszíni ellenőrzésen
report-empty = E hatóság megkeresései nem tartalmaznak Önre vonatkozó személyes adatot.
timeline-fields = Helyesbített mezők: { $fields }
request-rectify = Személyes adatok helyesbítése
request-rectify-title = A megkeresés érintettjére vonatkozó adatok helyesbítése
request-rectify-help = A másik hatóság értesül arról, hogy mely mezőket helyesbítette. A korábbi értékek nem maradnak meg.
request-rectify-save = Helyesbítés mentése
request-comment = Megjegyzés
request-original-language = Eredeti nyelv: { $language }
request-questions = { $count ->
    [one] Egy kérdés
   *[other] { $count } kérdés
}
request-answer = Válasz
request-answer-comment = Megjegyzés a válaszhoz
request-answer-choose = Válassza ki a választ
request-answer-date = Dátum
request-answer-measurement = Mért érték ({ $unit })
request-answer-text = A válasz szövege
request-save-answers = Válaszok mentése
request-send-answer = A válasz elküldése
request-actions = Lehetséges műveletek
request-propose-days = Vagy javasoljon más határidőt (napokban)
request-accept-proposed = Elfogadás ezzel a határidővel
request-note = Kísérőszöveg
request-rating-timeliness = A válaszadás időszerűsége
request-rating-effort = A válasz minősége
request-rating-choose = Válassza ki az értékelést
request-rating-needed = A megkeresés lezárásához értékelje a válaszadás időszerűségét és a válasz minőségét.
confirm-irreversible = Ez a művelet végleges. Biztosan folytatja?
request-split-choose = A kérdés áthelyezése egy másik hatósághoz
request-reuse = Új megkeresés indítása ennek alapján
request-timeline = Előzmények
timeline-new = Új az Ön módosítása óta
request-message = Üzenet a másik hatóságnak
request-message-send = Üzenet küldése
timeline-to = Címzett: { $authority }
timeline-split-to = { $id } számú új megkeresés
subject-name = Név
subject-identifier = Nyilvántartási vagy azonosító szám
subject-birth-date = Születési idő
picker-label = Hatóság keresése (bármely nyelven)
picker-more = Továbbiak megjelenítése
answer-yes = Igen
answer-no = Nem
answer-unknown = Nem ismert
answer-date = Dátum
answer-text = Írásbeli válasz
answer-measurement = Mért érték
answer-document-attached = A dokumentum csatolva
answer-document-not-available = A dokumentum nem áll rendelkezésre
event-created = Piszkozat létrehozva
event-sent = Elküldve
event-withdrawn = Visszavonva
event-accepted = Elfogadva
event-forwarded = Továbbítva
event-info-requested = További információ kérve
event-info-provided = Információ megadva
event-answered = Megválaszolva
event-split-off = Kérdések leválasztva egy új megkeresésbe
event-clarification-requested = Pontosítás kérve
event-closed = Válasz elfogadva, megkeresés lezárva
event-message = Üzenet
event-attachment-added = Dokumentum csatolva
toast-request-action-send = A megkeresés elküldése megtörtént.
toast-request-action-delete = A piszkozat törlése megtörtént.
toast-request-action-withdraw = A megkeresés visszavonása megtörtént.
toast-request-action-accept = A megkeresés elfogadása megtörtént.
toast-request-action-forward = A megkeresés továbbítása megtörtént.
toast-request-action-request-info = Kérdését elküldtük a megkereső hatóságnak.
toast-request-action-provide-info = Az információk elküldése megtörtént.
toast-request-action-answer = A válasz elküldése megtörtént.
toast-request-action-split-off = A kérdéseket áthelyeztük egy új megkeresésbe.
toast-request-action-request-clarification = Pontosítás iránti kérését elküldtük.
toast-request-action-close = A megkeresés lezárása megtörtént.
toast-answers-saved = Válaszait elmentettük.

## Megkeresés összeállítása
compose-title = Új megkeresés
compose-steps = Lépések
compose-step-area = Jogalkotási terület
compose-step-authority = Hatóság
compose-step-subject = Érintett
compose-step-questions = Kérdések
compose-step-details = Megjegyzés és dátum
compose-step-review = Ellenőrzés és küldés
compose-back = Vissza
compose-next = Tovább
compose-saved = Piszkozat mentve (szám: { $id })
compose-chosen-authority = Kiválasztott hatóság: { $name }
compose-subject-help = Az érintett szakember vagy szolgáltató. A címzett hatóság ezt csak a megkeresés elfogadása után látja.
compose-comment-help = Saját nyelvén írja meg; a másik hatóság látja, hogy milyen nyelvű a szöveg.
compose-incomplete = A megkeresés még nem teljes. A hiányzó részek meg vannak jelölve.
compose-draft-title = { $number } számú piszkozat
compose-questions-filter = Kérdések szűrése
compose-questions-chosen = Kiválasztott kérdések: { $count }
compose-step-attention = figyelmet igényel
compose-review-fix = Küldés előtt javítsa ki a következőket:
compose-review-language = A kérdések az Ön nyelvén jelennek meg; a címzett hatóság a saját nyelvén olvassa őket.
compose-review-none = Nincs
field-error-missing = Kötelező.
field-error-too-long = Túl hosszú.
field-error-not-in-future = A mai napnál későbbi dátumnak kell lennie.
field-error-in-future = Nem lehet jövőbeli.
field-error-empty = Nem lehet üres.
field-error-duplicate = Kétszer van kiválasztva.
field-error-unknown = Ismeretlen.
field-error-other-area = Másik jogalkotási területhez tartozik.
field-error-area-not-handled = Ez a hatóság nem foglalkozik a megkeresés jogalkotási területével.
field-error-not-allowed = Itt nem lehetséges.
field-error-too-many = Túl sok.

## Csatolt dokumentumok
request-documents = Dokumentumok
request-no-documents = Nincs csatolt dokumentum.
request-documents-withheld = A dokumentumok személyes adatok: itt nem jelennek meg, ahogy a megkeresés többi személyes adata sem.
request-document-size = { $size } kB
upload-label = Dokumentum csatolása
upload-choose = Fájl kiválasztása…
upload-take-photo = Fénykép készítése
upload-keep-original = Fényképek küldése eredeti méretben (ellenkező esetben a rendszer először ezen az eszközön kicsinyíti le őket)
date-day = Nap
date-month = Hónap
date-year = Év
upload-help = PDF-fájl, kép vagy irodai dokumentum, legfeljebb 20 MB méretben.
upload-question = Kérdés, amelyre a dokumentum választ ad
upload-no-question = Nem kapcsolódik konkrét kérdéshez
upload-question-number = { $number }. kérdés
upload-progress = A feltöltés állapota

## E-mail-értesítések (a $event az event-* üzenetek egyike)
email-subject = { $number } számú megkeresés: { $event }
email-body = Tisztelt { $name }!

    A(z) { $number } számú megkeresésben új intézkedés történt: { $event }. Intézkedő hatóság: { $authority }.

    A megkeresés megnyitása: { $link }

    Ezt az üzenetet a belső piaci információs rendszer (IMI) küldte. Kérjük, ne válaszoljon rá.

## Értesítések
notifications-label = Értesítések
notifications-unread = { $count ->
    [one] { $count } olvasatlan értesítés
   *[other] { $count } olvasatlan értesítés
}
notifications-empty = Nincs értesítés.
notifications-mark-all-read = Az összes megjelölése olvasottként
notification-item = { $number } számú megkeresés: { $event }

## Kiosztás és koordináció
request-assigned-to = Kijelölt megkeresés-kezelő: { $name }
request-assign-label = Felelős megkeresés-kezelő
request-unassigned = Nincs kijelölve
toast-assigned = A felelős megkeresés-kezelő módosítása megtörtént.
toast-saved = A mentés megtörtént.
inbox-allocation-toggle = Egy megkeresés-elosztó minden beérkező megkeresést hatósága valamelyik megkeresés-kezelőjéhez rendel
event-assigned = Megkeresés-kezelőhöz rendelve
event-reminded = Emlékeztető az IMI-koordinátortól
event-inactive = Két hónapja nem történt intézkedés
event-rectified = Személyes adatok helyesbítve
nav-coordination = Koordináció
coordination-title = Intézkedés nélküli megkeresések
coordination-intro = Az Ön országa hatóságainak azon megkeresései, amelyekben több mint két hónapja nem történt semmi. Nyissa meg valamelyiket a továbbításhoz, vagy küldjön emlékeztetőt annak a hatóságnak, amelynek intézkednie kell.
coordination-empty = Nincs olyan megkeresés, amelyben több mint két hónapja nem történt intézkedés.
coordination-last-change = Utolsó módosítás: { $date }
coordination-remind = Emlékeztető küldése
toast-reminded = Az emlékeztető elküldése megtörtént.

## Szabad szöveg gépi fordítása
request-translate = Fordítás a saját nyelvemre
request-info-asked = Az alábbi további információt kéri: { $authority }
request-translation-unavailable = Ez a szöveg más nyelven íródott, és ezen a szerveren nincs beállítva gépi fordítás.
request-machine-translation = Gépi fordítás:

## Az áttekintés szűrői
inbox-state-label = Állapot
inbox-any-state = Minden állapot
inbox-from-label = Módosítva ettől a naptól
inbox-to-label = Módosítva eddig a napig
inbox-assigned-to-me = Csak a hozzám rendelt megkeresések

## Meghívók e-mailben és szerkesztési ütközés
email-invitation-subject = Az Ön fiókja a belső piaci információs rendszerben (IMI): { $authority }
email-invitation-body = Tisztelt { $name }!

    Az Ön számára felhasználói fiókot hoztak létre a belső piaci információs rendszerben (IMI) a következő hatóság felhasználójaként: { $authority }. A fiókot létrehozta: { $inviter }.

    Az aktiváláshoz nyissa meg az alábbi hivatkozást, és válasszon jelszót: { $link }

    A hivatkozás egyszer használható, és { $days ->
        [one] egy napig
       *[other] { $days } napig
    } érvényes. Ha nem számított erre az üzenetre, figyelmen kívül hagyhatja.

error-edit-conflict = Egy másik felhasználó módosításokat mentett ebben a rekordban azt követően, hogy Ön megnyitotta. Töltse be újra az oldalt a módosítások megtekintéséhez, majd végezze el ismét a saját módosításait.
error-invalid-parameter = Az oldal címe nem érvényes. Ellenőrizze a hivatkozást, vagy lépjen vissza, és próbálja újra.
error-rate-limited = Ez a művelet nemrég már megtörtént, ezért még nem ismételhető meg. Kérjük, próbálja újra később.
error-second-factor-required = Adja meg a hitelesítő alkalmazásában megjelenő kódot.
error-invalid-second-factor = A kód helytelen vagy lejárt. Adja meg az alkalmazásban most megjelenő kódot.
error-second-factor-setup-required = Szerepkörei kétlépcsős azonosítást írnak elő. A folytatáshoz állítsa be a fiókja oldalán.
error-storage-full = A dokumentumot nem sikerült tárolni, mert a szerver tárhelye megtelt. Semmit nem mentettünk el; kérjük, értesítse IMI-adminisztrátorát.
error-personal-data-blocked = A megkeresés személyes adatai a megőrzési szabályok szerint zárolva vannak: semmi sem adható hozzá.
error-idempotency-key-reused = Ezt a módosítást korábban már eltérő tartalommal elküldték. Töltse be újra az oldalt, és végezze el ismét a módosítást.
error-request-in-progress = A módosítás feldolgozása még folyamatban van. Várjon egy kicsit, majd próbálja újra.
error-device-storage-full = Ezen az eszközön nincs elég szabad hely a módosítás megőrzéséhez a kapcsolat helyreállásáig. Semmit nem őriztünk meg: szabadítson fel helyet az eszközön, vagy végezze el a módosítást, amikor van hálózati kapcsolat.
error-too-large-to-keep = Ez a dokumentum túl nagy ahhoz, hogy a kapcsolat helyreállásáig az eszközön megőrizzük. Csatolja, amikor van hálózati kapcsolat.

## A nyilvántartás kezelése (koordinátorok) és a felhasználók kezelése (helyi adatadminisztrátorok)
nav-registry = Nyilvántartás
nav-users = Felhasználók
registry-title = A nyilvántartás kezelése
registry-intro = Vegye nyilvántartásba országa hatóságait, vagy importáljon egyszerre többet egy CSV-fájlból. Egy hatóság adatainak javításához keresse meg a hatóságot, és nyissa meg az adatlapját.
registry-new = Hatóság nyilvántartásba vétele
registry-import-title = Importálás CSV-fájlból
registry-import-help = Soronként egy hatóság, az importálási útmutatóban leírt oszlopokkal. Ha bármelyik sor hibás, a rendszer semmit sem importál; ugyanannak a fájlnak az ismételt importálása nem változtat semmin.
registry-import-file = CSV-fájl
registry-import-progress = Az importálás állapota
registry-import-done = Az importálás eredménye: új: { $created }, frissített: { $updated }, változatlan: { $unchanged }.
registry-import-refused = A rendszer semmit sem importált. Javítsa ki a következő sorokat, majd importálja újra a fájlt:
registry-import-line = Sor
registry-import-column = Oszlop
registry-import-reason = Probléma
form-title-new = Hatóság nyilvántartásba vétele
form-title-edit = Szerkesztés: { $name }
form-errors = Kérjük, javítsa ki a megjelölt mezőket.
form-name = Név a hatóság saját nyelvén
form-name-language = A név nyelve
form-other-names = Nevek más hivatalos nyelveken
form-other-name = { $number }. további név
form-other-name-add = Név hozzáadása más nyelven
form-other-name-remove = Eltávolítás
form-name-en = Angol nyelvű név
form-city = Település
form-level-help = Az ország azon része, amelyre a hatóság illetékessége kiterjed. Ha több hatóság egyformán megfelel a keresésnek, az országos illetékességű hatóság szerepel elsőként.
form-phone-help = Nemzetközi formátumban, például +371 6701 2345.
form-competences-filter = Hozzáadandó hatáskör keresése
form-administrator = Első helyi adatadminisztrátor
form-administrator-help = Ez a személy e-mailben meghívót kap, jelszót választ, majd ő kezeli a hatóság felhasználóit.
form-person-name = Teljes név
form-invitation-language = A meghívó nyelve
form-save = Mentés
form-register = Nyilvántartásba vétel
form-cancel = Mégse
profile-edit = Szerkesztés
authority-send-request = Megkeresés küldése ennek a hatóságnak
profile-area-coordinator = IMI-koordinátor a saját jogalkotási területein
profile-other-names = Egyéb nevek
profile-registered-by = Nyilvántartásba vette
profile-registered-by-value = { $user }, { $authority }
users-title = Felhasználók
users-roles = Szerepkörök
users-active = Aktív
users-pending = A meghívót még nem fogadta el
users-invitation-expired = A meghívó lejárt
users-resend-invitation = Meghívó újraküldése
toast-invitation-resent = Az új meghívó elküldése megtörtént; a korábbi hivatkozás már nem érvényes.
users-inactive = Deaktiválva
users-invited-by = Meghívta: { $name }
users-may-log-in = Bejelentkezhet
users-invite-title = Kolléga meghívása
users-invite = Meghívó küldése
toast-invited = A meghívó elküldése megtörtént.
invitation-title = Üdvözöljük az IMI-ben
invitation-intro = { $name }, Ön meghívást kapott a belső piaci információs rendszerbe (IMI) a következő hatóság felhasználójaként: { $authority } ({ $country }). Fiókja aktiválásához válasszon jelszót.
password-help = { $count ->
    [one] Legalább egy karakter. Néhány egymáshoz nem kapcsolódó szó jó jelszót ad; a gyakori jelszavakat, valamint a saját nevét vagy címét a rendszer nem fogadja el.
   *[other] Legalább { $count } karakter. Néhány egymáshoz nem kapcsolódó szó jó jelszót ad; a gyakori jelszavakat, valamint a saját nevét vagy címét a rendszer nem fogadja el.
}
invitation-repeat = A jelszó megismétlése
invitation-mismatch = A két jelszó nem egyezik.
invitation-accept = Fiókom aktiválása
invitation-invalid = Ez a meghívási hivatkozás ismeretlen, már felhasználták, vagy lejárt. Kérjen új meghívót helyi adatadminisztrátorától vagy IMI-koordinátorától.
field-error-invalid-email = Érvénytelen e-mail-cím.
field-error-invalid-phone = Nem nemzetközi formátumú telefonszám (+ jel, majd számjegyek).
field-error-not-yours = Kívül esik az Ön által koordinált jogalkotási területeken.
field-error-taken = Egy másik fiók már használja.
field-error-too-short = Túl rövid.
field-error-last-administrator = A hatóságnak legalább egy aktív helyi adatadminisztrátorral rendelkeznie kell.
field-error-control-character = Vezérlőkaraktert vagy szövegirány-jelölő karaktert tartalmaz; kérjük, távolítsa el.
field-error-not-own-country = Saját országa valamelyik hatóságát válassza.
field-error-too-personal = Nem tartalmazhatja az e-mail-címét vagy a nevét.
field-error-too-guessable = Túl könnyen kitalálható: gyakori jelszó, vagy nagyon hasonlít egy gyakori jelszóra. Használjon hosszabb, egymáshoz nem kapcsolódó szavakból álló kifejezést.
field-error-wrong-code = A kód helytelen vagy lejárt.
field-error-no-setup = A beállítás nem kezdődött el, vagy egy újabb beállítás váltotta fel; kezdje újra.
field-error-no-second-factor = A kétlépcsős azonosítás nincs bekapcsolva.
field-error-required-by-role = Szerepkörei kétlépcsős azonosítást írnak elő; nem kapcsolható ki.
field-error-wrong-password = A jelszó helytelen.
field-error-self = Saját fiókját nem deaktiválhatja.
field-error-other-country = Másik országhoz tartozik.
field-error-not-utf8 = A fájl nem UTF-8 kódolású szöveg. Mentse el a táblázatkezelőből „CSV UTF-8” formátumban.
field-error-unreadable = Ez a sor nem olvasható be CSV-ként.
field-error-unknown-column = Ismeretlen oszlop.
field-error-missing-column = Hiányzik egy kötelező oszlop.
field-error-wrong-column-count = Ebben a sorban nem ugyanannyi cella van, mint a fejlécben.
field-error-too-many-rows = Túl sok sor: fájlonként legfeljebb 20 000.
field-error-invalid-format = Nem a várt formátumú.
field-error-duplicate-of-line = Ugyanaz az azonosító, mint a(z) { $line }. sorban.
field-error-out-of-range = Kívül esik a megengedett tartományon.
field-error-out-of-range-between = { $min } és { $max } között kell lennie.
field-error-invalid-date = Érvénytelen dátum.
field-error-nonexistent-date = Ez a dátum nem létezik.
field-error-invalid-person-name = Nem személynév.
field-error-invalid-register-reference = Érvénytelen nyilvántartási szám.
field-error-unknown-country = A rendszer által nem ismert ország.
field-error-unknown-placeholder = A rendszer által nem ismert helyőrző.
field-error-unexpected = Nem tartozik a kiválasztott kérdésekhez.
field-error-line-break = Egy sorban kell elférnie.
field-error-none-left = Legalább egy kérdésnek a megkeresésben kell maradnia.
field-error-not-a-handler = Nem e hatóság aktív megkeresés-kezelője.
field-error-not-a-coordinator = Nem IMI-koordinátor.
field-error-not-asked = Nem tartozik a megkeresés kérdései közé.
field-error-not-here = Itt nem lehetséges.
field-error-unterminated = Egy helyőrző meg van nyitva, de nincs lezárva.
field-error-empty-name = Egy helyőrzőnek nincs neve.
field-error-invalid-name = Egy helyőrző neve érvénytelen.
field-error-mismatched-delimiters = A zárójelek nem illenek egymáshoz.
field-error-nested = Egy helyőrző egy másik helyőrzőn belül van.
field-error-wrong-kind = Ez a választípus nem illik a kérdéshez.
field-error-no-attachment = Ehhez a kérdéshez nincs csatolva dokumentum.

## Fiók: kétlépcsős azonosítás, munkamenetek, jelszó
login-code = Kód a hitelesítő alkalmazásból
login-code-intro = Fiókja kétlépcsős azonosítást használ. Adja meg a hitelesítő alkalmazásában most megjelenő kódot.
login-code-help = Az alkalmazásban megjelenő hat számjegy vagy az egyik helyreállítási kódja.
user-account = Az Ön fiókja
account-title = Az Ön fiókja
account-second-factor-title = Kétlépcsős azonosítás
account-second-factor-intro = Bejelentkezéskor a jelszó után a rendszer egy hatjegyű kódot kér, amelyet a telefonjára telepített hitelesítő alkalmazás (például FreeOTP, Aegis, Google Authenticator vagy Microsoft Authenticator) állít elő.
account-second-factor-required = Szerepkörei (helyi adatadminisztrátor vagy IMI-koordinátor) kétlépcsős azonosítást írnak elő. A folytatáshoz most állítsa be.
account-second-factor-on = { $count ->
    [one] A kétlépcsős azonosítás be van kapcsolva. Egy helyreállítási kódja maradt.
   *[other] A kétlépcsős azonosítás be van kapcsolva. { $count } helyreállítási kódja maradt.
}
account-second-factor-off = A kétlépcsős azonosítás ki van kapcsolva.
account-second-factor-start = Kétlépcsős azonosítás beállítása
account-second-factor-scan = Olvassa be ezt a kódot a hitelesítő alkalmazással, vagy írja be az alkalmazásba az alábbi kulcsot. Ezután adja meg az alkalmazásban megjelenő kódot.
account-second-factor-qr = QR-kód a fiók hitelesítő alkalmazáshoz való hozzáadásához
account-second-factor-key = Kulcs
account-second-factor-code = Kód az alkalmazásból
account-second-factor-confirm = Kétlépcsős azonosítás bekapcsolása
account-second-factor-disable = Kétlépcsős azonosítás kikapcsolása
account-recovery-title = Helyreállítási kódok
account-recovery-intro = Tárolja ezeket a kódokat biztonságos helyen, a telefonjától külön. Ha elveszíti a telefonját, mindegyik kóddal egyszer bejelentkezhet. A kódok csak most jelennek meg.
account-recovery-done = Elmentettem őket
account-recovery-renew = Új helyreállítási kódok
account-sessions-title = Hol van bejelentkezve
account-session-browser = Böngésző
account-session-address = Cím
account-session-started = Kezdete
account-session-ends = Lejárata
account-session-current = Ez a munkamenet
account-session-unknown = Ismeretlen
account-session-end = Munkamenet befejezése
account-sessions-end-others = Az összes többi munkamenet befejezése
account-password-title = Jelszó
account-password-current = Jelenlegi jelszó
account-password-new = Új jelszó
account-password-repeat = Az új jelszó megismétlése
account-password-change = Jelszó módosítása
toast-second-factor-on = A kétlépcsős azonosítás bekapcsolása megtörtént.
toast-second-factor-off = A kétlépcsős azonosítás kikapcsolása megtörtént.
toast-recovery-renewed = Új helyreállítási kódok készültek; a korábbiak már nem érvényesek.
toast-session-ended = A munkamenet befejeződött.
toast-sessions-ended = A többi munkamenete befejeződött.
toast-password-changed = Jelszavát módosítottuk, és a többi munkamenete befejeződött.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## A $number az olvasó nyelve szerint írt szám, a $count ugyanez a szám számként (a
## többes számú alakhoz). A $from, a $to és a $today dátum; a $value, a $green és a $red az
## olvasó nyelve szerint már megformázott érték (százalék vagy nap); a $zone időzóna (UTC);
## az $indicator valamelyik statistics-figure-* adat neve.
nav-statistics = Statisztika
statistics-title = Statisztika
statistics-intro = Hány megkeresést küldenek egymásnak a hatóságok, milyen gyorsan fogadják el és válaszolják meg őket, és hogyan értékelik a megkereső hatóságok a válaszokat. Ezek az adatok semmilyen személyt, nevet vagy szöveget nem tartalmaznak.
statistics-print = Nyomtatás
statistics-filters = Szűrők
statistics-from = Kezdő dátum
statistics-to = Záró dátum
statistics-partner = Partnerország
statistics-direction = Irány
statistics-direction-all = Elküldött és beérkezett
statistics-direction-sent = Elküldött
statistics-direction-received = Beérkezett
statistics-granularity = Az idősor lépésköze
statistics-granularity-month = Hónap
statistics-granularity-quarter = Negyedév
statistics-granularity-year = Év
statistics-whose = Kinek az adatai
statistics-scope-everything = Minden ország
statistics-scope-areas = { $country }: az Ön jogalkotási területei
statistics-scope-authority = Az Ön hatósága
statistics-your-areas = Az Ön jogalkotási területei
statistics-period = { $from } és { $to } között küldött megkeresések
statistics-as-of = A napok naptári napok ({ $zone } szerint); az adatok állapota: { $today }.
statistics-volumes-heading = Mennyiségi adatok
statistics-performance-heading = Gyorsaság és elégedettség
statistics-performance-intro = A gyorsaság és az elégedettség a megkeresett félre vonatkozik: az időszakban ezeknek a hatóságoknak küldött megkereséseket veszi figyelembe. Minden adatnál fel van tüntetve, hogy hány megkeresésen alapul; a kevés megkeresésen alapuló adat jelentősen változhat.
statistics-figure-sent = Elküldött megkeresések
statistics-figure-received = Beérkezett megkeresések
statistics-figure-open-now = Jelenleg nyitott
statistics-figure-overdue-now = Jelenleg lejárt határidejű
statistics-figure-accepted-in-time = 7 napon belül elfogadva
statistics-figure-average-days = A válaszadásig eltelt napok átlaga
statistics-figure-median-days = A válaszadásig eltelt napok mediánja
statistics-figure-by-agreed-date = Az egyeztetett határidőig megválaszolva
statistics-figure-within-two-weeks = Két héten belül megválaszolva
statistics-figure-negative-timeliness = Az időszerűség negatív értékelései
statistics-figure-negative-effort = A minőség negatív értékelései
statistics-what-is-counted = Mi számít bele
statistics-definition-sent = Az időszakban ezen hatóságok által elküldött megkeresések, mindegyik az elküldés napján számítva. A piszkozatok soha nem számítanak bele. A továbbított megkeresés egyszer számít; a másik megkeresésből leválasztott megkeresés önálló megkeresésnek minősül, amelyet a leválasztás napján küldtek el; a visszavont megkeresés is beleszámít. A napok UTC szerinti naptári napok.
statistics-definition-received = Az időszakban ezeknek a hatóságoknak küldött megkeresések, mindegyik az elküldés napján számítva. A továbbított megkeresés egyszer számít, annál a hatóságnál, amelyhez utoljára került; a visszavont megkeresés is beleszámít. A napok UTC szerinti naptári napok.
statistics-definition-open-now = Ezeknek a hatóságoknak azok az elküldött vagy beérkezett megkeresései, amelyek ma elfogadásra várnak, el vannak fogadva vagy további információra várnak, függetlenül attól, hogy mikor küldték el őket: ez az adat nem korlátozódik az időszakra.
statistics-definition-overdue-now = A jelenleg nyitott megkeresések közül azok, amelyeknek az egyeztetett határideje mára lejárt (UTC szerinti naptári napok). Ez az adat sem korlátozódik az időszakra.
statistics-definition-accepted-in-time = Azon beérkezett megkeresések közül, amelyeket elfogadtak, vagy amelyek több mint 7 napja várnak elfogadásra, a beérkezést követő legfeljebb 7 naptári napon belül elfogadottak aránya. A megkeresés az elküldés napján, továbbítás esetén az utolsó továbbítás napján érkezik be, így egy hatóságnak nem kell viselnie azokat a napokat, amikor a megkeresés egy másik hatóságnál volt. A visszavont megkeresés csak akkor számít bele, ha elfogadták. A napok UTC szerinti naptári napok.
statistics-definition-average-days = A beérkezéstől (az elküldés vagy az utolsó továbbítás napjától) az első válaszig eltelt naptári napok (UTC) átlagos száma a megválaszolt beérkezett megkeresések alapján. Ha a válasz után pontosítást kértek, akkor is az első válasz számít.
statistics-definition-median-days = A beérkezéstől az első válaszig eltelt napok ugyanazon számainak középső értéke: a válaszok fele ennyi vagy ennél kevesebb idő alatt született meg. Páros számú válasz esetén a két középső érték közül a kisebbik.
statistics-definition-by-agreed-date = Azon megválaszolt megkeresések közül, amelyeknek egyeztetett határideje van, azok aránya, amelyekre az első válasz legkésőbb ezen a napon megérkezett (UTC szerinti naptári napok).
statistics-definition-within-two-weeks = A megválaszolt megkeresések közül azok aránya, amelyekre az első válasz a beérkezést (az elküldés vagy az utolsó továbbítás napját) követő legfeljebb 14 naptári napon (UTC) belül megérkezett.
statistics-definition-negative-timeliness = Azon beérkezett megkeresések közül, amelyeket a megkereső hatóság a lezáráskor értékelt, azok aránya, amelyeknél a válasz időszerűségét negatívan értékelte.
statistics-definition-negative-effort = Azon beérkezett megkeresések közül, amelyeket a megkereső hatóság a lezáráskor értékelt, azok aránya, amelyeknél a válasz minőségét negatívan értékelte.
statistics-no-figure = Nincs megkeresés
statistics-based-on = { $count ->
    [one] { $number } megkeresés alapján
   *[other] { $number } megkeresés alapján
}
statistics-eea = EGT
statistics-eea-value = EGT: { $value }
statistics-band-green = Jó
statistics-band-yellow = Figyelendő
statistics-band-red = Gyenge
statistics-legend-title = A kategóriák küszöbértékei
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: jó, ha legalább { $green }; gyenge, ha kevesebb, mint { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: jó, ha kevesebb, mint { $green }; gyenge, ha több, mint { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: jó, ha legalább { $green }; gyenge, ha kevesebb, mint { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: jó, ha kevesebb, mint { $green }; gyenge, ha legalább { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: jó, ha kevesebb, mint { $green }; gyenge, ha legalább { $red }.
statistics-quarter = { $year } { $quarter }. negyedév
statistics-quarter-short = { $quarter }. né.
statistics-charts-heading = Időbeli alakulás
statistics-volumes-title = Elküldött és beérkezett megkeresések
statistics-acceptance-title = A 7 napon belül elfogadott megkeresések aránya
statistics-days-title = A válaszadásig eltelt napok átlaga
statistics-axis-requests = Megkeresések
statistics-axis-share = Arány
statistics-axis-days = Napok
statistics-show-table = Megjelenítés táblázatként
statistics-tables-heading = Részletes bontások
statistics-column-period = Időszak
statistics-column-sent = Elküldött
statistics-column-received = Beérkezett
statistics-column-based-on = Alap (megkeresések száma)
statistics-column-area = Jogalkotási terület
statistics-column-partner = Partnerország
statistics-column-country = Ország
statistics-column-from-to = Honnan (sorok) – hová (oszlopok)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Megkeresések jogalkotási területenként
statistics-by-partner-title = Megkeresések partnerországonként
statistics-by-partner-intro = A partnerország a másik oldalon álló ország: elküldött megkeresés esetén a megkeresett ország, beérkezett megkeresés esetén a megkereső ország.
statistics-exchanges-title = Országok közötti megkeresések
statistics-exchanges-intro = Minden sor egy megkereső, minden oszlop egy megkeresett országnak felel meg; csak azok az országok szerepelnek, amelyeknek az időszakban voltak megkeresései.
statistics-scoreboard-title = A megkeresett országok eredménytáblája
statistics-scoreboard-intro = Az egyes országok mutatói megkeresett félként, az időszakban hozzájuk beérkezett megkeresések alapján, a fenti küszöbértékek szerinti kategóriákkal.
statistics-csv = CSV-fájl letöltése
statistics-csv-failed = Ez a böngésző nem tudta létrehozni a fájlt.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: kategória
statistics-csv-based-on = { $indicator }: alap (megkeresések száma)
statistics-empty-title = Ebben az időszakban nincs megkeresés
statistics-empty-body = Ebben az időszakban nem küldtek e szűrőknek megfelelő megkeresést. Válasszon hosszabb időszakot vagy kevesebb szűrőt.
statistics-error-before-start = Nem lehet korábbi az időszak első napjánál.
statistics-error-too-long = { $count ->
    [one] Az időszak legfeljebb { $days } napos lehet.
   *[other] Az időszak legfeljebb { $days } napos lehet.
}

## Riasztások: egy hatóság több hatóságot figyelmeztet

role-alert_coordinator = Riasztási koordinátor
field-error-before-start = Nem lehet korábbi annál a napnál, amelytől a határozat alkalmazandó.
alert-state-draft = Piszkozat
alert-state-awaiting-approval = A riasztási koordinátor jóváhagyására vár
alert-state-sent = Elküldve
alert-state-closure-proposed = Lezárás kezdeményezve
alert-state-closed = Lezárva
alert-state-withdrawn = Visszavonva
alert-action-edit = Szerkesztés
alert-action-delete = Piszkozat törlése
alert-action-send = Riasztás küldése
alert-action-approve = Jóváhagyás és küldés
alert-action-reject = Visszaküldés a küldőnek
alert-action-acknowledge = Átvétel visszaigazolása az ország nevében
alert-action-pass-on = Továbbítás a hatóságoknak
alert-action-acknowledge-receipt = Átvétel visszaigazolása
alert-action-modify = Módosítás
alert-action-withdraw = Visszavonás
alert-action-propose-closure = Lezárás kezdeményezése
alert-action-reject-closure = A riasztás nyitva tartása
alert-action-close = Riasztás lezárása
alert-event-created = Piszkozat létrehozva
alert-event-submitted = Jóváhagyásra benyújtva
alert-event-approved = A riasztási koordinátor jóváhagyta
alert-event-rejected = Visszaküldve a küldőnek
alert-event-sent = Riasztás elküldve
alert-event-acknowledged = Az ország riasztási koordinátora visszaigazolta az átvételt
alert-event-passed-on = Továbbítva az illetékes hatóságoknak
alert-event-receipt-acknowledged = A hatóság visszaigazolta az átvételt
alert-event-modified = Riasztás módosítva
alert-event-withdrawn = Riasztás visszavonva
alert-event-withdrawn-wrong = Riasztás visszavonva, mivel megalapozatlannak bizonyult
alert-event-closure-proposed = Lezárás kezdeményezve
alert-event-closure-rejected = A riasztás nyitva marad
alert-event-closed = Riasztás lezárva
alert-event-end-reminder = A határozat már nem alkalmazandó: zárja le vagy vonja vissza a riasztást
alert-event-late-reminder = Lejárt határidő: a határozat alkalmazása több mint 3 napja megszűnt, a riasztás azonban még nyitva van
email-alert-subject = { $number } számú riasztás: { $event }
email-alert-body = Tisztelt { $name }!

    A(z) { $number } számú riasztásban ({ $kind }) új intézkedés történt: { $event }. Intézkedő hatóság: { $authority }.

    A riasztás megnyitása: { $link }

    Ezt az üzenetet a belső piaci információs rendszer (IMI) küldte. Kérjük, ne válaszoljon rá.

alert-delivery-received = Beérkezett, az átvétel még nincs visszaigazolva
alert-delivery-acknowledged = Átvétel visszaigazolva
alert-delivery-passed-on = Továbbítva az illetékes hatóságoknak
alert-box-drafts = Riasztási piszkozatok
alert-box-sent = Elküldött riasztások
alert-box-to-approve = Jóváhagyandó riasztások
alert-box-to-acknowledge = Visszaigazolandó riasztások
alert-box-received = Beérkezett riasztások

## Alerts: the pages

nav-alerts = Riasztások
alerts-title = Riasztások
alerts-intro = A riasztások egy szakemberre vagy szolgáltatóra vonatkozóan figyelmeztetik más országok illetékes hatóságait: a tevékenység gyakorlásának megtiltására vagy korlátozására, hamis oklevélre, illetve az egészséget, a biztonságot vagy a környezetet fenyegető veszélyre.
alerts-boxes = Riasztási listák
alerts-new = Új riasztás
alerts-check-link = Szakember ellenőrzése
alerts-in-force = Hatályos riasztások
alerts-unread = A riasztások olvasatlan változásai
# A képernyőolvasók felolvassák, amikor nő a riasztások olvasatlan változásainak száma.
live-alert-news = { $count ->
    [one] Egy olvasatlan változás a riasztásokban
   *[other] { $count } olvasatlan változás a riasztásokban
}
alerts-empty-title = Itt nincs riasztás
alerts-empty-body = Itt jelennek meg azok a riasztások, amelyek országához vagy hatóságához beérkeznek, valamint azok, amelyeket hatósága küld.
alerts-total = { $count ->
    [one] { $count } riasztás
   *[other] { $count } riasztás
}
alert-title = { $number } számú riasztás
alert-title-unknown = Riasztás
alert-subject-withheld = A személyes adatok nem jelennek meg
alert-unread = Új fejlemények a legutóbbi megnyitás óta
alert-from-country = Küldő ország: { $country }
alert-details = Részletek
alert-sender = Küldő hatóság
alert-sent-at = Elküldés dátuma
alert-revision-label = Módosítások
alert-revision = { $count ->
    [one] Elküldése óta egyszer módosították
   *[other] Elküldése óta { $count } alkalommal módosították
}
alert-personal-hidden = A riasztás személyes adatai csak a küldő, a riasztási koordinátorok és azon hatóságok számára láthatók, amelyeknek a riasztást továbbították.
alert-comment = Megjegyzés
alert-comment-help = A címzettek számára: amit a fenti mezőkön túl tudniuk kell. Saját nyelvén írjon; minden olvasó gépi fordítást kérhet.
alert-late-reason = A késedelmes küldés oka
alert-proved-wrong = A riasztást visszavonták, mert megalapozatlannak bizonyult.
alert-due-left = { $days ->
    [0] Ma jár le a határidő: a riasztást a határozatot követő 3 napon belül el kell küldeni.
    [one] A riasztás elküldésére még { $days } nap áll rendelkezésre.
   *[other] A riasztás elküldésére még { $days } nap áll rendelkezésre.
}
alert-due-late = { $days ->
    [one] { $days } napos késés: adja meg, miért küldi késve a riasztást.
   *[other] { $days } napos késés: adja meg, miért küldi késve a riasztást.
}
alert-actions = Lehetséges műveletek
alert-note = Indoklás
alert-note-help = A riasztás visszaküldéséhez, visszavonásához vagy lezárásának kezdeményezéséhez kötelező; minden címzett elolvassa.
alert-note-missing = Először adja meg az indoklást.
alert-withdraw-proved-wrong = A riasztás megalapozatlannak bizonyult: erről minden címzett értesül
alert-conflict = { $error } A riasztás jelenlegi állapota: { $state }.
alert-deliveries = Címzettek
alert-deliveries-summary = { $count ->
    [one] Az átvételt { $count } országból { $acknowledged } igazolta vissza.
   *[other] Az átvételt { $count } országból { $acknowledged } igazolta vissza.
}
alert-column-country = Ország
alert-column-delivery = Riasztási koordinátor
alert-column-authorities = Illetékes hatóságok
alert-received-at = beérkezett: { $date }
alert-acknowledged-at = átvétel visszaigazolva: { $date }
alert-not-acknowledged = az átvétel még nincs visszaigazolva
alert-read-at = elolvasva: { $date }
alert-not-read = még nincs elolvasva
alert-no-recipients = Még nincs továbbítva
alert-timeline = Előzmények
alert-event-for-country = ország: { $country }
alert-pass-on-title = Továbbítás az illetékes hatóságoknak
alert-pass-on-help = A nyilvántartás országa azon hatóságait javasolja, amelyek hatáskörébe ez a szakma vagy tevékenység tartozik. Törölje a jelölést azoknál, amelyeknek nem kell megkapniuk a riasztást, vagy adjon hozzá másokat.
alert-pass-on-none = A nyilvántartás szerint országában egyetlen hatóság hatáskörébe sem tartozik ez a szakma vagy tevékenység. Adja hozzá azokat a hatóságokat, amelyeknek meg kell kapniuk a riasztást.
alert-pass-on-already = (már megkapta)
alert-pass-on-add = Másik hatóság hozzáadása
alert-pass-on-own-country = A riasztások csak saját országa hatóságainak továbbíthatók.
alert-pass-on-submit = { $count ->
    [one] Továbbítás { $count } hatóságnak
   *[other] Továbbítás { $count } hatóságnak
}
alert-compose-title = Új riasztás
alert-draft-title = { $number } számú riasztási piszkozat
alert-modify-title = A(z) { $number } számú riasztás módosítása
alert-step-kind = A riasztás típusa
alert-step-fields = Részletek
alert-step-countries = Országok
alert-step-review = Megjegyzés és küldés
alert-kind-legal-basis = Jogalap: { $basis }
alert-choose-kind-first = Először válassza ki a riasztás típusát.
alert-field-required = { $label } (kötelező)
alert-choose = Válasszon…
alert-countries-all = Ez a riasztás mind a 30 EGT-ország riasztási koordinátorához eljut.
alert-countries-choose = Válassza ki azokat az országokat, ahol a szolgáltató tevékenységet folytat, vagy ahol a kockázat felmerülhet.
alert-countries-always = { $country } mint letelepedés szerinti ország mindenképpen megkapja ezt a riasztást.
alert-countries-none = Még nincs kiválasztott ország.
alert-goes-to = Címzett országok: { $countries }
alert-approval-note = Az országából küldött riasztásokat elküldésük előtt az ország riasztási koordinátora hagyja jóvá.
alert-modify-note = Minden címzett értesül a riasztás módosításáról.
alert-problems = Még kitöltendő
alert-incomplete = A riasztás még nem teljes. A hiányzó részek meg vannak jelölve.
alert-save-draft = Piszkozat mentése
alert-save-modification = Módosítás mentése
alert-submit = Benyújtás jóváhagyásra
alert-check-title = Gyakorolhatja-e ez a szakember a szakmáját?
alert-check-intro = Keressen név szerint az országához vagy hatóságához beérkezett, hatályos, szakmai képesítésekkel kapcsolatos riasztások között. Az ékezetek és egy elírás nem befolyásolják a találatot. Ha talál riasztást, az azt jelenti, hogy a riasztást küldő országban tilalom vagy korlátozás van érvényben; ha nem talál, az nem bizonyítja, hogy a szakember gyakorolhatja a szakmáját.
alert-check-name = A szakember neve
alert-check-profession = Szakma
alert-check-any-profession = Bármely szakma
alert-check-submit = Riasztások keresése
alert-check-none = Egyetlen hatályos riasztás sem említi a következő nevet: { $name }.
alert-check-found = { $count ->
    [one] { $count } hatályos riasztás található
   *[other] { $count } hatályos riasztás található
}
toast-alert-saved = A piszkozat mentése megtörtént.
toast-alert-sent = A riasztás elküldése megtörtént.
toast-alert-submitted = A riasztás jóváhagyásra való benyújtása megtörtént.
toast-alert-modified = A riasztás módosítása megtörtént; a címzettek értesítést kapnak.
toast-alert-deleted = A piszkozat törlése megtörtént.
toast-alert-passed-on = A riasztás továbbítása megtörtént.
toast-alert-done = Megtörtént: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Nincs hálózati kapcsolat. A megnyitott megkeresések továbbra is olvashatók; az Ön által hozzáadott válaszokat, üzeneteket és dokumentumokat ez az eszköz megőrzi, és a kapcsolat helyreállásakor elküldi.
update-ready = Elkészült a rendszer új verziója.
update-reload = Az új verzió betöltése

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Egy kapcsolat nélkül végzett módosítás küldésre vár.
   *[other] { $count } kapcsolat nélkül végzett módosítás küldésre vár.
}
queue-sending = A kapcsolat nélkül végzett módosítások küldése…
queue-attention = { $count ->
    [one] Egy kapcsolat nélkül végzett módosítást nem sikerült elküldeni, és az Ön döntésére vár.
   *[other] { $count } kapcsolat nélkül végzett módosítást nem sikerült elküldeni, és ezek az Ön döntésére várnak.
}
queue-title = Küldésre vár
queue-intro = Kapcsolat nélkül végzett és ezen az eszközön megőrzött módosítások. A kapcsolat helyreállásakor a rendszer azonnal, sorrendben elküldi őket.
queue-kind-answers = Válaszok (mentve, a megkereső hatóságnak nem elküldve)
queue-kind-answer = A megkereső hatóságnak elküldendő válaszok
queue-kind-message = Üzenet
queue-kind-document = „{ $name }” dokumentum ({ $size } kB)
queue-made-at = Készült: { $time }
queue-status-waiting = Kapcsolatra vár.
queue-status-conflict = Nincs elküldve: a megkeresés azóta megváltozott, hogy Ön ezt megírta, és állapota most „{ $state }”. Az alábbi előzményekben tekintse meg, mi változott, majd küldje el mégis a módosítást, vagy vesse el.
queue-status-refused = Nincs elküldve: { $error }
queue-send-anyway = Küldés mégis
queue-edit = Szerkesztés
queue-discard = Elvetés
queue-discard-confirm = Elveti ezt a módosítást? Amit írt, törlődik erről az eszközről.
queue-logout-confirm = { $count ->
    [one] Egy kapcsolat nélkül végzett módosítás még nincs elküldve. Kijelentkezéskor törlődik erről az eszközről. Mégis kijelentkezik?
   *[other] { $count } kapcsolat nélkül végzett módosítás még nincs elküldve. Kijelentkezéskor ezek törlődnek erről az eszközről. Mégis kijelentkezik?
}
toast-queued = Nincs kapcsolat: a módosítást ez az eszköz megőrzi, és a kapcsolat helyreállásakor elküldi.
toast-queue-sent = { $count ->
    [one] A kapcsolat nélkül végzett módosítást elküldtük.
   *[other] A kapcsolat nélkül végzett { $count } módosítást elküldtük.
}

## Helyszíni ellenőrzések: a megkeresés fajtája és a helyszíni ellenőrzési jegyzőkönyv a jelen lévők aláírásával
compose-kind-label = Mit kér?
request-kind-information = Információ
request-kind-information-help = A másik hatóság nyilvántartásai és iratai alapján válaszol kérdéseire.
request-kind-inspection = Helyszíni ellenőrzés
request-kind-inspection-help = A másik hatóság ellenőrzi az érintett helyiségeket, berendezéseket vagy telephelyet, és beszámol megállapításairól, fényképekkel és a jelen lévők aláírásával.
request-checklist = { $count ->
    [one] Ellenőrzőlista: egy tétel
   *[other] Ellenőrzőlista: { $count } tétel
}
inspection-title = Helyszíni ellenőrzési jegyzőkönyv
inspection-help = Rögzítse az ellenőrzést annak elvégzése közben: válaszoljon a fenti ellenőrzőlistára, csatoljon fényképeket dokumentumként, majd adja meg a napot és a helyszínt, és itt írassa alá a jegyzőkönyvet minden jelen lévő személlyel. A válasz azt követően küldhető el, hogy Ön is aláírta.
inspection-pending = A helyszíni ellenőrzési jegyzőkönyv itt jelenik meg a válasszal együtt.
inspection-inspected-on = Az ellenőrzés napja
inspection-place = Az ellenőrzött helyszín
inspection-place-help = A cím, valamint a telephely vagy a helyiségek (például: építési terület, 2. kapu).
inspection-present = Jelen lévő személyek
inspection-signer-name = Név
inspection-signer-role = Milyen minőségben van jelen
inspection-signer-refused = Megtagadta az aláírást
inspection-signer-unnamed = jelen lévő személy
inspection-signer-unsigned = Csak akkor válik a jegyzőkönyv részévé, ha az illető aláírja, vagy megtagadja az aláírást.
inspection-signer-add = Jelen lévő személy hozzáadása
inspection-signer-remove = A személy eltávolítása
inspection-signature-of = Aláírás: { $name }
inspection-signature-clear = Az aláírás törlése
inspection-signature-needed = A válasz elküldése előtt szükség van az ellenőr aláírására.
inspection-refused-to-sign = Az illető megtagadta az aláírást.
signer-role-inspector = Ellenőr
signer-role-provider-representative = A szolgáltató vagy a munkáltató képviselője
signer-role-worker = Munkavállaló
signer-role-witness = Tanú
queue-kind-report = Helyszíni ellenőrzési jegyzőkönyv (mentve, a megkereső hatóságnak nem elküldve)
