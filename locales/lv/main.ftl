# Latviešu valoda.

## Lietotne
app-name = Iekšējā tirgus informācijas sistēma
app-short-name = IMI
app-tagline = Eiropas Ekonomikas zonas kompetento iestāžu administratīvā sadarbība
skip-to-content = Pāriet uz galveno saturu
loading = Ielādē…

## Navigācija un lietotāja izvēlne
nav-label = Galvenā navigācija
nav-inbox = Iesūtne
language-label = Valoda
user-signed-in-as = Lietotājs: { $name }, { $authority }
organisation-commission = Eiropas Komisija
logout = Iziet
toast-dismiss = Aizvērt
toast-logged-out = Jūs esat izgājuši no sistēmas.

## Pieteikšanās lapa
login-title = Pieteikties
login-intro = Izmantojiet kontu, ko jums izveidoja jūsu iestādes administrators vai valsts IMI koordinators.
login-email = E-pasta adrese
login-password = Parole
login-submit = Pieteikties
login-submitting = Notiek pieteikšanās…
field-required = Šis lauks ir obligāts.

## Iesūtne
inbox-title = Iesūtne
inbox-empty-title = Pieprasījumu vēl nav

## Neeksistējošas lapas
not-found-title = Lapa nav atrasta
not-found-body = Adrese, kurai sekojāt, neved uz nevienu šīs sistēmas lapu.
not-found-home = Uz iesūtni

## Lomas
roles-label = Jūsu lomas
role-request_handler = Pieprasījumu apstrādātājs
role-allocator = Pieprasījumu sadalītājs
role-local_administrator = Vietējais datu administrators
role-coordinator = IMI koordinators
role-commission_observer = Komisijas novērotājs

## Servera kļūdas pēc koda
error-internal-error = Serverī radās kļūda. Lūdzu, mēģiniet vēlreiz; ja kļūda atkārtojas, sazinieties ar savu administratoru.
error-database-unavailable = Sistēmas datubāze pašlaik nav pieejama. Lūdzu, mēģiniet vēlreiz pēc dažām minūtēm.
error-not-found = Pieprasītais neeksistē vai jums nav tam piekļuves.
error-method-not-allowed = Šeit šī darbība nav iespējama.
error-unauthenticated = Jūsu sesija ir beigusies. Lūdzu, piesakieties vēlreiz.
error-forbidden = Jums nav tiesību veikt šo darbību.
error-invalid-credentials = E-pasta adrese vai parole nav pareiza.
error-too-many-attempts = { $seconds ->
    [zero] Pārāk daudz neveiksmīgu mēģinājumu. Lūdzu, pagaidiet { $seconds } sekundes, pirms mēģināt vēlreiz.
    [one] Pārāk daudz neveiksmīgu mēģinājumu. Lūdzu, pagaidiet { $seconds } sekundi, pirms mēģināt vēlreiz.
   *[other] Pārāk daudz neveiksmīgu mēģinājumu. Lūdzu, pagaidiet { $seconds } sekundes, pirms mēģināt vēlreiz.
}
error-malformed-json = Serveris nevarēja nolasīt nosūtītos datus. Lūdzu, pārlādējiet lapu un mēģiniet vēlreiz.
error-unsupported-media-type = Serveris nepieņem datus šādā formātā.
error-payload-too-large = Nosūtītie dati ir lielāki, nekā serveris pieņem.
error-validation-failed = Daži lauki nav aizpildīti pareizi. Lūdzu, pārbaudiet atzīmētos laukus.
error-network-error = Serveris nav sasniedzams. Pārbaudiet tīkla savienojumu un mēģiniet vēlreiz.
error-invalid-transition = Pieprasījuma pašreizējā statusā šī darbība nav iespējama. Lūdzu, pārlādējiet lapu, lai redzētu, kādas darbības ir pieejamas.
error-translation-not-configured = Mašīntulkošana šajā sistēmā nav pieejama.
error-translation-failed = Mašīntulkošanas pakalpojums neatbildēja. Lūdzu, mēģiniet vēlreiz vēlāk.

## Vietturu vērtības (shared::placeholder::PlaceholderErrorCode)
## $label ir viettura apzīmējums lasītāja valodā; $max un $length ir rakstzīmju skaits.
placeholder-error-missing = Norādiet vērtību laukā „{ $label }”.
placeholder-error-empty = Lauks „{ $label }” nedrīkst būt tukšs.
placeholder-error-too-long = { $max ->
    [zero] Lauka „{ $label }” vērtība nedrīkst būt garāka par { $max } rakstzīmēm (pašlaik: { $length }).
    [one] Lauka „{ $label }” vērtība nedrīkst būt garāka par { $max } rakstzīmi (pašlaik: { $length }).
   *[other] Lauka „{ $label }” vērtība nedrīkst būt garāka par { $max } rakstzīmēm (pašlaik: { $length }).
}
placeholder-error-control-character = Laukā „{ $label }” ir neredzama vadības rakstzīme. Lūdzu, ievadiet vērtību vēlreiz.
placeholder-error-line-break = Lauka „{ $label }” vērtībai jābūt vienā rindiņā.
placeholder-error-invalid-date = Laukā „{ $label }” norādiet datumu formātā gggg-mm-dd, piemēram, 2025-03-31.
placeholder-error-nonexistent-date = Laukā „{ $label }” norādītais datums kalendārā nepastāv.
placeholder-error-unknown-country = Laukā „{ $label }” izvēlieties Eiropas Ekonomikas zonas valsti.
placeholder-error-invalid-email = Laukā „{ $label }” norādītā e-pasta adrese nav derīga.
placeholder-error-invalid-person-name = Laukā „{ $label }” jānorāda personas vārds – ar burtiem, bez cipariem.
placeholder-error-invalid-register-reference = Laukā „{ $label }” drīkst izmantot tikai burtus, ciparus, atstarpes un rakstzīmes - . /
placeholder-error-unexpected = Norādīta vērtība laukam, ko neizmanto neviens no izvēlētajiem jautājumiem.
placeholder-error-unknown-placeholder = Jautājumā izmantots nezināms lauks. Lūdzu, informējiet IMI koordinatoru.

## Jautājumu veidnes (shared::placeholder::TemplateErrorCode)
## $position ir rakstzīmes kārtas numurs, skaitot no 1; $name ir viettura nosaukums, kā tas uzrakstīts.
template-error-unterminated = Vietturis, kas sākas ar { $position }. rakstzīmi, nav aizvērts.
template-error-empty-name = Vietturim { $position }. rakstzīmē nav nosaukuma.
template-error-invalid-name = „{ $name }” ({ $position }. rakstzīme) nav derīgs viettura nosaukums: tam jāsākas ar burtu, kam seko burti, cipari vai „_”.
template-error-mismatched-delimiters = Vietturis { $position }. rakstzīmē ir atvērts ar viena veida iekavu, bet aizvērts ar cita veida iekavu.
template-error-nested = Vietturis { $position }. rakstzīmē satur citu vietturi.
template-error-unknown-placeholder = „{ $name }” ({ $position }. rakstzīme) nav zināms vietturis.

## Pieprasījuma statuss (shared::lifecycle::RequestState)
request-state-draft = Melnraksts
request-state-awaiting-acceptance = Gaida pieņemšanu
request-state-accepted = Pieņemts
request-state-info-requested = Pieprasīta papildu informācija
request-state-answered = Atbildēts
request-state-closed = Slēgts
request-state-withdrawn = Atsaukts

## Darbības ar pieprasījumu (shared::lifecycle::ActionKind)
request-action-create = Jauns pieprasījums
request-action-edit = Rediģēt
request-action-delete = Dzēst melnrakstu
request-action-send = Nosūtīt
request-action-withdraw = Atsaukt
request-action-accept = Pieņemt
request-action-forward = Pārsūtīt
request-action-request-info = Lūgt papildu informāciju
request-action-provide-info = Sniegt informāciju
request-action-answer = Atbildēt
request-action-split-off = Nodalīt jautājumus
request-action-request-clarification = Lūgt precizējumu
request-action-close = Pieņemt atbildi un slēgt pieprasījumu

## Atbildes vērtējums (shared::lifecycle::Rating)
rating-positive = Labi
rating-neutral = Pieņemami
rating-negative = Neapmierinoši

## Jautājumu pārbaude (lapa jautājumu veidņu rakstīšanai un izmēģināšanai)
nav-question-check = Jautājumu pārbaude
question-check-title = Jautājuma pārbaude
question-check-intro = Uzrakstiet jautājumu tā, kā tas būs redzams pieprasījumā, ar vietturiem ziņām, ko aizpilda pieprasītājs, un izmēģiniet to ar vērtībām. Šeit darbojas tie paši noteikumi, kas, nosūtot pieprasījumu.
question-check-template = Jautājuma teksts
question-check-template-help = Katru vietturi rakstiet kā {"${"}Nosaukums{"}"}, piemēram, {"${"}SPBusinessName{"}"}. Zināmie vietturi: { $names }.
question-check-values = Vērtības
question-check-no-placeholders = Šajā jautājumā nav vietturu.
question-check-preview = Priekšskatījums
question-check-submit = Pārbaudīt serverī
question-check-accepted = Serveris pieņem šo jautājumu un tā vērtības.

