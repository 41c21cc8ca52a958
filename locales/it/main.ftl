# Italiano.

## L'applicazione
app-name = Sistema di informazione del mercato interno
app-short-name = IMI
app-tagline = Cooperazione amministrativa tra le autorità competenti dello Spazio economico europeo
skip-to-content = Vai al contenuto principale
loading = Caricamento in corso…

## Navigazione e menu dell'utente
nav-label = Navigazione principale
nav-inbox = Posta in arrivo
language-label = Lingua
user-signed-in-as = Accesso effettuato come { $name }, { $authority }
organisation-commission = Commissione europea
logout = Esci
toast-dismiss = Chiudi
toast-logged-out = Disconnessione effettuata.

## Pagina di accesso
login-title = Accesso
login-intro = Utilizzare l'account creato dall'amministratore della propria autorità o dal coordinatore nazionale IMI.
login-email = Indirizzo e-mail
login-password = Password di accesso
login-submit = Accedi
login-submitting = Accesso in corso…
field-required = Campo obbligatorio.

## Posta in arrivo
inbox-title = Posta in arrivo
inbox-empty-title = Nessuna richiesta per ora

## Pagine inesistenti
not-found-title = Pagina non trovata
not-found-body = L'indirizzo seguito non corrisponde ad alcuna pagina di questo sistema.
not-found-home = Vai alla posta in arrivo

## Ruoli
roles-label = Ruoli assegnati
role-request_handler = Gestore delle richieste
role-allocator = Assegnatore delle richieste
role-local_administrator = Amministratore locale dei dati
role-coordinator = Coordinatore IMI
role-commission_observer = Osservatore della Commissione

## Errori restituiti dal server, per codice
error-internal-error = Si è verificato un errore sul server. Riprovare; se il problema persiste, contattare l'amministratore.
error-database-unavailable = Al momento il database del sistema non è raggiungibile. Riprovare tra qualche minuto.
error-not-found = L'elemento richiesto non esiste oppure non si dispone dell'accesso necessario.
error-method-not-allowed = Questa operazione non è possibile qui.
error-unauthenticated = La sessione è scaduta. Effettuare nuovamente l'accesso.
error-forbidden = Non si dispone dei diritti necessari per questa operazione.
error-invalid-credentials = L'indirizzo e-mail o la password non sono corretti.
error-too-many-attempts = { $seconds ->
    [one] Troppi tentativi non riusciti. Attendere { $seconds } secondo prima di riprovare.
   *[other] Troppi tentativi non riusciti. Attendere { $seconds } secondi prima di riprovare.
}
error-malformed-json = Il server non è riuscito a leggere i dati inviati. Ricaricare la pagina e riprovare.
error-unsupported-media-type = Il server non accetta dati in questo formato.
error-payload-too-large = I dati inviati superano la dimensione massima accettata dal server.
error-validation-failed = Alcuni campi non sono compilati correttamente. Controllare i campi evidenziati.
error-network-error = Impossibile raggiungere il server. Verificare la connessione di rete e riprovare.
error-invalid-transition = Questa operazione non è possibile nello stato attuale della richiesta. Ricaricare la pagina per vedere le operazioni ora disponibili.
error-translation-not-configured = La traduzione automatica non è disponibile in questo sistema.
error-translation-failed = Il servizio di traduzione automatica non ha risposto. Riprovare più tardi.

## Valori dei segnaposto (shared::placeholder::PlaceholderErrorCode)
## $label è l'etichetta del segnaposto nella lingua del lettore; $max e $length sono numeri di
## caratteri.
placeholder-error-missing = Inserire un valore per «{ $label }».
placeholder-error-empty = Il campo «{ $label }» non può essere vuoto.
placeholder-error-too-long = { $max ->
    [one] Il campo «{ $label }» può contenere al massimo { $max } carattere; attualmente ne contiene { $length }.
   *[other] Il campo «{ $label }» può contenere al massimo { $max } caratteri; attualmente ne contiene { $length }.
}
placeholder-error-control-character = Il campo «{ $label }» contiene un carattere di controllo invisibile. Digitare di nuovo il valore.
placeholder-error-line-break = Il campo «{ $label }» deve stare su una sola riga.
placeholder-error-invalid-date = Inserire «{ $label }» nel formato anno-mese-giorno, ad esempio 2025-03-31.
placeholder-error-nonexistent-date = La data inserita in «{ $label }» non esiste nel calendario.
placeholder-error-unknown-country = Per «{ $label }» scegliere un paese dello Spazio economico europeo.
placeholder-error-invalid-email = «{ $label }» non è un indirizzo e-mail valido.
placeholder-error-invalid-person-name = «{ $label }» deve essere il nome di una persona: lettere, senza cifre.
placeholder-error-invalid-register-reference = «{ $label }» può contenere solo lettere, cifre, spazi e i caratteri - . /
placeholder-error-unexpected = È stato indicato un valore per un campo che nessuna delle domande scelte utilizza.
placeholder-error-unknown-placeholder = Una domanda utilizza un campo sconosciuto. Informare il coordinatore IMI.

## Modelli di domanda (shared::placeholder::TemplateErrorCode)
## $position è una posizione di carattere contata da 1; $name è il nome di un segnaposto così come
## è stato scritto.
template-error-unterminated = Il segnaposto che inizia al carattere { $position } non è chiuso.
template-error-empty-name = Il segnaposto al carattere { $position } non ha un nome.
template-error-invalid-name = «{ $name }» (carattere { $position }) non è un nome di segnaposto valido: deve iniziare con una lettera, seguita da lettere, cifre o «_».
template-error-mismatched-delimiters = Il segnaposto al carattere { $position } è aperto con un tipo di parentesi e chiuso con un altro.
template-error-nested = Il segnaposto al carattere { $position } contiene un altro segnaposto.
template-error-unknown-placeholder = «{ $name }» (carattere { $position }) non è un segnaposto noto.

## Stati della richiesta (shared::lifecycle::RequestState)
request-state-draft = Bozza
request-state-awaiting-acceptance = In attesa di accettazione
request-state-accepted = Accettata
request-state-info-requested = Informazioni richieste
request-state-answered = Risposta fornita
request-state-closed = Chiusa
request-state-withdrawn = Ritirata

## Azioni su una richiesta (shared::lifecycle::ActionKind)
request-action-create = Nuova richiesta
request-action-edit = Modifica
request-action-delete = Elimina bozza
request-action-send = Invia
request-action-withdraw = Ritira
request-action-accept = Accetta
request-action-forward = Inoltra
request-action-request-info = Chiedi ulteriori informazioni
request-action-provide-info = Fornisci informazioni
request-action-answer = Rispondi
request-action-split-off = Separa domande
request-action-request-clarification = Chiedi chiarimenti
request-action-close = Accetta la risposta e chiudi

## Valutazioni di una risposta (shared::lifecycle::Rating)
rating-positive = Buona
rating-neutral = Accettabile
rating-negative = Insufficiente

## Verifica delle domande (pagina per scrivere e provare modelli di domanda)
nav-question-check = Verifica domande
question-check-title = Verifica di una domanda
question-check-intro = Scrivere una domanda così come apparirà in una richiesta, con segnaposto per i dati che l'autorità richiedente compila, e provarla con dei valori. Si applicano le stesse regole previste per l'invio di una richiesta.
question-check-template = Testo della domanda
question-check-template-help = Scrivere ogni segnaposto nella forma {"${"}Nome{"}"}, ad esempio {"${"}SPBusinessName{"}"}. Segnaposto noti: { $names }.
question-check-values = Valori
question-check-no-placeholders = Questa domanda non contiene segnaposto.
question-check-preview = Anteprima
question-check-submit = Verifica sul server
question-check-accepted = Il server accetta questa domanda e i relativi valori.

