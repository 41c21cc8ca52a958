# Čeština.

## Aplikace
app-name = Systém pro výměnu informací o vnitřním trhu
app-short-name = IMI
app-tagline = Správní spolupráce mezi příslušnými orgány Evropského hospodářského prostoru
skip-to-content = Přejít na hlavní obsah
loading = Načítání…

## Navigace a uživatelská nabídka
nav-label = Hlavní navigace
nav-inbox = Doručené žádosti
language-label = Jazyk
user-signed-in-as = Přihlášený účet: { $name }, { $authority }
organisation-commission = Evropská komise
logout = Odhlásit se
toast-dismiss = Zavřít
toast-logged-out = Odhlášení proběhlo úspěšně.

## Přihlašovací stránka
login-title = Přihlášení
login-intro = Použijte účet, který vám zřídil místní správce dat vašeho orgánu nebo národní koordinátor IMI.
login-email = E-mailová adresa
login-password = Heslo
login-submit = Přihlásit se
login-submitting = Probíhá přihlašování…
field-required = Toto pole je povinné.

## Doručené žádosti
inbox-title = Doručené žádosti
inbox-empty-title = Zatím žádné žádosti

## Neexistující stránky
not-found-title = Stránka nebyla nalezena
not-found-body = Zadaná adresa nevede na žádnou stránku tohoto systému.
not-found-home = Přejít na doručené žádosti

## Role
roles-label = Vaše role
role-request_handler = Zpracovatel žádostí
role-allocator = Přidělovatel žádostí
role-local_administrator = Místní správce dat
role-coordinator = Koordinátor IMI
role-commission_observer = Pozorovatel za Komisi

## Chyby hlášené serverem, podle kódu
error-internal-error = Na serveru došlo k chybě. Zkuste to prosím znovu; pokud problém přetrvává, obraťte se na správce systému.
error-database-unavailable = Databáze systému je momentálně nedostupná. Zkuste to prosím znovu za několik minut.
error-not-found = Požadovaný záznam neexistuje, nebo k němu nemáte přístup.
error-method-not-allowed = Tuto akci zde nelze provést.
error-unauthenticated = Vaše relace skončila. Přihlaste se prosím znovu.
error-forbidden = K této akci nemáte potřebná oprávnění.
error-invalid-credentials = Nesprávná e-mailová adresa nebo heslo.
error-too-many-attempts = { $seconds ->
    [one] Příliš mnoho neúspěšných pokusů. Před dalším pokusem prosím počkejte { $seconds } sekundu.
    [few] Příliš mnoho neúspěšných pokusů. Před dalším pokusem prosím počkejte { $seconds } sekundy.
    [many] Příliš mnoho neúspěšných pokusů. Před dalším pokusem prosím počkejte { $seconds } sekundy.
   *[other] Příliš mnoho neúspěšných pokusů. Před dalším pokusem prosím počkejte { $seconds } sekund.
}
error-malformed-json = Server nemohl odeslaná data přečíst. Načtěte prosím stránku znovu a zkuste to ještě jednou.
error-unsupported-media-type = Server nepřijímá data v tomto formátu.
error-payload-too-large = Odeslaná data přesahují velikost, kterou server přijímá.
error-validation-failed = Některá pole nejsou vyplněna správně. Zkontrolujte prosím označená pole.
error-network-error = Server není dostupný. Zkontrolujte připojení k síti a zkuste to znovu.
error-invalid-transition = V aktuálním stavu žádosti nelze tuto akci provést. Načtěte prosím stránku znovu; zobrazí se akce, které jsou nyní k dispozici.
error-translation-not-configured = Strojový překlad není v tomto systému k dispozici.
error-translation-failed = Služba strojového překladu neodpověděla. Zkuste to prosím později.

## Hodnoty zástupných symbolů (shared::placeholder::PlaceholderErrorCode)
## $label je popisek zástupného symbolu v jazyce čtenáře; $max a $length jsou počty znaků.
placeholder-error-missing = Zadejte hodnotu pole „{ $label }“.
placeholder-error-empty = Pole „{ $label }“ nesmí být prázdné.
placeholder-error-too-long = { $max ->
    [one] Pole „{ $label }“ může obsahovat nejvýše { $max } znak (aktuální délka: { $length }).
    [few] Pole „{ $label }“ může obsahovat nejvýše { $max } znaky (aktuální délka: { $length }).
    [many] Pole „{ $label }“ může obsahovat nejvýše { $max } znaku (aktuální délka: { $length }).
   *[other] Pole „{ $label }“ může obsahovat nejvýše { $max } znaků (aktuální délka: { $length }).
}
placeholder-error-control-character = Pole „{ $label }“ obsahuje neviditelný řídicí znak. Zadejte prosím hodnotu znovu.
placeholder-error-line-break = Hodnota pole „{ $label }“ musí být na jednom řádku.
placeholder-error-invalid-date = Do pole „{ $label }“ zadejte datum ve formátu rok-měsíc-den, například 2025-03-31.
placeholder-error-nonexistent-date = Datum zadané v poli „{ $label }“ v kalendáři neexistuje.
placeholder-error-unknown-country = V poli „{ $label }“ vyberte zemi Evropského hospodářského prostoru.
placeholder-error-invalid-email = Pole „{ $label }“ neobsahuje platnou e-mailovou adresu.
placeholder-error-invalid-person-name = Pole „{ $label }“ musí obsahovat jméno osoby: písmena, bez číslic.
placeholder-error-invalid-register-reference = Pole „{ $label }“ smí obsahovat pouze písmena, číslice, mezery a znaky - . /
placeholder-error-unexpected = Byla zadána hodnota pole, které nepoužívá žádná z vybraných otázek.
placeholder-error-unknown-placeholder = Jedna z otázek používá neznámé pole. Informujte prosím svého koordinátora IMI.

## Šablony otázek (shared::placeholder::TemplateErrorCode)
## $position je pozice znaku počítaná od 1 (SPA předává pozici z kódu počítanou od 0 + 1);
## $name je název zástupného symbolu tak, jak byl zapsán.
template-error-unterminated = Zástupný symbol začínající na pozici { $position } není uzavřen.
template-error-empty-name = Zástupný symbol na pozici { $position } nemá název.
template-error-invalid-name = „{ $name }“ (pozice { $position }) není platný název zástupného symbolu: musí začínat písmenem, za nímž následují písmena, číslice nebo „_“.
template-error-mismatched-delimiters = Zástupný symbol na pozici { $position } je otevřen jedním druhem závorky a uzavřen jiným.
template-error-nested = Zástupný symbol na pozici { $position } obsahuje jiný zástupný symbol.
template-error-unknown-placeholder = „{ $name }“ (pozice { $position }) není známý zástupný symbol.

## Stavy žádosti (shared::lifecycle::RequestState)
request-state-draft = Koncept
request-state-awaiting-acceptance = Čeká na přijetí
request-state-accepted = Přijata
request-state-info-requested = Vyžádány další informace
request-state-answered = Zodpovězena
request-state-closed = Uzavřena
request-state-withdrawn = Vzata zpět

## Akce se žádostí (shared::lifecycle::ActionKind)
request-action-create = Nová žádost
request-action-edit = Upravit
request-action-delete = Smazat koncept
request-action-send = Odeslat
request-action-withdraw = Vzít zpět
request-action-accept = Přijmout
request-action-forward = Postoupit
request-action-request-info = Vyžádat další informace
request-action-provide-info = Poskytnout informace
request-action-answer = Odpovědět
request-action-split-off = Oddělit otázky
request-action-request-clarification = Požádat o upřesnění
request-action-close = Přijmout odpověď a uzavřít

## Hodnocení odpovědi (shared::lifecycle::Rating)
rating-positive = Dobrá
rating-neutral = Přijatelná
rating-negative = Nedostatečná

## Kontrola otázek (stránka pro psaní a zkoušení šablon otázek)
nav-question-check = Kontrola otázek
question-check-title = Kontrola otázky
question-check-intro = Napište otázku tak, jak se zobrazí v žádosti, se zástupnými symboly pro údaje, které vyplňuje dožadující orgán, a vyzkoušejte ji s hodnotami. Platí zde stejná pravidla jako při odesílání žádosti.
question-check-template = Text otázky
question-check-template-help = Každý zástupný symbol zapište jako {"${"}Nazev{"}"}, například {"${"}SPBusinessName{"}"}. Známé zástupné symboly: { $names }.
question-check-values = Hodnoty
question-check-no-placeholders = Tato otázka neobsahuje žádné zástupné symboly.
question-check-preview = Náhled
question-check-submit = Zkontrolovat na serveru
question-check-accepted = Server tuto otázku i její hodnoty přijímá.