## Jautājumu katalogs
nav-catalogue = Jautājumi
catalogue-title = Jautājumu katalogs
catalogue-intro = Iepriekš tulkotie jautājumi, ko var iekļaut pieprasījumā. Otra iestāde katru no tiem lasa savā valodā; vietturus aizpilda pieprasītājs.
catalogue-area-label = Tiesību joma
catalogue-count = { $count ->
    [zero] { $count } jautājumi
    [one] { $count } jautājums
   *[other] { $count } jautājumi
}
area-services = Pakalpojumi
area-professional_qualifications = Profesionālās kvalifikācijas
area-posting_of_workers = Darba ņēmēju norīkošana darbā
area-ecommerce = Elektroniskā tirdzniecība
answer-type-yes_no = Jā vai nē
answer-type-date = Datums
answer-type-free_text = Brīvs teksts
answer-type-document = Dokuments
answer-type-choice = Izvēle no saraksta
answer-type-measurement = Izmērītā vērtība

## Iestāžu meklēšana
nav-authorities = Iestādes
authorities-title = Iestādes meklēšana
authorities-intro = Meklējiet jebkurā valodā pēc nosaukuma, saīsinājuma, pilsētas vai kompetences, piemēram, profesijas vai darbības. Kompetences tiek meklētas visās sistēmas valodās.
authorities-search-label = Nosaukums, pilsēta vai kompetence
authorities-country-label = Valsts
authorities-any-country = Visas valstis
authorities-any-area = Visas jomas
authorities-results = { $count ->
    [zero] Atrastas { $count } iestādes
    [one] Atrasta { $count } iestāde
   *[other] Atrastas { $count } iestādes
}
authorities-no-results = Šim meklējumam neatbilst neviena iestāde.
## $country ir valsts nosaukums lasītāja valodā; $label – profesijas vai darbības nosaukums.
search-country-from-query = Tiek rādītas iestādes no jūsu meklējumā minētās valsts: { $country }.
search-none-declared = { $country }: neviena iestāde nav norādījusi, ka tās kompetencē ir „{ $label }”.
search-none-declared-anywhere = Neviena iestāde nav norādījusi, ka tās kompetencē ir „{ $label }”.
search-ask-coordinator = Valsts IMI koordinators ({ $country }) var jums pateikt, kura iestāde ir kompetenta:
authorities-match-name = Atbilst nosaukums
authorities-match-acronym = Atbilst saīsinājums
authorities-match-city = Atbilst pilsēta
authorities-match-competence = Kompetence: { $label }
authorities-pages = Rezultātu lapas
authorities-previous = Iepriekšējā
authorities-next = Nākamā
authorities-page = { $page }. lapa no { $pages }
profile-back = Atpakaļ uz meklēšanu
profile-country = Valsts
profile-acronym = Saīsinājums
profile-level = Teritoriālā kompetence
level-national = Valsts līmenis
level-regional = Reģionālais līmenis
level-local = Vietējais līmenis
profile-address = Adrese
profile-email = E-pasts
profile-phone = Tālrunis
profile-role = Loma sistēmā
profile-coordinator = Valsts IMI koordinators
profile-areas = Tiesību jomas
profile-competences = Kompetences

## Eiropas Ekonomikas zonas valstis
country-AT = Austrija
country-BE = Beļģija
country-BG = Bulgārija
country-HR = Horvātija
country-CY = Kipra
country-CZ = Čehija
country-DK = Dānija
country-EE = Igaunija
country-FI = Somija
country-FR = Francija
country-DE = Vācija
country-GR = Grieķija
country-HU = Ungārija
country-IE = Īrija
country-IT = Itālija
country-LV = Latvija
country-LT = Lietuva
country-LU = Luksemburga
country-MT = Malta
country-NL = Nīderlande
country-PL = Polija
country-PT = Portugāle
country-RO = Rumānija
country-SK = Slovākija
country-SI = Slovēnija
country-ES = Spānija
country-SE = Zviedrija
country-IS = Islande
country-LI = Lihtenšteina
country-NO = Norvēģija

## Iesūtne: pieprasījumu saraksti
inbox-empty-body-box = Šeit tiks parādīti jūsu iestādes pieprasījumi, kas atbilst šiem filtriem.
inbox-new-request = Jauns pieprasījums
inbox-boxes = Pieprasījumu saraksti
inbox-total = { $count ->
    [zero] { $count } pieprasījumi
    [one] { $count } pieprasījums
   *[other] { $count } pieprasījumi
}
inbox-deadline = Termiņš: { $date }
inbox-number-label = Pieprasījuma numurs
inbox-sort-label = Secība
inbox-sort-updated-desc = Vispirms nesen mainītie
inbox-sort-updated-asc = Vispirms senāk mainītie
inbox-sort-deadline-asc = Vispirms tuvākais termiņš
inbox-sort-number-desc = Vispirms jaunākie numuri
box-to-accept = Jāpieņem
box-to-answer = Jāatbild vai jāizskata
box-awaiting = Gaida otras puses rīcību
box-overdue = Nokavēti
box-drafts = Melnraksti
box-closed = Slēgti
box-all = Visi

## Servera kļūdas (turpinājums)
error-unsupported-file-type = Šāda tipa datnes netiek pieņemtas. Pievienojiet PDF datni, attēlu vai biroja dokumentu.

