# Lietuvių kalba.

## Programa
app-name = Vidaus rinkos informacinė sistema
app-short-name = IMI
app-tagline = Europos ekonominės erdvės kompetentingų institucijų administracinis bendradarbiavimas
skip-to-content = Pereiti prie pagrindinio turinio
loading = Įkeliama…

## Naršymas ir naudotojo meniu
nav-label = Pagrindinis naršymas
nav-inbox = Gautieji
language-label = Kalba
user-signed-in-as = Prisijungta kaip { $name }, { $authority }
organisation-commission = Europos Komisija
logout = Atsijungti
toast-dismiss = Uždaryti
toast-logged-out = Atsijungta nuo sistemos.

## Prisijungimo puslapis
login-title = Prisijungimas
login-intro = Naudokite paskyrą, kurią jums sukūrė jūsų institucijos administratorius arba nacionalinis IMI koordinatorius.
login-email = El. pašto adresas
login-password = Slaptažodis
login-submit = Prisijungti
login-submitting = Jungiamasi…
field-required = Šis laukas privalomas.

## Gautieji
inbox-title = Gautieji
inbox-empty-title = Prašymų dar nėra

## Neegzistuojantys puslapiai
not-found-title = Puslapis nerastas
not-found-body = Adresas, kuriuo pasinaudojote, neveda į jokį šios sistemos puslapį.
not-found-home = Eiti į gautuosius

## Vaidmenys
roles-label = Jūsų vaidmenys
role-request_handler = Prašymų tvarkytojas
role-allocator = Prašymų paskirstytojas
role-local_administrator = Vietos duomenų administratorius
role-coordinator = IMI koordinatorius
role-commission_observer = Komisijos stebėtojas

## Serverio grąžinamos klaidos pagal kodą
error-internal-error = Serveryje įvyko klaida. Bandykite dar kartą; jei klaida kartosis, kreipkitės į savo administratorių.
error-database-unavailable = Sistemos duomenų bazė šiuo metu nepasiekiama. Bandykite dar kartą po kelių minučių.
error-not-found = Prašomo objekto nėra arba neturite prieigos prie jo.
error-method-not-allowed = Šio veiksmo čia atlikti negalima.
error-unauthenticated = Jūsų sesija baigėsi. Prisijunkite iš naujo.
error-forbidden = Neturite teisių atlikti šio veiksmo.
error-invalid-credentials = Neteisingas el. pašto adresas arba slaptažodis.
error-too-many-attempts = { $seconds ->
    [one] Per daug nesėkmingų bandymų. Palaukite { $seconds } sekundę ir bandykite dar kartą.
    [few] Per daug nesėkmingų bandymų. Palaukite { $seconds } sekundes ir bandykite dar kartą.
    [many] Per daug nesėkmingų bandymų. Palaukite { $seconds } sekundės ir bandykite dar kartą.
   *[other] Per daug nesėkmingų bandymų. Palaukite { $seconds } sekundžių ir bandykite dar kartą.
}
error-malformed-json = Serveris negalėjo perskaityti atsiųstų duomenų. Iš naujo įkelkite puslapį ir bandykite dar kartą.
error-unsupported-media-type = Serveris nepriima šio formato duomenų.
error-payload-too-large = Atsiųsti duomenys viršija serverio leidžiamą dydį.
error-validation-failed = Kai kurie laukai užpildyti neteisingai. Patikrinkite pažymėtus laukus.
error-network-error = Serveris nepasiekiamas. Patikrinkite tinklo ryšį ir bandykite dar kartą.
error-invalid-transition = Esant dabartinei prašymo būsenai, šis veiksmas negalimas. Iš naujo įkelkite puslapį, kad pamatytumėte, kokius veiksmus dabar galima atlikti.
error-translation-not-configured = Mašininis vertimas šioje sistemoje neprieinamas.
error-translation-failed = Mašininio vertimo paslauga neatsakė. Bandykite dar kartą vėliau.

## Vietaženklių reikšmės (shared::placeholder::PlaceholderErrorCode)
## $label – vietaženklio pavadinimas skaitytojo kalba; $max ir $length – simbolių
## skaičius.
placeholder-error-missing = Įveskite lauko „{ $label }“ reikšmę.
placeholder-error-empty = Laukas „{ $label }“ negali būti tuščias.
placeholder-error-too-long = { $max ->
    [one] Lauko „{ $label }“ reikšmė gali būti ne ilgesnė kaip { $max } simbolis (dabar: { $length }).
    [few] Lauko „{ $label }“ reikšmė gali būti ne ilgesnė kaip { $max } simboliai (dabar: { $length }).
    [many] Lauko „{ $label }“ reikšmė gali būti ne ilgesnė kaip { $max } simbolio (dabar: { $length }).
   *[other] Lauko „{ $label }“ reikšmė gali būti ne ilgesnė kaip { $max } simbolių (dabar: { $length }).
}
placeholder-error-control-character = Lauke „{ $label }“ yra nematomas valdymo simbolis. Įveskite reikšmę iš naujo.
placeholder-error-line-break = Lauko „{ $label }“ reikšmė turi tilpti vienoje eilutėje.
placeholder-error-invalid-date = Lauke „{ $label }“ datą įveskite formatu metai-mėnuo-diena, pvz., 2025-03-31.
placeholder-error-nonexistent-date = Lauke „{ $label }“ įvestos datos kalendoriuje nėra.
placeholder-error-unknown-country = Lauke „{ $label }“ pasirinkite Europos ekonominės erdvės valstybę.
placeholder-error-invalid-email = Lauke „{ $label }“ įvestas el. pašto adresas netinkamas.
placeholder-error-invalid-person-name = Lauke „{ $label }“ turi būti įrašytas asmens vardas ir pavardė: raidės, be skaitmenų.
placeholder-error-invalid-register-reference = Lauke „{ $label }“ gali būti tik raidės, skaitmenys, tarpai ir simboliai - . /
placeholder-error-unexpected = Nurodyta reikšmė laukui, kurio nenaudoja nė vienas pasirinktas klausimas.
placeholder-error-unknown-placeholder = Klausime naudojamas nežinomas laukas. Praneškite apie tai savo IMI koordinatoriui.

## Klausimų šablonai (shared::placeholder::TemplateErrorCode)
## $position – simbolio eilės numeris, skaičiuojant nuo 1; $name – vietaženklio pavadinimas, kaip
## jis parašytas.
template-error-unterminated = Vietaženklis, prasidedantis simboliu Nr. { $position }, neuždarytas.
template-error-empty-name = Vietaženklis ties simboliu Nr. { $position } neturi pavadinimo.
template-error-invalid-name = „{ $name }“ (simbolis Nr. { $position }) nėra tinkamas vietaženklio pavadinimas: jis turi prasidėti raide, po kurios eina raidės, skaitmenys arba „_“.
template-error-mismatched-delimiters = Vietaženklis ties simboliu Nr. { $position } atidarytas vieno tipo skliaustu, o uždarytas kito tipo skliaustu.
template-error-nested = Vietaženklyje ties simboliu Nr. { $position } yra kitas vietaženklis.
template-error-unknown-placeholder = „{ $name }“ (simbolis Nr. { $position }) nėra žinomas vietaženklis.

## Prašymo būsenos (shared::lifecycle::RequestState)
request-state-draft = Juodraštis
request-state-awaiting-acceptance = Laukiama priėmimo
request-state-accepted = Priimta
request-state-info-requested = Paprašyta papildomos informacijos
request-state-answered = Atsakyta
request-state-closed = Uždaryta
request-state-withdrawn = Atšaukta

## Veiksmai su prašymu (shared::lifecycle::ActionKind)
request-action-create = Naujas prašymas
request-action-edit = Redaguoti
request-action-delete = Ištrinti juodraštį
request-action-send = Siųsti
request-action-withdraw = Atšaukti
request-action-accept = Priimti
request-action-forward = Persiųsti
request-action-request-info = Prašyti papildomos informacijos
request-action-provide-info = Pateikti informaciją
request-action-answer = Atsakyti
request-action-split-off = Atskirti klausimus
request-action-request-clarification = Prašyti paaiškinimo
request-action-close = Priimti atsakymą ir uždaryti

## Atsakymo vertinimas (shared::lifecycle::Rating)
rating-positive = Geras
rating-neutral = Priimtinas
rating-negative = Prastas

## Klausimų tikrinimas (puslapis klausimų šablonams rašyti ir išbandyti)
nav-question-check = Klausimų tikrinimas
question-check-title = Klausimo tikrinimas
question-check-intro = Parašykite klausimą taip, kaip jis bus rodomas prašyme, su vietaženkliais duomenims, kuriuos įrašo prašymą teikianti institucija, ir išbandykite jį su reikšmėmis. Čia taikomos tos pačios taisyklės kaip ir siunčiant prašymą.
question-check-template = Klausimo tekstas
question-check-template-help = Kiekvieną vietaženklį rašykite kaip {"${"}Pavadinimas{"}"}, pvz., {"${"}SPBusinessName{"}"}. Žinomi vietaženkliai: { $names }.
question-check-values = Reikšmės
question-check-no-placeholders = Šiame klausime vietaženklių nėra.
question-check-preview = Peržiūra
question-check-submit = Tikrinti serveryje
question-check-accepted = Serveris priima šį klausimą ir jo reikšmes.

