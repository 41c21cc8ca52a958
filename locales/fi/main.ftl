# Suomi.

## Sovellus
app-name = Sisämarkkinoiden tietojenvaihtojärjestelmä
app-short-name = IMI
app-tagline = Euroopan talousalueen toimivaltaisten viranomaisten hallinnollinen yhteistyö
skip-to-content = Siirry pääsisältöön
loading = Ladataan…

## Navigointi ja käyttäjävalikko
nav-label = Päävalikko
nav-inbox = Saapuneet
language-label = Kieli
user-signed-in-as = Kirjautunut käyttäjä: { $name }, { $authority }
organisation-commission = Euroopan komissio
logout = Kirjaudu ulos
toast-dismiss = Sulje
toast-logged-out = Uloskirjautuminen onnistui.

## Kirjautumissivu
login-title = Kirjautuminen
login-intro = Käytä käyttäjätiliä, jonka viranomaisesi pääkäyttäjä tai kansallinen IMI-koordinaattori on luonut sinulle.
login-email = Sähköpostiosoite
login-password = Salasana
login-submit = Kirjaudu sisään
login-submitting = Kirjaudutaan…
field-required = Tämä kenttä on pakollinen.

## Saapuneet
inbox-title = Saapuneet pyynnöt
inbox-empty-title = Ei vielä pyyntöjä

## Sivut, joita ei ole
not-found-title = Sivua ei löydy
not-found-body = Seuraamasi osoite ei johda millekään tämän järjestelmän sivulle.
not-found-home = Siirry saapuneisiin pyyntöihin

## Roolit
roles-label = Roolisi
role-request_handler = Pyyntöjen käsittelijä
role-allocator = Pyyntöjen jakaja
role-local_administrator = Paikallinen tietojen ylläpitäjä
role-coordinator = IMI-koordinaattori
role-commission_observer = Komission tarkkailija

## Palvelimen palauttamat virheet koodeittain
error-internal-error = Palvelimella tapahtui virhe. Yritä uudelleen. Jos ongelma toistuu, ota yhteyttä ylläpitäjään.
error-database-unavailable = Järjestelmän tietokantaan ei juuri nyt saada yhteyttä. Yritä uudelleen muutaman minuutin kuluttua.
error-not-found = Pyytämääsi kohdetta ei ole olemassa tai sinulla ei ole siihen käyttöoikeutta.
error-method-not-allowed = Tämä toiminto ei ole tässä mahdollinen.
error-unauthenticated = Istuntosi on päättynyt. Kirjaudu sisään uudelleen.
error-forbidden = Sinulla ei ole tähän toimintoon tarvittavia oikeuksia.
error-invalid-credentials = Sähköpostiosoite tai salasana on virheellinen.
error-too-many-attempts = { $seconds ->
    [one] Liian monta epäonnistunutta yritystä. Odota { $seconds } sekunti ennen kuin yrität uudelleen.
   *[other] Liian monta epäonnistunutta yritystä. Odota { $seconds } sekuntia ennen kuin yrität uudelleen.
}
error-malformed-json = Palvelin ei pystynyt lukemaan lähetettyjä tietoja. Lataa sivu uudelleen ja yritä uudestaan.
error-unsupported-media-type = Palvelin ei hyväksy tässä muodossa olevia tietoja.
error-payload-too-large = Lähetettyjen tietojen koko ylittää palvelimen salliman enimmäiskoon.
error-validation-failed = Joitakin kenttiä ei ole täytetty oikein. Tarkista merkityt kentät.
error-network-error = Palvelimeen ei saada yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.
error-invalid-transition = Tämä toiminto ei ole mahdollinen pyynnön nykyisessä tilassa. Lataa sivu uudelleen, niin näet, mitä nyt voi tehdä.
error-translation-not-configured = Konekäännös ei ole käytettävissä tässä järjestelmässä.
error-translation-failed = Konekäännöspalvelu ei vastannut. Yritä myöhemmin uudelleen.

## Paikkamerkkien arvot (shared::placeholder::PlaceholderErrorCode)
## $label on paikkamerkin nimike lukijan kielellä; $max ja $length ovat merkkimääriä.
placeholder-error-missing = Anna arvo kenttään ”{ $label }”.
placeholder-error-empty = Kenttä ”{ $label }” ei voi olla tyhjä.
placeholder-error-too-long = { $max ->
    [one] Kentässä ”{ $label }” saa olla enintään { $max } merkki; nyt siinä on { $length }.
   *[other] Kentässä ”{ $label }” saa olla enintään { $max } merkkiä; nyt siinä on { $length }.
}
placeholder-error-control-character = Kentässä ”{ $label }” on näkymätön ohjausmerkki. Kirjoita arvo uudelleen.
placeholder-error-line-break = Kentän ”{ $label }” arvon on mahduttava yhdelle riville.
placeholder-error-invalid-date = Anna kentän ”{ $label }” päivämäärä muodossa vvvv-kk-pp, esimerkiksi 2025-03-31.
placeholder-error-nonexistent-date = Kenttään ”{ $label }” annettua päivämäärää ei ole kalenterissa.
placeholder-error-unknown-country = Valitse kenttään ”{ $label }” jokin Euroopan talousalueen maa.
placeholder-error-invalid-email = Kentän ”{ $label }” arvo ei ole kelvollinen sähköpostiosoite.
placeholder-error-invalid-person-name = Kentän ”{ $label }” arvon on oltava henkilön nimi: kirjaimia ilman numeroita.
placeholder-error-invalid-register-reference = Kentässä ”{ $label }” saa olla vain kirjaimia, numeroita, välilyöntejä ja merkkejä - . /
placeholder-error-unexpected = Arvo on annettu kenttään, jota mikään valituista kysymyksistä ei käytä.
placeholder-error-unknown-placeholder = Kysymyksessä käytetään tuntematonta kenttää. Ilmoita asiasta IMI-koordinaattorillesi.

## Kysymysmallit (shared::placeholder::TemplateErrorCode)
## $position on merkin järjestysnumero ykkösestä alkaen; $name on paikkamerkin nimi kirjoitetussa muodossa.
template-error-unterminated = Merkistä { $position } alkavaa paikkamerkkiä ei ole suljettu.
template-error-empty-name = Merkin { $position } kohdalla olevalla paikkamerkillä ei ole nimeä.
template-error-invalid-name = ”{ $name }” (merkki { $position }) ei ole kelvollinen paikkamerkin nimi: sen on alettava kirjaimella, jota seuraa kirjaimia, numeroita tai merkkejä ”_”.
template-error-mismatched-delimiters = Merkin { $position } kohdalla oleva paikkamerkki avataan yhdenlaisella sulkeella ja suljetaan toisenlaisella.
template-error-nested = Merkin { $position } kohdalla oleva paikkamerkki sisältää toisen paikkamerkin.
template-error-unknown-placeholder = ”{ $name }” (merkki { $position }) ei ole tunnettu paikkamerkki.

## Pyynnön tilat (shared::lifecycle::RequestState)
request-state-draft = Luonnos
request-state-awaiting-acceptance = Odottaa hyväksymistä
request-state-accepted = Hyväksytty
request-state-info-requested = Lisätietoja pyydetty
request-state-answered = Vastattu
request-state-closed = Suljettu
request-state-withdrawn = Peruutettu

## Pyyntöön kohdistuvat toimet (shared::lifecycle::ActionKind)
request-action-create = Uusi pyyntö
request-action-edit = Muokkaa
request-action-delete = Poista luonnos
request-action-send = Lähetä
request-action-withdraw = Peruuta pyyntö
request-action-accept = Hyväksy
request-action-forward = Siirrä eteenpäin
request-action-request-info = Pyydä lisätietoja
request-action-provide-info = Toimita lisätiedot
request-action-answer = Vastaa
request-action-split-off = Irrota kysymyksiä erilliseksi pyynnöksi
request-action-request-clarification = Pyydä tarkennusta
request-action-close = Hyväksy vastaus ja sulje pyyntö

## Vastauksen arviointi (shared::lifecycle::Rating)
rating-positive = Hyvä
rating-neutral = Hyväksyttävä
rating-negative = Heikko

## Kysymysten tarkistus (sivu kysymysmallien laatimiseen ja kokeilemiseen)
nav-question-check = Kysymysten tarkistus
question-check-title = Tarkista kysymys
question-check-intro = Kirjoita kysymys siinä muodossa, jossa se näkyy pyynnössä, ja lisää paikkamerkit tiedoille, jotka pyynnön lähettäjä täyttää. Kokeile sitten kysymystä antamalla arvoja. Tässä sovelletaan samoja sääntöjä kuin pyyntöä lähetettäessä.
question-check-template = Kysymyksen teksti
question-check-template-help = Kirjoita jokainen paikkamerkki muodossa {"${"}Nimi{"}"}, esimerkiksi {"${"}SPBusinessName{"}"}. Tunnetut paikkamerkit: { $names }.
question-check-values = Arvot
question-check-no-placeholders = Tässä kysymyksessä ei ole paikkamerkkejä.
question-check-preview = Esikatselu
question-check-submit = Tarkista palvelimella
question-check-accepted = Palvelin hyväksyy tämän kysymyksen ja sen arvot.

