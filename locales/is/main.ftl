# Íslenska.

## Forritið
app-name = Upplýsingakerfi innri markaðarins
app-short-name = IMI
app-tagline = Stjórnsýslusamvinna lögbærra yfirvalda á Evrópska efnahagssvæðinu
skip-to-content = Fara beint í meginmál
loading = Hleður…

## Leiðsögn og notandavalmynd
nav-label = Aðalvalmynd
nav-inbox = Innhólf
language-label = Tungumál
user-signed-in-as = Notandi: { $name }, { $authority }
organisation-commission = Framkvæmdastjórn Evrópusambandsins
logout = Skrá út
toast-dismiss = Loka
toast-logged-out = Þú hefur skráð þig út.

## Innskráningarsíða
login-title = Innskráning
login-intro = Notaðu aðganginn sem kerfisstjóri yfirvaldsins þíns eða landsbundinn IMI-samræmingaraðili stofnaði fyrir þig.
login-email = Netfang
login-password = Lykilorð
login-submit = Skrá inn
login-submitting = Skráir inn…
field-required = Þennan reit þarf að fylla út.

## Innhólf
inbox-title = Innhólf
inbox-empty-title = Engar beiðnir enn

## Síður sem eru ekki til
not-found-title = Síðan fannst ekki
not-found-body = Slóðin sem þú fylgdir vísar ekki á neina síðu í þessu kerfi.
not-found-home = Fara í innhólf

## Hlutverk
roles-label = Hlutverk þín
role-request_handler = Afgreiðsluaðili beiðna
role-allocator = Úthlutunaraðili beiðna
role-local_administrator = Staðbundinn gagnastjóri
role-coordinator = IMI-samræmingaraðili
role-commission_observer = Áheyrnarfulltrúi framkvæmdastjórnarinnar

## Villur frá þjóninum, eftir kóða
error-internal-error = Villa kom upp á þjóninum. Vinsamlegast reyndu aftur; ef vandinn er viðvarandi skaltu hafa samband við kerfisstjóra.
error-database-unavailable = Ekki næst samband við gagnagrunn kerfisins sem stendur. Vinsamlegast reyndu aftur eftir nokkrar mínútur.
error-not-found = Það sem þú baðst um er ekki til eða þú hefur ekki aðgang að því.
error-method-not-allowed = Þessi aðgerð er ekki möguleg hér.
error-unauthenticated = Setunni þinni er lokið. Vinsamlegast skráðu þig inn aftur.
error-forbidden = Þú hefur ekki nauðsynleg réttindi til þessarar aðgerðar.
error-invalid-credentials = Netfangið eða lykilorðið er rangt.
error-too-many-attempts = { $seconds ->
    [one] Of margar misheppnaðar tilraunir. Vinsamlegast bíddu í { $seconds } sekúndu áður en þú reynir aftur.
   *[other] Of margar misheppnaðar tilraunir. Vinsamlegast bíddu í { $seconds } sekúndur áður en þú reynir aftur.
}
error-malformed-json = Þjónninn gat ekki lesið gögnin sem voru send. Vinsamlegast endurhladdu síðuna og reyndu aftur.
error-unsupported-media-type = Þjónninn tekur ekki við gögnum á þessu sniði.
error-payload-too-large = Gögnin sem voru send eru stærri en þjónninn tekur við.
error-validation-failed = Sumir reitir eru ekki rétt útfylltir. Vinsamlegast athugaðu merktu reitina.
error-network-error = Ekki næst samband við þjóninn. Athugaðu nettenginguna og reyndu aftur.
error-invalid-transition = Þessi aðgerð er ekki möguleg í núverandi stöðu beiðninnar. Vinsamlegast endurhladdu síðuna til að sjá hvaða aðgerðir eru í boði núna.
error-translation-not-configured = Vélþýðing er ekki í boði í þessu kerfi.
error-translation-failed = Vélþýðingarþjónustan svaraði ekki. Vinsamlegast reyndu aftur síðar.

## Gildi staðgengla (shared::placeholder::PlaceholderErrorCode)
## $label er merki staðgengilsins á máli lesandans; $max og $length eru fjöldi stafa.
placeholder-error-missing = Sláðu inn gildi fyrir „{ $label }“.
placeholder-error-empty = Reiturinn „{ $label }“ má ekki vera tómur.
placeholder-error-too-long = { $max ->
    [one] Reiturinn „{ $label }“ má innihalda að hámarki { $max } staf (núverandi fjöldi: { $length }).
   *[other] Reiturinn „{ $label }“ má innihalda að hámarki { $max } stafi (núverandi fjöldi: { $length }).
}
placeholder-error-control-character = Reiturinn „{ $label }“ inniheldur ósýnilegt stýritákn. Vinsamlegast sláðu gildið inn aftur.
placeholder-error-line-break = Gildið í reitnum „{ $label }“ verður að rúmast í einni línu.
placeholder-error-invalid-date = Sláðu „{ $label }“ inn á sniðinu ár-mánuður-dagur, til dæmis 2025-03-31.
placeholder-error-nonexistent-date = Dagsetningin sem slegin var inn í „{ $label }“ er ekki til í dagatalinu.
placeholder-error-unknown-country = Veldu land á Evrópska efnahagssvæðinu fyrir „{ $label }“.
placeholder-error-invalid-email = „{ $label }“ er ekki gilt netfang.
placeholder-error-invalid-person-name = „{ $label }“ verður að vera nafn einstaklings: bókstafir, án tölustafa.
placeholder-error-invalid-register-reference = „{ $label }“ má aðeins innihalda bókstafi, tölustafi, bil og táknin - . /
placeholder-error-unexpected = Gildi var gefið fyrir reit sem engin af völdu spurningunum notar.
placeholder-error-unknown-placeholder = Spurning notar óþekktan reit. Vinsamlegast láttu IMI-samræmingaraðilann vita.

## Spurningasniðmát (shared::placeholder::TemplateErrorCode)
## $position er staða stafs, talin frá 1; $name er heiti staðgengils eins og það var skrifað.
template-error-unterminated = Staðgengillinn sem hefst í stöðu { $position } er ekki lokaður.
template-error-empty-name = Staðgengillinn í stöðu { $position } hefur ekkert heiti.
template-error-invalid-name = „{ $name }“ (staða { $position }) er ekki gilt heiti staðgengils: það verður að byrja á bókstaf og á eftir honum mega aðeins koma bókstafir, tölustafir eða „_“.
template-error-mismatched-delimiters = Staðgengillinn í stöðu { $position } er opnaður með einni tegund sviga og lokaður með annarri.
template-error-nested = Staðgengillinn í stöðu { $position } inniheldur annan staðgengil.
template-error-unknown-placeholder = „{ $name }“ (staða { $position }) er ekki þekktur staðgengill.

## Staða beiðni (shared::lifecycle::RequestState)
request-state-draft = Drög
request-state-awaiting-acceptance = Bíður samþykkis
request-state-accepted = Samþykkt
request-state-info-requested = Óskað eftir frekari upplýsingum
request-state-answered = Svarað
request-state-closed = Lokuð
request-state-withdrawn = Dregin til baka

## Aðgerðir vegna beiðni (shared::lifecycle::ActionKind)
request-action-create = Ný beiðni
request-action-edit = Breyta
request-action-delete = Eyða drögum
request-action-send = Senda
request-action-withdraw = Draga til baka
request-action-accept = Samþykkja
request-action-forward = Áframsenda
request-action-request-info = Óska eftir frekari upplýsingum
request-action-provide-info = Veita upplýsingar
request-action-answer = Svara
request-action-split-off = Aðskilja spurningar
request-action-request-clarification = Óska eftir skýringum
request-action-close = Samþykkja svarið og loka

## Mat á svari (shared::lifecycle::Rating)
rating-positive = Gott
rating-neutral = Viðunandi
rating-negative = Ófullnægjandi

## Spurningaprófun (síða til að skrifa og prófa spurningasniðmát)
nav-question-check = Spurningaprófun
question-check-title = Prófa spurningu
question-check-intro = Skrifaðu spurningu eins og hún mun birtast í beiðni, með staðgenglum fyrir þær upplýsingar sem yfirvaldið sem sendir beiðnina fyllir út, og prófaðu hana með gildum. Hér gilda sömu reglur og þegar beiðni er send.
question-check-template = Texti spurningar
question-check-template-help = Skrifaðu hvern staðgengil sem {"${"}Heiti{"}"}, til dæmis {"${"}SPBusinessName{"}"}. Þekktir staðgenglar: { $names }.
question-check-values = Gildi
question-check-no-placeholders = Þessi spurning hefur enga staðgengla.
question-check-preview = Forskoðun
question-check-submit = Athuga á þjóninum
question-check-accepted = Þjónninn samþykkir þessa spurningu og gildi hennar.