## Catalogo delle domande
nav-catalogue = Domande
catalogue-title = Catalogo delle domande
catalogue-intro = Le domande pretradotte che possono essere inserite in una richiesta. L'altra autorità legge ciascuna di esse nella propria lingua; i segnaposto sono compilati dall'autorità richiedente.
catalogue-area-label = Settore legislativo
catalogue-count = { $count ->
    [one] { $count } domanda
   *[other] { $count } domande
}
area-services = Servizi
area-professional_qualifications = Qualifiche professionali
area-posting_of_workers = Distacco dei lavoratori
area-ecommerce = Commercio elettronico
answer-type-yes_no = Sì o no
answer-type-date = Data
answer-type-free_text = Testo libero
answer-type-document = Documento
answer-type-choice = Scelta da un elenco
answer-type-measurement = Valore misurato

## Ricerca di autorità
nav-authorities = Autorità
authorities-title = Ricerca di un'autorità
authorities-intro = Cercare in qualsiasi lingua per nome, sigla, città o competenza, ad esempio una professione o un'attività. Le competenze sono ricercate in tutte le lingue del sistema.
authorities-search-label = Nome, città o competenza
authorities-country-label = Paese
authorities-any-country = Tutti i paesi
authorities-any-area = Tutti i settori
authorities-results = { $count ->
    [one] { $count } autorità trovata
   *[other] { $count } autorità trovate
}
authorities-no-results = Nessuna autorità corrisponde a questa ricerca.
## $country è il nome di un paese nella lingua del lettore; $label quello di una professione o di un'attività.
search-country-from-query = Sono visualizzate le autorità del paese indicato nella ricerca ({ $country }).
search-none-declared = Nessuna autorità si è dichiarata competente per «{ $label }» (paese: { $country }).
search-none-declared-anywhere = Nessuna autorità si è dichiarata competente per «{ $label }».
search-ask-coordinator = Il coordinatore nazionale IMI del paese interessato ({ $country }) può indicare quale autorità è competente:
authorities-match-name = Corrispondenza nel nome
authorities-match-acronym = Corrispondenza nella sigla
authorities-match-city = Corrispondenza nella città
authorities-match-competence = Competente per: { $label }
authorities-pages = Pagine dei risultati
authorities-previous = Precedente
authorities-next = Successiva
authorities-page = Pagina { $page } di { $pages }
profile-back = Torna alla ricerca
profile-country = Paese
profile-acronym = Sigla
profile-level = Ambito territoriale
level-national = Nazionale
level-regional = Regionale
level-local = Locale
profile-address = Indirizzo
profile-email = Indirizzo e-mail
profile-phone = Telefono
profile-role = Ruolo nel sistema
profile-coordinator = Coordinatore nazionale IMI
profile-areas = Settori legislativi
profile-competences = Competente per

## Paesi dello Spazio economico europeo
country-AT = Austria
country-BE = Belgio
country-BG = Bulgaria
country-HR = Croazia
country-CY = Cipro
country-CZ = Cechia
country-DK = Danimarca
country-EE = Estonia
country-FI = Finlandia
country-FR = Francia
country-DE = Germania
country-GR = Grecia
country-HU = Ungheria
country-IE = Irlanda
country-IT = Italia
country-LV = Lettonia
country-LT = Lituania
country-LU = Lussemburgo
country-MT = Malta
country-NL = Paesi Bassi
country-PL = Polonia
country-PT = Portogallo
country-RO = Romania
country-SK = Slovacchia
country-SI = Slovenia
country-ES = Spagna
country-SE = Svezia
country-IS = Islanda
country-LI = Liechtenstein
country-NO = Norvegia

## Posta in arrivo: elenchi e ordinamento
inbox-empty-body-box = Qui saranno elencate le richieste della propria autorità che corrispondono a questi filtri.
inbox-new-request = Nuova richiesta
inbox-boxes = Elenchi di richieste
inbox-total = { $count ->
    [one] Una richiesta
   *[other] { $count } richieste
}
inbox-deadline = Scadenza: { $date }
inbox-number-label = Numero della richiesta
inbox-sort-label = Ordinamento
inbox-sort-updated-desc = Prima quelle modificate più di recente
inbox-sort-updated-asc = Prima quelle modificate meno di recente
inbox-sort-deadline-asc = Prima la scadenza più vicina
inbox-sort-number-desc = Prima i numeri più alti
box-to-accept = Da accettare
box-to-answer = Da evadere o da esaminare
box-awaiting = In attesa dell'altra autorità
box-overdue = In ritardo
box-drafts = Bozze
box-closed = Chiuse
box-all = Tutte

## Allegati
error-unsupported-file-type = Questo tipo di file non è accettato. Allegare un PDF, un'immagine o un documento di videoscrittura, foglio di calcolo o presentazione.