## Katalog otázek
nav-catalogue = Otázky
catalogue-title = Katalog otázek
catalogue-intro = Předem přeložené otázky, které lze zařadit do žádosti. Druhý orgán si každou z nich přečte ve svém jazyce; zástupné symboly vyplňuje dožadující orgán.
catalogue-area-label = Legislativní oblast
catalogue-count = { $count ->
    [one] { $count } otázka
    [few] { $count } otázky
    [many] { $count } otázky
   *[other] { $count } otázek
}
area-services = Služby
area-professional_qualifications = Odborné kvalifikace
area-posting_of_workers = Vysílání pracovníků
area-ecommerce = Elektronický obchod
answer-type-yes_no = Ano, nebo ne
answer-type-date = Datum
answer-type-free_text = Volný text
answer-type-document = Dokument
answer-type-choice = Výběr ze seznamu
answer-type-measurement = Naměřená hodnota

## Vyhledávání orgánů
nav-authorities = Orgány
authorities-title = Vyhledat orgán
authorities-intro = Vyhledávejte v libovolném jazyce podle názvu, zkratky, města nebo působnosti, například podle povolání nebo činnosti. Oblasti působnosti se vyhledávají ve všech jazycích systému.
authorities-search-label = Název, město nebo působnost
authorities-country-label = Země
authorities-any-country = Všechny země
authorities-any-area = Všechny oblasti
authorities-results = { $count ->
    [one] Byl nalezen { $count } orgán
    [few] Byly nalezeny { $count } orgány
    [many] Bylo nalezeno { $count } orgánu
   *[other] Bylo nalezeno { $count } orgánů
}
authorities-no-results = Tomuto vyhledávání neodpovídá žádný orgán.
## $country je název země v jazyce čtenáře; $label název povolání nebo činnosti.
search-country-from-query = Zobrazují se orgány ze země { $country }, která je uvedena ve vašem vyhledávání.
search-none-declared = Žádný orgán ze země { $country } neuvedl, že je příslušný pro „{ $label }“.
search-none-declared-anywhere = Žádný orgán neuvedl, že je příslušný pro „{ $label }“.
search-ask-coordinator = Národní koordinátor IMI pro zemi { $country } vám sdělí, který orgán je příslušný:
authorities-match-name = Shoda v názvu
authorities-match-acronym = Shoda ve zkratce
authorities-match-city = Shoda ve městě
authorities-match-competence = Působnost: { $label }
authorities-pages = Stránky výsledků
authorities-previous = Předchozí
authorities-next = Další
authorities-page = Stránka { $page } z { $pages }
profile-back = Zpět na vyhledávání
profile-country = Země
profile-acronym = Zkratka
profile-level = Územní působnost
level-national = Celostátní
level-regional = Regionální
level-local = Místní
profile-address = Adresa
profile-email = E-mailová adresa
profile-phone = Telefon
profile-role = Role v systému
profile-coordinator = Národní koordinátor IMI
profile-areas = Legislativní oblasti
profile-competences = Působnost

## Země Evropského hospodářského prostoru
country-AT = Rakousko
country-BE = Belgie
country-BG = Bulharsko
country-HR = Chorvatsko
country-CY = Kypr
country-CZ = Česko
country-DK = Dánsko
country-EE = Estonsko
country-FI = Finsko
country-FR = Francie
country-DE = Německo
country-GR = Řecko
country-HU = Maďarsko
country-IE = Irsko
country-IT = Itálie
country-LV = Lotyšsko
country-LT = Litva
country-LU = Lucembursko
country-MT = Malta
country-NL = Nizozemsko
country-PL = Polsko
country-PT = Portugalsko
country-RO = Rumunsko
country-SK = Slovensko
country-SI = Slovinsko
country-ES = Španělsko
country-SE = Švédsko
country-IS = Island
country-LI = Lichtenštejnsko
country-NO = Norsko

## Doručené žádosti – seznamy žádostí
inbox-empty-body-box = Zde se zobrazí žádosti vašeho orgánu, které odpovídají těmto filtrům.
inbox-new-request = Nová žádost
inbox-boxes = Seznamy žádostí
inbox-total = { $count ->
    [one] Jedna žádost
    [few] { $count } žádosti
    [many] { $count } žádosti
   *[other] { $count } žádostí
}
inbox-deadline = Lhůta: { $date }
inbox-number-label = Číslo žádosti
inbox-sort-label = Řazení
inbox-sort-updated-desc = Naposledy změněné jako první
inbox-sort-updated-asc = Nejdéle neměněné jako první
inbox-sort-deadline-asc = Nejbližší lhůta jako první
inbox-sort-number-desc = Nejnovější číslo jako první
box-to-accept = K přijetí
box-to-answer = K zodpovězení nebo kontrole
box-awaiting = Čeká se na druhou stranu
box-overdue = Po lhůtě
box-drafts = Koncepty
box-closed = Uzavřené
box-all = Všechny

## Chyby hlášené serverem (pokračování)
error-unsupported-file-type = Tento typ souboru není přípustný. Přiložte soubor PDF, obrázek nebo kancelářský dokument.