## Klausimų katalogas
nav-catalogue = Klausimai
catalogue-title = Klausimų katalogas
catalogue-intro = Iš anksto išversti klausimai, kuriuos galima įtraukti į prašymą. Kita institucija kiekvieną iš jų skaito savo kalba; vietaženklius užpildo prašymą teikianti institucija.
catalogue-area-label = Teisėkūros sritis
catalogue-count = { $count ->
    [one] { $count } klausimas
    [few] { $count } klausimai
    [many] { $count } klausimo
   *[other] { $count } klausimų
}
area-services = Paslaugos
area-professional_qualifications = Profesinės kvalifikacijos
area-posting_of_workers = Darbuotojų komandiravimas
area-ecommerce = Elektroninė prekyba
answer-type-yes_no = Taip arba ne
answer-type-date = Data
answer-type-free_text = Laisvas tekstas
answer-type-document = Dokumentas
answer-type-choice = Pasirinkimas iš sąrašo
answer-type-measurement = Išmatuota vertė

## Institucijų paieška
nav-authorities = Institucijos
authorities-title = Institucijos paieška
authorities-intro = Ieškokite bet kuria kalba pagal pavadinimą, santrumpą, miestą arba kompetenciją, pavyzdžiui, profesiją ar veiklą. Kompetencijų ieškoma visomis sistemos kalbomis.
authorities-search-label = Pavadinimas, miestas arba kompetencija
authorities-country-label = Valstybė
authorities-any-country = Visos valstybės
authorities-any-area = Visos sritys
authorities-results = { $count ->
    [one] Rasta { $count } institucija
    [few] Rastos { $count } institucijos
    [many] Rasta { $count } institucijos
   *[other] Rasta { $count } institucijų
}
authorities-no-results = Šios paieškos neatitinka nė viena institucija.
## $country – valstybės pavadinimas skaitytojo kalba; $label – profesijos arba veiklos pavadinimas.
search-country-from-query = Rodomos jūsų paieškoje nurodytos valstybės institucijos (valstybė: { $country }).
search-none-declared = Nėra nė vienos institucijos, nurodžiusios kompetenciją „{ $label }“ (valstybė: { $country }).
search-none-declared-anywhere = Nėra nė vienos institucijos, nurodžiusios kompetenciją „{ $label }“.
search-ask-coordinator = Kuri institucija yra kompetentinga, jums gali nurodyti nacionalinis IMI koordinatorius (valstybė: { $country }):
authorities-match-name = Atitinka pavadinimą
authorities-match-acronym = Atitinka santrumpą
authorities-match-city = Atitinka miestą
authorities-match-competence = Kompetencija: { $label }
authorities-pages = Rezultatų puslapiai
authorities-previous = Ankstesnis
authorities-next = Kitas
authorities-page = { $page } puslapis iš { $pages }
profile-back = Atgal į paiešką
profile-country = Valstybė
profile-acronym = Santrumpa
profile-level = Teritorinis lygmuo
level-national = Nacionalinis
level-regional = Regioninis
level-local = Vietos
profile-address = Adresas
profile-email = El. paštas
profile-phone = Telefonas
profile-role = Vaidmuo sistemoje
profile-coordinator = Nacionalinis IMI koordinatorius
profile-areas = Teisėkūros sritys
profile-competences = Kompetencijos

## Europos ekonominės erdvės valstybės
country-AT = Austrija
country-BE = Belgija
country-BG = Bulgarija
country-HR = Kroatija
country-CY = Kipras
country-CZ = Čekija
country-DK = Danija
country-EE = Estija
country-FI = Suomija
country-FR = Prancūzija
country-DE = Vokietija
country-GR = Graikija
country-HU = Vengrija
country-IE = Airija
country-IT = Italija
country-LV = Latvija
country-LT = Lietuva
country-LU = Liuksemburgas
country-MT = Malta
country-NL = Nyderlandai
country-PL = Lenkija
country-PT = Portugalija
country-RO = Rumunija
country-SK = Slovakija
country-SI = Slovėnija
country-ES = Ispanija
country-SE = Švedija
country-IS = Islandija
country-LI = Lichtenšteinas
country-NO = Norvegija

## Gautieji: prašymų sąrašai
inbox-empty-body-box = Čia bus rodomi jūsų institucijos prašymai, atitinkantys šiuos filtrus.
inbox-new-request = Naujas prašymas
inbox-boxes = Prašymų sąrašai
inbox-total = { $count ->
    [one] { $count } prašymas
    [few] { $count } prašymai
    [many] { $count } prašymo
   *[other] { $count } prašymų
}
inbox-deadline = Terminas: { $date }
inbox-number-label = Prašymo numeris
inbox-sort-label = Rikiavimas
inbox-sort-updated-desc = Pirmiausia vėliausiai pakeisti
inbox-sort-updated-asc = Pirmiausia seniausiai pakeisti
inbox-sort-deadline-asc = Pirmiausia artimiausio termino
inbox-sort-number-desc = Pirmiausia didžiausi numeriai
box-to-accept = Reikia priimti
box-to-answer = Reikia atsakyti arba peržiūrėti
box-awaiting = Laukiama kitos institucijos veiksmų
box-overdue = Praleistas terminas
box-drafts = Juodraščiai
box-closed = Uždaryti
box-all = Visi

## Serverio grąžinamos klaidos (tęsinys)
error-unsupported-file-type = Šio tipo failai nepriimami. Pridėkite PDF failą, paveikslėlį arba biuro programos dokumentą.

