# Slovenčina.

## Aplikácia
app-name = Informačný systém o vnútornom trhu
app-short-name = IMI
app-tagline = Administratívna spolupráca medzi príslušnými orgánmi Európskeho hospodárskeho priestoru
skip-to-content = Preskočiť na hlavný obsah
loading = Načítava sa…

## Navigácia a ponuka používateľa
nav-label = Hlavná navigácia
nav-inbox = Doručená pošta
language-label = Jazyk
user-signed-in-as = Používateľský účet: { $name }, { $authority }
organisation-commission = Európska komisia
logout = Odhlásiť sa
toast-dismiss = Zavrieť
toast-logged-out = Odhlásenie prebehlo úspešne.

## Prihlasovacia stránka
login-title = Prihlásenie
login-intro = Použite účet, ktorý vám vytvoril správca vášho orgánu alebo národný koordinátor IMI.
login-email = E-mailová adresa
login-password = Heslo
login-submit = Prihlásiť sa
login-submitting = Prebieha prihlasovanie…
field-required = Toto pole je povinné.

## Doručená pošta
inbox-title = Doručená pošta
inbox-empty-title = Zatiaľ žiadne žiadosti

## Neexistujúce stránky
not-found-title = Stránka sa nenašla
not-found-body = Adresa, ktorú ste použili, nevedie na žiadnu stránku tohto systému.
not-found-home = Prejsť do doručenej pošty

## Roly
roles-label = Vaše roly
role-request_handler = Spracovateľ žiadostí
role-allocator = Prideľovateľ žiadostí
role-local_administrator = Miestny správca údajov
role-coordinator = Koordinátor IMI
role-commission_observer = Pozorovateľ Komisie

## Chyby vrátené serverom podľa kódu
error-internal-error = Na serveri sa vyskytla chyba. Skúste to, prosím, znova; ak problém pretrváva, obráťte sa na svojho správcu.
error-database-unavailable = Databáza systému je momentálne nedostupná. Skúste to, prosím, znova o niekoľko minút.
error-not-found = Požadovaná položka neexistuje alebo k nej nemáte prístup.
error-method-not-allowed = Túto akciu tu nie je možné vykonať.
error-unauthenticated = Vaša relácia sa skončila. Prihláste sa, prosím, znova.
error-forbidden = Na túto akciu nemáte potrebné oprávnenia.
error-invalid-credentials = E-mailová adresa alebo heslo je nesprávne.
error-too-many-attempts = { $seconds ->
    [one] Príliš veľa neúspešných pokusov. Pred ďalším pokusom počkajte, prosím, { $seconds } sekundu.
    [few] Príliš veľa neúspešných pokusov. Pred ďalším pokusom počkajte, prosím, { $seconds } sekundy.
    [many] Príliš veľa neúspešných pokusov. Pred ďalším pokusom počkajte, prosím, { $seconds } sekundy.
   *[other] Príliš veľa neúspešných pokusov. Pred ďalším pokusom počkajte, prosím, { $seconds } sekúnd.
}
error-malformed-json = Server nedokázal prečítať odoslané údaje. Obnovte, prosím, stránku a skúste to znova.
error-unsupported-media-type = Server neprijíma údaje v tomto formáte.
error-payload-too-large = Odoslané údaje sú väčšie, ako server prijíma.
error-validation-failed = Niektoré polia nie sú vyplnené správne. Skontrolujte, prosím, označené polia.
error-network-error = Server nie je dostupný. Skontrolujte sieťové pripojenie a skúste to znova.
error-invalid-transition = V aktuálnom stave žiadosti nie je táto akcia možná. Obnovte, prosím, stránku a zobrazia sa akcie, ktoré sú teraz k dispozícii.
error-translation-not-configured = Strojový preklad nie je v tomto systéme k dispozícii.
error-translation-failed = Služba strojového prekladu neodpovedala. Skúste to, prosím, znova neskôr.

## Hodnoty zástupných symbolov (shared::placeholder::PlaceholderErrorCode)
## $label je označenie zástupného symbolu v jazyku čitateľa; $max a $length sú počty znakov.
placeholder-error-missing = Zadajte hodnotu do poľa „{ $label }“.
placeholder-error-empty = Pole „{ $label }“ nemôže byť prázdne.
placeholder-error-too-long = { $max ->
    [one] Pole „{ $label }“ môže mať najviac { $max } znak; aktuálny počet znakov: { $length }.
    [few] Pole „{ $label }“ môže mať najviac { $max } znaky; aktuálny počet znakov: { $length }.
    [many] Pole „{ $label }“ môže mať najviac { $max } znaku; aktuálny počet znakov: { $length }.
   *[other] Pole „{ $label }“ môže mať najviac { $max } znakov; aktuálny počet znakov: { $length }.
}
placeholder-error-control-character = Pole „{ $label }“ obsahuje neviditeľný riadiaci znak. Zadajte, prosím, hodnotu znova.
placeholder-error-line-break = Hodnota poľa „{ $label }“ sa musí zmestiť do jedného riadka.
placeholder-error-invalid-date = Dátum v poli „{ $label }“ zadajte vo formáte rok-mesiac-deň, napríklad 2025-03-31.
placeholder-error-nonexistent-date = Dátum zadaný v poli „{ $label }“ v kalendári neexistuje.
placeholder-error-unknown-country = V poli „{ $label }“ vyberte krajinu Európskeho hospodárskeho priestoru.
placeholder-error-invalid-email = Pole „{ $label }“ neobsahuje platnú e-mailovú adresu.
placeholder-error-invalid-person-name = Pole „{ $label }“ musí obsahovať meno osoby: písmená, bez číslic.
placeholder-error-invalid-register-reference = Pole „{ $label }“ môže obsahovať iba písmená, číslice, medzery a znaky - . /
placeholder-error-unexpected = Bola zadaná hodnota pre pole, ktoré nepoužíva žiadna z vybraných otázok.
placeholder-error-unknown-placeholder = Otázka používa neznáme pole. Informujte, prosím, svojho koordinátora IMI.

## Šablóny otázok (shared::placeholder::TemplateErrorCode)
## $position je pozícia znaku počítaná od 1; $name je názov zástupného symbolu tak, ako bol napísaný.
template-error-unterminated = Zástupný symbol, ktorý sa začína na pozícii { $position }, nie je uzavretý.
template-error-empty-name = Zástupný symbol na pozícii { $position } nemá názov.
template-error-invalid-name = „{ $name }“ (pozícia { $position }) nie je platný názov zástupného symbolu: musí sa začínať písmenom, po ktorom nasledujú písmená, číslice alebo „_“.
template-error-mismatched-delimiters = Zástupný symbol na pozícii { $position } je otvorený jedným druhom zátvorky a uzavretý iným.
template-error-nested = Zástupný symbol na pozícii { $position } obsahuje iný zástupný symbol.
template-error-unknown-placeholder = „{ $name }“ (pozícia { $position }) nie je známy zástupný symbol.

## Stavy žiadosti (shared::lifecycle::RequestState)
request-state-draft = Koncept
request-state-awaiting-acceptance = Čaká na prijatie
request-state-accepted = Prijatá
request-state-info-requested = Vyžiadané doplňujúce informácie
request-state-answered = Zodpovedaná
request-state-closed = Uzavretá
request-state-withdrawn = Vzatá späť

## Akcie so žiadosťou (shared::lifecycle::ActionKind)
request-action-create = Nová žiadosť
request-action-edit = Upraviť
request-action-delete = Odstrániť koncept
request-action-send = Odoslať
request-action-withdraw = Vziať späť
request-action-accept = Prijať
request-action-forward = Postúpiť
request-action-request-info = Vyžiadať doplňujúce informácie
request-action-provide-info = Poskytnúť informácie
request-action-answer = Odpovedať
request-action-split-off = Oddeliť otázky
request-action-request-clarification = Požiadať o spresnenie
request-action-close = Prijať odpoveď a uzavrieť

## Hodnotenie odpovede (shared::lifecycle::Rating)
rating-positive = Dobrá
rating-neutral = Prijateľná
rating-negative = Nedostatočná

## Kontrola otázok (stránka na písanie a skúšanie šablón otázok)
nav-question-check = Kontrola otázok
question-check-title = Kontrola otázky
question-check-intro = Napíšte otázku tak, ako sa zobrazí v žiadosti, so zástupnými symbolmi pre údaje, ktoré vypĺňa žiadajúci orgán, a vyskúšajte ju s hodnotami. Platia tu rovnaké pravidlá ako pri odosielaní žiadosti.
question-check-template = Text otázky
question-check-template-help = Každý zástupný symbol napíšte v tvare {"${"}Nazov{"}"}, napríklad {"${"}SPBusinessName{"}"}. Známe zástupné symboly: { $names }.
question-check-values = Hodnoty
question-check-no-placeholders = Táto otázka neobsahuje žiadne zástupné symboly.
question-check-preview = Ukážka
question-check-submit = Skontrolovať na serveri
question-check-accepted = Server túto otázku aj jej hodnoty prijíma.