## Žádost
request-title = Žádost č. { $number }
request-title-unknown = Žádost
request-overdue = Po lhůtě
request-from = Odesílatel
request-to = Adresát
request-created = Vytvořeno
request-requested-date = Požadovaný termín odpovědi
request-deadline = Dohodnutá lhůta
request-subject = Koho se žádost týká
request-personal-data-hidden = Osobní údaje, komentář, zprávy a dokumenty se zobrazí, jakmile váš orgán žádost přijme.
request-personal-data-coordinator = V roli koordinátora IMI můžete sledovat průběh žádosti. Osobní údaje, komentář, zprávy a dokumenty k žádosti jsou přístupné pouze oběma zúčastněným orgánům.
request-note-hidden = Text se nezobrazuje, protože může obsahovat osobní údaje.
request-blocked-on = Datum blokování osobních údajů
request-personal-data-blocked = Podle pravidel uchovávání byly osobní údaje této žádosti (koho se týká, volný text a dokumenty) dne { $date } blokovány. Nikdo je již nemůže zobrazit a dne { $deleted } budou vymazány.
request-personal-data-erased = Podle pravidel uchovávání byly osobní údaje této žádosti dne { $date } vymazány. Zachovány zůstávají pouze její základní údaje: data, orgány, stavy a hodnocení.
personal-data-mark = Osobní údaje
personal-data-legend = Tato značka označuje osobní údaje. Vidí je pouze orgány, které žádost vyřizují; po ukončení žádosti jsou podle pravidel uchovávání nejprve blokovány a poté vymazány.
nav-data-subjects = Subjekty údajů
data-subjects-title = Žádosti subjektů údajů
data-subjects-intro = Když se osoba zeptá, jaké údaje o ní váš orgán má, najdete zde všechny žádosti vašeho orgánu, které se jí týkají, včetně těch s blokovanými osobními údaji, a vytvoříte výpis, na který má nárok. Každé vyhledávání i každý výpis se zaznamenávají spolu s důvodem.
data-subjects-reason = Důvod
data-subjects-reason-help = Například datum a číslo jednací žádosti dané osoby. Důvod se zaznamenává do auditního protokolu.
data-subjects-search = Vyhledat
data-subjects-found = { $count ->
    [one] Nalezena jedna žádost
    [few] Nalezeny { $count } žádosti
    [many] Nalezeno { $count } žádosti
   *[other] Nalezeno { $count } žádostí
}
data-subjects-none = Žádná žádost vašeho orgánu se této osoby netýká.
data-subjects-include = Zahrnout do výpisu
data-subjects-side-requesting = Odeslána vaším orgánem
data-subjects-side-responding = Přijata vaším orgánem
data-subjects-stage-visible = Osobní údaje viditelné
data-subjects-stage-blocked = Osobní údaje blokovány
data-subjects-stage-deleted = Osobní údaje vymazány
data-subjects-report-language = Jazyk výpisu
data-subjects-make-report = Vytvořit výpis
data-subjects-print = Vytisknout výpis
report-title = Osobní údaje, které jsou o Vás vedeny
report-intro = { $authority } vede v systému pro výměnu informací o vnitřním trhu (IMI), jehož prostřednictvím si orgány Evropského hospodářského prostoru vyměňují informace podle nařízení (EU) č. 1024/2012, tyto Vaše osobní údaje.
report-made-on = Výpis vytvořen dne { $date }
report-request = Žádost č. { $number }
report-area = Právní oblast
report-data = Vedené údaje
report-disclosures = Odesláno nebo přijato
report-disclosure-sent = Odesláno dne { $date }, příjemce: { $authority }
report-disclosure-forwarded = Postoupeno dne { $date }, příjemce: { $authority }
report-disclosure-split-off = Částečně předáno dne { $date }, příjemce: { $authority }
report-disclosure-received-from = Přijato dne { $date }, odesílatel: { $authority }
report-retention = Blokování a výmaz
report-blocked-and-deleted = Blokování dne { $blocked } (od té doby je nikdo nemůže zobrazit) a výmaz dne { $deleted }.
report-not-ended = Žádost se stále vyřizuje. Osobní údaje v ní budou blokovány po uplynutí { $block ->
    [one] { $block } měsíce
    [few] { $block } měsíců
    [many] { $block } měsíce
   *[other] { $block } měsíců
} od jejího ukončení a vymazány po uplynutí { $delete ->
    [one] { $delete } měsíce
    [few] { $delete } měsíců
    [many] { $delete } měsíce
   *[other] { $delete } měsíců
} od jejího ukončení.
report-count = { $field }: { $count }
report-field-document = Dokument
report-field-comment = Komentář dožadujícího orgánu
report-field-note = Zprávy a průvodní texty
report-field-text-answer = Písemné odpovědi
report-field-answer-comment = Komentáře k odpovědím
report-field-inspection-present = Přítomnost při kontrole na místě
report-empty = Žádosti tohoto orgánu neobsahují žádné Vaše osobní údaje.
timeline-fields = Opravená pole: { $fields }
request-rectify = Opravit osobní údaje
request-rectify-title = Opravit údaje o tom, koho se žádost týká
request-rectify-help = Druhý orgán se dozví, která pole jste opravili. Předchozí hodnoty se neuchovávají.
request-rectify-save = Uložit opravu
request-comment = Komentář
request-original-language = Původní jazyk: { $language }
request-questions = { $count ->
    [one] Jedna otázka
    [few] { $count } otázky
    [many] { $count } otázky
   *[other] { $count } otázek
}
request-answer = Odpověď
request-answer-comment = Komentář k odpovědi
request-answer-choose = Vyberte odpověď
request-answer-date = Datum
request-answer-measurement = Naměřená hodnota ({ $unit })
request-answer-text = Text odpovědi
request-save-answers = Uložit odpovědi
request-send-answer = Odeslat odpověď
request-actions = Dostupné akce
request-propose-days = Nebo navrhněte jinou lhůtu (ve dnech)
request-accept-proposed = Přijmout s touto lhůtou
request-note = Průvodní text
request-rating-timeliness = Včasnost odpovědi
request-rating-effort = Kvalita odpovědi
request-rating-choose = Vyberte hodnocení
request-rating-needed = Chcete-li žádost uzavřít, ohodnoťte včasnost a kvalitu odpovědi.
confirm-irreversible = Tuto akci nelze vrátit zpět. Chcete pokračovat?
request-split-choose = Přesunout tuto otázku k jinému orgánu
request-reuse = Vytvořit novou žádost na základě této žádosti
request-timeline = Historie
timeline-new = Nové po vaší změně
request-message = Zpráva pro druhý orgán
request-message-send = Odeslat zprávu
timeline-to = Adresát: { $authority }
timeline-split-to = Nová žádost č. { $id }
subject-name = Jméno nebo název
subject-identifier = Registrační nebo identifikační číslo
subject-birth-date = Datum narození
picker-label = Vyhledat orgán (v libovolném jazyce)
picker-more = Zobrazit další
answer-yes = Ano
answer-no = Ne
answer-unknown = Není známo
answer-date = Datum
answer-text = Písemná odpověď
answer-measurement = Naměřená hodnota
answer-document-attached = Dokument je přiložen
answer-document-not-available = Dokument není k dispozici
event-created = Vytvořen koncept
event-sent = Odesláno
event-withdrawn = Vzato zpět
event-accepted = Přijato
event-forwarded = Postoupeno
event-info-requested = Vyžádány další informace
event-info-provided = Poskytnuty informace
event-answered = Zodpovězeno
event-split-off = Otázky odděleny do nové žádosti
event-clarification-requested = Vyžádáno upřesnění
event-closed = Odpověď přijata, žádost uzavřena
event-message = Zpráva
event-attachment-added = Přiložen dokument
toast-request-action-send = Žádost byla odeslána.
toast-request-action-delete = Koncept byl smazán.
toast-request-action-withdraw = Žádost byla vzata zpět.
toast-request-action-accept = Žádost byla přijata.
toast-request-action-forward = Žádost byla postoupena.
toast-request-action-request-info = Váš dotaz byl odeslán dožadujícímu orgánu.
toast-request-action-provide-info = Informace byly odeslány.
toast-request-action-answer = Odpověď byla odeslána.
toast-request-action-split-off = Otázky byly přesunuty do nové žádosti.
toast-request-action-request-clarification = Vaše žádost o upřesnění byla odeslána.
toast-request-action-close = Žádost byla uzavřena.
toast-answers-saved = Vaše odpovědi byly uloženy.

## Vytvoření žádosti
compose-title = Nová žádost
compose-steps = Kroky
compose-step-area = Legislativní oblast
compose-step-authority = Orgán
compose-step-subject = Subjekt
compose-step-questions = Otázky
compose-step-details = Komentář a datum
compose-step-review = Kontrola a odeslání
compose-back = Zpět
compose-next = Další
compose-saved = Koncept č. { $id } byl uložen
compose-chosen-authority = Vybraný orgán: { $name }
compose-subject-help = Dotčený odborník nebo poskytovatel služeb. Orgán, kterému je žádost určena, tyto údaje uvidí až po přijetí žádosti.
compose-comment-help = Pište ve svém jazyce; druhý orgán uvidí, o jaký jazyk jde.
compose-incomplete = Žádost ještě není úplná. Chybějící části jsou označeny.
compose-draft-title = Koncept č. { $number }
compose-questions-filter = Filtrovat otázky
compose-questions-chosen = Vybrané otázky: { $count }
compose-step-attention = vyžaduje pozornost
compose-review-fix = Před odesláním opravte tyto nedostatky:
compose-review-language = Otázky se zobrazují ve vašem jazyce; orgán, kterému je žádost určena, si je přečte ve svém jazyce.
compose-review-none = Neuvedeno
field-error-missing = Povinný údaj.
field-error-too-long = Hodnota je příliš dlouhá.
field-error-not-in-future = Musí jít o datum po dnešním dni.
field-error-in-future = Datum nesmí být v budoucnosti.
field-error-empty = Hodnota nesmí být prázdná.
field-error-duplicate = Vybráno dvakrát.
field-error-unknown = Neznámá hodnota.
field-error-other-area = Patří do jiné legislativní oblasti.
field-error-area-not-handled = Tento orgán nepůsobí v legislativní oblasti této žádosti.
field-error-not-allowed = Zde není přípustné.
field-error-too-many = Příliš mnoho položek.

## Přiložené dokumenty
request-documents = Dokumenty
request-no-documents = Nejsou přiloženy žádné dokumenty.
request-documents-withheld = Dokumenty jsou osobní údaje: nezobrazují se zde, stejně jako ostatní osobní údaje této žádosti.
request-document-size = { $size } kB
upload-label = Přiložit dokument
upload-choose = Vybrat soubor…
upload-take-photo = Pořídit fotografii
upload-keep-original = Odesílat fotografie v původní velikosti (jinak se nejprve zmenšují v tomto zařízení)
date-day = Den
date-month = Měsíc
date-year = Rok
upload-help = Soubor PDF, obrázek nebo kancelářský dokument, nejvýše 20 MB.
upload-question = Otázka, na kterou dokument odpovídá
upload-no-question = Žádná konkrétní otázka
upload-question-number = Otázka { $number }
upload-progress = Průběh nahrávání

