# Limba română.

## Aplicația
app-name = Sistemul de informare al pieței interne
app-short-name = IMI
app-tagline = Cooperare administrativă între autoritățile competente din Spațiul Economic European
skip-to-content = Salt la conținutul principal
loading = Se încarcă…

## Navigarea și meniul utilizatorului
nav-label = Navigare principală
nav-inbox = Căsuța de intrare
language-label = Limba
user-signed-in-as = Cont de utilizator: { $name }, { $authority }
organisation-commission = Comisia Europeană
logout = Deconectare
toast-dismiss = Închide
toast-logged-out = V-ați deconectat.

## Pagina de autentificare
login-title = Autentificare
login-intro = Utilizați contul creat pentru dumneavoastră de administratorul autorității dumneavoastră sau de coordonatorul național IMI.
login-email = Adresă de e-mail
login-password = Parolă
login-submit = Autentificare
login-submitting = Autentificare în curs…
field-required = Acest câmp este obligatoriu.

## Căsuța de intrare
inbox-title = Căsuța de intrare
inbox-empty-title = Nu există încă cereri

## Pagini inexistente
not-found-title = Pagina nu a fost găsită
not-found-body = Adresa accesată nu duce la nicio pagină a acestui sistem.
not-found-home = Mergeți la căsuța de intrare

## Roluri
roles-label = Rolurile dumneavoastră
role-request_handler = Gestionar de cereri
role-allocator = Responsabil cu alocarea cererilor
role-local_administrator = Administrator local de date
role-coordinator = Coordonator IMI
role-commission_observer = Observator al Comisiei

## Erori returnate de server, după cod
error-internal-error = A apărut o eroare pe server. Vă rugăm să încercați din nou; dacă problema persistă, contactați administratorul.
error-database-unavailable = Baza de date a sistemului nu este accesibilă momentan. Vă rugăm să încercați din nou peste câteva minute.
error-not-found = Elementul solicitat nu există sau nu aveți acces la acesta.
error-method-not-allowed = Această acțiune nu este posibilă aici.
error-unauthenticated = Sesiunea dumneavoastră a expirat. Vă rugăm să vă autentificați din nou.
error-forbidden = Nu aveți drepturile necesare pentru această acțiune.
error-invalid-credentials = Adresa de e-mail sau parola este incorectă.
error-too-many-attempts = { $seconds ->
    [one] Prea multe încercări nereușite. Vă rugăm să așteptați { $seconds } secundă înainte de a încerca din nou.
    [few] Prea multe încercări nereușite. Vă rugăm să așteptați { $seconds } secunde înainte de a încerca din nou.
   *[other] Prea multe încercări nereușite. Vă rugăm să așteptați { $seconds } de secunde înainte de a încerca din nou.
}
error-malformed-json = Serverul nu a putut citi datele trimise. Vă rugăm să reîncărcați pagina și să încercați din nou.
error-unsupported-media-type = Serverul nu acceptă date în acest format.
error-payload-too-large = Datele trimise depășesc dimensiunea acceptată de server.
error-validation-failed = Unele câmpuri nu sunt completate corect. Vă rugăm să verificați câmpurile marcate.
error-network-error = Serverul nu poate fi contactat. Verificați conexiunea la rețea și încercați din nou.
error-invalid-transition = Această acțiune nu este posibilă în starea actuală a cererii. Vă rugăm să reîncărcați pagina pentru a vedea ce acțiuni sunt disponibile acum.
error-translation-not-configured = Traducerea automată nu este disponibilă în acest sistem.
error-translation-failed = Serviciul de traducere automată nu a răspuns. Vă rugăm să încercați din nou mai târziu.

## Valorile substituenților (shared::placeholder::PlaceholderErrorCode)
## $label este eticheta substituentului în limba cititorului; $max și $length sunt numere de
## caractere.
placeholder-error-missing = Introduceți o valoare pentru „{ $label }”.
placeholder-error-empty = Câmpul „{ $label }” nu poate fi gol.
placeholder-error-too-long = { $max ->
    [one] Câmpul „{ $label }” poate avea cel mult { $max } caracter; în prezent are { $length }.
    [few] Câmpul „{ $label }” poate avea cel mult { $max } caractere; în prezent are { $length }.
   *[other] Câmpul „{ $label }” poate avea cel mult { $max } de caractere; în prezent are { $length }.
}
placeholder-error-control-character = Câmpul „{ $label }” conține un caracter de control invizibil. Vă rugăm să introduceți din nou valoarea.
placeholder-error-line-break = Valoarea câmpului „{ $label }” trebuie să încapă pe un singur rând.
placeholder-error-invalid-date = Introduceți „{ $label }” în formatul an-lună-zi, de exemplu 2025-03-31.
placeholder-error-nonexistent-date = Data introdusă pentru „{ $label }” nu există în calendar.
placeholder-error-unknown-country = Pentru „{ $label }”, alegeți o țară din Spațiul Economic European.
placeholder-error-invalid-email = „{ $label }” nu este o adresă de e-mail validă.
placeholder-error-invalid-person-name = „{ $label }” trebuie să fie numele unei persoane: litere, fără cifre.
placeholder-error-invalid-register-reference = „{ $label }” poate conține doar litere, cifre, spații și caracterele - . /
placeholder-error-unexpected = A fost introdusă o valoare pentru un câmp pe care nu îl utilizează niciuna dintre întrebările alese.
placeholder-error-unknown-placeholder = O întrebare utilizează un câmp necunoscut. Vă rugăm să informați coordonatorul IMI.

## Șabloane de întrebări (shared::placeholder::TemplateErrorCode)
## $position este poziția unui caracter, numărată de la 1; $name este numele substituentului,
## așa cum a fost scris.
template-error-unterminated = Substituentul care începe la caracterul { $position } nu este închis.
template-error-empty-name = Substituentul de la caracterul { $position } nu are nume.
template-error-invalid-name = „{ $name }” (caracterul { $position }) nu este un nume valid de substituent: trebuie să înceapă cu o literă, urmată de litere, cifre sau „_”.
template-error-mismatched-delimiters = Substituentul de la caracterul { $position } este deschis cu un tip de paranteză și închis cu altul.
template-error-nested = Substituentul de la caracterul { $position } conține un alt substituent.
template-error-unknown-placeholder = „{ $name }” (caracterul { $position }) nu este un substituent cunoscut.

## Stările cererii (shared::lifecycle::RequestState)
request-state-draft = Ciornă
request-state-awaiting-acceptance = În așteptarea acceptării
request-state-accepted = Acceptată
request-state-info-requested = Informații suplimentare solicitate
request-state-answered = Răspuns furnizat
request-state-closed = Închisă
request-state-withdrawn = Retrasă

## Acțiuni privind o cerere (shared::lifecycle::ActionKind)
request-action-create = Cerere nouă
request-action-edit = Editați
request-action-delete = Ștergeți ciorna
request-action-send = Trimiteți
request-action-withdraw = Retrageți
request-action-accept = Acceptați
request-action-forward = Redirecționați
request-action-request-info = Solicitați informații suplimentare
request-action-provide-info = Furnizați informații
request-action-answer = Răspundeți
request-action-split-off = Separați întrebări
request-action-request-clarification = Solicitați clarificări
request-action-close = Acceptați răspunsul și închideți cererea

## Evaluarea unui răspuns (shared::lifecycle::Rating)
rating-positive = Bun
rating-neutral = Acceptabil
rating-negative = Nesatisfăcător

## Verificarea întrebărilor (pagină pentru redactarea și testarea șabloanelor de întrebări)
nav-question-check = Verificarea întrebărilor
question-check-title = Verificați o întrebare
question-check-intro = Scrieți o întrebare așa cum va apărea într-o cerere, cu substituenți pentru detaliile completate de autoritatea solicitantă, și testați-o cu valori. Aici se aplică aceleași reguli ca la trimiterea unei cereri.
question-check-template = Textul întrebării
question-check-template-help = Scrieți fiecare substituent sub forma {"${"}Nume{"}"}, de exemplu {"${"}SPBusinessName{"}"}. Substituenți cunoscuți: { $names }.
question-check-values = Valori
question-check-no-placeholders = Această întrebare nu are substituenți.
question-check-preview = Previzualizare
question-check-submit = Verificare pe server
question-check-accepted = Serverul acceptă această întrebare și valorile sale.