## Spurningaskrá
nav-catalogue = Spurningar
catalogue-title = Spurningaskrá
catalogue-intro = Fyrirfram þýddar spurningar sem hægt er að setja í beiðni. Hitt yfirvaldið les hverja þeirra á sínu eigin tungumáli; yfirvaldið sem sendir beiðnina fyllir út staðgenglana.
catalogue-area-label = Löggjafarsvið
catalogue-count = { $count ->
    [one] { $count } spurning
   *[other] { $count } spurningar
}
area-services = Þjónusta
area-professional_qualifications = Fagleg menntun og hæfi
area-posting_of_workers = Útsending starfsmanna
area-ecommerce = Rafræn viðskipti
answer-type-yes_no = Já eða nei
answer-type-date = Dagsetning
answer-type-free_text = Frjáls texti
answer-type-document = Skjal
answer-type-choice = Val af lista
answer-type-measurement = Mælt gildi

## Leit að yfirvöldum
nav-authorities = Yfirvöld
authorities-title = Finna yfirvald
authorities-intro = Leitaðu á hvaða tungumáli sem er eftir heiti, skammstöfun, stað eða valdsviði, til dæmis starfsgrein eða starfsemi. Leitað er að valdsviðum á öllum tungumálum kerfisins.
authorities-search-label = Heiti, staður eða valdsvið
authorities-country-label = Land
authorities-any-country = Öll lönd
authorities-any-area = Öll svið
authorities-results = { $count ->
    [one] { $count } yfirvald fannst
   *[other] { $count } yfirvöld fundust
}
authorities-no-results = Ekkert yfirvald samsvarar þessari leit.
## $country er heiti lands á máli lesandans; $label heiti starfsgreinar eða starfsemi.
search-country-from-query = Sýnd eru yfirvöld í landinu sem leitin þín nefnir: { $country }.
search-none-declared = { $country }: ekkert yfirvald hefur tilgreint „{ $label }“ sem valdsvið sitt.
search-none-declared-anywhere = Ekkert yfirvald hefur tilgreint „{ $label }“ sem valdsvið sitt.
search-ask-coordinator = Landsbundinn IMI-samræmingaraðili ({ $country }) getur sagt þér hvaða yfirvald er lögbært:
authorities-match-name = Samsvörun í heiti
authorities-match-acronym = Samsvörun í skammstöfun
authorities-match-city = Samsvörun í staðarheiti
authorities-match-competence = Valdsvið: { $label }
authorities-pages = Niðurstöðusíður
authorities-previous = Fyrri
authorities-next = Næsta
authorities-page = Síða { $page } af { $pages }
profile-back = Aftur í leitina
profile-country = Land
profile-acronym = Skammstöfun
profile-level = Starfssvæði
level-national = Landsbundið
level-regional = Svæðisbundið
level-local = Staðbundið
profile-address = Heimilisfang
profile-email = Netfang
profile-phone = Sími
profile-role = Hlutverk í kerfinu
profile-coordinator = Landsbundinn IMI-samræmingaraðili
profile-areas = Löggjafarsvið
profile-competences = Valdsvið

## Lönd Evrópska efnahagssvæðisins
country-AT = Austurríki
country-BE = Belgía
country-BG = Búlgaría
country-HR = Króatía
country-CY = Kýpur
country-CZ = Tékkland
country-DK = Danmörk
country-EE = Eistland
country-FI = Finnland
country-FR = Frakkland
country-DE = Þýskaland
country-GR = Grikkland
country-HU = Ungverjaland
country-IE = Írland
country-IT = Ítalía
country-LV = Lettland
country-LT = Litháen
country-LU = Lúxemborg
country-MT = Malta
country-NL = Holland
country-PL = Pólland
country-PT = Portúgal
country-RO = Rúmenía
country-SK = Slóvakía
country-SI = Slóvenía
country-ES = Spánn
country-SE = Svíþjóð
country-IS = Ísland
country-LI = Liechtenstein
country-NO = Noregur

## Innhólf: listar, röðun og fjöldi
inbox-empty-body-box = Beiðnir yfirvaldsins þíns sem samsvara þessum síum birtast hér.
inbox-new-request = Ný beiðni
inbox-boxes = Beiðnalistar
inbox-total = { $count ->
    [one] { $count } beiðni
   *[other] { $count } beiðnir
}
inbox-deadline = Frestur til { $date }
inbox-number-label = Númer beiðni
inbox-sort-label = Röðun
inbox-sort-updated-desc = Síðast breyttar fyrst
inbox-sort-updated-asc = Elstu breytingar fyrst
inbox-sort-deadline-asc = Stysti frestur fyrst
inbox-sort-number-desc = Nýjustu númer fyrst
box-to-accept = Til samþykktar
box-to-answer = Til svörunar eða yfirferðar
box-awaiting = Bíður hins aðilans
box-overdue = Frestur liðinn
box-drafts = Drög
box-closed = Lokaðar
box-all = Allar
error-unsupported-file-type = Þessi skráargerð er ekki leyfð. Vinsamlegast hengdu við PDF-skjal, mynd eða skrifstofuskjal.