## Una richiesta
request-title = Richiesta { $number }
request-title-unknown = Richiesta
request-overdue = In ritardo
request-from = Autorità richiedente
request-to = Autorità destinataria
request-created = Creata il
request-requested-date = Risposta richiesta entro il
request-deadline = Scadenza concordata
request-subject = Persona o impresa oggetto della richiesta
request-personal-data-hidden = I dati personali, le osservazioni, i messaggi e i documenti saranno visibili non appena la propria autorità avrà accettato la richiesta.
request-personal-data-coordinator = In qualità di coordinatore IMI è possibile seguire l'iter della richiesta. I dati personali, le osservazioni, i messaggi e i documenti che la riguardano sono riservati alle due autorità interessate.
request-note-hidden = Testo non visualizzato: potrebbe contenere dati personali.
request-blocked-on = Dati personali bloccati il
request-personal-data-blocked = In base alle regole di conservazione, i dati personali di questa richiesta (persona o impresa interessata, testo libero e documenti) sono stati bloccati il { $date }. Nessuno può più visualizzarli e saranno cancellati il { $deleted }.
request-personal-data-erased = In base alle regole di conservazione, i dati personali di questa richiesta sono stati cancellati il { $date }. Se ne conservano solo gli elementi essenziali: date, autorità, stati e valutazioni.
personal-data-mark = Dati personali
personal-data-legend = Questo simbolo contrassegna i dati personali. Sono visibili solo alle autorità che trattano la richiesta; dopo la conclusione della richiesta vengono bloccati e poi cancellati, come previsto dalle regole di conservazione.
nav-data-subjects = Interessati
data-subjects-title = Richieste degli interessati
data-subjects-intro = Quando una persona chiede quali dati la propria autorità detiene su di lei, qui si trovano tutte le richieste della propria autorità che la riguardano, comprese quelle i cui dati personali sono bloccati, e si può redigere il resoconto a cui ha diritto. Ogni ricerca e ogni resoconto sono registrati con il relativo motivo.
data-subjects-reason = Motivo
data-subjects-reason-help = Ad esempio, la data e il riferimento della richiesta della persona. Il motivo viene annotato nel registro di audit.
data-subjects-search = Cerca
data-subjects-found = { $count ->
    [one] Trovata una richiesta
   *[other] Trovate { $count } richieste
}
data-subjects-none = Nessuna richiesta della propria autorità riguarda questa persona.
data-subjects-include = Includi nel resoconto
data-subjects-side-requesting = Inviata dalla propria autorità
data-subjects-side-responding = Ricevuta dalla propria autorità
data-subjects-stage-visible = Dati personali visibili
data-subjects-stage-blocked = Dati personali bloccati
data-subjects-stage-deleted = Dati personali cancellati
data-subjects-report-language = Lingua del resoconto
data-subjects-make-report = Redigi il resoconto
data-subjects-print = Stampa il resoconto
report-title = Dati personali che La riguardano
report-intro = { $authority } detiene i seguenti dati personali che La riguardano nel sistema di informazione del mercato interno (IMI), tramite il quale le autorità dello Spazio economico europeo si scambiano informazioni ai sensi del regolamento (UE) n. 1024/2012.
report-made-on = Resoconto redatto il { $date }
report-request = Richiesta { $number }
report-area = Ambito giuridico
report-data = Dati detenuti
report-disclosures = Invii e ricezioni
report-disclosure-sent = Inviati a { $authority } il { $date }
report-disclosure-forwarded = Inoltrati a { $authority } il { $date }
report-disclosure-split-off = Trasmessi in parte a { $authority } il { $date }
report-disclosure-received-from = Ricevuti da { $authority } il { $date }
report-retention = Blocco e cancellazione
report-blocked-and-deleted = Blocco il { $blocked } (da quel momento nessuno può più visualizzarli) e cancellazione il { $deleted }.
report-not-ended = La richiesta è ancora in corso di trattazione. I dati personali che contiene saranno bloccati { $block ->
    [one] { $block } mese
   *[other] { $block } mesi
} dopo la sua conclusione e cancellati { $delete ->
    [one] { $delete } mese
   *[other] { $delete } mesi
} dopo la sua conclusione.
report-count = { $field }: { $count }
report-field-document = Documento
report-field-comment = Osservazioni dell'autorità richiedente
report-field-note = Messaggi e testi di accompagnamento
report-field-text-answer = Risposte scritte
report-field-answer-comment = Osservazioni sulle risposte
report-field-inspection-present = Presenza all’ispezione in loco
report-empty = Le richieste di questa autorità non contengono dati personali che La riguardano.
timeline-fields = Campi rettificati: { $fields }
request-rectify = Rettifica i dati personali
request-rectify-title = Rettifica i dati della persona o impresa oggetto della richiesta
request-rectify-help = L'altra autorità viene informata dei campi rettificati. I valori precedenti non vengono conservati.
request-rectify-save = Salva la rettifica
request-comment = Osservazioni
request-original-language = Lingua originale: { $language }
request-questions = { $count ->
    [one] Una domanda
   *[other] { $count } domande
}
request-answer = Risposta
request-answer-comment = Osservazioni sulla risposta
request-answer-choose = Scegliere una risposta
request-answer-date = Data
request-answer-measurement = Valore misurato ({ $unit })
request-answer-text = Testo della risposta
request-save-answers = Salva le risposte
request-send-answer = Invia la risposta
request-actions = Operazioni disponibili
request-propose-days = Oppure proporre un altro termine, in giorni
request-accept-proposed = Accetta con questo termine
request-note = Testo di accompagnamento
request-rating-timeliness = Tempestività della risposta
request-rating-effort = Qualità della risposta
request-rating-choose = Scegliere una valutazione
request-rating-needed = Per chiudere la richiesta, valutare la tempestività e la qualità della risposta.
confirm-irreversible = Questa operazione non può essere annullata. Continuare?
request-split-choose = Affidare questa domanda a un'altra autorità
request-reuse = Crea una nuova richiesta a partire da questa
request-timeline = Cronologia
timeline-new = Nuovo rispetto alla propria modifica
request-message = Messaggio all'altra autorità
request-message-send = Invia il messaggio
timeline-to = Destinatario: { $authority }
timeline-split-to = Nuova richiesta n. { $id }
subject-name = Nome o denominazione
subject-identifier = Numero di registrazione o di identificazione
subject-birth-date = Data di nascita
picker-label = Cercare l'autorità (in qualsiasi lingua)
picker-more = Mostra altri risultati
answer-yes = Sì
answer-no = No
answer-unknown = Non noto
answer-date = Una data
answer-text = Una risposta scritta
answer-measurement = Un valore misurato
answer-document-attached = Il documento è allegato
answer-document-not-available = Il documento non è disponibile
event-created = Bozza creata
event-sent = Inviata
event-withdrawn = Ritirata
event-accepted = Accettata
event-forwarded = Inoltrata
event-info-requested = Ulteriori informazioni richieste
event-info-provided = Informazioni fornite
event-answered = Risposta fornita
event-split-off = Domande separate in una nuova richiesta
event-clarification-requested = Chiarimenti richiesti
event-closed = Risposta accettata, richiesta chiusa
event-message = Messaggio
event-attachment-added = Documento allegato
toast-request-action-send = La richiesta è stata inviata.
toast-request-action-delete = La bozza è stata eliminata.
toast-request-action-withdraw = La richiesta è stata ritirata.
toast-request-action-accept = La richiesta è stata accettata.
toast-request-action-forward = La richiesta è stata inoltrata.
toast-request-action-request-info = La domanda è stata inviata all'autorità richiedente.
toast-request-action-provide-info = Le informazioni sono state inviate.
toast-request-action-answer = La risposta è stata inviata.
toast-request-action-split-off = Le domande sono state spostate in una nuova richiesta.
toast-request-action-request-clarification = La richiesta di chiarimenti è stata inviata.
toast-request-action-close = La richiesta è stata chiusa.
toast-answers-saved = Le risposte sono state salvate.

## Redazione di una richiesta
compose-title = Nuova richiesta
compose-steps = Fasi
compose-step-area = Settore legislativo
compose-step-authority = Autorità
compose-step-subject = Persona o impresa
compose-step-questions = Domande
compose-step-details = Osservazioni e data
compose-step-review = Verifica e invio
compose-back = Indietro
compose-next = Avanti
compose-saved = Bozza n. { $id } salvata
compose-chosen-authority = Autorità scelta: { $name }
compose-subject-help = Il professionista o il prestatore di servizi interessato. L'autorità destinataria vede questi dati solo dopo aver accettato la richiesta.
compose-comment-help = Redatte nella propria lingua; l'altra autorità vede di quale lingua si tratta.
compose-incomplete = La richiesta non è ancora completa. Le parti mancanti sono evidenziate.
compose-draft-title = Bozza { $number }
compose-questions-filter = Filtra le domande
compose-questions-chosen = Domande scelte: { $count }
compose-step-attention = da correggere
compose-review-fix = Correggere quanto segue prima dell'invio:
compose-review-language = Le domande sono mostrate nella propria lingua; l'autorità destinataria le legge nella sua.
compose-review-none = Non indicato
field-error-missing = Obbligatorio.
field-error-too-long = Troppo lungo.
field-error-not-in-future = Deve essere una data successiva a oggi.
field-error-in-future = Non può essere una data futura.
field-error-empty = Non può essere vuoto.
field-error-duplicate = Scelto due volte.
field-error-unknown = Sconosciuto.
field-error-other-area = Appartiene a un altro settore legislativo.
field-error-area-not-handled = Questa autorità non si occupa del settore legislativo della richiesta.
field-error-not-allowed = Non consentito qui.
field-error-too-many = Troppi elementi.

## Documenti allegati
request-documents = Documenti
request-no-documents = Nessun documento allegato.
request-documents-withheld = I documenti sono dati personali: non sono visualizzati qui, come gli altri dati personali di questa richiesta.
request-document-size = { $size } KB
upload-label = Allega un documento
upload-choose = Scegli un file…
upload-take-photo = Scatta una foto
upload-keep-original = Inviare le foto nelle dimensioni originali (altrimenti vengono prima ridotte su questo dispositivo)
date-day = Giorno
date-month = Mese
date-year = Anno
upload-help = PDF, immagine, documento di videoscrittura, foglio di calcolo o presentazione, fino a 20 MB.
upload-question = Il documento risponde a
upload-no-question = Nessuna domanda in particolare
upload-question-number = Domanda { $number }
upload-progress = Avanzamento del caricamento