## Katalóg otázok
nav-catalogue = Otázky
catalogue-title = Katalóg otázok
catalogue-intro = Vopred preložené otázky, ktoré možno zaradiť do žiadosti. Druhý orgán si každú z nich prečíta vo svojom jazyku; zástupné symboly vypĺňa žiadajúci orgán.
catalogue-area-label = Legislatívna oblasť
catalogue-count = { $count ->
    [one] { $count } otázka
    [few] { $count } otázky
    [many] { $count } otázky
   *[other] { $count } otázok
}
area-services = Služby
area-professional_qualifications = Odborné kvalifikácie
area-posting_of_workers = Vysielanie pracovníkov
area-ecommerce = Elektronický obchod
answer-type-yes_no = Áno alebo nie
answer-type-date = Dátum
answer-type-free_text = Voľný text
answer-type-document = Dokument
answer-type-choice = Výber zo zoznamu
answer-type-measurement = Nameraná hodnota

## Vyhľadávanie orgánov
nav-authorities = Orgány
authorities-title = Vyhľadanie orgánu
authorities-intro = Vyhľadávajte v ľubovoľnom jazyku podľa názvu, skratky, mesta alebo pôsobnosti, napríklad podľa povolania alebo činnosti. Oblasti pôsobnosti sa vyhľadávajú vo všetkých jazykoch systému.
authorities-search-label = Názov, mesto alebo pôsobnosť
authorities-country-label = Krajina
authorities-any-country = Všetky krajiny
authorities-any-area = Všetky oblasti
authorities-results = { $count ->
    [one] Našiel sa { $count } orgán
    [few] Našli sa { $count } orgány
    [many] Našlo sa { $count } orgánu
   *[other] Našlo sa { $count } orgánov
}
authorities-no-results = Tomuto vyhľadávaniu nezodpovedá žiadny orgán.
## $country je názov krajiny v jazyku čitateľa (v nominatíve); $label je označenie povolania alebo činnosti.
search-country-from-query = Zobrazujú sa orgány krajiny uvedenej vo vašom vyhľadávaní: { $country }.
search-none-declared = Žiadny orgán v krajine { $country } neuviedol, že je príslušný pre „{ $label }“.
search-none-declared-anywhere = Žiadny orgán neuviedol, že je príslušný pre „{ $label }“.
search-ask-coordinator = Národný koordinátor IMI v krajine { $country } vám vie povedať, ktorý orgán je príslušný:
authorities-match-name = Zhoda v názve
authorities-match-acronym = Zhoda v skratke
authorities-match-city = Zhoda v názve mesta
authorities-match-competence = Pôsobnosť: { $label }
authorities-pages = Strany výsledkov
authorities-previous = Predchádzajúca
authorities-next = Nasledujúca
authorities-page = Strana { $page } z { $pages }
profile-back = Späť na vyhľadávanie
profile-country = Krajina
profile-acronym = Skratka
profile-level = Územná pôsobnosť
level-national = Celoštátna
level-regional = Regionálna
level-local = Miestna
profile-address = Adresa
profile-email = E-mailová adresa
profile-phone = Telefón
profile-role = Rola v systéme
profile-coordinator = Národný koordinátor IMI
profile-areas = Legislatívne oblasti
profile-competences = Pôsobnosť

## Krajiny Európskeho hospodárskeho priestoru
country-AT = Rakúsko
country-BE = Belgicko
country-BG = Bulharsko
country-HR = Chorvátsko
country-CY = Cyprus
country-CZ = Česko
country-DK = Dánsko
country-EE = Estónsko
country-FI = Fínsko
country-FR = Francúzsko
country-DE = Nemecko
country-GR = Grécko
country-HU = Maďarsko
country-IE = Írsko
country-IT = Taliansko
country-LV = Lotyšsko
country-LT = Litva
country-LU = Luxembursko
country-MT = Malta
country-NL = Holandsko
country-PL = Poľsko
country-PT = Portugalsko
country-RO = Rumunsko
country-SK = Slovensko
country-SI = Slovinsko
country-ES = Španielsko
country-SE = Švédsko
country-IS = Island
country-LI = Lichtenštajnsko
country-NO = Nórsko

## Doručená pošta – zoznamy žiadostí
inbox-empty-body-box = Tu sa zobrazia žiadosti vášho orgánu, ktoré zodpovedajú týmto filtrom.
inbox-new-request = Nová žiadosť
inbox-boxes = Zoznamy žiadostí
inbox-total = { $count ->
    [one] Jedna žiadosť
    [few] { $count } žiadosti
    [many] { $count } žiadosti
   *[other] { $count } žiadostí
}
inbox-deadline = Lehota: { $date }
inbox-number-label = Číslo žiadosti
inbox-sort-label = Zoradenie
inbox-sort-updated-desc = Naposledy zmenené ako prvé
inbox-sort-updated-asc = Najdlhšie nezmenené ako prvé
inbox-sort-deadline-asc = Najbližšia lehota ako prvá
inbox-sort-number-desc = Najvyššie číslo ako prvé
box-to-accept = Na prijatie
box-to-answer = Na zodpovedanie alebo kontrolu
box-awaiting = Čaká sa na druhý orgán
box-overdue = Po lehote
box-drafts = Koncepty
box-closed = Uzavreté
box-all = Všetky

## Chyby vrátené serverom (pokračovanie)
error-unsupported-file-type = Tento typ súboru sa neprijíma. Priložte súbor PDF, obrázok alebo kancelársky dokument.