## Beiðni
request-title = Beiðni { $number }
request-title-unknown = Beiðni
request-overdue = Frestur liðinn
request-from = Frá
request-to = Til
request-created = Stofnuð
request-requested-date = Óskað eftir svari eigi síðar en
request-deadline = Umsaminn frestur
request-subject = Hvern beiðnin varðar
request-personal-data-hidden = Persónuupplýsingar, athugasemdin, skilaboð og skjöl birtast þegar yfirvaldið þitt hefur samþykkt beiðnina.
request-personal-data-coordinator = Sem IMI-samræmingaraðili fylgist þú með framvindu beiðninnar. Persónuupplýsingar hennar, athugasemd, skilaboð og skjöl eru einungis ætluð yfirvöldunum tveimur.
request-note-hidden = Textinn er ekki birtur: hann kann að innihalda persónuupplýsingar.
request-blocked-on = Dagsetning lokunar persónuupplýsinga
request-personal-data-blocked = Samkvæmt reglum um varðveislu var persónuupplýsingum í þessari beiðni (hvern hún varðar, frjáls texti og skjöl) lokað { $date }. Enginn getur lengur séð þær og þeim verður eytt { $deleted }.
request-personal-data-erased = Samkvæmt reglum um varðveislu var persónuupplýsingum í þessari beiðni eytt { $date }. Aðeins meginatriði hennar eru varðveitt: dagsetningar, yfirvöld, stöður og mat.
personal-data-mark = Persónuupplýsingar
personal-data-legend = Þetta tákn auðkennir persónuupplýsingar. Aðeins yfirvöldin sem fjalla um beiðnina sjá þær; að lokinni meðferð beiðninnar er þeim lokað og síðan eytt, eins og reglur um varðveislu mæla fyrir um.
nav-data-subjects = Skráðir einstaklingar
data-subjects-title = Beiðnir skráðra einstaklinga
data-subjects-intro = Þegar einstaklingur spyr hvaða upplýsingar yfirvaldið þitt hefur um hann finnur þú hér allar beiðnir yfirvaldsins sem varða hann, einnig þær þar sem persónuupplýsingum hefur verið lokað, og útbýrð skýrsluna sem hann á rétt á. Hver leit og hver skýrsla er skráð ásamt ástæðu.
data-subjects-reason = Ástæða
data-subjects-reason-help = Til dæmis dagsetning og tilvísun beiðni einstaklingsins. Ástæðan er skráð í aðgerðaskrá.
data-subjects-search = Leita
data-subjects-found = { $count ->
    [one] { $count } beiðni fannst
   *[other] { $count } beiðnir fundust
}
data-subjects-none = Engin beiðni yfirvaldsins þíns varðar þennan einstakling.
data-subjects-include = Taka með í skýrsluna
data-subjects-side-requesting = Send af yfirvaldinu þínu
data-subjects-side-responding = Móttekin af yfirvaldinu þínu
data-subjects-stage-visible = Persónuupplýsingar sýnilegar
data-subjects-stage-blocked = Persónuupplýsingum lokað
data-subjects-stage-deleted = Persónuupplýsingum eytt
data-subjects-report-language = Tungumál skýrslunnar
data-subjects-make-report = Útbúa skýrsluna
data-subjects-print = Prenta skýrsluna
report-title = Persónuupplýsingar um þig
report-intro = { $authority } varðveitir eftirfarandi persónuupplýsingar um þig í upplýsingakerfi innri markaðarins (IMI), sem yfirvöld á Evrópska efnahagssvæðinu nota til að skiptast á upplýsingum samkvæmt reglugerð (ESB) nr. 1024/2012.
report-made-on = Skýrsla útbúin { $date }
report-request = Beiðni { $number }
report-area = Réttarsvið
report-data = Varðveittar upplýsingar
report-disclosures = Sent eða móttekið
report-disclosure-sent = Sent { $date }, viðtakandi: { $authority }
report-disclosure-forwarded = Áframsent { $date }, viðtakandi: { $authority }
report-disclosure-split-off = Afhent að hluta { $date }, viðtakandi: { $authority }
report-disclosure-received-from = Móttekið { $date }, sendandi: { $authority }
report-retention = Lokun og eyðing
report-blocked-and-deleted = Lokun { $blocked } (eftir það getur enginn séð upplýsingarnar) og eyðing { $deleted }.
report-not-ended = Beiðnin er enn til meðferðar. Persónuupplýsingum í henni verður lokað { $block ->
    [one] { $block } mánuði
   *[other] { $block } mánuðum
} eftir að meðferð hennar lýkur og þeim eytt { $delete ->
    [one] { $delete } mánuði
   *[other] { $delete } mánuðum
} eftir að meðferð hennar lýkur.
report-count = { $field }: { $count }
report-field-document = Skjal
report-field-comment = Athugasemd yfirvaldsins sem sendi beiðnina
report-field-note = Skilaboð og textar sem fylgdu
report-field-text-answer = Skrifleg svör
report-field-answer-comment = Athugasemdir við svör
report-field-inspection-present = Viðvera við vettvangsskoðun
report-empty = Beiðnir þessa yfirvalds innihalda engar persónuupplýsingar um þig.
timeline-fields = Leiðréttir reitir: { $fields }
request-rectify = Leiðrétta persónuupplýsingarnar
request-rectify-title = Leiðrétta upplýsingar um hvern beiðnin varðar
request-rectify-help = Hinu yfirvaldinu er tilkynnt hvaða reiti þú hefur leiðrétt. Fyrri gildi eru ekki varðveitt.
request-rectify-save = Vista leiðréttinguna
request-comment = Athugasemd
request-original-language = Frummál: { $language }
request-questions = { $count ->
    [one] { $count } spurning
   *[other] { $count } spurningar
}
request-answer = Svar
request-answer-comment = Athugasemd við svarið
request-answer-choose = Veldu svar
request-answer-date = Dagsetning
request-answer-measurement = Mælt gildi ({ $unit })
request-answer-text = Texti svars
request-save-answers = Vista svör
request-send-answer = Senda svarið
request-actions = Mögulegar aðgerðir
request-propose-days = Eða leggðu til annan frest, í dögum
request-accept-proposed = Samþykkja með þessum fresti
request-note = Texti sem fylgir
request-rating-timeliness = Svartími
request-rating-effort = Gæði svarsins
request-rating-choose = Veldu mat
request-rating-needed = Mettu svartíma og gæði svarsins til að loka beiðninni.
confirm-irreversible = Ekki er hægt að afturkalla þetta. Viltu halda áfram?
request-split-choose = Flytja þessa spurningu til annars yfirvalds
request-reuse = Stofna nýja beiðni út frá þessari
request-timeline = Ferill
timeline-new = Nýtt eftir breytingu þína
request-message = Skilaboð til hins yfirvaldsins
request-message-send = Senda skilaboð
timeline-to = Til: { $authority }
timeline-split-to = Ný beiðni nr. { $id }
subject-name = Nafn
subject-identifier = Skráningar- eða auðkennisnúmer
subject-birth-date = Fæðingardagur
picker-label = Leita að yfirvaldinu (á hvaða tungumáli sem er)
picker-more = Sýna fleiri
answer-yes = Já
answer-no = Nei
answer-unknown = Óþekkt
answer-date = Dagsetning
answer-text = Skriflegt svar
answer-measurement = Mælt gildi
answer-document-attached = Skjalið fylgir í viðhengi
answer-document-not-available = Skjalið er ekki tiltækt
event-created = Drög stofnuð
event-sent = Send
event-withdrawn = Dregin til baka
event-accepted = Samþykkt
event-forwarded = Áframsend
event-info-requested = Óskað eftir frekari upplýsingum
event-info-provided = Upplýsingar veittar
event-answered = Svarað
event-split-off = Spurningar aðskildar í nýja beiðni
event-clarification-requested = Óskað eftir skýringum
event-closed = Svar samþykkt, beiðni lokað
event-message = Skilaboð
event-attachment-added = Skjal hengt við
toast-request-action-send = Beiðnin var send.
toast-request-action-delete = Drögunum var eytt.
toast-request-action-withdraw = Beiðnin var dregin til baka.
toast-request-action-accept = Beiðnin var samþykkt.
toast-request-action-forward = Beiðnin var áframsend.
toast-request-action-request-info = Spurning þín var send til yfirvaldsins sem sendi beiðnina.
toast-request-action-provide-info = Upplýsingarnar voru sendar.
toast-request-action-answer = Svarið var sent.
toast-request-action-split-off = Spurningarnar voru fluttar í nýja beiðni.
toast-request-action-request-clarification = Ósk þín um skýringar var send.
toast-request-action-close = Beiðninni var lokað.
toast-answers-saved = Svör þín voru vistuð.

## Gerð beiðni
compose-title = Ný beiðni
compose-steps = Skref
compose-step-area = Löggjafarsvið
compose-step-authority = Yfirvald
compose-step-subject = Hlutaðeigandi aðili
compose-step-questions = Spurningar
compose-step-details = Athugasemd og dagsetning
compose-step-review = Yfirfara og senda
compose-back = Til baka
compose-next = Áfram
compose-saved = Drög nr. { $id } vistuð
compose-chosen-authority = Valið yfirvald: { $name }
compose-subject-help = Viðkomandi fagaðili eða þjónustuveitandi. Yfirvaldið sem tekur við beiðninni sér þessar upplýsingar ekki fyrr en það hefur samþykkt beiðnina.
compose-comment-help = Skrifað á þínu tungumáli; hitt yfirvaldið sér á hvaða tungumáli textinn er.
compose-incomplete = Beiðnin er ekki fullfrágengin. Þeir hlutar sem vantar eru merktir.
compose-draft-title = Drög { $number }
compose-questions-filter = Sía spurningarnar
compose-questions-chosen = Valdar spurningar: { $count }
compose-step-attention = þarfnast athugunar
compose-review-fix = Leiðréttu eftirfarandi áður en þú sendir beiðnina:
compose-review-language = Spurningarnar birtast á þínu tungumáli; yfirvaldið sem tekur við beiðninni les þær á sínu eigin tungumáli.
compose-review-none = Ekkert
field-error-missing = Skylt að fylla út.
field-error-too-long = Of langt.
field-error-not-in-future = Verður að vera dagsetning eftir daginn í dag.
field-error-in-future = Má ekki vera fram í tímann.
field-error-empty = Má ekki vera tómt.
field-error-duplicate = Valið tvisvar.
field-error-unknown = Óþekkt.
field-error-other-area = Tilheyrir öðru löggjafarsviði.
field-error-area-not-handled = Þetta yfirvald sinnir ekki löggjafarsviði beiðninnar.
field-error-not-allowed = Ekki mögulegt hér.
field-error-too-many = Of mörg.

## Meðfylgjandi skjöl
request-documents = Skjöl
request-no-documents = Engin skjöl hafa verið hengd við.
request-documents-withheld = Skjöl eru persónuupplýsingar: þau eru ekki birt hér, frekar en aðrar persónuupplýsingar þessarar beiðni.
request-document-size = { $size } kB
upload-label = Hengja við skjal
upload-choose = Velja skrá…
upload-take-photo = Taka mynd
upload-keep-original = Senda myndir í upprunalegri stærð (annars eru þær fyrst minnkaðar á þessu tæki)
date-day = Dagur
date-month = Mánuður
date-year = Ár
upload-help = PDF-skjal, mynd eða skrifstofuskjal, að hámarki 20 MB.
upload-question = Spurning sem skjalið svarar
upload-no-question = Engin sérstök spurning
upload-question-number = Spurning { $number }
upload-progress = Framvinda upphleðslu