## Pieprasījums
request-title = Pieprasījums Nr. { $number }
request-title-unknown = Pieprasījums
request-overdue = Nokavēts
request-from = Sūtītājs
request-to = Saņēmējs
request-created = Izveidots
request-requested-date = Atbilde lūgta līdz
request-deadline = Saskaņotais termiņš
request-subject = Persona, uz kuru attiecas pieprasījums
request-personal-data-hidden = Personas dati, komentārs, ziņojumi un dokumenti tiek parādīti pēc tam, kad jūsu iestāde ir pieņēmusi pieprasījumu.
request-personal-data-coordinator = Kā IMI koordinators jūs varat sekot pieprasījuma virzībai. Tā personas dati, komentārs, ziņojumi un dokumenti ir pieejami tikai abām iesaistītajām iestādēm.
request-note-hidden = Teksts netiek rādīts: tas var saturēt personas datus.
request-blocked-on = Personas datu bloķēšanas datums
request-personal-data-blocked = Saskaņā ar glabāšanas noteikumiem šī pieprasījuma personas dati (persona, uz kuru tas attiecas, brīvais teksts un dokumenti) tika bloķēti { $date }. Tos vairs neviens nevar redzēt, un { $deleted } tie tiks dzēsti.
request-personal-data-erased = Saskaņā ar glabāšanas noteikumiem šī pieprasījuma personas dati tika dzēsti { $date }. Saglabāta ir tikai tā pamatinformācija: datumi, iestādes, statusi un vērtējumi.
personal-data-mark = Personas dati
personal-data-legend = Šī zīme apzīmē personas datus. Tos redz tikai iestādes, kas izskata pieprasījumu; pēc pieprasījuma izskatīšanas beigām tie saskaņā ar glabāšanas noteikumiem vispirms tiek bloķēti un pēc tam dzēsti.
nav-data-subjects = Datu subjekti
data-subjects-title = Datu subjektu pieprasījumi
data-subjects-intro = Ja persona jautā, kādi dati par viņu ir jūsu iestādē, šeit atrodiet visus jūsu iestādes pieprasījumus, kas attiecas uz šo personu, arī tos, kuru personas dati ir bloķēti, un sagatavojiet pārskatu, uz kuru tai ir tiesības. Katra meklēšana un katrs pārskats tiek reģistrēts kopā ar iemeslu.
data-subjects-reason = Iemesls
data-subjects-reason-help = Piemēram, personas pieprasījuma datums un numurs. Iemesls tiek reģistrēts audita žurnālā.
data-subjects-search = Meklēt
data-subjects-found = { $count ->
    [zero] Atrasti { $count } pieprasījumi
    [one] Atrasts { $count } pieprasījums
   *[other] Atrasti { $count } pieprasījumi
}
data-subjects-none = Neviens jūsu iestādes pieprasījums neattiecas uz šo personu.
data-subjects-include = Iekļaut pārskatā
data-subjects-side-requesting = Nosūtījusi jūsu iestāde
data-subjects-side-responding = Saņēmusi jūsu iestāde
data-subjects-stage-visible = Personas dati redzami
data-subjects-stage-blocked = Personas dati bloķēti
data-subjects-stage-deleted = Personas dati dzēsti
data-subjects-report-language = Pārskata valoda
data-subjects-make-report = Sagatavot pārskatu
data-subjects-print = Drukāt pārskatu
report-title = Par Jums glabātie personas dati
report-intro = { $authority } Iekšējā tirgus informācijas sistēmā (IMI), ar kuras starpniecību Eiropas Ekonomikas zonas iestādes apmainās ar informāciju saskaņā ar Regulu (ES) Nr. 1024/2012, glabā šādus personas datus par Jums.
report-made-on = Pārskats sagatavots { $date }
report-request = Pieprasījums Nr. { $number }
report-area = Tiesību joma
report-data = Glabātie dati
report-disclosures = Nosūtīti vai saņemti
report-disclosure-sent = Nosūtīti { $date }, saņēmējs: { $authority }
report-disclosure-forwarded = Pārsūtīti { $date }, saņēmējs: { $authority }
report-disclosure-split-off = Daļēji nodoti { $date }, saņēmējs: { $authority }
report-disclosure-received-from = Saņemti { $date }, sūtītājs: { $authority }
report-retention = Bloķēšana un dzēšana
report-blocked-and-deleted = Bloķēšana { $blocked } (no tā brīža neviens tos nevar redzēt) un dzēšana { $deleted }.
report-not-ended = Pieprasījums vēl tiek izskatīts. Tā personas dati tiks bloķēti { $block ->
    [zero] { $block } mēnešus
    [one] { $block } mēnesi
   *[other] { $block } mēnešus
} pēc tā izskatīšanas beigām un dzēsti { $delete ->
    [zero] { $delete } mēnešus
    [one] { $delete } mēnesi
   *[other] { $delete } mēnešus
} pēc tā izskatīšanas beigām.
report-count = { $field }: { $count }
report-field-document = Dokuments
report-field-comment = Pieprasījuma iesniedzējas iestādes komentārs
report-field-note = Ziņojumi un pievienotie teksti
report-field-text-answer = Rakstiskas atbildes
report-field-answer-comment = Komentāri par atbildēm
report-field-inspection-present = Klātbūtne pārbaudē uz vietas
report-empty = Šīs iestādes pieprasījumos nav personas datu par Jums.
timeline-fields = Labotie lauki: { $fields }
request-rectify = Labot personas datus
request-rectify-title = Labot datus par personu, uz kuru attiecas pieprasījums
request-rectify-help = Otrai iestādei tiek paziņots, kuri lauki ir laboti. Iepriekšējās vērtības netiek saglabātas.
request-rectify-save = Saglabāt labojumu
request-comment = Komentārs
request-original-language = Oriģinālvaloda: { $language }
request-questions = { $count ->
    [zero] { $count } jautājumi
    [one] { $count } jautājums
   *[other] { $count } jautājumi
}
request-answer = Atbilde
request-answer-comment = Komentārs par atbildi
request-answer-choose = Izvēlieties atbildi
request-answer-date = Datums
request-answer-measurement = Izmērītā vērtība ({ $unit })
request-answer-text = Atbildes teksts
request-save-answers = Saglabāt atbildes
request-send-answer = Nosūtīt atbildi
request-actions = Iespējamās darbības
request-propose-days = Vai ierosiniet citu termiņu (dienās)
request-accept-proposed = Pieņemt ar šo termiņu
request-note = Pievienojamais teksts
request-rating-timeliness = Atbildes savlaicīgums
request-rating-effort = Atbildes kvalitāte
request-rating-choose = Izvēlieties vērtējumu
request-rating-needed = Lai slēgtu pieprasījumu, novērtējiet atbildes savlaicīgumu un kvalitāti.
confirm-irreversible = Šo darbību nevar atsaukt. Vai vēlaties turpināt?
request-split-choose = Nodot šo jautājumu citai iestādei
request-reuse = Sākt jaunu pieprasījumu, pamatojoties uz šo
request-timeline = Vēsture
timeline-new = Jauns pēc jūsu izmaiņas
request-message = Ziņojums otrai iestādei
request-message-send = Nosūtīt ziņojumu
timeline-to = Adresāts: { $authority }
timeline-split-to = Jauns pieprasījums Nr. { $id }
subject-name = Vārds, uzvārds vai nosaukums
subject-identifier = Reģistrācijas vai identifikācijas numurs
subject-birth-date = Dzimšanas datums
picker-label = Iestādes meklēšana (jebkurā valodā)
picker-more = Rādīt vairāk
answer-yes = Jā
answer-no = Nē
answer-unknown = Nav zināms
answer-date = Datums
answer-text = Rakstiska atbilde
answer-measurement = Izmērītā vērtība
answer-document-attached = Dokuments ir pievienots
answer-document-not-available = Dokuments nav pieejams
event-created = Izveidots melnraksts
event-sent = Nosūtīts
event-withdrawn = Atsaukts
event-accepted = Pieņemts
event-forwarded = Pārsūtīts
event-info-requested = Pieprasīta papildu informācija
event-info-provided = Sniegta informācija
event-answered = Atbildēts
event-split-off = Jautājumi nodalīti jaunā pieprasījumā
event-clarification-requested = Lūgts precizējums
event-closed = Atbilde pieņemta, pieprasījums slēgts
event-message = Ziņojums
event-attachment-added = Pievienots dokuments
toast-request-action-send = Pieprasījums ir nosūtīts.
toast-request-action-delete = Melnraksts ir dzēsts.
toast-request-action-withdraw = Pieprasījums ir atsaukts.
toast-request-action-accept = Pieprasījums ir pieņemts.
toast-request-action-forward = Pieprasījums ir pārsūtīts.
toast-request-action-request-info = Jūsu jautājums ir nosūtīts iestādei, kas iesniedza pieprasījumu.
toast-request-action-provide-info = Informācija ir nosūtīta.
toast-request-action-answer = Atbilde ir nosūtīta.
toast-request-action-split-off = Jautājumi ir pārcelti uz jaunu pieprasījumu.
toast-request-action-request-clarification = Jūsu lūgums sniegt precizējumu ir nosūtīts.
toast-request-action-close = Pieprasījums ir slēgts.
toast-answers-saved = Jūsu atbildes ir saglabātas.

## Pieprasījuma sagatavošana
compose-title = Jauns pieprasījums
compose-steps = Soļi
compose-step-area = Tiesību joma
compose-step-authority = Iestāde
compose-step-subject = Attiecīgā persona
compose-step-questions = Jautājumi
compose-step-details = Komentārs un datums
compose-step-review = Pārbaude un nosūtīšana
compose-back = Atpakaļ
compose-next = Tālāk
compose-saved = Melnraksts Nr. { $id } saglabāts
compose-chosen-authority = Izvēlētā iestāde: { $name }
compose-subject-help = Attiecīgais profesionālis vai pakalpojumu sniedzējs. Saņēmēja iestāde šos datus redz tikai pēc pieprasījuma pieņemšanas.
compose-comment-help = Rakstiet savā valodā; otra iestāde redz, kurā valodā teksts ir rakstīts.
compose-incomplete = Pieprasījums vēl nav pilnīgs. Trūkstošās daļas ir atzīmētas.
compose-draft-title = Melnraksts Nr. { $number }
compose-questions-filter = Filtrēt jautājumus
compose-questions-chosen = Izvēlētie jautājumi: { $count }
compose-step-attention = nepieciešama uzmanība
compose-review-fix = Pirms nosūtīšanas izlabojiet šīs nepilnības:
compose-review-language = Jautājumi tiek rādīti jūsu valodā; saņēmēja iestāde tos lasa savā valodā.
compose-review-none = Nav
field-error-missing = Obligāti jānorāda.
field-error-too-long = Pārāk garš.
field-error-not-in-future = Jānorāda datums pēc šodienas.
field-error-in-future = Nedrīkst būt nākotnē.
field-error-empty = Nedrīkst būt tukšs.
field-error-duplicate = Izvēlēts divreiz.
field-error-unknown = Nezināms.
field-error-other-area = Attiecas uz citu tiesību jomu.
field-error-area-not-handled = Pieprasījuma tiesību joma nav šīs iestādes kompetencē.
field-error-not-allowed = Šeit nav iespējams.
field-error-too-many = Pārāk daudz.

## Pievienotie dokumenti
request-documents = Dokumenti
request-no-documents = Nav pievienotu dokumentu.
request-documents-withheld = Dokumenti ir personas dati: tie šeit netiek rādīti, tāpat kā pārējie šī pieprasījuma personas dati.
request-document-size = { $size } kB
upload-label = Pievienot dokumentu
upload-choose = Izvēlēties datni…
upload-take-photo = Uzņemt fotoattēlu
upload-keep-original = Nosūtīt fotoattēlus oriģinālajā izmērā (pretējā gadījumā tie vispirms tiek samazināti šajā ierīcē)
date-day = Diena
date-month = Mēnesis
date-year = Gads
upload-help = PDF datne, attēls vai biroja dokuments, ne lielāks par 20 MB.
upload-question = Jautājums, uz kuru dokuments sniedz atbildi
upload-no-question = Neattiecas uz konkrētu jautājumu
upload-question-number = { $number }. jautājums
upload-progress = Augšupielādes gaita

## E-pasta paziņojumi ($event ir viens no event-* ziņojumiem)
email-subject = Pieprasījums Nr. { $number }: { $event }
email-body = Labdien, { $name }!

    Iestāde { $authority } ir veikusi darbību saistībā ar pieprasījumu Nr. { $number }: { $event }.

    Atvērt pieprasījumu: { $link }

    Šis ziņojums ir nosūtīts no Iekšējā tirgus informācijas sistēmas. Lūdzu, neatbildiet uz to.

## Paziņojumi
notifications-label = Paziņojumi
notifications-unread = { $count ->
    [zero] { $count } nelasīti paziņojumi
    [one] { $count } nelasīts paziņojums
   *[other] { $count } nelasīti paziņojumi
}
notifications-empty = Paziņojumu nav.
notifications-mark-all-read = Atzīmēt visus kā izlasītus
notification-item = { $number }: { $event }