## Notifiche via e-mail ($event è uno dei messaggi event-*)
email-subject = Richiesta { $number }: { $event }
email-body = Gentile { $name },

    { $authority } ha eseguito un'operazione sulla richiesta { $number }: { $event }.

    Aprire la richiesta: { $link }

    Questo messaggio è stato inviato dal Sistema di informazione del mercato interno. Si prega di non rispondere.

## Notifiche
notifications-label = Notifiche
notifications-unread = { $count ->
    [one] { $count } notifica non letta
   *[other] { $count } notifiche non lette
}
notifications-empty = Nessuna notifica.
notifications-mark-all-read = Segna tutte come lette
notification-item = { $number }: { $event }

## Assegnazione e coordinamento
request-assigned-to = Assegnata a { $name }
request-assign-label = Gestore responsabile
request-unassigned = Non assegnata
toast-assigned = Il gestore responsabile è stato modificato.
toast-saved = Salvataggio effettuato.
inbox-allocation-toggle = Ogni richiesta in arrivo viene assegnata da un assegnatore a uno dei gestori delle richieste della propria autorità
event-assigned = Assegnata a un gestore
event-reminded = Sollecito del coordinatore
event-inactive = Nessuna attività da due mesi
event-rectified = Dati personali rettificati
nav-coordination = Coordinamento
coordination-title = Richieste senza attività
coordination-intro = Richieste delle autorità del proprio paese sulle quali non è avvenuto nulla da più di due mesi. Aprirne una per inoltrarla, oppure sollecitare l'autorità a cui spetta procedere.
coordination-empty = Nessuna richiesta è inattiva da più di due mesi.
coordination-last-change = Ultima modifica: { $date }
coordination-remind = Invia un sollecito
toast-reminded = Il sollecito è stato inviato.

## Traduzione automatica del testo libero
request-translate = Traduci nella mia lingua
request-info-asked = L'autorità { $authority } chiede le seguenti informazioni:
request-translation-unavailable = Questo testo è in un'altra lingua e la traduzione automatica non è configurata su questo server.
request-machine-translation = Traduzione automatica:

## Filtri della panoramica
inbox-state-label = Stato
inbox-any-state = Tutti gli stati
inbox-from-label = Modificate a partire dal
inbox-to-label = Modificate fino al
inbox-assigned-to-me = Solo le richieste assegnate a me

## Amministrazione del registro (coordinatori IMI) e gestione degli utenti (amministratori locali dei dati)
email-invitation-subject = Il suo account nel Sistema di informazione del mercato interno (IMI): { $authority }
email-invitation-body = Gentile { $name },

    { $inviter } ha creato per lei un account nel Sistema di informazione del mercato interno (IMI) come utente di { $authority }.

    Per attivarlo, apra il seguente link e scelga la sua password: { $link }

    Il link può essere utilizzato una sola volta ed è valido per { $days ->
        [one] un giorno
       *[other] { $days } giorni
    }. Se non si aspettava questo messaggio, può ignorarlo.

error-edit-conflict = Un'altra persona ha salvato questi dati dopo che erano stati aperti. Ricaricare la pagina per visualizzare le modifiche apportate, quindi inserire di nuovo le proprie.
error-invalid-parameter = L'indirizzo di questa pagina non è valido. Verificare il link, oppure tornare indietro e riprovare.
error-rate-limited = Questa operazione è stata eseguita poco fa e non può ancora essere ripetuta. Riprovare più tardi.
error-second-factor-required = Inserire il codice fornito dall'app di autenticazione.
error-invalid-second-factor = Il codice è errato o scaduto. Inserire il codice visualizzato ora dall'app.
error-second-factor-setup-required = I ruoli assegnati richiedono l'autenticazione a due fattori. Per continuare, configurarla nella pagina del proprio account.
error-storage-full = Non è stato possibile salvare il documento perché lo spazio di archiviazione del server è esaurito. Nessun dato è stato salvato; informare l'amministratore IMI.
error-personal-data-blocked = I dati personali di questa richiesta sono bloccati in base alle regole di conservazione: non è possibile aggiungervi nulla.
error-idempotency-key-reused = Questa modifica è già stata inviata con un contenuto diverso. Ricaricare la pagina ed effettuarla di nuovo.
error-request-in-progress = Questa modifica è ancora in corso di elaborazione. Attendere un momento e riprovare.
error-device-storage-full = Sul dispositivo non c'è più spazio sufficiente per conservare la modifica fino al ripristino della connessione. Non è stato conservato nulla: liberare spazio sul dispositivo oppure effettuare la modifica quando la connessione è disponibile.
error-too-large-to-keep = Questo documento è troppo grande per essere conservato sul dispositivo fino al ripristino della connessione. Allegarlo quando la connessione è disponibile.
nav-registry = Registro
nav-users = Utenti
registry-title = Amministrazione del registro
registry-intro = Registrare le autorità del proprio paese, oppure importarne molte in una sola volta da un file CSV. Per correggere i dati di un'autorità, trovarla con la funzione di ricerca e aprirne il profilo.
registry-new = Registra un'autorità
registry-import-title = Importazione da un file CSV
registry-import-help = Un'autorità per riga, con le colonne descritte nella guida all'importazione. Se anche una sola riga è errata, non viene importato nulla; importare di nuovo lo stesso file non modifica nulla.
registry-import-file = File CSV
registry-import-progress = Avanzamento dell'importazione
registry-import-done = Importazione completata: { $created } nuove, { $updated } aggiornate, { $unchanged } invariate.
registry-import-refused = Non è stato importato nulla. Correggere le righe seguenti e importare di nuovo il file:
registry-import-line = Riga
registry-import-column = Colonna
registry-import-reason = Problema
form-title-new = Registrazione di un'autorità
form-title-edit = Modifica di { $name }
form-errors = Correggere i campi evidenziati.
form-name = Nome nella lingua dell'autorità
form-name-language = Lingua del nome
form-other-names = Nomi in altre lingue ufficiali
form-other-name = Altro nome { $number }
form-other-name-add = Aggiungi un nome in un'altra lingua
form-other-name-remove = Rimuovi
form-name-en = Nome in inglese
form-city = Città
form-level-help = Parte del territorio nazionale per la quale l'autorità è competente. Se più autorità corrispondono in egual misura a una ricerca, è elencata per prima quella di livello nazionale.
form-phone-help = In formato internazionale, ad esempio +371 6701 2345.
form-competences-filter = Cercare una competenza da aggiungere
form-administrator = Primo amministratore locale dei dati
form-administrator-help = Questa persona riceve un invito via e-mail, sceglie una password e gestisce poi gli utenti dell'autorità.
form-person-name = Nome e cognome
form-invitation-language = Lingua dell'invito
form-save = Salva
form-register = Registra
form-cancel = Annulla
profile-edit = Modifica
authority-send-request = Invia una richiesta a questa autorità
profile-area-coordinator = Coordinatore IMI per i propri settori legislativi
profile-other-names = Altri nomi
profile-registered-by = Registrata da
profile-registered-by-value = { $user }, { $authority }
users-title = Utenti
users-roles = Ruoli
users-active = Account attivo
users-pending = Invito non ancora accettato
users-invitation-expired = Invito scaduto
users-resend-invitation = Invia di nuovo l'invito
toast-invitation-resent = È stato inviato un nuovo invito; il link precedente non è più valido.
users-inactive = Account disattivato
users-invited-by = Invito inviato da { $name }
users-may-log-in = Accesso consentito
users-invite-title = Invita un collega
users-invite = Invia l'invito
toast-invited = L'invito è stato inviato.
invitation-title = Benvenuti nell'IMI
invitation-intro = { $name }, ha ricevuto un invito a utilizzare il Sistema di informazione del mercato interno come utente di { $authority } ({ $country }). Scelga la password per attivare il suo account.
password-help = { $count ->
    [one] Almeno un carattere. Alcune parole senza relazione tra loro formano una buona password; le password comuni e il proprio nome o indirizzo non sono accettati.
   *[other] Almeno { $count } caratteri. Alcune parole senza relazione tra loro formano una buona password; le password comuni e il proprio nome o indirizzo non sono accettati.
}
invitation-repeat = Ripetere la password
invitation-mismatch = Le due password non coincidono.
invitation-accept = Attiva il mio account
invitation-invalid = Questo link di invito è sconosciuto, è già stato utilizzato o è scaduto. Chiedere un nuovo invito al proprio amministratore locale dei dati o al coordinatore IMI.
field-error-invalid-email = Indirizzo e-mail non valido.
field-error-invalid-phone = Non è un numero di telefono in formato internazionale (+ seguito da cifre).
field-error-not-yours = Non rientra nei settori legislativi da lei coordinati.
field-error-taken = Già utilizzato da un altro account.
field-error-too-short = Troppo breve.
field-error-last-administrator = L'autorità deve mantenere almeno un amministratore locale dei dati attivo.
field-error-control-character = Contiene un carattere di controllo o un carattere che modifica la direzione del testo; eliminarlo.
field-error-not-own-country = Scegliere un'autorità del proprio paese.
field-error-too-personal = Non deve contenere il proprio indirizzo e-mail né il proprio nome.
field-error-too-guessable = Troppo facile da indovinare: è una password comune o molto simile a una di esse. Usare una frase più lunga, composta da parole senza relazione tra loro.
field-error-wrong-code = Il codice è errato o scaduto.
field-error-no-setup = La configurazione non è stata avviata o è stata sostituita; ricominciarla.
field-error-no-second-factor = L'autenticazione a due fattori non è attiva.
field-error-required-by-role = I ruoli assegnati richiedono l'autenticazione a due fattori; non è possibile disattivarla.
field-error-wrong-password = La password è errata.
field-error-self = Non è possibile disattivare il proprio account.
field-error-other-country = Appartiene a un altro paese.
field-error-not-utf8 = Il file non è un testo UTF-8. Salvarlo dal foglio di calcolo nel formato «CSV UTF-8».
field-error-unreadable = Impossibile leggere questa riga come CSV.
field-error-unknown-column = Colonna sconosciuta.
field-error-missing-column = Manca una colonna obbligatoria.
field-error-wrong-column-count = Il numero di celle di questa riga non corrisponde a quello dell'intestazione.
field-error-too-many-rows = Troppe righe: al massimo 20 000 per file.
field-error-invalid-format = Non è nel formato previsto.
field-error-duplicate-of-line = Stesso riferimento della riga { $line }.
field-error-out-of-range = Fuori dall'intervallo consentito.
field-error-out-of-range-between = Deve essere compreso tra { $min } e { $max }.
field-error-invalid-date = Non è una data valida.
field-error-nonexistent-date = Questa data non esiste.
field-error-invalid-person-name = Non è il nome di una persona.
field-error-invalid-register-reference = Non è un numero di registro valido.
field-error-unknown-country = Paese non noto al sistema.
field-error-unknown-placeholder = Segnaposto non noto al sistema.
field-error-unexpected = Non fa parte delle domande scelte.
field-error-line-break = Deve stare su una sola riga.
field-error-none-left = Nella richiesta deve rimanere almeno una domanda.
field-error-not-a-handler = Non è un gestore delle richieste attivo di questa autorità.
field-error-not-a-coordinator = Non è un coordinatore.
field-error-not-asked = Non è una delle domande della richiesta.
field-error-not-here = Non è possibile qui.
field-error-unterminated = Un segnaposto è stato aperto ma non chiuso.
field-error-empty-name = Un segnaposto non ha un nome.
field-error-invalid-name = Il nome di un segnaposto non è valido.
field-error-mismatched-delimiters = Le parentesi non corrispondono.
field-error-nested = Un segnaposto si trova all'interno di un altro.
field-error-wrong-kind = Questo tipo di risposta non è adatto alla domanda.
field-error-no-attachment = Nessun documento allegato a questa domanda.