## Tilkynningar í tölvupósti ($event er eitt af event-*-skilaboðunum)
email-subject = Beiðni { $number }: { $event }
email-body = Góðan dag, { $name }

    { $authority } hefur gripið til aðgerðar vegna beiðni nr. { $number }: { $event }.

    Opna beiðnina: { $link }

    Þessi skilaboð voru send úr Upplýsingakerfi innri markaðarins. Vinsamlegast svaraðu þeim ekki.

## Tilkynningar
notifications-label = Tilkynningar
notifications-unread = { $count ->
    [one] { $count } ólesin tilkynning
   *[other] { $count } ólesnar tilkynningar
}
notifications-empty = Engar tilkynningar.
notifications-mark-all-read = Merkja allar sem lesnar
notification-item = { $number }: { $event }

## Úthlutun og samræming
request-assigned-to = Úthlutað til { $name }
request-assign-label = Ábyrgur afgreiðsluaðili
request-unassigned = Ekki úthlutað
toast-assigned = Skipt var um ábyrgan afgreiðsluaðila.
toast-saved = Vistað.
inbox-allocation-toggle = Úthlutunaraðili úthlutar hverri innkominni beiðni til eins af afgreiðsluaðilum okkar
event-assigned = Úthlutað til afgreiðsluaðila
event-reminded = Áminning frá samræmingaraðila
event-inactive = Engin virkni í tvo mánuði
event-rectified = Persónuupplýsingar leiðréttar
nav-coordination = Samræming
coordination-title = Beiðnir án virkni
coordination-intro = Beiðnir yfirvalda í þínu landi þar sem ekkert hefur gerst í meira en tvo mánuði. Opnaðu beiðni til að áframsenda hana eða sendu áminningu til þess yfirvalds sem þarf að bregðast við.
coordination-empty = Engin beiðni hefur verið án virkni í tvo mánuði.
coordination-last-change = Síðast breytt { $date }
coordination-remind = Senda áminningu
toast-reminded = Áminningin var send.

## Vélþýðing á frjálsum texta
request-translate = Þýða á mitt tungumál
request-info-asked = { $authority } óskar eftir þessum upplýsingum:
request-translation-unavailable = Þessi texti er á öðru tungumáli og vélþýðing hefur ekki verið sett upp á þessum þjóni.
request-machine-translation = Vélþýðing:

## Síur yfirlitsins
inbox-state-label = Staða
inbox-any-state = Allar stöður
inbox-from-label = Síðast breytt frá og með
inbox-to-label = Síðast breytt til og með
inbox-assigned-to-me = Aðeins beiðnir sem hefur verið úthlutað til mín

## Boð, umsjón yfirvaldaskrár (samræmingaraðilar) og umsjón notenda (staðbundnir gagnastjórar)
email-invitation-subject = Aðgangur þinn að Upplýsingakerfi innri markaðarins (IMI): { $authority }
email-invitation-body = Góðan dag, { $name }

    { $inviter } hefur stofnað aðgang fyrir þig í Upplýsingakerfi innri markaðarins (IMI) sem notanda hjá { $authority }.

    Til að virkja aðganginn skaltu opna eftirfarandi tengil og velja þér lykilorð: { $link }

    Tengillinn virkar aðeins einu sinni og gildir í { $days ->
        [one] { $days } dag
       *[other] { $days } daga
    }. Ef þú áttir ekki von á þessum skilaboðum geturðu hunsað þau.
error-edit-conflict = Einhver annar vistaði þessa færslu eftir að þú opnaðir hana. Vinsamlegast endurhladdu síðuna til að sjá breytingarnar og gerðu síðan þínar breytingar aftur.
error-invalid-parameter = Slóð þessarar síðu er ekki gild. Athugaðu tengilinn eða farðu til baka og reyndu aftur.
error-rate-limited = Þessi aðgerð var framkvæmd fyrir skömmu og ekki er hægt að endurtaka hana strax. Vinsamlegast reyndu aftur síðar.
error-second-factor-required = Sláðu inn kóðann úr auðkenningarforritinu þínu.
error-invalid-second-factor = Kóðinn er rangur eða útrunninn. Sláðu inn kóðann sem forritið sýnir núna.
error-second-factor-setup-required = Hlutverk þín krefjast tveggja þátta auðkenningar. Settu hana upp á aðgangssíðunni þinni til að halda áfram.
error-storage-full = Ekki tókst að vista skjalið þar sem geymslurými þjónsins er fullt. Ekkert var vistað; vinsamlegast láttu IMI-kerfisstjórann vita.
error-personal-data-blocked = Persónuupplýsingar í þessari beiðni eru lokaðar samkvæmt reglum um varðveislu: ekki er hægt að bæta neinu við hana.
error-idempotency-key-reused = Þessi breyting hefur þegar verið send með öðru efni. Endurhladdu síðuna og gerðu breytinguna aftur.
error-request-in-progress = Enn er verið að vinna úr þessari breytingu. Bíddu andartak og reyndu aftur.
error-device-storage-full = Ekki er lengur pláss á þessu tæki til að geyma breytinguna þar til tenging kemst aftur á. Ekkert var geymt: losaðu pláss á tækinu eða gerðu breytinguna þegar nettenging er til staðar.
error-too-large-to-keep = Þetta skjal er of stórt til að hægt sé að geyma það á tækinu þar til tenging kemst aftur á. Hengdu það við þegar nettenging er til staðar.
nav-registry = Yfirvaldaskrá
nav-users = Notendur
registry-title = Umsjón yfirvaldaskrár
registry-intro = Skráðu yfirvöld í þínu landi eða fluttu mörg inn í einu úr CSV-skrá. Til að leiðrétta upplýsingar um yfirvald skaltu finna það í leitinni og opna upplýsingasíðu þess.
registry-new = Skrá yfirvald
registry-import-title = Innflutningur úr CSV-skrá
registry-import-help = Eitt yfirvald í hverri línu, með þeim dálkum sem lýst er í leiðbeiningunum um innflutning. Ef einhver lína er röng er ekkert flutt inn; ef sama skrá er flutt inn aftur breytist ekkert.
registry-import-file = CSV-skrá
registry-import-progress = Framvinda innflutnings
registry-import-done = Flutt inn: { $created } ný, { $updated } uppfærð, { $unchanged } óbreytt.
registry-import-refused = Ekkert var flutt inn. Leiðréttu þessar línur og fluttu skrána inn aftur:
registry-import-line = Lína
registry-import-column = Dálkur
registry-import-reason = Vandamál
form-title-new = Skrá yfirvald
form-title-edit = Breyta: { $name }
form-errors = Vinsamlegast leiðréttu merktu reitina.
form-name = Heiti á eigin tungumáli
form-name-language = Tungumál heitisins
form-other-names = Heiti á öðrum opinberum tungumálum
form-other-name = Annað heiti { $number }
form-other-name-add = Bæta við heiti á öðru tungumáli
form-other-name-remove = Fjarlægja
form-name-en = Heiti á ensku
form-city = Staður
form-level-help = Sá hluti landsins sem valdsvið yfirvaldsins nær til. Ef mörg yfirvöld samsvara leit jafn vel er landsbundna yfirvaldið birt fyrst.
form-phone-help = Á alþjóðlegu sniði, til dæmis +371 6701 2345.
form-competences-filter = Finna valdsvið til að bæta við
form-administrator = Fyrsti staðbundni gagnastjórinn
form-administrator-help = Þessi einstaklingur fær boð í tölvupósti, velur sér lykilorð og hefur síðan umsjón með notendum yfirvaldsins.
form-person-name = Nafn
form-invitation-language = Tungumál boðsins
form-save = Vista
form-register = Skrá
form-cancel = Hætta við
profile-edit = Breyta
authority-send-request = Senda beiðni til þessa yfirvalds
profile-area-coordinator = IMI-samræmingaraðili á sínum löggjafarsviðum
profile-other-names = Önnur heiti
profile-registered-by = Skráð af
profile-registered-by-value = { $user }, { $authority }
users-title = Notendur
users-roles = Hlutverk
users-active = Virkur
users-pending = Boð ekki enn samþykkt
users-invitation-expired = Boð útrunnið
users-resend-invitation = Senda boðið aftur
toast-invitation-resent = Nýtt boð var sent; fyrri tengillinn gildir ekki lengur.
users-inactive = Óvirkur
users-invited-by = Boð sent af { $name }
users-may-log-in = Má skrá sig inn
users-invite-title = Bjóða samstarfsmanni
users-invite = Senda boðið
toast-invited = Boðið var sent.
invitation-title = Velkomin í IMI
invitation-intro = { $name }, þér hefur verið boðinn aðgangur að Upplýsingakerfi innri markaðarins sem notanda hjá { $authority } ({ $country }). Veldu lykilorð til að virkja aðganginn þinn.
password-help = { $count ->
    [one] Að minnsta kosti { $count } stafur. Nokkur óskyld orð mynda gott lykilorð; algeng lykilorð, nafnið þitt og heimilisfangið þitt eru ekki leyfð.
   *[other] Að minnsta kosti { $count } stafir. Nokkur óskyld orð mynda gott lykilorð; algeng lykilorð, nafnið þitt og heimilisfangið þitt eru ekki leyfð.
}
invitation-repeat = Endurtaka lykilorðið
invitation-mismatch = Lykilorðin tvö eru ekki eins.
invitation-accept = Virkja aðganginn minn
invitation-invalid = Þessi boðstengill er óþekktur, hefur þegar verið notaður eða er útrunninn. Biddu staðbundna gagnastjórann þinn eða IMI-samræmingaraðilann þinn um nýtt boð.
field-error-invalid-email = Ekki gilt netfang.
field-error-invalid-phone = Ekki símanúmer á alþjóðlegu sniði (+ og síðan tölustafir).
field-error-not-yours = Utan þeirra löggjafarsviða sem þú samræmir.
field-error-taken = Þegar í notkun hjá öðrum aðgangi.
field-error-too-short = Of stutt.
field-error-last-administrator = Yfirvaldið verður að hafa að minnsta kosti einn virkan staðbundinn gagnastjóra.
field-error-control-character = Inniheldur stýritákn eða tákn sem breytir textastefnu; vinsamlegast fjarlægðu það.
field-error-not-own-country = Veldu yfirvald í þínu landi.
field-error-too-personal = Má hvorki innihalda netfangið þitt né nafnið þitt.
field-error-too-guessable = Of auðvelt að giska á: algengt lykilorð eða mjög líkt slíku. Notaðu lengri setningu úr óskyldum orðum.
field-error-wrong-code = Kóðinn er rangur eða útrunninn.
field-error-no-setup = Uppsetningin var ekki hafin eða henni var skipt út; byrjaðu upp á nýtt.
field-error-no-second-factor = Tveggja þátta auðkenning er ekki virk.
field-error-required-by-role = Hlutverk þín krefjast tveggja þátta auðkenningar; ekki er hægt að slökkva á henni.
field-error-wrong-password = Lykilorðið er rangt.
field-error-self = Þú getur ekki gert þinn eigin aðgang óvirkan.
field-error-other-country = Tilheyrir öðru landi.
field-error-not-utf8 = Skráin er ekki UTF-8-texti. Vistaðu hana úr töflureikninum á sniðinu „CSV UTF-8“.
field-error-unreadable = Ekki er hægt að lesa þessa línu sem CSV.
field-error-unknown-column = Óþekktur dálkur.
field-error-missing-column = Áskilinn dálk vantar.
field-error-wrong-column-count = Í þessari línu eru ekki jafnmargir reitir og í hauslínunni.
field-error-too-many-rows = Of margar línur: að hámarki 20.000 í hverri skrá.
field-error-invalid-format = Ekki á tilskildu sniði.
field-error-duplicate-of-line = Sama tilvísun og í línu { $line }.
field-error-out-of-range = Utan leyfilegra marka.
field-error-out-of-range-between = Verður að vera á bilinu { $min } til { $max }.
field-error-invalid-date = Ekki gild dagsetning.
field-error-nonexistent-date = Þessi dagsetning er ekki til.
field-error-invalid-person-name = Ekki nafn einstaklings.
field-error-invalid-register-reference = Ekki gilt skráningarnúmer.
field-error-unknown-country = Kerfið þekkir ekki þetta land.
field-error-unknown-placeholder = Kerfið þekkir ekki þennan staðgengil.
field-error-unexpected = Tilheyrir ekki völdu spurningunum.
field-error-line-break = Verður að rúmast í einni línu.
field-error-none-left = Að minnsta kosti ein spurning verður að vera eftir í beiðninni.
field-error-not-a-handler = Ekki virkur afgreiðsluaðili beiðna hjá þessu yfirvaldi.
field-error-not-a-coordinator = Ekki samræmingaraðili.
field-error-not-asked = Ekki ein af spurningum beiðninnar.
field-error-not-here = Ekki mögulegt hér.
field-error-unterminated = Staðgengill er opnaður en aldrei lokaður.
field-error-empty-name = Staðgengill hefur ekkert heiti.
field-error-invalid-name = Heiti staðgengils er ekki gilt.
field-error-mismatched-delimiters = Svigarnir passa ekki saman.
field-error-nested = Staðgengill er inni í öðrum staðgengli.
field-error-wrong-kind = Þessi tegund svars hentar ekki spurningunni.
field-error-no-attachment = Ekkert skjal hefur verið hengt við þessa spurningu.