## Catalogul întrebărilor
nav-catalogue = Întrebări
catalogue-title = Catalogul întrebărilor
catalogue-intro = Întrebările pretraduse care pot fi incluse într-o cerere. Cealaltă autoritate citește fiecare întrebare în propria limbă; substituenții sunt completați de autoritatea solicitantă.
catalogue-area-label = Domeniu legislativ
catalogue-count = { $count ->
    [one] { $count } întrebare
    [few] { $count } întrebări
   *[other] { $count } de întrebări
}
area-services = Servicii
area-professional_qualifications = Calificări profesionale
area-posting_of_workers = Detașarea lucrătorilor
area-ecommerce = Comerț electronic
answer-type-yes_no = Da sau nu
answer-type-date = Dată
answer-type-free_text = Text liber
answer-type-document = Document atașat
answer-type-choice = Alegere dintr-o listă
answer-type-measurement = Valoare măsurată

## Căutarea autorităților
nav-authorities = Autorități
authorities-title = Căutarea unei autorități
authorities-intro = Căutați în orice limbă după denumire, acronim, oraș sau competență, de exemplu o profesie sau o activitate. Competențele sunt căutate în toate limbile sistemului.
authorities-search-label = Denumire, oraș sau competență
authorities-country-label = Țară
authorities-any-country = Toate țările
authorities-any-area = Toate domeniile
authorities-results = { $count ->
    [one] A fost găsită { $count } autoritate
    [few] Au fost găsite { $count } autorități
   *[other] Au fost găsite { $count } de autorități
}
authorities-no-results = Nicio autoritate nu corespunde acestei căutări.
## $country este numele unei țări în limba cititorului; $label, eticheta unei profesii sau a unei activități.
search-country-from-query = Sunt afișate autoritățile din { $country }, țara menționată în căutarea dumneavoastră.
search-none-declared = Nicio autoritate din { $country } nu s-a declarat competentă pentru „{ $label }”.
search-none-declared-anywhere = Nicio autoritate nu s-a declarat competentă pentru „{ $label }”.
search-ask-coordinator = Coordonatorul național IMI din { $country } vă poate indica ce autoritate este competentă:
authorities-match-name = Corespunde denumirii
authorities-match-acronym = Corespunde acronimului
authorities-match-city = Corespunde orașului
authorities-match-competence = Competentă pentru: { $label }
authorities-pages = Pagini de rezultate
authorities-previous = Anterioara
authorities-next = Următoarea
authorities-page = Pagina { $page } din { $pages }
profile-back = Înapoi la căutare
profile-country = Țară
profile-acronym = Acronim
profile-level = Competență teritorială
level-national = Națională
level-regional = Regională
level-local = Locală
profile-address = Adresă
profile-email = Adresă de e-mail
profile-phone = Telefon
profile-role = Rol în sistem
profile-coordinator = Coordonator național IMI
profile-areas = Domenii legislative
profile-competences = Competentă pentru

## Țările din Spațiul Economic European
country-AT = Austria
country-BE = Belgia
country-BG = Bulgaria
country-HR = Croația
country-CY = Cipru
country-CZ = Cehia
country-DK = Danemarca
country-EE = Estonia
country-FI = Finlanda
country-FR = Franța
country-DE = Germania
country-GR = Grecia
country-HU = Ungaria
country-IE = Irlanda
country-IT = Italia
country-LV = Letonia
country-LT = Lituania
country-LU = Luxemburg
country-MT = Malta
country-NL = Țările de Jos
country-PL = Polonia
country-PT = Portugalia
country-RO = România
country-SK = Slovacia
country-SI = Slovenia
country-ES = Spania
country-SE = Suedia
country-IS = Islanda
country-LI = Liechtenstein
country-NO = Norvegia

## Căsuța de intrare: liste, ordonare și numărul cererilor
inbox-empty-body-box = Cererile autorității dumneavoastră care corespund acestor filtre vor fi afișate aici.
inbox-new-request = Cerere nouă
inbox-boxes = Liste de cereri
inbox-total = { $count ->
    [one] O cerere
    [few] { $count } cereri
   *[other] { $count } de cereri
}
inbox-deadline = Termen: { $date }
inbox-number-label = Numărul cererii
inbox-sort-label = Ordonare
inbox-sort-updated-desc = Cele modificate cel mai recent mai întâi
inbox-sort-updated-asc = Cele modificate cel mai demult mai întâi
inbox-sort-deadline-asc = Cel mai apropiat termen mai întâi
inbox-sort-number-desc = Numărul cel mai mare mai întâi
box-to-accept = De acceptat
box-to-answer = De răspuns sau de examinat
box-awaiting = În așteptarea celeilalte părți
box-overdue = Cu termenul depășit
box-drafts = Ciorne
box-closed = Închise
box-all = Toate

## Erori returnate de server (continuare)
error-unsupported-file-type = Acest tip de fișier nu este acceptat. Atașați un fișier PDF, o imagine sau un document de birotică.