## Kysymysluettelo
nav-catalogue = Kysymykset
catalogue-title = Kysymysluettelo
catalogue-intro = Valmiiksi käännetyt kysymykset, jotka voidaan sisällyttää pyyntöön. Toinen viranomainen lukee jokaisen niistä omalla kielellään; paikkamerkit täyttää pyynnön lähettäjä.
catalogue-area-label = Lainsäädäntöala
catalogue-count = { $count ->
    [one] { $count } kysymys
   *[other] { $count } kysymystä
}
area-services = Palvelut
area-professional_qualifications = Ammattipätevyys
area-posting_of_workers = Työntekijöiden lähettäminen työhön
area-ecommerce = Sähköinen kaupankäynti
answer-type-yes_no = Kyllä tai ei
answer-type-date = Päivämäärä
answer-type-free_text = Vapaa teksti
answer-type-document = Asiakirja
answer-type-choice = Valinta luettelosta
answer-type-measurement = Mitattu arvo

## Viranomaisten haku
nav-authorities = Viranomaiset
authorities-title = Hae viranomaista
authorities-intro = Hae millä tahansa kielellä nimen, lyhenteen, paikkakunnan tai toimivallan perusteella, esimerkiksi ammatin tai toiminnan mukaan. Toimivaltoja haetaan kaikilla järjestelmän kielillä.
authorities-search-label = Nimi, paikkakunta tai toimivalta
authorities-country-label = Maa
authorities-any-country = Kaikki maat
authorities-any-area = Kaikki alat
authorities-results = { $count ->
    [one] Löytyi { $count } viranomainen
   *[other] Löytyi { $count } viranomaista
}
authorities-no-results = Haulla ei löytynyt yhtään viranomaista.
## $country on maan nimi lukijan kielellä; $label ammatin tai toiminnan nimike.
search-country-from-query = Haussasi mainittu maa: { $country }. Näytetään vain tämän maan viranomaiset.
search-none-declared = { $country }: yksikään viranomainen ei ole ilmoittanut olevansa toimivaltainen ”{ $label }” -asioissa.
search-none-declared-anywhere = Yksikään viranomainen ei ole ilmoittanut olevansa toimivaltainen ”{ $label }” -asioissa.
search-ask-coordinator = Kansallinen IMI-koordinaattori ({ $country }) voi kertoa sinulle, mikä viranomainen on toimivaltainen:
authorities-match-name = Osuma nimessä
authorities-match-acronym = Osuma lyhenteessä
authorities-match-city = Osuma paikkakunnassa
authorities-match-competence = Toimivalta: { $label }
authorities-pages = Tulossivut
authorities-previous = Edellinen
authorities-next = Seuraava
authorities-page = Sivu { $page }/{ $pages }
profile-back = Takaisin hakuun
profile-country = Maa
profile-acronym = Lyhenne
profile-level = Alueellinen toimivalta
level-national = Valtakunnallinen
level-regional = Alueellinen
level-local = Paikallinen
profile-address = Osoite
profile-email = Sähköposti
profile-phone = Puhelin
profile-role = Rooli järjestelmässä
profile-coordinator = Kansallinen IMI-koordinaattori
profile-areas = Lainsäädäntöalat
profile-competences = Toimivalta

## Euroopan talousalueen maat
country-AT = Itävalta
country-BE = Belgia
country-BG = Bulgaria
country-HR = Kroatia
country-CY = Kypros
country-CZ = Tšekki
country-DK = Tanska
country-EE = Viro
country-FI = Suomi
country-FR = Ranska
country-DE = Saksa
country-GR = Kreikka
country-HU = Unkari
country-IE = Irlanti
country-IT = Italia
country-LV = Latvia
country-LT = Liettua
country-LU = Luxemburg
country-MT = Malta
country-NL = Alankomaat
country-PL = Puola
country-PT = Portugali
country-RO = Romania
country-SK = Slovakia
country-SI = Slovenia
country-ES = Espanja
country-SE = Ruotsi
country-IS = Islanti
country-LI = Liechtenstein
country-NO = Norja

## Saapuneet: luettelot, järjestys ja pyyntöjen määrä
inbox-empty-body-box = Tässä näytetään viranomaisesi pyynnöt, jotka vastaavat näitä suodattimia.
inbox-new-request = Uusi pyyntö
inbox-boxes = Pyyntöluettelot
inbox-total = { $count ->
    [one] Yksi pyyntö
   *[other] { $count } pyyntöä
}
inbox-deadline = Määräaika: { $date }
inbox-number-label = Pyynnön numero
inbox-sort-label = Järjestys
inbox-sort-updated-desc = Viimeksi muutetut ensin
inbox-sort-updated-asc = Pisimpään muuttamattomat ensin
inbox-sort-deadline-asc = Aikaisin päättyvä määräaika ensin
inbox-sort-number-desc = Suurin numero ensin
box-to-accept = Hyväksyttävät
box-to-answer = Vastattavat tai tarkistettavat
box-awaiting = Odottaa toista viranomaista
box-overdue = Myöhässä
box-drafts = Luonnokset
box-closed = Suljetut
box-all = Kaikki

## Palvelimen palauttamat virheet (jatkoa)
error-unsupported-file-type = Tätä tiedostotyyppiä ei hyväksytä. Liitä PDF-tiedosto, kuva tai toimisto-ohjelman asiakirja.

