# Gaeilge.

## An feidhmchlár
app-name = Córas Faisnéise don Mhargadh Inmheánach
app-short-name = IMI
app-tagline = Comhar riaracháin idir údaráis inniúla an Limistéir Eorpaigh Eacnamaíochta
skip-to-content = Téigh chuig an bpríomhábhar
loading = Á lódáil…

## Nascleanúint agus roghchlár an úsáideora
nav-label = Príomh-nascleanúint
nav-inbox = Bosca isteach
language-label = Teanga
user-signed-in-as = Logáilte isteach mar { $name }, { $authority }
organisation-commission = An Coimisiún Eorpach
logout = Logáil amach
toast-dismiss = Dún
toast-logged-out = Tá tú logáilte amach.

## Leathanach logála isteach
login-title = Logáil isteach
login-intro = Úsáid an cuntas a chruthaigh riarthóir d’údaráis nó do chomhordaitheoir náisiúnta IMI duit.
login-email = Seoladh ríomhphoist
login-password = Pasfhocal
login-submit = Logáil isteach
login-submitting = Ag logáil isteach…
field-required = Tá an réimse seo riachtanach.

## Bosca isteach
inbox-title = Bosca isteach
inbox-empty-title = Níl aon iarraidh ann go fóill

## Leathanaigh nach ann dóibh
not-found-title = Níor aimsíodh an leathanach
not-found-body = Ní threoraíonn an seoladh a lean tú chuig aon leathanach den chóras seo.
not-found-home = Téigh chuig an mbosca isteach

## Róil
roles-label = Do róil
role-request_handler = Láimhseálaí iarrataí
role-allocator = Leithdháileoir iarrataí
role-local_administrator = Riarthóir áitiúil sonraí
role-coordinator = Comhordaitheoir IMI
role-commission_observer = Breathnóir ón gCoimisiún

## Earráidí a sheolann an freastalaí ar ais, de réir cóid
error-internal-error = Tharla earráid ar an bhfreastalaí. Bain triail eile as; má leanann an fhadhb, déan teagmháil le do riarthóir.
error-database-unavailable = Níl teacht ar bhunachar sonraí an chórais faoi láthair. Bain triail eile as i gceann cúpla nóiméad.
error-not-found = Níl an rud a d’iarr tú ann, nó níl rochtain agat air.
error-method-not-allowed = Ní féidir an gníomh seo a dhéanamh anseo.
error-unauthenticated = Tá deireadh le do sheisiún. Logáil isteach arís.
error-forbidden = Níl na cearta agat atá ag teastáil don ghníomh seo.
error-invalid-credentials = Tá an seoladh ríomhphoist nó an pasfhocal mícheart.
error-too-many-attempts = { $seconds ->
    [one] An iomarca iarrachtaí nár éirigh leo. Fan soicind amháin sula mbainfidh tú triail eile as.
    [two] An iomarca iarrachtaí nár éirigh leo. Fan dhá shoicind sula mbainfidh tú triail eile as.
    [few] An iomarca iarrachtaí nár éirigh leo. Fan { $seconds } shoicind sula mbainfidh tú triail eile as.
    [many] An iomarca iarrachtaí nár éirigh leo. Fan { $seconds } soicind sula mbainfidh tú triail eile as.
   *[other] An iomarca iarrachtaí nár éirigh leo. Fan { $seconds } soicind sula mbainfidh tú triail eile as.
}
error-malformed-json = Níorbh fhéidir leis an bhfreastalaí na sonraí a seoladh a léamh. Athlódáil an leathanach agus bain triail eile as.
error-unsupported-media-type = Ní ghlacann an freastalaí le sonraí san fhormáid seo.
error-payload-too-large = Tá na sonraí a seoladh níos mó ná mar a ghlacann an freastalaí leo.
error-validation-failed = Níl roinnt réimsí líonta isteach i gceart. Seiceáil na réimsí atá marcáilte.
error-network-error = Níl teacht ar an bhfreastalaí. Seiceáil do cheangal líonra agus bain triail eile as.
error-invalid-transition = Ní féidir an gníomh seo a dhéanamh i staid reatha na hiarrata. Athlódáil an leathanach le go bhfeicfidh tú cad is féidir a dhéanamh anois.
error-translation-not-configured = Níl an t-aistriúchán meaisín ar fáil ar an gcóras seo.
error-translation-failed = Níor fhreagair an tseirbhís aistriúcháin mheaisín. Bain triail eile as ar ball.

## Luachanna na gcoinneálaithe áite (shared::placeholder::PlaceholderErrorCode)
## Is é $label lipéad an choinneálaí áite i dteanga an léitheora; is líon carachtar iad $max agus
## $length.
placeholder-error-missing = Cuir isteach luach do “{ $label }”.
placeholder-error-empty = Ní féidir “{ $label }” a fhágáil folamh.
placeholder-error-too-long = { $max ->
    [one] Ní cheadaítear níos mó ná carachtar amháin sa réimse “{ $label }”; tá { $length } ann faoi láthair.
    [two] Ní cheadaítear níos mó ná dhá charachtar sa réimse “{ $label }”; tá { $length } ann faoi láthair.
    [few] Ní cheadaítear níos mó ná { $max } charachtar sa réimse “{ $label }”; tá { $length } ann faoi láthair.
    [many] Ní cheadaítear níos mó ná { $max } gcarachtar sa réimse “{ $label }”; tá { $length } ann faoi láthair.
   *[other] Ní cheadaítear níos mó ná { $max } carachtar sa réimse “{ $label }”; tá { $length } ann faoi láthair.
}
placeholder-error-control-character = Tá carachtar rialúcháin dofheicthe sa réimse “{ $label }”. Clóscríobh an luach arís.
placeholder-error-line-break = Ní mór an réimse “{ $label }” a bheith ar líne amháin.
placeholder-error-invalid-date = Cuir isteach “{ $label }” san fhormáid bliain-mí-lá, mar shampla 2025-03-31.
placeholder-error-nonexistent-date = Níl an dáta a cuireadh isteach do “{ $label }” ann san fhéilire.
placeholder-error-unknown-country = Do “{ $label }”, roghnaigh tír de chuid an Limistéir Eorpaigh Eacnamaíochta.
placeholder-error-invalid-email = Ní seoladh ríomhphoist bailí é “{ $label }”.
placeholder-error-invalid-person-name = Ní mór gur ainm duine é “{ $label }”: litreacha, gan digití.
placeholder-error-invalid-register-reference = Ní cheadaítear ach litreacha, digití, spásanna agus na carachtair - . / sa réimse “{ $label }”.
placeholder-error-unexpected = Tugadh luach do réimse nach n-úsáideann aon cheann de na ceisteanna a roghnaíodh.
placeholder-error-unknown-placeholder = Úsáideann ceist réimse anaithnid. Cuir do chomhordaitheoir IMI ar an eolas.

## Teimpléid cheisteanna (shared::placeholder::TemplateErrorCode)
## Is ionad carachtair é $position, arna chomhaireamh ó 1; is é $name ainm coinneálaí áite mar
## a scríobhadh é.
template-error-unterminated = Níl an coinneálaí áite a thosaíonn ag carachtar { $position } dúnta.
template-error-empty-name = Níl aon ainm ar an gcoinneálaí áite ag carachtar { $position }.
template-error-invalid-name = Ní ainm bailí coinneálaí áite é “{ $name }” (carachtar { $position }): ní mór dó tosú le litir agus litreacha, digití nó “_” a bheith ina diaidh.
template-error-mismatched-delimiters = Osclaítear an coinneálaí áite ag carachtar { $position } le cineál amháin lúibíní agus dúntar é le cineál eile.
template-error-nested = Tá coinneálaí áite eile laistigh den choinneálaí áite ag carachtar { $position }.
template-error-unknown-placeholder = Ní coinneálaí áite aitheanta é “{ $name }” (carachtar { $position }).

## Staideanna iarrata (shared::lifecycle::RequestState)
request-state-draft = Dréacht
request-state-awaiting-acceptance = Ag feitheamh le glacadh
request-state-accepted = Glactha
request-state-info-requested = Faisnéis bhreise iarrtha
request-state-answered = Freagartha
request-state-closed = Dúnta
request-state-withdrawn = Tarraingthe siar

## Gníomhartha ar iarraidh (shared::lifecycle::ActionKind)
request-action-create = Iarraidh nua
request-action-edit = Cuir in eagar
request-action-delete = Scrios an dréacht
request-action-send = Seol
request-action-withdraw = Tarraing siar
request-action-accept = Glac leis
request-action-forward = Seol ar aghaidh
request-action-request-info = Iarr faisnéis bhreise
request-action-provide-info = Tabhair faisnéis
request-action-answer = Freagair
request-action-split-off = Scar ceisteanna amach
request-action-request-clarification = Iarr soiléiriú
request-action-close = Glac leis an bhfreagra agus dún an iarraidh

## Rátálacha freagra (shared::lifecycle::Rating)
rating-positive = Maith
rating-neutral = Inghlactha
rating-negative = Lag

## Seiceáil ceisteanna (leathanach chun teimpléid cheisteanna a scríobh agus a thriail)
nav-question-check = Seiceáil ceisteanna
question-check-title = Seiceáil ceist
question-check-intro = Scríobh ceist mar a bheidh sí in iarraidh, le coinneálaithe áite do na sonraí a líonann an t-údarás a sheolann an iarraidh isteach, agus bain triail aisti le luachanna. Is iad na rialacha céanna a bhíonn i bhfeidhm anseo agus nuair a sheoltar iarraidh.
question-check-template = Téacs na ceiste
question-check-template-help = Scríobh gach coinneálaí áite san fhoirm {"${"}Ainm{"}"}, mar shampla {"${"}SPBusinessName{"}"}. Coinneálaithe áite aitheanta: { $names }.
question-check-values = Luachanna
question-check-no-placeholders = Níl aon choinneálaí áite sa cheist seo.
question-check-preview = Réamhamharc
question-check-submit = Seiceáil ar an bhfreastalaí
question-check-accepted = Glacann an freastalaí leis an gceist seo agus lena luachanna.