## O cerere
request-title = Cererea nr. { $number }
request-title-unknown = Cerere
request-overdue = Termen depășit
request-from = De la
request-to = Către
request-created = Data creării
request-requested-date = Răspuns solicitat până la
request-deadline = Termen convenit
request-subject = Persoana vizată de cerere
request-personal-data-hidden = Datele cu caracter personal, comentariul, mesajele și documentele atașate sunt afișate după ce autoritatea dumneavoastră acceptă cererea.
request-personal-data-coordinator = În calitate de coordonator, puteți urmări evoluția cererii. Datele cu caracter personal, comentariul, mesajele și documentele acesteia sunt destinate exclusiv celor două autorități.
request-note-hidden = Textul nu este afișat, deoarece poate conține date cu caracter personal.
request-blocked-on = Data blocării datelor cu caracter personal
request-personal-data-blocked = Potrivit regulilor de păstrare, datele cu caracter personal din această cerere (persoana vizată, textul liber și documentele) au fost blocate la { $date }. Nimeni nu le mai poate vedea, iar la { $deleted } vor fi șterse.
request-personal-data-erased = Potrivit regulilor de păstrare, datele cu caracter personal din această cerere au fost șterse la { $date }. Se păstrează doar elementele sale esențiale: datele calendaristice, autoritățile, stările și calificativele.
personal-data-mark = Date cu caracter personal
personal-data-legend = Acest simbol marchează datele cu caracter personal. Le văd doar autoritățile care gestionează cererea; după încheierea cererii, acestea sunt blocate, apoi șterse, potrivit regulilor de păstrare.
nav-data-subjects = Persoane vizate
data-subjects-title = Cereri ale persoanelor vizate
data-subjects-intro = Atunci când o persoană întreabă ce date deține autoritatea dumneavoastră despre ea, găsiți aici toate cererile autorității dumneavoastră care o privesc, inclusiv cele ale căror date cu caracter personal sunt blocate, și întocmiți raportul la care are dreptul. Fiecare căutare și fiecare raport se înregistrează împreună cu motivul.
data-subjects-reason = Motiv
data-subjects-reason-help = De exemplu, data și numărul de înregistrare ale cererii persoanei. Motivul se înscrie în jurnalul de audit.
data-subjects-search = Căutați
data-subjects-found = { $count ->
    [one] A fost găsită o cerere
    [few] Au fost găsite { $count } cereri
   *[other] Au fost găsite { $count } de cereri
}
data-subjects-none = Nicio cerere a autorității dumneavoastră nu privește această persoană.
data-subjects-include = Includeți în raport
data-subjects-side-requesting = Trimisă de autoritatea dumneavoastră
data-subjects-side-responding = Primită de autoritatea dumneavoastră
data-subjects-stage-visible = Date cu caracter personal vizibile
data-subjects-stage-blocked = Date cu caracter personal blocate
data-subjects-stage-deleted = Date cu caracter personal șterse
data-subjects-report-language = Limba raportului
data-subjects-make-report = Întocmiți raportul
data-subjects-print = Imprimați raportul
report-title = Date cu caracter personal deținute despre dumneavoastră
report-intro = { $authority } deține următoarele date cu caracter personal despre dumneavoastră în Sistemul de informare al pieței interne (IMI), prin intermediul căruia autoritățile din Spațiul Economic European fac schimb de informații în temeiul Regulamentului (UE) nr. 1024/2012.
report-made-on = Raport întocmit la { $date }
report-request = Cererea nr. { $number }
report-area = Domeniul de drept
report-data = Date deținute
report-disclosures = Trimise sau primite
report-disclosure-sent = Trimise către { $authority } la { $date }
report-disclosure-forwarded = Redirecționate către { $authority } la { $date }
report-disclosure-split-off = Transmise parțial către { $authority } la { $date }
report-disclosure-received-from = Primite de la { $authority } la { $date }
report-retention = Blocare și ștergere
report-blocked-and-deleted = Blocare la { $blocked } (de atunci nimeni nu le mai poate vedea) și ștergere la { $deleted }.
report-not-ended = Cererea este încă în curs de soluționare. Datele cu caracter personal din aceasta vor fi blocate la { $block ->
    [one] { $block } lună
    [few] { $block } luni
   *[other] { $block } de luni
} după încheierea ei și șterse la { $delete ->
    [one] { $delete } lună
    [few] { $delete } luni
   *[other] { $delete } de luni
} după încheierea ei.
report-count = { $field }: { $count }
report-field-document = Document atașat
report-field-comment = Comentariul autorității solicitante
report-field-note = Mesaje și texte însoțitoare
report-field-text-answer = Răspunsuri scrise
report-field-answer-comment = Comentarii privind răspunsurile
report-field-inspection-present = Prezență la inspecția la fața locului
report-empty = Cererile acestei autorități nu conțin date cu caracter personal despre dumneavoastră.
timeline-fields = Câmpuri rectificate: { $fields }
request-rectify = Rectificați datele cu caracter personal
request-rectify-title = Rectificați datele persoanei vizate de cerere
request-rectify-help = Cealaltă autoritate este informată cu privire la câmpurile pe care le-ați rectificat. Valorile anterioare nu se păstrează.
request-rectify-save = Salvați rectificarea
request-comment = Comentariu
request-original-language = Limba originală: { $language }
request-questions = { $count ->
    [one] O întrebare
    [few] { $count } întrebări
   *[other] { $count } de întrebări
}
request-answer = Răspuns
request-answer-comment = Comentariu privind răspunsul
request-answer-choose = Alegeți un răspuns
request-answer-date = Dată
request-answer-measurement = Valoare măsurată ({ $unit })
request-answer-text = Textul răspunsului
request-save-answers = Salvați răspunsurile
request-send-answer = Trimiteți răspunsul
request-actions = Acțiuni posibile
request-propose-days = Sau propuneți un alt termen, în zile
request-accept-proposed = Acceptați cu acest termen
request-note = Text însoțitor
request-rating-timeliness = Promptitudinea răspunsului
request-rating-effort = Calitatea răspunsului
request-rating-choose = Alegeți un calificativ
request-rating-needed = Pentru a închide cererea, evaluați promptitudinea și calitatea răspunsului.
confirm-irreversible = Această acțiune nu poate fi anulată. Doriți să continuați?
request-split-choose = Transferați această întrebare către o altă autoritate
request-reuse = Creați o cerere nouă pornind de la aceasta
request-timeline = Istoric
timeline-new = Nou de la modificarea dumneavoastră
request-message = Mesaj către cealaltă autoritate
request-message-send = Trimiteți mesajul
timeline-to = Către: { $authority }
timeline-split-to = Cererea nouă nr. { $id }
subject-name = Nume
subject-identifier = Număr de înregistrare sau de identificare
subject-birth-date = Data nașterii
picker-label = Căutați autoritatea (în orice limbă)
picker-more = Afișați mai multe
answer-yes = Da
answer-no = Nu
answer-unknown = Necunoscut
answer-date = O dată calendaristică
answer-text = Un răspuns scris
answer-measurement = O valoare măsurată
answer-document-attached = Documentul este atașat
answer-document-not-available = Documentul nu este disponibil
event-created = Ciornă creată
event-sent = Trimisă
event-withdrawn = Retrasă
event-accepted = Acceptată
event-forwarded = Redirecționată
event-info-requested = Informații suplimentare solicitate
event-info-provided = Informații furnizate
event-answered = Răspuns furnizat
event-split-off = Întrebări separate într-o cerere nouă
event-clarification-requested = Clarificări solicitate
event-closed = Răspuns acceptat, cerere închisă
event-message = Mesaj
event-attachment-added = Document atașat
toast-request-action-send = Cererea a fost trimisă.
toast-request-action-delete = Ciorna a fost ștearsă.
toast-request-action-withdraw = Cererea a fost retrasă.
toast-request-action-accept = Cererea a fost acceptată.
toast-request-action-forward = Cererea a fost redirecționată.
toast-request-action-request-info = Întrebarea dumneavoastră a fost trimisă autorității solicitante.
toast-request-action-provide-info = Informațiile au fost trimise.
toast-request-action-answer = Răspunsul a fost trimis.
toast-request-action-split-off = Întrebările au fost mutate într-o cerere nouă.
toast-request-action-request-clarification = Solicitarea dumneavoastră de clarificări a fost trimisă.
toast-request-action-close = Cererea a fost închisă.
toast-answers-saved = Răspunsurile dumneavoastră au fost salvate.

## Redactarea unei cereri
compose-title = Cerere nouă
compose-steps = Etape
compose-step-area = Domeniu legislativ
compose-step-authority = Autoritate
compose-step-subject = Persoana vizată
compose-step-questions = Întrebări
compose-step-details = Comentariu și dată
compose-step-review = Verificare și trimitere
compose-back = Înapoi
compose-next = Următorul pas
compose-saved = Ciorna nr. { $id } a fost salvată
compose-chosen-authority = Autoritatea aleasă: { $name }
compose-subject-help = Profesionistul sau prestatorul de servicii în cauză. Autoritatea destinatară vede aceste date numai după ce acceptă cererea.
compose-comment-help = Comentariul se redactează în limba dumneavoastră; cealaltă autoritate vede în ce limbă este scris.
compose-incomplete = Cererea nu este încă completă. Părțile lipsă sunt marcate.
compose-draft-title = Ciorna { $number }
compose-questions-filter = Filtrați întrebările
compose-questions-chosen = Întrebări alese: { $count }
compose-step-attention = necesită atenție
compose-review-fix = Corectați următoarele înainte de trimitere:
compose-review-language = Întrebările sunt afișate în limba dumneavoastră; autoritatea destinatară le citește în propria limbă.
compose-review-none = Nespecificat
field-error-missing = Obligatoriu.
field-error-too-long = Prea lung.
field-error-not-in-future = Trebuie să fie o dată ulterioară zilei de astăzi.
field-error-in-future = Nu poate fi o dată viitoare.
field-error-empty = Nu poate fi gol.
field-error-duplicate = Ales de două ori.
field-error-unknown = Necunoscut.
field-error-other-area = Aparține altui domeniu legislativ.
field-error-area-not-handled = Această autoritate nu se ocupă de domeniul legislativ al cererii.
field-error-not-allowed = Nu este posibil aici.
field-error-too-many = Prea multe.

## Documente atașate
request-documents = Documente
request-no-documents = Nu există documente atașate.
request-documents-withheld = Documentele sunt date cu caracter personal: nu sunt afișate aici, la fel ca celelalte date cu caracter personal ale acestei cereri.
request-document-size = { $size } KB
upload-label = Atașați un document
upload-choose = Alegeți un fișier…
upload-take-photo = Faceți o fotografie
upload-keep-original = Trimiteți fotografiile la dimensiunea originală (în caz contrar, acestea sunt mai întâi micșorate pe acest dispozitiv)
date-day = Zi
date-month = Lună
date-year = An
upload-help = Fișier PDF, imagine sau document de birotică, de cel mult 20 MB.
upload-question = Întrebarea la care răspunde documentul
upload-no-question = Nicio întrebare anume
upload-question-number = Întrebarea { $number }
upload-progress = Progresul încărcării

## Notificări prin e-mail ($event este unul dintre mesajele event-*)
email-subject = Cererea nr. { $number }: { $event }
email-body = Stimate/Stimată { $name },

    { $authority } a efectuat o acțiune privind cererea nr. { $number }: { $event }.

    Deschideți cererea: { $link }

    Acest mesaj a fost trimis de Sistemul de informare al pieței interne. Vă rugăm să nu răspundeți la acest mesaj.