## Žiadosť
request-title = Žiadosť č. { $number }
request-title-unknown = Žiadosť
request-overdue = Po lehote
request-from = Odosielateľ
request-to = Adresát
request-created = Vytvorené
request-requested-date = Požadovaný termín odpovede
request-deadline = Dohodnutá lehota
request-subject = Koho sa žiadosť týka
request-personal-data-hidden = Osobné údaje, komentár, správy a dokumenty sa zobrazia, keď váš orgán žiadosť prijme.
request-personal-data-coordinator = Ako koordinátor môžete sledovať priebeh žiadosti. Jej osobné údaje, komentár, správy a dokumenty sú prístupné len obom orgánom.
request-note-hidden = Text sa nezobrazuje, pretože môže obsahovať osobné údaje.
request-blocked-on = Dátum zablokovania osobných údajov
request-personal-data-blocked = Podľa pravidiel uchovávania boli osobné údaje v tejto žiadosti (koho sa týka, voľný text a dokumenty) dňa { $date } zablokované. Nikto ich už nemôže vidieť a dňa { $deleted } budú vymazané.
request-personal-data-erased = Podľa pravidiel uchovávania boli osobné údaje v tejto žiadosti dňa { $date } vymazané. Zachované zostávajú len jej základné údaje: dátumy, orgány, stavy a hodnotenia.
personal-data-mark = Osobné údaje
personal-data-legend = Táto značka označuje osobné údaje. Vidia ich len orgány, ktoré žiadosť vybavujú; po ukončení žiadosti sa podľa pravidiel uchovávania najprv zablokujú a potom vymažú.
nav-data-subjects = Dotknuté osoby
data-subjects-title = Žiadosti dotknutých osôb
data-subjects-intro = Keď sa osoba opýta, aké údaje o nej váš orgán má, nájdete tu všetky žiadosti vášho orgánu, ktoré sa jej týkajú, vrátane tých so zablokovanými osobnými údajmi, a vytvoríte výpis, na ktorý má nárok. Každé vyhľadávanie aj každý výpis sa zaznamenávajú spolu s dôvodom.
data-subjects-reason = Dôvod
data-subjects-reason-help = Napríklad dátum a číslo žiadosti danej osoby. Dôvod sa zaznamenáva do auditného záznamu.
data-subjects-search = Vyhľadať
data-subjects-found = { $count ->
    [one] Našla sa jedna žiadosť
    [few] Našli sa { $count } žiadosti
    [many] Našlo sa { $count } žiadosti
   *[other] Našlo sa { $count } žiadostí
}
data-subjects-none = Žiadna žiadosť vášho orgánu sa netýka tejto osoby.
data-subjects-include = Zahrnúť do výpisu
data-subjects-side-requesting = Odoslaná vaším orgánom
data-subjects-side-responding = Prijatá vaším orgánom
data-subjects-stage-visible = Osobné údaje viditeľné
data-subjects-stage-blocked = Osobné údaje zablokované
data-subjects-stage-deleted = Osobné údaje vymazané
data-subjects-report-language = Jazyk výpisu
data-subjects-make-report = Vytvoriť výpis
data-subjects-print = Vytlačiť výpis
report-title = Osobné údaje, ktoré sa o Vás uchovávajú
report-intro = { $authority } uchováva v Informačnom systéme o vnútornom trhu (IMI), prostredníctvom ktorého si orgány Európskeho hospodárskeho priestoru vymieňajú informácie podľa nariadenia (EÚ) č. 1024/2012, tieto Vaše osobné údaje.
report-made-on = Výpis vytvorený dňa { $date }
report-request = Žiadosť č. { $number }
report-area = Právna oblasť
report-data = Uchovávané údaje
report-disclosures = Odoslané alebo prijaté
report-disclosure-sent = Odoslané dňa { $date }, príjemca: { $authority }
report-disclosure-forwarded = Postúpené dňa { $date }, príjemca: { $authority }
report-disclosure-split-off = Čiastočne odovzdané dňa { $date }, príjemca: { $authority }
report-disclosure-received-from = Prijaté dňa { $date }, odosielateľ: { $authority }
report-retention = Zablokovanie a vymazanie
report-blocked-and-deleted = Zablokovanie dňa { $blocked } (odvtedy ich nikto nemôže vidieť) a vymazanie dňa { $deleted }.
report-not-ended = Žiadosť sa ešte vybavuje. Osobné údaje v nej sa zablokujú po uplynutí { $block ->
    [one] { $block } mesiaca
    [few] { $block } mesiacov
    [many] { $block } mesiaca
   *[other] { $block } mesiacov
} od jej ukončenia a vymažú sa po uplynutí { $delete ->
    [one] { $delete } mesiaca
    [few] { $delete } mesiacov
    [many] { $delete } mesiaca
   *[other] { $delete } mesiacov
} od jej ukončenia.
report-count = { $field }: { $count }
report-field-document = Dokument
report-field-comment = Komentár žiadajúceho orgánu
report-field-note = Správy a sprievodné texty
report-field-text-answer = Písomné odpovede
report-field-answer-comment = Komentáre k odpovediam
report-field-inspection-present = Prítomnosť pri kontrole na mieste
report-empty = Žiadosti tohto orgánu neobsahujú žiadne Vaše osobné údaje.
timeline-fields = Opravené polia: { $fields }
request-rectify = Opraviť osobné údaje
request-rectify-title = Opraviť údaje o tom, koho sa žiadosť týka
request-rectify-help = Druhý orgán sa dozvie, ktoré polia ste opravili. Predchádzajúce hodnoty sa neuchovávajú.
request-rectify-save = Uložiť opravu
request-comment = Komentár
request-original-language = Pôvodný jazyk: { $language }
request-questions = { $count ->
    [one] Jedna otázka
    [few] { $count } otázky
    [many] { $count } otázky
   *[other] { $count } otázok
}
request-answer = Odpoveď
request-answer-comment = Komentár k odpovedi
request-answer-choose = Vyberte odpoveď
request-answer-date = Dátum
request-answer-measurement = Nameraná hodnota ({ $unit })
request-answer-text = Text odpovede
request-save-answers = Uložiť odpovede
request-send-answer = Odoslať odpoveď
request-actions = Dostupné akcie
request-propose-days = Alebo navrhnite inú lehotu (v dňoch)
request-accept-proposed = Prijať s touto lehotou
request-note = Sprievodný text
request-rating-timeliness = Včasnosť odpovede
request-rating-effort = Kvalita odpovede
request-rating-choose = Vyberte hodnotenie
request-rating-needed = Ak chcete žiadosť uzavrieť, ohodnoťte včasnosť a kvalitu odpovede.
confirm-irreversible = Túto akciu nemožno vrátiť späť. Chcete pokračovať?
request-split-choose = Presunúť túto otázku inému orgánu
request-reuse = Vytvoriť novú žiadosť na základe tejto žiadosti
request-timeline = História
timeline-new = Nové po vašej zmene
request-message = Správa pre druhý orgán
request-message-send = Odoslať správu
timeline-to = Adresát: { $authority }
timeline-split-to = Nová žiadosť č. { $id }
subject-name = Meno alebo názov
subject-identifier = Registračné alebo identifikačné číslo
subject-birth-date = Dátum narodenia
picker-label = Vyhľadať orgán (v ľubovoľnom jazyku)
picker-more = Zobraziť viac
answer-yes = Áno
answer-no = Nie
answer-unknown = Nie je známe
answer-date = Dátum
answer-text = Písomná odpoveď
answer-measurement = Nameraná hodnota
answer-document-attached = Dokument je priložený
answer-document-not-available = Dokument nie je k dispozícii
event-created = Vytvorený koncept
event-sent = Odoslané
event-withdrawn = Vzaté späť
event-accepted = Prijaté
event-forwarded = Postúpené
event-info-requested = Vyžiadané doplňujúce informácie
event-info-provided = Poskytnuté informácie
event-answered = Zodpovedané
event-split-off = Otázky oddelené do novej žiadosti
event-clarification-requested = Vyžiadané spresnenie
event-closed = Odpoveď prijatá, žiadosť uzavretá
event-message = Správa
event-attachment-added = Priložený dokument
toast-request-action-send = Žiadosť bola odoslaná.
toast-request-action-delete = Koncept bol odstránený.
toast-request-action-withdraw = Žiadosť bola vzatá späť.
toast-request-action-accept = Žiadosť bola prijatá.
toast-request-action-forward = Žiadosť bola postúpená.
toast-request-action-request-info = Vaša otázka bola odoslaná žiadajúcemu orgánu.
toast-request-action-provide-info = Informácie boli odoslané.
toast-request-action-answer = Odpoveď bola odoslaná.
toast-request-action-split-off = Otázky boli presunuté do novej žiadosti.
toast-request-action-request-clarification = Vaša žiadosť o spresnenie bola odoslaná.
toast-request-action-close = Žiadosť bola uzavretá.
toast-answers-saved = Vaše odpovede boli uložené.

## Vytvorenie žiadosti
compose-title = Nová žiadosť
compose-steps = Kroky
compose-step-area = Legislatívna oblasť
compose-step-authority = Orgán
compose-step-subject = Subjekt
compose-step-questions = Otázky
compose-step-details = Komentár a dátum
compose-step-review = Kontrola a odoslanie
compose-back = Späť
compose-next = Ďalej
compose-saved = Koncept č. { $id } bol uložený
compose-chosen-authority = Vybraný orgán: { $name }
compose-subject-help = Dotknutý odborník alebo poskytovateľ služieb. Orgán, ktorému je žiadosť určená, tieto údaje uvidí až po prijatí žiadosti.
compose-comment-help = Píšte vo svojom jazyku; druhý orgán uvidí, o aký jazyk ide.
compose-incomplete = Žiadosť ešte nie je úplná. Chýbajúce časti sú označené.
compose-draft-title = Koncept { $number }
compose-questions-filter = Filtrovať otázky
compose-questions-chosen = Vybrané otázky: { $count }
compose-step-attention = vyžaduje pozornosť
compose-review-fix = Pred odoslaním opravte tieto nedostatky:
compose-review-language = Otázky sa zobrazujú vo vašom jazyku; orgán, ktorému je žiadosť určená, si ich prečíta vo svojom jazyku.
compose-review-none = Neuvedené
field-error-missing = Povinný údaj.
field-error-too-long = Hodnota je príliš dlhá.
field-error-not-in-future = Musí ísť o dátum po dnešnom dni.
field-error-in-future = Dátum nesmie byť v budúcnosti.
field-error-empty = Hodnota nesmie byť prázdna.
field-error-duplicate = Vybrané dvakrát.
field-error-unknown = Neznáma hodnota.
field-error-other-area = Patrí do inej legislatívnej oblasti.
field-error-area-not-handled = Tento orgán nepôsobí v legislatívnej oblasti tejto žiadosti.
field-error-not-allowed = Tu nie je prípustné.
field-error-too-many = Príliš veľa položiek.

## Priložené dokumenty
request-documents = Dokumenty
request-no-documents = Nie sú priložené žiadne dokumenty.
request-documents-withheld = Dokumenty sú osobné údaje: nezobrazujú sa tu, rovnako ako ostatné osobné údaje tejto žiadosti.
request-document-size = { $size } kB
upload-label = Priložiť dokument
upload-choose = Vybrať súbor…
upload-take-photo = Urobiť fotografiu
upload-keep-original = Odosielať fotografie v pôvodnej veľkosti (inak sa najprv zmenšujú v tomto zariadení)
date-day = Deň
date-month = Mesiac
date-year = Rok
upload-help = Súbor PDF, obrázok alebo kancelársky dokument, najviac 20 MB.
upload-question = Otázka, na ktorú dokument odpovedá
upload-no-question = Žiadna konkrétna otázka
upload-question-number = Otázka { $number }
upload-progress = Priebeh nahrávania

## E-mailové oznámenia ($event je jedna zo správ event-*)
email-subject = Žiadosť č. { $number }: { $event }
email-body = Vážená pani / vážený pán { $name },

    orgán { $authority } vykonal akciu v súvislosti so žiadosťou č. { $number }: { $event }.

    Žiadosť otvoríte tu: { $link }

    Túto správu odoslal Informačný systém o vnútornom trhu. Neodpovedajte na ňu, prosím.