## E-mailová oznámení ($event je jedna ze zpráv event-*)
email-subject = Žádost č. { $number }: { $event }
email-body = Dobrý den, { $name },

    orgán { $authority } provedl akci u žádosti č. { $number }: { $event }.

    Žádost otevřete zde: { $link }

    Tuto zprávu odeslal systém pro výměnu informací o vnitřním trhu. Prosíme, neodpovídejte na ni.

## Oznámení
notifications-label = Oznámení
notifications-unread = { $count ->
    [one] { $count } nepřečtené oznámení
    [few] { $count } nepřečtená oznámení
    [many] { $count } nepřečteného oznámení
   *[other] { $count } nepřečtených oznámení
}
notifications-empty = Žádná oznámení.
notifications-mark-all-read = Označit vše jako přečtené
notification-item = { $number }: { $event }

## Přidělování žádostí a koordinace
request-assigned-to = Přiděleno: { $name }
request-assign-label = Odpovědný zpracovatel
request-unassigned = Nepřiděleno
toast-assigned = Odpovědný zpracovatel byl změněn.
toast-saved = Uloženo.
inbox-allocation-toggle = Přidělovatel žádostí přiděluje každou doručenou žádost jednomu ze zpracovatelů žádostí našeho orgánu
event-assigned = Přiděleno zpracovateli
event-reminded = Připomenutí od koordinátora
event-inactive = Dva měsíce bez aktivity
event-rectified = Osobní údaje opraveny
nav-coordination = Koordinace
coordination-title = Žádosti bez aktivity
coordination-intro = Žádosti orgánů vaší země, u kterých se již více než dva měsíce nic nestalo. Otevřete žádost a postupte ji, nebo zašlete připomenutí orgánu, který má učinit další krok.
coordination-empty = Žádná žádost není bez aktivity dva měsíce nebo déle.
coordination-last-change = Poslední změna: { $date }
coordination-remind = Odeslat připomenutí
toast-reminded = Připomenutí bylo odesláno.

## Strojový překlad volného textu
request-translate = Přeložit do mého jazyka
request-info-asked = Orgán { $authority } požaduje tyto informace:
request-translation-unavailable = Tento text je v jiném jazyce a strojový překlad není na tomto serveru nastaven.
request-machine-translation = Strojový překlad:

## Filtry přehledu
inbox-state-label = Stav
inbox-any-state = Všechny stavy
inbox-from-label = Poslední změna od
inbox-to-label = Poslední změna do
inbox-assigned-to-me = Pouze žádosti přidělené mně

## Pozvánky e-mailem a souběžné úpravy, správa registru orgánů (koordinátoři) a správa uživatelů (místní správci dat)
email-invitation-subject = Váš účet v systému pro výměnu informací o vnitřním trhu (IMI): { $authority }
email-invitation-body = Dobrý den, { $name },

    { $inviter } vám zřídil(a) účet v systému pro výměnu informací o vnitřním trhu (IMI) jako uživateli tohoto orgánu: { $authority }.

    Účet aktivujete tak, že otevřete následující odkaz a zvolíte si heslo: { $link }

    Odkaz lze použít pouze jednou a platí { $days ->
        [one] jeden den
        [few] { $days } dny
        [many] { $days } dne
       *[other] { $days } dní
    }. Pokud tuto zprávu neočekáváte, můžete ji ignorovat.

error-edit-conflict = Poté, co jste tento záznam otevřeli, jej uložil jiný uživatel. Načtěte stránku znovu, aby se zobrazily jeho změny, a poté proveďte své změny znovu.
error-invalid-parameter = Adresa této stránky není platná. Zkontrolujte odkaz nebo se vraťte zpět a zkuste to znovu.
error-rate-limited = Tato akce byla provedena teprve před chvílí a zatím ji nelze zopakovat. Zkuste to prosím později.
error-second-factor-required = Zadejte kód z ověřovací aplikace.
error-invalid-second-factor = Kód je nesprávný nebo vypršela jeho platnost. Zadejte kód, který aplikace zobrazuje nyní.
error-second-factor-setup-required = Vaše role vyžadují dvoufázové ověření. Chcete-li pokračovat, nastavte si je na stránce svého účtu.
error-storage-full = Dokument se nepodařilo uložit, protože úložiště serveru je plné. Nic nebylo uloženo; informujte prosím svého správce systému IMI.
error-personal-data-blocked = Osobní údaje v této žádosti jsou podle pravidel uchovávání blokovány: nelze k ní nic přidat.
error-idempotency-key-reused = Tato změna již byla odeslána s jiným obsahem. Načtěte stránku znovu a proveďte změnu ještě jednou.
error-request-in-progress = Tato změna se ještě zpracovává. Chvíli počkejte a zkuste to znovu.
error-device-storage-full = V tomto zařízení již není místo pro uchování změny do obnovení připojení. Nic nebylo uchováno: uvolněte v zařízení místo, nebo změnu proveďte, až budete online.
error-too-large-to-keep = Tento dokument je příliš velký na to, aby mohl být v zařízení uchován do obnovení připojení. Přiložte jej, až budete online.
nav-registry = Registr
nav-users = Uživatelé
registry-title = Správa registru orgánů
registry-intro = Zde můžete registrovat orgány své země, nebo jich importovat více najednou ze souboru CSV. Chcete-li údaje orgánu opravit, vyhledejte jej a otevřete jeho profil.
registry-new = Zaregistrovat orgán
registry-import-title = Import ze souboru CSV
registry-import-help = Na každém řádku jeden orgán, se sloupci popsanými v návodu k importu. Pokud je některý řádek chybný, neimportuje se nic; opakovaný import téhož souboru nic nezmění.
registry-import-file = Soubor CSV
registry-import-progress = Průběh importu
registry-import-done = Import dokončen. Nové: { $created }, aktualizované: { $updated }, beze změny: { $unchanged }.
registry-import-refused = Nic nebylo importováno. Opravte tyto řádky a importujte soubor znovu:
registry-import-line = Řádek
registry-import-column = Sloupec
registry-import-reason = Problém
form-title-new = Registrace orgánu
form-title-edit = Úprava: { $name }
form-errors = Opravte prosím označená pole.
form-name = Název ve vlastním jazyce orgánu
form-name-language = Jazyk názvu
form-other-names = Názvy v dalších úředních jazycích
form-other-name = Další název č. { $number }
form-other-name-add = Přidat název v jiném jazyce
form-other-name-remove = Odebrat
form-name-en = Název v angličtině
form-city = Město
form-level-help = Část území státu, na kterou se vztahuje působnost orgánu. Pokud vyhledávání odpovídá několik orgánů stejnou měrou, uvádí se jako první orgán s celostátní působností.
form-phone-help = V mezinárodním formátu, například +371 6701 2345.
form-competences-filter = Vyhledat působnost k přidání
form-administrator = První místní správce dat
form-administrator-help = Tato osoba obdrží pozvánku e-mailem, zvolí si heslo a poté bude spravovat uživatele orgánu.
form-person-name = Jméno a příjmení
form-invitation-language = Jazyk pozvánky
form-save = Uložit
form-register = Zaregistrovat
form-cancel = Zrušit
profile-edit = Upravit
authority-send-request = Odeslat žádost tomuto orgánu
profile-area-coordinator = Koordinátor IMI pro své legislativní oblasti
profile-other-names = Další názvy
profile-registered-by = Registrující uživatel
profile-registered-by-value = { $user }, { $authority }
users-title = Uživatelé
users-roles = Role
users-active = Aktivní účet
users-pending = Pozvánka dosud nebyla přijata
users-invitation-expired = Platnost pozvánky vypršela
users-resend-invitation = Znovu odeslat pozvánku
toast-invitation-resent = Nová pozvánka byla odeslána; předchozí odkaz již není platný.
users-inactive = Deaktivovaný účet
users-invited-by = Pozval(a): { $name }
users-may-log-in = Může se přihlásit
users-invite-title = Pozvat kolegu
users-invite = Odeslat pozvánku
toast-invited = Pozvánka byla odeslána.
invitation-title = Vítejte v systému IMI
invitation-intro = { $name }, zveme vás do systému pro výměnu informací o vnitřním trhu jako uživatele tohoto orgánu: { $authority } ({ $country }). Svůj účet aktivujete tím, že si zvolíte heslo.
password-help = { $count ->
    [one] Alespoň jeden znak. Dobré heslo tvoří několik nesouvisejících slov; systém odmítne běžná hesla i vaše jméno nebo e-mailovou adresu.
    [few] Alespoň { $count } znaky. Dobré heslo tvoří několik nesouvisejících slov; systém odmítne běžná hesla i vaše jméno nebo e-mailovou adresu.
    [many] Alespoň { $count } znaku. Dobré heslo tvoří několik nesouvisejících slov; systém odmítne běžná hesla i vaše jméno nebo e-mailovou adresu.
   *[other] Alespoň { $count } znaků. Dobré heslo tvoří několik nesouvisejících slov; systém odmítne běžná hesla i vaše jméno nebo e-mailovou adresu.
}
invitation-repeat = Zopakujte heslo
invitation-mismatch = Zadaná hesla se neshodují.
invitation-accept = Aktivovat můj účet
invitation-invalid = Tento odkaz s pozvánkou je neznámý, již byl použit nebo jeho platnost vypršela. O novou pozvánku požádejte místního správce dat nebo koordinátora IMI.
field-error-invalid-email = Neplatná e-mailová adresa.
field-error-invalid-phone = Telefonní číslo není v mezinárodním formátu (znak + následovaný číslicemi).
field-error-not-yours = Mimo legislativní oblasti, které koordinujete.
field-error-taken = Tuto hodnotu již používá jiný účet.
field-error-too-short = Hodnota je příliš krátká.
field-error-last-administrator = Orgán musí mít alespoň jednoho aktivního místního správce dat.
field-error-control-character = Obsahuje řídicí znak nebo znak určující směr textu; odstraňte jej prosím.
field-error-not-own-country = Vyberte orgán ze své země.
field-error-too-personal = Nesmí obsahovat vaši e-mailovou adresu ani vaše jméno.
field-error-too-guessable = Heslo je příliš snadné uhodnout: je běžné nebo se běžnému heslu velmi podobá. Použijte delší spojení nesouvisejících slov.
field-error-wrong-code = Kód je nesprávný nebo vypršela jeho platnost.
field-error-no-setup = Nastavení nebylo zahájeno nebo bylo nahrazeno novějším; začněte znovu.
field-error-no-second-factor = Dvoufázové ověření není zapnuto.
field-error-required-by-role = Vaše role vyžadují dvoufázové ověření; nelze je vypnout.
field-error-wrong-password = Heslo je nesprávné.
field-error-self = Vlastní účet nelze deaktivovat.
field-error-other-country = Patří k jiné zemi.
field-error-not-utf8 = Soubor není text v kódování UTF-8. Uložte jej z tabulkového procesoru ve formátu „CSV UTF-8“.
field-error-unreadable = Tento řádek nelze přečíst jako CSV.
field-error-unknown-column = Neznámý sloupec.
field-error-missing-column = Chybí povinný sloupec.
field-error-wrong-column-count = Tento řádek nemá stejný počet buněk jako záhlaví.
field-error-too-many-rows = Příliš mnoho řádků: nejvýše 20 000 v jednom souboru.
field-error-invalid-format = Hodnota nemá očekávaný formát.
field-error-duplicate-of-line = Stejný identifikátor jako na řádku { $line }.
field-error-out-of-range = Hodnota je mimo povolený rozsah.
field-error-out-of-range-between = Hodnota musí být v rozmezí od { $min } do { $max }.
field-error-invalid-date = Neplatné datum.
field-error-nonexistent-date = Toto datum neexistuje.
field-error-invalid-person-name = Nejde o jméno osoby.
field-error-invalid-register-reference = Neplatný identifikátor v rejstříku.
field-error-unknown-country = Země, kterou systém nezná.
field-error-unknown-placeholder = Zástupný symbol, který systém nezná.
field-error-unexpected = Nepatří k vybraným otázkám.
field-error-line-break = Hodnota musí být na jednom řádku.
field-error-none-left = V žádosti musí zůstat alespoň jedna otázka.
field-error-not-a-handler = Nejde o aktivního zpracovatele žádostí tohoto orgánu.
field-error-not-a-coordinator = Nejde o koordinátora IMI.
field-error-not-asked = Nepatří mezi otázky této žádosti.
field-error-not-here = Zde není přípustné.
field-error-unterminated = Zástupný symbol je otevřen, ale není uzavřen.
field-error-empty-name = Zástupný symbol nemá název.
field-error-invalid-name = Název zástupného symbolu není platný.
field-error-mismatched-delimiters = Závorky si neodpovídají.
field-error-nested = Zástupný symbol je uvnitř jiného zástupného symbolu.
field-error-wrong-kind = Tento typ odpovědi se k otázce nehodí.
field-error-no-attachment = K této otázce není přiložen žádný dokument.