## Pyyntö
request-title = Pyyntö { $number }
request-title-unknown = Pyyntö
request-overdue = Myöhässä
request-from = Lähettäjä
request-to = Vastaanottaja
request-created = Luotu
request-requested-date = Pyydetty vastauspäivä
request-deadline = Sovittu määräaika
request-subject = Pyynnön kohde
request-personal-data-hidden = Henkilötiedot, kommentti, viestit ja asiakirjat näytetään, kun viranomaisesi on hyväksynyt pyynnön.
request-personal-data-coordinator = IMI-koordinaattorina voit seurata pyynnön etenemistä. Pyynnön henkilötiedot, kommentti, viestit ja asiakirjat ovat vain kyseisten kahden viranomaisen käytettävissä.
request-note-hidden = Tekstiä ei näytetä, koska se voi sisältää henkilötietoja.
request-blocked-on = Henkilötietojen estämispäivä
request-personal-data-blocked = Säilytyssääntöjen mukaisesti tämän pyynnön henkilötiedot (pyynnön kohde, vapaa teksti ja asiakirjat) estettiin { $date }. Kukaan ei voi enää nähdä niitä, ja ne poistetaan { $deleted }.
request-personal-data-erased = Säilytyssääntöjen mukaisesti tämän pyynnön henkilötiedot poistettiin { $date }. Pyynnöstä säilytetään vain perustiedot: päivämäärät, viranomaiset, tilat ja arviot.
personal-data-mark = Henkilötiedot
personal-data-legend = Tällä merkillä merkitään henkilötiedot. Niitä näkevät vain pyyntöä käsittelevät viranomaiset; pyynnön päätyttyä ne estetään ja sen jälkeen poistetaan säilytyssääntöjen mukaisesti.
nav-data-subjects = Rekisteröidyt
data-subjects-title = Rekisteröityjen tarkastuspyynnöt
data-subjects-intro = Kun henkilö kysyy, mitä tietoja viranomaisellasi on hänestä, löydät täältä kaikki viranomaisesi pyynnöt, jotka koskevat häntä, myös ne, joiden henkilötiedot on estetty, ja voit laatia selvityksen, johon hänellä on oikeus. Jokainen haku ja jokainen selvitys kirjataan perusteluineen.
data-subjects-reason = Peruste
data-subjects-reason-help = Esimerkiksi henkilön pyynnön päivämäärä ja viite. Peruste kirjataan tarkastuslokiin.
data-subjects-search = Hae
data-subjects-found = { $count ->
    [one] Löytyi yksi pyyntö
   *[other] Löytyi { $count } pyyntöä
}
data-subjects-none = Mikään viranomaisesi pyyntö ei koske tätä henkilöä.
data-subjects-include = Sisällytä selvitykseen
data-subjects-side-requesting = Viranomaisesi lähettämä
data-subjects-side-responding = Viranomaisesi vastaanottama
data-subjects-stage-visible = Henkilötiedot näkyvissä
data-subjects-stage-blocked = Henkilötiedot estetty
data-subjects-stage-deleted = Henkilötiedot poistettu
data-subjects-report-language = Selvityksen kieli
data-subjects-make-report = Laadi selvitys
data-subjects-print = Tulosta selvitys
report-title = Teitä koskevat henkilötiedot
report-intro = { $authority } säilyttää seuraavia teitä koskevia henkilötietoja sisämarkkinoiden tietojenvaihtojärjestelmässä (IMI), jonka kautta Euroopan talousalueen viranomaiset vaihtavat tietoja asetuksen (EU) N:o 1024/2012 mukaisesti.
report-made-on = Selvitys laadittu { $date }
report-request = Pyyntö { $number }
report-area = Oikeudenala
report-data = Säilytettävät tiedot
report-disclosures = Lähetetty tai vastaanotettu
report-disclosure-sent = Lähetetty { $date }, vastaanottaja: { $authority }
report-disclosure-forwarded = Siirretty eteenpäin { $date }, vastaanottaja: { $authority }
report-disclosure-split-off = Osittain siirretty { $date }, vastaanottaja: { $authority }
report-disclosure-received-from = Vastaanotettu { $date }, lähettäjä: { $authority }
report-retention = Estäminen ja poistaminen
report-blocked-and-deleted = Estäminen { $blocked } (sen jälkeen kukaan ei voi nähdä tietoja) ja poistaminen { $deleted }.
report-not-ended = Pyynnön käsittely on vielä kesken. Sen henkilötiedot estetään { $block } kuukauden kuluttua pyynnön päättymisestä ja poistetaan { $delete } kuukauden kuluttua pyynnön päättymisestä.
report-count = { $field }: { $count }
report-field-document = Asiakirja
report-field-comment = Pyynnön lähettäneen viranomaisen kommentti
report-field-note = Viestit ja saatetekstit
report-field-text-answer = Kirjalliset vastaukset
report-field-answer-comment = Vastauksia koskevat kommentit
report-field-inspection-present = Läsnäolo tarkastuksessa paikan päällä
report-empty = Tämän viranomaisen pyynnöissä ei ole teitä koskevia henkilötietoja.
timeline-fields = Oikaistut kentät: { $fields }
request-rectify = Oikaise henkilötiedot
request-rectify-title = Oikaise pyynnön kohteen tiedot
request-rectify-help = Toiselle viranomaiselle ilmoitetaan, mitä kenttiä olet oikaissut. Aiempia arvoja ei säilytetä.
request-rectify-save = Tallenna oikaisu
request-comment = Kommentti
request-original-language = Alkuperäinen kieli: { $language }
request-questions = { $count ->
    [one] Yksi kysymys
   *[other] { $count } kysymystä
}
request-answer = Vastaus
request-answer-comment = Vastausta koskeva kommentti
request-answer-choose = Valitse vastaus
request-answer-date = Päivämäärä
request-answer-measurement = Mitattu arvo ({ $unit })
request-answer-text = Vastauksen teksti
request-save-answers = Tallenna vastaukset
request-send-answer = Lähetä vastaus
request-actions = Käytettävissä olevat toiminnot
request-propose-days = Tai ehdota toista määräaikaa (päivinä)
request-accept-proposed = Hyväksy tällä määräajalla
request-note = Saateteksti
request-rating-timeliness = Vastauksen oikea-aikaisuus
request-rating-effort = Vastauksen laatu
request-rating-choose = Valitse arvio
request-rating-needed = Arvioi vastauksen oikea-aikaisuus ja laatu ennen pyynnön sulkemista.
confirm-irreversible = Tätä toimintoa ei voi kumota. Haluatko jatkaa?
request-split-choose = Siirrä tämä kysymys toiselle viranomaiselle
request-reuse = Luo uusi pyyntö tämän pohjalta
request-timeline = Tapahtumahistoria
timeline-new = Uutta muutoksesi jälkeen
request-message = Viesti toiselle viranomaiselle
request-message-send = Lähetä viesti
timeline-to = Vastaanottaja: { $authority }
timeline-split-to = Uusi pyyntö nro { $id }
subject-name = Nimi
subject-identifier = Rekisteri- tai tunnistenumero
subject-birth-date = Syntymäaika
picker-label = Hae viranomaista (millä tahansa kielellä)
picker-more = Näytä lisää
answer-yes = Kyllä
answer-no = Ei
answer-unknown = Ei tiedossa
answer-date = Päivämäärä
answer-text = Kirjallinen vastaus
answer-measurement = Mitattu arvo
answer-document-attached = Asiakirja on liitteenä
answer-document-not-available = Asiakirja ei ole saatavilla
event-created = Luonnos luotu
event-sent = Lähetetty
event-withdrawn = Peruutettu
event-accepted = Hyväksytty
event-forwarded = Siirretty eteenpäin
event-info-requested = Lisätietoja pyydetty
event-info-provided = Lisätiedot toimitettu
event-answered = Vastattu
event-split-off = Kysymyksiä irrotettu uudeksi pyynnöksi
event-clarification-requested = Tarkennusta pyydetty
event-closed = Vastaus hyväksytty, pyyntö suljettu
event-message = Viesti
event-attachment-added = Asiakirja liitetty
toast-request-action-send = Pyyntö on lähetetty.
toast-request-action-delete = Luonnos on poistettu.
toast-request-action-withdraw = Pyyntö on peruutettu.
toast-request-action-accept = Pyyntö on hyväksytty.
toast-request-action-forward = Pyyntö on siirretty eteenpäin.
toast-request-action-request-info = Kysymyksesi on lähetetty pyynnön lähettäneelle viranomaiselle.
toast-request-action-provide-info = Tiedot on lähetetty.
toast-request-action-answer = Vastaus on lähetetty.
toast-request-action-split-off = Kysymykset on siirretty uuteen pyyntöön.
toast-request-action-request-clarification = Tarkennuspyyntösi on lähetetty.
toast-request-action-close = Pyyntö on suljettu.
toast-answers-saved = Vastauksesi on tallennettu.

## Pyynnön laatiminen
compose-title = Uusi pyyntö
compose-steps = Vaiheet
compose-step-area = Lainsäädäntöala
compose-step-authority = Viranomainen
compose-step-subject = Pyynnön kohde
compose-step-questions = Kysymykset
compose-step-details = Kommentti ja päivämäärä
compose-step-review = Tarkistus ja lähetys
compose-back = Takaisin
compose-next = Seuraava
compose-saved = Luonnos nro { $id } tallennettu
compose-chosen-authority = Valittu viranomainen: { $name }
compose-subject-help = Ammattihenkilö tai palveluntarjoaja, jota pyyntö koskee. Vastaanottava viranomainen näkee nämä tiedot vasta hyväksyttyään pyynnön.
compose-comment-help = Kirjoita omalla kielelläsi; toinen viranomainen näkee, millä kielellä teksti on kirjoitettu.
compose-incomplete = Pyyntö ei ole vielä valmis. Puuttuvat kohdat on merkitty.
compose-draft-title = Luonnos { $number }
compose-questions-filter = Suodata kysymyksiä
compose-questions-chosen = Valitut kysymykset: { $count }
compose-step-attention = vaatii huomiota
compose-review-fix = Korjaa seuraavat kohdat ennen lähettämistä:
compose-review-language = Kysymykset näytetään omalla kielelläsi; vastaanottava viranomainen lukee ne omalla kielellään.
compose-review-none = Ei ole
field-error-missing = Pakollinen.
field-error-too-long = Liian pitkä.
field-error-not-in-future = Päivämäärän on oltava tämän päivän jälkeen.
field-error-in-future = Ei voi olla tulevaisuudessa.
field-error-empty = Ei voi olla tyhjä.
field-error-duplicate = Valittu kahdesti.
field-error-unknown = Tuntematon.
field-error-other-area = Kuuluu toiseen lainsäädäntöalaan.
field-error-area-not-handled = Pyynnön lainsäädäntöala ei kuulu tämän viranomaisen toimialaan.
field-error-not-allowed = Ei ole mahdollista tässä.
field-error-too-many = Liian monta.

## Liitetyt asiakirjat
request-documents = Asiakirjat
request-no-documents = Liitteenä ei ole asiakirjoja.
request-documents-withheld = Asiakirjat ovat henkilötietoja: niitä ei näytetä tässä, kuten ei muitakaan tämän pyynnön henkilötietoja.
request-document-size = { $size } kt
upload-label = Liitä asiakirja
upload-choose = Valitse tiedosto…
upload-take-photo = Ota valokuva
upload-keep-original = Lähetä valokuvat alkuperäisessä koossa (muuten niitä pienennetään ensin tällä laitteella)
date-day = Päivä
date-month = Kuukausi
date-year = Vuosi
upload-help = PDF-tiedosto, kuva tai toimisto-ohjelman asiakirja, enintään 20 Mt.
upload-question = Kysymys, johon asiakirja vastaa
upload-no-question = Ei mikään tietty kysymys
upload-question-number = Kysymys { $number }
upload-progress = Latauksen edistyminen

## Sähköposti-ilmoitukset ($event on jokin event-*-viesteistä)
email-subject = Pyyntö { $number }: { $event }
email-body = Hyvä { $name },

    { $authority } on tehnyt pyyntöön { $number } liittyvän toimenpiteen: { $event }.

    Avaa pyyntö: { $link }

    Tämän viestin lähetti sisämarkkinoiden tietojenvaihtojärjestelmä. Älä vastaa tähän viestiin.