## Notificări
notifications-label = Notificări
notifications-unread = { $count ->
    [one] { $count } notificare necitită
    [few] { $count } notificări necitite
   *[other] { $count } de notificări necitite
}
notifications-empty = Nu există notificări.
notifications-mark-all-read = Marcați toate ca citite
notification-item = Cererea nr. { $number }: { $event }

## Alocare și coordonare
request-assigned-to = Gestionar desemnat: { $name }
request-assign-label = Gestionarul responsabil
request-unassigned = Neatribuită
toast-assigned = Gestionarul responsabil a fost schimbat.
toast-saved = Modificările au fost salvate.
inbox-allocation-toggle = Un responsabil cu alocarea cererilor atribuie fiecare cerere primită unuia dintre gestionarii de cereri ai autorității dumneavoastră
event-assigned = Atribuită unui gestionar
event-reminded = Reamintire din partea coordonatorului
event-inactive = Nicio activitate timp de două luni
event-rectified = Date cu caracter personal rectificate
nav-coordination = Coordonare
coordination-title = Cereri fără activitate
coordination-intro = Cererile autorităților din țara dumneavoastră pentru care nu a existat nicio activitate de mai mult de două luni. Deschideți o cerere pentru a o redirecționa sau trimiteți o reamintire autorității care trebuie să acționeze.
coordination-empty = Nu există nicio cerere fără activitate de mai mult de două luni.
coordination-last-change = Ultima modificare: { $date }
coordination-remind = Trimiteți o reamintire
toast-reminded = Reamintirea a fost trimisă.

## Traducerea automată a textului liber
request-translate = Traduceți în limba mea
request-info-asked = Autoritatea { $authority } solicită următoarele informații:
request-translation-unavailable = Acest text este redactat în altă limbă, iar traducerea automată nu este configurată pe acest server.
request-machine-translation = Traducere automată:

## Filtrele prezentării generale
inbox-state-label = Stare
inbox-any-state = Toate stările
inbox-from-label = Modificate începând cu data
inbox-to-label = Modificate până la data
inbox-assigned-to-me = Doar cererile atribuite mie

## Invitații prin e-mail și conflicte de editare
email-invitation-subject = Contul dumneavoastră în Sistemul de informare al pieței interne (IMI): { $authority }
email-invitation-body = Stimate/Stimată { $name },

    { $inviter } v-a creat un cont în Sistemul de informare al pieței interne (IMI), în calitate de utilizator al autorității { $authority }.

    Pentru a-l activa, deschideți următorul link și alegeți-vă parola: { $link }

    Linkul poate fi folosit o singură dată și este valabil { $days ->
        [one] o zi
        [few] { $days } zile
       *[other] { $days } de zile
    }. Dacă nu vă așteptați la acest mesaj, îl puteți ignora.

error-edit-conflict = Altcineva a salvat această înregistrare după ce ați deschis-o. Reîncărcați pagina pentru a vedea modificările făcute, apoi efectuați din nou propriile modificări.
error-invalid-parameter = Adresa acestei pagini nu este validă. Verificați linkul sau reveniți și încercați din nou.
error-rate-limited = Această acțiune a fost efectuată cu foarte puțin timp în urmă și nu poate fi încă repetată. Vă rugăm să încercați din nou mai târziu.
error-second-factor-required = Introduceți codul din aplicația de autentificare.
error-invalid-second-factor = Codul este incorect sau a expirat. Introduceți codul afișat acum de aplicație.
error-second-factor-setup-required = Rolurile dumneavoastră impun autentificarea în doi pași. Configurați-o din pagina contului dumneavoastră pentru a continua.
error-storage-full = Documentul nu a putut fi stocat deoarece spațiul de stocare al serverului este plin. Nu s-a salvat nimic; vă rugăm să informați administratorul IMI.
error-personal-data-blocked = Datele cu caracter personal din această cerere sunt blocate potrivit regulilor de păstrare: nu i se mai poate adăuga nimic.
error-idempotency-key-reused = Această modificare a fost deja trimisă cu un conținut diferit. Reîncărcați pagina și efectuați-o din nou.
error-request-in-progress = Această modificare este încă în curs de procesare. Așteptați puțin și încercați din nou.
error-device-storage-full = Pe acest dispozitiv nu mai există spațiu pentru a păstra modificarea până la restabilirea conexiunii. Nu s-a păstrat nimic: eliberați spațiu pe dispozitiv sau efectuați modificarea atunci când aveți conexiune.
error-too-large-to-keep = Acest document este prea mare pentru a fi păstrat pe dispozitiv până la restabilirea conexiunii. Atașați-l atunci când aveți conexiune.