## Pieprasījumu sadale un koordinācija
request-assigned-to = Piešķirts apstrādātājam: { $name }
request-assign-label = Atbildīgais apstrādātājs
request-unassigned = Nav piešķirts
toast-assigned = Atbildīgais apstrādātājs ir nomainīts.
toast-saved = Saglabāts.
inbox-allocation-toggle = Pieprasījumu sadalītājs katru ienākošo pieprasījumu piešķir vienam no mūsu iestādes apstrādātājiem
event-assigned = Piešķirts apstrādātājam
event-reminded = Koordinatora atgādinājums
event-inactive = Divus mēnešus bez darbībām
event-rectified = Laboti personas dati
nav-coordination = Koordinācija
coordination-title = Pieprasījumi bez darbībām
coordination-intro = Jūsu valsts iestāžu pieprasījumi, kuros vairāk nekā divus mēnešus nekas nav noticis. Atveriet pieprasījumu, lai to pārsūtītu, vai nosūtiet atgādinājumu iestādei, kurai jārīkojas.
coordination-empty = Nav neviena pieprasījuma, kurā divus mēnešus nebūtu veiktas darbības.
coordination-last-change = Pēdējās izmaiņas: { $date }
coordination-remind = Nosūtīt atgādinājumu
toast-reminded = Atgādinājums ir nosūtīts.

## Brīvā teksta mašīntulkošana
request-translate = Tulkot manā valodā
request-info-asked = Iestāde { $authority } lūdz sniegt šādu informāciju:
request-translation-unavailable = Šis teksts ir citā valodā, un mašīntulkošana šajā serverī nav iestatīta.
request-machine-translation = Mašīntulkojums:

## Pārskata filtri
inbox-state-label = Statuss
inbox-any-state = Visi statusi
inbox-from-label = Mainīts no
inbox-to-label = Mainīts līdz
inbox-assigned-to-me = Tikai man piešķirtie pieprasījumi

## Reģistra administrēšana (koordinatori) un lietotāju administrēšana (vietējie datu administratori)
email-invitation-subject = Jūsu konts Iekšējā tirgus informācijas sistēmā (IMI): { $authority }
email-invitation-body = Labdien, { $name }!

    Lietotājs { $inviter } jums ir izveidojis kontu Iekšējā tirgus informācijas sistēmā (IMI) kā šādas iestādes lietotājam: { $authority }.

    Lai kontu aktivizētu, atveriet šo saiti un izvēlieties paroli: { $link }

    Saiti var izmantot vienu reizi, un tā ir derīga { $days ->
        [zero] { $days } dienas
        [one] { $days } dienu
       *[other] { $days } dienas
    }. Ja šo ziņojumu negaidījāt, varat to neņemt vērā.

error-edit-conflict = Kāds cits saglabāja šo ierakstu pēc tam, kad jūs to atvērāt. Pārlādējiet lapu, lai redzētu veiktās izmaiņas, un pēc tam veiciet savas izmaiņas vēlreiz.
error-invalid-parameter = Šīs lapas adrese nav derīga. Pārbaudiet saiti vai atgriezieties atpakaļ un mēģiniet vēlreiz.
error-rate-limited = Šī darbība tika veikta tikai nesen, un to vēl nevar atkārtot. Lūdzu, mēģiniet vēlreiz vēlāk.
error-second-factor-required = Ievadiet kodu no autentifikācijas lietotnes.
error-invalid-second-factor = Kods ir nepareizs vai tam ir beidzies derīguma termiņš. Ievadiet kodu, ko lietotne rāda pašlaik.
error-second-factor-setup-required = Jūsu lomām ir nepieciešama divfaktoru autentifikācija. Lai turpinātu, iestatiet to sava konta lapā.
error-storage-full = Dokumentu nevarēja saglabāt, jo servera krātuve ir pilna. Nekas netika saglabāts; lūdzu, informējiet savu IMI administratoru.
error-personal-data-blocked = Šī pieprasījuma personas dati ir bloķēti saskaņā ar glabāšanas noteikumiem: tam neko nevar pievienot.
error-idempotency-key-reused = Šī izmaiņa jau ir nosūtīta ar citu saturu. Pārlādējiet lapu un veiciet izmaiņu vēlreiz.
error-request-in-progress = Šī izmaiņa vēl tiek apstrādāta. Mazliet uzgaidiet un mēģiniet vēlreiz.
error-device-storage-full = Šajā ierīcē vairs nav vietas, lai glabātu izmaiņu līdz savienojuma atjaunošanai. Nekas netika saglabāts: atbrīvojiet vietu ierīcē vai veiciet izmaiņu, kad būsiet tiešsaistē.
error-too-large-to-keep = Šis dokuments ir pārāk liels, lai to glabātu ierīcē līdz savienojuma atjaunošanai. Pievienojiet to, kad būsiet tiešsaistē.
nav-registry = Reģistrs
nav-users = Lietotāji
registry-title = Reģistra administrēšana
registry-intro = Reģistrējiet savas valsts iestādes vai importējiet vairākas iestādes uzreiz no CSV datnes. Lai labotu iestādes datus, atrodiet to meklēšanā un atveriet tās profilu.
registry-new = Reģistrēt iestādi
registry-import-title = Importēšana no CSV datnes
registry-import-help = Katrā rindā viena iestāde ar kolonnām, kas aprakstītas importēšanas rokasgrāmatā. Ja kāda rinda ir kļūdaina, nekas netiek importēts; atkārtoti importējot to pašu datni, nekas netiek mainīts.
registry-import-file = CSV datne
registry-import-progress = Importēšanas gaita
registry-import-done = Importēts: jaunas – { $created }, atjauninātas – { $updated }, bez izmaiņām – { $unchanged }.
registry-import-refused = Nekas netika importēts. Izlabojiet šīs rindas un importējiet datni vēlreiz:
registry-import-line = Rinda
registry-import-column = Kolonna
registry-import-reason = Problēma
form-title-new = Iestādes reģistrēšana
form-title-edit = Datu rediģēšana: { $name }
form-errors = Lūdzu, izlabojiet atzīmētos laukus.
form-name = Nosaukums oriģinālvalodā
form-name-language = Nosaukuma valoda
form-other-names = Nosaukumi citās oficiālajās valodās
form-other-name = Cits nosaukums Nr. { $number }
form-other-name-add = Pievienot nosaukumu citā valodā
form-other-name-remove = Noņemt
form-name-en = Nosaukums angļu valodā
form-city = Pilsēta
form-level-help = Valsts teritorijas daļa, uz kuru attiecas iestādes kompetence. Ja meklēšanas vaicājumam vienlīdz atbilst vairākas iestādes, pirmā tiek norādīta valsts līmeņa iestāde.
form-phone-help = Starptautiskā formātā, piemēram, +371 6701 2345.
form-competences-filter = Meklēt pievienojamo kompetenci
form-administrator = Pirmais vietējais datu administrators
form-administrator-help = Šī persona saņem uzaicinājumu pa e-pastu, izvēlas paroli un pēc tam pārvalda iestādes lietotājus.
form-person-name = Vārds, uzvārds
form-invitation-language = Uzaicinājuma valoda
form-save = Saglabāt
form-register = Reģistrēt
form-cancel = Atcelt
profile-edit = Rediģēt
authority-send-request = Nosūtīt pieprasījumu šai iestādei
profile-area-coordinator = IMI koordinators savās tiesību jomās
profile-other-names = Citi nosaukumi
profile-registered-by = Reģistrēja
profile-registered-by-value = { $user }, { $authority }
users-title = Lietotāji
users-roles = Lomas
users-active = Aktīvs
users-pending = Uzaicinājums vēl nav pieņemts
users-invitation-expired = Uzaicinājuma derīguma termiņš ir beidzies
users-resend-invitation = Nosūtīt uzaicinājumu atkārtoti
toast-invitation-resent = Jauns uzaicinājums ir nosūtīts; iepriekšējā saite vairs nav derīga.
users-inactive = Deaktivizēts
users-invited-by = Uzaicināja: { $name }
users-may-log-in = Atļauts pieteikties
users-invite-title = Uzaicināt kolēģi
users-invite = Nosūtīt uzaicinājumu
toast-invited = Uzaicinājums ir nosūtīts.
invitation-title = Laipni lūdzam IMI
invitation-intro = { $name }, jums ir nosūtīts uzaicinājums kļūt par Iekšējā tirgus informācijas sistēmas lietotāju šādā iestādē: { $authority } ({ $country }). Lai aktivizētu savu kontu, izvēlieties paroli.
password-help = { $count ->
    [zero] Vismaz { $count } rakstzīmes. Labu paroli veido daži savstarpēji nesaistīti vārdi; bieži lietotas paroles netiek pieņemtas, tāpat kā jūsu vārds vai adrese.
    [one] Vismaz { $count } rakstzīme. Labu paroli veido daži savstarpēji nesaistīti vārdi; bieži lietotas paroles netiek pieņemtas, tāpat kā jūsu vārds vai adrese.
   *[other] Vismaz { $count } rakstzīmes. Labu paroli veido daži savstarpēji nesaistīti vārdi; bieži lietotas paroles netiek pieņemtas, tāpat kā jūsu vārds vai adrese.
}
invitation-repeat = Atkārtojiet paroli
invitation-mismatch = Paroles nesakrīt.
invitation-accept = Aktivizēt manu kontu
invitation-invalid = Šī uzaicinājuma saite nav zināma, jau ir izmantota vai tai ir beidzies derīguma termiņš. Lūdziet jaunu uzaicinājumu savam vietējam datu administratoram vai IMI koordinatoram.
field-error-invalid-email = Nederīga e-pasta adrese.
field-error-invalid-phone = Tālruņa numurs nav norādīts starptautiskā formātā (+ un cipari).
field-error-not-yours = Neietilpst jūsu koordinētajās tiesību jomās.
field-error-taken = Jau tiek izmantots citā kontā.
field-error-too-short = Pārāk īss.
field-error-last-administrator = Iestādei jāsaglabā vismaz viens aktīvs vietējais datu administrators.
field-error-control-character = Satur vadības rakstzīmi vai teksta virziena zīmi; lūdzu, izdzēsiet to.
field-error-not-own-country = Izvēlieties savas valsts iestādi.
field-error-too-personal = Nedrīkst saturēt jūsu e-pasta adresi vai vārdu.
field-error-too-guessable = Pārāk viegli uzminama: bieži lietota parole vai ļoti līdzīga tai. Izmantojiet garāku frāzi no savstarpēji nesaistītiem vārdiem.
field-error-wrong-code = Kods ir nepareizs vai tam ir beidzies derīguma termiņš.
field-error-no-setup = Iestatīšana netika sākta vai tika aizstāta; sāciet to no jauna.
field-error-no-second-factor = Divfaktoru autentifikācija nav ieslēgta.
field-error-required-by-role = Jūsu lomām ir nepieciešama divfaktoru autentifikācija; to nevar izslēgt.
field-error-wrong-password = Parole ir nepareiza.
field-error-self = Jūs nevarat deaktivizēt savu kontu.
field-error-other-country = Attiecas uz citu valsti.
field-error-not-utf8 = Datne nav UTF-8 teksts. Saglabājiet to izklājlapu programmā formātā „CSV UTF-8”.
field-error-unreadable = Šo rindu nevar nolasīt kā CSV.
field-error-unknown-column = Nezināma kolonna.
field-error-missing-column = Trūkst obligātas kolonnas.
field-error-wrong-column-count = Šūnu skaits šajā rindā neatbilst šūnu skaitam galvenē.
field-error-too-many-rows = Pārāk daudz rindu: vienā datnē ne vairāk kā 20 000.
field-error-invalid-format = Neatbilst paredzētajam formātam.
field-error-duplicate-of-line = Tāda pati atsauce kā { $line }. rindā.
field-error-out-of-range = Ārpus pieļaujamā diapazona.
field-error-out-of-range-between = Jābūt no { $min } līdz { $max }.
field-error-invalid-date = Nederīgs datums.
field-error-nonexistent-date = Šāds datums nepastāv.
field-error-invalid-person-name = Nav personas vārds.
field-error-invalid-register-reference = Nederīgs reģistrācijas numurs.
field-error-unknown-country = Sistēmai nezināma valsts.
field-error-unknown-placeholder = Sistēmai nezināms vietturis.
field-error-unexpected = Neattiecas uz izvēlētajiem jautājumiem.
field-error-line-break = Jābūt vienā rindiņā.
field-error-none-left = Pieprasījumā jāpaliek vismaz vienam jautājumam.
field-error-not-a-handler = Nav šīs iestādes aktīvs pieprasījumu apstrādātājs.
field-error-not-a-coordinator = Nav koordinators.
field-error-not-asked = Nav šī pieprasījuma jautājums.
field-error-not-here = Šeit nav iespējams.
field-error-unterminated = Vietturis ir atvērts, bet nav aizvērts.
field-error-empty-name = Vietturim nav nosaukuma.
field-error-invalid-name = Viettura nosaukums nav derīgs.
field-error-mismatched-delimiters = Iekavas nesakrīt.
field-error-nested = Vietturis atrodas cita viettura iekšpusē.
field-error-wrong-kind = Šāda veida atbilde neatbilst jautājumam.
field-error-no-attachment = Šim jautājumam nav pievienots dokuments.