## Prašymas
request-title = Prašymas Nr. { $number }
request-title-unknown = Prašymas
request-overdue = Praleistas terminas
request-from = Siuntėjas
request-to = Gavėjas
request-created = Sukurta
request-requested-date = Prašoma atsakyti iki
request-deadline = Suderintas terminas
request-subject = Asmuo, dėl kurio teikiamas prašymas
request-personal-data-hidden = Asmens duomenys, komentaras, pranešimai ir dokumentai bus rodomi, kai jūsų institucija priims prašymą.
request-personal-data-coordinator = Kaip IMI koordinatorius galite stebėti prašymo eigą. Jo asmens duomenys, komentaras, pranešimai ir dokumentai skirti tik dviem susijusioms institucijoms.
request-note-hidden = Tekstas nerodomas: jame gali būti asmens duomenų.
request-blocked-on = Asmens duomenų užblokavimo data
request-personal-data-blocked = Pagal saugojimo taisykles šio prašymo asmens duomenys (asmuo, dėl kurio teikiamas prašymas, laisvas tekstas ir dokumentai) užblokuoti { $date }. Niekas jų nebegali matyti, o { $deleted } jie bus ištrinti.
request-personal-data-erased = Pagal saugojimo taisykles šio prašymo asmens duomenys ištrinti { $date }. Išsaugoti tik pagrindiniai prašymo duomenys: datos, institucijos, būsenos ir vertinimai.
personal-data-mark = Asmens duomenys
personal-data-legend = Šis ženklas žymi asmens duomenis. Juos mato tik prašymą nagrinėjančios institucijos; užbaigus prašymo nagrinėjimą, pagal saugojimo taisykles jie užblokuojami, o vėliau ištrinami.
nav-data-subjects = Duomenų subjektai
data-subjects-title = Duomenų subjektų prašymai
data-subjects-intro = Kai asmuo klausia, kokius duomenis apie jį turi jūsų institucija, čia raskite visus jūsų institucijos prašymus, susijusius su juo, įskaitant tuos, kurių asmens duomenys užblokuoti, ir parenkite ataskaitą, kurią jis turi teisę gauti. Kiekviena paieška ir kiekviena ataskaita registruojama kartu su jos priežastimi.
data-subjects-reason = Priežastis
data-subjects-reason-help = Pavyzdžiui, asmens prašymo data ir numeris. Priežastis įrašoma į audito žurnalą.
data-subjects-search = Ieškoti
data-subjects-found = { $count ->
    [one] Rastas { $count } prašymas
    [few] Rasti { $count } prašymai
    [many] Rasta { $count } prašymo
   *[other] Rasta { $count } prašymų
}
data-subjects-none = Nė vienas jūsų institucijos prašymas nėra susijęs su šiuo asmeniu.
data-subjects-include = Įtraukti į ataskaitą
data-subjects-side-requesting = Išsiuntė jūsų institucija
data-subjects-side-responding = Gavo jūsų institucija
data-subjects-stage-visible = Asmens duomenys matomi
data-subjects-stage-blocked = Asmens duomenys užblokuoti
data-subjects-stage-deleted = Asmens duomenys ištrinti
data-subjects-report-language = Ataskaitos kalba
data-subjects-make-report = Parengti ataskaitą
data-subjects-print = Spausdinti ataskaitą
report-title = Apie Jus saugomi asmens duomenys
report-intro = { $authority } Vidaus rinkos informacinėje sistemoje (IMI), per kurią Europos ekonominės erdvės institucijos keičiasi informacija pagal Reglamentą (ES) Nr. 1024/2012, saugo šiuos Jūsų asmens duomenis.
report-made-on = Ataskaita parengta { $date }
report-request = Prašymas Nr. { $number }
report-area = Teisės sritis
report-data = Saugomi duomenys
report-disclosures = Išsiųsta arba gauta
report-disclosure-sent = Išsiųsta { $date }, gavėjas: { $authority }
report-disclosure-forwarded = Persiųsta { $date }, gavėjas: { $authority }
report-disclosure-split-off = Iš dalies perduota { $date }, gavėjas: { $authority }
report-disclosure-received-from = Gauta { $date }, siuntėjas: { $authority }
report-retention = Užblokavimas ir ištrynimas
report-blocked-and-deleted = Užblokavimas { $blocked } (nuo tada niekas jų nebegali matyti) ir ištrynimas { $deleted }.
report-not-ended = Prašymas dar nagrinėjamas. Jo asmens duomenys bus užblokuoti praėjus { $block ->
    [one] { $block } mėnesiui
    [few] { $block } mėnesiams
    [many] { $block } mėnesio
   *[other] { $block } mėnesių
} nuo prašymo nagrinėjimo užbaigimo ir ištrinti praėjus { $delete ->
    [one] { $delete } mėnesiui
    [few] { $delete } mėnesiams
    [many] { $delete } mėnesio
   *[other] { $delete } mėnesių
} nuo jo užbaigimo.
report-count = { $field }: { $count }
report-field-document = Dokumentas
report-field-comment = Prašymą pateikusios institucijos komentaras
report-field-note = Pranešimai ir kartu siųsti tekstai
report-field-text-answer = Rašytiniai atsakymai
report-field-answer-comment = Komentarai dėl atsakymų
report-field-inspection-present = Dalyvavimas patikrinime vietoje
report-empty = Šios institucijos prašymuose nėra Jūsų asmens duomenų.
timeline-fields = Ištaisyti laukai: { $fields }
request-rectify = Ištaisyti asmens duomenis
request-rectify-title = Ištaisyti duomenis apie asmenį, dėl kurio teikiamas prašymas
request-rectify-help = Kitai institucijai pranešama, kuriuos laukus ištaisėte. Ankstesnės reikšmės nesaugomos.
request-rectify-save = Išsaugoti ištaisymą
request-comment = Komentaras
request-original-language = Originalo kalba: { $language }
request-questions = { $count ->
    [one] { $count } klausimas
    [few] { $count } klausimai
    [many] { $count } klausimo
   *[other] { $count } klausimų
}
request-answer = Atsakymas
request-answer-comment = Komentaras dėl atsakymo
request-answer-choose = Pasirinkite atsakymą
request-answer-date = Data
request-answer-measurement = Išmatuota vertė ({ $unit })
request-answer-text = Atsakymo tekstas
request-save-answers = Išsaugoti atsakymus
request-send-answer = Siųsti atsakymą
request-actions = Galimi veiksmai
request-propose-days = Arba pasiūlykite kitą terminą (dienomis)
request-accept-proposed = Priimti su šiuo terminu
request-note = Kartu siunčiamas tekstas
request-rating-timeliness = Atsakymo savalaikiškumas
request-rating-effort = Atsakymo kokybė
request-rating-choose = Pasirinkite vertinimą
request-rating-needed = Kad galėtumėte uždaryti prašymą, įvertinkite atsakymo savalaikiškumą ir kokybę.
confirm-irreversible = Šio veiksmo nebus galima atšaukti. Ar norite tęsti?
request-split-choose = Perduoti šį klausimą kitai institucijai
request-reuse = Pradėti naują prašymą šio prašymo pagrindu
request-timeline = Istorija
timeline-new = Nauja po jūsų pakeitimo
request-message = Pranešimas kitai institucijai
request-message-send = Siųsti pranešimą
timeline-to = Gavėjas: { $authority }
timeline-split-to = Naujas prašymas Nr. { $id }
subject-name = Vardas, pavardė arba pavadinimas
subject-identifier = Registracijos arba identifikavimo numeris
subject-birth-date = Gimimo data
picker-label = Institucijos paieška (bet kuria kalba)
picker-more = Rodyti daugiau
answer-yes = Taip
answer-no = Ne
answer-unknown = Nežinoma
answer-date = Data
answer-text = Rašytinis atsakymas
answer-measurement = Išmatuota vertė
answer-document-attached = Dokumentas pridėtas
answer-document-not-available = Dokumento pateikti negalima
event-created = Sukurtas juodraštis
event-sent = Išsiųsta
event-withdrawn = Atšaukta
event-accepted = Priimta
event-forwarded = Persiųsta
event-info-requested = Paprašyta papildomos informacijos
event-info-provided = Pateikta informacija
event-answered = Atsakyta
event-split-off = Klausimai atskirti į naują prašymą
event-clarification-requested = Paprašyta paaiškinimo
event-closed = Atsakymas priimtas, prašymas uždarytas
event-message = Pranešimas
event-attachment-added = Pridėtas dokumentas
toast-request-action-send = Prašymas išsiųstas.
toast-request-action-delete = Juodraštis ištrintas.
toast-request-action-withdraw = Prašymas atšauktas.
toast-request-action-accept = Prašymas priimtas.
toast-request-action-forward = Prašymas persiųstas.
toast-request-action-request-info = Jūsų klausimas išsiųstas prašymą pateikusiai institucijai.
toast-request-action-provide-info = Informacija išsiųsta.
toast-request-action-answer = Atsakymas išsiųstas.
toast-request-action-split-off = Klausimai perkelti į naują prašymą.
toast-request-action-request-clarification = Jūsų prašymas pateikti paaiškinimą išsiųstas.
toast-request-action-close = Prašymas uždarytas.
toast-answers-saved = Jūsų atsakymai išsaugoti.

## Prašymo rengimas
compose-title = Naujas prašymas
compose-steps = Etapai
compose-step-area = Teisėkūros sritis
compose-step-authority = Institucija
compose-step-subject = Asmuo
compose-step-questions = Klausimai
compose-step-details = Komentaras ir data
compose-step-review = Peržiūra ir siuntimas
compose-back = Atgal
compose-next = Toliau
compose-saved = Juodraštis Nr. { $id } išsaugotas
compose-chosen-authority = Pasirinkta institucija: { $name }
compose-subject-help = Atitinkamas specialistas arba paslaugų teikėjas. Prašymą gavusi institucija šiuos duomenis mato tik priėmusi prašymą.
compose-comment-help = Rašykite savo kalba; kita institucija matys, kokia kalba parašytas tekstas.
compose-incomplete = Prašymas dar neužpildytas iki galo. Trūkstamos dalys pažymėtos.
compose-draft-title = Juodraštis Nr. { $number }
compose-questions-filter = Filtruoti klausimus
compose-questions-chosen = Pasirinkti klausimai: { $count }
compose-step-attention = reikalauja dėmesio
compose-review-fix = Prieš siųsdami prašymą ištaisykite šiuos trūkumus:
compose-review-language = Klausimai rodomi jūsų kalba; prašymą gavusi institucija juos skaito savo kalba.
compose-review-none = Nėra
field-error-missing = Privaloma.
field-error-too-long = Viršytas leistinas ilgis.
field-error-not-in-future = Turi būti vėlesnė nei šiandienos data.
field-error-in-future = Negali būti ateities data.
field-error-empty = Negali būti tuščia.
field-error-duplicate = Pasirinkta du kartus.
field-error-unknown = Nežinoma.
field-error-other-area = Priklauso kitai teisėkūros sričiai.
field-error-area-not-handled = Ši institucija nenagrinėja šio prašymo teisėkūros srities klausimų.
field-error-not-allowed = Čia negalima.
field-error-too-many = Per daug.

## Pridėti dokumentai
request-documents = Dokumentai
request-no-documents = Pridėtų dokumentų nėra.
request-documents-withheld = Dokumentai yra asmens duomenys: jie čia nerodomi, kaip ir kiti šio prašymo asmens duomenys.
request-document-size = { $size } kB
upload-label = Pridėti dokumentą
upload-choose = Pasirinkti failą…
upload-take-photo = Fotografuoti
upload-keep-original = Siųsti originalaus dydžio nuotraukas (priešingu atveju jos pirmiausia sumažinamos šiame įrenginyje)
date-day = Diena
date-month = Mėnuo
date-year = Metai
upload-help = PDF failas, paveikslėlis arba biuro programos dokumentas, ne didesnis kaip 20 MB.
upload-question = Klausimas, į kurį atsakoma šiuo dokumentu
upload-no-question = Nesusijęs su konkrečiu klausimu
upload-question-number = Klausimas Nr. { $number }
upload-progress = Įkėlimo eiga

## Pranešimai el. paštu ($event – vienas iš event-* pranešimų)
email-subject = Prašymas Nr. { $number }: { $event }
email-body = Gerbiamas (-a) { $name },

    { $authority } atliko veiksmą, susijusį su prašymu Nr. { $number }: { $event }.

    Atidaryti prašymą: { $link }

    Šį pranešimą išsiuntė Vidaus rinkos informacinė sistema. Prašome į jį neatsakyti.

## Pranešimai
notifications-label = Pranešimai
notifications-unread = { $count ->
    [one] { $count } neperskaitytas pranešimas
    [few] { $count } neperskaityti pranešimai
    [many] { $count } neperskaityto pranešimo
   *[other] { $count } neperskaitytų pranešimų
}
notifications-empty = Pranešimų nėra.
notifications-mark-all-read = Pažymėti visus kaip perskaitytus
notification-item = { $number }: { $event }