## Account: autenticazione a due fattori, sessioni, password
login-code = Codice dell'app di autenticazione
login-code-intro = Questo account utilizza l'autenticazione a due fattori. Inserire il codice visualizzato ora dall'app di autenticazione.
login-code-help = Le sei cifre fornite dall'app oppure uno dei propri codici di recupero.
user-account = Il mio account
account-title = Il mio account
account-second-factor-title = Autenticazione a due fattori
account-second-factor-intro = All'accesso, dopo la password, viene richiesto un codice di sei cifre generato da un'app di autenticazione installata sul telefono, ad esempio FreeOTP, Aegis, Google Authenticator o Microsoft Authenticator.
account-second-factor-required = I ruoli assegnati (amministratore locale dei dati o coordinatore IMI) richiedono l'autenticazione a due fattori. Per continuare, configurarla ora.
account-second-factor-on = { $count ->
    [one] L'autenticazione a due fattori è attiva. Rimane un solo codice di recupero.
   *[other] L'autenticazione a due fattori è attiva. Rimangono { $count } codici di recupero.
}
account-second-factor-off = L'autenticazione a due fattori non è attiva.
account-second-factor-start = Configura l'autenticazione a due fattori
account-second-factor-scan = Scansionare questo codice con l'app di autenticazione oppure inserirvi la chiave riportata sotto. Quindi inserire il codice visualizzato dall'app.
account-second-factor-qr = Codice QR per aggiungere l'account a un'app di autenticazione
account-second-factor-key = Chiave
account-second-factor-code = Codice dell'app
account-second-factor-confirm = Attiva l'autenticazione a due fattori
account-second-factor-disable = Disattiva l'autenticazione a due fattori
account-recovery-title = Codici di recupero
account-recovery-intro = Conservare questi codici in un luogo sicuro, lontano dal telefono. Ciascuno consente di accedere una sola volta in caso di smarrimento del telefono. Vengono mostrati soltanto ora.
account-recovery-done = Li ho salvati
account-recovery-renew = Nuovi codici di recupero
account-sessions-title = Sessioni attive
account-session-browser = Browser
account-session-address = Indirizzo
account-session-started = Inizio
account-session-ends = Scadenza
account-session-current = Sessione corrente
account-session-unknown = Non disponibile
account-session-end = Termina la sessione
account-sessions-end-others = Termina tutte le altre sessioni
account-password-title = Password
account-password-current = Password attuale
account-password-new = Nuova password
account-password-repeat = Ripetere la nuova password
account-password-change = Modifica la password
toast-second-factor-on = L'autenticazione a due fattori è stata attivata.
toast-second-factor-off = L'autenticazione a due fattori è stata disattivata.
toast-recovery-renewed = Sono stati generati nuovi codici di recupero; quelli precedenti non sono più validi.
toast-session-ended = La sessione è stata chiusa.
toast-sessions-ended = Le altre sessioni sono state chiuse.
toast-password-changed = La password è stata modificata e le altre sessioni sono state chiuse.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## $number è un numero scritto secondo la lingua del lettore e $count lo stesso numero come
## valore numerico (per la forma plurale). $from, $to e $today sono date; $value, $green e $red
## sono valori già scritti secondo la lingua del lettore (una percentuale o giorni); $zone è un
## fuso orario (UTC); $indicator è il nome di uno dei dati statistics-figure-*.
nav-statistics = Statistiche
statistics-title = Statistiche
statistics-intro = Quante richieste vengono scambiate, con quale rapidità vengono accettate e ricevono risposta, e come le autorità richiedenti valutano le risposte. Questi dati non comprendono alcuna persona, alcun nome né alcun testo.
statistics-print = Stampa
statistics-filters = Filtri
statistics-from = Dal
statistics-to = Al
statistics-partner = Paese partner
statistics-direction = Direzione
statistics-direction-all = Inviate e ricevute
statistics-direction-sent = Inviate
statistics-direction-received = Ricevute
statistics-granularity = Intervallo della serie
statistics-granularity-month = Mese
statistics-granularity-quarter = Trimestre
statistics-granularity-year = Anno
statistics-whose = Ambito dei dati
statistics-scope-everything = Tutti i paesi
statistics-scope-areas = { $country }: i propri settori
statistics-scope-authority = La propria autorità
statistics-your-areas = I propri settori legislativi
statistics-period = Richieste inviate dal { $from } al { $to }
statistics-as-of = I giorni sono giorni di calendario nel fuso orario { $zone }; dati aggiornati al { $today }.
statistics-volumes-heading = Volumi
statistics-performance-heading = Rapidità e soddisfazione
statistics-performance-intro = Rapidità e soddisfazione si riferiscono alla parte che risponde: tengono conto delle richieste inviate a queste autorità nel periodo. Per ciascun dato è indicato il numero di richieste su cui si basa; un dato basato su poche richieste può variare sensibilmente.
statistics-figure-sent = Richieste inviate
statistics-figure-received = Richieste ricevute
statistics-figure-open-now = Attualmente aperte
statistics-figure-overdue-now = Attualmente in ritardo
statistics-figure-accepted-in-time = Accettate entro 7 giorni
statistics-figure-average-days = Numero medio di giorni per la risposta
statistics-figure-median-days = Numero mediano di giorni per la risposta
statistics-figure-by-agreed-date = Risposta entro la scadenza concordata
statistics-figure-within-two-weeks = Risposta entro due settimane
statistics-figure-negative-timeliness = Valutazioni negative della tempestività
statistics-figure-negative-effort = Valutazioni negative della qualità
statistics-what-is-counted = Che cosa viene conteggiato
statistics-definition-sent = Richieste inviate da queste autorità nel periodo, ciascuna conteggiata nel giorno di invio. Le bozze non sono mai conteggiate. Una richiesta inoltrata è conteggiata una sola volta; una richiesta separata da un'altra è una richiesta a sé stante, inviata il giorno della separazione; una richiesta ritirata è comunque conteggiata. I giorni sono giorni di calendario in UTC.
statistics-definition-received = Richieste inviate a queste autorità nel periodo, ciascuna conteggiata nel giorno di invio. Una richiesta inoltrata è conteggiata una sola volta, per l'autorità presso cui si trova per ultima; una richiesta ritirata è comunque conteggiata. I giorni sono giorni di calendario in UTC.
statistics-definition-open-now = Richieste di queste autorità, inviate o ricevute, che oggi sono in attesa di accettazione, sono state accettate o sono in attesa di informazioni, indipendentemente dalla data di invio: questo dato non è limitato al periodo.
statistics-definition-overdue-now = Tra le richieste attualmente aperte, quelle la cui scadenza concordata risulta superata alla data odierna (giorni di calendario in UTC). Anche questo dato non è limitato al periodo.
statistics-definition-accepted-in-time = Tra le richieste ricevute che sono state accettate o che attendono da più di 7 giorni senza essere state accettate, la quota di quelle accettate entro 7 giorni di calendario dal ricevimento. Una richiesta si considera ricevuta il giorno in cui è stata inviata o, se è stata inoltrata, il giorno dell'ultimo inoltro, in modo che a un'autorità non siano imputati i giorni in cui la richiesta si trovava presso un'altra. Una richiesta ritirata è conteggiata solo se era stata accettata. I giorni sono giorni di calendario in UTC.
statistics-definition-average-days = Il numero medio di giorni di calendario (UTC) dal ricevimento (giorno di invio o dell'ultimo inoltro) alla prima risposta, calcolato sulle richieste ricevute che hanno ottenuto risposta. Se dopo una risposta sono stati chiesti chiarimenti, conta comunque la prima risposta.
statistics-definition-median-days = Il valore centrale degli stessi numeri di giorni dal ricevimento alla prima risposta: metà delle risposte ha richiesto questo tempo o meno. Con un numero pari di risposte, si considera il minore dei due valori centrali.
statistics-definition-by-agreed-date = Tra le richieste che hanno ottenuto risposta e hanno una scadenza concordata, la quota di quelle a cui è stata data una prima risposta entro tale giorno (giorni di calendario in UTC).
statistics-definition-within-two-weeks = Tra le richieste che hanno ottenuto risposta, la quota di quelle a cui è stata data una prima risposta entro 14 giorni di calendario (UTC) dal ricevimento (giorno di invio o dell'ultimo inoltro).
statistics-definition-negative-timeliness = Tra le richieste ricevute che l'autorità richiedente ha valutato al momento della chiusura, la quota di quelle la cui risposta ha ricevuto una valutazione negativa per la tempestività.
statistics-definition-negative-effort = Tra le richieste ricevute che l'autorità richiedente ha valutato al momento della chiusura, la quota di quelle la cui risposta ha ricevuto una valutazione negativa per la qualità.
statistics-no-figure = Nessuna richiesta
statistics-based-on = { $count ->
    [one] In base a { $number } richiesta
   *[other] In base a { $number } richieste
}
statistics-eea = SEE
statistics-eea-value = SEE: { $value }
statistics-band-green = Buono
statistics-band-yellow = Da monitorare
statistics-band-red = Insufficiente
statistics-legend-title = Soglie delle fasce
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: buono a partire da { $green }, insufficiente al di sotto di { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: buono al di sotto di { $green }, insufficiente al di sopra di { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: buono a partire da { $green }, insufficiente al di sotto di { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: buono al di sotto di { $green }, insufficiente a partire da { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: buono al di sotto di { $green }, insufficiente a partire da { $red }.
statistics-quarter = T{ $quarter } { $year }
statistics-quarter-short = T{ $quarter }
statistics-charts-heading = Andamento nel tempo
statistics-volumes-title = Richieste inviate e ricevute
statistics-acceptance-title = Quota di richieste accettate entro 7 giorni
statistics-days-title = Numero medio di giorni per la risposta
statistics-axis-requests = Richieste
statistics-axis-share = Quota
statistics-axis-days = Giorni
statistics-show-table = Mostra come tabella
statistics-tables-heading = Ripartizioni
statistics-column-period = Periodo
statistics-column-sent = Inviate
statistics-column-received = Ricevute
statistics-column-based-on = Base (numero di richieste)
statistics-column-area = Settore legislativo
statistics-column-partner = Paese partner
statistics-column-country = Paese
statistics-column-from-to = Da (righe) a (colonne)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Richieste per settore legislativo
statistics-by-partner-title = Richieste per paese partner
statistics-by-partner-intro = Il paese partner è il paese dall'altra parte: il paese che risponde, per una richiesta inviata; il paese richiedente, per una richiesta ricevuta.
statistics-exchanges-title = Richieste tra paesi
statistics-exchanges-intro = Ogni riga corrisponde a un paese richiedente, ogni colonna a un paese che risponde; sono elencati solo i paesi con richieste nel periodo.
statistics-scoreboard-title = Quadro di valutazione dei paesi che rispondono
statistics-scoreboard-intro = Gli indicatori di ciascun paese in quanto parte che risponde, per le richieste ricevute nel periodo, con le relative fasce secondo le soglie indicate sopra.
statistics-csv = Scarica il file CSV
statistics-csv-failed = Questo browser non è riuscito a creare il file.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: fascia
statistics-csv-based-on = { $indicator }: base (numero di richieste)
statistics-empty-title = Nessuna richiesta in questo periodo
statistics-empty-body = In questo periodo non è stata inviata alcuna richiesta corrispondente a questi filtri. Scegliere un periodo più lungo o ridurre i filtri.
statistics-error-before-start = Non può essere precedente al primo giorno del periodo.
statistics-error-too-long = { $count ->
    [one] Il periodo può durare al massimo { $days } giorno.
   *[other] Il periodo può durare al massimo { $days } giorni.
}

## Allerte: un'autorità ne avverte molte

role-alert_coordinator = Coordinatore delle allerte
field-error-before-start = Non può essere precedente alla data da cui si applica la decisione.
alert-state-draft = Bozza
alert-state-awaiting-approval = In attesa dell'approvazione del coordinatore delle allerte
alert-state-sent = Inviata
alert-state-closure-proposed = Chiusura proposta
alert-state-closed = Chiusa
alert-state-withdrawn = Ritirata
alert-action-edit = Modifica
alert-action-delete = Elimina bozza
alert-action-send = Invia l'allerta
alert-action-approve = Approva e invia
alert-action-reject = Rinvia al mittente
alert-action-acknowledge = Conferma la ricezione per il paese
alert-action-pass-on = Trasmetti alle autorità
alert-action-acknowledge-receipt = Conferma la ricezione
alert-action-modify = Modifica l'allerta
alert-action-withdraw = Ritira
alert-action-propose-closure = Proponi la chiusura
alert-action-reject-closure = Mantieni aperta l'allerta
alert-action-close = Chiudi l'allerta
alert-event-created = Bozza creata
alert-event-submitted = Sottoposta ad approvazione
alert-event-approved = Approvata dal coordinatore delle allerte
alert-event-rejected = Rinviata al mittente
alert-event-sent = Allerta inviata
alert-event-acknowledged = Ricezione confermata dal coordinatore delle allerte del paese
alert-event-passed-on = Trasmessa alle autorità competenti
alert-event-receipt-acknowledged = Ricezione confermata dall'autorità
alert-event-modified = Allerta modificata
alert-event-withdrawn = Allerta ritirata
alert-event-withdrawn-wrong = Allerta ritirata perché rivelatasi infondata
alert-event-closure-proposed = Chiusura proposta
alert-event-closure-rejected = L'allerta resta aperta
alert-event-closed = Allerta chiusa
alert-event-end-reminder = La decisione non si applica più: chiudere o ritirare l'allerta
alert-event-late-reminder = In ritardo: la decisione è cessata da più di 3 giorni e l'allerta è ancora aperta
email-alert-subject = Allerta { $number }: { $event }
email-alert-body = Gentile { $name },

    { $authority } ha eseguito un'operazione sull'allerta { $number } ({ $kind }): { $event }.

    Aprire l'allerta: { $link }

    Questo messaggio è stato inviato dal Sistema di informazione del mercato interno. Si prega di non rispondere.

alert-delivery-received = Ricevuta, ricezione non ancora confermata
alert-delivery-acknowledged = Ricezione confermata
alert-delivery-passed-on = Trasmessa alle autorità competenti
alert-box-drafts = Bozze di allerta
alert-box-sent = Allerte inviate
alert-box-to-approve = Allerte da approvare
alert-box-to-acknowledge = Allerte di cui confermare la ricezione
alert-box-received = Allerte ricevute

## Alerts: the pages

nav-alerts = Allerte
alerts-title = Allerte
alerts-intro = Le allerte avvertono le autorità competenti degli altri paesi in merito a un professionista o a un prestatore di servizi: un divieto o una limitazione dell'esercizio dell'attività, un diploma falsificato, un pericolo per la salute, la sicurezza o l'ambiente.
alerts-boxes = Elenchi delle allerte
alerts-new = Nuova allerta
alerts-check-link = Verifica un professionista
alerts-in-force = Allerte in vigore
alerts-unread = Aggiornamenti non letti sulle allerte
# Annunciato dai lettori di schermo quando aumenta il numero di aggiornamenti non letti sulle allerte.
live-alert-news = { $count ->
    [one] Un aggiornamento non letto sulle allerte
   *[other] { $count } aggiornamenti non letti sulle allerte
}
alerts-empty-title = Nessuna allerta
alerts-empty-body = Qui sono elencate le allerte che giungono al proprio paese o alla propria autorità e quelle inviate dalla propria autorità.
alerts-total = { $count ->
    [one] { $count } allerta
   *[other] { $count } allerte
}
alert-title = Allerta { $number }
alert-title-unknown = Allerta
alert-subject-withheld = Dati personali non visualizzati
alert-unread = Novità dall'ultima apertura
alert-from-country = Paese mittente: { $country }
alert-details = Dettagli
alert-sender = Autorità mittente
alert-sent-at = Inviata il
alert-revision-label = Modifiche
alert-revision = { $count ->
    [one] Modificata una volta dopo l'invio
   *[other] Modificata { $count } volte dopo l'invio
}
alert-personal-hidden = I dati personali di questa allerta sono visibili solo al mittente, ai coordinatori delle allerte e alle autorità a cui l'allerta è stata trasmessa.
alert-comment = Osservazioni
alert-comment-help = Per i destinatari: quanto occorre sapere oltre ai campi sopra indicati. Scrivere nella propria lingua; ogni lettore può ottenerne una traduzione automatica.
alert-late-reason = Motivo del ritardo nell'invio dell'allerta
alert-proved-wrong = Questa allerta è stata ritirata perché si è rivelata infondata.
alert-due-left = { $days ->
    [0] Scadenza oggi: l'allerta deve essere inviata entro 3 giorni dalla decisione.
    [one] Resta { $days } giorno per inviare questa allerta.
   *[other] Restano { $days } giorni per inviare questa allerta.
}
alert-due-late = { $days ->
    [one] { $days } giorno di ritardo: indicare il motivo del ritardo nell'invio dell'allerta.
   *[other] { $days } giorni di ritardo: indicare il motivo del ritardo nell'invio dell'allerta.
}
alert-actions = Operazioni disponibili
alert-note = Motivazione
alert-note-help = Obbligatoria per rinviare l'allerta al mittente, ritirarla o proporne la chiusura; è letta da tutti i destinatari.
alert-note-missing = Indicare prima la motivazione.
alert-withdraw-proved-wrong = L'allerta si è rivelata infondata: informarne tutti i destinatari
alert-conflict = { $error } Stato attuale dell'allerta: { $state }.
alert-deliveries = Destinatari
alert-deliveries-summary = { $count ->
    [one] Ricezione confermata da { $acknowledged } su { $count } paese.
   *[other] Ricezione confermata da { $acknowledged } su { $count } paesi.
}
alert-column-country = Paese
alert-column-delivery = Coordinatore delle allerte
alert-column-authorities = Autorità competenti
alert-received-at = ricevuta il { $date }
alert-acknowledged-at = ricezione confermata il { $date }
alert-not-acknowledged = ricezione non ancora confermata
alert-read-at = letta il { $date }
alert-not-read = non ancora letta
alert-no-recipients = Non ancora trasmessa
alert-timeline = Cronologia
alert-event-for-country = paese: { $country }
alert-pass-on-title = Trasmissione alle autorità competenti
alert-pass-on-help = Il registro propone le autorità del proprio paese competenti per questa professione o attività. Deselezionare quelle che non devono ricevere l'allerta o aggiungerne altre.
alert-pass-on-none = Il registro non indica alcuna autorità del proprio paese competente per questa professione o attività. Aggiungere le autorità che devono ricevere l'allerta.
alert-pass-on-already = (l'ha già ricevuta)
alert-pass-on-add = Aggiungi un'altra autorità
alert-pass-on-own-country = Le allerte possono essere trasmesse solo alle autorità del proprio paese.
alert-pass-on-submit = { $count ->
    [one] Trasmetti a { $count } autorità
   *[other] Trasmetti a { $count } autorità
}
alert-compose-title = Nuova allerta
alert-draft-title = Bozza di allerta { $number }
alert-modify-title = Modifica dell'allerta { $number }
alert-step-kind = Tipo di allerta
alert-step-fields = Dettagli
alert-step-countries = Paesi
alert-step-review = Osservazioni e invio
alert-kind-legal-basis = Base giuridica: { $basis }
alert-choose-kind-first = Scegliere prima il tipo di allerta.
alert-field-required = { $label } (obbligatorio)
alert-choose = Scegliere…
alert-countries-all = Questa allerta è inviata ai coordinatori delle allerte di tutti i 30 paesi del SEE.
alert-countries-choose = Scegliere i paesi in cui il prestatore opera o in cui il rischio può manifestarsi.
alert-countries-always = { $country } riceve in ogni caso questa allerta in quanto paese di stabilimento.
alert-countries-none = Nessun paese ancora selezionato.
alert-goes-to = Paesi destinatari: { $countries }
alert-approval-note = Le allerte del proprio paese sono approvate dal relativo coordinatore delle allerte prima dell'invio.
alert-modify-note = Tutti i destinatari vengono informati della modifica dell'allerta.
alert-problems = Da completare
alert-incomplete = L'allerta non è ancora completa. Le parti mancanti sono evidenziate.
alert-save-draft = Salva la bozza
alert-save-modification = Salva la modifica
alert-submit = Sottoponi ad approvazione
alert-check-title = Questo professionista può esercitare?
alert-check-intro = Cercare per nome tra le allerte relative alle qualifiche professionali in vigore giunte al proprio paese o alla propria autorità. Gli accenti e un errore di battitura sono tollerati. Un'allerta trovata indica che nel paese che l'ha inviata si applica un divieto o una limitazione; l'assenza di allerte non costituisce prova che il professionista possa esercitare.
alert-check-name = Nome del professionista
alert-check-profession = Professione
alert-check-any-profession = Qualsiasi professione
alert-check-submit = Cerca nelle allerte
alert-check-none = Nessuna allerta in vigore riguarda «{ $name }».
alert-check-found = { $count ->
    [one] { $count } allerta in vigore trovata
   *[other] { $count } allerte in vigore trovate
}
toast-alert-saved = La bozza è stata salvata.
toast-alert-sent = L'allerta è stata inviata.
toast-alert-submitted = L'allerta è stata sottoposta ad approvazione.
toast-alert-modified = L'allerta è stata modificata; i destinatari ne vengono informati.
toast-alert-deleted = La bozza è stata eliminata.
toast-alert-passed-on = L'allerta è stata trasmessa.
toast-alert-done = Operazione eseguita: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Connessione assente. Le richieste già aperte restano consultabili; le risposte, i messaggi e i documenti aggiunti vengono conservati su questo dispositivo e inviati al ripristino della connessione.
update-ready = È pronta una nuova versione del sistema.
update-reload = Carica la nuova versione

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Una modifica effettuata senza connessione è in attesa di invio.
   *[other] { $count } modifiche effettuate senza connessione sono in attesa di invio.
}
queue-sending = Invio delle modifiche effettuate senza connessione…
queue-attention = { $count ->
    [one] Una modifica effettuata senza connessione non è stata inviata e richiede una decisione.
   *[other] { $count } modifiche effettuate senza connessione non sono state inviate e richiedono una decisione.
}
queue-title = In attesa di invio
queue-intro = Queste modifiche sono state effettuate senza connessione e sono conservate su questo dispositivo. Vengono inviate nell'ordine non appena la connessione viene ripristinata.
queue-kind-answers = Risposte (salvate, non inviate all'autorità richiedente)
queue-kind-answer = Risposte da inviare all'autorità richiedente
queue-kind-message = Messaggio
queue-kind-document = Documento «{ $name }» ({ $size } KB)
queue-made-at = Redatto il { $time }
queue-status-waiting = In attesa della connessione.
queue-status-conflict = Non inviato: dopo la stesura di questa modifica la richiesta è cambiata e ora si trova nello stato «{ $state }». Verificare nella cronologia qui sotto che cosa è cambiato, quindi inviare comunque la modifica oppure scartarla.
queue-status-refused = Non inviato: { $error }
queue-send-anyway = Invia comunque
queue-edit = Modifica
queue-discard = Scarta
queue-discard-confirm = Scartare questa modifica? Quanto scritto verrà eliminato da questo dispositivo.
queue-logout-confirm = { $count ->
    [one] Una modifica effettuata senza connessione non è ancora stata inviata. Uscendo, verrà eliminata da questo dispositivo. Uscire comunque?
   *[other] { $count } modifiche effettuate senza connessione non sono ancora state inviate. Uscendo, verranno eliminate da questo dispositivo. Uscire comunque?
}
toast-queued = Connessione assente: la modifica è conservata su questo dispositivo e verrà inviata al ripristino della connessione.
toast-queue-sent = { $count ->
    [one] La modifica effettuata senza connessione è stata inviata.
   *[other] Le { $count } modifiche effettuate senza connessione sono state inviate.
}

## Ispezioni in loco: tipo di richiesta e verbale di ispezione con le firme dei presenti
compose-kind-label = Che cosa si chiede?
request-kind-information = Informazioni
request-kind-information-help = L'altra autorità risponde alle domande sulla base dei propri registri e fascicoli.
request-kind-inspection = Ispezione in loco
request-kind-inspection-help = L'altra autorità ispeziona i locali, le attrezzature o il sito interessati e riferisce quanto accertato, con fotografie e le firme dei presenti.
request-checklist = { $count ->
    [one] Lista di controllo: un punto
   *[other] Lista di controllo: { $count } punti
}
inspection-title = Verbale di ispezione
inspection-help = Registrare l'ispezione mentre la si svolge: rispondere alla lista di controllo qui sopra, allegare le foto come documenti, quindi indicare il giorno e il luogo e far firmare qui ogni persona presente. La risposta può essere inviata dopo aver apposto la propria firma.
inspection-pending = Il verbale di ispezione sarà visibile qui insieme alla risposta.
inspection-inspected-on = Giorno dell'ispezione
inspection-place = Luogo ispezionato
inspection-place-help = L'indirizzo e il sito o i locali (ad esempio: cantiere, cancello 2).
inspection-present = Persone presenti
inspection-signer-name = Nome e cognome
inspection-signer-role = Presente in qualità di
inspection-signer-refused = Ha rifiutato di firmare
inspection-signer-unnamed = persona presente
inspection-signer-unsigned = Entra a far parte del verbale solo quando firma o rifiuta di firmare.
inspection-signer-add = Aggiungi una persona presente
inspection-signer-remove = Rimuovi questa persona
inspection-signature-of = Firma di { $name }
inspection-signature-clear = Cancella la firma
inspection-signature-needed = Per inviare la risposta è necessaria la firma dell'ispettore.
inspection-refused-to-sign = La persona ha rifiutato di firmare.
signer-role-inspector = Ispettore
signer-role-provider-representative = Rappresentante del prestatore o del datore di lavoro
signer-role-worker = Lavoratore
signer-role-witness = Testimone
queue-kind-report = Verbale di ispezione (salvato, non inviato all'autorità richiedente)