## Catalóg ceisteanna
nav-catalogue = Ceisteanna
catalogue-title = Catalóg ceisteanna
catalogue-intro = Na ceisteanna réamhaistrithe is féidir a chur in iarraidh. Léann an t-údarás eile gach ceann acu ina theanga féin; líonann an t-údarás a sheolann an iarraidh na coinneálaithe áite isteach.
catalogue-area-label = Réimse reachtach
catalogue-count = { $count ->
    [one] ceist amháin
    [two] dhá cheist
    [few] { $count } cheist
    [many] { $count } gceist
   *[other] { $count } ceist
}
area-services = Seirbhísí
area-professional_qualifications = Cáilíochtaí gairmiúla
area-posting_of_workers = Postú oibrithe
area-ecommerce = Tráchtáil leictreonach
answer-type-yes_no = Tá nó níl
answer-type-date = Dáta
answer-type-free_text = Saortéacs
answer-type-document = Doiciméad
answer-type-choice = Rogha ó liosta
answer-type-measurement = Luach tomhaiste

## Údaráis a aimsiú
nav-authorities = Údaráis
authorities-title = Aimsigh údarás
authorities-intro = Cuardaigh in aon teanga de réir ainm, acrainm, cathrach nó inniúlachta, mar shampla gairm nó gníomhaíocht. Meaitseáiltear inniúlachtaí i ngach ceann de theangacha an chórais.
authorities-search-label = Ainm, cathair nó inniúlacht
authorities-country-label = Tír
authorities-any-country = Gach tír
authorities-any-area = Gach réimse
authorities-results = { $count ->
    [one] Aimsíodh údarás amháin
    [two] Aimsíodh dhá údarás
    [few] Aimsíodh { $count } údarás
    [many] Aimsíodh { $count } n-údarás
   *[other] Aimsíodh { $count } údarás
}
authorities-no-results = Níl aon údarás ann a fhreagraíonn don chuardach seo.
## Is é $country ainm tíre i dteanga an léitheora; $label, ainm gairme nó gníomhaíochta.
search-country-from-query = Tá údaráis ón tír a luaitear i do chuardach á dtaispeáint: { $country }.
search-none-declared = { $country }: níor dhearbhaigh aon údarás go bhfuil sé inniúil i leith “{ $label }”.
search-none-declared-anywhere = Níor dhearbhaigh aon údarás go bhfuil sé inniúil i leith “{ $label }”.
search-ask-coordinator = Is féidir leis an gcomhordaitheoir náisiúnta IMI ({ $country }) a insint duit cén t-údarás atá inniúil:
authorities-match-name = Meaitseálann an t-ainm
authorities-match-acronym = Meaitseálann an t-acrainm
authorities-match-city = Meaitseálann an chathair
authorities-match-competence = Inniúil i leith: { $label }
authorities-pages = Leathanaigh torthaí
authorities-previous = Roimhe seo
authorities-next = Ar aghaidh
authorities-page = Leathanach { $page } as { $pages }
profile-back = Ar ais chuig an gcuardach
profile-country = Tír
profile-acronym = Acrainm
profile-level = Inniúlacht chríochach
level-national = Náisiúnta
level-regional = Réigiúnach
level-local = Áitiúil
profile-address = Seoladh
profile-email = Ríomhphost
profile-phone = Teileafón
profile-role = Ról sa chóras
profile-coordinator = Comhordaitheoir náisiúnta IMI
profile-areas = Réimsí reachtacha
profile-competences = Inniúil i leith

## Tíortha an Limistéir Eorpaigh Eacnamaíochta
country-AT = An Ostair
country-BE = An Bheilg
country-BG = An Bhulgáir
country-HR = An Chróit
country-CY = An Chipir
country-CZ = An tSeicia
country-DK = An Danmhairg
country-EE = An Eastóin
country-FI = An Fhionlainn
country-FR = An Fhrainc
country-DE = An Ghearmáin
country-GR = An Ghréig
country-HU = An Ungáir
country-IE = Éire
country-IT = An Iodáil
country-LV = An Laitvia
country-LT = An Liotuáin
country-LU = Lucsamburg
country-MT = Málta
country-NL = An Ísiltír
country-PL = An Pholainn
country-PT = An Phortaingéil
country-RO = An Rómáin
country-SK = An tSlóvaic
country-SI = An tSlóivéin
country-ES = An Spáinn
country-SE = An tSualainn
country-IS = An Íoslainn
country-LI = Lichtinstéin
country-NO = An Iorua

## Bosca isteach: liostaí iarrataí
inbox-empty-body-box = Liostófar anseo iarrataí d’údaráis a fhreagraíonn do na scagairí seo.
inbox-new-request = Iarraidh nua
inbox-boxes = Liostaí iarrataí
inbox-total = { $count ->
    [one] Iarraidh amháin
    [two] Dhá iarraidh
    [few] { $count } iarraidh
    [many] { $count } n-iarraidh
   *[other] { $count } iarraidh
}
inbox-deadline = Spriocdháta: { $date }
inbox-number-label = Uimhir na hiarrata
inbox-sort-label = Ord
inbox-sort-updated-desc = Na cinn is déanaí a athraíodh ar dtús
inbox-sort-updated-asc = Na cinn is faide ó athraíodh ar dtús
inbox-sort-deadline-asc = An spriocdháta is luaithe ar dtús
inbox-sort-number-desc = An uimhir is nuaí ar dtús
box-to-accept = Le glacadh leo
box-to-answer = Le freagairt nó le hathbhreithniú
box-awaiting = Ag feitheamh leis an taobh eile
box-overdue = Thar an spriocdháta
box-drafts = Dréachtaí
box-closed = Dúnta
box-all = Gach iarraidh

## Earráidí a sheolann an freastalaí ar ais (ar lean)
error-unsupported-file-type = Ní ghlactar leis an gcineál comhaid seo. Ceangail PDF, íomhá nó doiciméad oifige.