## Prašymų paskirstymas ir koordinavimas
request-assigned-to = Paskirta tvarkytojui: { $name }
request-assign-label = Atsakingas tvarkytojas
request-unassigned = Nepaskirta
toast-assigned = Atsakingas tvarkytojas pakeistas.
toast-saved = Išsaugota.
inbox-allocation-toggle = Prašymų paskirstytojas kiekvieną gautą prašymą paskiria vienam iš jūsų institucijos prašymų tvarkytojų
event-assigned = Paskirta tvarkytojui
event-reminded = Koordinatoriaus priminimas
event-inactive = Du mėnesius neatlikta jokių veiksmų
event-rectified = Ištaisyti asmens duomenys
nav-coordination = Koordinavimas
coordination-title = Prašymai, su kuriais neatliekama veiksmų
coordination-intro = Jūsų valstybės institucijų prašymai, su kuriais daugiau kaip du mėnesius nebuvo atlikta jokių veiksmų. Atidarykite prašymą, kad jį persiųstumėte, arba išsiųskite priminimą institucijai, kuri turi imtis veiksmų.
coordination-empty = Nėra prašymų, su kuriais daugiau kaip du mėnesius nebūtų atlikta jokių veiksmų.
coordination-last-change = Paskutinis pakeitimas: { $date }
coordination-remind = Siųsti priminimą
toast-reminded = Priminimas išsiųstas.

## Laisvo teksto mašininis vertimas
request-translate = Versti į mano kalbą
request-info-asked = { $authority } prašo pateikti šią informaciją:
request-translation-unavailable = Šis tekstas parašytas kita kalba, o mašininis vertimas šiame serveryje nenustatytas.
request-machine-translation = Mašininis vertimas:

## Apžvalgos filtrai
inbox-state-label = Būsena
inbox-any-state = Visos būsenos
inbox-from-label = Pakeista nuo
inbox-to-label = Pakeista iki
inbox-assigned-to-me = Tik man paskirti prašymai

## Registro administravimas (koordinatoriai) ir naudotojų administravimas (vietos duomenų administratoriai)
email-invitation-subject = Jūsų paskyra Vidaus rinkos informacinėje sistemoje (IMI): { $authority }
email-invitation-body = Gerbiamas (-a) { $name },

    { $inviter } sukūrė jums paskyrą Vidaus rinkos informacinėje sistemoje (IMI) kaip šios institucijos naudotojui: { $authority }.

    Norėdami ją aktyvinti, atidarykite šią nuorodą ir pasirinkite slaptažodį: { $link }

    Nuoroda gali būti panaudota vieną kartą ir galioja { $days ->
        [one] { $days } dieną
        [few] { $days } dienas
        [many] { $days } dienos
       *[other] { $days } dienų
    }. Jei šio pranešimo nesitikėjote, galite į jį nekreipti dėmesio.

error-edit-conflict = Kitas naudotojas išsaugojo šį įrašą po to, kai jį atidarėte. Iš naujo įkelkite puslapį, kad pamatytumėte jo atliktus pakeitimus, tada dar kartą atlikite savo pakeitimus.
error-invalid-parameter = Šio puslapio adresas netinkamas. Patikrinkite nuorodą arba grįžkite atgal ir bandykite dar kartą.
error-rate-limited = Šis veiksmas atliktas visai neseniai, todėl dar negali būti pakartotas. Bandykite dar kartą vėliau.
error-second-factor-required = Įveskite kodą iš autentifikavimo programėlės.
error-invalid-second-factor = Kodas neteisingas arba nebegalioja. Įveskite kodą, kurį programėlė rodo dabar.
error-second-factor-setup-required = Jūsų vaidmenims būtinas dviejų veiksnių autentifikavimas. Kad galėtumėte tęsti, nustatykite jį savo paskyros puslapyje.
error-storage-full = Dokumento nepavyko išsaugoti, nes serverio saugykla pilna. Nieko nebuvo išsaugota; praneškite apie tai savo IMI administratoriui.
error-personal-data-blocked = Šio prašymo asmens duomenys užblokuoti pagal saugojimo taisykles: prie jo nieko negalima pridėti.
error-idempotency-key-reused = Šis pakeitimas jau buvo išsiųstas su kitokiu turiniu. Iš naujo įkelkite puslapį ir atlikite pakeitimą dar kartą.
error-request-in-progress = Šis pakeitimas dar apdorojamas. Šiek tiek palaukite ir bandykite dar kartą.
error-device-storage-full = Šiame įrenginyje nebeliko vietos pakeitimui saugoti, kol bus atkurtas ryšys. Niekas neišsaugota: atlaisvinkite vietos įrenginyje arba atlikite pakeitimą, kai būsite prisijungę prie tinklo.
error-too-large-to-keep = Šis dokumentas per didelis, kad jį būtų galima saugoti įrenginyje, kol bus atkurtas ryšys. Pridėkite jį, kai būsite prisijungę prie tinklo.
nav-registry = Registras
nav-users = Naudotojai
registry-title = Registro administravimas
registry-intro = Registruokite savo valstybės institucijas arba importuokite daug institucijų iš karto iš CSV failo. Norėdami pataisyti institucijos duomenis, suraskite ją paieškoje ir atidarykite jos profilį.
registry-new = Registruoti instituciją
registry-import-title = Importavimas iš CSV failo
registry-import-help = Kiekvienoje eilutėje – viena institucija, su importavimo vadove aprašytais stulpeliais. Jei bent viena eilutė klaidinga, neimportuojama nieko; pakartotinai importavus tą patį failą, niekas nepasikeičia.
registry-import-file = CSV failas
registry-import-progress = Importavimo eiga
registry-import-done = Importuota: naujų – { $created }, atnaujintų – { $updated }, nepakeistų – { $unchanged }.
registry-import-refused = Nieko neimportuota. Ištaisykite šias eilutes ir importuokite failą dar kartą:
registry-import-line = Eilutė
registry-import-column = Stulpelis
registry-import-reason = Problema
form-title-new = Institucijos registravimas
form-title-edit = Duomenų redagavimas: { $name }
form-errors = Ištaisykite pažymėtus laukus.
form-name = Pavadinimas originalo kalba
form-name-language = Pavadinimo kalba
form-other-names = Pavadinimai kitomis oficialiosiomis kalbomis
form-other-name = Kitas pavadinimas Nr. { $number }
form-other-name-add = Pridėti pavadinimą kita kalba
form-other-name-remove = Pašalinti
form-name-en = Pavadinimas anglų kalba
form-city = Miestas
form-level-help = Valstybės teritorijos dalis, kurioje institucija yra kompetentinga. Jei paieškos kriterijus vienodai atitinka kelios institucijos, pirmiausia nurodoma nacionalinio lygmens institucija.
form-phone-help = Tarptautiniu formatu, pvz., +371 6701 2345.
form-competences-filter = Ieškoti pridedamos kompetencijos
form-administrator = Pirmasis vietos duomenų administratorius
form-administrator-help = Šis asmuo gauna kvietimą el. paštu, pasirenka slaptažodį ir tada administruoja institucijos naudotojus.
form-person-name = Vardas ir pavardė
form-invitation-language = Kvietimo kalba
form-save = Išsaugoti
form-register = Registruoti
form-cancel = Atšaukti
profile-edit = Redaguoti
authority-send-request = Siųsti prašymą šiai institucijai
profile-area-coordinator = IMI koordinatorius savo teisėkūros srityse
profile-other-names = Kiti pavadinimai
profile-registered-by = Užregistravo
profile-registered-by-value = { $user }, { $authority }
users-title = Naudotojai
users-roles = Vaidmenys
users-active = Aktyvus
users-pending = Kvietimas dar nepriimtas
users-invitation-expired = Kvietimo galiojimas pasibaigė
users-resend-invitation = Siųsti kvietimą pakartotinai
toast-invitation-resent = Naujas kvietimas išsiųstas; ankstesnė nuoroda nebegalioja.
users-inactive = Deaktyvintas
users-invited-by = Pakvietė: { $name }
users-may-log-in = Gali prisijungti
users-invite-title = Pakviesti kolegą
users-invite = Siųsti kvietimą
toast-invited = Kvietimas išsiųstas.
invitation-title = Sveiki atvykę į IMI
invitation-intro = { $name }, esate pakviesti naudotis Vidaus rinkos informacine sistema kaip šios institucijos naudotojas: { $authority } ({ $country }). Norėdami aktyvinti paskyrą, pasirinkite slaptažodį.
password-help = { $count ->
    [one] Ne mažiau kaip { $count } simbolis. Gerą slaptažodį sudaro keli tarpusavyje nesusiję žodžiai; dažnai naudojami slaptažodžiai ir jūsų vardas, pavardė ar adresas nepriimami.
    [few] Ne mažiau kaip { $count } simboliai. Gerą slaptažodį sudaro keli tarpusavyje nesusiję žodžiai; dažnai naudojami slaptažodžiai ir jūsų vardas, pavardė ar adresas nepriimami.
    [many] Ne mažiau kaip { $count } simbolio. Gerą slaptažodį sudaro keli tarpusavyje nesusiję žodžiai; dažnai naudojami slaptažodžiai ir jūsų vardas, pavardė ar adresas nepriimami.
   *[other] Ne mažiau kaip { $count } simbolių. Gerą slaptažodį sudaro keli tarpusavyje nesusiję žodžiai; dažnai naudojami slaptažodžiai ir jūsų vardas, pavardė ar adresas nepriimami.
}
invitation-repeat = Pakartokite slaptažodį
invitation-mismatch = Slaptažodžiai nesutampa.
invitation-accept = Aktyvinti mano paskyrą
invitation-invalid = Ši kvietimo nuoroda nežinoma, jau panaudota arba nebegalioja. Naujo kvietimo paprašykite savo vietos duomenų administratoriaus arba IMI koordinatoriaus.
field-error-invalid-email = Netinkamas el. pašto adresas.
field-error-invalid-phone = Telefono numeris nurodytas ne tarptautiniu formatu (+ ir skaitmenys).
field-error-not-yours = Nepriklauso jūsų koordinuojamoms teisėkūros sritims.
field-error-taken = Jau naudojama kitoje paskyroje.
field-error-too-short = Per trumpa.
field-error-last-administrator = Institucija turi turėti bent vieną aktyvų vietos duomenų administratorių.
field-error-control-character = Yra valdymo simbolis arba teksto krypties ženklas; pašalinkite jį.
field-error-not-own-country = Pasirinkite savo valstybės instituciją.
field-error-too-personal = Negali būti jūsų el. pašto adreso, vardo ar pavardės.
field-error-too-guessable = Per lengva atspėti: tai dažnai naudojamas slaptažodis arba labai į jį panašus. Naudokite ilgesnę frazę iš tarpusavyje nesusijusių žodžių.
field-error-wrong-code = Kodas neteisingas arba nebegalioja.
field-error-no-setup = Nustatymas nepradėtas arba pakeistas nauju; pradėkite iš naujo.
field-error-no-second-factor = Dviejų veiksnių autentifikavimas neįjungtas.
field-error-required-by-role = Jūsų vaidmenims būtinas dviejų veiksnių autentifikavimas; jo išjungti negalima.
field-error-wrong-password = Neteisingas slaptažodis.
field-error-self = Negalite deaktyvinti savo paskyros.
field-error-other-country = Priklauso kitai valstybei.
field-error-not-utf8 = Failas nėra UTF-8 tekstas. Išsaugokite jį skaičiuoklės programoje formatu „CSV UTF-8“.
field-error-unreadable = Šios eilutės negalima nuskaityti kaip CSV.
field-error-unknown-column = Nežinomas stulpelis.
field-error-missing-column = Trūksta privalomo stulpelio.
field-error-wrong-column-count = Šioje eilutėje langelių skaičius nesutampa su antraštės langelių skaičiumi.
field-error-too-many-rows = Per daug eilučių: viename faile ne daugiau kaip 20 000.
field-error-invalid-format = Neatitinka reikalaujamo formato.
field-error-duplicate-of-line = Toks pat identifikatorius kaip eilutėje Nr. { $line }.
field-error-out-of-range = Nepatenka į leistiną intervalą.
field-error-out-of-range-between = Turi būti nuo { $min } iki { $max }.
field-error-invalid-date = Netinkama data.
field-error-nonexistent-date = Tokios datos kalendoriuje nėra.
field-error-invalid-person-name = Tai nėra asmens vardas ir pavardė.
field-error-invalid-register-reference = Netinkamas registro numeris.
field-error-unknown-country = Sistemai nežinoma valstybė.
field-error-unknown-placeholder = Sistemai nežinomas vietaženklis.
field-error-unexpected = Nepriklauso pasirinktiems klausimams.
field-error-line-break = Turi tilpti vienoje eilutėje.
field-error-none-left = Prašyme turi likti bent vienas klausimas.
field-error-not-a-handler = Tai nėra aktyvus šios institucijos prašymų tvarkytojas.
field-error-not-a-coordinator = Tai nėra koordinatorius.
field-error-not-asked = Tai nėra šio prašymo klausimas.
field-error-not-here = Čia neįmanoma.
field-error-unterminated = Vietaženklis atidarytas, bet neuždarytas.
field-error-empty-name = Vietaženklis neturi pavadinimo.
field-error-invalid-name = Netinkamas vietaženklio pavadinimas.
field-error-mismatched-delimiters = Skliaustai nesutampa.
field-error-nested = Vietaženklis yra kito vietaženklio viduje.
field-error-wrong-kind = Šios rūšies atsakymas netinka šiam klausimui.
field-error-no-attachment = Prie šio klausimo nepridėtas joks dokumentas.