## Administrarea registrului (coordonatori) și a utilizatorilor (administratori locali de date)
nav-registry = Registru
nav-users = Utilizatori
registry-title = Administrarea registrului
registry-intro = Înregistrați autoritățile din țara dumneavoastră sau importați mai multe deodată dintr-un fișier CSV. Pentru a corecta datele unei autorități, căutați-o și deschideți-i profilul.
registry-new = Înregistrați o autoritate
registry-import-title = Import dintr-un fișier CSV
registry-import-help = Câte o autoritate pe fiecare rând, cu coloanele descrise în ghidul de import. Dacă un rând este greșit, nu se importă nimic; importarea repetată a aceluiași fișier nu modifică nimic.
registry-import-file = Fișier CSV
registry-import-progress = Progresul importului
registry-import-done = Rezultatul importului: noi: { $created }, actualizate: { $updated }, nemodificate: { $unchanged }.
registry-import-refused = Nu s-a importat nimic. Corectați aceste rânduri și importați din nou fișierul:
registry-import-line = Rând
registry-import-column = Coloană
registry-import-reason = Problemă
form-title-new = Înregistrarea unei autorități
form-title-edit = Editare: { $name }
form-errors = Vă rugăm să corectați câmpurile marcate.
form-name = Denumirea în limba proprie
form-name-language = Limba denumirii
form-other-names = Denumiri în alte limbi oficiale
form-other-name = Altă denumire { $number }
form-other-name-add = Adăugați o denumire în altă limbă
form-other-name-remove = Eliminați
form-name-en = Denumirea în limba engleză
form-city = Oraș
form-level-help = Partea din teritoriul țării pentru care autoritatea este competentă. Dacă mai multe autorități corespund în egală măsură unei căutări, autoritatea națională este afișată prima.
form-phone-help = În format internațional, de exemplu +371 6701 2345.
form-competences-filter = Căutați o competență de adăugat
form-administrator = Primul administrator local de date
form-administrator-help = Această persoană primește o invitație prin e-mail, își alege o parolă și apoi gestionează utilizatorii autorității.
form-person-name = Nume și prenume
form-invitation-language = Limba invitației
form-save = Salvați
form-register = Înregistrați
form-cancel = Anulați
profile-edit = Editați
authority-send-request = Trimiteți o cerere acestei autorități
profile-area-coordinator = Coordonator IMI pentru domeniile sale legislative
profile-other-names = Alte denumiri
profile-registered-by = Înregistrată de
profile-registered-by-value = { $user }, { $authority }
users-title = Utilizatori
users-roles = Roluri
users-active = Activ
users-pending = Invitația nu a fost încă acceptată
users-invitation-expired = Invitația a expirat
users-resend-invitation = Trimiteți din nou invitația
toast-invitation-resent = A fost trimisă o nouă invitație; linkul anterior nu mai este valabil.
users-inactive = Dezactivat
users-invited-by = Invitat de { $name }
users-may-log-in = Se poate autentifica
users-invite-title = Invitați un coleg
users-invite = Trimiteți invitația
toast-invited = Invitația a fost trimisă.
invitation-title = Bun venit în IMI
invitation-intro = { $name }, ați primit o invitație de a accesa Sistemul de informare al pieței interne în calitate de utilizator al autorității { $authority } ({ $country }). Alegeți-vă parola pentru a vă activa contul.
password-help = { $count ->
    [one] Cel puțin un caracter. O parolă bună poate fi formată din câteva cuvinte fără legătură între ele; parolele uzuale și parolele care conțin numele sau adresa dumneavoastră de e-mail nu sunt acceptate.
    [few] Cel puțin { $count } caractere. O parolă bună poate fi formată din câteva cuvinte fără legătură între ele; parolele uzuale și parolele care conțin numele sau adresa dumneavoastră de e-mail nu sunt acceptate.
   *[other] Cel puțin { $count } de caractere. O parolă bună poate fi formată din câteva cuvinte fără legătură între ele; parolele uzuale și parolele care conțin numele sau adresa dumneavoastră de e-mail nu sunt acceptate.
}
invitation-repeat = Repetați parola
invitation-mismatch = Cele două parole nu coincid.
invitation-accept = Activați contul
invitation-invalid = Acest link de invitație este necunoscut, a fost deja folosit sau a expirat. Solicitați o nouă invitație administratorului local de date sau coordonatorului IMI.
field-error-invalid-email = Adresă de e-mail nevalidă.
field-error-invalid-phone = Nu este un număr de telefon în format internațional (+ urmat de cifre).
field-error-not-yours = În afara domeniilor legislative pe care le coordonați.
field-error-taken = Este deja folosit de un alt cont.
field-error-too-short = Prea scurt.
field-error-last-administrator = Autoritatea trebuie să păstreze cel puțin un administrator local de date activ.
field-error-control-character = Conține un caracter de control sau un caracter care modifică direcția textului. Vă rugăm să îl eliminați.
field-error-not-own-country = Alegeți o autoritate din propria țară.
field-error-too-personal = Nu poate conține adresa de e-mail sau numele dumneavoastră.
field-error-too-guessable = Prea ușor de ghicit: este o parolă uzuală sau foarte asemănătoare cu una. Folosiți o frază mai lungă, formată din cuvinte fără legătură între ele.
field-error-wrong-code = Codul este incorect sau a expirat.
field-error-no-setup = Configurarea nu a fost începută sau a fost înlocuită; reluați-o de la început.
field-error-no-second-factor = Autentificarea în doi pași nu este activată.
field-error-required-by-role = Rolurile dumneavoastră impun autentificarea în doi pași; aceasta nu poate fi dezactivată.
field-error-wrong-password = Parola este incorectă.
field-error-self = Nu vă puteți dezactiva propriul cont.
field-error-other-country = Aparține altei țări.
field-error-not-utf8 = Fișierul nu este un text UTF-8. Salvați-l din foaia de calcul în formatul „CSV UTF-8”.
field-error-unreadable = Acest rând nu poate fi citit ca CSV.
field-error-unknown-column = Coloană necunoscută.
field-error-missing-column = Lipsește o coloană obligatorie.
field-error-wrong-column-count = Acest rând nu are tot atâtea celule cât rândul de antet.
field-error-too-many-rows = Prea multe rânduri: cel mult 20 000 pe fișier.
field-error-invalid-format = Nu are forma așteptată.
field-error-duplicate-of-line = Aceeași referință ca pe rândul { $line }.
field-error-out-of-range = În afara intervalului permis.
field-error-out-of-range-between = Trebuie să fie între { $min } și { $max }.
field-error-invalid-date = Nu este o dată validă.
field-error-nonexistent-date = Această dată nu există.
field-error-invalid-person-name = Nu este numele unei persoane.
field-error-invalid-register-reference = Nu este un număr de înregistrare valid.
field-error-unknown-country = Țară necunoscută sistemului.
field-error-unknown-placeholder = Substituent necunoscut sistemului.
field-error-unexpected = Nu face parte din întrebările alese.
field-error-line-break = Trebuie să încapă pe un singur rând.
field-error-none-left = Cel puțin o întrebare trebuie să rămână în cerere.
field-error-not-a-handler = Nu este un gestionar de cereri activ al acestei autorități.
field-error-not-a-coordinator = Nu este coordonator.
field-error-not-asked = Nu este una dintre întrebările cererii.
field-error-not-here = Nu este posibil aici.
field-error-unterminated = Un substituent este deschis, dar nu este închis.
field-error-empty-name = Un substituent nu are nume.
field-error-invalid-name = Numele unui substituent nu este valid.
field-error-mismatched-delimiters = Parantezele nu se potrivesc.
field-error-nested = Un substituent se află în interiorul altuia.
field-error-wrong-kind = Acest tip de răspuns nu corespunde întrebării.
field-error-no-attachment = Nu este atașat niciun document la această întrebare.