## Oznámenia
notifications-label = Oznámenia
notifications-unread = { $count ->
    [one] { $count } neprečítané oznámenie
    [few] { $count } neprečítané oznámenia
    [many] { $count } neprečítaného oznámenia
   *[other] { $count } neprečítaných oznámení
}
notifications-empty = Žiadne oznámenia.
notifications-mark-all-read = Označiť všetko ako prečítané
notification-item = { $number }: { $event }

## Prideľovanie žiadostí a koordinácia
request-assigned-to = Pridelené: { $name }
request-assign-label = Zodpovedný spracovateľ
request-unassigned = Nepridelené
toast-assigned = Zodpovedný spracovateľ bol zmenený.
toast-saved = Uložené.
inbox-allocation-toggle = Prideľovateľ žiadostí prideľuje každú doručenú žiadosť jednému zo spracovateľov žiadostí vášho orgánu
event-assigned = Pridelené spracovateľovi
event-reminded = Pripomenutie od koordinátora
event-inactive = Dva mesiace bez aktivity
event-rectified = Opravené osobné údaje
nav-coordination = Koordinácia
coordination-title = Žiadosti bez aktivity
coordination-intro = Žiadosti orgánov vašej krajiny, pri ktorých sa už viac ako dva mesiace nič nestalo. Otvorte žiadosť a postúpte ju alebo pošlite pripomenutie orgánu, ktorý má urobiť ďalší krok.
coordination-empty = Žiadna žiadosť nie je bez aktivity dlhšie ako dva mesiace.
coordination-last-change = Posledná zmena: { $date }
coordination-remind = Odoslať pripomenutie
toast-reminded = Pripomenutie bolo odoslané.

## Strojový preklad voľného textu
request-translate = Preložiť do môjho jazyka
request-info-asked = { $authority } žiada o poskytnutie týchto informácií:
request-translation-unavailable = Tento text je v inom jazyku a na tomto serveri nie je nastavený strojový preklad.
request-machine-translation = Strojový preklad:

## Filtre prehľadu
inbox-state-label = Stav
inbox-any-state = Všetky stavy
inbox-from-label = Posledná zmena od
inbox-to-label = Posledná zmena do
inbox-assigned-to-me = Iba žiadosti pridelené mne

## Pozvánky e-mailom a súbežné úpravy, správa registra orgánov (koordinátori) a správa používateľov (miestni správcovia údajov)
email-invitation-subject = Váš účet v Informačnom systéme o vnútornom trhu (IMI): { $authority }
email-invitation-body = Vážená pani / vážený pán { $name },

    { $inviter } vám vytvoril(a) účet v Informačnom systéme o vnútornom trhu (IMI) ako používateľovi tohto orgánu: { $authority }.

    Účet aktivujete tak, že otvoríte nasledujúci odkaz a zvolíte si heslo: { $link }

    Odkaz možno použiť iba raz a platí { $days ->
        [one] jeden deň
        [few] { $days } dni
        [many] { $days } dňa
       *[other] { $days } dní
    }. Ak ste túto správu neočakávali, môžete ju ignorovať.

error-edit-conflict = Po tom, ako ste tento záznam otvorili, ho uložil iný používateľ. Obnovte stránku, aby sa zobrazili jeho zmeny, a potom znova vykonajte svoje zmeny.
error-invalid-parameter = Adresa tejto stránky nie je platná. Skontrolujte, prosím, odkaz alebo sa vráťte a skúste to znova.
error-rate-limited = Táto akcia bola vykonaná len pred chvíľou a zatiaľ ju nemožno zopakovať. Skúste to, prosím, znova neskôr.
error-second-factor-required = Zadajte kód z overovacej aplikácie.
error-invalid-second-factor = Kód je nesprávny alebo jeho platnosť uplynula. Zadajte kód, ktorý aplikácia zobrazuje teraz.
error-second-factor-setup-required = Vaše roly vyžadujú dvojstupňové overenie. Ak chcete pokračovať, nastavte ho na stránke svojho účtu.
error-storage-full = Dokument sa nepodarilo uložiť, pretože úložisko servera je plné. Nič sa neuložilo; informujte, prosím, svojho správcu IMI.
error-personal-data-blocked = Osobné údaje v tejto žiadosti sú podľa pravidiel uchovávania zablokované: nemožno k nej nič pridať.
error-idempotency-key-reused = Táto zmena už bola odoslaná s iným obsahom. Obnovte stránku a vykonajte zmenu znova.
error-request-in-progress = Táto zmena sa ešte spracúva. Chvíľu počkajte a skúste to znova.
error-device-storage-full = V tomto zariadení už nie je miesto na uchovanie zmeny do obnovenia pripojenia. Nič sa neuchovalo: uvoľnite v zariadení miesto alebo vykonajte zmenu, keď budete pripojení k sieti.
error-too-large-to-keep = Tento dokument je príliš veľký na to, aby sa dal v zariadení uchovať do obnovenia pripojenia. Priložte ho, keď budete pripojení k sieti.
nav-registry = Register
nav-users = Používatelia
registry-title = Správa registra orgánov
registry-intro = Tu môžete registrovať orgány svojej krajiny alebo ich importovať viac naraz zo súboru CSV. Ak chcete opraviť údaje orgánu, vyhľadajte ho a otvorte jeho profil.
registry-new = Zaregistrovať orgán
registry-import-title = Import zo súboru CSV
registry-import-help = Na každom riadku jeden orgán so stĺpcami opísanými v návode na import. Ak je niektorý riadok chybný, neimportuje sa nič; opätovný import toho istého súboru nič nezmení.
registry-import-file = Súbor CSV
registry-import-progress = Priebeh importu
registry-import-done = Import je dokončený. Nové: { $created }, aktualizované: { $updated }, bez zmeny: { $unchanged }.
registry-import-refused = Nič sa neimportovalo. Opravte tieto riadky a importujte súbor znova:
registry-import-line = Riadok
registry-import-column = Stĺpec
registry-import-reason = Problém
form-title-new = Registrácia orgánu
form-title-edit = Úprava: { $name }
form-errors = Opravte, prosím, označené polia.
form-name = Názov vo vlastnom jazyku orgánu
form-name-language = Jazyk názvu
form-other-names = Názvy v ďalších úradných jazykoch
form-other-name = Ďalší názov č. { $number }
form-other-name-add = Pridať názov v inom jazyku
form-other-name-remove = Odstrániť
form-name-en = Názov v angličtine
form-city = Mesto
form-level-help = Časť územia štátu, na ktorú sa vzťahuje pôsobnosť orgánu. Ak vyhľadávaniu rovnako zodpovedá viac orgánov, ako prvý sa uvádza orgán s celoštátnou pôsobnosťou.
form-phone-help = V medzinárodnom formáte, napríklad +371 6701 2345.
form-competences-filter = Vyhľadať pôsobnosť na pridanie
form-administrator = Prvý miestny správca údajov
form-administrator-help = Táto osoba dostane pozvánku e-mailom, zvolí si heslo a potom bude spravovať používateľov orgánu.
form-person-name = Meno a priezvisko
form-invitation-language = Jazyk pozvánky
form-save = Uložiť
form-register = Zaregistrovať
form-cancel = Zrušiť
profile-edit = Upraviť
authority-send-request = Odoslať žiadosť tomuto orgánu
profile-area-coordinator = Koordinátor IMI pre svoje legislatívne oblasti
profile-other-names = Ďalšie názvy
profile-registered-by = Registrujúci používateľ
profile-registered-by-value = { $user }, { $authority }
users-title = Používatelia
users-roles = Roly
users-active = Aktívny účet
users-pending = Pozvánka zatiaľ nebola prijatá
users-invitation-expired = Platnosť pozvánky uplynula
users-resend-invitation = Znova odoslať pozvánku
toast-invitation-resent = Nová pozvánka bola odoslaná; predchádzajúci odkaz už nie je platný.
users-inactive = Deaktivovaný účet
users-invited-by = Pozval(a): { $name }
users-may-log-in = Môže sa prihlásiť
users-invite-title = Pozvať kolegu alebo kolegyňu
users-invite = Odoslať pozvánku
toast-invited = Pozvánka bola odoslaná.
invitation-title = Vitajte v systéme IMI
invitation-intro = { $name }, pozývame vás do Informačného systému o vnútornom trhu ako používateľa tohto orgánu: { $authority } ({ $country }). Svoj účet aktivujete tak, že si zvolíte heslo.
password-help = { $count ->
    [one] Aspoň jeden znak. Dobré heslo môže tvoriť niekoľko navzájom nesúvisiacich slov; bežné heslá a heslá obsahujúce vaše meno alebo e-mailovú adresu sa neprijímajú.
    [few] Aspoň { $count } znaky. Dobré heslo môže tvoriť niekoľko navzájom nesúvisiacich slov; bežné heslá a heslá obsahujúce vaše meno alebo e-mailovú adresu sa neprijímajú.
    [many] Aspoň { $count } znaku. Dobré heslo môže tvoriť niekoľko navzájom nesúvisiacich slov; bežné heslá a heslá obsahujúce vaše meno alebo e-mailovú adresu sa neprijímajú.
   *[other] Aspoň { $count } znakov. Dobré heslo môže tvoriť niekoľko navzájom nesúvisiacich slov; bežné heslá a heslá obsahujúce vaše meno alebo e-mailovú adresu sa neprijímajú.
}
invitation-repeat = Zopakujte heslo
invitation-mismatch = Zadané heslá sa nezhodujú.
invitation-accept = Aktivovať môj účet
invitation-invalid = Tento odkaz s pozvánkou je neznámy, už bol použitý alebo jeho platnosť uplynula. O novú pozvánku požiadajte miestneho správcu údajov alebo koordinátora IMI.
field-error-invalid-email = Neplatná e-mailová adresa.
field-error-invalid-phone = Telefónne číslo nie je v medzinárodnom formáte (znak + a za ním číslice).
field-error-not-yours = Mimo legislatívnych oblastí, ktoré koordinujete.
field-error-taken = Túto hodnotu už používa iný účet.
field-error-too-short = Hodnota je príliš krátka.
field-error-last-administrator = Orgán musí mať aspoň jedného aktívneho miestneho správcu údajov.
field-error-control-character = Obsahuje riadiaci znak alebo znak, ktorý mení smer textu. Odstráňte ho, prosím.
field-error-not-own-country = Vyberte orgán zo svojej krajiny.
field-error-too-personal = Nesmie obsahovať vašu e-mailovú adresu ani vaše meno.
field-error-too-guessable = Príliš ľahko uhádnuteľné: bežné heslo alebo heslo veľmi podobné bežnému. Použite dlhšiu frázu z navzájom nesúvisiacich slov.
field-error-wrong-code = Kód je nesprávny alebo jeho platnosť uplynula.
field-error-no-setup = Nastavenie sa nezačalo alebo bolo nahradené; začnite ho znova.
field-error-no-second-factor = Dvojstupňové overenie nie je zapnuté.
field-error-required-by-role = Vaše roly vyžadujú dvojstupňové overenie, preto ho nemožno vypnúť.
field-error-wrong-password = Heslo je nesprávne.
field-error-self = Vlastný účet nemôžete deaktivovať.
field-error-other-country = Patrí inej krajine.
field-error-not-utf8 = Súbor nie je text v kódovaní UTF-8. Uložte ho z tabuľkového procesora vo formáte „CSV UTF-8“.
field-error-unreadable = Tento riadok nemožno prečítať ako CSV.
field-error-unknown-column = Neznámy stĺpec.
field-error-missing-column = Chýba povinný stĺpec.
field-error-wrong-column-count = Tento riadok nemá rovnaký počet buniek ako hlavička.
field-error-too-many-rows = Príliš veľa riadkov: najviac 20 000 v jednom súbore.
field-error-invalid-format = Hodnota nemá očakávaný formát.
field-error-duplicate-of-line = Rovnaký identifikátor ako v riadku { $line }.
field-error-out-of-range = Hodnota je mimo povoleného rozsahu.
field-error-out-of-range-between = Hodnota musí byť od { $min } do { $max }.
field-error-invalid-date = Neplatný dátum.
field-error-nonexistent-date = Takýto dátum neexistuje.
field-error-invalid-person-name = Neplatné meno osoby.
field-error-invalid-register-reference = Neplatné registračné číslo.
field-error-unknown-country = Systém túto krajinu nepozná.
field-error-unknown-placeholder = Systém tento zástupný symbol nepozná.
field-error-unexpected = Nepatrí k vybraným otázkam.
field-error-line-break = Hodnota sa musí zmestiť do jedného riadka.
field-error-none-left = V žiadosti musí zostať aspoň jedna otázka.
field-error-not-a-handler = Nie je aktívnym spracovateľom žiadostí tohto orgánu.
field-error-not-a-coordinator = Nie je koordinátorom.
field-error-not-asked = Nepatrí medzi otázky žiadosti.
field-error-not-here = Tu to nie je možné.
field-error-unterminated = Zástupný symbol je otvorený, ale nie je uzavretý.
field-error-empty-name = Zástupný symbol nemá názov.
field-error-invalid-name = Názov zástupného symbolu je neplatný.
field-error-mismatched-delimiters = Zátvorky si nezodpovedajú.
field-error-nested = Zástupný symbol je vnorený do iného zástupného symbolu.
field-error-wrong-kind = Tento druh odpovede nezodpovedá otázke.
field-error-no-attachment = K tejto otázke nie je priložený žiadny dokument.