## Konts: divfaktoru autentifikācija, sesijas, parole
login-code = Kods no autentifikācijas lietotnes
login-code-intro = Jūsu kontam ir ieslēgta divfaktoru autentifikācija. Ievadiet kodu, ko pašlaik rāda jūsu autentifikācijas lietotne.
login-code-help = Seši cipari no lietotnes vai viens no jūsu atkopšanas kodiem.
user-account = Jūsu konts
account-title = Jūsu konts
account-second-factor-title = Divfaktoru autentifikācija
account-second-factor-intro = Piesakoties pēc paroles tiek prasīts sešciparu kods no autentifikācijas lietotnes jūsu tālrunī, piemēram, FreeOTP, Aegis, Google Authenticator vai Microsoft Authenticator.
account-second-factor-required = Jūsu lomām (vietējais datu administrators vai IMI koordinators) ir nepieciešama divfaktoru autentifikācija. Lai turpinātu, iestatiet to tagad.
account-second-factor-on = { $count ->
    [zero] Divfaktoru autentifikācija ir ieslēgta. Atlikuši { $count } atkopšanas kodi.
    [one] Divfaktoru autentifikācija ir ieslēgta. Atlicis { $count } atkopšanas kods.
   *[other] Divfaktoru autentifikācija ir ieslēgta. Atlikuši { $count } atkopšanas kodi.
}
account-second-factor-off = Divfaktoru autentifikācija ir izslēgta.
account-second-factor-start = Iestatīt divfaktoru autentifikāciju
account-second-factor-scan = Noskenējiet šo kodu ar autentifikācijas lietotni vai ievadiet tajā tālāk norādīto atslēgu. Pēc tam ievadiet kodu, ko rāda lietotne.
account-second-factor-qr = QR kods konta pievienošanai autentifikācijas lietotnei
account-second-factor-key = Atslēga
account-second-factor-code = Kods no lietotnes
account-second-factor-confirm = Ieslēgt divfaktoru autentifikāciju
account-second-factor-disable = Izslēgt divfaktoru autentifikāciju
account-recovery-title = Atkopšanas kodi
account-recovery-intro = Glabājiet šos kodus drošā vietā, atsevišķi no tālruņa. Ja tālrunis pazūd, ar katru kodu var pieteikties vienu reizi. Tie tiek parādīti tikai tagad.
account-recovery-done = Kodi ir saglabāti
account-recovery-renew = Jauni atkopšanas kodi
account-sessions-title = Aktīvās sesijas
account-session-browser = Pārlūkprogramma
account-session-address = Adrese
account-session-started = Sākums
account-session-ends = Beigas
account-session-current = Šī sesija
account-session-unknown = Nav zināms
account-session-end = Beigt sesiju
account-sessions-end-others = Beigt visas pārējās sesijas
account-password-title = Parole
account-password-current = Pašreizējā parole
account-password-new = Jaunā parole
account-password-repeat = Atkārtojiet jauno paroli
account-password-change = Mainīt paroli
toast-second-factor-on = Divfaktoru autentifikācija ir ieslēgta.
toast-second-factor-off = Divfaktoru autentifikācija ir izslēgta.
toast-recovery-renewed = Ir izveidoti jauni atkopšanas kodi; vecie vairs nav derīgi.
toast-session-ended = Sesija ir beigta.
toast-sessions-ended = Jūsu pārējās sesijas ir beigtas.
toast-password-changed = Jūsu parole ir nomainīta, un pārējās sesijas ir beigtas.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## $number ir skaits, kā to raksta lasītāja valodā, un $count – tas pats skaits kā skaitlis
## (daudzskaitļa formai). $from, $to un $today ir datumi; $value, $green un $red ir vērtības,
## kas jau uzrakstītas lasītāja valodā (procenti vai dienas); $zone ir laika josla
## (UTC); $indicator ir viena statistics-figure-* rādītāja nosaukums.
nav-statistics = Statistika
statistics-title = Statistika
statistics-intro = Cik pieprasījumu tiek nosūtīts, cik ātri tos pieņem un uz tiem atbild un kā pieprasītājas iestādes novērtē atbildes. Šie rādītāji neietver ne personas, ne vārdus, ne tekstus.
statistics-print = Drukāt
statistics-filters = Filtri
statistics-from = No
statistics-to = Līdz
statistics-partner = Partnervalsts
statistics-direction = Virziens
statistics-direction-all = Nosūtītie un saņemtie
statistics-direction-sent = Nosūtītie
statistics-direction-received = Saņemtie
statistics-granularity = Laikrindas intervāls
statistics-granularity-month = Mēnesis
statistics-granularity-quarter = Ceturksnis
statistics-granularity-year = Gads
statistics-whose = Kuru rādītāji
statistics-scope-everything = Visas valstis
statistics-scope-areas = { $country }: jūsu jomas
statistics-scope-authority = Jūsu iestāde
statistics-your-areas = Jūsu tiesību jomas
statistics-period = Pieprasījumi, kas nosūtīti no { $from } līdz { $to }
statistics-as-of = Dienas ir kalendārās dienas pēc { $zone } laika; rādītāju stāvoklis: { $today }.
statistics-volumes-heading = Apjomi
statistics-performance-heading = Ātrums un apmierinātība
statistics-performance-intro = Ātrums un apmierinātība raksturo atbildētāju pusi: tiek skaitīti pieprasījumi, kas periodā nosūtīti šīm iestādēm. Pie katra rādītāja norādīts, uz cik pieprasījumiem tas balstās; rādītājs, kas balstās uz nedaudziem pieprasījumiem, var būtiski mainīties.
statistics-figure-sent = Nosūtītie pieprasījumi
statistics-figure-received = Saņemtie pieprasījumi
statistics-figure-open-now = Pašlaik atvērti
statistics-figure-overdue-now = Pašlaik nokavēti
statistics-figure-accepted-in-time = Pieņemti 7 dienu laikā
statistics-figure-average-days = Vidējais dienu skaits līdz atbildei
statistics-figure-median-days = Dienu skaita mediāna līdz atbildei
statistics-figure-by-agreed-date = Atbildēti līdz saskaņotajam termiņam
statistics-figure-within-two-weeks = Atbildēti divu nedēļu laikā
statistics-figure-negative-timeliness = Negatīvi savlaicīguma novērtējumi
statistics-figure-negative-effort = Negatīvi kvalitātes novērtējumi
statistics-what-is-counted = Kas tiek skaitīts
statistics-definition-sent = Pieprasījumi, ko šīs iestādes nosūtījušas periodā; katrs pieprasījums tiek skaitīts tā nosūtīšanas dienā. Melnraksti netiek skaitīti nekad. Pārsūtīts pieprasījums tiek skaitīts vienu reizi; no cita pieprasījuma nodalīts pieprasījums ir patstāvīgs pieprasījums, kas nosūtīts nodalīšanas dienā; atsaukts pieprasījums joprojām tiek skaitīts. Dienas ir kalendārās dienas pēc UTC laika.
statistics-definition-received = Pieprasījumi, kas periodā nosūtīti šīm iestādēm; katrs pieprasījums tiek skaitīts tā nosūtīšanas dienā. Pārsūtīts pieprasījums tiek skaitīts vienu reizi – pēdējai iestādei, kuras rīcībā tas nonācis; atsaukts pieprasījums joprojām tiek skaitīts. Dienas ir kalendārās dienas pēc UTC laika.
statistics-definition-open-now = Šo iestāžu nosūtītie vai saņemtie pieprasījumi, kas šodien gaida pieņemšanu, ir pieņemti vai gaida informāciju, neatkarīgi no tā, kad tie nosūtīti: šis rādītājs neaprobežojas ar periodu.
statistics-definition-overdue-now = No pašlaik atvērtajiem pieprasījumiem – tie, kuru saskaņotais termiņš šodien ir beidzies (kalendārās dienas pēc UTC laika). Arī šis rādītājs neaprobežojas ar periodu.
statistics-definition-accepted-in-time = No saņemtajiem pieprasījumiem, kas ir pieņemti vai kas vairāk nekā 7 dienas gaidījuši pieņemšanu, – to daļa, kas pieņemti ne vēlāk kā 7 kalendārās dienas pēc saņemšanas. Pieprasījums ir saņemts tā nosūtīšanas dienā vai, ja tas ir pārsūtīts, pēdējās pārsūtīšanas dienā, lai iestādei netiktu pieskaitītas dienas, kad pieprasījums atradās citas iestādes rīcībā. Atsaukts pieprasījums tiek skaitīts tikai tad, ja tas bija pieņemts. Dienas ir kalendārās dienas pēc UTC laika.
statistics-definition-average-days = Vidējais kalendāro dienu (UTC) skaits no saņemšanas (nosūtīšanas vai pēdējās pārsūtīšanas dienas) līdz pirmajai atbildei saņemtajiem pieprasījumiem, uz kuriem ir atbildēts. Ja pēc atbildes ir lūgts precizējums, joprojām tiek ņemta vērā pirmā atbilde.
statistics-definition-median-days = Tā paša dienu skaita no saņemšanas līdz pirmajai atbildei mediāna: puse atbilžu sniegtas šādā vai īsākā laikā. Ja atbilžu skaits ir pāra skaitlis, tiek ņemta mazākā no abām vidū esošajām vērtībām.
statistics-definition-by-agreed-date = No atbildētajiem pieprasījumiem, kuriem ir saskaņots termiņš, – to daļa, uz kuriem pirmā atbilde sniegta līdz šai dienai ieskaitot (kalendārās dienas pēc UTC laika).
statistics-definition-within-two-weeks = No atbildētajiem pieprasījumiem – to daļa, uz kuriem pirmā atbilde sniegta ne vēlāk kā 14 kalendārās dienas (UTC) pēc saņemšanas (nosūtīšanas vai pēdējās pārsūtīšanas dienas).
statistics-definition-negative-timeliness = No saņemtajiem pieprasījumiem, kurus pieprasītāja iestāde, slēdzot tos, ir novērtējusi, – to daļa, kuru atbildes savlaicīgumu tā novērtējusi negatīvi.
statistics-definition-negative-effort = No saņemtajiem pieprasījumiem, kurus pieprasītāja iestāde, slēdzot tos, ir novērtējusi, – to daļa, kuru atbildes kvalitāti tā novērtējusi negatīvi.
statistics-no-figure = Nav pieprasījumu
statistics-based-on = { $count ->
    [zero] Aprēķināts, pamatojoties uz { $number } pieprasījumiem
    [one] Aprēķināts, pamatojoties uz { $number } pieprasījumu
   *[other] Aprēķināts, pamatojoties uz { $number } pieprasījumiem
}
statistics-eea = EEZ
statistics-eea-value = EEZ: { $value }
statistics-band-green = Labi
statistics-band-yellow = Jāpievērš uzmanība
statistics-band-red = Neapmierinoši
statistics-legend-title = Joslu robežvērtības
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: labi – vismaz { $green }, neapmierinoši – mazāk par { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: labi – mazāk par { $green }, neapmierinoši – vairāk par { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: labi – vismaz { $green }, neapmierinoši – mazāk par { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: labi – mazāk par { $green }, neapmierinoši – vismaz { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: labi – mazāk par { $green }, neapmierinoši – vismaz { $red }.
statistics-quarter = { $year }. g. { $quarter }. cet.
statistics-quarter-short = { $quarter }. cet.
statistics-charts-heading = Izmaiņas laika gaitā
statistics-volumes-title = Nosūtītie un saņemtie pieprasījumi
statistics-acceptance-title = 7 dienu laikā pieņemto pieprasījumu īpatsvars
statistics-days-title = Vidējais dienu skaits līdz atbildei
statistics-axis-requests = Pieprasījumi
statistics-axis-share = Īpatsvars
statistics-axis-days = Dienas
statistics-show-table = Rādīt kā tabulu
statistics-tables-heading = Sadalījumi
statistics-column-period = Periods
statistics-column-sent = Nosūtīti
statistics-column-received = Saņemti
statistics-column-based-on = Aprēķina pamatā (pieprasījumu skaits)
statistics-column-area = Tiesību joma
statistics-column-partner = Partnervalsts
statistics-column-country = Valsts
statistics-column-from-to = No (rindas) uz (kolonnas)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Pieprasījumi pa tiesību jomām
statistics-by-partner-title = Pieprasījumi pa partnervalstīm
statistics-by-partner-intro = Partnervalsts ir valsts otrā pusē: nosūtītam pieprasījumam – atbildētāja valsts, saņemtam pieprasījumam – pieprasītāja valsts.
statistics-exchanges-title = Pieprasījumi starp valstīm
statistics-exchanges-intro = Katra rinda ir pieprasītāja valsts, katra kolonna – atbildētāja valsts; norādītas tikai valstis, kurām periodā ir pieprasījumi.
statistics-scoreboard-title = Atbildētāju valstu rezultātu apkopojums
statistics-scoreboard-intro = Katras valsts kā atbildētājas puses rādītāji par tās periodā saņemtajiem pieprasījumiem ar joslām atbilstoši iepriekš norādītajām robežvērtībām.
statistics-csv = Lejupielādēt CSV datni
statistics-csv-failed = Šī pārlūkprogramma nevarēja izveidot datni.
statistics-csv-percent = { $indicator }, %
statistics-csv-band = { $indicator }: josla
statistics-csv-based-on = { $indicator }: aprēķina pamatā (pieprasījumu skaits)
statistics-empty-title = Šajā periodā nav pieprasījumu
statistics-empty-body = Šajā periodā nav nosūtīts neviens pieprasījums, kas atbilst šiem filtriem. Izvēlieties garāku periodu vai mazāk filtru.
statistics-error-before-start = Nedrīkst būt agrāk par perioda pirmo dienu.
statistics-error-too-long = { $count ->
    [zero] Periods nedrīkst būt garāks par { $days } dienām.
    [one] Periods nedrīkst būt garāks par { $days } dienu.
   *[other] Periods nedrīkst būt garāks par { $days } dienām.
}

## Brīdinājumi: viena iestāde brīdina daudzas

role-alert_coordinator = Brīdinājumu koordinators
field-error-before-start = Nedrīkst būt agrāk par datumu, no kura piemēro lēmumu.
alert-state-draft = Melnraksts
alert-state-awaiting-approval = Gaida brīdinājumu koordinatora apstiprinājumu
alert-state-sent = Nosūtīts
alert-state-closure-proposed = Ierosināts slēgt
alert-state-closed = Slēgts
alert-state-withdrawn = Atsaukts
alert-action-edit = Rediģēt
alert-action-delete = Dzēst melnrakstu
alert-action-send = Nosūtīt brīdinājumu
alert-action-approve = Apstiprināt un nosūtīt
alert-action-reject = Atgriezt sūtītājam
alert-action-acknowledge = Apstiprināt saņemšanu valsts vārdā
alert-action-pass-on = Nodot iestādēm
alert-action-acknowledge-receipt = Apstiprināt saņemšanu
alert-action-modify = Grozīt
alert-action-withdraw = Atsaukt
alert-action-propose-closure = Ierosināt slēgšanu
alert-action-reject-closure = Atstāt brīdinājumu atvērtu
alert-action-close = Slēgt brīdinājumu
alert-event-created = Izveidots melnraksts
alert-event-submitted = Iesniegts apstiprināšanai
alert-event-approved = Brīdinājumu koordinators ir apstiprinājis
alert-event-rejected = Atgriezts sūtītājam
alert-event-sent = Brīdinājums nosūtīts
alert-event-acknowledged = Valsts brīdinājumu koordinators ir apstiprinājis saņemšanu
alert-event-passed-on = Nodots kompetentajām iestādēm
alert-event-receipt-acknowledged = Iestāde ir apstiprinājusi saņemšanu
alert-event-modified = Brīdinājums grozīts
alert-event-withdrawn = Brīdinājums atsaukts
alert-event-withdrawn-wrong = Brīdinājums atsaukts, jo izrādījās nepamatots
alert-event-closure-proposed = Ierosināts slēgt
alert-event-closure-rejected = Brīdinājums paliek atvērts
alert-event-closed = Brīdinājums slēgts
alert-event-end-reminder = Lēmumu vairs nepiemēro: slēdziet vai atsauciet brīdinājumu
alert-event-late-reminder = Nokavēts: lēmuma darbība beidzās pirms vairāk nekā 3 dienām, bet brīdinājums joprojām ir atvērts
email-alert-subject = Brīdinājums Nr. { $number }: { $event }
email-alert-body = Labdien, { $name }!

    Iestāde { $authority } ir veikusi darbību saistībā ar brīdinājumu Nr. { $number } ({ $kind }): { $event }.

    Atvērt brīdinājumu: { $link }

    Šis ziņojums ir nosūtīts no Iekšējā tirgus informācijas sistēmas. Lūdzu, neatbildiet uz to.

alert-delivery-received = Saņemts, saņemšana vēl nav apstiprināta
alert-delivery-acknowledged = Saņemšana apstiprināta
alert-delivery-passed-on = Nodots kompetentajām iestādēm
alert-box-drafts = Brīdinājumu melnraksti
alert-box-sent = Nosūtītie brīdinājumi
alert-box-to-approve = Brīdinājumi apstiprināšanai
alert-box-to-acknowledge = Brīdinājumi saņemšanas apstiprināšanai
alert-box-received = Saņemtie brīdinājumi

## Alerts: the pages

nav-alerts = Brīdinājumi
alerts-title = Brīdinājumi
alerts-intro = Ar brīdinājumiem citu valstu kompetentās iestādes tiek brīdinātas par profesionāli vai pakalpojumu sniedzēju: par aizliegumu vai ierobežojumu veikt profesionālo darbību, viltotu diplomu, apdraudējumu veselībai, drošībai vai videi.
alerts-boxes = Brīdinājumu saraksti
alerts-new = Jauns brīdinājums
alerts-check-link = Pārbaudīt profesionāli
alerts-in-force = Spēkā esošie brīdinājumi
alerts-unread = Nelasīti brīdinājumu atjauninājumi
# Ekrāna lasītāji to nolasa, kad palielinās nelasīto brīdinājumu atjauninājumu skaits.
live-alert-news = { $count ->
    [zero] { $count } nelasīti brīdinājumu atjauninājumi
    [one] { $count } nelasīts brīdinājumu atjauninājums
   *[other] { $count } nelasīti brīdinājumu atjauninājumi
}
alerts-empty-title = Brīdinājumu nav
alerts-empty-body = Šeit tiek parādīti brīdinājumi, kas saņemti jūsu valstī vai jūsu iestādē, kā arī jūsu iestādes nosūtītie brīdinājumi.
alerts-total = { $count ->
    [zero] { $count } brīdinājumi
    [one] { $count } brīdinājums
   *[other] { $count } brīdinājumi
}
alert-title = Brīdinājums Nr. { $number }
alert-title-unknown = Brīdinājums
alert-subject-withheld = Personas dati netiek rādīti
alert-unread = Jaunumi kopš pēdējās atvēršanas
alert-from-country = Sūtītāja valsts: { $country }
alert-details = Informācija
alert-sender = Sūtītāja iestāde
alert-sent-at = Nosūtīšanas datums
alert-revision-label = Grozījumi
alert-revision = { $count ->
    [zero] Kopš nosūtīšanas grozīts { $count } reizes
    [one] Kopš nosūtīšanas grozīts { $count } reizi
   *[other] Kopš nosūtīšanas grozīts { $count } reizes
}
alert-personal-hidden = Šā brīdinājuma personas dati tiek rādīti tikai sūtītājam, brīdinājumu koordinatoriem un iestādēm, kurām brīdinājums ir nodots.
alert-comment = Komentārs
alert-comment-help = Saņēmējiem: informācija, kas viņiem jāzina papildus iepriekš norādītajiem laukiem. Rakstiet savā valodā; katrs lasītājs var izmantot mašīntulkojumu.
alert-late-reason = Brīdinājuma novēlotas nosūtīšanas iemesls
alert-proved-wrong = Šis brīdinājums ir atsaukts, jo izrādījās nepamatots.
alert-due-left = { $days ->
    [0] Termiņš beidzas šodien: brīdinājums jānosūta 3 dienu laikā pēc lēmuma pieņemšanas.
    [zero] Šā brīdinājuma nosūtīšanai atlikušas { $days } dienas.
    [one] Šā brīdinājuma nosūtīšanai atlikusi { $days } diena.
   *[other] Šā brīdinājuma nosūtīšanai atlikušas { $days } dienas.
}
alert-due-late = { $days ->
    [zero] Nokavētas { $days } dienas: norādiet brīdinājuma novēlotas nosūtīšanas iemeslu.
    [one] Nokavēta { $days } diena: norādiet brīdinājuma novēlotas nosūtīšanas iemeslu.
   *[other] Nokavētas { $days } dienas: norādiet brīdinājuma novēlotas nosūtīšanas iemeslu.
}
alert-actions = Iespējamās darbības
alert-note = Pamatojums
alert-note-help = Obligāti jānorāda, lai atgrieztu vai atsauktu brīdinājumu vai ierosinātu to slēgt; pamatojumu izlasa katrs saņēmējs.
alert-note-missing = Vispirms norādiet pamatojumu.
alert-withdraw-proved-wrong = Brīdinājums izrādījās nepamatots: paziņot par to visiem saņēmējiem
alert-conflict = { $error } Brīdinājuma pašreizējais statuss: { $state }.
alert-deliveries = Saņēmēji
alert-deliveries-summary = { $count ->
    [zero] Saņemšana apstiprināta: { $acknowledged } no { $count } valstīm.
    [one] Saņemšana apstiprināta: { $acknowledged } no { $count } valsts.
   *[other] Saņemšana apstiprināta: { $acknowledged } no { $count } valstīm.
}
alert-column-country = Valsts
alert-column-delivery = Brīdinājumu koordinators
alert-column-authorities = Kompetentās iestādes
alert-received-at = saņemts { $date }
alert-acknowledged-at = saņemšana apstiprināta { $date }
alert-not-acknowledged = saņemšana vēl nav apstiprināta
alert-read-at = izlasīts { $date }
alert-not-read = vēl nav izlasīts
alert-no-recipients = Vēl nav nodots
alert-timeline = Notikumu hronoloģija
alert-event-for-country = valsts: { $country }
alert-pass-on-title = Nodot kompetentajām iestādēm
alert-pass-on-help = Reģistrs piedāvā jūsu valsts iestādes, kuru kompetencē ir šī profesija vai darbība. Noņemiet atzīmi iestādēm, kurām brīdinājums nav jāsaņem, vai pievienojiet citas.
alert-pass-on-none = Reģistrā nav nevienas jūsu valsts iestādes, kuras kompetencē ir šī profesija vai darbība. Pievienojiet iestādes, kurām jāsaņem brīdinājums.
alert-pass-on-already = (jau saņēmusi)
alert-pass-on-add = Pievienot vēl vienu iestādi
alert-pass-on-own-country = Brīdinājumus var nodot tikai savas valsts iestādēm.
alert-pass-on-submit = { $count ->
    [zero] Nodot { $count } iestādēm
    [one] Nodot { $count } iestādei
   *[other] Nodot { $count } iestādēm
}
alert-compose-title = Jauns brīdinājums
alert-draft-title = Brīdinājuma melnraksts Nr. { $number }
alert-modify-title = Brīdinājuma Nr. { $number } grozīšana
alert-step-kind = Brīdinājuma veids
alert-step-fields = Informācija
alert-step-countries = Valstis
alert-step-review = Komentārs un nosūtīšana
alert-kind-legal-basis = Juridiskais pamats: { $basis }
alert-choose-kind-first = Vispirms izvēlieties brīdinājuma veidu.
alert-field-required = { $label } (obligāts)
alert-choose = Izvēlēties…
alert-countries-all = Šis brīdinājums tiek nosūtīts visu 30 EEZ valstu brīdinājumu koordinatoriem.
alert-countries-choose = Izvēlieties valstis, kurās pakalpojumu sniedzējs veic darbību vai kurās var rasties risks.
alert-countries-always = { $country } šo brīdinājumu jebkurā gadījumā saņem kā reģistrācijas valsts.
alert-countries-none = Neviena valsts vēl nav izvēlēta.
alert-goes-to = Saņēmēji: { $countries }
alert-approval-note = Pirms nosūtīšanas jūsu valsts brīdinājumus apstiprina tās brīdinājumu koordinators.
alert-modify-note = Visiem saņēmējiem tiek paziņots, ka brīdinājums ir grozīts.
alert-problems = Vēl jāaizpilda
alert-incomplete = Brīdinājums vēl nav pilnīgs. Trūkstošās daļas ir atzīmētas.
alert-save-draft = Saglabāt melnrakstu
alert-save-modification = Saglabāt grozījumu
alert-submit = Iesniegt apstiprināšanai
alert-check-title = Vai šis profesionālis drīkst veikt profesionālo darbību?
alert-check-intro = Meklējiet pēc vārda un uzvārda spēkā esošajos profesionālo kvalifikāciju brīdinājumos, kas saņemti jūsu valstī vai iestādē. Diakritiskās zīmes un viena drukas kļūda netiek ņemtas vērā. Ja brīdinājums ir atrasts, tā izcelsmes valstī ir spēkā aizliegums vai ierobežojums; ja brīdinājums nav atrasts, tas nepierāda, ka persona drīkst bez ierobežojumiem veikt profesionālo darbību.
alert-check-name = Profesionāļa vārds, uzvārds
alert-check-profession = Profesija
alert-check-any-profession = Visas profesijas
alert-check-submit = Meklēt brīdinājumus
alert-check-none = Nav neviena spēkā esoša brīdinājuma, kurā minēts: { $name }.
alert-check-found = { $count ->
    [zero] Atrasti { $count } spēkā esoši brīdinājumi
    [one] Atrasts { $count } spēkā esošs brīdinājums
   *[other] Atrasti { $count } spēkā esoši brīdinājumi
}
toast-alert-saved = Melnraksts saglabāts.
toast-alert-sent = Brīdinājums nosūtīts.
toast-alert-submitted = Brīdinājums iesniegts apstiprināšanai.
toast-alert-modified = Brīdinājums grozīts; saņēmējiem par to tiek paziņots.
toast-alert-deleted = Melnraksts dzēsts.
toast-alert-passed-on = Brīdinājums nodots.
toast-alert-done = Izpildīts: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Nav savienojuma ar tīklu. Jūsu atvērtie pieprasījumi joprojām ir lasāmi; jūsu pievienotās atbildes, ziņojumi un dokumenti tiek glabāti šajā ierīcē un tiks nosūtīti, kad savienojums atjaunosies.
update-ready = Ir pieejama jauna sistēmas versija.
update-reload = Ielādēt jauno versiju

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [zero] { $count } bezsaistē veiktas izmaiņas gaida nosūtīšanu.
    [one] { $count } bezsaistē veikta izmaiņa gaida nosūtīšanu.
   *[other] { $count } bezsaistē veiktas izmaiņas gaida nosūtīšanu.
}
queue-sending = Notiek bezsaistē veikto izmaiņu nosūtīšana…
queue-attention = { $count ->
    [zero] { $count } bezsaistē veiktas izmaiņas netika nosūtītas, un par tām jums jāpieņem lēmums.
    [one] { $count } bezsaistē veikta izmaiņa netika nosūtīta, un par to jums jāpieņem lēmums.
   *[other] { $count } bezsaistē veiktas izmaiņas netika nosūtītas, un par tām jums jāpieņem lēmums.
}
queue-title = Gaida nosūtīšanu
queue-intro = Šīs izmaiņas ir veiktas bez savienojuma un tiek glabātas šajā ierīcē. Tās tiks nosūtītas secīgi, tiklīdz savienojums atjaunosies.
queue-kind-answers = Atbildes (saglabātas, nav nosūtītas pieprasījuma iesniedzējai iestādei)
queue-kind-answer = Pieprasījuma iesniedzējai iestādei nosūtāmās atbildes
queue-kind-message = Ziņojums
queue-kind-document = Dokuments „{ $name }” ({ $size } kB)
queue-made-at = Uzrakstīts { $time }
queue-status-waiting = Gaida savienojumu.
queue-status-conflict = Nav nosūtīts: pēc tam, kad to uzrakstījāt, pieprasījums ir mainījies, un tā statuss tagad ir „{ $state }”. Zemāk esošajā vēsturē apskatiet, kas ir mainījies, un pēc tam tomēr nosūtiet izmaiņu vai atmetiet to.
queue-status-refused = Nav nosūtīts: { $error }
queue-send-anyway = Tomēr nosūtīt
queue-edit = Rediģēt
queue-discard = Atmest
queue-discard-confirm = Vai atmest šo izmaiņu? Jūsu rakstītais tiks dzēsts no šīs ierīces.
queue-logout-confirm = { $count ->
    [zero] { $count } bezsaistē veiktas izmaiņas vēl nav nosūtītas. Izejot tās tiks dzēstas no šīs ierīces. Vai tomēr iziet?
    [one] { $count } bezsaistē veikta izmaiņa vēl nav nosūtīta. Izejot tā tiks dzēsta no šīs ierīces. Vai tomēr iziet?
   *[other] { $count } bezsaistē veiktas izmaiņas vēl nav nosūtītas. Izejot tās tiks dzēstas no šīs ierīces. Vai tomēr iziet?
}
toast-queued = Nav savienojuma: izmaiņa tiek glabāta šajā ierīcē un tiks nosūtīta, kad savienojums atjaunosies.
toast-queue-sent = { $count ->
    [zero] Nosūtītas { $count } bezsaistē veiktas izmaiņas.
    [one] Nosūtīta { $count } bezsaistē veikta izmaiņa.
   *[other] Nosūtītas { $count } bezsaistē veiktas izmaiņas.
}

## Pārbaudes uz vietas: pieprasījuma veids un pārbaudes akts ar klātesošo personu parakstiem
compose-kind-label = Ko jūs lūdzat?
request-kind-information = Informācija
request-kind-information-help = Otra iestāde atbild uz jūsu jautājumiem, pamatojoties uz saviem reģistriem un lietām.
request-kind-inspection = Pārbaude uz vietas
request-kind-inspection-help = Otra iestāde pārbauda attiecīgās telpas, aprīkojumu vai objektu un ziņo par saviem konstatējumiem, pievienojot fotoattēlus un klātesošo personu parakstus.
request-checklist = { $count ->
    [zero] Kontrolsaraksts: { $count } punkti
    [one] Kontrolsaraksts: { $count } punkts
   *[other] Kontrolsaraksts: { $count } punkti
}
inspection-title = Pārbaudes akts
inspection-help = Reģistrējiet pārbaudi tās veikšanas laikā: atbildiet uz iepriekš redzamā kontrolsaraksta jautājumiem, pievienojiet fotoattēlus kā dokumentus, tad norādiet dienu un vietu un lūdziet katru klātesošo personu šeit parakstīties. Atbildi var nosūtīt, kad ir pievienots arī jūsu paraksts.
inspection-pending = Pārbaudes akts tiek parādīts šeit kopā ar atbildi.
inspection-inspected-on = Pārbaudes diena
inspection-place = Pārbaudes vieta
inspection-place-help = Adrese un objekts vai telpas (piemēram: būvlaukums, 2. vārti).
inspection-present = Klātesošās personas
inspection-signer-name = Vārds, uzvārds
inspection-signer-role = Piedalās kā
inspection-signer-refused = Atteicās parakstīt
inspection-signer-unnamed = klātesošā persona
inspection-signer-unsigned = Kļūst par akta daļu tikai tad, kad persona paraksta vai atsakās parakstīt.
inspection-signer-add = Pievienot klātesošu personu
inspection-signer-remove = Noņemt šo personu
inspection-signature-of = Paraksts: { $name }
inspection-signature-clear = Notīrīt parakstu
inspection-signature-needed = Pirms atbildes nosūtīšanas nepieciešams inspektora paraksts.
inspection-refused-to-sign = Persona atteicās parakstīt.
signer-role-inspector = Inspektors
signer-role-provider-representative = Pakalpojumu sniedzēja vai darba devēja pārstāvis
signer-role-worker = Darba ņēmējs
signer-role-witness = Liecinieks
queue-kind-report = Pārbaudes akts (saglabāts, nav nosūtīts pieprasījuma iesniedzējai iestādei)
