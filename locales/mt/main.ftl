# Malti.

## L-applikazzjoni
app-name = Sistema ta' Informazzjoni tas-Suq Intern
app-short-name = IMI
app-tagline = Kooperazzjoni amministrattiva bejn l-awtoritajiet kompetenti taż-Żona Ekonomika Ewropea
skip-to-content = Aqbeż għall-kontenut ewlieni
loading = Qed jitgħabba…

## In-navigazzjoni u l-menu tal-utent
nav-label = Navigazzjoni ewlenija
nav-inbox = Kaxxa tad-dħul
language-label = Lingwa
user-signed-in-as = Dħalt bħala { $name }, { $authority }
logout = Oħroġ mis-sistema
toast-dismiss = Agħlaq
toast-logged-out = Ħriġt mis-sistema.

## Il-paġna tad-dħul
login-title = Dħul fis-sistema
login-intro = Uża l-kont maħluq għalik mill-amministratur tal-awtorità tiegħek jew mill-koordinatur nazzjonali tal-IMI.
login-email = Indirizz tal-posta elettronika
login-password = Kelma sigrieta
login-submit = Idħol
login-submitting = Qed tidħol…
field-required = Dan il-qasam huwa obbligatorju.

## Il-kaxxa tad-dħul
inbox-title = Kaxxa tad-dħul
inbox-empty-title = Għad m'hemm l-ebda talba
inbox-empty-body = It-talbiet għal informazzjoni li awtoritajiet oħra jibagħtu lil { $authority } se jidhru hawnhekk.

## Paġni li ma jeżistux
not-found-title = Il-paġna ma nstabitx
not-found-body = L-indirizz li segwejt ma jwassal għall-ebda paġna ta' din is-sistema.
not-found-home = Mur fil-kaxxa tad-dħul

## Ir-rwoli
roles-label = Ir-rwoli tiegħek
role-request_handler = Ġestur tat-talbiet
role-allocator = Allokatur tat-talbiet
role-local_administrator = Amministratur lokali tad-data
role-coordinator = Koordinatur tal-IMI
role-commission_observer = Osservatur tal-Kummissjoni

## Żbalji mibgħuta mis-server, skont il-kodiċi
error-internal-error = Inqalgħet problema fis-server. Jekk jogħġbok erġa' pprova; jekk il-problema tippersisti, ikkuntattja lill-amministratur tiegħek.
error-database-unavailable = Bħalissa ma jistax isir kuntatt mal-bażi tad-data tas-sistema. Jekk jogħġbok erġa' pprova fi ftit minuti.
error-not-found = Dak li tlabt ma jeżistix, jew m'għandekx aċċess għalih.
error-method-not-allowed = Din l-azzjoni mhijiex possibbli hawnhekk.
error-unauthenticated = Is-sessjoni tiegħek intemmet. Jekk jogħġbok idħol mill-ġdid.
error-forbidden = M'għandekx id-drittijiet meħtieġa għal din l-azzjoni.
error-invalid-credentials = L-indirizz tal-posta elettronika jew il-kelma sigrieta mhumiex korretti.
error-too-many-attempts = { $seconds ->
    [one] Saru wisq tentattivi li ma rnexxewx. Jekk jogħġbok stenna { $seconds } sekonda qabel ma terġa' tipprova.
    [few] Saru wisq tentattivi li ma rnexxewx. Jekk jogħġbok stenna { $seconds } sekondi qabel ma terġa' tipprova.
    [many] Saru wisq tentattivi li ma rnexxewx. Jekk jogħġbok stenna { $seconds } sekonda qabel ma terġa' tipprova.
   *[other] Saru wisq tentattivi li ma rnexxewx. Jekk jogħġbok stenna { $seconds } sekonda qabel ma terġa' tipprova.
}
error-malformed-json = Is-server ma setax jaqra d-data mibgħuta. Jekk jogħġbok għabbi l-paġna mill-ġdid u erġa' pprova.
error-unsupported-media-type = Is-server ma jaċċettax data f'dan il-format.
error-payload-too-large = Id-data mibgħuta hija akbar milli jaċċetta s-server.
error-validation-failed = Xi oqsma mhumiex mimlija sew. Jekk jogħġbok iċċekkja l-oqsma mmarkati.
error-network-error = Ma jistax isir kuntatt mas-server. Iċċekkja l-konnessjoni tan-netwerk tiegħek u erġa' pprova.
error-invalid-transition = Din l-azzjoni mhijiex possibbli fl-istat attwali tat-talba. Jekk jogħġbok għabbi l-paġna mill-ġdid biex tara x'jista' jsir issa.
error-translation-not-configured = It-traduzzjoni awtomatika mhijiex disponibbli f'din is-sistema.
error-translation-failed = Is-servizz tat-traduzzjoni awtomatika ma weġibx. Jekk jogħġbok erġa' pprova aktar tard.