## Účet: dvojstupňové overenie, relácie a heslo
login-code = Kód z overovacej aplikácie
login-code-intro = Váš účet používa dvojstupňové overenie. Zadajte kód, ktorý teraz zobrazuje vaša overovacia aplikácia.
login-code-help = Šesť číslic z aplikácie alebo jeden z vašich záložných kódov.
user-account = Váš účet
account-title = Váš účet
account-second-factor-title = Dvojstupňové overenie
account-second-factor-intro = Po zadaní hesla si prihlásenie vyžiada šesťmiestny kód z overovacej aplikácie vo vašom telefóne, napríklad FreeOTP, Aegis, Google Authenticator alebo Microsoft Authenticator.
account-second-factor-required = Vaše roly (miestny správca údajov alebo koordinátor IMI) vyžadujú dvojstupňové overenie. Ak chcete pokračovať, nastavte ho teraz.
account-second-factor-on = { $count ->
    [one] Dvojstupňové overenie je zapnuté. Zostáva vám jeden záložný kód.
    [few] Dvojstupňové overenie je zapnuté. Zostávajú vám { $count } záložné kódy.
    [many] Dvojstupňové overenie je zapnuté. Zostáva vám { $count } záložného kódu.
   *[other] Dvojstupňové overenie je zapnuté. Zostáva vám { $count } záložných kódov.
}
account-second-factor-off = Dvojstupňové overenie je vypnuté.
account-second-factor-start = Nastaviť dvojstupňové overenie
account-second-factor-scan = Naskenujte tento kód overovacou aplikáciou alebo do nej zadajte kľúč uvedený nižšie. Potom zadajte kód, ktorý aplikácia zobrazí.
account-second-factor-qr = QR kód na pridanie vášho účtu do overovacej aplikácie
account-second-factor-key = Kľúč
account-second-factor-code = Kód z aplikácie
account-second-factor-confirm = Zapnúť dvojstupňové overenie
account-second-factor-disable = Vypnúť dvojstupňové overenie
account-recovery-title = Záložné kódy
account-recovery-intro = Tieto kódy uschovajte na bezpečnom mieste, oddelene od telefónu. Ak telefón stratíte, každým z nich sa môžete jedenkrát prihlásiť. Zobrazujú sa iba teraz.
account-recovery-done = Kódy mám uložené
account-recovery-renew = Vygenerovať nové záložné kódy
account-sessions-title = Kde ste prihlásení
account-session-browser = Prehliadač
account-session-address = IP adresa
account-session-started = Začiatok
account-session-ends = Koniec platnosti
account-session-current = Táto relácia
account-session-unknown = Nie je známe
account-session-end = Ukončiť reláciu
account-sessions-end-others = Ukončiť všetky ostatné relácie
account-password-title = Heslo
account-password-current = Súčasné heslo
account-password-new = Nové heslo
account-password-repeat = Zopakujte nové heslo
account-password-change = Zmeniť heslo
toast-second-factor-on = Dvojstupňové overenie bolo zapnuté.
toast-second-factor-off = Dvojstupňové overenie bolo vypnuté.
toast-recovery-renewed = Boli vygenerované nové záložné kódy; staré už neplatia.
toast-session-ended = Relácia bola ukončená.
toast-sessions-ended = Vaše ostatné relácie boli ukončené.
toast-password-changed = Vaše heslo bolo zmenené a vaše ostatné relácie boli ukončené.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Štatistiky
## $number je počet zapísaný podľa miestnych zvyklostí čitateľa a $count ten istý počet ako číslo
## (pre tvar množného čísla). $from, $to a $today sú dátumy; $value, $green a $red sú hodnoty
## už zapísané podľa miestnych zvyklostí čitateľa (percento alebo dni); $zone je časové pásmo
## (UTC); $indicator je názov jedného z údajov statistics-figure-*.
nav-statistics = Štatistiky
statistics-title = Štatistiky
statistics-intro = Koľko žiadostí sa posiela, ako rýchlo sa prijímajú a zodpovedajú a ako žiadajúce orgány hodnotia odpovede. Tieto údaje neobsahujú žiadne osoby, mená ani texty.
statistics-print = Tlačiť
statistics-filters = Filtre
statistics-from = Od
statistics-to = Do
statistics-partner = Partnerská krajina
statistics-direction = Smer
statistics-direction-all = Odoslané aj doručené
statistics-direction-sent = Odoslané
statistics-direction-received = Doručené
statistics-granularity = Periodicita časového radu
statistics-granularity-month = Mesiac
statistics-granularity-quarter = Štvrťrok
statistics-granularity-year = Rok
statistics-whose = Údaje za
statistics-scope-everything = Všetky krajiny
statistics-scope-areas = { $country }: vaše oblasti
statistics-scope-authority = Váš orgán
statistics-your-areas = Vaše legislatívne oblasti
statistics-period = Žiadosti odoslané od { $from } do { $to }
statistics-as-of = Dni sú kalendárne dni v časovom pásme { $zone }; údaje k { $today }.
statistics-volumes-heading = Objem žiadostí
statistics-performance-heading = Rýchlosť a spokojnosť
statistics-performance-intro = Rýchlosť a spokojnosť sa vzťahujú na stranu, ktorá odpovedá: zahŕňajú žiadosti zaslané týmto orgánom v danom období. Pri každom údaji sa uvádza, na koľkých žiadostiach je založený; údaj založený na malom počte žiadostí sa môže výrazne meniť.
statistics-figure-sent = Odoslané žiadosti
statistics-figure-received = Doručené žiadosti
statistics-figure-open-now = Aktuálne otvorené
statistics-figure-overdue-now = Aktuálne po lehote
statistics-figure-accepted-in-time = Prijaté do 7 dní
statistics-figure-average-days = Priemerný počet dní do odpovede
statistics-figure-median-days = Medián počtu dní do odpovede
statistics-figure-by-agreed-date = Zodpovedané v dohodnutej lehote
statistics-figure-within-two-weeks = Zodpovedané do dvoch týždňov
statistics-figure-negative-timeliness = Negatívne hodnotenia včasnosti
statistics-figure-negative-effort = Negatívne hodnotenia kvality odpovede
statistics-what-is-counted = Čo sa započítava
statistics-definition-sent = Žiadosti, ktoré tieto orgány odoslali v danom období, pričom každá sa započítava ku dňu, keď bola odoslaná. Koncepty sa nikdy nezapočítavajú. Postúpená žiadosť sa započítava raz; žiadosť oddelená z inej žiadosti je samostatnou žiadosťou odoslanou v deň oddelenia; žiadosť vzatá späť sa naďalej započítava. Dni sú kalendárne dni v UTC.
statistics-definition-received = Žiadosti zaslané týmto orgánom v danom období, pričom každá sa započítava ku dňu, keď bola odoslaná. Postúpená žiadosť sa započítava raz, a to orgánu, ktorý ju má ako posledný; žiadosť vzatá späť sa naďalej započítava. Dni sú kalendárne dni v UTC.
statistics-definition-open-now = Odoslané alebo doručené žiadosti týchto orgánov, ktoré dnes čakajú na prijatie, sú prijaté alebo čakajú na informácie, bez ohľadu na to, kedy boli odoslané: tento údaj nie je obmedzený na dané obdobie.
statistics-definition-overdue-now = Z aktuálne otvorených žiadostí tie, ktorých dohodnutá lehota k dnešnému dňu uplynula (kalendárne dni v UTC). Ani tento údaj nie je obmedzený na dané obdobie.
statistics-definition-accepted-in-time = Z doručených žiadostí, ktoré boli prijaté alebo ktoré čakajú viac ako 7 dní bez prijatia, podiel žiadostí prijatých najneskôr 7 kalendárnych dní po doručení. Žiadosť sa považuje za doručenú v deň, keď bola odoslaná, alebo, ak bola postúpená, v deň posledného postúpenia, aby sa orgánu nepripisovali dni, počas ktorých ju mal iný orgán. Žiadosť vzatá späť sa započítava, len ak bola prijatá. Dni sú kalendárne dni v UTC.
statistics-definition-average-days = Priemerný počet kalendárnych dní (UTC) od doručenia (deň odoslania alebo posledného postúpenia) do prvej odpovede, vypočítaný z doručených žiadostí, na ktoré sa odpovedalo. Ak sa po odpovedi požiadalo o spresnenie, naďalej sa počíta prvá odpoveď.
statistics-definition-median-days = Stredná hodnota tých istých počtov dní od doručenia do prvej odpovede: polovica odpovedí trvala rovnako dlho alebo kratšie. Pri párnom počte odpovedí ide o nižšiu z dvoch stredných hodnôt.
statistics-definition-by-agreed-date = Zo zodpovedaných žiadostí s dohodnutou lehotou podiel tých, na ktoré bola prvá odpoveď poskytnutá najneskôr v posledný deň lehoty (kalendárne dni v UTC).
statistics-definition-within-two-weeks = Zo zodpovedaných žiadostí podiel tých, na ktoré bola prvá odpoveď poskytnutá najneskôr 14 kalendárnych dní (UTC) po doručení (deň odoslania alebo posledného postúpenia).
statistics-definition-negative-timeliness = Z doručených žiadostí, ktoré žiadajúci orgán pri uzavretí ohodnotil, podiel tých, ktorých odpoveď ohodnotil negatívne z hľadiska včasnosti.
statistics-definition-negative-effort = Z doručených žiadostí, ktoré žiadajúci orgán pri uzavretí ohodnotil, podiel tých, ktorých odpoveď ohodnotil negatívne z hľadiska kvality.
statistics-no-figure = Žiadne žiadosti
statistics-based-on = { $count ->
    [one] Na základe { $number } žiadosti
    [few] Na základe { $number } žiadostí
    [many] Na základe { $number } žiadosti
   *[other] Na základe { $number } žiadostí
}
statistics-eea = EHP
statistics-eea-value = EHP: { $value }
statistics-band-green = Dobrý
statistics-band-yellow = Vyžaduje pozornosť
statistics-band-red = Slabý
statistics-legend-title = Prahové hodnoty pásiem
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: dobrý od { $green }, slabý pod { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: dobrý pod { $green }, slabý nad { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: dobrý od { $green }, slabý pod { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: dobrý pod { $green }, slabý od { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: dobrý pod { $green }, slabý od { $red }.
statistics-quarter = { $quarter }. štvrťrok { $year }
statistics-quarter-short = { $quarter }. štvrťr.
statistics-charts-heading = Vývoj v čase
statistics-volumes-title = Odoslané a doručené žiadosti
statistics-acceptance-title = Podiel žiadostí prijatých do 7 dní
statistics-days-title = Priemerný počet dní do odpovede
statistics-axis-requests = Žiadosti
statistics-axis-share = Podiel
statistics-axis-days = Dni
statistics-show-table = Zobraziť ako tabuľku
statistics-tables-heading = Členenia
statistics-column-period = Obdobie
statistics-column-sent = Odoslané
statistics-column-received = Doručené
statistics-column-based-on = Základ (počet žiadostí)
statistics-column-area = Legislatívna oblasť
statistics-column-partner = Partnerská krajina
statistics-column-country = Krajina
statistics-column-from-to = Z (riadky) do (stĺpce)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Žiadosti podľa legislatívnych oblastí
statistics-by-partner-title = Žiadosti podľa partnerských krajín
statistics-by-partner-intro = Partnerom je krajina na druhej strane: pri odoslanej žiadosti krajina, ktorá odpovedá, pri doručenej žiadosti žiadajúca krajina.
statistics-exchanges-title = Žiadosti medzi krajinami
statistics-exchanges-intro = Každý riadok predstavuje žiadajúcu krajinu a každý stĺpec krajinu, ktorá odpovedá; uvádzajú sa len krajiny so žiadosťami v danom období.
statistics-scoreboard-title = Hodnotiaca tabuľka odpovedajúcich krajín
statistics-scoreboard-intro = Ukazovatele každej krajiny ako strany, ktorá odpovedá, za žiadosti doručené v danom období, s pásmami podľa uvedených prahových hodnôt.
statistics-csv = Stiahnuť vo formáte CSV
statistics-csv-failed = Tento prehliadač nedokázal vytvoriť súbor.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: pásmo
statistics-csv-based-on = { $indicator }: základ (počet žiadostí)
statistics-empty-title = V tomto období nie sú žiadne žiadosti
statistics-empty-body = V tomto období nebola odoslaná žiadna žiadosť, ktorá zodpovedá týmto filtrom. Vyberte dlhšie obdobie alebo menej filtrov.
statistics-error-before-start = Nesmie byť pred prvým dňom obdobia.
statistics-error-too-long = { $count ->
    [one] Obdobie môže mať najviac { $days } deň.
    [few] Obdobie môže mať najviac { $days } dni.
    [many] Obdobie môže mať najviac { $days } dňa.
   *[other] Obdobie môže mať najviac { $days } dní.
}

## Varovania: jeden orgán varuje mnohé ďalšie

role-alert_coordinator = Koordinátor varovaní
field-error-before-start = Nesmie byť pred dátumom, od ktorého rozhodnutie platí.
alert-state-draft = Koncept
alert-state-awaiting-approval = Čaká na schválenie koordinátorom varovaní
alert-state-sent = Odoslané
alert-state-closure-proposed = Navrhnuté uzavretie
alert-state-closed = Uzavreté
alert-state-withdrawn = Vzaté späť
alert-action-edit = Upraviť
alert-action-delete = Odstrániť koncept
alert-action-send = Odoslať varovanie
alert-action-approve = Schváliť a odoslať
alert-action-reject = Vrátiť odosielateľovi
alert-action-acknowledge = Potvrdiť prijatie za krajinu
alert-action-pass-on = Postúpiť orgánom
alert-action-acknowledge-receipt = Potvrdiť prijatie
alert-action-modify = Zmeniť
alert-action-withdraw = Vziať späť
alert-action-propose-closure = Navrhnúť uzavretie
alert-action-reject-closure = Ponechať varovanie otvorené
alert-action-close = Uzavrieť varovanie
alert-event-created = Vytvorený koncept
alert-event-submitted = Predložené na schválenie
alert-event-approved = Schválené koordinátorom varovaní
alert-event-rejected = Vrátené odosielateľovi
alert-event-sent = Varovanie odoslané
alert-event-acknowledged = Prijatie za krajinu potvrdil koordinátor varovaní
alert-event-passed-on = Postúpené príslušným orgánom
alert-event-receipt-acknowledged = Prijatie potvrdil orgán
alert-event-modified = Varovanie zmenené
alert-event-withdrawn = Varovanie vzaté späť
alert-event-withdrawn-wrong = Varovanie vzaté späť, pretože sa ukázalo ako neopodstatnené
alert-event-closure-proposed = Navrhnuté uzavretie
alert-event-closure-rejected = Varovanie zostáva otvorené
alert-event-closed = Varovanie uzavreté
alert-event-end-reminder = Rozhodnutie už neplatí: uzavrite varovanie alebo ho vezmite späť
alert-event-late-reminder = Po lehote: rozhodnutie prestalo platiť pred viac ako tromi dňami a varovanie je stále otvorené
email-alert-subject = Varovanie č. { $number }: { $event }
email-alert-body = Vážená pani / vážený pán { $name },

    orgán { $authority } vykonal akciu v súvislosti s varovaním č. { $number } ({ $kind }): { $event }.

    Varovanie otvoríte tu: { $link }

    Túto správu odoslal Informačný systém o vnútornom trhu. Neodpovedajte na ňu, prosím.

alert-delivery-received = Doručené, prijatie zatiaľ nepotvrdené
alert-delivery-acknowledged = Prijatie potvrdené
alert-delivery-passed-on = Postúpené príslušným orgánom
alert-box-drafts = Koncepty varovaní
alert-box-sent = Odoslané varovania
alert-box-to-approve = Varovania na schválenie
alert-box-to-acknowledge = Varovania na potvrdenie prijatia
alert-box-received = Doručené varovania

## Alerts: the pages

nav-alerts = Varovania
alerts-title = Varovania
alerts-intro = Varovania upozorňujú príslušné orgány iných krajín na odborníka alebo poskytovateľa služieb: na zákaz alebo obmedzenie výkonu činnosti, sfalšovaný diplom, nebezpečenstvo pre zdravie, bezpečnosť alebo životné prostredie.
alerts-boxes = Zoznamy varovaní
alerts-new = Nové varovanie
alerts-check-link = Overiť odborníka
alerts-in-force = Platné varovania
alerts-unread = Neprečítané aktualizácie varovaní
# Čítačky obrazovky to oznámia, keď sa zvýši počet neprečítaných aktualizácií varovaní.
live-alert-news = { $count ->
    [one] Jedna neprečítaná aktualizácia varovaní
    [few] { $count } neprečítané aktualizácie varovaní
    [many] { $count } neprečítanej aktualizácie varovaní
   *[other] { $count } neprečítaných aktualizácií varovaní
}
alerts-empty-title = Žiadne varovania
alerts-empty-body = Zobrazujú sa tu varovania, ktoré boli doručené vašej krajine alebo vášmu orgánu, ako aj varovania, ktoré odoslal váš orgán.
alerts-total = { $count ->
    [one] { $count } varovanie
    [few] { $count } varovania
    [many] { $count } varovania
   *[other] { $count } varovaní
}
alert-title = Varovanie č. { $number }
alert-title-unknown = Varovanie
alert-subject-withheld = Osobné údaje sa nezobrazujú
alert-unread = Novinky od posledného otvorenia
alert-from-country = Krajina pôvodu: { $country }
alert-details = Podrobnosti
alert-sender = Odosielajúci orgán
alert-sent-at = Dátum odoslania
alert-revision-label = Zmeny
alert-revision = { $count ->
    [one] Od odoslania zmenené raz
    [few] Od odoslania zmenené { $count }-krát
    [many] Od odoslania zmenené { $count }-krát
   *[other] Od odoslania zmenené { $count }-krát
}
alert-personal-hidden = Osobné údaje v tomto varovaní sa zobrazujú len odosielateľovi, koordinátorom varovaní a orgánom, ktorým bolo varovanie postúpené.
alert-comment = Komentár
alert-comment-help = Pre adresátov: čo by mali vedieť nad rámec údajov v poliach vyššie. Píšte vo svojom jazyku; každý čitateľ si môže dať text strojovo preložiť.
alert-late-reason = Dôvod oneskoreného odoslania varovania
alert-proved-wrong = Toto varovanie bolo vzaté späť, pretože sa ukázalo ako neopodstatnené.
alert-due-left = { $days ->
    [0] Lehota uplynie dnes: varovanie sa musí odoslať do 3 dní od rozhodnutia.
    [one] Na odoslanie tohto varovania zostáva { $days } deň.
    [few] Na odoslanie tohto varovania zostávajú { $days } dni.
    [many] Na odoslanie tohto varovania zostáva { $days } dňa.
   *[other] Na odoslanie tohto varovania zostáva { $days } dní.
}
alert-due-late = { $days ->
    [one] Po lehote o { $days } deň: uveďte dôvod oneskoreného odoslania varovania.
    [few] Po lehote o { $days } dni: uveďte dôvod oneskoreného odoslania varovania.
    [many] Po lehote o { $days } dňa: uveďte dôvod oneskoreného odoslania varovania.
   *[other] Po lehote o { $days } dní: uveďte dôvod oneskoreného odoslania varovania.
}
alert-actions = Dostupné akcie
alert-note = Dôvod
alert-note-help = Povinný údaj pri vrátení varovania, jeho vzatí späť alebo návrhu na jeho uzavretie; čítajú ho všetci adresáti.
alert-note-missing = Najprv uveďte dôvod.
alert-withdraw-proved-wrong = Varovanie sa ukázalo ako neopodstatnené: oznámiť to všetkým adresátom
alert-conflict = { $error } Aktuálny stav varovania: { $state }.
alert-deliveries = Adresáti
alert-deliveries-summary = { $count ->
    [one] Prijatie potvrdené: { $acknowledged } z { $count } krajiny.
    [few] Prijatie potvrdené: { $acknowledged } z { $count } krajín.
    [many] Prijatie potvrdené: { $acknowledged } z { $count } krajiny.
   *[other] Prijatie potvrdené: { $acknowledged } z { $count } krajín.
}
alert-column-country = Krajina
alert-column-delivery = Koordinátor varovaní
alert-column-authorities = Príslušné orgány
alert-received-at = doručené { $date }
alert-acknowledged-at = prijatie potvrdené { $date }
alert-not-acknowledged = prijatie zatiaľ nepotvrdené
alert-read-at = prečítané { $date }
alert-not-read = zatiaľ neprečítané
alert-no-recipients = Zatiaľ nepostúpené
alert-timeline = História
alert-event-for-country = za krajinu { $country }
alert-pass-on-title = Postúpiť príslušným orgánom
alert-pass-on-help = Register navrhuje orgány vašej krajiny, ktoré sú príslušné pre toto povolanie alebo túto činnosť. Zrušte označenie orgánov, ktoré varovanie nemajú dostať, alebo pridajte ďalšie.
alert-pass-on-none = Register nepozná žiadny orgán vašej krajiny, ktorý je príslušný pre toto povolanie alebo túto činnosť. Pridajte orgány, ktoré majú varovanie dostať.
alert-pass-on-already = (varovanie už dostal)
alert-pass-on-add = Pridať ďalší orgán
alert-pass-on-own-country = Varovania možno postúpiť len orgánom vlastnej krajiny.
alert-pass-on-submit = { $count ->
    [one] Postúpiť { $count } orgánu
    [few] Postúpiť { $count } orgánom
    [many] Postúpiť { $count } orgánu
   *[other] Postúpiť { $count } orgánom
}
alert-compose-title = Nové varovanie
alert-draft-title = Koncept varovania č. { $number }
alert-modify-title = Zmena varovania č. { $number }
alert-step-kind = Druh varovania
alert-step-fields = Podrobnosti
alert-step-countries = Krajiny
alert-step-review = Komentár a odoslanie
alert-kind-legal-basis = Právny základ: { $basis }
alert-choose-kind-first = Najprv vyberte druh varovania.
alert-field-required = { $label } (povinné)
alert-choose = Vybrať…
alert-countries-all = Toto varovanie sa posiela koordinátorom varovaní všetkých 30 krajín EHP.
alert-countries-choose = Vyberte krajiny, v ktorých poskytovateľ pôsobí alebo v ktorých môže riziko vzniknúť.
alert-countries-always = Krajina usadenia ({ $country }) dostane toto varovanie v každom prípade.
alert-countries-none = Zatiaľ nie je vybraná žiadna krajina.
alert-goes-to = Posiela sa do krajín: { $countries }
alert-approval-note = Varovania z vašej krajiny pred odoslaním schvaľuje jej koordinátor varovaní.
alert-modify-note = Všetci adresáti dostanú informáciu, že varovanie bolo zmenené.
alert-problems = Treba doplniť
alert-incomplete = Varovanie ešte nie je úplné. Chýbajúce časti sú označené.
alert-save-draft = Uložiť koncept
alert-save-modification = Uložiť zmenu
alert-submit = Predložiť na schválenie
alert-check-title = Smie tento odborník vykonávať povolanie?
alert-check-intro = Vyhľadajte podľa mena platné varovania týkajúce sa odborných kvalifikácií, ktoré boli doručené vašej krajine alebo vášmu orgánu. Diakritika a jeden preklep sa tolerujú. Nájdené varovanie znamená, že v krajine, z ktorej pochádza, platí zákaz alebo obmedzenie; ak sa žiadne varovanie nenájde, nie je to dôkaz, že odborník môže povolanie vykonávať bez obmedzení.
alert-check-name = Meno odborníka
alert-check-profession = Povolanie
alert-check-any-profession = Všetky povolania
alert-check-submit = Vyhľadať varovania
alert-check-none = Žiadne platné varovanie neuvádza meno { $name }.
alert-check-found = { $count ->
    [one] Našlo sa { $count } platné varovanie
    [few] Našli sa { $count } platné varovania
    [many] Našlo sa { $count } platného varovania
   *[other] Našlo sa { $count } platných varovaní
}
toast-alert-saved = Koncept bol uložený.
toast-alert-sent = Varovanie bolo odoslané.
toast-alert-submitted = Varovanie bolo predložené na schválenie.
toast-alert-modified = Varovanie bolo zmenené; adresáti sú o tom informovaní.
toast-alert-deleted = Koncept bol odstránený.
toast-alert-passed-on = Varovanie bolo postúpené.
toast-alert-done = Hotovo: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Nie ste pripojení k sieti. Žiadosti, ktoré ste otvorili, zostávajú dostupné na čítanie; odpovede, správy a dokumenty, ktoré pridáte, sa uchovajú v tomto zariadení a odošlú sa po obnovení pripojenia.
update-ready = Nová verzia systému je pripravená.
update-reload = Načítať novú verziu

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Jedna zmena vykonaná bez pripojenia čaká na odoslanie.
    [few] { $count } zmeny vykonané bez pripojenia čakajú na odoslanie.
    [many] { $count } zmeny vykonanej bez pripojenia čaká na odoslanie.
   *[other] { $count } zmien vykonaných bez pripojenia čaká na odoslanie.
}
queue-sending = Odosielajú sa zmeny vykonané bez pripojenia…
queue-attention = { $count ->
    [one] Jedna zmena vykonaná bez pripojenia nebola odoslaná a vyžaduje vaše rozhodnutie.
    [few] { $count } zmeny vykonané bez pripojenia neboli odoslané a vyžadujú vaše rozhodnutie.
    [many] { $count } zmeny vykonanej bez pripojenia nebolo odoslané a vyžaduje vaše rozhodnutie.
   *[other] { $count } zmien vykonaných bez pripojenia nebolo odoslaných a vyžaduje vaše rozhodnutie.
}
queue-title = Čaká na odoslanie
queue-intro = Tieto zmeny boli vykonané bez pripojenia a sú uchované v tomto zariadení. Odošlú sa postupne, hneď ako sa pripojenie obnoví.
queue-kind-answers = Odpovede (uložené, neodoslané žiadajúcemu orgánu)
queue-kind-answer = Odpovede na odoslanie žiadajúcemu orgánu
queue-kind-message = Správa
queue-kind-document = Dokument „{ $name }“ ({ $size } kB)
queue-made-at = Napísané { $time }
queue-status-waiting = Čaká sa na pripojenie.
queue-status-conflict = Neodoslané: žiadosť sa po napísaní tohto obsahu zmenila a teraz je v stave „{ $state }“. V histórii nižšie si pozrite, čo sa zmenilo, a potom zmenu napriek tomu odošlite alebo ju zahoďte.
queue-status-refused = Neodoslané: { $error }
queue-send-anyway = Napriek tomu odoslať
queue-edit = Upraviť
queue-discard = Zahodiť
queue-discard-confirm = Zahodiť túto zmenu? To, čo ste napísali, sa z tohto zariadenia vymaže.
queue-logout-confirm = { $count ->
    [one] Jedna zmena vykonaná bez pripojenia ešte nebola odoslaná. Odhlásením sa z tohto zariadenia vymaže. Napriek tomu sa odhlásiť?
    [few] { $count } zmeny vykonané bez pripojenia ešte neboli odoslané. Odhlásením sa z tohto zariadenia vymažú. Napriek tomu sa odhlásiť?
    [many] { $count } zmeny vykonanej bez pripojenia ešte nebolo odoslané. Odhlásením sa z tohto zariadenia vymaže. Napriek tomu sa odhlásiť?
   *[other] { $count } zmien vykonaných bez pripojenia ešte nebolo odoslaných. Odhlásením sa z tohto zariadenia vymažú. Napriek tomu sa odhlásiť?
}
toast-queued = Bez pripojenia: zmena sa uchová v tomto zariadení a odošle sa po obnovení pripojenia.
toast-queue-sent = { $count ->
    [one] Zmena vykonaná bez pripojenia bola odoslaná.
    [few] { $count } zmeny vykonané bez pripojenia boli odoslané.
    [many] Odoslalo sa { $count } zmeny vykonanej bez pripojenia.
   *[other] { $count } zmien vykonaných bez pripojenia bolo odoslaných.
}

## Kontroly na mieste: druh žiadosti a protokol o kontrole s podpismi prítomných osôb
compose-kind-label = O čo žiadate?
request-kind-information = Informácie
request-kind-information-help = Druhý orgán odpovie na vaše otázky na základe svojich evidencií a spisov.
request-kind-inspection = Kontrola na mieste
request-kind-inspection-help = Druhý orgán skontroluje dotknuté priestory, zariadenia alebo pracovisko a podá správu o svojich zisteniach vrátane fotografií a podpisov prítomných osôb.
request-checklist = { $count ->
    [one] Kontrolný zoznam: jedna položka
    [few] Kontrolný zoznam: { $count } položky
    [many] Kontrolný zoznam: { $count } položky
   *[other] Kontrolný zoznam: { $count } položiek
}
inspection-title = Protokol o kontrole
inspection-help = Zaznamenávajte kontrolu počas jej vykonávania: odpovedzte na otázky kontrolného zoznamu vyššie, priložte fotografie ako dokumenty, potom uveďte deň a miesto a dajte tu podpísať každej prítomnej osobe. Odpoveď možno odoslať, keď sa sami podpíšete.
inspection-pending = Protokol o kontrole sa tu zobrazí spolu s odpoveďou.
inspection-inspected-on = Deň kontroly
inspection-place = Kontrolované miesto
inspection-place-help = Adresa a pracovisko alebo priestory (napríklad: stavenisko, brána 2).
inspection-present = Prítomné osoby
inspection-signer-name = Meno a priezvisko
inspection-signer-role = Úloha pri kontrole
inspection-signer-refused = Odmietol(a) podpísať
inspection-signer-unnamed = prítomná osoba
inspection-signer-unsigned = Súčasťou protokolu bude až vtedy, keď sa osoba podpíše alebo podpis odmietne.
inspection-signer-add = Pridať prítomnú osobu
inspection-signer-remove = Odstrániť túto osobu
inspection-signature-of = Podpis: { $name }
inspection-signature-clear = Vymazať podpis
inspection-signature-needed = Pred odoslaním odpovede je potrebný podpis inšpektora.
inspection-refused-to-sign = Osoba odmietla podpísať.
signer-role-inspector = Inšpektor
signer-role-provider-representative = Zástupca poskytovateľa alebo zamestnávateľa
signer-role-worker = Pracovník
signer-role-witness = Svedok
queue-kind-report = Protokol o kontrole (uložený, neodoslaný žiadajúcemu orgánu)