## Iarraidh
request-title = Iarraidh { $number }
request-title-unknown = Iarraidh
request-overdue = Thar an spriocdháta
request-from = Ó
request-to = Chuig
request-created = Cruthaithe
request-requested-date = Dáta iarrtha don fhreagra
request-deadline = Spriocdháta comhaontaithe
request-subject = An duine lena mbaineann an iarraidh
request-personal-data-hidden = Taispeántar na sonraí pearsanta, an trácht, na teachtaireachtaí agus na doiciméid a luaithe a ghlacann d’údarás leis an iarraidh.
request-personal-data-coordinator = Mar chomhordaitheoir IMI, is féidir leat dul chun cinn na hiarrata a leanúint. Níl a sonraí pearsanta, a trácht, a teachtaireachtaí ná a doiciméid ar fáil ach don dá údarás atá páirteach inti.
request-note-hidden = Téacs coinnithe siar: d’fhéadfadh sonraí pearsanta a bheith ann.
request-blocked-on = Dáta blocála na sonraí pearsanta
request-personal-data-blocked = Faoi na rialacha coinneála, blocáladh sonraí pearsanta na hiarrata seo (an duine lena mbaineann sí, téacs saor agus doiciméid) ar { $date }. Ní féidir le duine ar bith iad a fheiceáil a thuilleadh, agus scriosfar iad ar { $deleted }.
request-personal-data-erased = Faoi na rialacha coinneála, scriosadh sonraí pearsanta na hiarrata seo ar { $date }. Ní choinnítear ach a breac-chuntas: dátaí, údaráis, stádais agus rátálacha.
personal-data-mark = Sonraí pearsanta
personal-data-legend = Léiríonn an comhartha seo sonraí pearsanta. Níl siad le feiceáil ach ag na húdaráis atá ag plé leis an iarraidh; tar éis don iarraidh críochnú, blocáiltear iad agus ina dhiaidh sin scriostar iad, mar a éilíonn na rialacha coinneála.
nav-data-subjects = Ábhair sonraí
data-subjects-title = Iarrataí ó ábhair sonraí
data-subjects-intro = Nuair a fhiafraíonn duine cad iad na sonraí atá ag d’údarás fúthu, aimsigh anseo gach iarraidh de chuid d’údaráis a bhaineann leo, lena n-áirítear na hiarrataí a bhfuil a gcuid sonraí pearsanta blocáilte, agus ullmhaigh an tuarascáil a bhfuil siad i dteideal a fháil. Taifeadtar gach cuardach agus gach tuarascáil mar aon leis an gcúis atá leo.
data-subjects-reason = Cúis
data-subjects-reason-help = Mar shampla, dáta agus tagairt iarrata an duine. Taifeadtar an chúis sa loga iniúchta.
data-subjects-search = Cuardaigh
data-subjects-found = { $count ->
    [one] Aimsíodh iarraidh amháin
    [two] Aimsíodh dhá iarraidh
    [few] Aimsíodh { $count } iarraidh
    [many] Aimsíodh { $count } n-iarraidh
   *[other] Aimsíodh { $count } iarraidh
}
data-subjects-none = Níl aon iarraidh de chuid d’údaráis a bhaineann leis an duine seo.
data-subjects-include = Cuir san áireamh sa tuarascáil
data-subjects-side-requesting = Seolta ag d’údarás
data-subjects-side-responding = Faighte ag d’údarás
data-subjects-stage-visible = Sonraí pearsanta le feiceáil
data-subjects-stage-blocked = Sonraí pearsanta blocáilte
data-subjects-stage-deleted = Sonraí pearsanta scriosta
data-subjects-report-language = Teanga na tuarascála
data-subjects-make-report = Ullmhaigh an tuarascáil
data-subjects-print = Priontáil an tuarascáil
report-title = Sonraí pearsanta a choinnítear fút
report-intro = Coinníonn { $authority } na sonraí pearsanta seo a leanas fút sa Chóras Faisnéise don Mhargadh Inmheánach (IMI), trína malartaíonn údaráis an Limistéir Eorpaigh Eacnamaíochta faisnéis faoi Rialachán (AE) Uimh. 1024/2012.
report-made-on = Tuarascáil arna hullmhú ar { $date }
report-request = Iarraidh { $number }
report-area = Réimse dlí
report-data = Sonraí a choinnítear
report-disclosures = Seolta nó faighte
report-disclosure-sent = Seolta chuig { $authority } ar { $date }
report-disclosure-forwarded = Seolta ar aghaidh chuig { $authority } ar { $date }
report-disclosure-split-off = Tugtha go páirteach do { $authority } ar { $date }
report-disclosure-received-from = Faighte ó { $authority } ar { $date }
report-retention = Blocáil agus scriosadh
report-blocked-and-deleted = Blocáil ar { $blocked } (ón dáta sin ní féidir le duine ar bith iad a fheiceáil) agus scriosadh ar { $deleted }.
report-not-ended = Tá an iarraidh fós á plé. Blocálfar a sonraí pearsanta { $block ->
    [one] { $block } mhí
    [two] { $block } mhí
    [few] { $block } mhí
    [many] { $block } mí
   *[other] { $block } mí
} tar éis di críochnú agus scriosfar iad { $delete ->
    [one] { $delete } mhí
    [two] { $delete } mhí
    [few] { $delete } mhí
    [many] { $delete } mí
   *[other] { $delete } mí
} tar éis di críochnú.
report-count = { $field }: { $count }
report-field-document = Doiciméad
report-field-comment = Trácht an údaráis a sheol an iarraidh
report-field-note = Teachtaireachtaí agus téacsanna a seoladh leo
report-field-text-answer = Freagraí i scríbhinn
report-field-answer-comment = Tráchtanna ar fhreagraí
report-field-inspection-present = I láthair ag an gcigireacht ar an láthair
report-empty = Níl aon sonraí pearsanta fút in iarrataí an údaráis seo.
timeline-fields = Réimsí ceartaithe: { $fields }
request-rectify = Ceartaigh na sonraí pearsanta
request-rectify-title = Ceartaigh na sonraí faoin duine lena mbaineann an iarraidh
request-rectify-help = Cuirtear in iúl don údarás eile cé na réimsí a cheartaigh tú. Ní choinnítear na luachanna a bhí ann roimhe.
request-rectify-save = Sábháil an ceartúchán
request-comment = Trácht
request-original-language = Bunteanga: { $language }
request-questions = { $count ->
    [one] Ceist amháin
    [two] Dhá cheist
    [few] { $count } cheist
    [many] { $count } gceist
   *[other] { $count } ceist
}
request-answer = Freagra
request-answer-comment = Trácht ar an bhfreagra
request-answer-choose = Roghnaigh freagra
request-answer-date = Dáta
request-answer-measurement = Luach tomhaiste ({ $unit })
request-answer-text = Téacs an fhreagra
request-save-answers = Sábháil na freagraí
request-send-answer = Seol an freagra
request-actions = Cad is féidir leat a dhéanamh
request-propose-days = Nó mol spriocdháta eile, i laethanta
request-accept-proposed = Glac leis an iarraidh leis an spriocdháta seo
request-note = Téacs le seoladh in éineacht leis
request-rating-timeliness = Tráthúlacht an fhreagra
request-rating-effort = Cáilíocht an fhreagra
request-rating-choose = Roghnaigh rátáil
request-rating-needed = Chun an iarraidh a dhúnadh, tabhair rátáil do thráthúlacht agus do cháilíocht an fhreagra.
confirm-irreversible = Ní féidir é seo a chealú. Ar mhaith leat leanúint ar aghaidh?
request-split-choose = Aistrigh an cheist seo chuig údarás eile
request-reuse = Tosaigh iarraidh nua bunaithe ar an gceann seo
request-timeline = Stair
timeline-new = Nua ó rinne tú an t-athrú
request-message = Teachtaireacht chuig an údarás eile
request-message-send = Seol an teachtaireacht
timeline-to = Chuig: { $authority }
timeline-split-to = Iarraidh nua uimh. { $id }
subject-name = Ainm
subject-identifier = Uimhir chláraithe nó aitheantais
subject-birth-date = Dáta breithe
picker-label = Cuardaigh an t-údarás (in aon teanga)
picker-more = Taispeáin tuilleadh
answer-yes = Tá
answer-no = Níl
answer-unknown = Ní fios
answer-date = Dáta
answer-text = Freagra i scríbhinn
answer-measurement = Luach tomhaiste
answer-document-attached = Tá an doiciméad ceangailte
answer-document-not-available = Níl an doiciméad ar fáil
event-created = Dréacht cruthaithe
event-sent = Seolta
event-withdrawn = Tarraingthe siar
event-accepted = Glactha
event-forwarded = Seolta ar aghaidh
event-info-requested = Faisnéis bhreise iarrtha
event-info-provided = Faisnéis tugtha
event-answered = Freagartha
event-split-off = Ceisteanna scartha amach in iarraidh nua
event-clarification-requested = Soiléiriú iarrtha
event-closed = Glacadh leis an bhfreagra, dúnadh an iarraidh
event-message = Teachtaireacht
event-attachment-added = Doiciméad ceangailte
toast-request-action-send = Seoladh an iarraidh.
toast-request-action-delete = Scriosadh an dréacht.
toast-request-action-withdraw = Tarraingíodh siar an iarraidh.
toast-request-action-accept = Glacadh leis an iarraidh.
toast-request-action-forward = Seoladh an iarraidh ar aghaidh.
toast-request-action-request-info = Seoladh do cheist chuig an údarás a sheol an iarraidh.
toast-request-action-provide-info = Seoladh an fhaisnéis.
toast-request-action-answer = Seoladh an freagra.
toast-request-action-split-off = Aistríodh na ceisteanna chuig iarraidh nua.
toast-request-action-request-clarification = Seoladh d’iarraidh ar shoiléiriú.
toast-request-action-close = Dúnadh an iarraidh.
toast-answers-saved = Sábháladh do chuid freagraí.

## Iarraidh a dhréachtú
compose-title = Iarraidh nua
compose-steps = Céimeanna
compose-step-area = Réimse reachtach
compose-step-authority = Údarás
compose-step-subject = An duine i gceist
compose-step-questions = Ceisteanna
compose-step-details = Trácht agus dáta
compose-step-review = Athbhreithnigh agus seol
compose-back = Siar
compose-next = Ar aghaidh
compose-saved = Sábháladh dréacht uimh. { $id }
compose-chosen-authority = Roghnaithe: { $name }
compose-subject-help = An gairmí nó an soláthraí seirbhíse lena mbaineann. Ní fheiceann an t-údarás a fhaigheann an iarraidh na sonraí seo go dtí go nglacann sé léi.
compose-comment-help = Scríofa i do theanga féin; feiceann an t-údarás eile cén teanga atá ann.
compose-incomplete = Níl an iarraidh iomlán fós. Tá na codanna atá in easnamh marcáilte.
compose-draft-title = Dréacht { $number }
compose-questions-filter = Scag na ceisteanna
compose-questions-chosen = Ceisteanna roghnaithe: { $count }
compose-step-attention = aird ag teastáil
compose-review-fix = Ceartaigh na nithe seo a leanas sula seolfaidh tú an iarraidh:
compose-review-language = Taispeántar na ceisteanna i do theanga féin; léann an t-údarás a fhaigheann an iarraidh iad ina theanga féin.
compose-review-none = Dada
field-error-missing = Riachtanach.
field-error-too-long = Rófhada.
field-error-not-in-future = Ní mór gur dáta i ndiaidh an lae inniu é.
field-error-in-future = Ní féidir é a bheith sa todhchaí.
field-error-empty = Ní féidir é a fhágáil folamh.
field-error-duplicate = Roghnaithe faoi dhó.
field-error-unknown = Anaithnid.
field-error-other-area = Baineann sé le réimse reachtach eile.
field-error-area-not-handled = Ní phléann an t-údarás seo le réimse reachtach na hiarrata.
field-error-not-allowed = Ní féidir é sin a dhéanamh anseo.
field-error-too-many = An iomarca.

## Doiciméid cheangailte
request-documents = Doiciméid
request-no-documents = Níl aon doiciméad ceangailte.
request-documents-withheld = Is sonraí pearsanta iad na doiciméid: coinnítear siar anseo iad in éineacht leis an gcuid eile de shonraí pearsanta na hiarrata seo.
request-document-size = { $size } kB
upload-label = Ceangail doiciméad
upload-choose = Roghnaigh comhad…
upload-take-photo = Tóg grianghraf
upload-keep-original = Seol grianghraif ina mbunmhéid (murach sin, laghdaítear a méid ar an ngléas seo ar dtús)
date-day = Lá
date-month = Mí
date-year = Bliain
upload-help = PDF, íomhá nó doiciméad oifige, suas le 20 MB.
upload-question = An cheist a fhreagraítear sa doiciméad
upload-no-question = Gan cheist ar leith
upload-question-number = Ceist { $number }
upload-progress = Dul chun cinn an uaslódála

## Fógraí ríomhphoist (is ceann de na teachtaireachtaí event-* é $event)
email-subject = Iarraidh { $number }: { $event }
email-body = A { $name },

    Tá gníomh déanta ag { $authority } ar iarraidh { $number }: { $event }.

    Oscail an iarraidh: { $link }

    Is é an Córas Faisnéise don Mhargadh Inmheánach a sheol an teachtaireacht seo. Ná tabhair freagra uirthi, le do thoil.

## Fógraí
notifications-label = Fógraí
notifications-unread = { $count ->
    [one] { $count } fhógra gan léamh
    [two] { $count } fhógra gan léamh
    [few] { $count } fhógra gan léamh
    [many] { $count } bhfógra gan léamh
   *[other] { $count } fógra gan léamh
}
notifications-empty = Níl aon fhógra ann.
notifications-mark-all-read = Marcáil gach fógra mar léite
notification-item = { $number }: { $event }