## Valuri tal-oqsma varjabbli (shared::placeholder::PlaceholderErrorCode)
## $label hija t-tikketta tal-qasam varjabbli bil-lingwa tal-qarrej; $max u $length huma numri ta'
## karattri.
placeholder-error-missing = Daħħal valur għal “{ $label }”.
placeholder-error-empty = Il-qasam “{ $label }” ma jistax ikun vojt.
placeholder-error-too-long = { $max ->
    [one] Il-qasam “{ $label }” jista' jkun fih massimu ta' { $max } karattru; bħalissa fih { $length }.
    [few] Il-qasam “{ $label }” jista' jkun fih massimu ta' { $max } karattri; bħalissa fih { $length }.
    [many] Il-qasam “{ $label }” jista' jkun fih massimu ta' { $max } karattru; bħalissa fih { $length }.
   *[other] Il-qasam “{ $label }” jista' jkun fih massimu ta' { $max } karattru; bħalissa fih { $length }.
}
placeholder-error-control-character = Il-qasam “{ $label }” fih karattru ta' kontroll inviżibbli. Jekk jogħġbok erġa' ikteb il-valur.
placeholder-error-line-break = Il-qasam “{ $label }” irid ikun f'linja waħda.
placeholder-error-invalid-date = Daħħal “{ $label }” bħala sena-xahar-jum, pereżempju 2025-03-31.
placeholder-error-nonexistent-date = Id-data mdaħħla għal “{ $label }” ma teżistix fil-kalendarju.
placeholder-error-unknown-country = Għal “{ $label }”, agħżel pajjiż taż-Żona Ekonomika Ewropea.
placeholder-error-invalid-email = “{ $label }” mhuwiex indirizz tal-posta elettronika validu.
placeholder-error-invalid-person-name = “{ $label }” irid ikun isem ta' persuna: ittri, mingħajr ċifri.
placeholder-error-invalid-register-reference = “{ $label }” jista' jkun fih biss ittri, ċifri, spazji u l-karattri - . /
placeholder-error-unexpected = Ingħata valur għal qasam li ebda waħda mill-mistoqsijiet magħżula ma tuża.
placeholder-error-unknown-placeholder = Mistoqsija tuża qasam mhux magħruf. Jekk jogħġbok informa lill-koordinatur tal-IMI tiegħek.

## Mudelli ta' mistoqsijiet (shared::placeholder::TemplateErrorCode)
## $position hija l-pożizzjoni ta' karattru magħduda minn 1; $name huwa isem ta' qasam varjabbli
## kif miktub.
template-error-unterminated = Il-qasam varjabbli li jibda fil-pożizzjoni { $position } mhuwiex magħluq.
template-error-empty-name = Il-qasam varjabbli fil-pożizzjoni { $position } m'għandux isem.
template-error-invalid-name = “{ $name }” (pożizzjoni { $position }) mhuwiex isem validu ta' qasam varjabbli: irid jibda b'ittra segwita minn ittri, ċifri jew “_”.
template-error-mismatched-delimiters = Il-qasam varjabbli fil-pożizzjoni { $position } jinfetaħ b'tip ta' parentesi u jingħalaq b'tip ieħor.
template-error-nested = Il-qasam varjabbli fil-pożizzjoni { $position } fih qasam varjabbli ieħor.
template-error-unknown-placeholder = “{ $name }” (pożizzjoni { $position }) mhuwiex qasam varjabbli magħruf.

## L-istati tat-talba (shared::lifecycle::RequestState)
request-state-draft = Abbozz
request-state-awaiting-acceptance = Qed tistenna l-aċċettazzjoni
request-state-accepted = Aċċettata
request-state-info-requested = Intalbet informazzjoni
request-state-answered = Imwieġba
request-state-closed = Magħluqa
request-state-withdrawn = Irtirata

## Azzjonijiet fuq talba (shared::lifecycle::ActionKind)
request-action-create = Talba ġdida
request-action-edit = Editja
request-action-delete = Ħassar l-abbozz
request-action-send = Ibgħat
request-action-withdraw = Irtira
request-action-accept = Aċċetta
request-action-forward = Għaddi lil awtorità oħra
request-action-request-info = Itlob aktar informazzjoni
request-action-provide-info = Ipprovdi informazzjoni
request-action-answer = Wieġeb
request-action-split-off = Ifred il-mistoqsijiet
request-action-request-clarification = Itlob kjarifika
request-action-close = Aċċetta t-tweġiba u agħlaq

## Il-valutazzjoni ta' tweġiba (shared::lifecycle::Rating)
rating-positive = Tajba
rating-neutral = Aċċettabbli
rating-negative = Insuffiċjenti