## Ilmoitukset
notifications-label = Ilmoitukset
notifications-unread = { $count ->
    [one] { $count } lukematon ilmoitus
   *[other] { $count } lukematonta ilmoitusta
}
notifications-empty = Ei ilmoituksia.
notifications-mark-all-read = Merkitse kaikki luetuiksi
notification-item = Pyyntö { $number }: { $event }

## Pyyntöjen jakaminen ja koordinointi
request-assigned-to = Osoitettu käsittelijälle { $name }
request-assign-label = Vastuukäsittelijä
request-unassigned = Käsittelijää ei ole osoitettu
toast-assigned = Vastuukäsittelijä on vaihdettu.
toast-saved = Tallennettu.
inbox-allocation-toggle = Pyyntöjen jakaja osoittaa jokaisen saapuvan pyynnön jollekin viranomaisesi pyyntöjen käsittelijälle
event-assigned = Osoitettu käsittelijälle
event-reminded = Koordinaattorin muistutus
event-inactive = Ei toimenpiteitä kahteen kuukauteen
event-rectified = Henkilötiedot oikaistu
nav-coordination = Koordinointi
coordination-title = Pyynnöt ilman toimenpiteitä
coordination-intro = Maasi viranomaisten pyynnöt, joissa ei ole tapahtunut mitään yli kahteen kuukauteen. Avaa pyyntö siirtääksesi sen eteenpäin tai muistuta viranomaista, jonka vuoro on toimia.
coordination-empty = Yksikään pyyntö ei ole ollut yli kahta kuukautta ilman toimenpiteitä.
coordination-last-change = Viimeksi muutettu { $date }
coordination-remind = Lähetä muistutus
toast-reminded = Muistutus on lähetetty.

## Vapaamuotoisen tekstin konekäännös
request-translate = Käännä omalle kielelleni
request-info-asked = { $authority } pyytää seuraavia lisätietoja:
request-translation-unavailable = Teksti on kirjoitettu toisella kielellä, eikä konekäännöstä ole otettu käyttöön tällä palvelimella.
request-machine-translation = Konekäännös:

## Yleiskatsauksen suodattimet
inbox-state-label = Tila
inbox-any-state = Kaikki tilat
inbox-from-label = Muutettu aikaisintaan
inbox-to-label = Muutettu viimeistään
inbox-assigned-to-me = Vain minulle osoitetut pyynnöt

## Sähköpostikutsut ja samanaikainen muokkaus
email-invitation-subject = Käyttäjätilisi sisämarkkinoiden tietojenvaihtojärjestelmässä (IMI): { $authority }
email-invitation-body = Hyvä { $name },

    Sinulle on luotu käyttäjätili sisämarkkinoiden tietojenvaihtojärjestelmään (IMI). Edustamasi viranomainen: { $authority }. Tilin loi: { $inviter }.

    Aktivoi tili avaamalla seuraava linkki ja valitsemalla salasana: { $link }

    Linkki toimii vain kerran ja on voimassa { $days ->
        [one] yhden päivän
       *[other] { $days } päivää
    }. Jos et odottanut tätä viestiä, voit jättää sen huomiotta.

error-edit-conflict = Joku toinen on tallentanut tämän tietueen sen jälkeen, kun avasit sen. Lataa sivu uudelleen nähdäksesi hänen muutoksensa ja tee sitten omat muutoksesi uudelleen.
error-invalid-parameter = Tämän sivun osoite ei ole kelvollinen. Tarkista linkki tai palaa takaisin ja yritä uudelleen.
error-rate-limited = Tämä toiminto tehtiin vasta hetki sitten, eikä sitä voi vielä toistaa. Yritä myöhemmin uudelleen.
error-second-factor-required = Anna todennussovelluksesi näyttämä koodi.
error-invalid-second-factor = Koodi on väärä tai vanhentunut. Anna koodi, jonka sovellus näyttää nyt.
error-second-factor-setup-required = Roolisi edellyttävät kaksivaiheista tunnistautumista. Jatka ottamalla se käyttöön käyttäjätilisi sivulla.
error-storage-full = Asiakirjaa ei voitu tallentaa, koska palvelimen tallennustila on täynnä. Mitään ei tallennettu. Ilmoita asiasta IMI-ylläpitäjällesi.
error-personal-data-blocked = Tämän pyynnön henkilötiedot on estetty säilytyssääntöjen mukaisesti: siihen ei voi lisätä mitään.
error-idempotency-key-reused = Tämä muutos on jo lähetetty eri sisällöllä. Lataa sivu uudelleen ja tee muutos uudestaan.
error-request-in-progress = Tämän muutoksen käsittely on vielä kesken. Odota hetki ja yritä uudelleen.
error-device-storage-full = Tällä laitteella ei ole enää tilaa säilyttää muutosta, kunnes yhteys palautuu. Mitään ei säilytetty: vapauta tilaa laitteelta tai tee muutos, kun verkkoyhteys on käytettävissä.
error-too-large-to-keep = Tämä asiakirja on liian suuri säilytettäväksi laitteella, kunnes yhteys palautuu. Liitä se, kun verkkoyhteys on käytettävissä.