## Leithdháileadh agus comhordú
request-assigned-to = Sannta do { $name }
request-assign-label = An láimhseálaí atá freagrach
request-unassigned = Gan sannadh
toast-assigned = Athraíodh an láimhseálaí atá freagrach.
toast-saved = Sábháladh.
inbox-allocation-toggle = Sannann leithdháileoir gach iarraidh a thagann isteach do dhuine dár láimhseálaithe
event-assigned = Sannta do láimhseálaí
event-reminded = Meabhrúchán ón gcomhordaitheoir
event-inactive = Gan aon ghníomhaíocht le dhá mhí
event-rectified = Sonraí pearsanta ceartaithe
nav-coordination = Comhordú
coordination-title = Iarrataí gan ghníomhaíocht
coordination-intro = Iarrataí ó údaráis do thíre nár tharla aon rud leo le níos mó ná dhá mhí. Oscail iarraidh chun í a sheoladh ar aghaidh, nó seol meabhrúchán chuig an údarás a bhfuil an chéad chéim eile le glacadh aige.
coordination-empty = Níl aon iarraidh ann atá gan ghníomhaíocht le dhá mhí.
coordination-last-change = An t-athrú deireanach: { $date }
coordination-remind = Seol meabhrúchán
toast-reminded = Seoladh an meabhrúchán.

## Aistriúchán meaisín ar shaorthéacs
request-translate = Aistrigh go dtí mo theanga
request-info-asked = Iarrann { $authority } an fhaisnéis bhreise seo a leanas:
request-translation-unavailable = Tá an téacs seo i dteanga eile, agus níl aistriúchán meaisín socraithe ar an bhfreastalaí seo.
request-machine-translation = Aistriúchán meaisín:

## Scagairí an fhorbhreathnaithe
inbox-state-label = Stádas
inbox-any-state = Gach stádas
inbox-from-label = Athraithe ón dáta
inbox-to-label = Athraithe go dtí an dáta
inbox-assigned-to-me = Na hiarrataí atá sannta dom amháin

## Riar an chláir (comhordaitheoirí) agus riar na n-úsáideoirí (riarthóirí áitiúla sonraí)
email-invitation-subject = Do chuntas sa Chóras Faisnéise don Mhargadh Inmheánach (IMI): { $authority }
email-invitation-body = A { $name },

    Chruthaigh { $inviter } cuntas duit sa Chóras Faisnéise don Mhargadh Inmheánach (IMI), mar úsáideoir de chuid { $authority }.

    Chun é a ghníomhachtú, oscail an nasc seo a leanas agus roghnaigh do phasfhocal: { $link }

    Ní féidir an nasc a úsáid ach uair amháin agus tá sé bailí ar feadh { $days ->
        [one] lae amháin
        [two] dhá lá
        [few] { $days } lá
        [many] { $days } lá
       *[other] { $days } lá
    }. Mura raibh tú ag súil leis an teachtaireacht seo, is féidir leat neamhaird a dhéanamh di.

error-edit-conflict = Shábháil duine eile an taifead seo tar éis duit é a oscailt. Athlódáil an leathanach chun na hathruithe a rinneadh a fheiceáil, agus ansin déan do chuid athruithe féin arís.
error-invalid-parameter = Níl seoladh an leathanaigh seo bailí. Seiceáil an nasc, nó téigh siar agus bain triail eile as.
error-rate-limited = Rinneadh é seo tamall beag ó shin agus ní féidir é a dhéanamh arís go fóill. Bain triail eile as ar ball.
error-second-factor-required = Cuir isteach an cód ó d’aip fíordheimhnithe.
error-invalid-second-factor = Tá an cód mícheart nó tá sé imithe in éag. Cuir isteach an cód atá ar taispeáint san aip anois.
error-second-factor-setup-required = Éilíonn do róil fíordheimhniú dhá fhachtóir. Socraigh é ar leathanach do chuntais chun leanúint ar aghaidh.
error-storage-full = Níorbh fhéidir an doiciméad a stóráil toisc go bhfuil spás stórála an fhreastalaí lán. Níor sábháladh aon rud; cuir do riarthóir IMI ar an eolas.
error-personal-data-blocked = Tá na sonraí pearsanta san iarratas seo blocáilte faoi na rialacha coinneála: ní féidir aon rud a chur leis.
error-idempotency-key-reused = Seoladh an t-athrú seo cheana le hábhar difriúil. Athlódáil an leathanach agus déan an t-athrú arís.
error-request-in-progress = Tá an t-athrú seo fós á phróiseáil. Fan nóiméad agus bain triail eile as.
error-device-storage-full = Níl spás fágtha ar an ngléas seo chun an t-athrú a choinneáil go dtí go mbeidh an nasc ar ais. Níor coinníodh aon rud: saor spás ar an ngléas, nó déan an t-athrú nuair a bheidh tú ar líne.
error-too-large-to-keep = Tá an doiciméad seo rómhór le coinneáil ar an ngléas go dtí go mbeidh an nasc ar ais. Ceangail é nuair a bheidh tú ar líne.
nav-registry = Clár
nav-users = Úsáideoirí
registry-title = Riar an chláir
registry-intro = Cláraigh údaráis do thíre, nó iompórtáil go leor acu in éineacht ó chomhad CSV. Chun údarás a cheartú, aimsigh é sa chuardach agus oscail a phróifíl.
registry-new = Cláraigh údarás
registry-import-title = Iompórtáil ó chomhad CSV
registry-import-help = Údarás amháin in aghaidh an ró, leis na colúin a thuairiscítear sa treoir iompórtála. Má bhíonn aon ró mícheart, ní iompórtáiltear aon rud; má iompórtáiltear an comhad céanna arís, ní athraítear aon rud.
registry-import-file = Comhad CSV
registry-import-progress = Dul chun cinn na hiompórtála
registry-import-done = Iompórtáladh: { $created } nua, { $updated } nuashonraithe, { $unchanged } gan athrú.
registry-import-refused = Níor iompórtáladh aon rud. Ceartaigh na rónna seo agus iompórtáil an comhad arís:
registry-import-line = Líne
registry-import-column = Colún
registry-import-reason = Fadhb
form-title-new = Údarás a chlárú
form-title-edit = Cuir { $name } in eagar
form-errors = Ceartaigh na réimsí atá marcáilte.
form-name = Ainm sa bhunteanga
form-name-language = Teanga an ainm
form-other-names = Ainmneacha i dteangacha oifigiúla eile
form-other-name = Ainm eile { $number }
form-other-name-add = Cuir ainm i dteanga eile leis
form-other-name-remove = Bain
form-name-en = Ainm i mBéarla
form-city = Cathair
form-level-help = An chuid den tír a bhfuil an t-údarás inniúil ina leith. Nuair a fhreagraíonn níos mó ná údarás amháin chomh maith céanna do chuardach, is é an t-údarás náisiúnta a liostaítear ar dtús.
form-phone-help = San fhormáid idirnáisiúnta, mar shampla +371 6701 2345.
form-competences-filter = Aimsigh inniúlacht le cur leis
form-administrator = An chéad riarthóir áitiúil sonraí
form-administrator-help = Faigheann an duine seo cuireadh trí ríomhphost, roghnaíonn sé nó sí pasfhocal agus ansin bainistíonn sé nó sí úsáideoirí an údaráis.
form-person-name = Ainm iomlán
form-invitation-language = Teanga an chuiridh
form-save = Sábháil
form-register = Cláraigh
form-cancel = Cealaigh
profile-edit = Cuir in eagar
authority-send-request = Seol iarraidh chuig an údarás seo
profile-area-coordinator = Comhordaitheoir IMI dá réimsí reachtacha féin
profile-other-names = Ainmneacha eile
profile-registered-by = Cláraithe ag
profile-registered-by-value = { $user }, { $authority }
users-title = Úsáideoirí
users-roles = Róil
users-active = Gníomhach
users-pending = Níor glacadh leis an gcuireadh fós
users-invitation-expired = Tá an cuireadh imithe in éag
users-resend-invitation = Seol an cuireadh arís
toast-invitation-resent = Seoladh cuireadh nua; níl an nasc a seoladh roimhe seo bailí a thuilleadh.
users-inactive = Díghníomhachtaithe
users-invited-by = Cuireadh ó { $name }
users-may-log-in = Ceadaítear logáil isteach
users-invite-title = Tabhair cuireadh do chomhghleacaí
users-invite = Seol an cuireadh
toast-invited = Seoladh an cuireadh.
invitation-title = Fáilte chuig IMI
invitation-intro = A { $name }, tugadh cuireadh duit chuig an gCóras Faisnéise don Mhargadh Inmheánach mar úsáideoir de chuid { $authority } ({ $country }). Roghnaigh do phasfhocal chun do chuntas a ghníomhachtú.
password-help = { $count ->
    [one] Carachtar amháin ar a laghad. Is pasfhocal maith é cúpla focal nach mbaineann le chéile; ní ghlactar le pasfhocail choitianta, ná le d’ainm ná le do sheoladh féin.
    [two] { $count } charachtar ar a laghad. Is pasfhocal maith é cúpla focal nach mbaineann le chéile; ní ghlactar le pasfhocail choitianta, ná le d’ainm ná le do sheoladh féin.
    [few] { $count } charachtar ar a laghad. Is pasfhocal maith é cúpla focal nach mbaineann le chéile; ní ghlactar le pasfhocail choitianta, ná le d’ainm ná le do sheoladh féin.
    [many] { $count } gcarachtar ar a laghad. Is pasfhocal maith é cúpla focal nach mbaineann le chéile; ní ghlactar le pasfhocail choitianta, ná le d’ainm ná le do sheoladh féin.
   *[other] { $count } carachtar ar a laghad. Is pasfhocal maith é cúpla focal nach mbaineann le chéile; ní ghlactar le pasfhocail choitianta, ná le d’ainm ná le do sheoladh féin.
}
invitation-repeat = Cuir isteach an pasfhocal arís
invitation-mismatch = Níl an dá phasfhocal mar a chéile.
invitation-accept = Gníomhachtaigh mo chuntas
invitation-invalid = Níl an nasc cuiridh seo aitheanta, úsáideadh cheana é nó tá sé imithe in éag. Iarr cuireadh nua ar do riarthóir áitiúil sonraí nó ar do chomhordaitheoir IMI.
field-error-invalid-email = Ní seoladh ríomhphoist bailí é.
field-error-invalid-phone = Ní uimhir theileafóin san fhormáid idirnáisiúnta í (+ agus digití ina dhiaidh).
field-error-not-yours = Lasmuigh de na réimsí reachtacha a chomhordaíonn tú.
field-error-taken = In úsáid ag cuntas eile cheana féin.
field-error-too-short = Róghearr.
field-error-last-administrator = Ní mór riarthóir áitiúil sonraí gníomhach amháin ar a laghad a bheith ag an údarás i gcónaí.
field-error-control-character = Tá carachtar rialúcháin ann, nó carachtar a athraíonn treo an téacs; bain amach é.
field-error-not-own-country = Roghnaigh údarás de chuid do thíre féin.
field-error-too-personal = Ní cheadaítear do sheoladh ríomhphoist ná d’ainm ann.
field-error-too-guessable = Ró-éasca a thomhas: is pasfhocal coitianta é, nó tá sé an-chosúil le ceann. Úsáid frása níos faide ina bhfuil focail nach mbaineann le chéile.
field-error-wrong-code = Tá an cód mícheart nó tá sé imithe in éag.
field-error-no-setup = Níor tosaíodh an socrú, nó cuireadh socrú eile ina áit; tosaigh arís é.
field-error-no-second-factor = Níl fíordheimhniú dhá fhachtóir ar siúl.
field-error-required-by-role = Éilíonn do róil fíordheimhniú dhá fhachtóir; ní féidir é a mhúchadh.
field-error-wrong-password = Tá an pasfhocal mícheart.
field-error-self = Ní féidir leat do chuntas féin a dhíghníomhachtú.
field-error-other-country = Baineann sé le tír eile.
field-error-not-utf8 = Ní téacs UTF-8 é an comhad. Sábháil ó do scarbhileog é mar “CSV UTF-8”.
field-error-unreadable = Ní féidir an ró seo a léamh mar CSV.
field-error-unknown-column = Colún anaithnid.
field-error-missing-column = Tá colún riachtanach in easnamh.
field-error-wrong-column-count = Níl an líon céanna cealla sa ró seo agus atá sa cheanntásc.
field-error-too-many-rows = An iomarca rónna: 20,000 ar a mhéad in aghaidh an chomhaid.
field-error-invalid-format = Níl sé san fhoirm a bhfuiltear ag súil léi.
field-error-duplicate-of-line = An tagairt chéanna agus atá ar líne { $line }.
field-error-out-of-range = Lasmuigh den raon ceadaithe.
field-error-out-of-range-between = Ní mór é a bheith idir { $min } agus { $max }.
field-error-invalid-date = Ní dáta bailí é.
field-error-nonexistent-date = Níl an dáta seo ann.
field-error-invalid-person-name = Ní ainm duine é.
field-error-invalid-register-reference = Ní uimhir chláraithe bhailí í.
field-error-unknown-country = Tír nach n-aithníonn an córas.
field-error-unknown-placeholder = Coinneálaí áite nach n-aithníonn an córas.
field-error-unexpected = Ní bhaineann sé leis na ceisteanna a roghnaíodh.
field-error-line-break = Ní mór é a bheith ar líne amháin.
field-error-none-left = Ní mór ceist amháin ar a laghad a fhágáil san iarraidh.
field-error-not-a-handler = Ní láimhseálaí iarrataí gníomhach de chuid an údaráis seo é.
field-error-not-a-coordinator = Ní comhordaitheoir IMI é.
field-error-not-asked = Ní ceann de cheisteanna na hiarrata é.
field-error-not-here = Ní féidir é sin a dhéanamh anseo.
field-error-unterminated = Osclaítear coinneálaí áite ach ní dhúntar é.
field-error-empty-name = Níl aon ainm ar choinneálaí áite.
field-error-invalid-name = Níl ainm an choinneálaí áite bailí.
field-error-mismatched-delimiters = Ní réitíonn na lúibíní le chéile.
field-error-nested = Tá coinneálaí áite laistigh de cheann eile.
field-error-wrong-kind = Ní oireann an cineál freagra seo don cheist.
field-error-no-attachment = Níl aon doiciméad ceangailte leis an gceist seo.