## Účet: dvoufázové ověření, relace, heslo
login-code = Kód z ověřovací aplikace
login-code-intro = Váš účet používá dvoufázové ověření. Zadejte kód, který nyní zobrazuje vaše ověřovací aplikace.
login-code-help = Šest číslic z aplikace nebo jeden z vašich záložních kódů.
user-account = Váš účet
account-title = Váš účet
account-second-factor-title = Dvoufázové ověření
account-second-factor-intro = Po zadání hesla si přihlášení vyžádá šestimístný kód z ověřovací aplikace ve vašem telefonu, například FreeOTP, Aegis, Google Authenticator nebo Microsoft Authenticator.
account-second-factor-required = Vaše role (místní správce dat nebo koordinátor IMI) vyžadují dvoufázové ověření. Chcete-li pokračovat, nastavte si je nyní.
account-second-factor-on = { $count ->
    [one] Dvoufázové ověření je zapnuto. Zbývá jeden záložní kód.
    [few] Dvoufázové ověření je zapnuto. Zbývají { $count } záložní kódy.
    [many] Dvoufázové ověření je zapnuto. Zbývá { $count } záložního kódu.
   *[other] Dvoufázové ověření je zapnuto. Zbývá { $count } záložních kódů.
}
account-second-factor-off = Dvoufázové ověření je vypnuto.
account-second-factor-start = Nastavit dvoufázové ověření
account-second-factor-scan = Naskenujte tento kód ověřovací aplikací, nebo do ní zadejte klíč uvedený níže. Poté zadejte kód, který aplikace zobrazí.
account-second-factor-qr = QR kód pro přidání vašeho účtu do ověřovací aplikace
account-second-factor-key = Klíč
account-second-factor-code = Kód z aplikace
account-second-factor-confirm = Zapnout dvoufázové ověření
account-second-factor-disable = Vypnout dvoufázové ověření
account-recovery-title = Záložní kódy
account-recovery-intro = Uschovejte tyto kódy na bezpečném místě, odděleně od telefonu. Pokud telefon ztratíte, každý z nich vám umožní jedno přihlášení. Zobrazují se pouze nyní.
account-recovery-done = Kódy mám uložené
account-recovery-renew = Nové záložní kódy
account-sessions-title = Vaše aktivní relace
account-session-browser = Prohlížeč
account-session-address = IP adresa
account-session-started = Zahájeno
account-session-ends = Končí
account-session-current = Tato relace
account-session-unknown = Nezjištěno
account-session-end = Ukončit relaci
account-sessions-end-others = Ukončit všechny ostatní relace
account-password-title = Heslo
account-password-current = Současné heslo
account-password-new = Nové heslo
account-password-repeat = Zopakujte nové heslo
account-password-change = Změnit heslo
toast-second-factor-on = Dvoufázové ověření bylo zapnuto.
toast-second-factor-off = Dvoufázové ověření bylo vypnuto.
toast-recovery-renewed = Byly vytvořeny nové záložní kódy; původní kódy již neplatí.
toast-session-ended = Relace byla ukončena.
toast-sessions-ended = Vaše ostatní relace byly ukončeny.
toast-password-changed = Vaše heslo bylo změněno a vaše ostatní relace byly ukončeny.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistiky
## $number je počet zapsaný podle národního prostředí čtenáře, $count týž počet jako číslo
## (pro tvar množného čísla). $from, $to a $today jsou data; $value, $green a $red jsou hodnoty
## již zapsané podle národního prostředí čtenáře (procento nebo dny); $zone je časové pásmo
## (UTC); $indicator je název jednoho z ukazatelů statistics-figure-*.
nav-statistics = Statistiky
statistics-title = Statistiky
statistics-intro = Kolik žádostí se vyměňuje, jak rychle jsou přijímány a zodpovídány a jak dožadující orgány hodnotí odpovědi. Tyto údaje neobsahují žádné osoby, jména ani texty.
statistics-print = Vytisknout
statistics-filters = Filtry
statistics-from = Od
statistics-to = Do
statistics-partner = Partnerská země
statistics-direction = Směr
statistics-direction-all = Odeslané a doručené
statistics-direction-sent = Odeslané
statistics-direction-received = Doručené
statistics-granularity = Členění časové řady
statistics-granularity-month = Měsíc
statistics-granularity-quarter = Čtvrtletí
statistics-granularity-year = Rok
statistics-whose = Čí údaje
statistics-scope-everything = Všechny země
statistics-scope-areas = { $country }: vaše legislativní oblasti
statistics-scope-authority = Váš orgán
statistics-your-areas = Vaše legislativní oblasti
statistics-period = Žádosti odeslané od { $from } do { $to }
statistics-as-of = Dny jsou kalendářní dny v časovém pásmu { $zone }; údaje ke dni { $today }.
statistics-volumes-heading = Objem žádostí
statistics-performance-heading = Rychlost a spokojenost
statistics-performance-intro = Rychlost a spokojenost se vztahují k dožádané straně: započítávají se žádosti zaslané těmto orgánům v daném období. U každého údaje je uvedeno, na kolika žádostech je založen; údaj založený na malém počtu žádostí se může výrazně měnit.
statistics-figure-sent = Odeslané žádosti
statistics-figure-received = Doručené žádosti
statistics-figure-open-now = Aktuálně otevřené
statistics-figure-overdue-now = Aktuálně po lhůtě
statistics-figure-accepted-in-time = Přijaté do 7 dnů
statistics-figure-average-days = Průměrný počet dnů do odpovědi
statistics-figure-median-days = Medián počtu dnů do odpovědi
statistics-figure-by-agreed-date = Zodpovězené v dohodnuté lhůtě
statistics-figure-within-two-weeks = Zodpovězené do dvou týdnů
statistics-figure-negative-timeliness = Negativní hodnocení včasnosti
statistics-figure-negative-effort = Negativní hodnocení kvality
statistics-what-is-counted = Co se započítává
statistics-definition-sent = Žádosti, které tyto orgány odeslaly v daném období, každá započtená ke dni svého odeslání. Koncepty se nezapočítávají nikdy. Postoupená žádost se započítává jednou; žádost oddělená od jiné žádosti je samostatnou žádostí, která se považuje za odeslanou v den oddělení; žádost vzatá zpět se rovněž započítává. Dny jsou kalendářní dny v UTC.
statistics-definition-received = Žádosti zaslané těmto orgánům v daném období, každá započtená ke dni svého odeslání. Postoupená žádost se započítává jednou, a to orgánu, u něhož se nachází naposledy; žádost vzatá zpět se rovněž započítává. Dny jsou kalendářní dny v UTC.
statistics-definition-open-now = Odeslané nebo doručené žádosti těchto orgánů, které dnes čekají na přijetí, jsou přijaty nebo čekají na informace, bez ohledu na to, kdy byly odeslány: tento údaj není omezen na dané období.
statistics-definition-overdue-now = Z aktuálně otevřených žádostí ty, jejichž dohodnutá lhůta k dnešnímu dni uplynula (kalendářní dny v UTC). Ani tento údaj není omezen na dané období.
statistics-definition-accepted-in-time = Z doručených žádostí, které byly přijaty nebo čekají na přijetí déle než 7 dnů, podíl žádostí přijatých nejpozději 7 kalendářních dnů po doručení. Žádost se považuje za doručenou v den odeslání, nebo v případě postoupení v den posledního postoupení, aby se orgánu nepřičítaly dny, kdy žádost měl jiný orgán. Žádost vzatá zpět se započítává, pouze pokud byla přijata. Dny jsou kalendářní dny v UTC.
statistics-definition-average-days = Průměrný počet kalendářních dnů (UTC) od doručení (dne odeslání nebo posledního postoupení) do první odpovědi, vypočtený ze zodpovězených doručených žádostí. Pokud bylo po odpovědi požádáno o upřesnění, započítává se i nadále první odpověď.
statistics-definition-median-days = Prostřední hodnota týchž počtů dnů od doručení do první odpovědi: polovina odpovědí trvala stejně dlouho nebo kratší dobu. Při sudém počtu odpovědí se bere nižší z obou prostředních hodnot.
statistics-definition-by-agreed-date = Ze zodpovězených žádostí s dohodnutou lhůtou podíl žádostí poprvé zodpovězených nejpozději v tento den (kalendářní dny v UTC).
statistics-definition-within-two-weeks = Ze zodpovězených žádostí podíl žádostí poprvé zodpovězených nejpozději 14 kalendářních dnů (UTC) po doručení (dni odeslání nebo posledního postoupení).
statistics-definition-negative-timeliness = Z doručených žádostí, které dožadující orgán při jejich uzavření ohodnotil, podíl žádostí, u nichž ohodnotil včasnost odpovědi negativně.
statistics-definition-negative-effort = Z doručených žádostí, které dožadující orgán při jejich uzavření ohodnotil, podíl žádostí, u nichž ohodnotil kvalitu odpovědi negativně.
statistics-no-figure = Žádné žádosti
statistics-based-on = { $count ->
    [one] Na základě { $number } žádosti
    [few] Na základě { $number } žádostí
    [many] Na základě { $number } žádosti
   *[other] Na základě { $number } žádostí
}
statistics-eea = EHP
statistics-eea-value = EHP: { $value }
statistics-band-green = Dobré
statistics-band-yellow = Ke sledování
statistics-band-red = Nedostatečné
statistics-legend-title = Prahové hodnoty pásem
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: dobré od { $green }, nedostatečné pod { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: dobré pod { $green }, nedostatečné nad { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: dobré od { $green }, nedostatečné pod { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: dobré pod { $green }, nedostatečné od { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: dobré pod { $green }, nedostatečné od { $red }.
statistics-quarter = { $quarter }. čtvrtletí { $year }
statistics-quarter-short = { $quarter }. čtvrtl.
statistics-charts-heading = Vývoj v čase
statistics-volumes-title = Odeslané a doručené žádosti
statistics-acceptance-title = Podíl žádostí přijatých do 7 dnů
statistics-days-title = Průměrný počet dnů do odpovědi
statistics-axis-requests = Žádosti
statistics-axis-share = Podíl
statistics-axis-days = Dny
statistics-show-table = Zobrazit jako tabulku
statistics-tables-heading = Členění
statistics-column-period = Období
statistics-column-sent = Odeslané
statistics-column-received = Doručené
statistics-column-based-on = Základ (počet žádostí)
statistics-column-area = Legislativní oblast
statistics-column-partner = Partnerská země
statistics-column-country = Země
statistics-column-from-to = Z (řádky) do (sloupce)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Žádosti podle legislativních oblastí
statistics-by-partner-title = Žádosti podle partnerských zemí
statistics-by-partner-intro = Partnerská země je země na druhé straně: u odeslané žádosti dožádaná země, u doručené žádosti dožadující země.
statistics-exchanges-title = Žádosti mezi jednotlivými zeměmi
statistics-exchanges-intro = Každý řádek představuje dožadující zemi, každý sloupec dožádanou zemi; uvedeny jsou pouze země, které měly v daném období žádosti.
statistics-scoreboard-title = Srovnávací přehled dožádaných zemí
statistics-scoreboard-intro = Ukazatele jednotlivých zemí jako dožádané strany u žádostí, které jim byly doručeny v daném období, s pásmy podle výše uvedených prahových hodnot.
statistics-csv = Stáhnout soubor CSV
statistics-csv-failed = Tento prohlížeč nemohl soubor vytvořit.
statistics-csv-percent = { $indicator } (v %)
statistics-csv-band = { $indicator }: pásmo
statistics-csv-based-on = { $indicator }: základ (počet žádostí)
statistics-empty-title = V tomto období nejsou žádné žádosti
statistics-empty-body = V tomto období nebyla odeslána žádná žádost odpovídající těmto filtrům. Zvolte delší období nebo méně filtrů.
statistics-error-before-start = Nesmí být před prvním dnem období.
statistics-error-too-long = { $count ->
    [one] Období může trvat nejvýše { $days } den.
    [few] Období může trvat nejvýše { $days } dny.
    [many] Období může trvat nejvýše { $days } dne.
   *[other] Období může trvat nejvýše { $days } dní.
}

## Výstrahy: jeden orgán varuje mnoho dalších

role-alert_coordinator = Koordinátor výstrah
field-error-before-start = Nesmí být před datem, od kterého rozhodnutí platí.
alert-state-draft = Koncept
alert-state-awaiting-approval = Čeká na schválení koordinátorem výstrah
alert-state-sent = Odeslána
alert-state-closure-proposed = Navrženo uzavření
alert-state-closed = Uzavřena
alert-state-withdrawn = Vzata zpět
alert-action-edit = Upravit
alert-action-delete = Smazat koncept
alert-action-send = Odeslat výstrahu
alert-action-approve = Schválit a odeslat
alert-action-reject = Vrátit odesílateli
alert-action-acknowledge = Potvrdit přijetí za zemi
alert-action-pass-on = Předat orgánům
alert-action-acknowledge-receipt = Potvrdit přijetí
alert-action-modify = Změnit
alert-action-withdraw = Vzít zpět
alert-action-propose-closure = Navrhnout uzavření
alert-action-reject-closure = Ponechat výstrahu otevřenou
alert-action-close = Uzavřít výstrahu
alert-event-created = Vytvořen koncept
alert-event-submitted = Předloženo ke schválení
alert-event-approved = Schváleno koordinátorem výstrah
alert-event-rejected = Vráceno odesílateli
alert-event-sent = Výstraha odeslána
alert-event-acknowledged = Přijetí potvrzeno koordinátorem výstrah dané země
alert-event-passed-on = Předáno příslušným orgánům
alert-event-receipt-acknowledged = Přijetí potvrzeno orgánem
alert-event-modified = Výstraha změněna
alert-event-withdrawn = Výstraha vzata zpět
alert-event-withdrawn-wrong = Výstraha vzata zpět: ukázala se jako neopodstatněná
alert-event-closure-proposed = Navrženo uzavření
alert-event-closure-rejected = Výstraha zůstává otevřená
alert-event-closed = Výstraha uzavřena
alert-event-end-reminder = Rozhodnutí již neplatí: uzavřete výstrahu, nebo ji vezměte zpět
alert-event-late-reminder = Po lhůtě: platnost rozhodnutí skončila před více než 3 dny a výstraha je stále otevřená
email-alert-subject = Výstraha č. { $number }: { $event }
email-alert-body = Dobrý den, { $name },

    orgán { $authority } provedl akci u výstrahy č. { $number } ({ $kind }): { $event }.

    Výstrahu otevřete zde: { $link }

    Tuto zprávu odeslal systém pro výměnu informací o vnitřním trhu. Prosíme, neodpovídejte na ni.

alert-delivery-received = Doručena, přijetí dosud nepotvrzeno
alert-delivery-acknowledged = Přijetí potvrzeno
alert-delivery-passed-on = Předáno příslušným orgánům
alert-box-drafts = Koncepty výstrah
alert-box-sent = Odeslané výstrahy
alert-box-to-approve = Výstrahy ke schválení
alert-box-to-acknowledge = Výstrahy k potvrzení přijetí
alert-box-received = Doručené výstrahy

## Alerts: the pages

nav-alerts = Výstrahy
alerts-title = Výstrahy
alerts-intro = Výstrahy upozorňují příslušné orgány jiných zemí na odborníka nebo poskytovatele služeb: zákaz nebo omezení výkonu činnosti, padělaný diplom, nebezpečí pro zdraví, bezpečnost nebo životní prostředí.
alerts-boxes = Seznamy výstrah
alerts-new = Nová výstraha
alerts-check-link = Ověřit odborníka
alerts-in-force = Platné výstrahy
alerts-unread = Výstrahy s nepřečtenými změnami
# Čtečky obrazovky to oznámí, když vzroste počet nepřečtených změn ve výstrahách.
live-alert-news = { $count ->
    [one] Jedna nepřečtená změna ve výstrahách
    [few] { $count } nepřečtené změny ve výstrahách
    [many] { $count } nepřečtené změny ve výstrahách
   *[other] { $count } nepřečtených změn ve výstrahách
}
alerts-empty-title = Žádné výstrahy
alerts-empty-body = Zde se zobrazí výstrahy, které obdrží vaše země nebo váš orgán, i výstrahy, které váš orgán odešle.
alerts-total = { $count ->
    [one] { $count } výstraha
    [few] { $count } výstrahy
    [many] { $count } výstrahy
   *[other] { $count } výstrah
}
alert-title = Výstraha č. { $number }
alert-title-unknown = Výstraha
alert-subject-withheld = Osobní údaje se nezobrazují
alert-unread = Novinky od posledního otevření
alert-from-country = Ze země { $country }
alert-details = Údaje
alert-sender = Odesílající orgán
alert-sent-at = Datum odeslání
alert-revision-label = Změny
alert-revision = { $count ->
    [one] Od odeslání jednou změněna
    [few] Od odeslání změněna { $count }krát
    [many] Od odeslání změněna { $count }krát
   *[other] Od odeslání změněna { $count }krát
}
alert-personal-hidden = Osobní údaje v této výstraze se zobrazují pouze odesílateli, koordinátorům výstrah a orgánům, kterým byla výstraha předána.
alert-comment = Komentář
alert-comment-help = Pro příjemce: co by měli vědět nad rámec údajů ve výše uvedených polích. Pište ve svém jazyce; každý čtenář si může nechat text strojově přeložit.
alert-late-reason = Důvod opožděného odeslání výstrahy
alert-proved-wrong = Tato výstraha byla vzata zpět, protože se ukázala jako neopodstatněná.
alert-due-left = { $days ->
    [0] Lhůta končí dnes: výstraha musí být odeslána do 3 dnů od rozhodnutí.
    [one] Na odeslání výstrahy zbývá { $days } den.
    [few] Na odeslání výstrahy zbývají { $days } dny.
    [many] Na odeslání výstrahy zbývá { $days } dne.
   *[other] Na odeslání výstrahy zbývá { $days } dní.
}
alert-due-late = { $days ->
    [one] { $days } den po lhůtě: uveďte, proč je výstraha odesílána opožděně.
    [few] { $days } dny po lhůtě: uveďte, proč je výstraha odesílána opožděně.
    [many] { $days } dne po lhůtě: uveďte, proč je výstraha odesílána opožděně.
   *[other] { $days } dní po lhůtě: uveďte, proč je výstraha odesílána opožděně.
}
alert-actions = Dostupné akce
alert-note = Důvod
alert-note-help = Povinný údaj pro vrácení, vzetí zpět nebo návrh na uzavření výstrahy; přečtou si ho všichni příjemci.
alert-note-missing = Nejprve uveďte důvod.
alert-withdraw-proved-wrong = Výstraha se ukázala jako neopodstatněná: informovat o tom všechny příjemce
alert-conflict = { $error } Aktuální stav výstrahy: { $state }.
alert-deliveries = Příjemci
alert-deliveries-summary = { $count ->
    [one] Přijetí potvrzeno: { $acknowledged } z { $count } země.
    [few] Přijetí potvrzeno: { $acknowledged } z { $count } zemí.
    [many] Přijetí potvrzeno: { $acknowledged } z { $count } země.
   *[other] Přijetí potvrzeno: { $acknowledged } z { $count } zemí.
}
alert-column-country = Země
alert-column-delivery = Koordinátor výstrah
alert-column-authorities = Příslušné orgány
alert-received-at = doručena { $date }
alert-acknowledged-at = přijetí potvrzeno { $date }
alert-not-acknowledged = přijetí dosud nepotvrzeno
alert-read-at = přečtena { $date }
alert-not-read = dosud nepřečtena
alert-no-recipients = Dosud nepředána
alert-timeline = Historie
alert-event-for-country = pro zemi { $country }
alert-pass-on-title = Předat příslušným orgánům
alert-pass-on-help = Registr navrhuje orgány vaší země, které jsou příslušné pro toto povolání nebo tuto činnost. Zrušte zaškrtnutí u orgánů, které výstrahu obdržet nemají, nebo přidejte další.
alert-pass-on-none = Registr neobsahuje žádný orgán vaší země příslušný pro toto povolání nebo tuto činnost. Přidejte orgány, které mají výstrahu obdržet.
alert-pass-on-already = (výstrahu již obdržel)
alert-pass-on-add = Přidat další orgán
alert-pass-on-own-country = Výstrahy lze předávat pouze orgánům vaší země.
alert-pass-on-submit = { $count ->
    [one] Předat { $count } orgánu
    [few] Předat { $count } orgánům
    [many] Předat { $count } orgánu
   *[other] Předat { $count } orgánům
}
alert-compose-title = Nová výstraha
alert-draft-title = Koncept výstrahy č. { $number }
alert-modify-title = Změna výstrahy č. { $number }
alert-step-kind = Druh výstrahy
alert-step-fields = Údaje
alert-step-countries = Země
alert-step-review = Komentář a odeslání
alert-kind-legal-basis = Právní základ: { $basis }
alert-choose-kind-first = Nejprve vyberte druh výstrahy.
alert-field-required = { $label } (povinný údaj)
alert-choose = Vyberte…
alert-countries-all = Tato výstraha se zasílá koordinátorům výstrah všech 30 zemí EHP.
alert-countries-choose = Vyberte země, v nichž poskytovatel působí nebo v nichž může riziko vzniknout.
alert-countries-always = Země { $country } obdrží tuto výstrahu v každém případě jako země usazení.
alert-countries-none = Zatím nebyla vybrána žádná země.
alert-goes-to = Určeno pro: { $countries }
alert-approval-note = Výstrahy z vaší země před odesláním schvaluje její koordinátor výstrah.
alert-modify-note = Všichni příjemci budou informováni o tom, že výstraha byla změněna.
alert-problems = Zbývá doplnit
alert-incomplete = Výstraha ještě není úplná. Chybějící části jsou označeny.
alert-save-draft = Uložit koncept
alert-save-modification = Uložit změnu
alert-submit = Předložit ke schválení
alert-check-title = Smí tento odborník vykonávat své povolání?
alert-check-intro = Vyhledávejte podle jména v platných výstrahách týkajících se odborných kvalifikací, které obdržela vaše země nebo váš orgán. Diakritika a jeden překlep nevadí. Nalezená výstraha znamená, že v dané zemi platí zákaz nebo omezení; pokud žádná výstraha nalezena není, nedokládá to, že výkon povolání není zakázán ani omezen.
alert-check-name = Jméno odborníka
alert-check-profession = Povolání
alert-check-any-profession = Všechna povolání
alert-check-submit = Vyhledat výstrahy
alert-check-none = Nebyla nalezena žádná platná výstraha týkající se jména { $name }.
alert-check-found = { $count ->
    [one] Nalezena { $count } platná výstraha
    [few] Nalezeny { $count } platné výstrahy
    [many] Nalezeno { $count } platné výstrahy
   *[other] Nalezeno { $count } platných výstrah
}
toast-alert-saved = Koncept byl uložen.
toast-alert-sent = Výstraha byla odeslána.
toast-alert-submitted = Výstraha byla předložena ke schválení.
toast-alert-modified = Výstraha byla změněna; příjemci jsou o tom informováni.
toast-alert-deleted = Koncept byl smazán.
toast-alert-passed-on = Výstraha byla předána.
toast-alert-done = Provedeno: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Jste offline. Žádosti, které jste otevřeli, zůstávají k dispozici ke čtení; odpovědi, zprávy a dokumenty, které přidáte, se uchovají v tomto zařízení a odešlou se po obnovení připojení.
update-ready = Je připravena nová verze systému.
update-reload = Načíst novou verzi

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Jedna změna provedená offline čeká na odeslání.
    [few] { $count } změny provedené offline čekají na odeslání.
    [many] { $count } změny provedené offline čeká na odeslání.
   *[other] { $count } změn provedených offline čeká na odeslání.
}
queue-sending = Odesílání změn provedených offline…
queue-attention = { $count ->
    [one] Jedna změna provedená offline nebyla odeslána a vyžaduje vaše rozhodnutí.
    [few] { $count } změny provedené offline nebyly odeslány a vyžadují vaše rozhodnutí.
    [many] { $count } změny provedené offline nebylo odesláno a vyžaduje vaše rozhodnutí.
   *[other] { $count } změn provedených offline nebylo odesláno a vyžaduje vaše rozhodnutí.
}
queue-title = Čeká na odeslání
queue-intro = Tyto změny byly provedeny bez připojení a jsou uchovány v tomto zařízení. Odešlou se postupně, jakmile se připojení obnoví.
queue-kind-answers = Odpovědi (uložené, neodeslané dožadujícímu orgánu)
queue-kind-answer = Odpovědi k odeslání dožadujícímu orgánu
queue-kind-message = Zpráva
queue-kind-document = Dokument „{ $name }“ ({ $size } kB)
queue-made-at = Napsáno { $time }
queue-status-waiting = Čeká na připojení.
queue-status-conflict = Neodesláno: žádost se poté, co jste toto napsali, změnila a nyní je ve stavu „{ $state }“. V historii níže si prohlédněte, co se změnilo, a poté změnu přesto odešlete, nebo ji zahoďte.
queue-status-refused = Neodesláno: { $error }
queue-send-anyway = Přesto odeslat
queue-edit = Upravit
queue-discard = Zahodit
queue-discard-confirm = Zahodit tuto změnu? To, co jste napsali, bude z tohoto zařízení smazáno.
queue-logout-confirm = { $count ->
    [one] Jedna změna provedená offline ještě nebyla odeslána. Odhlášením bude z tohoto zařízení smazána. Přesto se odhlásit?
    [few] { $count } změny provedené offline ještě nebyly odeslány. Odhlášením budou z tohoto zařízení smazány. Přesto se odhlásit?
    [many] { $count } změny provedené offline ještě nebylo odesláno. Odhlášením bude z tohoto zařízení smazáno. Přesto se odhlásit?
   *[other] { $count } změn provedených offline ještě nebylo odesláno. Odhlášením budou z tohoto zařízení smazány. Přesto se odhlásit?
}
toast-queued = Bez připojení: změna se uchová v tomto zařízení a odešle se po obnovení připojení.
toast-queue-sent = { $count ->
    [one] Změna provedená offline byla odeslána.
    [few] { $count } změny provedené offline byly odeslány.
    [many] { $count } změny provedené offline bylo odesláno.
   *[other] { $count } změn provedených offline bylo odesláno.
}

## Kontroly na místě: druh žádosti a protokol o kontrole s podpisy přítomných osob
compose-kind-label = O co žádáte?
request-kind-information = Informace
request-kind-information-help = Druhý orgán odpoví na vaše otázky na základě svých evidencí a spisů.
request-kind-inspection = Kontrola na místě
request-kind-inspection-help = Druhý orgán zkontroluje dotčené prostory, zařízení nebo pracoviště a podá zprávu o svých zjištěních, včetně fotografií a podpisů přítomných osob.
request-checklist = { $count ->
    [one] Kontrolní seznam: jedna položka
    [few] Kontrolní seznam: { $count } položky
    [many] Kontrolní seznam: { $count } položky
   *[other] Kontrolní seznam: { $count } položek
}
inspection-title = Protokol o kontrole
inspection-help = Zaznamenávejte kontrolu v průběhu jejího provádění: odpovězte na otázky kontrolního seznamu výše, přiložte fotografie jako dokumenty, poté uveďte den a místo a nechte zde podepsat každou přítomnou osobu. Odpověď lze odeslat, jakmile se sami podepíšete.
inspection-pending = Protokol o kontrole se zde zobrazí spolu s odpovědí.
inspection-inspected-on = Den kontroly
inspection-place = Kontrolované místo
inspection-place-help = Adresa a pracoviště nebo prostory (například: staveniště, brána 2).
inspection-present = Přítomné osoby
inspection-signer-name = Jméno a příjmení
inspection-signer-role = Role při kontrole
inspection-signer-refused = Odmítl(a) podepsat
inspection-signer-unnamed = přítomná osoba
inspection-signer-unsigned = Součástí protokolu bude až poté, co se osoba podepíše nebo podpis odmítne.
inspection-signer-add = Přidat přítomnou osobu
inspection-signer-remove = Odebrat tuto osobu
inspection-signature-of = Podpis: { $name }
inspection-signature-clear = Vymazat podpis
inspection-signature-needed = Odpověď lze odeslat až poté, co se podepíše kontrolující.
inspection-refused-to-sign = Osoba odmítla podepsat.
signer-role-inspector = Kontrolující
signer-role-provider-representative = Zástupce poskytovatele nebo zaměstnavatele
signer-role-worker = Pracovník
signer-role-witness = Svědek
queue-kind-report = Protokol o kontrole (uložený, neodeslaný dožadujícímu orgánu)