## Rekisterin ylläpito (koordinaattorit) ja käyttäjähallinta (paikalliset tietojen ylläpitäjät)
nav-registry = Rekisteri
nav-users = Käyttäjät
registry-title = Rekisterin ylläpito
registry-intro = Rekisteröi maasi viranomaiset tai tuo useita kerralla CSV-tiedostosta. Jos haluat korjata viranomaisen tietoja, etsi viranomainen haulla ja avaa sen profiili.
registry-new = Rekisteröi viranomainen
registry-import-title = Tuonti CSV-tiedostosta
registry-import-help = Yksi viranomainen riviä kohden, tuontiohjeessa kuvatuin sarakkein. Jos yksikin rivi on virheellinen, mitään ei tuoda; saman tiedoston tuominen uudelleen ei muuta mitään.
registry-import-file = CSV-tiedosto
registry-import-progress = Tuonnin edistyminen
registry-import-done = Tuonti valmis: uusia { $created }, päivitettyjä { $updated }, muuttumattomia { $unchanged }.
registry-import-refused = Mitään ei tuotu. Korjaa seuraavat rivit ja tuo tiedosto uudelleen:
registry-import-line = Rivi
registry-import-column = Sarake
registry-import-reason = Ongelma
form-title-new = Rekisteröi viranomainen
form-title-edit = Muokkaa: { $name }
form-errors = Korjaa merkityt kentät.
form-name = Nimi viranomaisen omalla kielellä
form-name-language = Nimen kieli
form-other-names = Nimet muilla virallisilla kielillä
form-other-name = Muu nimi { $number }
form-other-name-add = Lisää nimi toisella kielellä
form-other-name-remove = Poista
form-name-en = Nimi englanniksi
form-city = Paikkakunta
form-level-help = Maan osa, jota viranomaisen toimivalta koskee. Jos useampi viranomainen vastaa hakua yhtä hyvin, valtakunnallinen viranomainen näytetään ensimmäisenä.
form-phone-help = Kansainvälisessä muodossa, esimerkiksi +371 6701 2345.
form-competences-filter = Hae lisättävää toimivaltaa
form-administrator = Ensimmäinen paikallinen tietojen ylläpitäjä
form-administrator-help = Tämä henkilö saa kutsun sähköpostitse, valitsee salasanan ja hallinnoi sen jälkeen viranomaisen käyttäjiä.
form-person-name = Koko nimi
form-invitation-language = Kutsun kieli
form-save = Tallenna
form-register = Rekisteröi
form-cancel = Peruuta
profile-edit = Muokkaa
authority-send-request = Lähetä pyyntö tälle viranomaiselle
profile-area-coordinator = IMI-koordinaattori omilla lainsäädäntöaloillaan
profile-other-names = Muut nimet
profile-registered-by = Rekisteröijä
profile-registered-by-value = { $user }, { $authority }
users-title = Käyttäjät
users-roles = Roolit
users-active = Aktiivinen
users-pending = Kutsua ei ole vielä hyväksytty
users-invitation-expired = Kutsu on vanhentunut
users-resend-invitation = Lähetä kutsu uudelleen
toast-invitation-resent = Uusi kutsu on lähetetty. Aiempi linkki ei ole enää voimassa.
users-inactive = Poistettu käytöstä
users-invited-by = Kutsuja: { $name }
users-may-log-in = Voi kirjautua sisään
users-invite-title = Kutsu kollega
users-invite = Lähetä kutsu
toast-invited = Kutsu on lähetetty.
invitation-title = Tervetuloa IMI-järjestelmään
invitation-intro = { $name }, sinut on kutsuttu sisämarkkinoiden tietojenvaihtojärjestelmän käyttäjäksi. Edustamasi viranomainen: { $authority } ({ $country }). Aktivoi käyttäjätilisi valitsemalla salasana.
password-help = { $count ->
    [one] Vähintään yksi merkki. Muutama toisiinsa liittymätön sana on hyvä salasana; yleisiä salasanoja, omaa nimeäsi tai sähköpostiosoitettasi ei hyväksytä.
   *[other] Vähintään { $count } merkkiä. Muutama toisiinsa liittymätön sana on hyvä salasana; yleisiä salasanoja, omaa nimeäsi tai sähköpostiosoitettasi ei hyväksytä.
}
invitation-repeat = Toista salasana
invitation-mismatch = Salasanat eivät ole samat.
invitation-accept = Aktivoi käyttäjätilini
invitation-invalid = Tämä kutsulinkki on tuntematon, jo käytetty tai vanhentunut. Pyydä uutta kutsua viranomaisesi paikalliselta tietojen ylläpitäjältä tai IMI-koordinaattorilta.
field-error-invalid-email = Virheellinen sähköpostiosoite.
field-error-invalid-phone = Puhelinnumero ei ole kansainvälisessä muodossa (+ ja sen jälkeen numeroita).
field-error-not-yours = Ei kuulu koordinoimiisi lainsäädäntöaloihin.
field-error-taken = Jo toisen käyttäjätilin käytössä.
field-error-too-short = Liian lyhyt.
field-error-last-administrator = Viranomaisella on oltava vähintään yksi aktiivinen paikallinen tietojen ylläpitäjä.
field-error-control-character = Sisältää ohjausmerkin tai tekstin suuntaa muuttavan merkin; poista se.
field-error-not-own-country = Valitse oman maasi viranomainen.
field-error-too-personal = Ei saa sisältää sähköpostiosoitettasi eikä nimeäsi.
field-error-too-guessable = Liian helppo arvata: yleinen salasana tai lähes sellainen. Käytä pidempää, toisiinsa liittymättömistä sanoista koostuvaa ilmausta.
field-error-wrong-code = Koodi on väärä tai vanhentunut.
field-error-no-setup = Käyttöönottoa ei ole aloitettu tai se on korvattu uudella; aloita se uudelleen.
field-error-no-second-factor = Kaksivaiheinen tunnistautuminen ei ole käytössä.
field-error-required-by-role = Roolisi edellyttävät kaksivaiheista tunnistautumista; sitä ei voi poistaa käytöstä.
field-error-wrong-password = Salasana on väärä.
field-error-self = Et voi poistaa omaa käyttäjätiliäsi käytöstä.
field-error-other-country = Kuuluu toiselle maalle.
field-error-not-utf8 = Tiedosto ei ole UTF-8-muotoista tekstiä. Tallenna se taulukkolaskentaohjelmasta muodossa ”CSV UTF-8”.
field-error-unreadable = Tätä riviä ei voi lukea CSV-muodossa.
field-error-unknown-column = Tuntematon sarake.
field-error-missing-column = Pakollinen sarake puuttuu.
field-error-wrong-column-count = Tällä rivillä ei ole yhtä monta solua kuin otsikkorivillä.
field-error-too-many-rows = Liian monta riviä: enintään 20 000 tiedostoa kohden.
field-error-invalid-format = Ei odotetussa muodossa.
field-error-duplicate-of-line = Sama tunniste kuin rivillä { $line }.
field-error-out-of-range = Sallitun välin ulkopuolella.
field-error-out-of-range-between = Arvon on oltava välillä { $min }–{ $max }.
field-error-invalid-date = Virheellinen päivämäärä.
field-error-nonexistent-date = Tätä päivämäärää ei ole olemassa.
field-error-invalid-person-name = Ei ole henkilön nimi.
field-error-invalid-register-reference = Virheellinen rekisteritunnus.
field-error-unknown-country = Maa, jota järjestelmä ei tunne.
field-error-unknown-placeholder = Paikkamerkki, jota järjestelmä ei tunne.
field-error-unexpected = Ei kuulu valittuihin kysymyksiin.
field-error-line-break = Arvon on mahduttava yhdelle riville.
field-error-none-left = Pyyntöön on jäätävä vähintään yksi kysymys.
field-error-not-a-handler = Ei ole tämän viranomaisen aktiivinen pyyntöjen käsittelijä.
field-error-not-a-coordinator = Ei ole IMI-koordinaattori.
field-error-not-asked = Ei kuulu pyynnön kysymyksiin.
field-error-not-here = Ei ole mahdollista tässä.
field-error-unterminated = Paikkamerkki avataan, mutta sitä ei suljeta.
field-error-empty-name = Paikkamerkillä ei ole nimeä.
field-error-invalid-name = Paikkamerkin nimi ei ole kelvollinen.
field-error-mismatched-delimiters = Sulkeet eivät vastaa toisiaan.
field-error-nested = Paikkamerkki on toisen paikkamerkin sisällä.
field-error-wrong-kind = Tämäntyyppinen vastaus ei sovi kysymykseen.
field-error-no-attachment = Tähän kysymykseen ei ole liitetty asiakirjaa.

