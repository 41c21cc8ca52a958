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
organisation-commission = Il-Kummissjoni Ewropea
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
answer-type-measurement = Valur imkejjel

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
## $country huwa l-isem ta' pajjiż bil-lingwa tal-qarrej; $label l-isem ta' professjoni jew
## attività.
search-country-from-query = Qed jintwerew l-awtoritajiet tal-pajjiż imsemmi fit-tfittxija tiegħek: { $country }.
search-none-declared = { $country }: l-ebda awtorità ma ddikjarat li hija kompetenti għal “{ $label }”.
search-none-declared-anywhere = L-ebda awtorità ma ddikjarat li hija kompetenti għal “{ $label }”.
search-ask-coordinator = Il-koordinatur nazzjonali tal-IMI ({ $country }) jista' jgħidlek liema awtorità hija kompetenti:
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
profile-level = Kompetenza territorjali
level-national = Nazzjonali
level-regional = Reġjonali
level-local = Lokali
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

## Il-kaxxa tad-dħul: il-listi tat-talbiet
inbox-empty-body-box = It-talbiet tal-awtorità tiegħek li jaqblu ma' dawn il-filtri se jidhru hawnhekk.
inbox-new-request = Talba ġdida
inbox-boxes = Listi tat-talbiet
inbox-total = { $count ->
    [one] Talba waħda
    [few] { $count } talbiet
    [many] { $count } talba
   *[other] { $count } talba
}
inbox-deadline = Skadenza: { $date }
inbox-number-label = Numru tat-talba
inbox-sort-label = Ordni
inbox-sort-updated-desc = L-aktar mibdula riċentement l-ewwel
inbox-sort-updated-asc = L-inqas mibdula riċentement l-ewwel
inbox-sort-deadline-asc = L-eqreb skadenza l-ewwel
inbox-sort-number-desc = L-aktar numri ġodda l-ewwel
box-to-accept = Biex jiġu aċċettati
box-to-answer = Biex jiġu mwieġba jew riveduti
box-awaiting = Qed jistennew lin-naħa l-oħra
box-overdue = Lil hinn mill-iskadenza
box-drafts = Abbozzi
box-closed = Magħluqa
box-all = Kollha

## Żbalji mibgħuta mis-server (tkomplija)
error-unsupported-file-type = Dan it-tip ta' fajl mhuwiex aċċettat. Ehmeż PDF, immaġni jew dokument tal-uffiċċju.