## Verifika tal-mistoqsijiet (paġna biex jinkitbu u jiġu ppruvati mudelli ta' mistoqsijiet)
nav-question-check = Verifika tal-mistoqsijiet
question-check-title = Iċċekkja mistoqsija
question-check-intro = Ikteb mistoqsija kif se tidher f'talba, b'oqsma varjabbli għad-dettalji li timla l-awtorità li tagħmel it-talba, u ipprovaha b'xi valuri. Hawnhekk japplikaw l-istess regoli bħal meta tintbagħat talba.
question-check-template = Test tal-mistoqsija
question-check-template-help = Ikteb kull qasam varjabbli bħala {"${"}Isem{"}"}, pereżempju {"${"}SPBusinessName{"}"}. Oqsma varjabbli magħrufa: { $names }.
question-check-values = Valuri
question-check-no-placeholders = Din il-mistoqsija m'għandhiex oqsma varjabbli.
question-check-personal-data = data personali
question-check-preview = Dehra minn qabel
question-check-submit = Iċċekkja fuq is-server
question-check-accepted = Is-server jaċċetta din il-mistoqsija u l-valuri tagħha.

## Katalgu tal-mistoqsijiet
nav-catalogue = Mistoqsijiet
catalogue-title = Katalgu tal-mistoqsijiet
catalogue-intro = Il-mistoqsijiet tradotti minn qabel li jistgħu jiddaħħlu f'talba. L-awtorità l-oħra taqra kull waħda minnhom bil-lingwa tagħha stess; l-awtorità li tagħmel it-talba timla l-oqsma varjabbli.
catalogue-area-label = Qasam leġiżlattiv
catalogue-count = { $count ->
    [one] { $count } mistoqsija
    [few] { $count } mistoqsijiet
    [many] { $count } mistoqsija
   *[other] { $count } mistoqsija
}
area-services = Servizzi
area-professional_qualifications = Kwalifiki professjonali
area-posting_of_workers = Stazzjonar ta' ħaddiema
area-ecommerce = Kummerċ elettroniku
answer-type-yes_no = Iva jew le
answer-type-date = Data
answer-type-free_text = Test liberu
answer-type-document = Dokument
answer-type-choice = Għażla minn lista

## Tfittxija ta' awtoritajiet
nav-authorities = Awtoritajiet
authorities-title = Fittex awtorità
authorities-intro = Fittex bi kwalunkwe lingwa skont l-isem, l-akronimu, il-belt jew il-kompetenza, pereżempju professjoni jew attività. Il-kompetenzi jitfittxu fil-lingwi kollha tas-sistema.
authorities-search-label = Isem, belt jew kompetenza
authorities-country-label = Pajjiż
authorities-any-country = Il-pajjiżi kollha
authorities-any-area = L-oqsma kollha
authorities-results = { $count ->
    [one] Instabet { $count } awtorità
    [few] Instabu { $count } awtoritajiet
    [many] Instabu { $count } awtorità
   *[other] Instabu { $count } awtorità
}
authorities-no-results = L-ebda awtorità ma taqbel ma' din it-tfittxija.
authorities-match-name = Jaqbel mal-isem
authorities-match-acronym = Jaqbel mal-akronimu
authorities-match-city = Jaqbel mal-belt
authorities-match-competence = Kompetenti għal: { $label }
authorities-pages = Paġni tar-riżultati
authorities-previous = Ta' qabel
authorities-next = Li jmiss
authorities-page = Paġna { $page } minn { $pages }
profile-back = Lura għat-tfittxija
profile-country = Pajjiż
profile-acronym = Akronimu
profile-address = Indirizz
profile-email = Posta elettronika
profile-phone = Telefon
profile-role = Rwol fis-sistema
profile-coordinator = Koordinatur nazzjonali tal-IMI
profile-areas = Oqsma leġiżlattivi
profile-competences = Kompetenti għal

## Il-pajjiżi taż-Żona Ekonomika Ewropea
country-AT = L-Awstrija
country-BE = Il-Belġju
country-BG = Il-Bulgarija
country-HR = Il-Kroazja
country-CY = Ċipru
country-CZ = Iċ-Ċekja
country-DK = Id-Danimarka
country-EE = L-Estonja
country-FI = Il-Finlandja
country-FR = Franza
country-DE = Il-Ġermanja
country-GR = Il-Greċja
country-HU = L-Ungerija
country-IE = L-Irlanda
country-IT = L-Italja
country-LV = Il-Latvja
country-LT = Il-Litwanja
country-LU = Il-Lussemburgu
country-MT = Malta
country-NL = In-Netherlands
country-PL = Il-Polonja
country-PT = Il-Portugall
country-RO = Ir-Rumanija
country-SK = Is-Slovakkja
country-SI = Is-Slovenja
country-ES = Spanja
country-SE = L-Iżvezja
country-IS = L-Iżlanda
country-LI = Il-Liechtenstein
country-NO = In-Norveġja