## Paskyra: dviejų veiksnių autentifikavimas, sesijos, slaptažodis
login-code = Autentifikavimo programėlės kodas
login-code-intro = Jūsų paskyrai taikomas dviejų veiksnių autentifikavimas. Įveskite kodą, kurį dabar rodo jūsų autentifikavimo programėlė.
login-code-help = Šeši programėlės rodomi skaitmenys arba vienas iš jūsų atkūrimo kodų.
user-account = Jūsų paskyra
account-title = Jūsų paskyra
account-second-factor-title = Dviejų veiksnių autentifikavimas
account-second-factor-intro = Prisijungiant po slaptažodžio prašoma įvesti šešių skaitmenų kodą iš jūsų telefone įdiegtos autentifikavimo programėlės, pavyzdžiui, FreeOTP, Aegis, Google Authenticator ar Microsoft Authenticator.
account-second-factor-required = Jūsų vaidmenims (vietos duomenų administratoriaus ar IMI koordinatoriaus) būtinas dviejų veiksnių autentifikavimas. Kad galėtumėte tęsti, nustatykite jį dabar.
account-second-factor-on = { $count ->
    [one] Dviejų veiksnių autentifikavimas įjungtas. Liko { $count } atkūrimo kodas.
    [few] Dviejų veiksnių autentifikavimas įjungtas. Liko { $count } atkūrimo kodai.
    [many] Dviejų veiksnių autentifikavimas įjungtas. Liko { $count } atkūrimo kodo.
   *[other] Dviejų veiksnių autentifikavimas įjungtas. Liko { $count } atkūrimo kodų.
}
account-second-factor-off = Dviejų veiksnių autentifikavimas išjungtas.
account-second-factor-start = Nustatyti dviejų veiksnių autentifikavimą
account-second-factor-scan = Nuskaitykite šį kodą autentifikavimo programėle arba įveskite į ją toliau pateiktą raktą. Tada įveskite programėlės rodomą kodą.
account-second-factor-qr = QR kodas, skirtas paskyrai įtraukti į autentifikavimo programėlę
account-second-factor-key = Raktas
account-second-factor-code = Programėlės kodas
account-second-factor-confirm = Įjungti dviejų veiksnių autentifikavimą
account-second-factor-disable = Išjungti dviejų veiksnių autentifikavimą
account-recovery-title = Atkūrimo kodai
account-recovery-intro = Laikykite šiuos kodus saugioje vietoje, atskirai nuo telefono. Praradę telefoną, kiekvienu kodu galėsite prisijungti vieną kartą. Kodai rodomi tik dabar.
account-recovery-done = Kodus išsaugojau
account-recovery-renew = Nauji atkūrimo kodai
account-sessions-title = Aktyvios sesijos
account-session-browser = Naršyklė
account-session-address = Adresas
account-session-started = Pradžia
account-session-ends = Pabaiga
account-session-current = Ši sesija
account-session-unknown = Nežinoma
account-session-end = Baigti sesiją
account-sessions-end-others = Baigti visas kitas sesijas
account-password-title = Slaptažodis
account-password-current = Dabartinis slaptažodis
account-password-new = Naujas slaptažodis
account-password-repeat = Pakartokite naują slaptažodį
account-password-change = Keisti slaptažodį
toast-second-factor-on = Dviejų veiksnių autentifikavimas įjungtas.
toast-second-factor-off = Dviejų veiksnių autentifikavimas išjungtas.
toast-recovery-renewed = Sukurti nauji atkūrimo kodai; senieji nebegalioja.
toast-session-ended = Sesija baigta.
toast-sessions-ended = Kitos jūsų sesijos baigtos.
toast-password-changed = Slaptažodis pakeistas, o kitos jūsų sesijos baigtos.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## $number – skaičius, užrašytas skaitytojo kalbos būdu, o $count – tas pats skaičius kaip
## skaitinė reikšmė (daugiskaitos formai). $from, $to ir $today – datos; $value, $green ir $red –
## jau skaitytojo kalbos būdu užrašytos reikšmės (procentai arba dienos); $zone – laiko juosta
## (UTC); $indicator – vieno iš statistics-figure-* rodiklių pavadinimas.
nav-statistics = Statistika
statistics-title = Statistika
statistics-intro = Kiek prašymų siunčiama, kaip greitai jie priimami ir į juos atsakoma ir kaip prašymus pateikusios institucijos vertina atsakymus. Šiuose duomenyse nėra jokių asmenų, vardų ar tekstų.
statistics-print = Spausdinti
statistics-filters = Filtrai
statistics-from = Nuo
statistics-to = Iki
statistics-partner = Valstybė partnerė
statistics-direction = Kryptis
statistics-direction-all = Išsiųsti ir gauti prašymai
statistics-direction-sent = Išsiųsti prašymai
statistics-direction-received = Gauti prašymai
statistics-granularity = Laiko eilutės intervalas
statistics-granularity-month = Mėnuo
statistics-granularity-quarter = Ketvirtis
statistics-granularity-year = Metai
statistics-whose = Kieno duomenys
statistics-scope-everything = Visos valstybės
statistics-scope-areas = { $country }: jūsų sritys
statistics-scope-authority = Jūsų institucija
statistics-your-areas = Jūsų teisėkūros sritys
statistics-period = Prašymai, išsiųsti nuo { $from } iki { $to }
statistics-as-of = Dienos skaičiuojamos kalendorinėmis dienomis pagal laiko juostą { $zone }; duomenų būklė: { $today }.
statistics-volumes-heading = Apimtys
statistics-performance-heading = Sparta ir pasitenkinimas
statistics-performance-intro = Sparta ir pasitenkinimas vertinami atsakančiosios pusės požiūriu: skaičiuojami prašymai, per laikotarpį išsiųsti šioms institucijoms. Prie kiekvieno rodiklio nurodoma, pagal kiek prašymų jis apskaičiuotas; pagal nedaug prašymų apskaičiuotas rodiklis gali labai pasikeisti.
statistics-figure-sent = Išsiųsti prašymai
statistics-figure-received = Gauti prašymai
statistics-figure-open-now = Šiuo metu neužbaigti
statistics-figure-overdue-now = Šiuo metu praleistas terminas
statistics-figure-accepted-in-time = Priimta per 7 dienas
statistics-figure-average-days = Vidutinis dienų iki atsakymo skaičius
statistics-figure-median-days = Dienų iki atsakymo skaičiaus mediana
statistics-figure-by-agreed-date = Atsakyta iki suderinto termino
statistics-figure-within-two-weeks = Atsakyta per dvi savaites
statistics-figure-negative-timeliness = Neigiami savalaikiškumo vertinimai
statistics-figure-negative-effort = Neigiami kokybės vertinimai
statistics-what-is-counted = Kas skaičiuojama
statistics-definition-sent = Prašymai, kuriuos šios institucijos išsiuntė per laikotarpį; kiekvienas skaičiuojamas jo išsiuntimo dieną. Juodraščiai niekada neskaičiuojami. Persiųstas prašymas skaičiuojamas vieną kartą; iš kito prašymo atskirtas prašymas laikomas atskiru prašymu, išsiųstu tą dieną, kai buvo atskirtas; atšauktas prašymas vis tiek skaičiuojamas. Dienos – kalendorinės dienos pagal UTC.
statistics-definition-received = Prašymai, per laikotarpį išsiųsti šioms institucijoms; kiekvienas skaičiuojamas jo išsiuntimo dieną. Persiųstas prašymas skaičiuojamas vieną kartą – institucijai, kurios žinioje jis yra paskiausiai; atšauktas prašymas vis tiek skaičiuojamas. Dienos – kalendorinės dienos pagal UTC.
statistics-definition-open-now = Šių institucijų išsiųsti arba gauti prašymai, kurie šiandien laukia priėmimo, yra priimti arba laukia informacijos, nepriklausomai nuo to, kada buvo išsiųsti: šis rodiklis neapsiriboja laikotarpiu.
statistics-definition-overdue-now = Iš šiuo metu neužbaigtų prašymų – tie, kurių suderintas terminas šiandien jau yra praėjęs (kalendorinės dienos pagal UTC). Šis rodiklis taip pat neapsiriboja laikotarpiu.
statistics-definition-accepted-in-time = Iš gautų prašymų, kurie buvo priimti arba ilgiau kaip 7 dienas laukia priėmimo, – dalis prašymų, priimtų ne vėliau kaip per 7 kalendorines dienas nuo gavimo. Prašymas laikomas gautu tą dieną, kai buvo išsiųstas, arba, jei buvo persiųstas, paskutinio persiuntimo dieną, kad institucijai nebūtų priskaičiuojamos dienos, kai prašymas buvo kitos institucijos žinioje. Atšauktas prašymas skaičiuojamas tik tuo atveju, jei buvo priimtas. Dienos – kalendorinės dienos pagal UTC.
statistics-definition-average-days = Vidutinis kalendorinių dienų (UTC) skaičius nuo gavimo (išsiuntimo arba paskutinio persiuntimo dienos) iki pirmojo atsakymo, apskaičiuotas pagal gautus prašymus, į kuriuos atsakyta. Jei po atsakymo buvo paprašyta paaiškinimo, vis tiek skaičiuojamas pirmasis atsakymas.
statistics-definition-median-days = Tų pačių dienų nuo gavimo iki pirmojo atsakymo skaičių vidurinė reikšmė: pusė atsakymų pateikta per tiek dienų arba greičiau. Kai atsakymų skaičius lyginis, imama mažesnioji iš dviejų vidurinių reikšmių.
statistics-definition-by-agreed-date = Iš prašymų, į kuriuos atsakyta ir kuriems nustatytas suderintas terminas, – dalis prašymų, į kuriuos pirmą kartą atsakyta tą dieną arba anksčiau (kalendorinės dienos pagal UTC).
statistics-definition-within-two-weeks = Iš prašymų, į kuriuos atsakyta, – dalis prašymų, į kuriuos pirmą kartą atsakyta ne vėliau kaip per 14 kalendorinių dienų (UTC) nuo gavimo (išsiuntimo arba paskutinio persiuntimo dienos).
statistics-definition-negative-timeliness = Iš gautų prašymų, kuriuos prašymą pateikusi institucija įvertino juos uždarydama, – dalis prašymų, kurių atsakymo savalaikiškumą ji įvertino neigiamai.
statistics-definition-negative-effort = Iš gautų prašymų, kuriuos prašymą pateikusi institucija įvertino juos uždarydama, – dalis prašymų, kurių atsakymo kokybę ji įvertino neigiamai.
statistics-no-figure = Prašymų nėra
statistics-based-on = { $count ->
    [one] Apskaičiuota pagal { $number } prašymą
    [few] Apskaičiuota pagal { $number } prašymus
    [many] Apskaičiuota pagal { $number } prašymo
   *[other] Apskaičiuota pagal { $number } prašymų
}
statistics-eea = EEE
statistics-eea-value = EEE: { $value }
statistics-band-green = Gerai
statistics-band-yellow = Reikia stebėti
statistics-band-red = Prastai
statistics-legend-title = Kategorijų ribos
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: gerai – nuo { $green }, prastai – mažiau nei { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: gerai – mažiau nei { $green }, prastai – daugiau nei { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: gerai – nuo { $green }, prastai – mažiau nei { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: gerai – mažiau nei { $green }, prastai – nuo { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: gerai – mažiau nei { $green }, prastai – nuo { $red }.
statistics-quarter = { $year } { $quarter } ketv.
statistics-quarter-short = { $quarter } ketv.
statistics-charts-heading = Raida laikui bėgant
statistics-volumes-title = Išsiųsti ir gauti prašymai
statistics-acceptance-title = Per 7 dienas priimtų prašymų dalis
statistics-days-title = Vidutinis dienų iki atsakymo skaičius
statistics-axis-requests = Prašymai
statistics-axis-share = Dalis
statistics-axis-days = Dienos
statistics-show-table = Rodyti kaip lentelę
statistics-tables-heading = Suskirstymas
statistics-column-period = Laikotarpis
statistics-column-sent = Išsiųsta
statistics-column-received = Gauta
statistics-column-based-on = Apskaičiuota pagal (prašymų skaičius)
statistics-column-area = Teisėkūros sritis
statistics-column-partner = Valstybė partnerė
statistics-column-country = Valstybė
statistics-column-from-to = Iš (eilutės) į (stulpeliai)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Prašymai pagal teisėkūros sritis
statistics-by-partner-title = Prašymai pagal valstybes partneres
statistics-by-partner-intro = Valstybė partnerė – kitos pusės valstybė: išsiųsto prašymo atveju – atsakančioji valstybė, gauto prašymo atveju – prašymą pateikusi valstybė.
statistics-exchanges-title = Prašymai tarp valstybių
statistics-exchanges-intro = Kiekviena eilutė – prašymą pateikusi valstybė, kiekvienas stulpelis – atsakančioji valstybė; nurodomos tik tos valstybės, kurios per laikotarpį turėjo prašymų.
statistics-scoreboard-title = Atsakančiųjų valstybių rezultatų suvestinė
statistics-scoreboard-intro = Kiekvienos valstybės kaip atsakančiosios pusės rodikliai pagal per laikotarpį jos gautus prašymus, su kategorijomis pagal pirmiau nurodytas ribas.
statistics-csv = Atsisiųsti CSV failą
statistics-csv-failed = Ši naršyklė negalėjo sukurti failo.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: kategorija
statistics-csv-based-on = { $indicator }: apskaičiuota pagal (prašymų skaičius)
statistics-empty-title = Per šį laikotarpį prašymų nėra
statistics-empty-body = Per šį laikotarpį neišsiųsta nė vieno šiuos filtrus atitinkančio prašymo. Pasirinkite ilgesnį laikotarpį arba mažiau filtrų.
statistics-error-before-start = Negali būti ankstesnė nei pirmoji laikotarpio diena.
statistics-error-too-long = { $count ->
    [one] Laikotarpis gali būti ne ilgesnis kaip { $days } diena.
    [few] Laikotarpis gali būti ne ilgesnis kaip { $days } dienos.
    [many] Laikotarpis gali būti ne ilgesnis kaip { $days } dienos.
   *[other] Laikotarpis gali būti ne ilgesnis kaip { $days } dienų.
}

## Įspėjimai: viena institucija įspėja daugelį

role-alert_coordinator = Įspėjimų koordinatorius
field-error-before-start = Negali būti ankstesnė nei data, nuo kurios taikomas sprendimas.
alert-state-draft = Juodraštis
alert-state-awaiting-approval = Laukiama įspėjimų koordinatoriaus patvirtinimo
alert-state-sent = Išsiųsta
alert-state-closure-proposed = Pasiūlyta uždaryti
alert-state-closed = Uždaryta
alert-state-withdrawn = Atšaukta
alert-action-edit = Redaguoti
alert-action-delete = Ištrinti juodraštį
alert-action-send = Siųsti įspėjimą
alert-action-approve = Patvirtinti ir siųsti
alert-action-reject = Grąžinti siuntėjui
alert-action-acknowledge = Patvirtinti gavimą valstybės vardu
alert-action-pass-on = Perduoti institucijoms
alert-action-acknowledge-receipt = Patvirtinti gavimą
alert-action-modify = Keisti
alert-action-withdraw = Atšaukti
alert-action-propose-closure = Siūlyti uždaryti
alert-action-reject-closure = Palikti įspėjimą atvirą
alert-action-close = Uždaryti įspėjimą
alert-event-created = Sukurtas juodraštis
alert-event-submitted = Pateikta tvirtinti
alert-event-approved = Patvirtino įspėjimų koordinatorius
alert-event-rejected = Grąžinta siuntėjui
alert-event-sent = Įspėjimas išsiųstas
alert-event-acknowledged = Valstybės įspėjimų koordinatorius patvirtino gavimą
alert-event-passed-on = Perduota kompetentingoms institucijoms
alert-event-receipt-acknowledged = Institucija patvirtino gavimą
alert-event-modified = Įspėjimas pakeistas
alert-event-withdrawn = Įspėjimas atšauktas
alert-event-withdrawn-wrong = Įspėjimas atšauktas, nes paaiškėjo, kad jis nepagrįstas
alert-event-closure-proposed = Pasiūlyta uždaryti
alert-event-closure-rejected = Įspėjimas lieka atviras
alert-event-closed = Įspėjimas uždarytas
alert-event-end-reminder = Sprendimas nebetaikomas: uždarykite arba atšaukite įspėjimą
alert-event-late-reminder = Praleistas terminas: sprendimas nustojo galioti daugiau kaip prieš 3 dienas, o įspėjimas vis dar atviras
email-alert-subject = Įspėjimas Nr. { $number }: { $event }
email-alert-body = Gerbiamas (-a) { $name },

    { $authority } atliko veiksmą, susijusį su įspėjimu Nr. { $number } ({ $kind }): { $event }.

    Atidaryti įspėjimą: { $link }

    Šį pranešimą išsiuntė Vidaus rinkos informacinė sistema. Prašome į jį neatsakyti.

alert-delivery-received = Gauta, gavimas dar nepatvirtintas
alert-delivery-acknowledged = Gavimas patvirtintas
alert-delivery-passed-on = Perduota kompetentingoms institucijoms
alert-box-drafts = Įspėjimų juodraščiai
alert-box-sent = Išsiųsti įspėjimai
alert-box-to-approve = Įspėjimai, kuriuos reikia patvirtinti
alert-box-to-acknowledge = Įspėjimai, kurių gavimą reikia patvirtinti
alert-box-received = Gauti įspėjimai

## Alerts: the pages

nav-alerts = Įspėjimai
alerts-title = Įspėjimai
alerts-intro = Įspėjimais kitų valstybių kompetentingos institucijos informuojamos apie specialistą arba paslaugų teikėją: draudimą ar apribojimą verstis veikla, suklastotą diplomą, pavojų sveikatai, saugai ar aplinkai.
alerts-boxes = Įspėjimų sąrašai
alerts-new = Naujas įspėjimas
alerts-check-link = Patikrinti specialistą
alerts-in-force = Galiojantys įspėjimai
alerts-unread = Neperskaitytos įspėjimų naujienos
# Ekrano skaitytuvai tai perskaito, kai padaugėja neperskaitytų įspėjimų naujienų.
live-alert-news = { $count ->
    [one] { $count } neperskaityta įspėjimų naujiena
    [few] { $count } neperskaitytos įspėjimų naujienos
    [many] { $count } neperskaitytos įspėjimų naujienos
   *[other] { $count } neperskaitytų įspėjimų naujienų
}
alerts-empty-title = Įspėjimų nėra
alerts-empty-body = Čia pateikiami įspėjimai, gauti jūsų valstybėje arba jūsų institucijoje, ir įspėjimai, kuriuos siunčia jūsų institucija.
alerts-total = { $count ->
    [one] { $count } įspėjimas
    [few] { $count } įspėjimai
    [many] { $count } įspėjimo
   *[other] { $count } įspėjimų
}
alert-title = Įspėjimas Nr. { $number }
alert-title-unknown = Įspėjimas
alert-subject-withheld = Asmens duomenys nerodomi
alert-unread = Naujienos nuo paskutinio atidarymo
alert-from-country = Siunčiančioji valstybė: { $country }
alert-details = Išsami informacija
alert-sender = Siunčiančioji institucija
alert-sent-at = Išsiuntimo data
alert-revision-label = Pakeitimai
alert-revision = { $count ->
    [one] Po išsiuntimo pakeistas { $count } kartą
    [few] Po išsiuntimo pakeistas { $count } kartus
    [many] Po išsiuntimo pakeistas { $count } karto
   *[other] Po išsiuntimo pakeistas { $count } kartų
}
alert-personal-hidden = Šio įspėjimo asmens duomenys rodomi tik siuntėjui, įspėjimų koordinatoriams ir institucijoms, kurioms įspėjimas perduotas.
alert-comment = Komentaras
alert-comment-help = Gavėjams: ką jiems reikia žinoti be pirmiau esančiuose laukuose pateiktos informacijos. Rašykite savo kalba; kiekvienas skaitytojas gali pasinaudoti mašininiu vertimu.
alert-late-reason = Kodėl įspėjimas siunčiamas pavėluotai
alert-proved-wrong = Šis įspėjimas atšauktas, nes paaiškėjo, kad jis nepagrįstas.
alert-due-left = { $days ->
    [0] Terminas baigiasi šiandien: įspėjimas turi būti išsiųstas per 3 dienas nuo sprendimo priėmimo.
    [one] Šiam įspėjimui išsiųsti liko { $days } diena.
    [few] Šiam įspėjimui išsiųsti liko { $days } dienos.
    [many] Šiam įspėjimui išsiųsti liko { $days } dienos.
   *[other] Šiam įspėjimui išsiųsti liko { $days } dienų.
}
alert-due-late = { $days ->
    [one] Vėluojama { $days } dieną: nurodykite, kodėl įspėjimas siunčiamas pavėluotai.
    [few] Vėluojama { $days } dienas: nurodykite, kodėl įspėjimas siunčiamas pavėluotai.
    [many] Vėluojama { $days } dienos: nurodykite, kodėl įspėjimas siunčiamas pavėluotai.
   *[other] Vėluojama { $days } dienų: nurodykite, kodėl įspėjimas siunčiamas pavėluotai.
}
alert-actions = Galimi veiksmai
alert-note = Priežastis
alert-note-help = Privaloma grąžinant arba atšaukiant įspėjimą ar siūlant jį uždaryti; priežastį perskaito visi gavėjai.
alert-note-missing = Pirmiausia nurodykite priežastį.
alert-withdraw-proved-wrong = Paaiškėjo, kad įspėjimas nepagrįstas: pranešti apie tai visiems gavėjams
alert-conflict = { $error } Dabartinė įspėjimo būsena: { $state }.
alert-deliveries = Gavėjai
alert-deliveries-summary = { $count ->
    [one] Gavimą patvirtino { $acknowledged } iš { $count } valstybės.
    [few] Gavimą patvirtino { $acknowledged } iš { $count } valstybių.
    [many] Gavimą patvirtino { $acknowledged } iš { $count } valstybės.
   *[other] Gavimą patvirtino { $acknowledged } iš { $count } valstybių.
}
alert-column-country = Valstybė
alert-column-delivery = Įspėjimų koordinatorius
alert-column-authorities = Kompetentingos institucijos
alert-received-at = gauta { $date }
alert-acknowledged-at = gavimas patvirtintas { $date }
alert-not-acknowledged = gavimas dar nepatvirtintas
alert-read-at = perskaityta { $date }
alert-not-read = dar neperskaityta
alert-no-recipients = Dar neperduota
alert-timeline = Istorija
alert-event-for-country = valstybė: { $country }
alert-pass-on-title = Perdavimas kompetentingoms institucijoms
alert-pass-on-help = Registras siūlo tas jūsų valstybės institucijas, kurios yra kompetentingos šios profesijos ar veiklos srityje. Panaikinkite žymėjimą prie tų, kurios neturėtų gauti įspėjimo, arba pridėkite kitų.
alert-pass-on-none = Registre nėra nė vienos jūsų valstybės institucijos, kompetentingos šios profesijos ar veiklos srityje. Pridėkite institucijas, kurios turėtų gauti įspėjimą.
alert-pass-on-already = (jau gavo)
alert-pass-on-add = Pridėti kitą instituciją
alert-pass-on-own-country = Įspėjimus galima perduoti tik savo valstybės institucijoms.
alert-pass-on-submit = { $count ->
    [one] Perduoti { $count } institucijai
    [few] Perduoti { $count } institucijoms
    [many] Perduoti { $count } institucijos
   *[other] Perduoti { $count } institucijų
}
alert-compose-title = Naujas įspėjimas
alert-draft-title = Įspėjimo juodraštis Nr. { $number }
alert-modify-title = Įspėjimo Nr. { $number } keitimas
alert-step-kind = Įspėjimo rūšis
alert-step-fields = Išsami informacija
alert-step-countries = Valstybės
alert-step-review = Komentaras ir siuntimas
alert-kind-legal-basis = Teisinis pagrindas: { $basis }
alert-choose-kind-first = Pirmiausia pasirinkite įspėjimo rūšį.
alert-field-required = { $label } (privaloma)
alert-choose = Pasirinkite…
alert-countries-all = Šis įspėjimas siunčiamas visų 30 EEE valstybių įspėjimų koordinatoriams.
alert-countries-choose = Pasirinkite valstybes, kuriose paslaugų teikėjas vykdo veiklą arba kuriose gali kilti rizika.
alert-countries-always = { $country } šį įspėjimą bet kuriuo atveju gauna kaip įsisteigimo valstybė.
alert-countries-none = Dar nepasirinkta nė viena valstybė.
alert-goes-to = Gavėjos valstybės: { $countries }
alert-approval-note = Jūsų valstybės įspėjimus prieš išsiunčiant tvirtina jos įspėjimų koordinatorius.
alert-modify-note = Visiems gavėjams pranešama, kad įspėjimas pakeistas.
alert-problems = Dar reikia užpildyti
alert-incomplete = Įspėjimas dar neužpildytas iki galo. Trūkstamos dalys pažymėtos.
alert-save-draft = Išsaugoti juodraštį
alert-save-modification = Išsaugoti pakeitimą
alert-submit = Pateikti tvirtinti
alert-check-title = Ar šis specialistas gali verstis profesine veikla?
alert-check-intro = Ieškokite pagal vardą ir pavardę galiojančių įspėjimų dėl profesinių kvalifikacijų, gautų jūsų valstybėje arba institucijoje. Diakritiniai ženklai ir viena rašybos klaida paieškai įtakos neturi. Rastas įspėjimas reiškia, kad jį išsiuntusioje valstybėje taikomas draudimas arba apribojimas; jei įspėjimas nerastas, tai neįrodo, kad specialistas gali verstis profesine veikla.
alert-check-name = Specialisto vardas ir pavardė
alert-check-profession = Profesija
alert-check-any-profession = Visos profesijos
alert-check-submit = Ieškoti įspėjimų
alert-check-none = Nė viename galiojančiame įspėjime nenurodytas vardas „{ $name }“.
alert-check-found = { $count ->
    [one] Rastas { $count } galiojantis įspėjimas
    [few] Rasti { $count } galiojantys įspėjimai
    [many] Rasta { $count } galiojančio įspėjimo
   *[other] Rasta { $count } galiojančių įspėjimų
}
toast-alert-saved = Juodraštis išsaugotas.
toast-alert-sent = Įspėjimas išsiųstas.
toast-alert-submitted = Įspėjimas pateiktas tvirtinti.
toast-alert-modified = Įspėjimas pakeistas; gavėjams pranešta.
toast-alert-deleted = Juodraštis ištrintas.
toast-alert-passed-on = Įspėjimas perduotas.
toast-alert-done = Atlikta: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Nėra ryšio. Jūsų atidaryti prašymai lieka prieinami skaityti; jūsų pridedami atsakymai, pranešimai ir dokumentai saugomi šiame įrenginyje ir išsiunčiami, kai ryšys atkuriamas.
update-ready = Parengta nauja sistemos versija.
update-reload = Įkelti naują versiją

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] { $count } be ryšio atliktas pakeitimas laukia išsiuntimo.
    [few] { $count } be ryšio atlikti pakeitimai laukia išsiuntimo.
    [many] { $count } be ryšio atlikto pakeitimo laukia išsiuntimo.
   *[other] { $count } be ryšio atliktų pakeitimų laukia išsiuntimo.
}
queue-sending = Siunčiami be ryšio atlikti pakeitimai…
queue-attention = { $count ->
    [one] { $count } be ryšio atliktas pakeitimas nebuvo išsiųstas ir laukia jūsų sprendimo.
    [few] { $count } be ryšio atlikti pakeitimai nebuvo išsiųsti ir laukia jūsų sprendimo.
    [many] { $count } be ryšio atlikto pakeitimo nebuvo išsiųsta ir laukia jūsų sprendimo.
   *[other] { $count } be ryšio atliktų pakeitimų nebuvo išsiųsta ir laukia jūsų sprendimo.
}
queue-title = Laukia išsiuntimo
queue-intro = Šie pakeitimai atlikti be ryšio ir saugomi šiame įrenginyje. Jie bus išsiųsti eilės tvarka, kai tik bus atkurtas ryšys.
queue-kind-answers = Atsakymai (išsaugoti, neišsiųsti prašymą pateikusiai institucijai)
queue-kind-answer = Atsakymai, siųstini prašymą pateikusiai institucijai
queue-kind-message = Pranešimas
queue-kind-document = Dokumentas „{ $name }“ ({ $size } kB)
queue-made-at = Parašyta { $time }
queue-status-waiting = Laukiama ryšio.
queue-status-conflict = Neišsiųsta: jums tai parašius, prašymas pasikeitė, jo būsena dabar – „{ $state }“. Toliau pateiktoje istorijoje peržiūrėkite, kas pasikeitė, tada vis tiek išsiųskite pakeitimą arba jo atsisakykite.
queue-status-refused = Neišsiųsta: { $error }
queue-send-anyway = Vis tiek siųsti
queue-edit = Redaguoti
queue-discard = Atsisakyti
queue-discard-confirm = Atsisakyti šio pakeitimo? Tai, ką parašėte, bus ištrinta iš šio įrenginio.
queue-logout-confirm = { $count ->
    [one] { $count } be ryšio atliktas pakeitimas dar neišsiųstas. Atsijungus jis bus ištrintas iš šio įrenginio. Vis tiek atsijungti?
    [few] { $count } be ryšio atlikti pakeitimai dar neišsiųsti. Atsijungus jie bus ištrinti iš šio įrenginio. Vis tiek atsijungti?
    [many] { $count } be ryšio atlikto pakeitimo dar neišsiųsta. Atsijungus jie bus ištrinti iš šio įrenginio. Vis tiek atsijungti?
   *[other] { $count } be ryšio atliktų pakeitimų dar neišsiųsta. Atsijungus jie bus ištrinti iš šio įrenginio. Vis tiek atsijungti?
}
toast-queued = Nėra ryšio: pakeitimas saugomas šiame įrenginyje ir bus išsiųstas, kai ryšys bus atkurtas.
toast-queue-sent = { $count ->
    [one] Išsiųstas { $count } be ryšio atliktas pakeitimas.
    [few] Išsiųsti { $count } be ryšio atlikti pakeitimai.
    [many] Išsiųsta { $count } be ryšio atlikto pakeitimo.
   *[other] Išsiųsta { $count } be ryšio atliktų pakeitimų.
}

## Patikrinimai vietoje: prašymo rūšis ir patikrinimo aktas su dalyvaujančių asmenų parašais
compose-kind-label = Ko prašote?
request-kind-information = Informacija
request-kind-information-help = Kita institucija atsako į jūsų klausimus remdamasi savo registrais ir bylomis.
request-kind-inspection = Patikrinimas vietoje
request-kind-inspection-help = Kita institucija patikrina atitinkamas patalpas, įrangą ar vietą ir praneša apie nustatytus faktus, pridėdama nuotraukas ir dalyvaujančių asmenų parašus.
request-checklist = { $count ->
    [one] Kontrolinis sąrašas: { $count } punktas
    [few] Kontrolinis sąrašas: { $count } punktai
    [many] Kontrolinis sąrašas: { $count } punkto
   *[other] Kontrolinis sąrašas: { $count } punktų
}
inspection-title = Patikrinimo aktas
inspection-help = Patikrinimą fiksuokite jo metu: atsakykite į pirmiau pateikto kontrolinio sąrašo klausimus, pridėkite nuotraukas kaip dokumentus, tada nurodykite dieną ir vietą ir paprašykite kiekvieno dalyvaujančio asmens čia pasirašyti. Atsakymą galima išsiųsti, kai pasirašote patys.
inspection-pending = Patikrinimo aktas bus rodomas čia kartu su atsakymu.
inspection-inspected-on = Patikrinimo diena
inspection-place = Patikrinimo vieta
inspection-place-help = Adresas ir objektas ar patalpos (pavyzdžiui: statybvietė, 2 vartai).
inspection-present = Dalyvaujantys asmenys
inspection-signer-name = Vardas ir pavardė
inspection-signer-role = Dalyvauja kaip
inspection-signer-refused = Atsisakė pasirašyti
inspection-signer-unnamed = dalyvaujantis asmuo
inspection-signer-unsigned = Į aktą įtraukiama tik tada, kai asmuo pasirašo arba atsisako pasirašyti.
inspection-signer-add = Pridėti dalyvaujantį asmenį
inspection-signer-remove = Pašalinti šį asmenį
inspection-signature-of = Parašas: { $name }
inspection-signature-clear = Išvalyti parašą
inspection-signature-needed = Prieš išsiunčiant atsakymą būtinas inspektoriaus parašas.
inspection-refused-to-sign = Asmuo atsisakė pasirašyti.
signer-role-inspector = Inspektorius
signer-role-provider-representative = Paslaugų teikėjo arba darbdavio atstovas
signer-role-worker = Darbuotojas
signer-role-witness = Liudytojas
queue-kind-report = Patikrinimo aktas (išsaugotas, neišsiųstas prašymą pateikusiai institucijai)