## Käyttäjätili: kaksivaiheinen tunnistautuminen, istunnot, salasana
login-code = Todennussovelluksen koodi
login-code-intro = Käyttäjätililläsi on käytössä kaksivaiheinen tunnistautuminen. Anna koodi, jonka todennussovelluksesi näyttää nyt.
login-code-help = Sovelluksen näyttämät kuusi numeroa tai jokin varakoodeistasi.
user-account = Käyttäjätilisi
account-title = Käyttäjätilisi
account-second-factor-title = Kaksivaiheinen tunnistautuminen
account-second-factor-intro = Kirjautuessasi sinulta kysytään salasanan jälkeen kuusinumeroinen koodi, jonka puhelimesi todennussovellus (esimerkiksi FreeOTP, Aegis, Google Authenticator tai Microsoft Authenticator) näyttää.
account-second-factor-required = Roolisi (paikallinen tietojen ylläpitäjä tai IMI-koordinaattori) edellyttävät kaksivaiheista tunnistautumista. Jatka ottamalla se nyt käyttöön.
account-second-factor-on = { $count ->
    [one] Kaksivaiheinen tunnistautuminen on käytössä. Jäljellä on yksi varakoodi.
   *[other] Kaksivaiheinen tunnistautuminen on käytössä. Jäljellä on { $count } varakoodia.
}
account-second-factor-off = Kaksivaiheinen tunnistautuminen ei ole käytössä.
account-second-factor-start = Määritä kaksivaiheinen tunnistautuminen
account-second-factor-scan = Skannaa tämä koodi todennussovelluksellasi tai syötä alla oleva avain sovellukseen. Anna sitten koodi, jonka sovellus näyttää.
account-second-factor-qr = QR-koodi käyttäjätilisi lisäämiseksi todennussovellukseen
account-second-factor-key = Avain
account-second-factor-code = Sovelluksen koodi
account-second-factor-confirm = Ota kaksivaiheinen tunnistautuminen käyttöön
account-second-factor-disable = Poista kaksivaiheinen tunnistautuminen käytöstä
account-recovery-title = Varakoodit
account-recovery-intro = Säilytä nämä koodit turvallisessa paikassa erillään puhelimestasi. Jos puhelin katoaa, voit kirjautua kullakin koodilla sisään kerran. Koodit näytetään vain nyt.
account-recovery-done = Olen tallentanut ne
account-recovery-renew = Uudet varakoodit
account-sessions-title = Missä olet kirjautunut sisään
account-session-browser = Selain
account-session-address = IP-osoite
account-session-started = Alkanut
account-session-ends = Päättyy
account-session-current = Tämä istunto
account-session-unknown = Tuntematon
account-session-end = Päätä istunto
account-sessions-end-others = Päätä kaikki muut istunnot
account-password-title = Salasana
account-password-current = Nykyinen salasana
account-password-new = Uusi salasana
account-password-repeat = Toista uusi salasana
account-password-change = Vaihda salasana
toast-second-factor-on = Kaksivaiheinen tunnistautuminen on otettu käyttöön.
toast-second-factor-off = Kaksivaiheinen tunnistautuminen on poistettu käytöstä.
toast-recovery-renewed = Uudet varakoodit on luotu; vanhat eivät enää toimi.
toast-session-ended = Istunto on päätetty.
toast-sessions-ended = Muut istuntosi on päätetty.
toast-password-changed = Salasanasi on vaihdettu ja muut istuntosi on päätetty.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## $number on lukumäärä lukijan kielen kirjoitustavalla ja $count sama lukumäärä lukuna
## (monikkomuotoa varten). $from, $to ja $today ovat päivämääriä; $value, $green ja $red ovat
## valmiiksi lukijan kielellä kirjoitettuja arvoja (prosentti tai päiviä); $zone on aikavyöhyke
## (UTC); $indicator on jonkin statistics-figure-* -luvun nimi.
nav-statistics = Tilastot
statistics-title = Tilastot
statistics-intro = Kuinka paljon pyyntöjä lähetetään, kuinka nopeasti ne hyväksytään ja niihin vastataan ja miten pyynnön lähettäneet viranomaiset arvioivat vastaukset. Luvut eivät sisällä henkilöitä, nimiä eivätkä tekstejä.
statistics-print = Tulosta
statistics-filters = Suodattimet
statistics-from = Alkupäivä
statistics-to = Loppupäivä
statistics-partner = Kumppanimaa
statistics-direction = Suunta
statistics-direction-all = Lähetetyt ja vastaanotetut
statistics-direction-sent = Lähetetyt
statistics-direction-received = Vastaanotetut
statistics-granularity = Aikasarjan jakso
statistics-granularity-month = Kuukausi
statistics-granularity-quarter = Vuosineljännes
statistics-granularity-year = Vuosi
statistics-whose = Kenen luvut
statistics-scope-everything = Kaikki maat
statistics-scope-areas = { $country }: omat lainsäädäntöalasi
statistics-scope-authority = Oma viranomaisesi
statistics-your-areas = Omat lainsäädäntöalasi
statistics-period = Ajalla { $from }–{ $to } lähetetyt pyynnöt
statistics-as-of = Päivät ovat kalenteripäiviä aikavyöhykkeellä { $zone }; tilanne { $today }.
statistics-volumes-heading = Määrät
statistics-performance-heading = Nopeus ja tyytyväisyys
statistics-performance-intro = Nopeus ja tyytyväisyys kuvaavat pyyntöihin vastaavaa osapuolta: niissä lasketaan näille viranomaisille jakson aikana lähetetyt pyynnöt. Kunkin luvun yhteydessä kerrotaan, kuinka moneen pyyntöön se perustuu; vähäiseen pyyntömäärään perustuva luku voi muuttua paljon.
statistics-figure-sent = Lähetetyt pyynnöt
statistics-figure-received = Vastaanotetut pyynnöt
statistics-figure-open-now = Nyt avoinna
statistics-figure-overdue-now = Nyt myöhässä
statistics-figure-accepted-in-time = Hyväksytty 7 päivän kuluessa
statistics-figure-average-days = Keskimääräinen vastausaika (päivää)
statistics-figure-median-days = Vastausajan mediaani (päivää)
statistics-figure-by-agreed-date = Vastattu sovittuun määräaikaan mennessä
statistics-figure-within-two-weeks = Vastattu kahden viikon kuluessa
statistics-figure-negative-timeliness = Kielteiset arviot oikea-aikaisuudesta
statistics-figure-negative-effort = Kielteiset arviot laadusta
statistics-what-is-counted = Mitä lasketaan
statistics-definition-sent = Näiden viranomaisten jakson aikana lähettämät pyynnöt; kukin pyyntö lasketaan lähetyspäivänään. Luonnoksia ei lasketa koskaan. Eteenpäin siirretty pyyntö lasketaan kerran; toisesta pyynnöstä irrotettu pyyntö on oma pyyntönsä, joka katsotaan lähetetyksi irrotuspäivänä; peruutettu pyyntö lasketaan edelleen. Päivät ovat kalenteripäiviä UTC-ajassa.
statistics-definition-received = Näille viranomaisille jakson aikana lähetetyt pyynnöt; kukin pyyntö lasketaan lähetyspäivänään. Eteenpäin siirretty pyyntö lasketaan kerran sille viranomaiselle, jolla se on viimeisenä; peruutettu pyyntö lasketaan edelleen. Päivät ovat kalenteripäiviä UTC-ajassa.
statistics-definition-open-now = Näiden viranomaisten lähettämät tai vastaanottamat pyynnöt, jotka tänään odottavat hyväksymistä, on hyväksytty tai odottavat lisätietoja, riippumatta siitä, milloin ne on lähetetty: tätä lukua ei rajata jaksoon.
statistics-definition-overdue-now = Nyt avoinna olevista pyynnöistä ne, joiden sovittu määräaika on tänään jo umpeutunut (kalenteripäivät UTC-ajassa). Tätäkään lukua ei rajata jaksoon.
statistics-definition-accepted-in-time = Niistä vastaanotetuista pyynnöistä, jotka on hyväksytty tai jotka ovat odottaneet hyväksymistä yli 7 päivää, se osuus, joka hyväksyttiin enintään 7 kalenteripäivän kuluessa vastaanottamisesta. Pyyntö katsotaan vastaanotetuksi lähetyspäivänä tai, jos se on siirretty eteenpäin, viimeisen siirron päivänä, jotta viranomaisen luvuissa ei lasketa päiviä, joina pyyntö oli toisella viranomaisella. Peruutettu pyyntö lasketaan vain, jos se oli hyväksytty. Päivät ovat kalenteripäiviä UTC-ajassa.
statistics-definition-average-days = Kalenteripäivien (UTC) keskimääräinen lukumäärä vastaanottamisesta (lähetyspäivästä tai viimeisen siirron päivästä) ensimmäiseen vastaukseen niissä vastaanotetuissa pyynnöissä, joihin on vastattu. Jos vastauksen jälkeen on pyydetty tarkennusta, lasketaan silti ensimmäinen vastaus.
statistics-definition-median-days = Samojen, vastaanottamisesta ensimmäiseen vastaukseen kuluneiden päivien lukumäärien keskimmäinen arvo (mediaani): puolet vastauksista annettiin tässä ajassa tai nopeammin. Jos vastauksia on parillinen määrä, käytetään kahdesta keskimmäisestä arvosta pienempää.
statistics-definition-by-agreed-date = Niistä vastatuista pyynnöistä, joilla on sovittu määräaika, se osuus, johon vastattiin ensimmäisen kerran viimeistään kyseisenä päivänä (kalenteripäivät UTC-ajassa).
statistics-definition-within-two-weeks = Vastatuista pyynnöistä se osuus, johon vastattiin ensimmäisen kerran enintään 14 kalenteripäivän (UTC) kuluessa vastaanottamisesta (lähetyspäivästä tai viimeisen siirron päivästä).
statistics-definition-negative-timeliness = Niistä vastaanotetuista pyynnöistä, jotka pyynnön lähettänyt viranomainen arvioi sulkiessaan ne, se osuus, jonka vastauksen oikea-aikaisuudesta se antoi kielteisen arvion.
statistics-definition-negative-effort = Niistä vastaanotetuista pyynnöistä, jotka pyynnön lähettänyt viranomainen arvioi sulkiessaan ne, se osuus, jonka vastauksen laadusta se antoi kielteisen arvion.
statistics-no-figure = Ei pyyntöjä
statistics-based-on = { $count ->
    [one] Perustuu { $number } pyyntöön
   *[other] Perustuu { $number } pyyntöön
}
statistics-eea = ETA
statistics-eea-value = ETA: { $value }
statistics-band-green = Hyvä
statistics-band-yellow = Seurattava
statistics-band-red = Heikko
statistics-legend-title = Luokkien raja-arvot
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: hyvä vähintään { $green }, heikko alle { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: hyvä alle { $green }, heikko yli { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: hyvä vähintään { $green }, heikko alle { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: hyvä alle { $green }, heikko vähintään { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: hyvä alle { $green }, heikko vähintään { $red }.
statistics-quarter = { $quarter }. neljännes { $year }
statistics-quarter-short = { $quarter }. nelj.
statistics-charts-heading = Kehitys ajan mittaan
statistics-volumes-title = Lähetetyt ja vastaanotetut pyynnöt
statistics-acceptance-title = 7 päivän kuluessa hyväksyttyjen pyyntöjen osuus
statistics-days-title = Keskimääräinen vastausaika (päivää)
statistics-axis-requests = Pyynnöt
statistics-axis-share = Osuus
statistics-axis-days = Päivät
statistics-show-table = Näytä taulukkona
statistics-tables-heading = Erittelyt
statistics-column-period = Jakso
statistics-column-sent = Lähetetyt
statistics-column-received = Vastaanotetut
statistics-column-based-on = Perusta (pyyntöjä)
statistics-column-area = Lainsäädäntöala
statistics-column-partner = Kumppanimaa
statistics-column-country = Maa
statistics-column-from-to = Maasta (rivit) maahan (sarakkeet)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Pyynnöt lainsäädäntöaloittain
statistics-by-partner-title = Pyynnöt kumppanimaittain
statistics-by-partner-intro = Kumppanimaa on toisen osapuolen maa: lähetetyssä pyynnössä vastaanottava maa, vastaanotetussa pyynnössä pyynnön lähettänyt maa.
statistics-exchanges-title = Pyynnöt maasta toiseen
statistics-exchanges-intro = Kukin rivi on pyynnön lähettänyt maa ja kukin sarake vastaanottava maa; luettelossa ovat vain maat, joilla oli pyyntöjä jakson aikana.
statistics-scoreboard-title = Vastaanottavien maiden tulostaulu
statistics-scoreboard-intro = Kunkin maan indikaattorit pyyntöihin vastaavana osapuolena sen jakson aikana vastaanottamien pyyntöjen osalta sekä niiden luokat edellä esitettyjen raja-arvojen mukaan.
statistics-csv = Lataa CSV-tiedosto
statistics-csv-failed = Selain ei pystynyt luomaan tiedostoa.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: luokka
statistics-csv-based-on = { $indicator }: perusta (pyyntöjä)
statistics-empty-title = Ei pyyntöjä tällä jaksolla
statistics-empty-body = Tällä jaksolla ei lähetetty yhtään näitä suodattimia vastaavaa pyyntöä. Valitse pidempi jakso tai vähemmän suodattimia.
statistics-error-before-start = Ei voi olla ennen jakson ensimmäistä päivää.
statistics-error-too-long = { $count ->
    [one] Jakso voi olla enintään { $days } päivän pituinen.
   *[other] Jakso voi olla enintään { $days } päivän pituinen.
}

## Varoitukset: yksi viranomainen varoittaa monia

role-alert_coordinator = Varoituskoordinaattori
field-error-before-start = Ei voi olla ennen päivää, josta alkaen päätös on voimassa.
alert-state-draft = Luonnos
alert-state-awaiting-approval = Odottaa varoituskoordinaattorin hyväksyntää
alert-state-sent = Lähetetty
alert-state-closure-proposed = Sulkemista ehdotettu
alert-state-closed = Suljettu
alert-state-withdrawn = Peruutettu
alert-action-edit = Muokkaa
alert-action-delete = Poista luonnos
alert-action-send = Lähetä varoitus
alert-action-approve = Hyväksy ja lähetä
alert-action-reject = Palauta lähettäjälle
alert-action-acknowledge = Kuittaa vastaanotetuksi maan puolesta
alert-action-pass-on = Välitä viranomaisille
alert-action-acknowledge-receipt = Kuittaa vastaanotetuksi
alert-action-modify = Muuta varoitusta
alert-action-withdraw = Peruuta varoitus
alert-action-propose-closure = Ehdota sulkemista
alert-action-reject-closure = Pidä varoitus avoinna
alert-action-close = Sulje varoitus
alert-event-created = Luonnos luotu
alert-event-submitted = Lähetetty hyväksyttäväksi
alert-event-approved = Varoituskoordinaattori on hyväksynyt
alert-event-rejected = Palautettu lähettäjälle
alert-event-sent = Varoitus lähetetty
alert-event-acknowledged = Maan varoituskoordinaattori on kuitannut vastaanoton
alert-event-passed-on = Välitetty toimivaltaisille viranomaisille
alert-event-receipt-acknowledged = Viranomainen on kuitannut vastaanoton
alert-event-modified = Varoitusta muutettu
alert-event-withdrawn = Varoitus peruutettu
alert-event-withdrawn-wrong = Varoitus peruutettu: se osoittautui perusteettomaksi
alert-event-closure-proposed = Sulkemista ehdotettu
alert-event-closure-rejected = Varoitus pysyy avoinna
alert-event-closed = Varoitus suljettu
alert-event-end-reminder = Päätös ei ole enää voimassa: sulje tai peruuta varoitus
alert-event-late-reminder = Myöhässä: päätöksen voimassaolo päättyi yli 3 päivää sitten, ja varoitus on yhä avoinna
email-alert-subject = Varoitus { $number }: { $event }
email-alert-body = Hyvä { $name },

    { $authority } on tehnyt varoitukseen { $number } ({ $kind }) liittyvän toimenpiteen: { $event }.

    Avaa varoitus: { $link }

    Tämän viestin lähetti sisämarkkinoiden tietojenvaihtojärjestelmä. Älä vastaa tähän viestiin.

alert-delivery-received = Vastaanotettu, ei vielä kuitattu
alert-delivery-acknowledged = Kuitattu vastaanotetuksi
alert-delivery-passed-on = Välitetty toimivaltaisille viranomaisille
alert-box-drafts = Varoitusluonnokset
alert-box-sent = Lähetetyt varoitukset
alert-box-to-approve = Hyväksyttävät varoitukset
alert-box-to-acknowledge = Kuitattavat varoitukset
alert-box-received = Vastaanotetut varoitukset

## Alerts: the pages

nav-alerts = Varoitukset
alerts-title = Varoitukset
alerts-intro = Varoituksilla ilmoitetaan muiden maiden toimivaltaisille viranomaisille ammattihenkilöstä tai palveluntarjoajasta: ammatin tai toiminnan harjoittamisen kiellosta tai rajoituksesta, väärennetystä tutkintotodistuksesta tai vaarasta terveydelle, turvallisuudelle tai ympäristölle.
alerts-boxes = Varoitusluettelot
alerts-new = Uusi varoitus
alerts-check-link = Tarkista ammattihenkilö
alerts-in-force = Voimassa olevat varoitukset
alerts-unread = Varoitusten lukemattomat päivitykset
# Ruudunlukijat lukevat tämän ääneen, kun varoitusten lukemattomien päivitysten määrä kasvaa.
live-alert-news = { $count ->
    [one] Yksi lukematon päivitys varoituksiin
   *[other] { $count } lukematonta päivitystä varoituksiin
}
alerts-empty-title = Ei varoituksia
alerts-empty-body = Tässä näytetään varoitukset, jotka saapuvat maahasi tai viranomaisellesi, sekä viranomaisesi lähettämät varoitukset.
alerts-total = { $count ->
    [one] { $count } varoitus
   *[other] { $count } varoitusta
}
alert-title = Varoitus { $number }
alert-title-unknown = Varoitus
alert-subject-withheld = Henkilötietoja ei näytetä
alert-unread = Uutta sen jälkeen, kun avasit sen viimeksi
alert-from-country = Lähettäjämaa: { $country }
alert-details = Tiedot
alert-sender = Lähettävä viranomainen
alert-sent-at = Lähetetty
alert-revision-label = Muutokset
alert-revision = { $count ->
    [one] Muutettu kerran lähettämisen jälkeen
   *[other] Muutettu { $count } kertaa lähettämisen jälkeen
}
alert-personal-hidden = Tämän varoituksen henkilötiedot näytetään vain lähettäjälle, varoituskoordinaattoreille ja viranomaisille, joille varoitus on välitetty.
alert-comment = Kommentti
alert-comment-help = Vastaanottajille: mitä heidän tulee tietää yllä olevien kenttien lisäksi. Kirjoita omalla kielelläsi; jokainen lukija voi konekääntää tekstin.
alert-late-reason = Syy varoituksen myöhästymiseen
alert-proved-wrong = Tämä varoitus peruutettiin, koska se osoittautui perusteettomaksi.
alert-due-left = { $days ->
    [0] Määräaika päättyy tänään: varoitus on lähetettävä 3 päivän kuluessa päätöksen tekemisestä.
    [one] Varoituksen lähettämiseen on aikaa { $days } päivä.
   *[other] Varoituksen lähettämiseen on aikaa { $days } päivää.
}
alert-due-late = { $days ->
    [one] { $days } päivä myöhässä: kerro, miksi varoitus lähetetään myöhässä.
   *[other] { $days } päivää myöhässä: kerro, miksi varoitus lähetetään myöhässä.
}
alert-actions = Käytettävissä olevat toiminnot
alert-note = Perustelu
alert-note-help = Pakollinen, kun varoitus palautetaan tai peruutetaan tai sen sulkemista ehdotetaan; kaikki vastaanottajat näkevät sen.
alert-note-missing = Kirjoita ensin perustelu.
alert-withdraw-proved-wrong = Varoitus osoittautui perusteettomaksi: ilmoita siitä kaikille vastaanottajille
alert-conflict = { $error } Varoituksen nykyinen tila: { $state }.
alert-deliveries = Vastaanottajat
alert-deliveries-summary = { $count ->
    [one] Vastaanoton kuitanneet maat: { $acknowledged }/{ $count }.
   *[other] Vastaanoton kuitanneet maat: { $acknowledged }/{ $count }.
}
alert-column-country = Maa
alert-column-delivery = Varoituskoordinaattori
alert-column-authorities = Toimivaltaiset viranomaiset
alert-received-at = vastaanotettu { $date }
alert-acknowledged-at = kuitattu vastaanotetuksi { $date }
alert-not-acknowledged = ei vielä kuitattu vastaanotetuksi
alert-read-at = luettu { $date }
alert-not-read = ei vielä luettu
alert-no-recipients = Ei vielä välitetty
alert-timeline = Tapahtumahistoria
alert-event-for-country = Maa: { $country }
alert-pass-on-title = Välitä toimivaltaisille viranomaisille
alert-pass-on-help = Rekisteri ehdottaa maasi viranomaisia, jotka ovat toimivaltaisia tämän ammatin tai toiminnan osalta. Poista valinta niiltä, joiden ei pidä saada varoitusta, tai lisää muita.
alert-pass-on-none = Rekisterissä ei ole yhtään maasi viranomaista, joka olisi toimivaltainen tämän ammatin tai toiminnan osalta. Lisää viranomaiset, joiden pitää saada varoitus.
alert-pass-on-already = (on jo saanut sen)
alert-pass-on-add = Lisää toinen viranomainen
alert-pass-on-own-country = Varoituksia voi välittää vain oman maasi viranomaisille.
alert-pass-on-submit = { $count ->
    [one] Välitä { $count } viranomaiselle
   *[other] Välitä { $count } viranomaiselle
}
alert-compose-title = Uusi varoitus
alert-draft-title = Varoitusluonnos { $number }
alert-modify-title = Muuta varoitusta { $number }
alert-step-kind = Varoituksen tyyppi
alert-step-fields = Tiedot
alert-step-countries = Maat
alert-step-review = Kommentti ja lähetys
alert-kind-legal-basis = Oikeusperusta: { $basis }
alert-choose-kind-first = Valitse ensin varoituksen tyyppi.
alert-field-required = { $label } (pakollinen)
alert-choose = Valitse…
alert-countries-all = Tämä varoitus lähetetään kaikkien 30 ETA-maan varoituskoordinaattoreille.
alert-countries-choose = Valitse maat, joissa palveluntarjoaja toimii tai joissa riski voi syntyä.
alert-countries-always = Sijoittautumismaa ({ $country }) saa tämän varoituksen joka tapauksessa.
alert-countries-none = Maita ei ole vielä valittu.
alert-goes-to = Vastaanottajat: { $countries }
alert-approval-note = Maasi varoituskoordinaattori hyväksyy maasi varoitukset ennen niiden lähettämistä.
alert-modify-note = Kaikille vastaanottajille ilmoitetaan, että varoitusta on muutettu.
alert-problems = Vielä täydennettävää
alert-incomplete = Varoitus ei ole vielä valmis. Puuttuvat kohdat on merkitty.
alert-save-draft = Tallenna luonnos
alert-save-modification = Tallenna muutos
alert-submit = Lähetä hyväksyttäväksi
alert-check-title = Saako tämä ammattihenkilö harjoittaa ammattiaan?
alert-check-intro = Hae nimellä voimassa olevista ammattipätevyyttä koskevista varoituksista, jotka ovat saapuneet maahasi tai viranomaisellesi. Haku ei huomioi tarkkeita ja sallii yhden kirjoitusvirheen. Löytynyt varoitus tarkoittaa, että varoituksen lähettäneessä maassa on voimassa kielto tai rajoitus; se, ettei varoitusta löydy, ei todista, että henkilöllä on oikeus harjoittaa ammattia.
alert-check-name = Ammattihenkilön nimi
alert-check-profession = Ammatti
alert-check-any-profession = Kaikki ammatit
alert-check-submit = Hae varoituksia
alert-check-none = Voimassa olevista varoituksista ei löytynyt nimeä { $name }.
alert-check-found = { $count ->
    [one] Löytyi { $count } voimassa oleva varoitus
   *[other] Löytyi { $count } voimassa olevaa varoitusta
}
toast-alert-saved = Luonnos on tallennettu.
toast-alert-sent = Varoitus on lähetetty.
toast-alert-submitted = Varoitus on lähetetty hyväksyttäväksi.
toast-alert-modified = Varoitusta on muutettu; vastaanottajille ilmoitetaan muutoksesta.
toast-alert-deleted = Luonnos on poistettu.
toast-alert-passed-on = Varoitus on välitetty.
toast-alert-done = Tehty: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Verkkoyhteys puuttuu. Avaamasi pyynnöt ovat edelleen luettavissa; lisäämäsi vastaukset, viestit ja asiakirjat säilytetään tällä laitteella ja lähetetään, kun yhteys palautuu.
update-ready = Järjestelmän uusi versio on valmis.
update-reload = Lataa uusi versio

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Yksi ilman yhteyttä tehty muutos odottaa lähettämistä.
   *[other] { $count } ilman yhteyttä tehtyä muutosta odottaa lähettämistä.
}
queue-sending = Ilman yhteyttä tehtyjä muutoksia lähetetään…
queue-attention = { $count ->
    [one] Yksi ilman yhteyttä tehty muutos jäi lähettämättä ja edellyttää päätöstäsi.
   *[other] { $count } ilman yhteyttä tehtyä muutosta jäi lähettämättä ja edellyttää päätöstäsi.
}
queue-title = Odottaa lähettämistä
queue-intro = Nämä muutokset on tehty ilman yhteyttä, ja ne säilytetään tällä laitteella. Ne lähetetään järjestyksessä heti, kun yhteys palautuu.
queue-kind-answers = Vastaukset (tallennettu, ei lähetetty pyynnön lähettäneelle viranomaiselle)
queue-kind-answer = Pyynnön lähettäneelle viranomaiselle lähetettävät vastaukset
queue-kind-message = Viesti
queue-kind-document = Asiakirja ”{ $name }” ({ $size } kt)
queue-made-at = Kirjoitettu { $time }
queue-status-waiting = Odottaa yhteyttä.
queue-status-conflict = Ei lähetetty: pyyntö on muuttunut kirjoittamisesi jälkeen, ja sen tila on nyt ”{ $state }”. Katso alla olevasta tapahtumahistoriasta, mikä on muuttunut, ja lähetä muutos sitten silti tai hylkää se.
queue-status-refused = Ei lähetetty: { $error }
queue-send-anyway = Lähetä silti
queue-edit = Muokkaa
queue-discard = Hylkää
queue-discard-confirm = Hylätäänkö tämä muutos? Kirjoittamasi poistetaan tältä laitteelta.
queue-logout-confirm = { $count ->
    [one] Yksi ilman yhteyttä tehty muutos on vielä lähettämättä. Uloskirjautuminen poistaa sen tältä laitteelta. Kirjaudutaanko silti ulos?
   *[other] { $count } ilman yhteyttä tehtyä muutosta on vielä lähettämättä. Uloskirjautuminen poistaa ne tältä laitteelta. Kirjaudutaanko silti ulos?
}
toast-queued = Ei yhteyttä: muutos säilytetään tällä laitteella ja lähetetään, kun yhteys palautuu.
toast-queue-sent = { $count ->
    [one] Ilman yhteyttä tehty muutos on lähetetty.
   *[other] { $count } ilman yhteyttä tehtyä muutosta on lähetetty.
}

## Tarkastukset paikan päällä: pyynnön laji ja tarkastuspöytäkirja läsnä olleiden allekirjoituksineen
compose-kind-label = Mitä pyydät?
request-kind-information = Tietoja
request-kind-information-help = Toinen viranomainen vastaa kysymyksiisi rekisteriensä ja asiakirjojensa perusteella.
request-kind-inspection = Tarkastus paikan päällä
request-kind-inspection-help = Toinen viranomainen tarkastaa kyseiset tilat, laitteet tai työkohteen ja raportoi havainnoistaan valokuvin ja läsnä olleiden allekirjoituksin.
request-checklist = { $count ->
    [one] Tarkistuslista: yksi kohta
   *[other] Tarkistuslista: { $count } kohtaa
}
inspection-title = Tarkastuspöytäkirja
inspection-help = Kirjaa tarkastus sitä tehdessäsi: vastaa yllä olevaan tarkistuslistaan, liitä valokuvat asiakirjoina, merkitse sitten päivä ja paikka ja pyydä jokaista läsnä olevaa henkilöä allekirjoittamaan tähän. Vastauksen voi lähettää, kun olet itse allekirjoittanut.
inspection-pending = Tarkastuspöytäkirja näytetään tässä vastauksen yhteydessä.
inspection-inspected-on = Tarkastuspäivä
inspection-place = Tarkastettu paikka
inspection-place-help = Osoite sekä työkohde tai tilat (esimerkiksi: rakennustyömaa, portti 2).
inspection-present = Läsnä olevat henkilöt
inspection-signer-name = Nimi
inspection-signer-role = Asema tarkastuksessa
inspection-signer-refused = Kieltäytyi allekirjoittamasta
inspection-signer-unnamed = läsnä oleva henkilö
inspection-signer-unsigned = Tulee osaksi pöytäkirjaa vasta, kun henkilö allekirjoittaa tai kieltäytyy allekirjoittamasta.
inspection-signer-add = Lisää läsnä oleva henkilö
inspection-signer-remove = Poista tämä henkilö
inspection-signature-of = Allekirjoitus: { $name }
inspection-signature-clear = Tyhjennä allekirjoitus
inspection-signature-needed = Tarkastajan allekirjoitus tarvitaan, ennen kuin vastauksen voi lähettää.
inspection-refused-to-sign = Henkilö kieltäytyi allekirjoittamasta.
signer-role-inspector = Tarkastaja
signer-role-provider-representative = Palveluntarjoajan tai työnantajan edustaja
signer-role-worker = Työntekijä
signer-role-witness = Todistaja
queue-kind-report = Tarkastuspöytäkirja (tallennettu, ei lähetetty pyynnön lähettäneelle viranomaiselle)