## Talba
request-title = Talba Nru { $number }
request-title-unknown = Talba
request-overdue = Lil hinn mill-iskadenza
request-from = Mingħand
request-to = Lil
request-created = Maħluqa
request-requested-date = Tweġiba mitluba sa
request-deadline = Skadenza miftiehma
request-subject = Il-persuna li tikkonċerna t-talba
request-personal-data-hidden = Id-data personali, il-kumment, il-messaġġi u d-dokumenti jintwerew ladarba l-awtorità tiegħek taċċetta t-talba.
request-personal-data-coordinator = Bħala koordinatur tal-IMI, tista' ssegwi l-progress tat-talba. Id-data personali, il-kumment, il-messaġġi u d-dokumenti tagħha huma riżervati għaż-żewġ awtoritajiet ikkonċernati biss.
request-note-hidden = Test mhux muri: jista' jkun fih data personali.
request-blocked-on = Data personali mblukkata nhar
request-personal-data-blocked = Skont ir-regoli taż-żamma, id-data personali ta' din it-talba (il-persuna kkonċernata, it-test liberu u d-dokumenti) ġiet imblukkata nhar { $date }. Ħadd ma jista' jaraha aktar, u se titħassar nhar { $deleted }.
request-personal-data-erased = Skont ir-regoli taż-żamma, id-data personali ta' din it-talba tħassret nhar { $date }. Jinżammu biss l-elementi ewlenin tagħha: id-dati, l-awtoritajiet, l-istatus u l-valutazzjonijiet.
personal-data-mark = Data personali
personal-data-legend = Dan is-sinjal jindika data personali. Jarawha biss l-awtoritajiet li qed jittrattaw it-talba; wara li tintemm it-talba, tiġi mblukkata u mbagħad titħassar, kif jeħtieġu r-regoli taż-żamma.
nav-data-subjects = Suġġetti tad-data
data-subjects-title = Talbiet mis-suġġetti tad-data
data-subjects-intro = Meta persuna tistaqsi x'data għandha dwarha l-awtorità tiegħek, sib hawn it-talbiet kollha tal-awtorità tiegħek li jikkonċernawha, inklużi dawk li d-data personali tagħhom hija mblukkata, u agħmel ir-rapport li hija intitolata għalih. Kull tfittxija u kull rapport jiġu rreġistrati flimkien mar-raġuni tagħhom.
data-subjects-reason = Raġuni
data-subjects-reason-help = Pereżempju, meta saret it-talba tal-persuna u r-referenza tagħha. Ir-raġuni tiġi rreġistrata fir-reġistru tal-awditjar.
data-subjects-search = Fittex
data-subjects-found = { $count ->
    [one] Instabet talba waħda
    [few] Instabu { $count } talbiet
    [many] Instabu { $count }-il talba
   *[other] Instabu { $count } talba
}
data-subjects-none = L-ebda talba tal-awtorità tiegħek ma tikkonċerna din il-persuna.
data-subjects-include = Inkludi fir-rapport
data-subjects-side-requesting = Mibgħuta mill-awtorità tiegħek
data-subjects-side-responding = Riċevuta mill-awtorità tiegħek
data-subjects-stage-visible = Data personali viżibbli
data-subjects-stage-blocked = Data personali mblukkata
data-subjects-stage-deleted = Data personali mħassra
data-subjects-report-language = Il-lingwa tar-rapport
data-subjects-make-report = Agħmel ir-rapport
data-subjects-print = Stampa r-rapport
report-title = Data personali miżmuma dwarek
report-intro = { $authority } iżżomm id-data personali li ġejja dwarek fis-Sistema ta' Informazzjoni tas-Suq Intern (IMI), li permezz tagħha l-awtoritajiet taż-Żona Ekonomika Ewropea jiskambjaw informazzjoni skont ir-Regolament (UE) Nru 1024/2012.
report-made-on = Rapport magħmul nhar { $date }
report-request = Talba Nru { $number }
report-area = Qasam tal-liġi
report-data = Data miżmuma
report-disclosures = Mibgħuta jew riċevuta
report-disclosure-sent = Mibgħuta lil { $authority } nhar { $date }
report-disclosure-forwarded = Mgħoddija lil { $authority } nhar { $date }
report-disclosure-split-off = Mgħoddija parzjalment lil { $authority } nhar { $date }
report-disclosure-received-from = Riċevuta mingħand { $authority } nhar { $date }
report-retention = Imblukkar u tħassir
report-blocked-and-deleted = Imblukkar nhar { $blocked } (minn dak inhar ħadd ma jista' jaraha) u tħassir nhar { $deleted }.
report-not-ended = It-talba għadha qed tiġi ttrattata. Id-data personali tagħha se tiġi mblukkata { $block ->
    [one] { $block } xahar
    [few] { $block } xhur
    [many] { $block }-il xahar
   *[other] { $block } xahar
} wara li tintemm u titħassar { $delete ->
    [one] { $delete } xahar
    [few] { $delete } xhur
    [many] { $delete }-il xahar
   *[other] { $delete } xahar
} wara li tintemm.
report-count = { $field }: { $count }
report-field-document = Dokument
report-field-comment = Kumment tal-awtorità li għamlet it-talba
report-field-note = Messaġġi u testi mibgħuta magħhom
report-field-text-answer = Tweġibiet bil-miktub
report-field-answer-comment = Kummenti dwar it-tweġibiet
report-field-inspection-present = Preżenza waqt l-ispezzjoni fuq il-post
report-empty = It-talbiet ta' din l-awtorità ma fihom l-ebda data personali dwarek.
timeline-fields = Oqsma rettifikati: { $fields }
request-rectify = Irrettifika d-data personali
request-rectify-title = Irrettifika d-data tal-persuna li tikkonċerna t-talba
request-rectify-help = L-awtorità l-oħra tiġi infurmata liema oqsma rrettifikajt. Il-valuri ta' qabel ma jinżammux.
request-rectify-save = Issejvja r-rettifika
request-comment = Kumment
request-original-language = Lingwa oriġinali: { $language }
request-questions = { $count ->
    [one] Mistoqsija waħda
    [few] { $count } mistoqsijiet
    [many] { $count } mistoqsija
   *[other] { $count } mistoqsija
}
request-answer = Tweġiba
request-answer-comment = Kumment dwar it-tweġiba
request-answer-choose = Agħżel tweġiba
request-answer-date = Data
request-answer-measurement = Valur imkejjel ({ $unit })
request-answer-text = Test tat-tweġiba
request-save-answers = Issejvja t-tweġibiet
request-send-answer = Ibgħat it-tweġiba
request-actions = X'tista' tagħmel
request-propose-days = Jew ipproponi skadenza oħra, f'jiem
request-accept-proposed = Aċċetta b'din l-iskadenza
request-note = Test li jintbagħat magħha
request-rating-timeliness = Puntwalità tat-tweġiba
request-rating-effort = Kwalità tat-tweġiba
request-rating-choose = Agħżel valutazzjoni
request-rating-needed = Biex tagħlaq it-talba, ivvaluta l-puntwalità u l-kwalità tat-tweġiba.
confirm-irreversible = Din l-azzjoni ma tistax titreġġa' lura. Trid tkompli?
request-split-choose = Għaddi din il-mistoqsija lil awtorità oħra
request-reuse = Ibda talba ġdida abbażi ta' din
request-timeline = Storja
timeline-new = Ġdid wara l-bidla tiegħek
request-message = Messaġġ lill-awtorità l-oħra
request-message-send = Ibgħat il-messaġġ
timeline-to = Lil: { $authority }
timeline-split-to = Talba ġdida Nru { $id }
subject-name = Isem
subject-identifier = Numru tar-reġistrazzjoni jew tal-identifikazzjoni
subject-birth-date = Data tat-twelid
picker-label = Fittex l-awtorità (bi kwalunkwe lingwa)
picker-more = Uri aktar
answer-yes = Iva
answer-no = Le
answer-unknown = Mhux magħruf
answer-date = Data
answer-text = Tweġiba bil-miktub
answer-measurement = Valur imkejjel
answer-document-attached = Id-dokument huwa mehmuż
answer-document-not-available = Id-dokument mhuwiex disponibbli
event-created = Inħoloq abbozz
event-sent = Intbagħtet
event-withdrawn = Ġiet irtirata
event-accepted = Ġiet aċċettata
event-forwarded = Ingħaddiet lil awtorità oħra
event-info-requested = Intalbet aktar informazzjoni
event-info-provided = Ingħatat informazzjoni
event-answered = Ingħatat tweġiba
event-split-off = Mistoqsijiet ġew mifruda f'talba ġdida
event-clarification-requested = Intalbet kjarifika
event-closed = It-tweġiba ġiet aċċettata, it-talba ngħalqet
event-message = Messaġġ
event-attachment-added = Ġie mehmuż dokument
toast-request-action-send = It-talba ntbagħtet.
toast-request-action-delete = L-abbozz tħassar.
toast-request-action-withdraw = It-talba ġiet irtirata.
toast-request-action-accept = It-talba ġiet aċċettata.
toast-request-action-forward = It-talba ngħaddiet lil awtorità oħra.
toast-request-action-request-info = Il-mistoqsija tiegħek intbagħtet lill-awtorità li għamlet it-talba.
toast-request-action-provide-info = L-informazzjoni ntbagħtet.
toast-request-action-answer = It-tweġiba ntbagħtet.
toast-request-action-split-off = Il-mistoqsijiet ġew trasferiti għal talba ġdida.
toast-request-action-request-clarification = It-talba tiegħek għal kjarifika ntbagħtet.
toast-request-action-close = It-talba ngħalqet.
toast-answers-saved = It-tweġibiet tiegħek ġew issejvjati.

## Il-kompożizzjoni ta' talba
compose-title = Talba ġdida
compose-steps = Passi
compose-step-area = Qasam leġiżlattiv
compose-step-authority = Awtorità
compose-step-subject = Persuna kkonċernata
compose-step-questions = Mistoqsijiet
compose-step-details = Kumment u data
compose-step-review = Irrevedi u ibgħat
compose-back = Lura
compose-next = Li jmiss
compose-saved = L-abbozz Nru { $id } ġie ssejvjat
compose-chosen-authority = Magħżula: { $name }
compose-subject-help = Il-professjonist jew il-fornitur tas-servizz ikkonċernat. L-awtorità li tirċievi t-talba tara dan biss wara li taċċetta t-talba.
compose-comment-help = Miktub bil-lingwa tiegħek; l-awtorità l-oħra tara b'liema lingwa huwa miktub.
compose-incomplete = It-talba għadha mhijiex kompluta. Il-partijiet neqsin huma mmarkati.
compose-draft-title = Abbozz Nru { $number }
compose-questions-filter = Iffiltra l-mistoqsijiet
compose-questions-chosen = Mistoqsijiet magħżula: { $count }
compose-step-attention = jeħtieġ attenzjoni
compose-review-fix = Ikkoreġi dawn il-punti qabel ma tibgħat it-talba:
compose-review-language = Il-mistoqsijiet jintwerew bil-lingwa tiegħek; l-awtorità li tirċievi t-talba taqrahom bil-lingwa tagħha stess.
compose-review-none = Xejn
field-error-missing = Meħtieġ.
field-error-too-long = Twil wisq.
field-error-not-in-future = Trid tkun data wara llum.
field-error-in-future = Ma jistax ikun fil-futur.
field-error-empty = Ma jistax ikun vojt.
field-error-duplicate = Magħżul darbtejn.
field-error-unknown = Mhux magħruf.
field-error-other-area = Jappartjeni għal qasam leġiżlattiv ieħor.
field-error-area-not-handled = Din l-awtorità ma tittrattax il-qasam leġiżlattiv tat-talba.
field-error-not-allowed = Mhux possibbli hawnhekk.
field-error-too-many = Wisq.

## Dokumenti mehmużin
request-documents = Dokumenti
request-no-documents = Ma hemm l-ebda dokument mehmuż.
request-documents-withheld = Id-dokumenti huma data personali: mhumiex murija hawn, bħall-bqija tad-data personali ta' din it-talba.
request-document-size = { $size } kB
upload-label = Ehmeż dokument
upload-choose = Agħżel fajl…
upload-take-photo = Ħu ritratt
upload-keep-original = Ibgħat ir-ritratti fid-daqs oriġinali tagħhom (inkella d-daqs tagħhom jitnaqqas l-ewwel fuq dan l-apparat)
date-day = Jum
date-month = Xahar
date-year = Sena
upload-help = PDF, immaġni jew dokument tal-uffiċċju, sa 20 MB.
upload-question = Id-dokument iwieġeb għal
upload-no-question = L-ebda mistoqsija partikolari
upload-question-number = Mistoqsija { $number }
upload-progress = Il-progress tat-tlugħ tal-fajl

## Notifiki bil-posta elettronika ($event huwa wieħed mill-messaġġi event-*)
email-subject = Talba Nru { $number }: { $event }
email-body = Għażiż/a { $name },

    L-awtorità { $authority } ħadet azzjoni dwar it-talba Nru { $number }: { $event }.

    Iftaħ it-talba: { $link }

    Dan il-messaġġ intbagħat mis-Sistema ta' Informazzjoni tas-Suq Intern. Jekk jogħġbok tibgħatx tweġiba għalih.

## Notifiki
notifications-label = Notifiki
notifications-unread = { $count ->
    [one] { $count } notifika mhux moqrija
    [few] { $count } notifiki mhux moqrija
    [many] { $count } notifika mhux moqrija
   *[other] { $count } notifika mhux moqrija
}
notifications-empty = Ma hemm l-ebda notifika.
notifications-mark-all-read = Immarka kollox bħala moqri
notification-item = { $number }: { $event }

## Allokazzjoni u koordinazzjoni
request-assigned-to = Assenjata lil { $name }
request-assign-label = Ġestur responsabbli
request-unassigned = Mhux assenjata
toast-assigned = Il-ġestur responsabbli nbidel.
toast-saved = Ġie ssejvjat.
inbox-allocation-toggle = Allokatur jassenja kull talba li tasal lil wieħed mill-ġesturi tat-talbiet tagħna
event-assigned = Ġiet assenjata lil ġestur
event-reminded = Tfakkira mill-koordinatur
event-inactive = L-ebda attività għal xahrejn
event-rectified = Id-data personali ġiet rettifikata
nav-coordination = Koordinazzjoni
coordination-title = Talbiet mingħajr attività
coordination-intro = Talbiet tal-awtoritajiet ta' pajjiżek li fuqhom ma ġara xejn għal aktar minn xahrejn. Iftaħ waħda minnhom biex tgħaddiha lil awtorità oħra, jew ibgħat tfakkira lill-awtorità li jmissha taġixxi.
coordination-empty = L-ebda talba ma ilha mingħajr attività għal xahrejn.
coordination-last-change = L-aħħar bidla: { $date }
coordination-remind = Ibgħat tfakkira
toast-reminded = It-tfakkira ntbagħtet.

## Traduzzjoni awtomatika ta' test ħieles
request-translate = Ittraduċi għal-lingwa tiegħi
request-info-asked = L-awtorità { $authority } qed titlob din l-informazzjoni:
request-translation-unavailable = Dan it-test huwa b'lingwa oħra, u t-traduzzjoni awtomatika mhijiex ikkonfigurata f'dan is-server.
request-machine-translation = Traduzzjoni awtomatika:

## Filtri tal-ħarsa ġenerali
inbox-state-label = Status
inbox-any-state = L-istatusijiet kollha
inbox-from-label = Mibdula fid-data jew wara
inbox-to-label = Mibdula fid-data jew qabel
inbox-assigned-to-me = Biss it-talbiet assenjati lili

## Amministrazzjoni tar-reġistru (koordinaturi) u amministrazzjoni tal-utenti (amministraturi lokali tad-data)
email-invitation-subject = Il-kont tiegħek fis-Sistema ta' Informazzjoni tas-Suq Intern (IMI): { $authority }
email-invitation-body = Għażiż/a { $name },

    Inħoloq kont għalik fis-Sistema ta' Informazzjoni tas-Suq Intern (IMI) minn { $inviter }, bħala utent ta' { $authority }.

    Biex tattivah, iftaħ il-ħolqa li ġejja u agħżel il-kelma sigrieta tiegħek: { $link }

    Il-ħolqa tista' tintuża darba biss u tibqa' valida għal { $days ->
        [one] jum wieħed
        [2] jumejn
        [few] { $days } ijiem
        [many] { $days }-il jum
       *[other] { $days } jum
    }. Jekk ma kontx qed tistenna dan il-messaġġ, tista' tinjorah.

error-edit-conflict = Xi ħadd ieħor issejvja dan ir-rekord wara li int fetaħtu. Għabbi l-paġna mill-ġdid biex tara l-bidliet li saru, imbagħad erġa' agħmel il-bidliet tiegħek.
error-invalid-parameter = L-indirizz ta' din il-paġna mhuwiex validu. Iċċekkja l-ħolqa, jew mur lura u erġa' pprova.
error-rate-limited = Din l-azzjoni saret ftit ilu biss u għadha ma tistax terġa' ssir. Jekk jogħġbok erġa' pprova aktar tard.
error-second-factor-required = Daħħal il-kodiċi mill-applikazzjoni tal-awtentikazzjoni tiegħek.
error-invalid-second-factor = Il-kodiċi mhuwiex korrett jew skada. Daħħal il-kodiċi li qed turi l-applikazzjoni issa.
error-second-factor-setup-required = Ir-rwoli tiegħek jeħtieġu l-awtentikazzjoni b'żewġ fatturi. Ikkonfiguraha fil-paġna tal-kont tiegħek biex tkompli.
error-storage-full = Id-dokument ma setax jinħażen minħabba li l-ispazju tal-ħażna tas-server huwa mimli. Ma ġie ssejvjat xejn; jekk jogħġbok informa lill-amministratur tal-IMI tiegħek.
error-personal-data-blocked = Id-data personali ta' din it-talba hija mblukkata skont ir-regoli taż-żamma: ma jista' jiżdied xejn magħha.
error-idempotency-key-reused = Din il-bidla diġà ntbagħtet b'kontenut differenti. Għabbi l-paġna mill-ġdid u erġa' agħmel il-bidla.
error-request-in-progress = Din il-bidla għadha qed tiġi pproċessata. Stenna ftit u erġa' pprova.
error-device-storage-full = Dan l-apparat m'għandux aktar spazju biex iżomm il-bidla sakemm terġa' lura l-konnessjoni. Ma nżamm xejn: ħeles ftit spazju fuq l-apparat, jew agħmel il-bidla meta jkollok konnessjoni.
error-too-large-to-keep = Dan id-dokument huwa kbir wisq biex jinżamm fuq l-apparat sakemm terġa' lura l-konnessjoni. Ehmżu meta jkollok konnessjoni.
nav-registry = Reġistru
nav-users = Utenti
registry-title = Amministrazzjoni tar-reġistru
registry-intro = Irreġistra l-awtoritajiet ta' pajjiżek, jew importa ħafna minnhom f'daqqa minn fajl CSV. Biex tikkoreġi awtorità, sibha permezz tat-tfittxija u iftaħ il-profil tagħha.
registry-new = Irreġistra awtorità
registry-import-title = Importazzjoni minn fajl CSV
registry-import-help = Awtorità waħda f'kull ringiela, bil-kolonni deskritti fil-gwida tal-importazzjoni. Jekk xi ringiela jkollha żball, ma jiġi importat xejn; jekk l-istess fajl jerġa' jiġi importat, ma jinbidel xejn.
registry-import-file = Fajl CSV
registry-import-progress = Il-progress tal-importazzjoni
registry-import-done = Importati: { $created } ġodda, { $updated } aġġornati, { $unchanged } mhux mibdula.
registry-import-refused = Ma ġie importat xejn. Ikkoreġi dawn ir-ringieli u erġa' importa l-fajl:
registry-import-line = Linja
registry-import-column = Kolonna
registry-import-reason = Problema
form-title-new = Reġistrazzjoni ta' awtorità
form-title-edit = Editja { $name }
form-errors = Jekk jogħġbok ikkoreġi l-oqsma mmarkati.
form-name = Isem bil-lingwa oriġinali
form-name-language = Lingwa tal-isem
form-other-names = Ismijiet f'lingwi uffiċjali oħra
form-other-name = Isem ieħor { $number }
form-other-name-add = Żid isem b'lingwa oħra
form-other-name-remove = Neħħi
form-name-en = Isem bl-Ingliż
form-city = Belt
form-level-help = Il-parti tal-pajjiż li għaliha l-awtorità hija kompetenti. Meta diversi awtoritajiet jaqblu bl-istess mod ma' tfittxija, l-awtorità nazzjonali tidher l-ewwel.
form-phone-help = F'forma internazzjonali, pereżempju +371 6701 2345.
form-competences-filter = Sib kompetenza biex iżżidha
form-administrator = L-ewwel amministratur lokali tad-data
form-administrator-help = Din il-persuna tirċievi stedina bil-posta elettronika, tagħżel kelma sigrieta u mbagħad tamministra l-utenti tal-awtorità.
form-person-name = Isem sħiħ
form-invitation-language = Lingwa tal-istedina
form-save = Issejvja
form-register = Irreġistra
form-cancel = Ikkanċella
profile-edit = Editja
authority-send-request = Ibgħat talba lil din l-awtorità
profile-area-coordinator = Koordinatur tal-IMI għall-oqsma leġiżlattivi tagħha
profile-other-names = Ismijiet oħra
profile-registered-by = Irreġistrata minn
profile-registered-by-value = { $user }, { $authority }
users-title = Utenti
users-roles = Rwoli
users-active = Attiv
users-pending = L-istedina għadha ma ġietx aċċettata
users-invitation-expired = L-istedina skadiet
users-resend-invitation = Erġa' ibgħat l-istedina
toast-invitation-resent = Intbagħtet stedina ġdida; il-ħolqa ta' qabel m'għadhiex valida.
users-inactive = Diżattivat
users-invited-by = Mistieden minn { $name }
users-may-log-in = Jista' jidħol fis-sistema
users-invite-title = Stieden kollega
users-invite = Ibgħat l-istedina
toast-invited = L-istedina ntbagħtet.
invitation-title = Merħba fl-IMI
invitation-intro = { $name }, intbagħtitlek stedina biex tuża s-Sistema ta' Informazzjoni tas-Suq Intern bħala utent ta' { $authority } ({ $country }). Agħżel il-kelma sigrieta tiegħek biex tattiva l-kont tiegħek.
password-help = { $count ->
    [one] Mill-inqas karattru wieħed. Kelma sigrieta tajba tista' tkun magħmula minn ftit kliem mhux relatat ma' xulxin; kelmiet sigrieti komuni, ismek u l-indirizz tiegħek mhumiex aċċettati.
    [few] Mill-inqas { $count } karattri. Kelma sigrieta tajba tista' tkun magħmula minn ftit kliem mhux relatat ma' xulxin; kelmiet sigrieti komuni, ismek u l-indirizz tiegħek mhumiex aċċettati.
    [many] Mill-inqas { $count } karattru. Kelma sigrieta tajba tista' tkun magħmula minn ftit kliem mhux relatat ma' xulxin; kelmiet sigrieti komuni, ismek u l-indirizz tiegħek mhumiex aċċettati.
   *[other] Mill-inqas { $count } karattru. Kelma sigrieta tajba tista' tkun magħmula minn ftit kliem mhux relatat ma' xulxin; kelmiet sigrieti komuni, ismek u l-indirizz tiegħek mhumiex aċċettati.
}
invitation-repeat = Erġa' ikteb il-kelma sigrieta
invitation-mismatch = Iż-żewġ kelmiet sigrieti ma jaqblux.
invitation-accept = Attiva l-kont tiegħi
invitation-invalid = Din il-ħolqa tal-istedina mhijiex magħrufa, diġà ntużat jew skadiet. Itlob stedina ġdida lill-amministratur lokali tad-data tiegħek jew lill-koordinatur tal-IMI tiegħek.
field-error-invalid-email = Mhuwiex indirizz tal-posta elettronika validu.
field-error-invalid-phone = Mhuwiex numru tat-telefon f'forma internazzjonali (+ segwit minn ċifri).
field-error-not-yours = Barra mill-oqsma leġiżlattivi li tikkoordina int.
field-error-taken = Diġà qed jintuża minn kont ieħor.
field-error-too-short = Qasir wisq.
field-error-last-administrator = L-awtorità trid iżżomm mill-inqas amministratur lokali tad-data attiv wieħed.
field-error-control-character = Fih karattru ta' kontroll jew karattru li jbiddel id-direzzjoni tat-test; jekk jogħġbok neħħih.
field-error-not-own-country = Agħżel awtorità ta' pajjiżek.
field-error-too-personal = Ma jistax ikun fih l-indirizz tal-posta elettronika jew l-isem tiegħek.
field-error-too-guessable = Faċli wisq biex tiġi indovinata: hija kelma sigrieta komuni jew tixbah ħafna lil waħda. Uża frażi itwal magħmula minn kliem mhux relatat ma' xulxin.
field-error-wrong-code = Il-kodiċi mhuwiex korrett jew skada.
field-error-no-setup = Il-konfigurazzjoni ma nbdietx jew ġiet sostitwita; ibdiha mill-ġdid.
field-error-no-second-factor = L-awtentikazzjoni b'żewġ fatturi mhijiex attivata.
field-error-required-by-role = Ir-rwoli tiegħek jeħtieġu l-awtentikazzjoni b'żewġ fatturi; ma tistax tiġi diżattivata.
field-error-wrong-password = Il-kelma sigrieta mhijiex korretta.
field-error-self = Ma tistax tiddiżattiva l-kont tiegħek stess.
field-error-other-country = Jappartjeni għal pajjiż ieħor.
field-error-not-utf8 = Il-fajl mhuwiex test UTF-8. Issejvjah mill-programm tal-folji elettroniċi tiegħek bħala “CSV UTF-8”.
field-error-unreadable = Din ir-ringiela ma tistax tinqara bħala CSV.
field-error-unknown-column = Kolonna mhux magħrufa.
field-error-missing-column = Kolonna obbligatorja nieqsa.
field-error-wrong-column-count = Din ir-ringiela m'għandhiex l-istess numru ta' ċelloli bħall-intestatura.
field-error-too-many-rows = Wisq ringieli: massimu ta' 20,000 f'kull fajl.
field-error-invalid-format = Mhux fil-forma mistennija.
field-error-duplicate-of-line = L-istess referenza bħal fil-linja { $line }.
field-error-out-of-range = Barra mill-medda permessa.
field-error-out-of-range-between = Irid ikun bejn { $min } u { $max }.
field-error-invalid-date = Mhijiex data valida.
field-error-nonexistent-date = Din id-data ma teżistix.
field-error-invalid-person-name = Mhuwiex isem ta' persuna.
field-error-invalid-register-reference = Mhijiex referenza ta' reġistru valida.
field-error-unknown-country = Pajjiż li s-sistema ma tagħrafx.
field-error-unknown-placeholder = Qasam varjabbli li s-sistema ma tagħrafx.
field-error-unexpected = Mhuwiex parti mill-mistoqsijiet magħżula.
field-error-line-break = Irid ikun f'linja waħda.
field-error-none-left = Mill-inqas mistoqsija waħda trid tibqa' fit-talba.
field-error-not-a-handler = Mhuwiex ġestur tat-talbiet attiv ta' din l-awtorità.
field-error-not-a-coordinator = Mhuwiex koordinatur.
field-error-not-asked = Mhijiex waħda mill-mistoqsijiet tat-talba.
field-error-not-here = Mhux possibbli hawnhekk.
field-error-unterminated = Qasam varjabbli nfetaħ iżda ma ngħalaqx.
field-error-empty-name = Qasam varjabbli m'għandux isem.
field-error-invalid-name = L-isem ta' qasam varjabbli mhuwiex validu.
field-error-mismatched-delimiters = Il-parentesi ma jaqblux ma' xulxin.
field-error-nested = Qasam varjabbli jinsab ġewwa qasam varjabbli ieħor.
field-error-wrong-kind = Dan it-tip ta' tweġiba ma jaqbilx mal-mistoqsija.
field-error-no-attachment = Ma hemm l-ebda dokument mehmuż ma' din il-mistoqsija.

## Kont: awtentikazzjoni b'żewġ fatturi, sessjonijiet, kelma sigrieta
login-code = Kodiċi mill-applikazzjoni tal-awtentikazzjoni tiegħek
login-code-intro = Il-kont tiegħek juża l-awtentikazzjoni b'żewġ fatturi. Daħħal il-kodiċi li qed turi issa l-applikazzjoni tal-awtentikazzjoni tiegħek.
login-code-help = Sitt ċifri mill-applikazzjoni, jew wieħed mill-kodiċijiet ta' rkupru tiegħek.
user-account = Il-kont tiegħek
account-title = Il-kont tiegħek
account-second-factor-title = Awtentikazzjoni b'żewġ fatturi
account-second-factor-intro = Wara l-kelma sigrieta, id-dħul fis-sistema jitlob kodiċi ta' sitt ċifri minn applikazzjoni tal-awtentikazzjoni fuq it-telefon mobbli tiegħek, bħal FreeOTP, Aegis, Google Authenticator jew Microsoft Authenticator.
account-second-factor-required = Ir-rwoli tiegħek (amministratur lokali tad-data jew koordinatur tal-IMI) jeħtieġu l-awtentikazzjoni b'żewġ fatturi. Ikkonfiguraha issa biex tkompli.
account-second-factor-on = { $count ->
    [one] L-awtentikazzjoni b'żewġ fatturi hija attivata. Fadallek kodiċi wieħed ta' rkupru.
    [few] L-awtentikazzjoni b'żewġ fatturi hija attivata. Fadallek { $count } kodiċijiet ta' rkupru.
    [many] L-awtentikazzjoni b'żewġ fatturi hija attivata. Fadallek { $count } kodiċi ta' rkupru.
   *[other] L-awtentikazzjoni b'żewġ fatturi hija attivata. Fadallek { $count } kodiċi ta' rkupru.
}
account-second-factor-off = L-awtentikazzjoni b'żewġ fatturi mhijiex attivata.
account-second-factor-start = Ikkonfigura l-awtentikazzjoni b'żewġ fatturi
account-second-factor-scan = Skennja dan il-kodiċi bl-applikazzjoni tal-awtentikazzjoni tiegħek, jew daħħal fiha ċ-ċavetta ta' hawn taħt. Imbagħad daħħal il-kodiċi li turi l-applikazzjoni.
account-second-factor-qr = Kodiċi QR biex iżżid il-kont tiegħek ma' applikazzjoni tal-awtentikazzjoni
account-second-factor-key = Ċavetta
account-second-factor-code = Kodiċi mill-applikazzjoni
account-second-factor-confirm = Attiva l-awtentikazzjoni b'żewġ fatturi
account-second-factor-disable = Iddiżattiva l-awtentikazzjoni b'żewġ fatturi
account-recovery-title = Kodiċijiet ta' rkupru
account-recovery-intro = Żomm dawn il-kodiċijiet f'post sigur, 'il bogħod mit-telefon mobbli tiegħek. Kull wieħed minnhom idaħħlek fis-sistema darba waħda jekk jintilef it-telefon. Qed jintwerew issa biss.
account-recovery-done = Issejvjajthom
account-recovery-renew = Kodiċijiet ġodda ta' rkupru
account-sessions-title = Fejn dħalt fis-sistema
account-session-browser = Brawżer
account-session-address = Indirizz
account-session-started = Bidu
account-session-ends = Tmiem
account-session-current = Din is-sessjoni
account-session-unknown = Mhux magħruf
account-session-end = Oħroġ mis-sistema hemmhekk
account-sessions-end-others = Oħroġ mis-sistema kullimkien ieħor
account-password-title = Kelma sigrieta
account-password-current = Il-kelma sigrieta attwali
account-password-new = Il-kelma sigrieta l-ġdida
account-password-repeat = Erġa' ikteb il-kelma sigrieta l-ġdida
account-password-change = Ibdel il-kelma sigrieta
toast-second-factor-on = L-awtentikazzjoni b'żewġ fatturi ġiet attivata.
toast-second-factor-off = L-awtentikazzjoni b'żewġ fatturi ġiet diżattivata.
toast-recovery-renewed = Inħolqu kodiċijiet ġodda ta' rkupru; il-kodiċijiet il-qodma m'għadhomx jaħdmu.
toast-session-ended = Dik is-sessjoni ntemmet.
toast-sessions-ended = Is-sessjonijiet l-oħra tiegħek intemmu.
toast-password-changed = Il-kelma sigrieta tiegħek inbidlet, u s-sessjonijiet l-oħra tiegħek intemmu.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## $number huwa numru miktub kif jiktbu l-lingwa tal-qarrej, u $count l-istess numru bħala numru
## (għall-forma tal-plural). $from, $to u $today huma dati; $value, $green u $red huma valuri
## diġà miktuba fil-lingwa tal-qarrej (perċentwal, jew jiem); $zone hija żona tal-ħin
## (UTC); $indicator huwa l-isem ta' waħda miċ-ċifri statistics-figure-*.
nav-statistics = Statistika
statistics-title = Statistika
statistics-intro = Kemm talbiet jintbagħtu, kemm jiġu aċċettati u mwieġba malajr, u kif l-awtoritajiet li jagħmlu t-talbiet jivvalutaw it-tweġibiet. L-ebda persuna, isem jew test ma jifforma parti minn dawn iċ-ċifri.
statistics-print = Stampa
statistics-filters = Filtri
statistics-from = Minn
statistics-to = Sa
statistics-partner = Pajjiż sieħeb
statistics-direction = Direzzjoni
statistics-direction-all = Mibgħuta u riċevuti
statistics-direction-sent = Mibgħuta
statistics-direction-received = Riċevuti
statistics-granularity = Intervall tas-serje
statistics-granularity-month = Xahar
statistics-granularity-quarter = Trimestru
statistics-granularity-year = Sena
statistics-whose = Iċ-ċifri ta' min
statistics-scope-everything = Il-pajjiżi kollha
statistics-scope-areas = { $country }: l-oqsma tiegħek
statistics-scope-authority = L-awtorità tiegħek
statistics-your-areas = L-oqsma leġiżlattivi tiegħek
statistics-period = Talbiet mibgħuta minn { $from } sa { $to }
statistics-as-of = Il-jiem huma jiem kalendarji skont il-ħin { $zone }; iċ-ċifri huma kif kienu fi { $today }.
statistics-volumes-heading = Volumi
statistics-performance-heading = Ħeffa u sodisfazzjon
statistics-performance-intro = Il-ħeffa u s-sodisfazzjon huma dawk tan-naħa li twieġeb: jgħoddu t-talbiet mibgħuta lil dawn l-awtoritajiet matul il-perjodu. Kull ċifra turi fuq kemm talbiet hija bbażata; ċifra bbażata fuq ftit talbiet tista' tinbidel ħafna.
statistics-figure-sent = Talbiet mibgħuta
statistics-figure-received = Talbiet riċevuti
statistics-figure-open-now = Miftuħa bħalissa
statistics-figure-overdue-now = Lil hinn mill-iskadenza bħalissa
statistics-figure-accepted-in-time = Aċċettati fi żmien 7 ijiem
statistics-figure-average-days = Medja ta' jiem sat-tweġiba
statistics-figure-median-days = Medjan ta' jiem sat-tweġiba
statistics-figure-by-agreed-date = Imwieġba sal-iskadenza miftiehma
statistics-figure-within-two-weeks = Imwieġba fi żmien ġimgħatejn
statistics-figure-negative-timeliness = Valutazzjonijiet negattivi tal-puntwalità
statistics-figure-negative-effort = Valutazzjonijiet negattivi tal-kwalità
statistics-what-is-counted = X'jingħadd
statistics-definition-sent = Talbiet li dawn l-awtoritajiet bagħtu matul il-perjodu, kull waħda magħduda fil-jum li fih intbagħtet. L-abbozzi qatt ma jingħaddu. Talba li ngħaddiet lil awtorità oħra tingħadd darba biss; talba mifruda minn oħra hija talba għaliha, mibgħuta fil-jum li fih ġiet mifruda; talba rtirata xorta tingħadd. Il-jiem huma jiem kalendarji skont il-ħin UTC.
statistics-definition-received = Talbiet mibgħuta lil dawn l-awtoritajiet matul il-perjodu, kull waħda magħduda fil-jum li fih intbagħtet. Talba li ngħaddiet lil awtorità oħra tingħadd darba biss, għall-awtorità li jkollha l-aħħar; talba rtirata xorta tingħadd. Il-jiem huma jiem kalendarji skont il-ħin UTC.
statistics-definition-open-now = Talbiet ta' dawn l-awtoritajiet, mibgħuta jew riċevuti, li llum qed jistennew l-aċċettazzjoni, huma aċċettati jew qed jistennew informazzjoni, ikun xi jkun meta ntbagħtu: din iċ-ċifra mhijiex limitata għall-perjodu.
statistics-definition-overdue-now = Mit-talbiet miftuħa bħalissa, dawk li l-iskadenza miftiehma tagħhom diġà għaddiet illum (jiem kalendarji skont il-ħin UTC). Lanqas din iċ-ċifra ma hija limitata għall-perjodu.
statistics-definition-accepted-in-time = Mit-talbiet riċevuti li ġew aċċettati, jew li ilhom jistennew aktar minn 7 ijiem mingħajr ma ġew aċċettati, is-sehem ta' dawk aċċettati mhux aktar tard minn 7 ijiem kalendarji wara li waslu. Talba titqies riċevuta fil-jum li fih intbagħtet jew, jekk ingħaddiet lil awtorità oħra, fil-jum li fih ingħaddiet l-aħħar darba, biex lil awtorità ma jingħaddulhiex il-jiem li fihom it-talba kienet għand awtorità oħra. Talba rtirata tingħadd biss jekk kienet ġiet aċċettata. Il-jiem huma jiem kalendarji skont il-ħin UTC.
statistics-definition-average-days = In-numru medju ta' jiem kalendarji (UTC) mill-wasla (il-jum li fih intbagħtet it-talba, jew li fih ingħaddiet l-aħħar darba) sal-ewwel tweġiba, fuq it-talbiet riċevuti li ngħataw tweġiba. Meta tintalab kjarifika wara tweġiba, xorta tingħadd l-ewwel tweġiba.
statistics-definition-median-days = Il-valur tan-nofs tal-istess numri ta' jiem mill-wasla sal-ewwel tweġiba: nofs it-tweġibiet ħadu dan iż-żmien jew inqas. Meta n-numru ta' tweġibiet ikun par, jittieħed l-iżgħar miż-żewġ valuri tan-nofs.
statistics-definition-by-agreed-date = Mit-talbiet imwieġba li għandhom skadenza miftiehma, is-sehem ta' dawk li ngħataw l-ewwel tweġiba sa dak il-jum inkluż (jiem kalendarji skont il-ħin UTC).
statistics-definition-within-two-weeks = Mit-talbiet imwieġba, is-sehem ta' dawk li ngħataw l-ewwel tweġiba mhux aktar tard minn 14-il jum kalendarju (UTC) wara l-wasla (il-jum li fih intbagħtet it-talba, jew li fih ingħaddiet l-aħħar darba).
statistics-definition-negative-timeliness = Mit-talbiet riċevuti li l-awtorità li għamlet it-talba vvalutat meta għalqithom, is-sehem ta' dawk li t-tweġiba tagħhom ġiet ivvalutata b'mod negattiv għall-puntwalità.
statistics-definition-negative-effort = Mit-talbiet riċevuti li l-awtorità li għamlet it-talba vvalutat meta għalqithom, is-sehem ta' dawk li t-tweġiba tagħhom ġiet ivvalutata b'mod negattiv għall-kwalità.
statistics-no-figure = L-ebda talba
statistics-based-on = { $count ->
    [one] Ibbażat fuq { $number } talba
    [few] Ibbażat fuq { $number } talbiet
    [many] Ibbażat fuq { $number }-il talba
   *[other] Ibbażat fuq { $number } talba
}
statistics-eea = ŻEE
statistics-eea-value = ŻEE: { $value }
statistics-band-green = Tajjeb
statistics-band-yellow = Taħt osservazzjoni
statistics-band-red = Insuffiċjenti
statistics-legend-title = Il-limiti tal-kategoriji
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: tajjeb minn { $green }, insuffiċjenti taħt { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: tajjeb taħt { $green }, insuffiċjenti 'l fuq minn { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: tajjeb minn { $green }, insuffiċjenti taħt { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: tajjeb taħt { $green }, insuffiċjenti minn { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: tajjeb taħt { $green }, insuffiċjenti minn { $red }.
statistics-quarter = T{ $quarter } { $year }
statistics-quarter-short = T{ $quarter }
statistics-charts-heading = Matul iż-żmien
statistics-volumes-title = Talbiet mibgħuta u riċevuti
statistics-acceptance-title = Sehem tat-talbiet aċċettati fi żmien 7 ijiem
statistics-days-title = Medja ta' jiem sat-tweġiba
statistics-axis-requests = Talbiet
statistics-axis-share = Sehem
statistics-axis-days = Jiem
statistics-show-table = Uri bħala tabella
statistics-tables-heading = Tqassim dettaljat
statistics-column-period = Perjodu
statistics-column-sent = Mibgħuta
statistics-column-received = Riċevuti
statistics-column-based-on = Ibbażat fuq (talbiet)
statistics-column-area = Qasam leġiżlattiv
statistics-column-partner = Pajjiż sieħeb
statistics-column-country = Pajjiż
statistics-column-from-to = Minn (ringieli) lil (kolonni)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Talbiet skont il-qasam leġiżlattiv
statistics-by-partner-title = Talbiet skont il-pajjiż sieħeb
statistics-by-partner-intro = Il-pajjiż sieħeb huwa l-pajjiż fuq in-naħa l-oħra: għal talba mibgħuta, il-pajjiż li jwieġeb; għal talba riċevuta, il-pajjiż li jagħmel it-talba.
statistics-exchanges-title = Talbiet minn pajjiż għal pajjiż
statistics-exchanges-intro = Kull ringiela hija pajjiż li jagħmel it-talba, kull kolonna pajjiż li jwieġeb; jidhru biss il-pajjiżi li kellhom talbiet matul il-perjodu.
statistics-scoreboard-title = Tabella ta' valutazzjoni tal-pajjiżi li jwieġbu
statistics-scoreboard-intro = L-indikaturi ta' kull pajjiż bħala n-naħa li twieġeb, għat-talbiet li rċieva matul il-perjodu, bil-kategoriji tagħhom skont il-limiti ta' hawn fuq.
statistics-csv = Niżżel il-fajl CSV
statistics-csv-failed = Dan il-brawżer ma setax joħloq il-fajl.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: kategorija
statistics-csv-based-on = { $indicator }: ibbażat fuq (talbiet)
statistics-empty-title = L-ebda talba f'dan il-perjodu
statistics-empty-body = F'dan il-perjodu ma ntbagħtet l-ebda talba li taqbel ma' dawn il-filtri. Agħżel perjodu itwal jew inqas filtri.
statistics-error-before-start = Ma jistax ikun qabel l-ewwel jum tal-perjodu.
statistics-error-too-long = { $count ->
    [one] Il-perjodu jista' jkun twil mhux aktar minn { $days } jum.
    [few] Il-perjodu jista' jkun twil mhux aktar minn { $days } ijiem.
    [many] Il-perjodu jista' jkun twil mhux aktar minn { $days }-il jum.
   *[other] Il-perjodu jista' jkun twil mhux aktar minn { $days } jum.
}

## Twissijiet: awtorità waħda twissi lil ħafna oħrajn

role-alert_coordinator = Koordinatur tat-twissijiet
field-error-before-start = Ma jistax ikun qabel id-data li minnha tapplika d-deċiżjoni.
alert-state-draft = Abbozz
alert-state-awaiting-approval = Qed tistenna l-approvazzjoni tal-koordinatur tat-twissijiet
alert-state-sent = Mibgħuta
alert-state-closure-proposed = Għeluq propost
alert-state-closed = Magħluqa
alert-state-withdrawn = Irtirata
alert-action-edit = Editja
alert-action-delete = Ħassar l-abbozz
alert-action-send = Ibgħat it-twissija
alert-action-approve = Approva u ibgħat
alert-action-reject = Irritorna lill-mittent
alert-action-acknowledge = Ikkonferma l-wasla f'isem il-pajjiż
alert-action-pass-on = Għaddi lill-awtoritajiet
alert-action-acknowledge-receipt = Ikkonferma l-wasla
alert-action-modify = Immodifika
alert-action-withdraw = Irtira
alert-action-propose-closure = Ipproponi l-għeluq
alert-action-reject-closure = Żomm it-twissija miftuħa
alert-action-close = Agħlaq it-twissija
alert-event-created = Inħoloq abbozz
alert-event-submitted = Intbagħtet għall-approvazzjoni
alert-event-approved = Ġiet approvata mill-koordinatur tat-twissijiet
alert-event-rejected = Ġiet irritornata lill-mittent
alert-event-sent = It-twissija ntbagħtet
alert-event-acknowledged = Il-wasla ġiet ikkonfermata mill-koordinatur tat-twissijiet tal-pajjiż
alert-event-passed-on = Ingħaddiet lill-awtoritajiet kompetenti
alert-event-receipt-acknowledged = Il-wasla ġiet ikkonfermata mill-awtorità
alert-event-modified = It-twissija ġiet immodifikata
alert-event-withdrawn = It-twissija ġiet irtirata
alert-event-withdrawn-wrong = It-twissija ġiet irtirata: irriżulta li ma kellhiex bażi
alert-event-closure-proposed = Ġie propost l-għeluq
alert-event-closure-rejected = It-twissija tibqa' miftuħa
alert-event-closed = It-twissija ngħalqet
alert-event-end-reminder = Id-deċiżjoni m'għadhiex tapplika: agħlaq jew irtira t-twissija
alert-event-late-reminder = Lil hinn mill-iskadenza: id-deċiżjoni waqfet milli tapplika aktar minn 3 ijiem ilu u t-twissija għadha miftuħa
email-alert-subject = Twissija Nru { $number }: { $event }
email-alert-body = Għażiż/a { $name },

    L-awtorità { $authority } ħadet azzjoni dwar it-twissija Nru { $number } ({ $kind }): { $event }.

    Iftaħ it-twissija: { $link }

    Dan il-messaġġ intbagħat mis-Sistema ta' Informazzjoni tas-Suq Intern. Jekk jogħġbok tibgħatx tweġiba għalih.

alert-delivery-received = Riċevuta, il-wasla għadha ma ġietx ikkonfermata
alert-delivery-acknowledged = Il-wasla ġiet ikkonfermata
alert-delivery-passed-on = Ingħaddiet lill-awtoritajiet kompetenti
alert-box-drafts = Abbozzi ta' twissijiet
alert-box-sent = Twissijiet mibgħuta
alert-box-to-approve = Twissijiet biex jiġu approvati
alert-box-to-acknowledge = Twissijiet biex tiġi kkonfermata l-wasla
alert-box-received = Twissijiet riċevuti

## Alerts: the pages

nav-alerts = Twissijiet
alerts-title = Twissijiet
alerts-intro = It-twissijiet iwissu lill-awtoritajiet kompetenti ta' pajjiżi oħra dwar professjonist jew fornitur tas-servizz: projbizzjoni jew restrizzjoni fuq l-eżerċizzju tal-professjoni, diploma ffalsifikata, periklu għas-saħħa, għas-sigurtà jew għall-ambjent.
alerts-boxes = Listi tat-twissijiet
alerts-new = Twissija ġdida
alerts-check-link = Ivverifika professjonist
alerts-in-force = Twissijiet fis-seħħ
alerts-unread = Aġġornamenti tat-twissijiet mhux moqrija
# Il-qarrejja tal-iskrin iħabbruh meta jiżdied in-numru ta' aġġornamenti tat-twissijiet mhux moqrija.
live-alert-news = { $count ->
    [one] Aġġornament wieħed tat-twissijiet mhux moqri
    [few] { $count } aġġornamenti tat-twissijiet mhux moqrija
    [many] { $count }-il aġġornament tat-twissijiet mhux moqri
   *[other] { $count } aġġornament tat-twissijiet mhux moqri
}
alerts-empty-title = M'hemm l-ebda twissija hawn
alerts-empty-body = Meta twissija tasal għand il-pajjiż jew l-awtorità tiegħek, jew meta l-awtorità tiegħek tibgħat waħda, tidher hawn.
alerts-total = { $count ->
    [one] { $count } twissija
    [few] { $count } twissijiet
    [many] { $count }-il twissija
   *[other] { $count } twissija
}
alert-title = Twissija Nru { $number }
alert-title-unknown = Twissija
alert-subject-withheld = Id-data personali mhijiex murija
alert-unread = Ġdid minn meta fetaħtha l-aħħar darba
alert-from-country = Mibgħuta minn: { $country }
alert-details = Dettalji
alert-sender = Awtorità mittenti
alert-sent-at = Data tal-bgħit
alert-revision-label = Modifiki
alert-revision = { $count ->
    [one] Ġiet immodifikata darba minn meta ntbagħtet
    [2] Ġiet immodifikata darbtejn minn meta ntbagħtet
    [few] Ġiet immodifikata { $count } darbiet minn meta ntbagħtet
    [many] Ġiet immodifikata { $count }-il darba minn meta ntbagħtet
   *[other] Ġiet immodifikata { $count } darba minn meta ntbagħtet
}
alert-personal-hidden = Id-data personali ta' din it-twissija tintwera biss lill-mittent, lill-koordinaturi tat-twissijiet u lill-awtoritajiet li lilhom ingħaddiet it-twissija.
alert-comment = Kumment
alert-comment-help = Għar-riċevituri: dak li għandhom ikunu jafu lil hinn mill-oqsma ta' hawn fuq. Ikteb bil-lingwa tiegħek; kull qarrej jista' jitlob traduzzjoni awtomatika tiegħu.
alert-late-reason = Għaliex it-twissija qed tintbagħat tard
alert-proved-wrong = Din it-twissija ġiet irtirata għax irriżulta li ma kellhiex bażi.
alert-due-left = { $days ->
    [0] L-iskadenza hija llum: twissija trid tintbagħat fi żmien 3 ijiem mid-deċiżjoni.
    [one] Fadal { $days } jum biex tintbagħat din it-twissija.
    [2] Fadal jumejn biex tintbagħat din it-twissija.
    [few] Fadal { $days } ijiem biex tintbagħat din it-twissija.
    [many] Fadal { $days }-il jum biex tintbagħat din it-twissija.
   *[other] Fadal { $days } jum biex tintbagħat din it-twissija.
}
alert-due-late = { $days ->
    [one] Tard b'{ $days } jum: spjega għaliex it-twissija qed tintbagħat tard.
    [2] Tard b'jumejn: spjega għaliex it-twissija qed tintbagħat tard.
    [few] Tard b'{ $days } ijiem: spjega għaliex it-twissija qed tintbagħat tard.
    [many] Tard b'{ $days }-il jum: spjega għaliex it-twissija qed tintbagħat tard.
   *[other] Tard b'{ $days } jum: spjega għaliex it-twissija qed tintbagħat tard.
}
alert-actions = X'tista' tagħmel
alert-note = Raġuni
alert-note-help = Meħtieġa biex tirritorna jew tirtira t-twissija, jew biex tipproponi l-għeluq tagħha; kull riċevitur jaqraha.
alert-note-missing = L-ewwel agħti raġuni.
alert-withdraw-proved-wrong = Irriżulta li t-twissija ma kellhiex bażi: għarraf lil kull riċevitur b'dan
alert-conflict = { $error } L-istatus attwali tat-twissija: { $state }.
alert-deliveries = Riċevituri
alert-deliveries-summary = { $count ->
    [one] Konfermi tal-wasla: { $acknowledged } minn { $count } pajjiż.
    [few] Konfermi tal-wasla: { $acknowledged } minn { $count } pajjiżi.
    [many] Konfermi tal-wasla: { $acknowledged } minn { $count }-il pajjiż.
   *[other] Konfermi tal-wasla: { $acknowledged } minn { $count } pajjiż.
}
alert-column-country = Pajjiż
alert-column-delivery = Koordinatur tat-twissijiet
alert-column-authorities = Awtoritajiet kompetenti
alert-received-at = riċevuta nhar { $date }
alert-acknowledged-at = il-wasla ġiet ikkonfermata nhar { $date }
alert-not-acknowledged = il-wasla għadha ma ġietx ikkonfermata
alert-read-at = moqrija nhar { $date }
alert-not-read = għadha ma nqratx
alert-no-recipients = Għadha ma ngħaddiet lil ħadd
alert-timeline = Kronoloġija
alert-event-for-country = għal { $country }
alert-pass-on-title = Għaddi lill-awtoritajiet kompetenti
alert-pass-on-help = Ir-reġistru jissuġġerixxi l-awtoritajiet tal-pajjiż tiegħek li huma kompetenti għal din il-professjoni jew attività. Neħħi l-marka minn dawk li m'għandhomx jirċevuha, jew żid oħrajn.
alert-pass-on-none = Ir-reġistru ma jaf bl-ebda awtorità tal-pajjiż tiegħek li hija kompetenti għal din il-professjoni jew attività. Żid l-awtoritajiet li għandhom jirċevuha.
alert-pass-on-already = (diġà rċevietha)
alert-pass-on-add = Żid awtorità oħra
alert-pass-on-own-country = It-twissijiet jistgħu jingħaddew biss lill-awtoritajiet tal-pajjiż tiegħek stess.
alert-pass-on-submit = { $count ->
    [one] Għaddi lil { $count } awtorità
    [few] Għaddi lil { $count } awtoritajiet
    [many] Għaddi lil { $count }-il awtorità
   *[other] Għaddi lil { $count } awtorità
}
alert-compose-title = Twissija ġdida
alert-draft-title = Abbozz ta' twissija Nru { $number }
alert-modify-title = Immodifika t-twissija Nru { $number }
alert-step-kind = Tip ta' twissija
alert-step-fields = Dettalji
alert-step-countries = Pajjiżi
alert-step-review = Kumment u bgħit
alert-kind-legal-basis = Bażi legali: { $basis }
alert-choose-kind-first = L-ewwel agħżel it-tip ta' twissija.
alert-field-required = { $label } (obbligatorju)
alert-choose = Agħżel…
alert-countries-all = Din it-twissija tintbagħat lill-koordinaturi tat-twissijiet tat-30 pajjiż kollha taż-ŻEE.
alert-countries-choose = Agħżel il-pajjiżi fejn il-fornitur joperi jew fejn jista' jinħoloq ir-riskju.
alert-countries-always = { $country } jirċievi din it-twissija fi kwalunkwe każ, bħala l-pajjiż ta' stabbiliment.
alert-countries-none = Għadu ma ntgħażel l-ebda pajjiż.
alert-goes-to = Tintbagħat lil: { $countries }
alert-approval-note = It-twissijiet mill-pajjiż tiegħek jiġu approvati mill-koordinatur tat-twissijiet tiegħu qabel ma jintbagħtu.
alert-modify-note = Kull riċevitur jiġi mgħarraf li t-twissija ġiet immodifikata.
alert-problems = Għad iridu jitlestew
alert-incomplete = It-twissija għadha mhijiex kompluta. Il-partijiet neqsin huma mmarkati.
alert-save-draft = Issejvja l-abbozz
alert-save-modification = Issejvja l-modifika
alert-submit = Ibgħat għall-approvazzjoni
alert-check-title = Dan il-professjonist jista' jeżerċita l-professjoni tiegħu?
alert-check-intro = Fittex bl-isem fit-twissijiet fis-seħħ dwar il-kwalifiki professjonali li waslu għand il-pajjiż jew l-awtorità tiegħek. L-aċċenti u żball wieħed fl-ittajpjar ma jittiħdux inkunsiderazzjoni. Twissija misjuba tfisser li fil-pajjiż tagħha tapplika projbizzjoni jew restrizzjoni; jekk ma tinstab l-ebda twissija, dan mhuwiex prova li l-professjonist jista' jeżerċita mingħajr restrizzjonijiet.
alert-check-name = Isem il-professjonist
alert-check-profession = Professjoni
alert-check-any-profession = Kwalunkwe professjoni
alert-check-submit = Fittex it-twissijiet
alert-check-none = L-ebda twissija fis-seħħ ma ssemmi lil { $name }.
alert-check-found = { $count ->
    [one] Instabet { $count } twissija fis-seħħ
    [few] Instabu { $count } twissijiet fis-seħħ
    [many] Instabu { $count }-il twissija fis-seħħ
   *[other] Instabu { $count } twissija fis-seħħ
}
toast-alert-saved = L-abbozz ġie ssejvjat.
toast-alert-sent = It-twissija ntbagħtet.
toast-alert-submitted = It-twissija ntbagħtet għall-approvazzjoni.
toast-alert-modified = It-twissija ġiet immodifikata; ir-riċevituri qed jiġu mgħarrfa.
toast-alert-deleted = L-abbozz tħassar.
toast-alert-passed-on = It-twissija ngħaddiet.
toast-alert-done = L-azzjoni saret: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = M'hemm l-ebda konnessjoni. It-talbiet li fetaħt jibqgħu jistgħu jinqraw; it-tweġibiet, il-messaġġi u d-dokumenti li żżid jinżammu fuq dan l-apparat u jintbagħtu meta terġa' lura l-konnessjoni.
update-ready = Verżjoni ġdida tas-sistema hija lesta.
update-reload = Iftaħ il-verżjoni l-ġdida

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Bidla waħda li saret mingħajr konnessjoni qed tistenna li tintbagħat.
    [few] { $count } bidliet li saru mingħajr konnessjoni qed jistennew li jintbagħtu.
    [many] { $count }-il bidla li saru mingħajr konnessjoni qed jistennew li jintbagħtu.
   *[other] { $count } bidla li saru mingħajr konnessjoni qed jistennew li jintbagħtu.
}
queue-sending = Qed jintbagħtu l-bidliet li saru mingħajr konnessjoni…
queue-attention = { $count ->
    [one] Bidla waħda li saret mingħajr konnessjoni ma ntbagħtitx u teħtieġ id-deċiżjoni tiegħek.
    [few] { $count } bidliet li saru mingħajr konnessjoni ma ntbagħtux u jeħtieġu d-deċiżjoni tiegħek.
    [many] { $count }-il bidla li saru mingħajr konnessjoni ma ntbagħtux u jeħtieġu d-deċiżjoni tiegħek.
   *[other] { $count } bidla li saru mingħajr konnessjoni ma ntbagħtux u jeħtieġu d-deċiżjoni tiegħek.
}
queue-title = Qed jistennew li jintbagħtu
queue-intro = Dawn il-bidliet saru mingħajr konnessjoni u qed jinżammu fuq dan l-apparat. Jintbagħtu skont l-ordni hekk kif terġa' lura l-konnessjoni.
queue-kind-answers = Tweġibiet (issejvjati, mhux mibgħuta lill-awtorità li għamlet it-talba)
queue-kind-answer = Tweġibiet li għandhom jintbagħtu lill-awtorità li għamlet it-talba
queue-kind-message = Messaġġ
queue-kind-document = Dokument “{ $name }” ({ $size } kB)
queue-made-at = Miktub: { $time }
queue-status-waiting = Qed jistenna l-konnessjoni.
queue-status-conflict = Ma ntbagħatx: it-talba nbidlet wara li ktibt dan, u issa l-istat tagħha huwa “{ $state }”. Ara x'inbidel fl-istorja hawn taħt, imbagħad ibgħat il-bidla xorta waħda jew armiha.
queue-status-refused = Ma ntbagħatx: { $error }
queue-send-anyway = Ibgħat xorta waħda
queue-edit = Editja
queue-discard = Armi
queue-discard-confirm = Trid tarmi din il-bidla? Dak li ktibt se jitħassar minn dan l-apparat.
queue-logout-confirm = { $count ->
    [one] Bidla waħda li saret mingħajr konnessjoni għadha ma ntbagħtitx. Jekk toħroġ mis-sistema, din titħassar minn dan l-apparat. Trid toħroġ xorta waħda?
    [few] { $count } bidliet li saru mingħajr konnessjoni għadhom ma ntbagħtux. Jekk toħroġ mis-sistema, dawn jitħassru minn dan l-apparat. Trid toħroġ xorta waħda?
    [many] { $count }-il bidla li saru mingħajr konnessjoni għadhom ma ntbagħtux. Jekk toħroġ mis-sistema, dawn jitħassru minn dan l-apparat. Trid toħroġ xorta waħda?
   *[other] { $count } bidla li saru mingħajr konnessjoni għadhom ma ntbagħtux. Jekk toħroġ mis-sistema, dawn jitħassru minn dan l-apparat. Trid toħroġ xorta waħda?
}
toast-queued = M'hemmx konnessjoni: il-bidla qed tinżamm fuq dan l-apparat u se tintbagħat meta terġa' lura l-konnessjoni.
toast-queue-sent = { $count ->
    [one] Il-bidla li saret mingħajr konnessjoni ntbagħtet.
    [few] Intbagħtu { $count } bidliet li saru mingħajr konnessjoni.
    [many] Intbagħtu { $count }-il bidla li saru mingħajr konnessjoni.
   *[other] Intbagħtu { $count } bidla li saru mingħajr konnessjoni.
}

## Spezzjonijiet fuq il-post: it-tip ta' talba u r-rapport tal-ispezzjoni bil-firem ta' dawk preżenti
compose-kind-label = X'qed titlob?
request-kind-information = Informazzjoni
request-kind-information-help = L-awtorità l-oħra twieġeb il-mistoqsijiet tiegħek abbażi tar-rekords u tal-fajls tagħha.
request-kind-inspection = Spezzjoni fuq il-post
request-kind-inspection-help = L-awtorità l-oħra tispezzjona l-bini, it-tagħmir jew is-sit ikkonċernat u tirrapporta s-sejbiet tagħha, b'ritratti u bil-firem ta' dawk preżenti.
request-checklist = { $count ->
    [one] Lista ta' kontroll: punt wieħed
    [few] Lista ta' kontroll: { $count } punti
    [many] Lista ta' kontroll: { $count } punt
   *[other] Lista ta' kontroll: { $count } punt
}
inspection-title = Rapport tal-ispezzjoni
inspection-help = Irreġistra l-ispezzjoni hekk kif twettaqha: wieġeb il-lista ta' kontroll ta' hawn fuq, ehmeż ritratti bħala dokumenti, imbagħad niżżel il-jum u l-post u ħalli lil kull persuna preżenti tiffirma hawn. It-tweġiba tista' tintbagħat ladarba tkun iffirmajt int ukoll.
inspection-pending = Ir-rapport tal-ispezzjoni jintwera hawn flimkien mat-tweġiba.
inspection-inspected-on = Jum l-ispezzjoni
inspection-place = Il-post spezzjonat
inspection-place-help = L-indirizz, u s-sit jew il-bini (pereżempju: sit ta' kostruzzjoni, bieb 2).
inspection-present = Persuni preżenti
inspection-signer-name = Isem sħiħ
inspection-signer-role = Preżenti bħala
inspection-signer-refused = Firma rrifjutata
inspection-signer-unnamed = persuna preżenti
inspection-signer-unsigned = Ma tagħmilx parti mir-rapport sakemm il-persuna tiffirma jew tirrifjuta li tiffirma.
inspection-signer-add = Żid persuna preżenti
inspection-signer-remove = Neħħi din il-persuna
inspection-signature-of = Firma ta' { $name }
inspection-signature-clear = Ħassar il-firma
inspection-signature-needed = Il-firma tal-ispettur hija meħtieġa qabel ma t-tweġiba tkun tista' tintbagħat.
inspection-refused-to-sign = Il-persuna rrifjutat li tiffirma.
signer-role-inspector = Spettur
signer-role-provider-representative = Rappreżentant tal-fornitur jew ta' min iħaddem
signer-role-worker = Ħaddiem
signer-role-witness = Xhud
queue-kind-report = Rapport tal-ispezzjoni (issejvjat, mhux mibgħut lill-awtorità li għamlet it-talba)