## Aðgangur: tveggja þátta auðkenning, setur, lykilorð
login-code = Kóði úr auðkenningarforritinu
login-code-intro = Aðgangurinn þinn notar tveggja þátta auðkenningu. Sláðu inn kóðann sem auðkenningarforritið þitt sýnir núna.
login-code-help = Sex tölustafir úr forritinu eða einn af endurheimtarkóðunum þínum.
user-account = Aðgangurinn þinn
account-title = Aðgangurinn þinn
account-second-factor-title = Tveggja þátta auðkenning
account-second-factor-intro = Við innskráningu er beðið um sex stafa kóða á eftir lykilorðinu. Kóðinn kemur úr auðkenningarforriti í símanum þínum, til dæmis FreeOTP, Aegis, Google Authenticator eða Microsoft Authenticator.
account-second-factor-required = Hlutverk þín (staðbundinn gagnastjóri eða IMI-samræmingaraðili) krefjast tveggja þátta auðkenningar. Settu hana upp núna til að halda áfram.
account-second-factor-on = { $count ->
    [one] Kveikt er á tveggja þátta auðkenningu. { $count } endurheimtarkóði er eftir.
   *[other] Kveikt er á tveggja þátta auðkenningu. { $count } endurheimtarkóðar eru eftir.
}
account-second-factor-off = Slökkt er á tveggja þátta auðkenningu.
account-second-factor-start = Setja upp tveggja þátta auðkenningu
account-second-factor-scan = Skannaðu þennan kóða með auðkenningarforritinu þínu eða sláðu lykilinn hér fyrir neðan inn í það. Sláðu síðan inn kóðann sem forritið sýnir.
account-second-factor-qr = QR-kóði til að bæta aðganginum þínum við auðkenningarforrit
account-second-factor-key = Lykill
account-second-factor-code = Kóði úr forritinu
account-second-factor-confirm = Kveikja á tveggja þátta auðkenningu
account-second-factor-disable = Slökkva á tveggja þátta auðkenningu
account-recovery-title = Endurheimtarkóðar
account-recovery-intro = Geymdu þessa kóða á öruggum stað, ekki með símanum. Hvern þeirra má nota einu sinni til að skrá sig inn ef síminn glatast. Þeir eru aðeins sýndir núna.
account-recovery-done = Ég hef vistað þá
account-recovery-renew = Nýir endurheimtarkóðar
account-sessions-title = Virkar innskráningar
account-session-browser = Vafri
account-session-address = Vistfang
account-session-started = Hófst
account-session-ends = Rennur út
account-session-current = Þessi seta
account-session-unknown = Óþekkt
account-session-end = Skrá út þar
account-sessions-end-others = Skrá út alls staðar annars staðar
account-password-title = Lykilorð
account-password-current = Núverandi lykilorð
account-password-new = Nýtt lykilorð
account-password-repeat = Endurtaka nýja lykilorðið
account-password-change = Breyta lykilorðinu
toast-second-factor-on = Kveikt er á tveggja þátta auðkenningu.
toast-second-factor-off = Slökkt er á tveggja þátta auðkenningu.
toast-recovery-renewed = Nýir endurheimtarkóðar voru búnir til; þeir gömlu virka ekki lengur.
toast-session-ended = Setunni var lokið.
toast-sessions-ended = Öðrum setum þínum var lokið.
toast-password-changed = Lykilorðinu þínu var breytt og öðrum setum þínum var lokið.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## $number er fjöldi ritaður eins og tungumál lesandans ritar hann og $count sami fjöldi sem
## tala (fyrir fleirtölumyndina). $from, $to og $today eru dagsetningar; $value, $green og $red
## eru gildi sem þegar eru rituð að hætti tungumáls lesandans (hundraðshluti eða dagar); $zone
## er tímabelti (UTC); $indicator er heiti einnar af tölunum statistics-figure-*.
nav-statistics = Tölfræði
statistics-title = Tölfræði
statistics-intro = Hve margar beiðnir eru sendar, hve hratt þær eru samþykktar og þeim svarað og hvernig yfirvöldin sem senda beiðnirnar meta svörin. Engir einstaklingar, nöfn eða textar eru hluti af þessum tölum.
statistics-print = Prenta
statistics-filters = Síur
statistics-from = Frá
statistics-to = Til
statistics-partner = Samstarfsland
statistics-direction = Stefna
statistics-direction-all = Sendar og mótteknar
statistics-direction-sent = Sendar
statistics-direction-received = Mótteknar
statistics-granularity = Tímaskref raðarinnar
statistics-granularity-month = Mánuður
statistics-granularity-quarter = Ársfjórðungur
statistics-granularity-year = Ár
statistics-whose = Tölur fyrir
statistics-scope-everything = Öll lönd
statistics-scope-areas = { $country }: sviðin þín
statistics-scope-authority = Yfirvaldið þitt
statistics-your-areas = Löggjafarsviðin þín
statistics-period = Beiðnir sendar frá { $from } til { $to }
statistics-as-of = Dagar eru almanaksdagar á tímabeltinu { $zone }; tölurnar miðast við { $today }.
statistics-volumes-heading = Fjöldi
statistics-performance-heading = Hraði og ánægja
statistics-performance-intro = Hraði og ánægja eiga við um þann aðila sem svarar: taldar eru þær beiðnir sem sendar voru til þessara yfirvalda á tímabilinu. Við hverja tölu kemur fram á hve mörgum beiðnum hún byggist; tala sem byggist á fáum beiðnum getur breyst mikið.
statistics-figure-sent = Sendar beiðnir
statistics-figure-received = Mótteknar beiðnir
statistics-figure-open-now = Opnar nú
statistics-figure-overdue-now = Frestur liðinn nú
statistics-figure-accepted-in-time = Samþykktar innan 7 daga
statistics-figure-average-days = Meðalfjöldi daga til svars
statistics-figure-median-days = Miðgildi daga til svars
statistics-figure-by-agreed-date = Svarað innan umsamins frests
statistics-figure-within-two-weeks = Svarað innan tveggja vikna
statistics-figure-negative-timeliness = Neikvætt mat á svartíma
statistics-figure-negative-effort = Neikvætt mat á gæðum
statistics-what-is-counted = Hvað er talið
statistics-definition-sent = Beiðnir sem þessi yfirvöld sendu á tímabilinu, hver talin þann dag sem hún var send. Drög eru aldrei talin. Áframsend beiðni er talin einu sinni; beiðni sem aðskilin er frá annarri beiðni er sjálfstæð beiðni, send þann dag sem hún var aðskilin; beiðni sem dregin hefur verið til baka er samt talin. Dagar eru almanaksdagar samkvæmt UTC.
statistics-definition-received = Beiðnir sem sendar voru til þessara yfirvalda á tímabilinu, hver talin þann dag sem hún var send. Áframsend beiðni er talin einu sinni, hjá því yfirvaldi sem síðast hefur hana; beiðni sem dregin hefur verið til baka er samt talin. Dagar eru almanaksdagar samkvæmt UTC.
statistics-definition-open-now = Beiðnir þessara yfirvalda, sendar eða mótteknar, sem í dag bíða samþykkis, hafa verið samþykktar eða bíða upplýsinga, óháð því hvenær þær voru sendar: þessi tala takmarkast ekki við tímabilið.
statistics-definition-overdue-now = Af þeim beiðnum sem eru opnar nú, þær þar sem umsaminn frestur er liðinn í dag (almanaksdagar samkvæmt UTC). Þessi tala takmarkast ekki heldur við tímabilið.
statistics-definition-accepted-in-time = Af mótteknum beiðnum sem hafa verið samþykktar, eða hafa beðið lengur en 7 daga án þess að vera samþykktar, hlutfall þeirra sem voru samþykktar í síðasta lagi 7 almanaksdögum eftir móttöku. Beiðni telst móttekin þann dag sem hún var send eða, ef hún var áframsend, þann dag sem hún var síðast áframsend, svo að yfirvaldi séu ekki reiknaðir þeir dagar sem annað yfirvald hafði hana. Beiðni sem dregin hefur verið til baka er aðeins talin ef hún var samþykkt. Dagar eru almanaksdagar samkvæmt UTC.
statistics-definition-average-days = Meðalfjöldi almanaksdaga (UTC) frá móttöku (sendingardegi eða degi síðustu áframsendingar) til fyrsta svars, reiknaður fyrir mótteknar beiðnir sem hefur verið svarað. Þegar óskað var eftir skýringum eftir svar gildir fyrsta svarið samt.
statistics-definition-median-days = Miðgildi sama dagafjölda frá móttöku til fyrsta svars: helmingur svaranna tók þennan tíma eða skemmri. Sé fjöldi svara slétt tala gildir lægra gildið af þeim tveimur sem eru í miðjunni.
statistics-definition-by-agreed-date = Af þeim beiðnum sem hefur verið svarað og hafa umsaminn frest, hlutfall þeirra sem fyrst var svarað þann dag eða fyrr (almanaksdagar samkvæmt UTC).
statistics-definition-within-two-weeks = Af þeim beiðnum sem hefur verið svarað, hlutfall þeirra sem fyrst var svarað í síðasta lagi 14 almanaksdögum (UTC) eftir móttöku (sendingardag eða dag síðustu áframsendingar).
statistics-definition-negative-timeliness = Af mótteknum beiðnum sem yfirvaldið sem sendi beiðnina mat þegar það lokaði þeim, hlutfall þeirra þar sem það mat svartíma svarsins neikvætt.
statistics-definition-negative-effort = Af mótteknum beiðnum sem yfirvaldið sem sendi beiðnina mat þegar það lokaði þeim, hlutfall þeirra þar sem það mat gæði svarsins neikvætt.
statistics-no-figure = Engar beiðnir
statistics-based-on = { $count ->
    [one] Byggt á { $number } beiðni
   *[other] Byggt á { $number } beiðnum
}
statistics-eea = EES
statistics-eea-value = EES: { $value }
statistics-band-green = Gott
statistics-band-yellow = Fylgjast þarf með
statistics-band-red = Ófullnægjandi
statistics-legend-title = Viðmiðunarmörk flokkanna
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: gott frá { $green }, ófullnægjandi undir { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: gott undir { $green }, ófullnægjandi yfir { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: gott frá { $green }, ófullnægjandi undir { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: gott undir { $green }, ófullnægjandi frá { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: gott undir { $green }, ófullnægjandi frá { $red }.
statistics-quarter = { $quarter }. ársfjórðungur { $year }
statistics-quarter-short = { $quarter }. ársfj.
statistics-charts-heading = Þróun yfir tíma
statistics-volumes-title = Sendar og mótteknar beiðnir
statistics-acceptance-title = Hlutfall beiðna sem samþykktar voru innan 7 daga
statistics-days-title = Meðalfjöldi daga til svars
statistics-axis-requests = Beiðnir
statistics-axis-share = Hlutfall
statistics-axis-days = Dagar
statistics-show-table = Sýna sem töflu
statistics-tables-heading = Sundurliðanir
statistics-column-period = Tímabil
statistics-column-sent = Sendar
statistics-column-received = Mótteknar
statistics-column-based-on = Byggt á (fjöldi beiðna)
statistics-column-area = Löggjafarsvið
statistics-column-partner = Samstarfsland
statistics-column-country = Land
statistics-column-from-to = Frá (línur) til (dálkar)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Beiðnir eftir löggjafarsviðum
statistics-by-partner-title = Beiðnir eftir samstarfslöndum
statistics-by-partner-intro = Samstarfslandið er landið hinum megin: landið sem svarar sendri beiðni og landið sem sendi móttekna beiðni.
statistics-exchanges-title = Beiðnir milli landa
statistics-exchanges-intro = Hver lína er land sem sendir beiðni og hver dálkur land sem svarar; aðeins eru talin upp þau lönd sem áttu beiðnir á tímabilinu.
statistics-scoreboard-title = Stigatafla landanna sem svara
statistics-scoreboard-intro = Vísar hvers lands sem svaraðila, fyrir þær beiðnir sem það tók við á tímabilinu, ásamt flokkum þeirra samkvæmt viðmiðunarmörkunum hér að ofan.
statistics-csv = Sækja CSV-skrá
statistics-csv-failed = Þessi vafri gat ekki búið til skrána.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: flokkur
statistics-csv-based-on = { $indicator }: byggt á (fjöldi beiðna)
statistics-empty-title = Engar beiðnir á þessu tímabili
statistics-empty-body = Engin beiðni sem samsvarar þessum síum var send á þessu tímabili. Veldu lengra tímabil eða færri síur.
statistics-error-before-start = Má ekki vera fyrir fyrsta dag tímabilsins.
statistics-error-too-long = { $count ->
    [one] Tímabilið má að hámarki vera { $days } dagur.
   *[other] Tímabilið má að hámarki vera { $days } dagar.
}

## Viðvaranir: eitt yfirvald varar mörg við

role-alert_coordinator = Samræmingaraðili viðvarana
field-error-before-start = Má ekki vera fyrir þann dag sem ákvörðunin gildir frá.
alert-state-draft = Drög
alert-state-awaiting-approval = Bíður samþykkis samræmingaraðila viðvarana
alert-state-sent = Send
alert-state-closure-proposed = Lokun lögð til
alert-state-closed = Lokuð
alert-state-withdrawn = Dregin til baka
alert-action-edit = Breyta
alert-action-delete = Eyða drögum
alert-action-send = Senda viðvörun
alert-action-approve = Samþykkja og senda
alert-action-reject = Endursenda sendanda
alert-action-acknowledge = Staðfesta móttöku fyrir hönd landsins
alert-action-pass-on = Áframsenda til yfirvalda
alert-action-acknowledge-receipt = Staðfesta móttöku
alert-action-modify = Uppfæra
alert-action-withdraw = Draga til baka
alert-action-propose-closure = Leggja til lokun
alert-action-reject-closure = Halda viðvörun opinni
alert-action-close = Loka viðvörun
alert-event-created = Drög stofnuð
alert-event-submitted = Send til samþykkis
alert-event-approved = Samræmingaraðili viðvarana samþykkti viðvörunina
alert-event-rejected = Endursend sendanda
alert-event-sent = Viðvörun send
alert-event-acknowledged = Samræmingaraðili viðvarana í landinu staðfesti móttöku
alert-event-passed-on = Áframsend til lögbærra yfirvalda
alert-event-receipt-acknowledged = Yfirvaldið staðfesti móttöku
alert-event-modified = Viðvörun uppfærð
alert-event-withdrawn = Viðvörun dregin til baka
alert-event-withdrawn-wrong = Viðvörun dregin til baka: hún reyndist ekki á rökum reist
alert-event-closure-proposed = Lokun lögð til
alert-event-closure-rejected = Viðvörunin verður áfram opin
alert-event-closed = Viðvörun lokað
alert-event-end-reminder = Ákvörðunin gildir ekki lengur: lokaðu viðvöruninni eða dragðu hana til baka
alert-event-late-reminder = Frestur liðinn: ákvörðunin féll úr gildi fyrir meira en þremur dögum og viðvörunin er enn opin
email-alert-subject = Viðvörun { $number }: { $event }
email-alert-body = Góðan dag, { $name }

    { $authority } hefur gripið til aðgerðar vegna viðvörunar nr. { $number } ({ $kind }): { $event }.

    Opna viðvörunina: { $link }

    Þessi skilaboð voru send úr Upplýsingakerfi innri markaðarins. Vinsamlegast svaraðu þeim ekki.

alert-delivery-received = Móttekin, móttaka ekki enn staðfest
alert-delivery-acknowledged = Móttaka staðfest
alert-delivery-passed-on = Áframsend til lögbærra yfirvalda
alert-box-drafts = Drög að viðvörunum
alert-box-sent = Sendar viðvaranir
alert-box-to-approve = Viðvaranir til samþykktar
alert-box-to-acknowledge = Viðvaranir til staðfestingar á móttöku
alert-box-received = Mótteknar viðvaranir

## Alerts: the pages

nav-alerts = Viðvaranir
alerts-title = Viðvaranir
alerts-intro = Með viðvörunum eru lögbær yfirvöld annarra landa vöruð við fagaðila eða þjónustuveitanda: banni eða takmörkun á starfsemi, fölsuðu prófskírteini eða hættu fyrir heilsu, öryggi eða umhverfi.
alerts-boxes = Viðvörunarlistar
alerts-new = Ný viðvörun
alerts-check-link = Athuga fagaðila
alerts-in-force = Gildandi viðvaranir
alerts-unread = Ólesnar uppfærslur á viðvörunum
# Skjálesarar lesa þetta upp þegar ólesnum uppfærslum á viðvörunum fjölgar.
live-alert-news = { $count ->
    [one] { $count } ólesin uppfærsla á viðvörunum
   *[other] { $count } ólesnar uppfærslur á viðvörunum
}
alerts-empty-title = Engar viðvaranir hér
alerts-empty-body = Hér birtast viðvaranir sem berast landi þínu eða yfirvaldi þínu og þær sem yfirvald þitt sendir.
alerts-total = { $count ->
    [one] { $count } viðvörun
   *[other] { $count } viðvaranir
}
alert-title = Viðvörun { $number }
alert-title-unknown = Viðvörun
alert-subject-withheld = Persónuupplýsingar ekki birtar
alert-unread = Nýtt síðan þú opnaðir hana síðast
alert-from-country = Land sendanda: { $country }
alert-details = Nánari upplýsingar
alert-sender = Yfirvald sem sendi
alert-sent-at = Sendingardagur
alert-revision-label = Uppfærslur
alert-revision = { $count ->
    [one] Uppfærð { $count } sinni eftir að hún var send
   *[other] Uppfærð { $count } sinnum eftir að hún var send
}
alert-personal-hidden = Persónuupplýsingar í þessari viðvörun eru aðeins sýndar sendanda, samræmingaraðilum viðvarana og þeim yfirvöldum sem viðvörunin var áframsend til.
alert-comment = Athugasemd
alert-comment-help = Fyrir viðtakendur: það sem þeir þurfa að vita umfram reitina hér að ofan. Skrifaðu á þínu eigin tungumáli; hver lesandi getur fengið vélþýðingu.
alert-late-reason = Ástæða þess að viðvörunin er send of seint
alert-proved-wrong = Þessi viðvörun var dregin til baka þar sem hún reyndist ekki á rökum reist.
alert-due-left = { $days ->
    [0] Frestur rennur út í dag: senda skal viðvörun innan þriggja daga frá ákvörðuninni.
    [one] { $days } dagur eftir til að senda þessa viðvörun.
   *[other] { $days } dagar eftir til að senda þessa viðvörun.
}
alert-due-late = { $days ->
    [one] { $days } degi of seint: tilgreindu hvers vegna viðvörunin er send of seint.
   *[other] { $days } dögum of seint: tilgreindu hvers vegna viðvörunin er send of seint.
}
alert-actions = Mögulegar aðgerðir
alert-note = Ástæða
alert-note-help = Skylt þegar viðvörun er endursend sendanda, dregin til baka eða lagt er til að henni verði lokað; allir viðtakendur lesa ástæðuna.
alert-note-missing = Tilgreindu fyrst ástæðu.
alert-withdraw-proved-wrong = Viðvörunin reyndist ekki á rökum reist: láta alla viðtakendur vita af því
alert-conflict = { $error } Staða viðvörunarinnar er nú: { $state }.
alert-deliveries = Viðtakendur
alert-deliveries-summary = { $count ->
    [one] Móttaka staðfest: { $acknowledged } af { $count } landi.
   *[other] Móttaka staðfest: { $acknowledged } af { $count } löndum.
}
alert-column-country = Land
alert-column-delivery = Samræmingaraðili viðvarana
alert-column-authorities = Lögbær yfirvöld
alert-received-at = móttekin { $date }
alert-acknowledged-at = móttaka staðfest { $date }
alert-not-acknowledged = móttaka ekki enn staðfest
alert-read-at = lesin { $date }
alert-not-read = ekki enn lesin
alert-no-recipients = Ekki enn áframsend
alert-timeline = Ferill
alert-event-for-country = land: { $country }
alert-pass-on-title = Áframsenda til lögbærra yfirvalda
alert-pass-on-help = Yfirvaldaskráin stingur upp á þeim yfirvöldum í þínu landi sem eru lögbær fyrir þessa starfsgrein eða starfsemi. Taktu hakið af þeim sem ættu ekki að fá viðvörunina eða bættu öðrum við.
alert-pass-on-none = Yfirvaldaskráin þekkir ekkert yfirvald í þínu landi sem er lögbært fyrir þessa starfsgrein eða starfsemi. Bættu við þeim yfirvöldum sem eiga að fá viðvörunina.
alert-pass-on-already = (hefur þegar fengið hana)
alert-pass-on-add = Bæta við öðru yfirvaldi
alert-pass-on-own-country = Aðeins er hægt að áframsenda viðvaranir til yfirvalda í þínu eigin landi.
alert-pass-on-submit = { $count ->
    [one] Áframsenda til { $count } yfirvalds
   *[other] Áframsenda til { $count } yfirvalda
}
alert-compose-title = Ný viðvörun
alert-draft-title = Drög að viðvörun { $number }
alert-modify-title = Uppfæra viðvörun { $number }
alert-step-kind = Tegund viðvörunar
alert-step-fields = Nánari upplýsingar
alert-step-countries = Lönd
alert-step-review = Athugasemd og sending
alert-kind-legal-basis = Lagagrundvöllur: { $basis }
alert-choose-kind-first = Veldu fyrst tegund viðvörunar.
alert-field-required = { $label } (skylt að fylla út)
alert-choose = Veldu…
alert-countries-all = Þessi viðvörun fer til samræmingaraðila viðvarana í öllum 30 löndum EES.
alert-countries-choose = Veldu þau lönd þar sem þjónustuveitandinn starfar eða þar sem hættan getur komið upp.
alert-countries-always = { $country } fær þessa viðvörun í öllum tilvikum sem staðfesturíki.
alert-countries-none = Ekkert land hefur enn verið valið.
alert-goes-to = Viðtökulönd: { $countries }
alert-approval-note = Samræmingaraðili viðvarana í þínu landi samþykkir viðvaranir frá landinu áður en þær eru sendar.
alert-modify-note = Öllum viðtakendum er tilkynnt að viðvörunin hafi verið uppfærð.
alert-problems = Á eftir að ljúka
alert-incomplete = Viðvörunin er ekki fullfrágengin. Þeir hlutar sem vantar eru merktir.
alert-save-draft = Vista drög
alert-save-modification = Vista uppfærslu
alert-submit = Senda til samþykkis
alert-check-title = Má þessi fagaðili starfa?
alert-check-intro = Leitaðu eftir nafni í gildandi viðvörunum um faglega menntun og hæfi sem hafa borist landi þínu eða yfirvaldi. Ekki er gerður greinarmunur á stöfum með og án kommu og ein innsláttarvilla er leyfð. Ef viðvörun finnst merkir það að bann eða takmörkun gildi í landinu sem sendi hana; ef engin viðvörun finnst er það ekki sönnun þess að viðkomandi megi starfa.
alert-check-name = Nafn fagaðila
alert-check-profession = Starfsgrein
alert-check-any-profession = Allar starfsgreinar
alert-check-submit = Leita í viðvörunum
alert-check-none = Engin gildandi viðvörun nefnir „{ $name }“.
alert-check-found = { $count ->
    [one] { $count } gildandi viðvörun fannst
   *[other] { $count } gildandi viðvaranir fundust
}
toast-alert-saved = Drögin voru vistuð.
toast-alert-sent = Viðvörunin var send.
toast-alert-submitted = Viðvörunin var send til samþykkis.
toast-alert-modified = Viðvörunin var uppfærð; viðtakendum er tilkynnt um það.
toast-alert-deleted = Drögunum var eytt.
toast-alert-passed-on = Viðvörunin var áframsend.
toast-alert-done = Lokið: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Engin nettenging. Beiðnir sem þú hefur opnað eru áfram læsilegar; svör, skilaboð og skjöl sem þú bætir við eru geymd á þessu tæki og send þegar tenging kemst aftur á.
update-ready = Ný útgáfa kerfisins er tilbúin.
update-reload = Hlaða inn nýju útgáfunni

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] { $count } breyting sem gerð var án tengingar bíður þess að verða send.
   *[other] { $count } breytingar sem gerðar voru án tengingar bíða þess að verða sendar.
}
queue-sending = Verið er að senda breytingar sem gerðar voru án tengingar…
queue-attention = { $count ->
    [one] { $count } breyting sem gerð var án tengingar var ekki send og bíður ákvörðunar þinnar.
   *[other] { $count } breytingar sem gerðar voru án tengingar voru ekki sendar og bíða ákvörðunar þinnar.
}
queue-title = Bíður sendingar
queue-intro = Þessar breytingar voru gerðar án tengingar og eru geymdar á þessu tæki. Þær eru sendar í réttri röð um leið og tenging kemst aftur á.
queue-kind-answers = Svör (vistuð, ekki send til yfirvaldsins sem sendi beiðnina)
queue-kind-answer = Svör sem á að senda til yfirvaldsins sem sendi beiðnina
queue-kind-message = Skilaboð
queue-kind-document = Skjal „{ $name }“ ({ $size } kB)
queue-made-at = Skrifað { $time }
queue-status-waiting = Bíður eftir tengingu.
queue-status-conflict = Ekki sent: beiðnin breyttist eftir að þú skrifaðir þetta og er nú í stöðunni „{ $state }“. Skoðaðu í ferlinum hér fyrir neðan hvað hefur breyst og sendu síðan breytinguna samt eða fleygðu henni.
queue-status-refused = Ekki sent: { $error }
queue-send-anyway = Senda samt
queue-edit = Breyta
queue-discard = Fleygja
queue-discard-confirm = Viltu fleygja þessari breytingu? Því sem þú skrifaðir verður eytt af þessu tæki.
queue-logout-confirm = { $count ->
    [one] { $count } breyting sem gerð var án tengingar hefur ekki enn verið send. Ef þú skráir þig út verður henni eytt af þessu tæki. Viltu samt skrá þig út?
   *[other] { $count } breytingar sem gerðar voru án tengingar hafa ekki enn verið sendar. Ef þú skráir þig út verður þeim eytt af þessu tæki. Viltu samt skrá þig út?
}
toast-queued = Engin tenging: breytingin er geymd á þessu tæki og verður send þegar tenging kemst aftur á.
toast-queue-sent = { $count ->
    [one] { $count } breyting sem gerð var án tengingar hefur verið send.
   *[other] { $count } breytingar sem gerðar voru án tengingar hafa verið sendar.
}

## Vettvangsskoðanir: tegund beiðni og skýrsla um vettvangsskoðun með undirskriftum viðstaddra
compose-kind-label = Um hvað biður þú?
request-kind-information = Upplýsingar
request-kind-information-help = Hitt yfirvaldið svarar spurningum þínum út frá skrám sínum og gögnum.
request-kind-inspection = Vettvangsskoðun
request-kind-inspection-help = Hitt yfirvaldið skoðar viðkomandi húsnæði, búnað eða starfsstöð og gerir grein fyrir niðurstöðum sínum, ásamt ljósmyndum og undirskriftum viðstaddra.
request-checklist = { $count ->
    [one] Gátlisti: { $count } atriði
   *[other] Gátlisti: { $count } atriði
}
inspection-title = Skýrsla um vettvangsskoðun
inspection-help = Skráðu skoðunina jafnóðum og hún fer fram: svaraðu gátlistanum hér að ofan, bættu við ljósmyndum sem skjölum, skráðu síðan dag og stað og láttu hvern viðstaddan undirrita hér. Hægt er að senda svarið þegar undirskrift þín liggur fyrir.
inspection-pending = Skýrslan um vettvangsskoðunina birtist hér ásamt svarinu.
inspection-inspected-on = Dagur skoðunar
inspection-place = Staður skoðunar
inspection-place-help = Heimilisfangið og starfsstöðin eða húsnæðið (til dæmis: byggingarsvæði, hlið 2).
inspection-present = Viðstaddir
inspection-signer-name = Nafn
inspection-signer-role = Hlutverk á vettvangi
inspection-signer-refused = Neitaði að undirrita
inspection-signer-unnamed = viðstaddur einstaklingur
inspection-signer-unsigned = Verður ekki hluti af skýrslunni fyrr en viðkomandi undirritar eða neitar að undirrita.
inspection-signer-add = Bæta við viðstöddum einstaklingi
inspection-signer-remove = Fjarlægja þennan einstakling
inspection-signature-of = Undirskrift: { $name }
inspection-signature-clear = Hreinsa undirskriftina
inspection-signature-needed = Undirskrift eftirlitsmannsins þarf að liggja fyrir áður en hægt er að senda svarið.
inspection-refused-to-sign = Viðkomandi neitaði að undirrita.
signer-role-inspector = Eftirlitsmaður
signer-role-provider-representative = Fulltrúi þjónustuveitanda eða vinnuveitanda
signer-role-worker = Starfsmaður
signer-role-witness = Vitni
queue-kind-report = Skýrsla um vettvangsskoðun (vistuð, ekki send til yfirvaldsins sem sendi beiðnina)