## Cuntas: fíordheimhniú dhá fhachtóir, seisiúin, pasfhocal
login-code = Cód ó d’aip fíordheimhnithe
login-code-intro = Úsáideann do chuntas fíordheimhniú dhá fhachtóir. Cuir isteach an cód atá ar taispeáint i d’aip fíordheimhnithe anois.
login-code-help = Sé dhigit ón aip, nó ceann de do chóid aisghabhála.
user-account = Do chuntas
account-title = Do chuntas
account-second-factor-title = Fíordheimhniú dhá fhachtóir
account-second-factor-intro = Nuair a logálann tú isteach, iarrtar cód sé dhigit ort tar éis do phasfhocail. Faightear an cód ó aip fíordheimhnithe ar d’fhón póca, mar shampla FreeOTP, Aegis, Google Authenticator nó Microsoft Authenticator.
account-second-factor-required = Éilíonn do róil (riarthóir áitiúil sonraí nó comhordaitheoir IMI) fíordheimhniú dhá fhachtóir. Socraigh anois é chun leanúint ar aghaidh.
account-second-factor-on = { $count ->
    [one] Tá fíordheimhniú dhá fhachtóir ar siúl. Tá cód aisghabhála amháin fágtha.
    [two] Tá fíordheimhniú dhá fhachtóir ar siúl. Tá { $count } chód aisghabhála fágtha.
    [few] Tá fíordheimhniú dhá fhachtóir ar siúl. Tá { $count } chód aisghabhála fágtha.
    [many] Tá fíordheimhniú dhá fhachtóir ar siúl. Tá { $count } gcód aisghabhála fágtha.
   *[other] Tá fíordheimhniú dhá fhachtóir ar siúl. Tá { $count } cód aisghabhála fágtha.
}
account-second-factor-off = Tá fíordheimhniú dhá fhachtóir múchta.
account-second-factor-start = Socraigh fíordheimhniú dhá fhachtóir
account-second-factor-scan = Scanáil an cód seo le d’aip fíordheimhnithe, nó clóscríobh an eochair thíos san aip. Ansin, cuir isteach an cód atá ar taispeáint san aip.
account-second-factor-qr = Cód QR chun do chuntas a chur le haip fíordheimhnithe
account-second-factor-key = Eochair
account-second-factor-code = Cód ón aip
account-second-factor-confirm = Cuir fíordheimhniú dhá fhachtóir ar siúl
account-second-factor-disable = Múch fíordheimhniú dhá fhachtóir
account-recovery-title = Cóid aisghabhála
account-recovery-intro = Coinnigh na cóid seo in áit shábháilte, i bhfad ó d’fhón póca. Má chailltear an fón, is féidir gach ceann acu a úsáid uair amháin chun logáil isteach. Ní thaispeántar iad ach anois.
account-recovery-done = Tá siad sábháilte agam
account-recovery-renew = Cóid aisghabhála nua
account-sessions-title = Cá bhfuil tú logáilte isteach
account-session-browser = Brabhsálaí
account-session-address = Seoladh
account-session-started = Tús
account-session-ends = Deireadh
account-session-current = An seisiún seo
account-session-unknown = Anaithnid
account-session-end = Logáil amach ansin
account-sessions-end-others = Logáil amach i ngach áit eile
account-password-title = Pasfhocal
account-password-current = Pasfhocal reatha
account-password-new = Pasfhocal nua
account-password-repeat = Cuir isteach an pasfhocal nua arís
account-password-change = Athraigh an pasfhocal
toast-second-factor-on = Tá fíordheimhniú dhá fhachtóir ar siúl.
toast-second-factor-off = Tá fíordheimhniú dhá fhachtóir múchta.
toast-recovery-renewed = Cruthaíodh cóid aisghabhála nua; ní oibríonn na cinn a bhí ann roimhe seo a thuilleadh.
toast-session-ended = Cuireadh deireadh leis an seisiún sin.
toast-sessions-ended = Cuireadh deireadh le do sheisiúin eile.
toast-password-changed = Athraíodh do phasfhocal, agus cuireadh deireadh le do sheisiúin eile.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## Is líon é $number mar a scríobhtar é i dteanga an léitheora, agus is é $count an líon céanna
## mar uimhir (don fhoirm iolra). Is dátaí iad $from, $to agus $today; is luachanna iad $value,
## $green agus $red atá scríofa cheana i dteanga an léitheora (céatadán, nó laethanta); is crios
## ama é $zone (UTC); is é $indicator ainm ceann de na figiúirí statistics-figure-*.
nav-statistics = Staitisticí
statistics-title = Staitisticí
statistics-intro = Cé mhéad iarraidh a sheoltar, cé chomh tapa a ghlactar leo agus a fhreagraítear iad, agus conas a rátálann na húdaráis a sheolann na hiarrataí na freagraí. Níl aon duine, aon ainm ná aon téacs sna figiúirí seo.
statistics-print = Priontáil
statistics-filters = Scagairí
statistics-from = Ó
statistics-to = Go dtí
statistics-partner = Tír chomhpháirtíochta
statistics-direction = Treo
statistics-direction-all = Seolta agus faighte
statistics-direction-sent = Seolta
statistics-direction-received = Faighte
statistics-granularity = Céimeanna na sraithe
statistics-granularity-month = Mí
statistics-granularity-quarter = Ráithe
statistics-granularity-year = Bliain
statistics-whose = Raon na bhfigiúirí
statistics-scope-everything = Gach tír
statistics-scope-areas = { $country }: do réimsí
statistics-scope-authority = D’údarás
statistics-your-areas = Do réimsí reachtacha
statistics-period = Iarrataí a seoladh ó { $from } go { $to }
statistics-as-of = Is laethanta féilire in { $zone } iad na laethanta; figiúirí amhail { $today }.
statistics-volumes-heading = Líon na n-iarrataí
statistics-performance-heading = Luas agus sástacht
statistics-performance-intro = Is iad luas agus sástacht an taobh a fhreagraíonn atá i gceist: áirítear na hiarrataí a seoladh chuig na húdaráis seo sa tréimhse. Léiríonn gach figiúr cé mhéad iarraidh a bhfuil sé bunaithe orthu; d’fhéadfadh figiúr atá bunaithe ar bheagán iarrataí athrú go mór.
statistics-figure-sent = Iarrataí seolta
statistics-figure-received = Iarrataí faighte
statistics-figure-open-now = Oscailte faoi láthair
statistics-figure-overdue-now = Thar an spriocdháta faoi láthair
statistics-figure-accepted-in-time = Glactha laistigh de 7 lá
statistics-figure-average-days = Meánlíon laethanta go freagra
statistics-figure-median-days = Airmheánlíon laethanta go freagra
statistics-figure-by-agreed-date = Freagartha faoin spriocdháta comhaontaithe
statistics-figure-within-two-weeks = Freagartha laistigh de choicís
statistics-figure-negative-timeliness = Rátálacha diúltacha ar thráthúlacht
statistics-figure-negative-effort = Rátálacha diúltacha ar cháilíocht
statistics-what-is-counted = Cad a áirítear
statistics-definition-sent = Iarrataí a sheol na húdaráis seo sa tréimhse, gach ceann acu áirithe ar an lá a seoladh é. Ní áirítear dréachtaí riamh. Áirítear iarraidh a seoladh ar aghaidh uair amháin; is iarraidh ann féin í iarraidh a scaradh amach ó iarraidh eile, agus meastar gur seoladh í ar an lá a scaradh amach í; áirítear iarraidh a tarraingíodh siar freisin. Is laethanta féilire in UTC iad na laethanta.
statistics-definition-received = Iarrataí a seoladh chuig na húdaráis seo sa tréimhse, gach ceann acu áirithe ar an lá a seoladh é. Áirítear iarraidh a seoladh ar aghaidh uair amháin, don údarás a bhfuil sí aige ar deireadh; áirítear iarraidh a tarraingíodh siar freisin. Is laethanta féilire in UTC iad na laethanta.
statistics-definition-open-now = Iarrataí de chuid na n-údarás seo, seolta nó faighte, atá inniu ag feitheamh le glacadh, atá glactha nó atá ag feitheamh le faisnéis, is cuma cathain a seoladh iad: níl an figiúr seo teoranta don tréimhse.
statistics-definition-overdue-now = De na hiarrataí atá oscailte faoi láthair, iad siúd a bhfuil a spriocdháta comhaontaithe caite inniu (laethanta féilire in UTC). Níl an figiúr seo teoranta don tréimhse ach oiread.
statistics-definition-accepted-in-time = De na hiarrataí faighte ar glacadh leo, nó atá ag feitheamh níos mó ná 7 lá gan glacadh leo, an cion ar glacadh leo tráth nach déanaí ná 7 lá féilire tar éis a bhfála. Faightear iarraidh ar an lá a seoladh í nó, má seoladh ar aghaidh í, ar lá an tseolta ar aghaidh deireanaigh, ionas nach gcuirtear i leith údaráis na laethanta a bhí sí ag údarás eile. Ní áirítear iarraidh a tarraingíodh siar ach amháin má glacadh léi. Is laethanta féilire in UTC iad na laethanta.
statistics-definition-average-days = Meánlíon na laethanta féilire (UTC) ón bhfáil (an lá a seoladh í, nó lá an tseolta ar aghaidh deireanaigh) go dtí an chéad fhreagra, thar na hiarrataí faighte a freagraíodh. Má iarradh soiléiriú tar éis freagra, is é an chéad fhreagra a áirítear i gcónaí.
statistics-definition-median-days = Luach láir na líonta céanna laethanta ón bhfáil go dtí an chéad fhreagra: tugadh leath na bhfreagraí laistigh den líon sin laethanta nó níos luaithe. I gcás líon cothrom freagraí, áirítear an ceann is ísle den dá luach láir.
statistics-definition-by-agreed-date = De na hiarrataí freagartha a bhfuil spriocdháta comhaontaithe acu, an cion a freagraíodh den chéad uair an lá sin nó roimhe (laethanta féilire in UTC).
statistics-definition-within-two-weeks = De na hiarrataí freagartha, an cion a freagraíodh den chéad uair tráth nach déanaí ná 14 lá féilire (UTC) tar éis a bhfála (an lá a seoladh iad, nó lá an tseolta ar aghaidh deireanaigh).
statistics-definition-negative-timeliness = De na hiarrataí faighte ar thug an t-údarás a sheol iad rátáil dóibh agus é á ndúnadh, an cion ar thug sé rátáil dhiúltach do thráthúlacht a bhfreagra.
statistics-definition-negative-effort = De na hiarrataí faighte ar thug an t-údarás a sheol iad rátáil dóibh agus é á ndúnadh, an cion ar thug sé rátáil dhiúltach do cháilíocht a bhfreagra.
statistics-no-figure = Gan iarrataí
statistics-based-on = { $count ->
    [one] Bunaithe ar iarraidh amháin
    [two] Bunaithe ar dhá iarraidh
    [few] Bunaithe ar { $number } iarraidh
    [many] Bunaithe ar { $number } n-iarraidh
   *[other] Bunaithe ar { $number } iarraidh
}
statistics-eea = LEE
statistics-eea-value = LEE: { $value }
statistics-band-green = Maith
statistics-band-yellow = Le faire
statistics-band-red = Lag
statistics-legend-title = Tairseacha na mbandaí
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: maith ó { $green } ar aghaidh, lag faoi bhun { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: maith faoi bhun { $green }, lag os cionn { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: maith ó { $green } ar aghaidh, lag faoi bhun { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: maith faoi bhun { $green }, lag ó { $red } ar aghaidh.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: maith faoi bhun { $green }, lag ó { $red } ar aghaidh.
statistics-quarter = R{ $quarter } { $year }
statistics-quarter-short = R{ $quarter }
statistics-charts-heading = Le himeacht ama
statistics-volumes-title = Iarrataí seolta agus faighte
statistics-acceptance-title = Cion na n-iarrataí ar glacadh leo laistigh de 7 lá
statistics-days-title = Meánlíon laethanta go freagra
statistics-axis-requests = Iarrataí
statistics-axis-share = Cion
statistics-axis-days = Laethanta
statistics-show-table = Taispeáin mar thábla
statistics-tables-heading = Miondealuithe
statistics-column-period = Tréimhse
statistics-column-sent = Seolta
statistics-column-received = Faighte
statistics-column-based-on = Bunaithe ar (iarrataí)
statistics-column-area = Réimse reachtach
statistics-column-partner = Tír chomhpháirtíochta
statistics-column-country = Tír
statistics-column-from-to = Ó (rónna) go (colúin)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Iarrataí de réir réimse reachtaigh
statistics-by-partner-title = Iarrataí de réir tíre comhpháirtíochta
statistics-by-partner-intro = Is í an tír chomhpháirtíochta an tír ar an taobh eile: an tír a fhreagraíonn i gcás iarraidh a seoladh, agus an tír a d’iarr i gcás iarraidh a fuarthas.
statistics-exchanges-title = Iarrataí ó thír go tír
statistics-exchanges-intro = Is tír a d’iarr gach ró, agus is tír a fhreagraíonn gach colún; ní liostaítear ach na tíortha a raibh iarrataí acu sa tréimhse.
statistics-scoreboard-title = Scórchlár na dtíortha a fhreagraíonn
statistics-scoreboard-intro = Táscairí gach tíre mar an taobh a fhreagraíonn, i gcás na n-iarrataí a fuair sí sa tréimhse, mar aon lena mbandaí de réir na dtairseach thuas.
statistics-csv = Íoslódáil comhad CSV
statistics-csv-failed = Níorbh fhéidir leis an mbrabhsálaí seo an comhad a chruthú.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: banda
statistics-csv-based-on = { $indicator }: bunaithe ar (iarrataí)
statistics-empty-title = Gan iarrataí sa tréimhse seo
statistics-empty-body = Níor seoladh aon iarraidh a fhreagraíonn do na scagairí seo sa tréimhse seo. Roghnaigh tréimhse níos faide nó níos lú scagairí.
statistics-error-before-start = Ní cheadaítear dáta roimh chéad lá na tréimhse.
statistics-error-too-long = { $count ->
    [one] Ní fhéadfaidh an tréimhse a bheith níos faide ná { $days } lá.
    [two] Ní fhéadfaidh an tréimhse a bheith níos faide ná { $days } lá.
    [few] Ní fhéadfaidh an tréimhse a bheith níos faide ná { $days } lá.
    [many] Ní fhéadfaidh an tréimhse a bheith níos faide ná { $days } lá.
   *[other] Ní fhéadfaidh an tréimhse a bheith níos faide ná { $days } lá.
}

## Foláirimh: údarás amháin ag tabhairt rabhaidh do mhórán údarás

role-alert_coordinator = Comhordaitheoir foláireamh
field-error-before-start = Ní féidir é a bheith roimh an dáta óna bhfuil an cinneadh infheidhme.
alert-state-draft = Dréacht
alert-state-awaiting-approval = Ag feitheamh le formheas an chomhordaitheora foláireamh
alert-state-sent = Seolta
alert-state-closure-proposed = Dúnadh molta
alert-state-closed = Dúnta
alert-state-withdrawn = Tarraingthe siar
alert-action-edit = Cuir in eagar
alert-action-delete = Scrios an dréacht
alert-action-send = Seol an foláireamh
alert-action-approve = Formheas agus seol
alert-action-reject = Seol ar ais chuig an seoltóir
alert-action-acknowledge = Admhaigh fáil thar ceann na tíre
alert-action-pass-on = Cuir ar aghaidh chuig na húdaráis
alert-action-acknowledge-receipt = Admhaigh fáil
alert-action-modify = Athraigh an foláireamh
alert-action-withdraw = Tarraing siar
alert-action-propose-closure = Mol dúnadh
alert-action-reject-closure = Coinnigh an foláireamh oscailte
alert-action-close = Dún an foláireamh
alert-event-created = Dréacht cruthaithe
alert-event-submitted = Curtha isteach lena fhormheas
alert-event-approved = Formheasta ag an gcomhordaitheoir foláireamh
alert-event-rejected = Seolta ar ais chuig an seoltóir
alert-event-sent = Foláireamh seolta
alert-event-acknowledged = Fáil admhaithe ag comhordaitheoir foláireamh na tíre
alert-event-passed-on = Curtha ar aghaidh chuig na húdaráis inniúla
alert-event-receipt-acknowledged = Fáil admhaithe ag an údarás
alert-event-modified = Foláireamh athraithe
alert-event-withdrawn = Foláireamh tarraingthe siar
alert-event-withdrawn-wrong = Foláireamh tarraingthe siar: fuarthas amach go raibh sé gan bhunús
alert-event-closure-proposed = Dúnadh molta
alert-event-closure-rejected = Fanann an foláireamh oscailte
alert-event-closed = Foláireamh dúnta
alert-event-end-reminder = Níl an cinneadh infheidhme a thuilleadh: dún an foláireamh nó tarraing siar é
alert-event-late-reminder = Thar an spriocdháta: tháinig deireadh leis an gcinneadh níos mó ná 3 lá ó shin agus tá an foláireamh fós oscailte
email-alert-subject = Foláireamh { $number }: { $event }
email-alert-body = A { $name },

    Tá gníomh déanta ag { $authority } ar fholáireamh { $number } ({ $kind }): { $event }.

    Oscail an foláireamh: { $link }

    Is é an Córas Faisnéise don Mhargadh Inmheánach a sheol an teachtaireacht seo. Ná tabhair freagra uirthi, le do thoil.

alert-delivery-received = Faighte, níor admhaíodh fós
alert-delivery-acknowledged = Fáil admhaithe
alert-delivery-passed-on = Curtha ar aghaidh chuig na húdaráis inniúla
alert-box-drafts = Dréachtaí foláireamh
alert-box-sent = Foláirimh seolta
alert-box-to-approve = Foláirimh le formheas
alert-box-to-acknowledge = Foláirimh le hadmháil
alert-box-received = Foláirimh faighte

## Alerts: the pages

nav-alerts = Foláirimh
alerts-title = Foláirimh
alerts-intro = Tugann foláirimh rabhadh d’údaráis inniúla tíortha eile faoi ghairmí nó faoi sholáthraí seirbhíse: toirmeasc nó srian ar an ngairm nó ar an ngníomhaíocht a chleachtadh, dioplóma falsaithe, contúirt don tsláinte, don tsábháilteacht nó don chomhshaol.
alerts-boxes = Liostaí foláireamh
alerts-new = Foláireamh nua
alerts-check-link = Seiceáil gairmí
alerts-in-force = Foláirimh atá i bhfeidhm
alerts-unread = Nuashonruithe ar fholáirimh nár léadh fós
# Léann léitheoirí scáileáin é seo amach nuair a mhéadaíonn líon na nuashonruithe ar fholáirimh nár léadh fós.
live-alert-news = { $count ->
    [one] Nuashonrú amháin ar fholáirimh nár léadh fós
    [two] Dhá nuashonrú ar fholáirimh nár léadh fós
    [few] { $count } nuashonrú ar fholáirimh nár léadh fós
    [many] { $count } nuashonrú ar fholáirimh nár léadh fós
   *[other] { $count } nuashonrú ar fholáirimh nár léadh fós
}
alerts-empty-title = Níl aon fholáireamh anseo
alerts-empty-body = Nuair a shroicheann foláireamh do thír nó d’údarás, nó nuair a sheolann d’údarás foláireamh, liostaítear anseo é.
alerts-total = { $count ->
    [one] Foláireamh amháin
    [two] Dhá fholáireamh
    [few] { $count } fholáireamh
    [many] { $count } bhfoláireamh
   *[other] { $count } foláireamh
}
alert-title = Foláireamh { $number }
alert-title-unknown = Foláireamh
alert-subject-withheld = Sonraí pearsanta coinnithe siar
alert-unread = Nua ón uair dheireanach a d’oscail tú é
alert-from-country = Tír an tseoltóra: { $country }
alert-details = Sonraí
alert-sender = An t-údarás a sheol é
alert-sent-at = Dáta seolta
alert-revision-label = Athruithe
alert-revision = { $count ->
    [one] Athraithe uair amháin ó seoladh é
    [two] Athraithe dhá uair ó seoladh é
    [few] Athraithe { $count } huaire ó seoladh é
    [many] Athraithe { $count } n-uaire ó seoladh é
   *[other] Athraithe { $count } uair ó seoladh é
}
alert-personal-hidden = Ní thaispeántar sonraí pearsanta an fholáirimh seo ach don seoltóir, do na comhordaitheoirí foláireamh agus do na húdaráis ar cuireadh ar aghaidh chucu é.
alert-comment = Trácht
alert-comment-help = Do na faighteoirí: an méid ba cheart dóibh a bheith ar an eolas faoi seachas na réimsí thuas. Scríobh i do theanga féin; is féidir le gach léitheoir aistriúchán meaisín a fháil air.
alert-late-reason = An chúis a bhfuil an foláireamh á sheoladh go déanach
alert-proved-wrong = Tarraingíodh siar an foláireamh seo toisc go bhfuarthas amach go raibh sé gan bhunús.
alert-due-left = { $days ->
    [0] Le seoladh inniu: ní mór foláireamh a sheoladh laistigh de 3 lá ón gcinneadh.
    [one] Tá lá amháin fágtha chun an foláireamh seo a sheoladh.
    [two] Tá dhá lá fágtha chun an foláireamh seo a sheoladh.
    [few] Tá { $days } lá fágtha chun an foláireamh seo a sheoladh.
    [many] Tá { $days } lá fágtha chun an foláireamh seo a sheoladh.
   *[other] Tá { $days } lá fágtha chun an foláireamh seo a sheoladh.
}
alert-due-late = { $days ->
    [one] Lá amháin thar an spriocdháta: luaigh cén fáth a bhfuil an foláireamh á sheoladh go déanach.
    [two] Dhá lá thar an spriocdháta: luaigh cén fáth a bhfuil an foláireamh á sheoladh go déanach.
    [few] { $days } lá thar an spriocdháta: luaigh cén fáth a bhfuil an foláireamh á sheoladh go déanach.
    [many] { $days } lá thar an spriocdháta: luaigh cén fáth a bhfuil an foláireamh á sheoladh go déanach.
   *[other] { $days } lá thar an spriocdháta: luaigh cén fáth a bhfuil an foláireamh á sheoladh go déanach.
}
alert-actions = Cad is féidir leat a dhéanamh
alert-note = Cúis
alert-note-help = Riachtanach chun an foláireamh a sheoladh ar ais nó a tharraingt siar, nó chun a dhúnadh a mholadh; léann gach faighteoir í.
alert-note-missing = Tabhair cúis ar dtús.
alert-withdraw-proved-wrong = Fuarthas amach go raibh an foláireamh gan bhunús: cuir é sin in iúl do gach faighteoir
alert-conflict = { $error } Stádas reatha an fholáirimh: { $state }.
alert-deliveries = Faighteoirí
alert-deliveries-summary = { $count ->
    [one] Fáil admhaithe ag { $acknowledged } as tír amháin.
    [two] Fáil admhaithe ag { $acknowledged } as dhá thír.
    [few] Fáil admhaithe ag { $acknowledged } as { $count } thír.
    [many] Fáil admhaithe ag { $acknowledged } as { $count } dtír.
   *[other] Fáil admhaithe ag { $acknowledged } as { $count } tír.
}
alert-column-country = Tír
alert-column-delivery = Comhordaitheoir foláireamh
alert-column-authorities = Údaráis inniúla
alert-received-at = faighte ar { $date }
alert-acknowledged-at = fáil admhaithe ar { $date }
alert-not-acknowledged = níor admhaíodh an fháil fós
alert-read-at = léite ar { $date }
alert-not-read = gan léamh fós
alert-no-recipients = Níor cuireadh ar aghaidh fós é
alert-timeline = Stair
alert-event-for-country = Tír: { $country }
alert-pass-on-title = Cuir ar aghaidh chuig na húdaráis inniúla
alert-pass-on-help = Molann an clár na húdaráis i do thír atá inniúil i leith na gairme nó na gníomhaíochta seo. Bain an tic díobh siúd nár cheart dóibh é a fháil, nó cuir údaráis eile leo.
alert-pass-on-none = Níl aon údarás i do thír atá inniúil i leith na gairme nó na gníomhaíochta seo ar eolas ag an gclár. Cuir leis na húdaráis ar cheart dóibh é a fháil.
alert-pass-on-already = (faighte aige cheana)
alert-pass-on-add = Cuir údarás eile leis
alert-pass-on-own-country = Ní féidir foláirimh a chur ar aghaidh ach chuig údaráis i do thír féin.
alert-pass-on-submit = { $count ->
    [one] Cuir ar aghaidh chuig údarás amháin
    [two] Cuir ar aghaidh chuig dhá údarás
    [few] Cuir ar aghaidh chuig { $count } údarás
    [many] Cuir ar aghaidh chuig { $count } n-údarás
   *[other] Cuir ar aghaidh chuig { $count } údarás
}
alert-compose-title = Foláireamh nua
alert-draft-title = Dréacht foláirimh { $number }
alert-modify-title = Athraigh foláireamh { $number }
alert-step-kind = Cineál foláirimh
alert-step-fields = Sonraí
alert-step-countries = Tíortha
alert-step-review = Trácht agus seoladh
alert-kind-legal-basis = Bunús dlí: { $basis }
alert-choose-kind-first = Roghnaigh cineál an fholáirimh ar dtús.
alert-field-required = { $label } (riachtanach)
alert-choose = Roghnaigh…
alert-countries-all = Seoltar an foláireamh seo chuig comhordaitheoirí foláireamh gach ceann de 30 tír an LEE.
alert-countries-choose = Roghnaigh na tíortha ina bhfuil an soláthraí ag feidhmiú nó inar féidir leis an riosca teacht chun cinn.
alert-countries-always = Faigheann an tír bhunaíochta ({ $country }) an foláireamh seo i gcás ar bith.
alert-countries-none = Níl aon tír roghnaithe fós.
alert-goes-to = Chuig: { $countries }
alert-approval-note = Formheasann comhordaitheoir foláireamh do thíre na foláirimh ó do thír sula seoltar iad.
alert-modify-note = Cuirtear in iúl do gach faighteoir gur athraíodh an foláireamh.
alert-problems = Le comhlánú fós
alert-incomplete = Níl an foláireamh iomlán fós. Tá na codanna atá in easnamh marcáilte.
alert-save-draft = Sábháil an dréacht
alert-save-modification = Sábháil an t-athrú
alert-submit = Cuir isteach lena fhormheas
alert-check-title = An bhfuil cead ag an ngairmí seo a ghairm a chleachtadh?
alert-check-intro = Cuardaigh de réir ainm sna foláirimh atá i bhfeidhm maidir le cáilíochtaí gairmiúla a shroich do thír nó d’údarás. Glactar le difríochtaí i síntí fada agus le botún clóscríofa amháin. Má aimsítear foláireamh, ciallaíonn sé sin go bhfuil toirmeasc nó srian i bhfeidhm sa tír a d’eisigh é; mura n-aimsítear aon fholáireamh, ní cruthúnas é sin go bhfuil an gairmí i dteideal a ghairm a chleachtadh.
alert-check-name = Ainm an ghairmí
alert-check-profession = Gairm
alert-check-any-profession = Gach gairm
alert-check-submit = Cuardaigh foláirimh
alert-check-none = Níl { $name } ainmnithe in aon fholáireamh atá i bhfeidhm.
alert-check-found = { $count ->
    [one] Aimsíodh foláireamh amháin atá i bhfeidhm
    [two] Aimsíodh dhá fholáireamh atá i bhfeidhm
    [few] Aimsíodh { $count } fholáireamh atá i bhfeidhm
    [many] Aimsíodh { $count } bhfoláireamh atá i bhfeidhm
   *[other] Aimsíodh { $count } foláireamh atá i bhfeidhm
}
toast-alert-saved = Sábháladh an dréacht.
toast-alert-sent = Seoladh an foláireamh.
toast-alert-submitted = Cuireadh an foláireamh isteach lena fhormheas.
toast-alert-modified = Athraíodh an foláireamh; cuirtear é sin in iúl do na faighteoirí.
toast-alert-deleted = Scriosadh an dréacht.
toast-alert-passed-on = Cuireadh an foláireamh ar aghaidh.
toast-alert-done = Déanta: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Tá tú as líne. Is féidir na hiarrataí atá oscailte agat a léamh fós; coinnítear ar an ngléas seo na freagraí, na teachtaireachtaí agus na doiciméid a chuireann tú leo, agus seoltar iad nuair a bheidh an nasc ar ais.
update-ready = Tá leagan nua den chóras réidh.
update-reload = Luchtaigh an leagan nua

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Tá athrú amháin a rinneadh as líne ag fanacht le seoladh.
    [two] Tá dhá athrú a rinneadh as líne ag fanacht le seoladh.
    [few] Tá { $count } athrú a rinneadh as líne ag fanacht le seoladh.
    [many] Tá { $count } n-athrú a rinneadh as líne ag fanacht le seoladh.
   *[other] Tá { $count } athrú a rinneadh as líne ag fanacht le seoladh.
}
queue-sending = Ag seoladh na n-athruithe a rinneadh as líne…
queue-attention = { $count ->
    [one] Níor seoladh athrú amháin a rinneadh as líne agus tá do chinneadh ag teastáil ina leith.
    [two] Níor seoladh dhá athrú a rinneadh as líne agus tá do chinneadh ag teastáil ina leith.
    [few] Níor seoladh { $count } athrú a rinneadh as líne agus tá do chinneadh ag teastáil ina leith.
    [many] Níor seoladh { $count } n-athrú a rinneadh as líne agus tá do chinneadh ag teastáil ina leith.
   *[other] Níor seoladh { $count } athrú a rinneadh as líne agus tá do chinneadh ag teastáil ina leith.
}
queue-title = Ag fanacht le seoladh
queue-intro = Rinneadh na hathruithe seo gan nasc agus coinnítear ar an ngléas seo iad. Seoltar in ord iad a luaithe a bheidh an nasc ar ais.
queue-kind-answers = Freagraí (sábháilte, gan seoladh chuig an údarás a sheol an iarraidh)
queue-kind-answer = Freagraí le seoladh chuig an údarás a sheol an iarraidh
queue-kind-message = Teachtaireacht
queue-kind-document = Doiciméad “{ $name }” ({ $size } kB)
queue-made-at = Scríofa ar { $time }
queue-status-waiting = Ag fanacht leis an nasc.
queue-status-conflict = Níor seoladh é: athraíodh an iarraidh tar éis duit é seo a scríobh, agus tá sí anois sa staid “{ $state }”. Féach cad a d’athraigh sa stair thíos, ansin seol an t-athrú ar aon nós nó caith i leataobh é.
queue-status-refused = Níor seoladh é: { $error }
queue-send-anyway = Seol ar aon nós
queue-edit = Cuir in eagar
queue-discard = Caith i leataobh
queue-discard-confirm = Ar mhaith leat an t-athrú seo a chaitheamh i leataobh? Scriosfar ón ngléas seo an méid a scríobh tú.
queue-logout-confirm = { $count ->
    [one] Níor seoladh fós athrú amháin a rinneadh as líne. Má logálann tú amach, scriosfar ón ngléas seo é. Ar mhaith leat logáil amach mar sin féin?
    [two] Níor seoladh fós dhá athrú a rinneadh as líne. Má logálann tú amach, scriosfar ón ngléas seo iad. Ar mhaith leat logáil amach mar sin féin?
    [few] Níor seoladh fós { $count } athrú a rinneadh as líne. Má logálann tú amach, scriosfar ón ngléas seo iad. Ar mhaith leat logáil amach mar sin féin?
    [many] Níor seoladh fós { $count } n-athrú a rinneadh as líne. Má logálann tú amach, scriosfar ón ngléas seo iad. Ar mhaith leat logáil amach mar sin féin?
   *[other] Níor seoladh fós { $count } athrú a rinneadh as líne. Má logálann tú amach, scriosfar ón ngléas seo iad. Ar mhaith leat logáil amach mar sin féin?
}
toast-queued = Níl nasc ann: coinnítear an t-athrú ar an ngléas seo agus seolfar é nuair a bheidh an nasc ar ais.
toast-queue-sent = { $count ->
    [one] Seoladh an t-athrú a rinneadh as líne.
    [two] Seoladh an dá athrú a rinneadh as líne.
    [few] Seoladh na { $count } athrú a rinneadh as líne.
    [many] Seoladh na { $count } n-athrú a rinneadh as líne.
   *[other] Seoladh na { $count } athrú a rinneadh as líne.
}

## Cigireachtaí ar an láthair: cineál na hiarrata, agus tuarascáil na cigireachta le sínithe na ndaoine a bhí i láthair
compose-kind-label = Cad atá á iarraidh agat?
request-kind-information = Faisnéis
request-kind-information-help = Freagraíonn an t-údarás eile do chuid ceisteanna as a thaifid agus a chomhaid féin.
request-kind-inspection = Cigireacht ar an láthair
request-kind-inspection-help = Déanann an t-údarás eile cigireacht ar an áitreabh, ar an trealamh nó ar an láithreán lena mbaineann agus tuairiscíonn sé a chuid torthaí, mar aon le grianghraif agus le sínithe na ndaoine a bhí i láthair.
request-checklist = { $count ->
    [one] Seicliosta: mír amháin
    [two] Seicliosta: dhá mhír
    [few] Seicliosta: { $count } mhír
    [many] Seicliosta: { $count } mír
   *[other] Seicliosta: { $count } mír
}
inspection-title = Tuarascáil cigireachta
inspection-help = Taifead an chigireacht agus í á déanamh agat: freagair an seicliosta thuas, ceangail grianghraif mar dhoiciméid, ansin breac síos an lá agus an áit agus iarr ar gach duine atá i láthair síniú anseo. Is féidir an freagra a sheoladh a luaithe a bheidh sínithe agat féin.
inspection-pending = Taispeántar an tuarascáil cigireachta anseo mar aon leis an bhfreagra.
inspection-inspected-on = Lá na cigireachta
inspection-place = An áit ar a ndearnadh cigireacht
inspection-place-help = An seoladh, agus an láithreán nó an t-áitreabh (mar shampla: láithreán tógála, geata 2).
inspection-present = Daoine i láthair
inspection-signer-name = Ainm iomlán
inspection-signer-role = I láthair mar
inspection-signer-refused = Dhiúltaigh sé nó sí síniú
inspection-signer-unnamed = an duine atá i láthair
inspection-signer-unsigned = Ní bheidh sé mar chuid den tuarascáil go dtí go síneoidh an duine nó go ndiúltóidh sé nó sí síniú.
inspection-signer-add = Cuir duine atá i láthair leis
inspection-signer-remove = Bain an duine seo
inspection-signature-of = Síniú: { $name }
inspection-signature-clear = Glan an síniú
inspection-signature-needed = Tá síniú an chigire ag teastáil sula bhféadfar an freagra a sheoladh.
inspection-refused-to-sign = Dhiúltaigh an duine síniú.
signer-role-inspector = Cigire
signer-role-provider-representative = Ionadaí an tsoláthraí nó an fhostóra
signer-role-worker = Oibrí
signer-role-witness = Finné
queue-kind-report = Tuarascáil cigireachta (sábháilte, gan seoladh chuig an údarás a sheol an iarraidh)