## Contul: autentificarea în doi pași, sesiuni și parolă
login-code = Codul din aplicația de autentificare
login-code-intro = Contul dumneavoastră folosește autentificarea în doi pași. Introduceți codul afișat acum de aplicația de autentificare.
login-code-help = Șase cifre din aplicație sau unul dintre codurile dumneavoastră de recuperare.
user-account = Contul dumneavoastră
account-title = Contul dumneavoastră
account-second-factor-title = Autentificarea în doi pași
account-second-factor-intro = După introducerea parolei, la autentificare vi se cere un cod de șase cifre generat de o aplicație de autentificare de pe telefon, de exemplu FreeOTP, Aegis, Google Authenticator sau Microsoft Authenticator.
account-second-factor-required = Rolurile dumneavoastră (administrator local de date sau coordonator IMI) impun autentificarea în doi pași. Configurați-o acum pentru a continua.
account-second-factor-on = { $count ->
    [one] Autentificarea în doi pași este activată. Mai aveți un cod de recuperare.
    [few] Autentificarea în doi pași este activată. Mai aveți { $count } coduri de recuperare.
   *[other] Autentificarea în doi pași este activată. Mai aveți { $count } de coduri de recuperare.
}
account-second-factor-off = Autentificarea în doi pași este dezactivată.
account-second-factor-start = Configurați autentificarea în doi pași
account-second-factor-scan = Scanați acest cod cu aplicația de autentificare sau introduceți în aplicație cheia de mai jos. Apoi introduceți codul afișat de aplicație.
account-second-factor-qr = Cod QR pentru adăugarea contului dumneavoastră într-o aplicație de autentificare
account-second-factor-key = Cheie
account-second-factor-code = Codul din aplicație
account-second-factor-confirm = Activați autentificarea în doi pași
account-second-factor-disable = Dezactivați autentificarea în doi pași
account-recovery-title = Coduri de recuperare
account-recovery-intro = Păstrați aceste coduri într-un loc sigur, separat de telefon. Dacă pierdeți telefonul, fiecare cod vă permite să vă autentificați o singură dată. Codurile sunt afișate numai acum.
account-recovery-done = Am salvat codurile
account-recovery-renew = Generați coduri de recuperare noi
account-sessions-title = Unde aveți sesiuni deschise
account-session-browser = Browser
account-session-address = Adresă IP
account-session-started = Începută la
account-session-ends = Expiră la
account-session-current = Sesiunea curentă
account-session-unknown = Necunoscut
account-session-end = Închideți sesiunea
account-sessions-end-others = Închideți toate celelalte sesiuni
account-password-title = Parolă
account-password-current = Parola actuală
account-password-new = Parola nouă
account-password-repeat = Repetați parola nouă
account-password-change = Schimbați parola
toast-second-factor-on = Autentificarea în doi pași a fost activată.
toast-second-factor-off = Autentificarea în doi pași a fost dezactivată.
toast-recovery-renewed = Au fost generate coduri de recuperare noi; codurile vechi nu mai sunt valabile.
toast-session-ended = Sesiunea respectivă a fost închisă.
toast-sessions-ended = Celelalte sesiuni ale dumneavoastră au fost închise.
toast-password-changed = Parola a fost schimbată, iar celelalte sesiuni ale dumneavoastră au fost închise.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistici
## $number este un număr scris în formatul local al cititorului, iar $count același număr ca valoare
## numerică (pentru forma de plural). $from, $to și $today sunt date; $value, $green și $red sunt valori
## deja scrise în formatul local al cititorului (un procent sau zile); $zone este un fus orar
## (UTC); $indicator este denumirea uneia dintre valorile statistics-figure-*.
nav-statistics = Statistici
statistics-title = Statistici
statistics-intro = Câte cereri circulă, cât de repede sunt acceptate și primesc răspuns și cum evaluează autoritățile solicitante răspunsurile. Aceste cifre nu conțin nicio persoană, niciun nume și niciun text.
statistics-print = Imprimați
statistics-filters = Filtre
statistics-from = De la
statistics-to = Până la
statistics-partner = Țara parteneră
statistics-direction = Sens
statistics-direction-all = Trimise și primite
statistics-direction-sent = Trimise
statistics-direction-received = Primite
statistics-granularity = Periodicitatea seriei
statistics-granularity-month = Lună
statistics-granularity-quarter = Trimestru
statistics-granularity-year = An
statistics-whose = Cifrele pentru
statistics-scope-everything = Toate țările
statistics-scope-areas = { $country }: domeniile dumneavoastră
statistics-scope-authority = Autoritatea dumneavoastră
statistics-your-areas = Domeniile dumneavoastră legislative
statistics-period = Cereri trimise de la { $from } până la { $to }
statistics-as-of = Zilele sunt zile calendaristice în { $zone }; cifre valabile la data de { $today }.
statistics-volumes-heading = Volume
statistics-performance-heading = Rapiditate și satisfacție
statistics-performance-intro = Rapiditatea și satisfacția sunt cele ale părții care răspunde: se iau în calcul cererile trimise acestor autorități în perioada respectivă. Pentru fiecare cifră se indică numărul de cereri pe care se bazează; o cifră bazată pe puține cereri poate varia considerabil.
statistics-figure-sent = Cereri trimise
statistics-figure-received = Cereri primite
statistics-figure-open-now = Deschise în prezent
statistics-figure-overdue-now = Cu termenul depășit în prezent
statistics-figure-accepted-in-time = Acceptate în termen de 7 zile
statistics-figure-average-days = Numărul mediu de zile până la răspuns
statistics-figure-median-days = Numărul median de zile până la răspuns
statistics-figure-by-agreed-date = Cu răspuns până la data convenită
statistics-figure-within-two-weeks = Cu răspuns în termen de două săptămâni
statistics-figure-negative-timeliness = Calificative negative pentru promptitudine
statistics-figure-negative-effort = Calificative negative pentru calitatea răspunsului
statistics-what-is-counted = Ce se ia în calcul
statistics-definition-sent = Cererile trimise de aceste autorități în perioada respectivă, fiecare fiind numărată în ziua în care a fost trimisă. Ciornele nu sunt numărate niciodată. O cerere redirecționată este numărată o singură dată; o cerere separată dintr-o altă cerere este o cerere de sine stătătoare, trimisă în ziua în care a fost separată; o cerere retrasă este în continuare numărată. Zilele sunt zile calendaristice în UTC.
statistics-definition-received = Cererile trimise acestor autorități în perioada respectivă, fiecare fiind numărată în ziua în care a fost trimisă. O cerere redirecționată este numărată o singură dată, pentru autoritatea care o deține în final; o cerere retrasă este în continuare numărată. Zilele sunt zile calendaristice în UTC.
statistics-definition-open-now = Cererile acestor autorități, trimise sau primite, care astăzi se află în așteptarea acceptării, au fost acceptate sau se află în așteptarea unor informații, indiferent de data la care au fost trimise: această cifră nu se limitează la perioada respectivă.
statistics-definition-overdue-now = Dintre cererile deschise în prezent, cele al căror termen convenit a fost depășit la data de astăzi (zile calendaristice în UTC). Nici această cifră nu se limitează la perioada respectivă.
statistics-definition-accepted-in-time = Dintre cererile primite care au fost acceptate sau care așteaptă de mai mult de 7 zile fără să fi fost acceptate, ponderea celor acceptate în cel mult 7 zile calendaristice de la primire. O cerere este considerată primită în ziua în care a fost trimisă sau, dacă a fost redirecționată, în ziua ultimei redirecționări, astfel încât unei autorități să nu i se impute zilele în care cererea s-a aflat la o altă autoritate. O cerere retrasă este numărată numai dacă a fost acceptată. Zilele sunt zile calendaristice în UTC.
statistics-definition-average-days = Numărul mediu de zile calendaristice (UTC) de la primire (ziua trimiterii sau a ultimei redirecționări) până la primul răspuns, calculat pentru cererile primite la care s-a răspuns. Dacă după un răspuns au fost solicitate clarificări, se ia în calcul tot primul răspuns.
statistics-definition-median-days = Valoarea din mijloc a acelorași numere de zile de la primire până la primul răspuns: jumătate dintre răspunsuri au durat atât sau mai puțin. În cazul unui număr par de răspunsuri, se ia cea mai mică dintre cele două valori din mijloc.
statistics-definition-by-agreed-date = Dintre cererile la care s-a răspuns și care au un termen convenit, ponderea celor la care primul răspuns a fost dat cel târziu în ziua respectivă (zile calendaristice în UTC).
statistics-definition-within-two-weeks = Dintre cererile la care s-a răspuns, ponderea celor la care primul răspuns a fost dat în cel mult 14 zile calendaristice (UTC) de la primire (ziua trimiterii sau a ultimei redirecționări).
statistics-definition-negative-timeliness = Dintre cererile primite pe care autoritatea solicitantă le-a evaluat la închidere, ponderea celor al căror răspuns a primit din partea acesteia un calificativ negativ pentru promptitudine.
statistics-definition-negative-effort = Dintre cererile primite pe care autoritatea solicitantă le-a evaluat la închidere, ponderea celor al căror răspuns a primit din partea acesteia un calificativ negativ pentru calitate.
statistics-no-figure = Nicio cerere
statistics-based-on = { $count ->
    [one] Pe baza a { $number } cerere
    [few] Pe baza a { $number } cereri
   *[other] Pe baza a { $number } de cereri
}
statistics-eea = SEE
statistics-eea-value = SEE: { $value }
statistics-band-green = Bun
statistics-band-yellow = De urmărit
statistics-band-red = Slab
statistics-legend-title = Pragurile categoriilor
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: bun de la { $green }, slab sub { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: bun sub { $green }, slab peste { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: bun de la { $green }, slab sub { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: bun sub { $green }, slab de la { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: bun sub { $green }, slab de la { $red }.
statistics-quarter = Trimestrul { $quarter } { $year }
statistics-quarter-short = T{ $quarter }
statistics-charts-heading = Evoluție în timp
statistics-volumes-title = Cereri trimise și primite
statistics-acceptance-title = Ponderea cererilor acceptate în termen de 7 zile
statistics-days-title = Numărul mediu de zile până la răspuns
statistics-axis-requests = Cereri
statistics-axis-share = Pondere
statistics-axis-days = Zile
statistics-show-table = Afișați sub formă de tabel
statistics-tables-heading = Defalcări
statistics-column-period = Perioadă
statistics-column-sent = Trimise
statistics-column-received = Primite
statistics-column-based-on = Bază de calcul (cereri)
statistics-column-area = Domeniu legislativ
statistics-column-partner = Țara parteneră
statistics-column-country = Țară
statistics-column-from-to = De la (rânduri) către (coloane)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Cereri pe domenii legislative
statistics-by-partner-title = Cereri pe țări partenere
statistics-by-partner-intro = Partenerul este țara de pe cealaltă parte: țara destinatară, în cazul unei cereri trimise, și țara solicitantă, în cazul unei cereri primite.
statistics-exchanges-title = Cereri de la o țară la alta
statistics-exchanges-intro = Fiecare rând reprezintă o țară solicitantă, iar fiecare coloană o țară destinatară; sunt enumerate numai țările cu cereri în perioada respectivă.
statistics-scoreboard-title = Tabloul de bord al țărilor destinatare
statistics-scoreboard-intro = Indicatorii fiecărei țări în calitate de parte care răspunde, pentru cererile primite în perioada respectivă, cu categoriile corespunzătoare pragurilor de mai sus.
statistics-csv = Descărcați fișierul CSV
statistics-csv-failed = Acest browser nu a putut genera fișierul.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: categorie
statistics-csv-based-on = { $indicator }: bază de calcul (cereri)
statistics-empty-title = Nicio cerere în această perioadă
statistics-empty-body = În această perioadă nu a fost trimisă nicio cerere care să corespundă acestor filtre. Alegeți o perioadă mai lungă sau mai puține filtre.
statistics-error-before-start = Nu poate fi anterioară primei zile a perioadei.
statistics-error-too-long = { $count ->
    [one] Perioada poate avea cel mult { $days } zi.
    [few] Perioada poate avea cel mult { $days } zile.
   *[other] Perioada poate avea cel mult { $days } de zile.
}

## Alerte: o autoritate avertizează mai multe autorități

role-alert_coordinator = Coordonator de alerte
field-error-before-start = Nu poate fi anterioară datei de la care se aplică decizia.
alert-state-draft = Ciornă
alert-state-awaiting-approval = În așteptarea aprobării coordonatorului de alerte
alert-state-sent = Trimisă
alert-state-closure-proposed = Închidere propusă
alert-state-closed = Închisă
alert-state-withdrawn = Retrasă
alert-action-edit = Editați
alert-action-delete = Ștergeți ciorna
alert-action-send = Trimiteți alerta
alert-action-approve = Aprobați și trimiteți
alert-action-reject = Returnați expeditorului
alert-action-acknowledge = Confirmați primirea în numele țării
alert-action-pass-on = Transmiteți autorităților
alert-action-acknowledge-receipt = Confirmați primirea
alert-action-modify = Modificați
alert-action-withdraw = Retrageți
alert-action-propose-closure = Propuneți închiderea
alert-action-reject-closure = Mențineți alerta deschisă
alert-action-close = Închideți alerta
alert-event-created = Ciornă creată
alert-event-submitted = Transmisă spre aprobare
alert-event-approved = Aprobată de coordonatorul de alerte
alert-event-rejected = Returnată expeditorului
alert-event-sent = Alertă trimisă
alert-event-acknowledged = Primire confirmată de coordonatorul de alerte al țării
alert-event-passed-on = Transmisă autorităților competente
alert-event-receipt-acknowledged = Primire confirmată de autoritate
alert-event-modified = Alertă modificată
alert-event-withdrawn = Alertă retrasă
alert-event-withdrawn-wrong = Alertă retrasă: s-a dovedit nefondată
alert-event-closure-proposed = Închidere propusă
alert-event-closure-rejected = Alerta rămâne deschisă
alert-event-closed = Alertă închisă
alert-event-end-reminder = Decizia nu se mai aplică: închideți sau retrageți alerta
alert-event-late-reminder = Termen depășit: decizia a încetat să se aplice de mai mult de 3 zile, iar alerta este încă deschisă
email-alert-subject = Alerta nr. { $number }: { $event }
email-alert-body = Stimate/Stimată { $name },

    { $authority } a efectuat o acțiune privind alerta nr. { $number } ({ $kind }): { $event }.

    Deschideți alerta: { $link }

    Acest mesaj a fost trimis de Sistemul de informare al pieței interne. Vă rugăm să nu răspundeți la acest mesaj.

alert-delivery-received = Primită, primirea nu a fost încă confirmată
alert-delivery-acknowledged = Primire confirmată
alert-delivery-passed-on = Transmisă autorităților competente
alert-box-drafts = Ciorne de alerte
alert-box-sent = Alerte trimise
alert-box-to-approve = Alerte de aprobat
alert-box-to-acknowledge = Alerte a căror primire trebuie confirmată
alert-box-received = Alerte primite

## Alerts: the pages

nav-alerts = Alerte
alerts-title = Alerte
alerts-intro = Alertele avertizează autoritățile competente din alte țări cu privire la un profesionist sau la un prestator de servicii: o interdicție sau o restricție privind exercitarea activității, o diplomă falsificată, un pericol pentru sănătate, siguranță sau mediu.
alerts-boxes = Liste de alerte
alerts-new = Alertă nouă
alerts-check-link = Verificați un profesionist
alerts-in-force = Alerte în vigoare
alerts-unread = Actualizări necitite ale alertelor
# Anunțat de cititoarele de ecran când crește numărul de actualizări necitite ale alertelor.
live-alert-news = { $count ->
    [one] O actualizare necitită a alertelor
    [few] { $count } actualizări necitite ale alertelor
   *[other] { $count } de actualizări necitite ale alertelor
}
alerts-empty-title = Nu există alerte
alerts-empty-body = Alertele care ajung în țara dumneavoastră sau la autoritatea dumneavoastră, precum și cele trimise de autoritatea dumneavoastră, sunt afișate aici.
alerts-total = { $count ->
    [one] { $count } alertă
    [few] { $count } alerte
   *[other] { $count } de alerte
}
alert-title = Alerta nr. { $number }
alert-title-unknown = Alertă
alert-subject-withheld = Datele cu caracter personal nu sunt afișate
alert-unread = Noutăți de la ultima deschidere
alert-from-country = Țara de origine: { $country }
alert-details = Detalii
alert-sender = Autoritatea expeditoare
alert-sent-at = Data trimiterii
alert-revision-label = Modificări
alert-revision = { $count ->
    [one] Modificată o dată de la trimitere
    [few] Modificată de { $count } ori de la trimitere
   *[other] Modificată de { $count } de ori de la trimitere
}
alert-personal-hidden = Datele cu caracter personal din această alertă sunt afișate numai expeditorului, coordonatorilor de alerte și autorităților cărora le-a fost transmisă alerta.
alert-comment = Comentariu
alert-comment-help = Pentru destinatari: ceea ce trebuie să știe în plus față de câmpurile de mai sus. Scrieți în limba dumneavoastră; fiecare cititor poate obține o traducere automată a textului.
alert-late-reason = Motivul trimiterii cu întârziere a alertei
alert-proved-wrong = Această alertă a fost retrasă deoarece s-a dovedit nefondată.
alert-due-left = { $days ->
    [0] Termenul expiră astăzi: o alertă trebuie trimisă în termen de 3 zile de la data deciziei.
    [one] A mai rămas { $days } zi pentru trimiterea acestei alerte.
    [few] Au mai rămas { $days } zile pentru trimiterea acestei alerte.
   *[other] Au mai rămas { $days } de zile pentru trimiterea acestei alerte.
}
alert-due-late = { $days ->
    [one] Întârziere de { $days } zi: indicați motivul trimiterii cu întârziere a alertei.
    [few] Întârziere de { $days } zile: indicați motivul trimiterii cu întârziere a alertei.
   *[other] Întârziere de { $days } de zile: indicați motivul trimiterii cu întârziere a alertei.
}
alert-actions = Acțiuni posibile
alert-note = Motiv
alert-note-help = Obligatoriu pentru a returna sau a retrage alerta ori pentru a propune închiderea acesteia; toți destinatarii îl citesc.
alert-note-missing = Indicați mai întâi motivul.
alert-withdraw-proved-wrong = Alerta s-a dovedit nefondată: informați toți destinatarii în acest sens
alert-conflict = { $error } Starea actuală a alertei: { $state }.
alert-deliveries = Destinatari
alert-deliveries-summary = { $count ->
    [one] Primire confirmată de { $acknowledged } din { $count } țară.
    [few] Primire confirmată de { $acknowledged } din { $count } țări.
   *[other] Primire confirmată de { $acknowledged } din { $count } de țări.
}
alert-column-country = Țară
alert-column-delivery = Coordonator de alerte
alert-column-authorities = Autorități competente
alert-received-at = primită la { $date }
alert-acknowledged-at = primire confirmată la { $date }
alert-not-acknowledged = primirea nu a fost încă confirmată
alert-read-at = citită la { $date }
alert-not-read = necitită încă
alert-no-recipients = Nu a fost încă transmisă
alert-timeline = Istoric
alert-event-for-country = pentru { $country }
alert-pass-on-title = Transmiteți autorităților competente
alert-pass-on-help = Registrul propune autoritățile din țara dumneavoastră competente pentru această profesie sau activitate. Debifați autoritățile care nu ar trebui să primească alerta sau adăugați altele.
alert-pass-on-none = Registrul nu cunoaște nicio autoritate din țara dumneavoastră competentă pentru această profesie sau activitate. Adăugați autoritățile care ar trebui să primească alerta.
alert-pass-on-already = (a primit-o deja)
alert-pass-on-add = Adăugați o altă autoritate
alert-pass-on-own-country = Alertele pot fi transmise numai autorităților din propria țară.
alert-pass-on-submit = { $count ->
    [one] Transmiteți către { $count } autoritate
    [few] Transmiteți către { $count } autorități
   *[other] Transmiteți către { $count } de autorități
}
alert-compose-title = Alertă nouă
alert-draft-title = Ciorna alertei nr. { $number }
alert-modify-title = Modificarea alertei nr. { $number }
alert-step-kind = Tipul alertei
alert-step-fields = Detalii
alert-step-countries = Țări
alert-step-review = Comentariu și trimitere
alert-kind-legal-basis = Temei juridic: { $basis }
alert-choose-kind-first = Alegeți mai întâi tipul alertei.
alert-field-required = { $label } (obligatoriu)
alert-choose = Alegeți…
alert-countries-all = Această alertă este trimisă coordonatorilor de alerte din toate cele 30 de țări ale SEE.
alert-countries-choose = Alegeți țările în care prestatorul își desfășoară activitatea sau în care poate apărea riscul.
alert-countries-always = Țara de stabilire ({ $country }) primește în orice caz această alertă.
alert-countries-none = Nu a fost aleasă încă nicio țară.
alert-goes-to = Se trimite către: { $countries }
alert-approval-note = Alertele din țara dumneavoastră sunt aprobate de coordonatorul de alerte al acesteia înainte de a fi trimise.
alert-modify-note = Toți destinatarii sunt informați că alerta a fost modificată.
alert-problems = De completat
alert-incomplete = Alerta nu este încă completă. Părțile lipsă sunt marcate.
alert-save-draft = Salvați ciorna
alert-save-modification = Salvați modificarea
alert-submit = Transmiteți spre aprobare
alert-check-title = Are acest profesionist dreptul de a-și exercita profesia?
alert-check-intro = Căutați după nume alertele în vigoare privind calificările profesionale care au ajuns în țara dumneavoastră sau la autoritatea dumneavoastră. Diacriticele și o greșeală de tastare sunt tolerate. O alertă găsită înseamnă că în țara respectivă se aplică o interdicție sau o restricție; lipsa unei alerte nu dovedește că profesionistul are dreptul de a-și exercita profesia fără restricții.
alert-check-name = Numele profesionistului
alert-check-profession = Profesie
alert-check-any-profession = Toate profesiile
alert-check-submit = Căutați alerte
alert-check-none = Nu există nicio alertă în vigoare pe numele { $name }.
alert-check-found = { $count ->
    [one] A fost găsită { $count } alertă în vigoare
    [few] Au fost găsite { $count } alerte în vigoare
   *[other] Au fost găsite { $count } de alerte în vigoare
}
toast-alert-saved = Ciorna a fost salvată.
toast-alert-sent = Alerta a fost trimisă.
toast-alert-submitted = Alerta a fost transmisă spre aprobare.
toast-alert-modified = Alerta a fost modificată; destinatarii au fost informați.
toast-alert-deleted = Ciorna a fost ștearsă.
toast-alert-passed-on = Alerta a fost transmisă.
toast-alert-done = Acțiune efectuată: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Nu există conexiune la rețea. Cererile pe care le-ați deschis pot fi consultate în continuare; răspunsurile, mesajele și documentele pe care le adăugați sunt păstrate pe acest dispozitiv și trimise la restabilirea conexiunii.
update-ready = O nouă versiune a sistemului este pregătită.
update-reload = Încărcați noua versiune

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] O modificare efectuată fără conexiune așteaptă să fie trimisă.
    [few] { $count } modificări efectuate fără conexiune așteaptă să fie trimise.
   *[other] { $count } de modificări efectuate fără conexiune așteaptă să fie trimise.
}
queue-sending = Se trimit modificările efectuate fără conexiune…
queue-attention = { $count ->
    [one] O modificare efectuată fără conexiune nu a fost trimisă și necesită decizia dumneavoastră.
    [few] { $count } modificări efectuate fără conexiune nu au fost trimise și necesită decizia dumneavoastră.
   *[other] { $count } de modificări efectuate fără conexiune nu au fost trimise și necesită decizia dumneavoastră.
}
queue-title = În așteptarea trimiterii
queue-intro = Aceste modificări au fost efectuate fără conexiune și sunt păstrate pe acest dispozitiv. Ele sunt trimise în ordine imediat ce conexiunea este restabilită.
queue-kind-answers = Răspunsuri (salvate, netrimise autorității solicitante)
queue-kind-answer = Răspunsuri de trimis autorității solicitante
queue-kind-message = Mesaj
queue-kind-document = Document „{ $name }” ({ $size } KB)
queue-made-at = Redactat la { $time }
queue-status-waiting = Se așteaptă conexiunea.
queue-status-conflict = Netrimis: cererea s-a modificat după ce ați redactat acest conținut și are acum starea „{ $state }”. Consultați în istoricul de mai jos ce s-a schimbat, apoi trimiteți oricum modificarea sau renunțați la ea.
queue-status-refused = Netrimis: { $error }
queue-send-anyway = Trimiteți oricum
queue-edit = Editați
queue-discard = Renunțați
queue-discard-confirm = Renunțați la această modificare? Ceea ce ați redactat va fi șters de pe acest dispozitiv.
queue-logout-confirm = { $count ->
    [one] O modificare efectuată fără conexiune nu a fost încă trimisă. Prin deconectare, aceasta va fi ștearsă de pe acest dispozitiv. Vă deconectați oricum?
    [few] { $count } modificări efectuate fără conexiune nu au fost încă trimise. Prin deconectare, acestea vor fi șterse de pe acest dispozitiv. Vă deconectați oricum?
   *[other] { $count } de modificări efectuate fără conexiune nu au fost încă trimise. Prin deconectare, acestea vor fi șterse de pe acest dispozitiv. Vă deconectați oricum?
}
toast-queued = Nu există conexiune: modificarea este păstrată pe acest dispozitiv și va fi trimisă la restabilirea conexiunii.
toast-queue-sent = { $count ->
    [one] Modificarea efectuată fără conexiune a fost trimisă.
    [few] Cele { $count } modificări efectuate fără conexiune au fost trimise.
   *[other] Cele { $count } de modificări efectuate fără conexiune au fost trimise.
}

## Inspecții la fața locului: tipul cererii și procesul-verbal de inspecție cu semnăturile persoanelor prezente
compose-kind-label = Ce solicitați?
request-kind-information = Informații
request-kind-information-help = Cealaltă autoritate răspunde la întrebările dumneavoastră pe baza evidențelor și dosarelor sale.
request-kind-inspection = Inspecție la fața locului
request-kind-inspection-help = Cealaltă autoritate inspectează spațiile, echipamentele sau locul în cauză și raportează constatările sale, însoțite de fotografii și de semnăturile persoanelor prezente.
request-checklist = { $count ->
    [one] Listă de verificare: un punct
    [few] Listă de verificare: { $count } puncte
   *[other] Listă de verificare: { $count } de puncte
}
inspection-title = Proces-verbal de inspecție
inspection-help = Consemnați inspecția pe măsură ce o efectuați: răspundeți la lista de verificare de mai sus, atașați fotografii ca documente, apoi indicați ziua și locul și solicitați fiecărei persoane prezente să semneze aici. Răspunsul poate fi trimis după ce ați semnat și dumneavoastră.
inspection-pending = Procesul-verbal de inspecție este afișat aici împreună cu răspunsul.
inspection-inspected-on = Ziua inspecției
inspection-place = Locul inspectat
inspection-place-help = Adresa, precum și locul de desfășurare a activității sau spațiile (de exemplu: șantier, poarta 2).
inspection-present = Persoane prezente
inspection-signer-name = Nume și prenume
inspection-signer-role = În calitate de
inspection-signer-refused = A refuzat să semneze
inspection-signer-unnamed = persoana prezentă
inspection-signer-unsigned = Nu face parte din procesul-verbal până când persoana nu semnează sau nu refuză să semneze.
inspection-signer-add = Adăugați o persoană prezentă
inspection-signer-remove = Eliminați această persoană
inspection-signature-of = Semnătura: { $name }
inspection-signature-clear = Ștergeți semnătura
inspection-signature-needed = Este necesară semnătura inspectorului înainte ca răspunsul să poată fi trimis.
inspection-refused-to-sign = Persoana a refuzat să semneze.
signer-role-inspector = Inspector din partea autorității
signer-role-provider-representative = Reprezentant al prestatorului sau al angajatorului
signer-role-worker = Lucrător
signer-role-witness = Martor
queue-kind-report = Proces-verbal de inspecție (salvat, netrimis autorității solicitante)
