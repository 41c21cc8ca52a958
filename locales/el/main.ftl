# Ελληνικά.

## Η εφαρμογή
app-name = Σύστημα Πληροφόρησης για την Εσωτερική Αγορά
app-short-name = IMI
app-tagline = Διοικητική συνεργασία μεταξύ των αρμόδιων αρχών του Ευρωπαϊκού Οικονομικού Χώρου
skip-to-content = Μετάβαση στο κύριο περιεχόμενο
loading = Φόρτωση…

## Πλοήγηση και μενού χρήστη
nav-label = Κύρια πλοήγηση
nav-inbox = Εισερχόμενα
language-label = Γλώσσα
user-signed-in-as = Έχετε συνδεθεί ως { $name }, { $authority }
organisation-commission = Ευρωπαϊκή Επιτροπή
logout = Αποσύνδεση
toast-dismiss = Κλείσιμο
toast-logged-out = Αποσυνδεθήκατε.

## Σελίδα σύνδεσης
login-title = Σύνδεση
login-intro = Χρησιμοποιήστε τον λογαριασμό που δημιούργησε για εσάς ο τοπικός διαχειριστής δεδομένων της αρχής σας ή ο εθνικός συντονιστής IMI.
login-email = Διεύθυνση ηλεκτρονικού ταχυδρομείου
login-password = Κωδικός πρόσβασης
login-submit = Σύνδεση
login-submitting = Σύνδεση σε εξέλιξη…
field-required = Το πεδίο αυτό είναι υποχρεωτικό.

## Εισερχόμενα
inbox-title = Εισερχόμενα
inbox-empty-title = Δεν υπάρχουν ακόμη αιτήματα

## Σελίδες που δεν υπάρχουν
not-found-title = Η σελίδα δεν βρέθηκε
not-found-body = Η διεύθυνση που ακολουθήσατε δεν οδηγεί σε καμία σελίδα του συστήματος.
not-found-home = Μετάβαση στα εισερχόμενα

## Ρόλοι
roles-label = Οι ρόλοι σας
role-request_handler = Χειριστής αιτημάτων
role-allocator = Υπεύθυνος κατανομής αιτημάτων
role-local_administrator = Τοπικός διαχειριστής δεδομένων
role-coordinator = Συντονιστής IMI
role-commission_observer = Παρατηρητής της Επιτροπής

## Σφάλματα που επιστρέφει ο διακομιστής, ανά κωδικό
error-internal-error = Παρουσιάστηκε σφάλμα στον διακομιστή. Δοκιμάστε ξανά. Αν το πρόβλημα επιμένει, επικοινωνήστε με τον διαχειριστή του συστήματος.
error-database-unavailable = Η βάση δεδομένων του συστήματος δεν είναι προσβάσιμη αυτή τη στιγμή. Δοκιμάστε ξανά σε λίγα λεπτά.
error-not-found = Αυτό που ζητήσατε δεν υπάρχει ή δεν έχετε πρόσβαση σε αυτό.
error-method-not-allowed = Η ενέργεια αυτή δεν είναι δυνατή εδώ.
error-unauthenticated = Η συνεδρία σας έληξε. Συνδεθείτε ξανά.
error-forbidden = Δεν έχετε τα απαιτούμενα δικαιώματα για την ενέργεια αυτή.
error-invalid-credentials = Λανθασμένη διεύθυνση ηλεκτρονικού ταχυδρομείου ή κωδικός πρόσβασης.
error-too-many-attempts = { $seconds ->
    [one] Πάρα πολλές αποτυχημένες προσπάθειες. Περιμένετε { $seconds } δευτερόλεπτο πριν δοκιμάσετε ξανά.
   *[other] Πάρα πολλές αποτυχημένες προσπάθειες. Περιμένετε { $seconds } δευτερόλεπτα πριν δοκιμάσετε ξανά.
}
error-malformed-json = Ο διακομιστής δεν μπόρεσε να διαβάσει τα δεδομένα που στάλθηκαν. Φορτώστε ξανά τη σελίδα και δοκιμάστε πάλι.
error-unsupported-media-type = Ο διακομιστής δεν δέχεται δεδομένα σε αυτή τη μορφή.
error-payload-too-large = Τα δεδομένα που στάλθηκαν υπερβαίνουν το μέγεθος που δέχεται ο διακομιστής.
error-validation-failed = Ορισμένα πεδία δεν έχουν συμπληρωθεί σωστά. Ελέγξτε τα επισημασμένα πεδία.
error-network-error = Δεν είναι δυνατή η σύνδεση με τον διακομιστή. Ελέγξτε τη σύνδεσή σας στο δίκτυο και δοκιμάστε ξανά.
error-invalid-transition = Η ενέργεια αυτή δεν είναι δυνατή στην τρέχουσα κατάσταση του αιτήματος. Φορτώστε ξανά τη σελίδα για να δείτε ποιες ενέργειες είναι πλέον δυνατές.
error-translation-not-configured = Η μηχανική μετάφραση δεν είναι διαθέσιμη σε αυτό το σύστημα.
error-translation-failed = Η υπηρεσία μηχανικής μετάφρασης δεν απάντησε. Δοκιμάστε ξανά αργότερα.

## Τιμές συμβόλων κράτησης θέσης (shared::placeholder::PlaceholderErrorCode)
## Το $label είναι η ετικέτα του συμβόλου στη γλώσσα του αναγνώστη· τα $max και $length είναι
## αριθμοί χαρακτήρων.
placeholder-error-missing = Εισαγάγετε τιμή στο πεδίο «{ $label }».
placeholder-error-empty = Το πεδίο «{ $label }» δεν μπορεί να είναι κενό.
placeholder-error-too-long = { $max ->
    [one] Το πεδίο «{ $label }» μπορεί να περιέχει έως { $max } χαρακτήρα· αυτή τη στιγμή περιέχει { $length }.
   *[other] Το πεδίο «{ $label }» μπορεί να περιέχει έως { $max } χαρακτήρες· αυτή τη στιγμή περιέχει { $length }.
}
placeholder-error-control-character = Το πεδίο «{ $label }» περιέχει αόρατο χαρακτήρα ελέγχου. Πληκτρολογήστε ξανά την τιμή.
placeholder-error-line-break = Το πεδίο «{ $label }» πρέπει να χωρά σε μία γραμμή.
placeholder-error-invalid-date = Εισαγάγετε την ημερομηνία στο πεδίο «{ $label }» με τη μορφή έτος-μήνας-ημέρα, για παράδειγμα 2025-03-31.
placeholder-error-nonexistent-date = Η ημερομηνία που εισαγάγατε στο πεδίο «{ $label }» δεν υπάρχει στο ημερολόγιο.
placeholder-error-unknown-country = Στο πεδίο «{ $label }» επιλέξτε χώρα του Ευρωπαϊκού Οικονομικού Χώρου.
placeholder-error-invalid-email = Το πεδίο «{ $label }» δεν περιέχει έγκυρη διεύθυνση ηλεκτρονικού ταχυδρομείου.
placeholder-error-invalid-person-name = Το πεδίο «{ $label }» πρέπει να περιέχει όνομα προσώπου: γράμματα, χωρίς ψηφία.
placeholder-error-invalid-register-reference = Το πεδίο «{ $label }» μπορεί να περιέχει μόνο γράμματα, ψηφία, κενά διαστήματα και τους χαρακτήρες - . /
placeholder-error-unexpected = Δόθηκε τιμή για πεδίο που δεν χρησιμοποιείται σε καμία από τις επιλεγμένες ερωτήσεις.
placeholder-error-unknown-placeholder = Μια ερώτηση χρησιμοποιεί άγνωστο πεδίο. Ενημερώστε τον συντονιστή IMI.

## Πρότυπα ερωτήσεων (shared::placeholder::TemplateErrorCode)
## Το $position είναι θέση χαρακτήρα μετρημένη από το 1 (η SPA περνά τη θέση του κώδικα, που
## μετράται από το 0, + 1)· το $name είναι όνομα συμβόλου όπως γράφτηκε.
template-error-unterminated = Το σύμβολο κράτησης θέσης που αρχίζει στον χαρακτήρα { $position } δεν έχει κλείσει.
template-error-empty-name = Το σύμβολο κράτησης θέσης στον χαρακτήρα { $position } δεν έχει όνομα.
template-error-invalid-name = Το «{ $name }» (χαρακτήρας { $position }) δεν είναι έγκυρο όνομα συμβόλου κράτησης θέσης: πρέπει να αρχίζει με γράμμα, το οποίο ακολουθείται από γράμματα, ψηφία ή «_».
template-error-mismatched-delimiters = Το σύμβολο κράτησης θέσης στον χαρακτήρα { $position } ανοίγει με ένα είδος αγκύλης και κλείνει με άλλο.
template-error-nested = Το σύμβολο κράτησης θέσης στον χαρακτήρα { $position } περιέχει άλλο σύμβολο κράτησης θέσης.
template-error-unknown-placeholder = Το «{ $name }» (χαρακτήρας { $position }) δεν είναι γνωστό σύμβολο κράτησης θέσης.

## Καταστάσεις αιτήματος (shared::lifecycle::RequestState)
request-state-draft = Προσχέδιο
request-state-awaiting-acceptance = Σε αναμονή αποδοχής
request-state-accepted = Αποδεκτό
request-state-info-requested = Ζητήθηκαν πρόσθετες πληροφορίες
request-state-answered = Απαντημένο
request-state-closed = Κλειστό
request-state-withdrawn = Αποσυρμένο

## Ενέργειες για ένα αίτημα (shared::lifecycle::ActionKind)
request-action-create = Νέο αίτημα
request-action-edit = Επεξεργασία
request-action-delete = Διαγραφή προσχεδίου
request-action-send = Αποστολή
request-action-withdraw = Απόσυρση
request-action-accept = Αποδοχή
request-action-forward = Διαβίβαση
request-action-request-info = Αίτημα πρόσθετων πληροφοριών
request-action-provide-info = Παροχή πληροφοριών
request-action-answer = Απάντηση
request-action-split-off = Διαχωρισμός ερωτήσεων
request-action-request-clarification = Αίτημα διευκρινίσεων
request-action-close = Αποδοχή της απάντησης και κλείσιμο

## Αξιολόγηση απάντησης (shared::lifecycle::Rating)
rating-positive = Καλή
rating-neutral = Αποδεκτή
rating-negative = Ανεπαρκής

## Έλεγχος ερωτήσεων (σελίδα για τη σύνταξη και τη δοκιμή προτύπων ερωτήσεων)
nav-question-check = Έλεγχος ερωτήσεων
question-check-title = Έλεγχος ερώτησης
question-check-intro = Γράψτε μια ερώτηση όπως θα εμφανίζεται σε ένα αίτημα, με σύμβολα κράτησης θέσης για τα στοιχεία που συμπληρώνει η αιτούσα αρχή, και δοκιμάστε την με τιμές. Ισχύουν οι ίδιοι κανόνες με εκείνους που εφαρμόζονται κατά την αποστολή αιτήματος.
question-check-template = Κείμενο ερώτησης
question-check-template-help = Γράψτε κάθε σύμβολο κράτησης θέσης ως {"${"}Name{"}"}, για παράδειγμα {"${"}SPBusinessName{"}"}. Γνωστά σύμβολα κράτησης θέσης: { $names }.
question-check-values = Τιμές
question-check-no-placeholders = Η ερώτηση αυτή δεν περιέχει σύμβολα κράτησης θέσης.
question-check-preview = Προεπισκόπηση
question-check-submit = Έλεγχος στον διακομιστή
question-check-accepted = Ο διακομιστής αποδέχεται την ερώτηση αυτή και τις τιμές της.

## Κατάλογος ερωτήσεων
nav-catalogue = Ερωτήσεις
catalogue-title = Κατάλογος ερωτήσεων
catalogue-intro = Οι προμεταφρασμένες ερωτήσεις που μπορούν να περιληφθούν σε ένα αίτημα. Η άλλη αρχή διαβάζει καθεμία από αυτές στη δική της γλώσσα· τα σύμβολα κράτησης θέσης συμπληρώνονται από την αιτούσα αρχή.
catalogue-area-label = Νομοθετικός τομέας
catalogue-count = { $count ->
    [one] { $count } ερώτηση
   *[other] { $count } ερωτήσεις
}
area-services = Υπηρεσίες
area-professional_qualifications = Επαγγελματικά προσόντα
area-posting_of_workers = Απόσπαση εργαζομένων
area-ecommerce = Ηλεκτρονικό εμπόριο
answer-type-yes_no = Ναι ή όχι
answer-type-date = Ημερομηνία
answer-type-free_text = Ελεύθερο κείμενο
answer-type-document = Έγγραφο
answer-type-choice = Επιλογή από λίστα
answer-type-measurement = Μετρηθείσα τιμή

## Αναζήτηση αρχών
nav-authorities = Αρχές
authorities-title = Αναζήτηση αρχής
authorities-intro = Αναζητήστε σε οποιαδήποτε γλώσσα με βάση την ονομασία, το ακρωνύμιο, την πόλη ή την αρμοδιότητα, για παράδειγμα ένα επάγγελμα ή μια δραστηριότητα. Οι αρμοδιότητες αναζητούνται σε όλες τις γλώσσες του συστήματος.
authorities-search-label = Ονομασία, πόλη ή αρμοδιότητα
authorities-country-label = Χώρα
authorities-any-country = Όλες οι χώρες
authorities-any-area = Όλοι οι τομείς
authorities-results = { $count ->
    [one] Βρέθηκε { $count } αρχή
   *[other] Βρέθηκαν { $count } αρχές
}
authorities-no-results = Καμία αρχή δεν αντιστοιχεί σε αυτή την αναζήτηση.
## Το $country είναι το όνομα μιας χώρας στη γλώσσα του αναγνώστη· το $label το όνομα ενός
## επαγγέλματος ή μιας δραστηριότητας.
search-country-from-query = Εμφανίζονται οι αρχές της χώρας που αναφέρεται στην αναζήτησή σας: { $country }.
search-none-declared = { $country }: καμία αρχή δεν έχει δηλώσει ότι είναι αρμόδια για «{ $label }».
search-none-declared-anywhere = Καμία αρχή δεν έχει δηλώσει ότι είναι αρμόδια για «{ $label }».
search-ask-coordinator = Ο εθνικός συντονιστής IMI ({ $country }) μπορεί να σας ενημερώσει ποια αρχή είναι αρμόδια:
authorities-match-name = Αντιστοιχία στην ονομασία
authorities-match-acronym = Αντιστοιχία στο ακρωνύμιο
authorities-match-city = Αντιστοιχία στην πόλη
authorities-match-competence = Αρμόδια για: { $label }
authorities-pages = Σελίδες αποτελεσμάτων
authorities-previous = Προηγούμενη
authorities-next = Επόμενη
authorities-page = Σελίδα { $page } από { $pages }
profile-back = Επιστροφή στην αναζήτηση
profile-country = Χώρα
profile-acronym = Ακρωνύμιο
profile-level = Εδαφική αρμοδιότητα
level-national = Εθνική
level-regional = Περιφερειακή
level-local = Τοπική
profile-address = Διεύθυνση
profile-email = Ηλεκτρονικό ταχυδρομείο
profile-phone = Τηλέφωνο
profile-role = Ρόλος στο σύστημα
profile-coordinator = Εθνικός συντονιστής IMI
profile-areas = Νομοθετικοί τομείς
profile-competences = Αρμόδια για

## Χώρες του Ευρωπαϊκού Οικονομικού Χώρου
country-AT = Αυστρία
country-BE = Βέλγιο
country-BG = Βουλγαρία
country-HR = Κροατία
country-CY = Κύπρος
country-CZ = Τσεχία
country-DK = Δανία
country-EE = Εσθονία
country-FI = Φινλανδία
country-FR = Γαλλία
country-DE = Γερμανία
country-GR = Ελλάδα
country-HU = Ουγγαρία
country-IE = Ιρλανδία
country-IT = Ιταλία
country-LV = Λετονία
country-LT = Λιθουανία
country-LU = Λουξεμβούργο
country-MT = Μάλτα
country-NL = Κάτω Χώρες
country-PL = Πολωνία
country-PT = Πορτογαλία
country-RO = Ρουμανία
country-SK = Σλοβακία
country-SI = Σλοβενία
country-ES = Ισπανία
country-SE = Σουηδία
country-IS = Ισλανδία
country-LI = Λιχτενστάιν
country-NO = Νορβηγία

## Εισερχόμενα: λίστες, ταξινόμηση και αριθμός αιτημάτων
inbox-empty-body-box = Εδώ θα εμφανίζονται τα αιτήματα της αρχής σας που αντιστοιχούν στα φίλτρα αυτά.
inbox-new-request = Νέο αίτημα
inbox-boxes = Λίστες αιτημάτων
inbox-total = { $count ->
    [one] Ένα αίτημα
   *[other] { $count } αιτήματα
}
inbox-deadline = Προθεσμία: { $date }
inbox-number-label = Αριθμός αιτήματος
inbox-sort-label = Ταξινόμηση
inbox-sort-updated-desc = Πρώτα τα πιο πρόσφατα τροποποιημένα
inbox-sort-updated-asc = Πρώτα τα λιγότερο πρόσφατα τροποποιημένα
inbox-sort-deadline-asc = Πρώτα η πλησιέστερη προθεσμία
inbox-sort-number-desc = Πρώτα ο νεότερος αριθμός
box-to-accept = Προς αποδοχή
box-to-answer = Προς απάντηση ή εξέταση
box-awaiting = Σε αναμονή της άλλης πλευράς
box-overdue = Εκπρόθεσμα
box-drafts = Προσχέδια
box-closed = Κλειστά
box-all = Όλα

## Σφάλματα που επιστρέφει ο διακομιστής (συνέχεια)
error-unsupported-file-type = Αυτός ο τύπος αρχείου δεν γίνεται δεκτός. Επισυνάψτε αρχείο PDF, εικόνα ή έγγραφο εφαρμογής γραφείου.

## Ένα αίτημα
request-title = Αίτημα { $number }
request-title-unknown = Αίτημα
request-overdue = Εκπρόθεσμο
request-from = Από
request-to = Προς
request-created = Ημερομηνία δημιουργίας
request-requested-date = Ζητούμενη ημερομηνία απάντησης
request-deadline = Συμφωνηθείσα προθεσμία
request-subject = Πρόσωπο που αφορά το αίτημα
request-personal-data-hidden = Τα δεδομένα προσωπικού χαρακτήρα, το σχόλιο, τα μηνύματα και τα έγγραφα εμφανίζονται μόλις η αρχή σας αποδεχθεί το αίτημα.
request-personal-data-coordinator = Ως συντονιστής IMI, μπορείτε να παρακολουθείτε την πορεία του αιτήματος. Τα δεδομένα προσωπικού χαρακτήρα, το σχόλιο, τα μηνύματα και τα έγγραφα του αιτήματος είναι προσβάσιμα μόνο στις δύο αρχές.
request-note-hidden = Το κείμενο δεν εμφανίζεται, διότι ενδέχεται να περιέχει δεδομένα προσωπικού χαρακτήρα.
request-blocked-on = Ημερομηνία δέσμευσης δεδομένων προσωπικού χαρακτήρα
request-personal-data-blocked = Σύμφωνα με τους κανόνες διατήρησης, τα δεδομένα προσωπικού χαρακτήρα αυτού του αιτήματος (το πρόσωπο που αφορά, το ελεύθερο κείμενο και τα έγγραφα) δεσμεύθηκαν στις { $date }. Κανείς δεν μπορεί πλέον να τα δει και θα διαγραφούν στις { $deleted }.
request-personal-data-erased = Σύμφωνα με τους κανόνες διατήρησης, τα δεδομένα προσωπικού χαρακτήρα αυτού του αιτήματος διαγράφηκαν στις { $date }. Διατηρούνται μόνο τα βασικά του στοιχεία: ημερομηνίες, αρχές, καταστάσεις και αξιολογήσεις.
personal-data-mark = Δεδομένα προσωπικού χαρακτήρα
personal-data-legend = Το σύμβολο αυτό επισημαίνει δεδομένα προσωπικού χαρακτήρα. Τα βλέπουν μόνο οι αρχές που χειρίζονται το αίτημα· μετά την ολοκλήρωση του αιτήματος δεσμεύονται και στη συνέχεια διαγράφονται, όπως ορίζουν οι κανόνες διατήρησης.
nav-data-subjects = Υποκείμενα των δεδομένων
data-subjects-title = Αιτήματα υποκειμένων των δεδομένων
data-subjects-intro = Όταν ένα πρόσωπο ζητά να μάθει ποια δεδομένα τηρεί η αρχή σας γι’ αυτό, βρείτε εδώ όλα τα αιτήματα της αρχής σας που το αφορούν, μεταξύ αυτών και όσα έχουν δεσμευμένα δεδομένα προσωπικού χαρακτήρα, και συντάξτε την αναφορά που δικαιούται. Κάθε αναζήτηση και κάθε αναφορά καταγράφεται μαζί με την αιτιολογία της.
data-subjects-reason = Αιτιολογία
data-subjects-reason-help = Για παράδειγμα, η ημερομηνία και ο αριθμός πρωτοκόλλου του αιτήματος του προσώπου. Η αιτιολογία καταγράφεται στο αρχείο ελέγχου.
data-subjects-search = Αναζήτηση
data-subjects-found = { $count ->
    [one] Βρέθηκε ένα αίτημα
   *[other] Βρέθηκαν { $count } αιτήματα
}
data-subjects-none = Κανένα αίτημα της αρχής σας δεν αφορά αυτό το πρόσωπο.
data-subjects-include = Συμπερίληψη στην αναφορά
data-subjects-side-requesting = Στάλθηκε από την αρχή σας
data-subjects-side-responding = Ελήφθη από την αρχή σας
data-subjects-stage-visible = Δεδομένα προσωπικού χαρακτήρα ορατά
data-subjects-stage-blocked = Δεδομένα προσωπικού χαρακτήρα δεσμευμένα
data-subjects-stage-deleted = Δεδομένα προσωπικού χαρακτήρα διαγραμμένα
data-subjects-report-language = Γλώσσα της αναφοράς
data-subjects-make-report = Σύνταξη της αναφοράς
data-subjects-print = Εκτύπωση της αναφοράς
report-title = Δεδομένα προσωπικού χαρακτήρα που τηρούνται για εσάς
report-intro = Η αρχή { $authority } τηρεί τα ακόλουθα δεδομένα προσωπικού χαρακτήρα που σας αφορούν στο Σύστημα Πληροφόρησης για την Εσωτερική Αγορά (IMI), μέσω του οποίου οι αρχές του Ευρωπαϊκού Οικονομικού Χώρου ανταλλάσσουν πληροφορίες σύμφωνα με τον κανονισμό (ΕΕ) αριθ. 1024/2012.
report-made-on = Η αναφορά συντάχθηκε στις { $date }
report-request = Αίτημα { $number }
report-area = Τομέας δικαίου
report-data = Δεδομένα που τηρούνται
report-disclosures = Αποστολές και παραλαβές
report-disclosure-sent = Στάλθηκαν στην αρχή { $authority } στις { $date }
report-disclosure-forwarded = Διαβιβάστηκαν στην αρχή { $authority } στις { $date }
report-disclosure-split-off = Διαβιβάστηκαν εν μέρει στην αρχή { $authority } στις { $date }
report-disclosure-received-from = Ελήφθησαν από την αρχή { $authority } στις { $date }
report-retention = Δέσμευση και διαγραφή
report-blocked-and-deleted = Δέσμευση στις { $blocked } (από τότε κανείς δεν μπορεί να τα δει) και διαγραφή στις { $deleted }.
report-not-ended = Το αίτημα βρίσκεται ακόμη υπό διεκπεραίωση. Τα δεδομένα προσωπικού χαρακτήρα του θα δεσμευθούν { $block ->
    [one] { $block } μήνα
   *[other] { $block } μήνες
} μετά την ολοκλήρωσή του και θα διαγραφούν { $delete ->
    [one] { $delete } μήνα
   *[other] { $delete } μήνες
} μετά την ολοκλήρωσή του.
report-count = { $field }: { $count }
report-field-document = Έγγραφο
report-field-comment = Σχόλιο της αιτούσας αρχής
report-field-note = Μηνύματα και συνοδευτικά κείμενα
report-field-text-answer = Γραπτές απαντήσεις
report-field-answer-comment = Σχόλια επί των απαντήσεων
report-field-inspection-present = Παρουσία στην επιτόπια επιθεώρηση
report-empty = Τα αιτήματα αυτής της αρχής δεν περιέχουν δεδομένα προσωπικού χαρακτήρα που σας αφορούν.
timeline-fields = Διορθωμένα πεδία: { $fields }
request-rectify = Διόρθωση δεδομένων προσωπικού χαρακτήρα
request-rectify-title = Διόρθωση στοιχείων του προσώπου που αφορά το αίτημα
request-rectify-help = Η άλλη αρχή ενημερώνεται για τα πεδία που διορθώσατε. Οι προηγούμενες τιμές δεν διατηρούνται.
request-rectify-save = Αποθήκευση της διόρθωσης
request-comment = Σχόλιο
request-original-language = Γλώσσα πρωτοτύπου: { $language }
request-questions = { $count ->
    [one] Μία ερώτηση
   *[other] { $count } ερωτήσεις
}
request-answer = Απάντηση
request-answer-comment = Σχόλιο επί της απάντησης
request-answer-choose = Επιλέξτε απάντηση
request-answer-date = Ημερομηνία
request-answer-measurement = Μετρηθείσα τιμή ({ $unit })
request-answer-text = Κείμενο απάντησης
request-save-answers = Αποθήκευση απαντήσεων
request-send-answer = Αποστολή της απάντησης
request-actions = Διαθέσιμες ενέργειες
request-propose-days = Ή προτείνετε άλλη προθεσμία, σε ημέρες
request-accept-proposed = Αποδοχή με αυτή την προθεσμία
request-note = Συνοδευτικό κείμενο
request-rating-timeliness = Εγκαιρότητα της απάντησης
request-rating-effort = Ποιότητα της απάντησης
request-rating-choose = Επιλέξτε αξιολόγηση
request-rating-needed = Για να κλείσετε το αίτημα, αξιολογήστε την εγκαιρότητα και την ποιότητα της απάντησης.
confirm-irreversible = Η ενέργεια αυτή δεν μπορεί να αναιρεθεί. Θέλετε να συνεχίσετε;
request-split-choose = Μεταφορά της ερώτησης αυτής σε άλλη αρχή
request-reuse = Νέο αίτημα με βάση το παρόν
request-timeline = Ιστορικό
timeline-new = Νέο μετά την αλλαγή σας
request-message = Μήνυμα προς την άλλη αρχή
request-message-send = Αποστολή μηνύματος
timeline-to = Προς: { $authority }
timeline-split-to = Νέο αίτημα αριθ. { $id }
subject-name = Όνομα
subject-identifier = Αριθμός μητρώου ή ταυτοποίησης
subject-birth-date = Ημερομηνία γέννησης
picker-label = Αναζήτηση αρχής (σε οποιαδήποτε γλώσσα)
picker-more = Εμφάνιση περισσότερων
answer-yes = Ναι
answer-no = Όχι
answer-unknown = Άγνωστο
answer-date = Ημερομηνία
answer-text = Γραπτή απάντηση
answer-measurement = Μετρηθείσα τιμή
answer-document-attached = Το έγγραφο επισυνάπτεται
answer-document-not-available = Το έγγραφο δεν είναι διαθέσιμο
event-created = Δημιουργήθηκε προσχέδιο
event-sent = Απεστάλη
event-withdrawn = Αποσύρθηκε
event-accepted = Έγινε αποδεκτό
event-forwarded = Διαβιβάστηκε
event-info-requested = Ζητήθηκαν πρόσθετες πληροφορίες
event-info-provided = Παρασχέθηκαν πληροφορίες
event-answered = Απαντήθηκε
event-split-off = Ορισμένες ερωτήσεις διαχωρίστηκαν σε νέο αίτημα
event-clarification-requested = Ζητήθηκαν διευκρινίσεις
event-closed = Η απάντηση έγινε αποδεκτή και το αίτημα έκλεισε
event-message = Μήνυμα
event-attachment-added = Επισυνάφθηκε έγγραφο
toast-request-action-send = Το αίτημα απεστάλη.
toast-request-action-delete = Το προσχέδιο διαγράφηκε.
toast-request-action-withdraw = Το αίτημα αποσύρθηκε.
toast-request-action-accept = Το αίτημα έγινε αποδεκτό.
toast-request-action-forward = Το αίτημα διαβιβάστηκε.
toast-request-action-request-info = Η ερώτησή σας στάλθηκε στην αιτούσα αρχή.
toast-request-action-provide-info = Οι πληροφορίες στάλθηκαν.
toast-request-action-answer = Η απάντηση στάλθηκε.
toast-request-action-split-off = Οι ερωτήσεις μεταφέρθηκαν σε νέο αίτημα.
toast-request-action-request-clarification = Το αίτημά σας για διευκρινίσεις στάλθηκε.
toast-request-action-close = Το αίτημα έκλεισε.
toast-answers-saved = Οι απαντήσεις σας αποθηκεύτηκαν.

## Σύνταξη αιτήματος
compose-title = Νέο αίτημα
compose-steps = Βήματα
compose-step-area = Νομοθετικός τομέας
compose-step-authority = Αρχή
compose-step-subject = Ενδιαφερόμενο πρόσωπο
compose-step-questions = Ερωτήσεις
compose-step-details = Σχόλιο και ημερομηνία
compose-step-review = Έλεγχος και αποστολή
compose-back = Πίσω
compose-next = Επόμενο
compose-saved = Το προσχέδιο αριθ. { $id } αποθηκεύτηκε
compose-chosen-authority = Επιλεγμένη αρχή: { $name }
compose-subject-help = Ο ενδιαφερόμενος επαγγελματίας ή πάροχος υπηρεσιών. Η αρχή που λαμβάνει το αίτημα βλέπει τα στοιχεία αυτά μόνο αφού το αποδεχθεί.
compose-comment-help = Γράφεται στη γλώσσα σας· η άλλη αρχή βλέπει σε ποια γλώσσα είναι γραμμένο.
compose-incomplete = Το αίτημα δεν είναι ακόμη πλήρες. Τα στοιχεία που λείπουν είναι επισημασμένα.
compose-draft-title = Προσχέδιο { $number }
compose-questions-filter = Φιλτράρισμα ερωτήσεων
compose-questions-chosen = Επιλεγμένες ερωτήσεις: { $count }
compose-step-attention = χρειάζεται προσοχή
compose-review-fix = Διορθώστε τα παρακάτω πριν από την αποστολή:
compose-review-language = Οι ερωτήσεις εμφανίζονται στη γλώσσα σας· η αρχή που λαμβάνει το αίτημα τις διαβάζει στη δική της γλώσσα.
compose-review-none = Κανένα
field-error-missing = Υποχρεωτικό πεδίο.
field-error-too-long = Υπερβολικά μεγάλο.
field-error-not-in-future = Πρέπει να είναι ημερομηνία μεταγενέστερη της σημερινής.
field-error-in-future = Δεν μπορεί να είναι μελλοντική.
field-error-empty = Δεν μπορεί να είναι κενό.
field-error-duplicate = Επιλέχθηκε δύο φορές.
field-error-unknown = Άγνωστο.
field-error-other-area = Ανήκει σε άλλον νομοθετικό τομέα.
field-error-area-not-handled = Η αρχή αυτή δεν είναι αρμόδια για τον νομοθετικό τομέα του αιτήματος.
field-error-not-allowed = Δεν είναι δυνατό εδώ.
field-error-too-many = Υπερβολικά πολλά.

## Συνημμένα έγγραφα
request-documents = Έγγραφα
request-no-documents = Δεν έχουν επισυναφθεί έγγραφα.
request-documents-withheld = Τα έγγραφα αποτελούν δεδομένα προσωπικού χαρακτήρα: δεν εμφανίζονται εδώ, όπως και τα λοιπά δεδομένα προσωπικού χαρακτήρα του παρόντος αιτήματος.
request-document-size = { $size } KB
upload-label = Επισύναψη εγγράφου
upload-choose = Επιλογή αρχείου…
upload-take-photo = Λήψη φωτογραφίας
upload-keep-original = Αποστολή των φωτογραφιών στο αρχικό τους μέγεθος (διαφορετικά, το μέγεθός τους μειώνεται πρώτα σε αυτή τη συσκευή)
date-day = Ημέρα
date-month = Μήνας
date-year = Έτος
upload-help = Αρχείο PDF, εικόνα ή έγγραφο εφαρμογής γραφείου, έως 20 MB.
upload-question = Ερώτηση στην οποία απαντά το έγγραφο
upload-no-question = Καμία συγκεκριμένη ερώτηση
upload-question-number = Ερώτηση { $number }
upload-progress = Πρόοδος μεταφόρτωσης

## Ειδοποιήσεις μέσω ηλεκτρονικού ταχυδρομείου (το $event είναι ένα από τα μηνύματα event-*)
email-subject = Αίτημα { $number }: { $event }
email-body = Αξιότιμε/Αξιότιμη { $name },

    Η αρχή { $authority } προέβη σε ενέργεια σχετικά με το αίτημα { $number }: { $event }.

    Ανοίξτε το αίτημα: { $link }

    Το μήνυμα αυτό στάλθηκε από το Σύστημα Πληροφόρησης για την Εσωτερική Αγορά. Παρακαλούμε μην απαντήσετε σε αυτό.

## Ειδοποιήσεις
notifications-label = Ειδοποιήσεις
notifications-unread = { $count ->
    [one] { $count } μη αναγνωσμένη ειδοποίηση
   *[other] { $count } μη αναγνωσμένες ειδοποιήσεις
}
notifications-empty = Δεν υπάρχουν ειδοποιήσεις.
notifications-mark-all-read = Σήμανση όλων ως αναγνωσμένων
notification-item = Αίτημα { $number }: { $event }

## Κατανομή και συντονισμός
request-assigned-to = Ανατέθηκε σε: { $name }
request-assign-label = Υπεύθυνος χειριστής
request-unassigned = Δεν έχει ανατεθεί
toast-assigned = Ο υπεύθυνος χειριστής άλλαξε.
toast-saved = Αποθηκεύτηκε.
inbox-allocation-toggle = Κάθε εισερχόμενο αίτημα ανατίθεται από υπεύθυνο κατανομής σε έναν από τους χειριστές αιτημάτων της αρχής μας
event-assigned = Ανατέθηκε σε χειριστή
event-reminded = Υπενθύμιση από τον συντονιστή
event-inactive = Καμία ενέργεια επί δύο μήνες
event-rectified = Διορθώθηκαν δεδομένα προσωπικού χαρακτήρα
nav-coordination = Συντονισμός
coordination-title = Αιτήματα χωρίς δραστηριότητα
coordination-intro = Αιτήματα των αρχών της χώρας σας για τα οποία δεν έχει γίνει καμία ενέργεια επί περισσότερο από δύο μήνες. Ανοίξτε ένα αίτημα για να το διαβιβάσετε ή στείλτε υπενθύμιση στην αρχή από την οποία αναμένεται η επόμενη ενέργεια.
coordination-empty = Κανένα αίτημα δεν έχει μείνει χωρίς δραστηριότητα επί δύο μήνες.
coordination-last-change = Τελευταία αλλαγή: { $date }
coordination-remind = Αποστολή υπενθύμισης
toast-reminded = Η υπενθύμιση στάλθηκε.

## Μηχανική μετάφραση ελεύθερου κειμένου
request-translate = Μετάφραση στη γλώσσα μου
request-info-asked = Η αρχή { $authority } ζητά τις ακόλουθες πληροφορίες:
request-translation-unavailable = Το κείμενο αυτό είναι σε άλλη γλώσσα και η μηχανική μετάφραση δεν έχει ρυθμιστεί σε αυτόν τον διακομιστή.
request-machine-translation = Μηχανική μετάφραση:

## Φίλτρα επισκόπησης
inbox-state-label = Κατάσταση
inbox-any-state = Όλες οι καταστάσεις
inbox-from-label = Τελευταία αλλαγή από
inbox-to-label = Τελευταία αλλαγή έως
inbox-assigned-to-me = Μόνο αιτήματα που έχουν ανατεθεί σε εμένα

## Προσκλήσεις μέσω ηλεκτρονικού ταχυδρομείου και ταυτόχρονη επεξεργασία
email-invitation-subject = Ο λογαριασμός σας στο Σύστημα Πληροφόρησης για την Εσωτερική Αγορά (IMI): { $authority }
email-invitation-body = Αξιότιμε/Αξιότιμη { $name },

    { $inviter } δημιούργησε για εσάς λογαριασμό στο Σύστημα Πληροφόρησης για την Εσωτερική Αγορά (IMI), ως χρήστη της αρχής { $authority }.

    Για να τον ενεργοποιήσετε, ανοίξτε τον ακόλουθο σύνδεσμο και επιλέξτε τον κωδικό πρόσβασής σας: { $link }

    Ο σύνδεσμος μπορεί να χρησιμοποιηθεί μόνο μία φορά και ισχύει για { $days ->
        [one] μία ημέρα
       *[other] { $days } ημέρες
    }. Αν δεν αναμένατε το μήνυμα αυτό, μπορείτε να το αγνοήσετε.

error-edit-conflict = Κάποιος άλλος χρήστης αποθήκευσε την εγγραφή αυτή αφού την ανοίξατε. Φορτώστε ξανά τη σελίδα για να δείτε τις αλλαγές του και, στη συνέχεια, κάντε ξανά τις δικές σας.
error-invalid-parameter = Η διεύθυνση αυτής της σελίδας δεν είναι έγκυρη. Ελέγξτε τον σύνδεσμο ή επιστρέψτε στην προηγούμενη σελίδα και δοκιμάστε ξανά.
error-rate-limited = Η ενέργεια αυτή πραγματοποιήθηκε πριν από λίγο και δεν μπορεί να επαναληφθεί ακόμη. Δοκιμάστε ξανά αργότερα.
error-second-factor-required = Εισαγάγετε τον κωδικό από την εφαρμογή ελέγχου ταυτότητας.
error-invalid-second-factor = Ο κωδικός είναι λανθασμένος ή έχει λήξει. Εισαγάγετε τον κωδικό που εμφανίζει τώρα η εφαρμογή.
error-second-factor-setup-required = Οι ρόλοι σας απαιτούν επαλήθευση σε δύο βήματα. Για να συνεχίσετε, ενεργοποιήστε την από τη σελίδα του λογαριασμού σας.
error-storage-full = Δεν ήταν δυνατή η αποθήκευση του εγγράφου, επειδή ο αποθηκευτικός χώρος του διακομιστή είναι πλήρης. Δεν αποθηκεύτηκε τίποτα. Ενημερώστε τον διαχειριστή του συστήματος IMI.
error-personal-data-blocked = Τα δεδομένα προσωπικού χαρακτήρα αυτού του αιτήματος έχουν δεσμευθεί σύμφωνα με τους κανόνες διατήρησης: δεν μπορεί να προστεθεί τίποτα σε αυτό.
error-idempotency-key-reused = Η αλλαγή αυτή έχει ήδη σταλεί με διαφορετικό περιεχόμενο. Φορτώστε ξανά τη σελίδα και κάντε την αλλαγή εκ νέου.
error-request-in-progress = Η αλλαγή αυτή βρίσκεται ακόμη υπό επεξεργασία. Περιμένετε λίγο και δοκιμάστε ξανά.
error-device-storage-full = Η συσκευή αυτή δεν διαθέτει πλέον χώρο για να διατηρήσει την αλλαγή μέχρι να αποκατασταθεί η σύνδεση. Δεν διατηρήθηκε τίποτα: ελευθερώστε χώρο στη συσκευή ή κάντε την αλλαγή όταν είστε συνδεδεμένοι.
error-too-large-to-keep = Το έγγραφο αυτό είναι πολύ μεγάλο για να διατηρηθεί στη συσκευή μέχρι να αποκατασταθεί η σύνδεση. Επισυνάψτε το όταν είστε συνδεδεμένοι.

## Διαχείριση μητρώου (συντονιστές) και διαχείριση χρηστών (τοπικοί διαχειριστές δεδομένων)
nav-registry = Μητρώο
nav-users = Χρήστες
registry-title = Διαχείριση μητρώου
registry-intro = Καταχωρίστε τις αρχές της χώρας σας ή εισαγάγετε πολλές μαζί από αρχείο CSV. Για να διορθώσετε τα στοιχεία μιας αρχής, αναζητήστε την και ανοίξτε το προφίλ της.
registry-new = Καταχώριση αρχής
registry-import-title = Εισαγωγή από αρχείο CSV
registry-import-help = Μία αρχή ανά γραμμή, με τις στήλες που περιγράφονται στον οδηγό εισαγωγής. Αν κάποια γραμμή είναι λανθασμένη, δεν εισάγεται τίποτα· η εκ νέου εισαγωγή του ίδιου αρχείου δεν αλλάζει τίποτα.
registry-import-file = Αρχείο CSV
registry-import-progress = Πρόοδος εισαγωγής
registry-import-done = Αποτέλεσμα εισαγωγής: νέες { $created }, ενημερωμένες { $updated }, αμετάβλητες { $unchanged }.
registry-import-refused = Δεν εισήχθη τίποτα. Διορθώστε τις παρακάτω γραμμές και εισαγάγετε ξανά το αρχείο:
registry-import-line = Γραμμή
registry-import-column = Στήλη
registry-import-reason = Πρόβλημα
form-title-new = Καταχώριση αρχής
form-title-edit = Επεξεργασία: { $name }
form-errors = Διορθώστε τα επισημασμένα πεδία.
form-name = Ονομασία στη γλώσσα της αρχής
form-name-language = Γλώσσα της ονομασίας
form-other-names = Ονομασίες σε άλλες επίσημες γλώσσες
form-other-name = Άλλη ονομασία { $number }
form-other-name-add = Προσθήκη ονομασίας σε άλλη γλώσσα
form-other-name-remove = Αφαίρεση
form-name-en = Ονομασία στα αγγλικά
form-city = Πόλη
form-level-help = Το τμήμα της χώρας για το οποίο είναι αρμόδια η αρχή. Όταν περισσότερες αρχές αντιστοιχούν εξίσου σε μια αναζήτηση, εμφανίζεται πρώτη η αρχή εθνικής αρμοδιότητας.
form-phone-help = Σε διεθνή μορφή, για παράδειγμα +371 6701 2345.
form-competences-filter = Αναζήτηση αρμοδιότητας προς προσθήκη
form-administrator = Πρώτος τοπικός διαχειριστής δεδομένων
form-administrator-help = Το πρόσωπο αυτό λαμβάνει πρόσκληση μέσω ηλεκτρονικού ταχυδρομείου, επιλέγει κωδικό πρόσβασης και στη συνέχεια διαχειρίζεται τους χρήστες της αρχής.
form-person-name = Ονοματεπώνυμο
form-invitation-language = Γλώσσα της πρόσκλησης
form-save = Αποθήκευση
form-register = Καταχώριση
form-cancel = Ακύρωση
profile-edit = Επεξεργασία
authority-send-request = Αποστολή αιτήματος σε αυτή την αρχή
profile-area-coordinator = Συντονιστής IMI για τους νομοθετικούς τομείς της
profile-other-names = Άλλες ονομασίες
profile-registered-by = Καταχωρίστηκε από
profile-registered-by-value = { $user }, { $authority }
users-title = Χρήστες
users-roles = Ρόλοι
users-active = Ενεργός λογαριασμός
users-pending = Η πρόσκληση δεν έχει γίνει ακόμη αποδεκτή
users-invitation-expired = Η πρόσκληση έχει λήξει
users-resend-invitation = Εκ νέου αποστολή πρόσκλησης
toast-invitation-resent = Στάλθηκε νέα πρόσκληση· ο προηγούμενος σύνδεσμος δεν ισχύει πλέον.
users-inactive = Απενεργοποιημένος λογαριασμός
users-invited-by = Πρόσκληση από: { $name }
users-may-log-in = Μπορεί να συνδεθεί
users-invite-title = Πρόσκληση συναδέλφου
users-invite = Αποστολή πρόσκλησης
toast-invited = Η πρόσκληση στάλθηκε.
invitation-title = Καλώς ορίσατε στο IMI
invitation-intro = { $name }, έχετε προσκληθεί στο Σύστημα Πληροφόρησης για την Εσωτερική Αγορά ως χρήστης της αρχής { $authority } ({ $country }). Επιλέξτε κωδικό πρόσβασης για να ενεργοποιήσετε τον λογαριασμό σας.
password-help = { $count ->
    [one] Τουλάχιστον ένας χαρακτήρας. Μερικές άσχετες μεταξύ τους λέξεις αποτελούν καλό κωδικό πρόσβασης· οι συνηθισμένοι κωδικοί πρόσβασης, καθώς και το όνομα ή η διεύθυνση ηλεκτρονικού ταχυδρομείου σας, απορρίπτονται.
   *[other] Τουλάχιστον { $count } χαρακτήρες. Μερικές άσχετες μεταξύ τους λέξεις αποτελούν καλό κωδικό πρόσβασης· οι συνηθισμένοι κωδικοί πρόσβασης, καθώς και το όνομα ή η διεύθυνση ηλεκτρονικού ταχυδρομείου σας, απορρίπτονται.
}
invitation-repeat = Επανάληψη του κωδικού πρόσβασης
invitation-mismatch = Οι δύο κωδικοί πρόσβασης δεν ταυτίζονται.
invitation-accept = Ενεργοποίηση του λογαριασμού μου
invitation-invalid = Ο σύνδεσμος πρόσκλησης είναι άγνωστος, έχει ήδη χρησιμοποιηθεί ή έχει λήξει. Ζητήστε νέα πρόσκληση από τον τοπικό διαχειριστή δεδομένων ή από τον συντονιστή IMI.
field-error-invalid-email = Μη έγκυρη διεύθυνση ηλεκτρονικού ταχυδρομείου.
field-error-invalid-phone = Δεν είναι αριθμός τηλεφώνου σε διεθνή μορφή (+ ακολουθούμενο από ψηφία).
field-error-not-yours = Εκτός των νομοθετικών τομέων που συντονίζετε.
field-error-taken = Χρησιμοποιείται ήδη από άλλον λογαριασμό.
field-error-too-short = Υπερβολικά σύντομο.
field-error-last-administrator = Η αρχή πρέπει να διατηρεί τουλάχιστον έναν ενεργό τοπικό διαχειριστή δεδομένων.
field-error-control-character = Περιέχει χαρακτήρα ελέγχου ή χαρακτήρα κατεύθυνσης κειμένου· αφαιρέστε τον.
field-error-not-own-country = Επιλέξτε αρχή της χώρας σας.
field-error-too-personal = Δεν πρέπει να περιέχει τη διεύθυνση ηλεκτρονικού ταχυδρομείου ή το όνομά σας.
field-error-too-guessable = Μαντεύεται πολύ εύκολα: πρόκειται για συνηθισμένο κωδικό πρόσβασης ή για κάποιον πολύ παρόμοιο. Χρησιμοποιήστε μια μεγαλύτερη φράση από άσχετες μεταξύ τους λέξεις.
field-error-wrong-code = Ο κωδικός είναι λανθασμένος ή έχει λήξει.
field-error-no-setup = Η ρύθμιση δεν ξεκίνησε ή αντικαταστάθηκε από νεότερη· ξεκινήστε την ξανά.
field-error-no-second-factor = Η επαλήθευση σε δύο βήματα δεν είναι ενεργοποιημένη.
field-error-required-by-role = Οι ρόλοι σας απαιτούν επαλήθευση σε δύο βήματα· δεν μπορεί να απενεργοποιηθεί.
field-error-wrong-password = Ο κωδικός πρόσβασης είναι λανθασμένος.
field-error-self = Δεν μπορείτε να απενεργοποιήσετε τον δικό σας λογαριασμό.
field-error-other-country = Ανήκει σε άλλη χώρα.
field-error-not-utf8 = Το αρχείο δεν είναι κείμενο UTF-8. Αποθηκεύστε το από το υπολογιστικό σας φύλλο ως «CSV UTF-8».
field-error-unreadable = Η γραμμή αυτή δεν μπορεί να διαβαστεί ως CSV.
field-error-unknown-column = Άγνωστη στήλη.
field-error-missing-column = Λείπει υποχρεωτική στήλη.
field-error-wrong-column-count = Η γραμμή αυτή δεν έχει τόσα κελιά όσα η γραμμή επικεφαλίδων.
field-error-too-many-rows = Πάρα πολλές γραμμές: έως 20.000 ανά αρχείο.
field-error-invalid-format = Δεν έχει την αναμενόμενη μορφή.
field-error-duplicate-of-line = Ίδιος κωδικός αναφοράς με αυτόν της γραμμής { $line }.
field-error-out-of-range = Εκτός του επιτρεπόμενου εύρους.
field-error-out-of-range-between = Πρέπει να είναι μεταξύ { $min } και { $max }.
field-error-invalid-date = Μη έγκυρη ημερομηνία.
field-error-nonexistent-date = Η ημερομηνία αυτή δεν υπάρχει.
field-error-invalid-person-name = Δεν είναι όνομα προσώπου.
field-error-invalid-register-reference = Μη έγκυρος αριθμός μητρώου.
field-error-unknown-country = Χώρα άγνωστη στο σύστημα.
field-error-unknown-placeholder = Σύμβολο κράτησης θέσης άγνωστο στο σύστημα.
field-error-unexpected = Δεν ανήκει στις επιλεγμένες ερωτήσεις.
field-error-line-break = Πρέπει να χωρά σε μία γραμμή.
field-error-none-left = Τουλάχιστον μία ερώτηση πρέπει να παραμείνει στο αίτημα.
field-error-not-a-handler = Δεν είναι ενεργός χειριστής αιτημάτων της αρχής αυτής.
field-error-not-a-coordinator = Δεν είναι συντονιστής IMI.
field-error-not-asked = Δεν είναι μία από τις ερωτήσεις του αιτήματος.
field-error-not-here = Δεν είναι δυνατό εδώ.
field-error-unterminated = Ένα σύμβολο κράτησης θέσης ανοίγει αλλά δεν κλείνει.
field-error-empty-name = Ένα σύμβολο κράτησης θέσης δεν έχει όνομα.
field-error-invalid-name = Το όνομα ενός συμβόλου κράτησης θέσης δεν είναι έγκυρο.
field-error-mismatched-delimiters = Οι αγκύλες δεν αντιστοιχούν μεταξύ τους.
field-error-nested = Ένα σύμβολο κράτησης θέσης βρίσκεται μέσα σε άλλο.
field-error-wrong-kind = Αυτό το είδος απάντησης δεν αντιστοιχεί στην ερώτηση.
field-error-no-attachment = Δεν έχει επισυναφθεί έγγραφο στην ερώτηση αυτή.

## Λογαριασμός: επαλήθευση σε δύο βήματα, συνεδρίες, κωδικός πρόσβασης
login-code = Κωδικός από την εφαρμογή ελέγχου ταυτότητας
login-code-intro = Ο λογαριασμός σας χρησιμοποιεί επαλήθευση σε δύο βήματα. Εισαγάγετε τον κωδικό που εμφανίζει τώρα η εφαρμογή ελέγχου ταυτότητας.
login-code-help = Έξι ψηφία από την εφαρμογή ή ένας από τους κωδικούς ανάκτησης.
user-account = Ο λογαριασμός σας
account-title = Ο λογαριασμός σας
account-second-factor-title = Επαλήθευση σε δύο βήματα
account-second-factor-intro = Μετά τον κωδικό πρόσβασης, κατά τη σύνδεση ζητείται εξαψήφιος κωδικός από εφαρμογή ελέγχου ταυτότητας στο κινητό σας, όπως FreeOTP, Aegis, Google Authenticator ή Microsoft Authenticator.
account-second-factor-required = Οι ρόλοι σας (τοπικός διαχειριστής δεδομένων ή συντονιστής IMI) απαιτούν επαλήθευση σε δύο βήματα. Ρυθμίστε την τώρα για να συνεχίσετε.
account-second-factor-on = { $count ->
    [one] Η επαλήθευση σε δύο βήματα είναι ενεργοποιημένη. Απομένει ένας κωδικός ανάκτησης.
   *[other] Η επαλήθευση σε δύο βήματα είναι ενεργοποιημένη. Απομένουν { $count } κωδικοί ανάκτησης.
}
account-second-factor-off = Η επαλήθευση σε δύο βήματα είναι απενεργοποιημένη.
account-second-factor-start = Ρύθμιση επαλήθευσης σε δύο βήματα
account-second-factor-scan = Σαρώστε αυτόν τον κωδικό QR με την εφαρμογή ελέγχου ταυτότητας ή πληκτρολογήστε σε αυτήν το κλειδί που εμφανίζεται παρακάτω. Στη συνέχεια, εισαγάγετε τον κωδικό που εμφανίζει η εφαρμογή.
account-second-factor-qr = Κωδικός QR για την προσθήκη του λογαριασμού σας σε εφαρμογή ελέγχου ταυτότητας
account-second-factor-key = Κλειδί
account-second-factor-code = Κωδικός από την εφαρμογή
account-second-factor-confirm = Ενεργοποίηση επαλήθευσης σε δύο βήματα
account-second-factor-disable = Απενεργοποίηση επαλήθευσης σε δύο βήματα
account-recovery-title = Κωδικοί ανάκτησης
account-recovery-intro = Φυλάξτε αυτούς τους κωδικούς σε ασφαλές μέρος, χωριστά από το κινητό σας. Αν χάσετε το κινητό, καθένας τους σας επιτρέπει να συνδεθείτε μία φορά. Εμφανίζονται μόνο τώρα.
account-recovery-done = Τους έχω αποθηκεύσει
account-recovery-renew = Νέοι κωδικοί ανάκτησης
account-sessions-title = Πού είστε συνδεδεμένοι
account-session-browser = Πρόγραμμα περιήγησης
account-session-address = Διεύθυνση IP
account-session-started = Έναρξη
account-session-ends = Λήξη
account-session-current = Αυτή η συνεδρία
account-session-unknown = Άγνωστο
account-session-end = Τερματισμός συνεδρίας
account-sessions-end-others = Τερματισμός όλων των άλλων συνεδριών
account-password-title = Κωδικός πρόσβασης
account-password-current = Τρέχων κωδικός πρόσβασης
account-password-new = Νέος κωδικός πρόσβασης
account-password-repeat = Επανάληψη του νέου κωδικού πρόσβασης
account-password-change = Αλλαγή κωδικού πρόσβασης
toast-second-factor-on = Η επαλήθευση σε δύο βήματα ενεργοποιήθηκε.
toast-second-factor-off = Η επαλήθευση σε δύο βήματα απενεργοποιήθηκε.
toast-recovery-renewed = Δημιουργήθηκαν νέοι κωδικοί ανάκτησης· οι παλιοί δεν ισχύουν πλέον.
toast-session-ended = Η συνεδρία τερματίστηκε.
toast-sessions-ended = Οι άλλες συνεδρίες σας τερματίστηκαν.
toast-password-changed = Ο κωδικός πρόσβασης άλλαξε και οι άλλες συνεδρίες σας τερματίστηκαν.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Στατιστικά στοιχεία
## Το $number είναι πλήθος γραμμένο σύμφωνα με τις τοπικές ρυθμίσεις του αναγνώστη και το $count το ίδιο πλήθος ως αριθμός
## (για τον τύπο πληθυντικού). Τα $from, $to και $today είναι ημερομηνίες· τα $value, $green και $red είναι τιμές
## ήδη γραμμένες σύμφωνα με τις τοπικές ρυθμίσεις του αναγνώστη (ποσοστό ή ημέρες)· το $zone είναι ζώνη ώρας
## (UTC)· το $indicator είναι η ονομασία ενός από τους δείκτες statistics-figure-*.
nav-statistics = Στατιστικά στοιχεία
statistics-title = Στατιστικά στοιχεία
statistics-intro = Πόσα αιτήματα διακινούνται, πόσο γρήγορα γίνονται αποδεκτά και απαντώνται και πώς αξιολογούν οι αιτούσες αρχές τις απαντήσεις. Τα στοιχεία αυτά δεν περιλαμβάνουν πρόσωπα, ονόματα ή κείμενα.
statistics-print = Εκτύπωση
statistics-filters = Φίλτρα
statistics-from = Από
statistics-to = Έως
statistics-partner = Χώρα-εταίρος
statistics-direction = Κατεύθυνση
statistics-direction-all = Απεσταλμένα και ληφθέντα
statistics-direction-sent = Απεσταλμένα
statistics-direction-received = Ληφθέντα
statistics-granularity = Βήμα της χρονοσειράς
statistics-granularity-month = Μήνας
statistics-granularity-quarter = Τρίμηνο
statistics-granularity-year = Έτος
statistics-whose = Στοιχεία για
statistics-scope-everything = Όλες οι χώρες
statistics-scope-areas = { $country }: οι τομείς σας
statistics-scope-authority = Η αρχή σας
statistics-your-areas = Οι νομοθετικοί τομείς σας
statistics-period = Αιτήματα που απεστάλησαν από { $from } έως { $to }
statistics-as-of = Ως ημέρες νοούνται οι ημερολογιακές ημέρες κατά { $zone }· στοιχεία της { $today }.
statistics-volumes-heading = Όγκος αιτημάτων
statistics-performance-heading = Ταχύτητα και ικανοποίηση
statistics-performance-intro = Η ταχύτητα και η ικανοποίηση αφορούν την πλευρά που απαντά: υπολογίζονται με βάση τα αιτήματα που απεστάλησαν στις αρχές αυτές κατά την περίοδο. Για κάθε δείκτη αναφέρεται σε πόσα αιτήματα βασίζεται· ένας δείκτης που βασίζεται σε λίγα αιτήματα μπορεί να μεταβάλλεται σημαντικά.
statistics-figure-sent = Αιτήματα που απεστάλησαν
statistics-figure-received = Αιτήματα που ελήφθησαν
statistics-figure-open-now = Ανοικτά σήμερα
statistics-figure-overdue-now = Εκπρόθεσμα σήμερα
statistics-figure-accepted-in-time = Αποδοχή εντός 7 ημερών
statistics-figure-average-days = Μέσος αριθμός ημερών έως την απάντηση
statistics-figure-median-days = Διάμεσος αριθμός ημερών έως την απάντηση
statistics-figure-by-agreed-date = Απάντηση εντός της συμφωνηθείσας προθεσμίας
statistics-figure-within-two-weeks = Απάντηση εντός δύο εβδομάδων
statistics-figure-negative-timeliness = Αρνητικές αξιολογήσεις της εγκαιρότητας
statistics-figure-negative-effort = Αρνητικές αξιολογήσεις της ποιότητας
statistics-what-is-counted = Τι υπολογίζεται
statistics-definition-sent = Αιτήματα που απέστειλαν οι αρχές αυτές κατά την περίοδο, καθένα από τα οποία υπολογίζεται την ημέρα της αποστολής του. Τα προσχέδια δεν υπολογίζονται ποτέ. Ένα αίτημα που διαβιβάστηκε υπολογίζεται μία φορά· ένα αίτημα που διαχωρίστηκε από άλλο αποτελεί αυτοτελές αίτημα, το οποίο θεωρείται ότι απεστάλη την ημέρα του διαχωρισμού· ένα αίτημα που αποσύρθηκε εξακολουθεί να υπολογίζεται. Ως ημέρες νοούνται οι ημερολογιακές ημέρες κατά UTC.
statistics-definition-received = Αιτήματα που απεστάλησαν στις αρχές αυτές κατά την περίοδο, καθένα από τα οποία υπολογίζεται την ημέρα της αποστολής του. Ένα αίτημα που διαβιβάστηκε υπολογίζεται μία φορά, για την αρχή στην οποία βρίσκεται τελευταία· ένα αίτημα που αποσύρθηκε εξακολουθεί να υπολογίζεται. Ως ημέρες νοούνται οι ημερολογιακές ημέρες κατά UTC.
statistics-definition-open-now = Αιτήματα των αρχών αυτών, απεσταλμένα ή ληφθέντα, που σήμερα βρίσκονται σε αναμονή αποδοχής, έχουν γίνει αποδεκτά ή αναμένουν πληροφορίες, ανεξάρτητα από το πότε απεστάλησαν: ο δείκτης αυτός δεν περιορίζεται στην περίοδο.
statistics-definition-overdue-now = Από τα αιτήματα που είναι σήμερα ανοικτά, εκείνα των οποίων η συμφωνηθείσα προθεσμία έχει παρέλθει κατά τη σημερινή ημέρα (ημερολογιακές ημέρες κατά UTC). Ούτε ο δείκτης αυτός περιορίζεται στην περίοδο.
statistics-definition-accepted-in-time = Από τα ληφθέντα αιτήματα που έγιναν αποδεκτά ή αναμένουν αποδοχή για περισσότερες από 7 ημέρες, το ποσοστό εκείνων που έγιναν αποδεκτά το αργότερο 7 ημερολογιακές ημέρες μετά την παραλαβή. Ως ημέρα παραλαβής ενός αιτήματος νοείται η ημέρα της αποστολής του ή, αν διαβιβάστηκε, η ημέρα της τελευταίας διαβίβασης, ώστε να μη χρεώνονται σε μια αρχή οι ημέρες κατά τις οποίες το αίτημα βρισκόταν σε άλλη αρχή. Ένα αίτημα που αποσύρθηκε υπολογίζεται μόνο αν είχε γίνει αποδεκτό. Ως ημέρες νοούνται οι ημερολογιακές ημέρες κατά UTC.
statistics-definition-average-days = Ο μέσος αριθμός ημερολογιακών ημερών (UTC) από την παραλαβή (ημέρα αποστολής ή τελευταίας διαβίβασης) έως την πρώτη απάντηση, για τα ληφθέντα αιτήματα που έχουν απαντηθεί. Αν ζητήθηκαν διευκρινίσεις μετά από απάντηση, εξακολουθεί να υπολογίζεται η πρώτη απάντηση.
statistics-definition-median-days = Η μεσαία τιμή των ίδιων αριθμών ημερών από την παραλαβή έως την πρώτη απάντηση: οι μισές απαντήσεις χρειάστηκαν τόσο ή λιγότερο χρόνο. Σε άρτιο αριθμό απαντήσεων λαμβάνεται η μικρότερη από τις δύο μεσαίες τιμές.
statistics-definition-by-agreed-date = Από τα απαντημένα αιτήματα με συμφωνηθείσα προθεσμία, το ποσοστό εκείνων που απαντήθηκαν για πρώτη φορά έως και την ημέρα αυτή (ημερολογιακές ημέρες κατά UTC).
statistics-definition-within-two-weeks = Από τα απαντημένα αιτήματα, το ποσοστό εκείνων που απαντήθηκαν για πρώτη φορά το αργότερο 14 ημερολογιακές ημέρες (UTC) μετά την παραλαβή (ημέρα αποστολής ή τελευταίας διαβίβασης).
statistics-definition-negative-timeliness = Από τα ληφθέντα αιτήματα που η αιτούσα αρχή αξιολόγησε κατά το κλείσιμό τους, το ποσοστό εκείνων για τα οποία αξιολόγησε αρνητικά την εγκαιρότητα της απάντησης.
statistics-definition-negative-effort = Από τα ληφθέντα αιτήματα που η αιτούσα αρχή αξιολόγησε κατά το κλείσιμό τους, το ποσοστό εκείνων για τα οποία αξιολόγησε αρνητικά την ποιότητα της απάντησης.
statistics-no-figure = Κανένα αίτημα
statistics-based-on = { $count ->
    [one] Με βάση { $number } αίτημα
   *[other] Με βάση { $number } αιτήματα
}
statistics-eea = ΕΟΧ
statistics-eea-value = ΕΟΧ: { $value }
statistics-band-green = Καλή επίδοση
statistics-band-yellow = Υπό παρακολούθηση
statistics-band-red = Ανεπαρκής επίδοση
statistics-legend-title = Όρια των κατηγοριών επίδοσης
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: καλή επίδοση από { $green }, ανεπαρκής κάτω από { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: καλή επίδοση κάτω από { $green }, ανεπαρκής πάνω από { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: καλή επίδοση από { $green }, ανεπαρκής κάτω από { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: καλή επίδοση κάτω από { $green }, ανεπαρκής από { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: καλή επίδοση κάτω από { $green }, ανεπαρκής από { $red }.
statistics-quarter = { $quarter }ο τρίμηνο { $year }
statistics-quarter-short = { $quarter }ο τρίμ.
statistics-charts-heading = Διαχρονική εξέλιξη
statistics-volumes-title = Απεσταλμένα και ληφθέντα αιτήματα
statistics-acceptance-title = Ποσοστό αιτημάτων που έγιναν αποδεκτά εντός 7 ημερών
statistics-days-title = Μέσος αριθμός ημερών έως την απάντηση
statistics-axis-requests = Αιτήματα
statistics-axis-share = Ποσοστό
statistics-axis-days = Ημέρες
statistics-show-table = Προβολή ως πίνακα
statistics-tables-heading = Αναλυτικά στοιχεία
statistics-column-period = Περίοδος
statistics-column-sent = Απεσταλμένα
statistics-column-received = Ληφθέντα
statistics-column-based-on = Βάση (αιτήματα)
statistics-column-area = Νομοθετικός τομέας
statistics-column-partner = Χώρα-εταίρος
statistics-column-country = Χώρα
statistics-column-from-to = Από (γραμμές) προς (στήλες)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Αιτήματα ανά νομοθετικό τομέα
statistics-by-partner-title = Αιτήματα ανά χώρα-εταίρο
statistics-by-partner-intro = Χώρα-εταίρος είναι η χώρα της άλλης πλευράς: για αίτημα που απεστάλη, η χώρα που απαντά· για αίτημα που ελήφθη, η αιτούσα χώρα.
statistics-exchanges-title = Αιτήματα από χώρα σε χώρα
statistics-exchanges-intro = Κάθε γραμμή αντιστοιχεί σε αιτούσα χώρα και κάθε στήλη σε χώρα που απαντά· εμφανίζονται μόνο οι χώρες με αιτήματα κατά την περίοδο.
statistics-scoreboard-title = Πίνακας αποτελεσμάτων των χωρών που απαντούν
statistics-scoreboard-intro = Οι δείκτες κάθε χώρας ως πλευράς που απαντά, για τα αιτήματα που έλαβε κατά την περίοδο, με τις κατηγορίες επίδοσής τους σύμφωνα με τα ανωτέρω όρια.
statistics-csv = Λήψη αρχείου CSV
statistics-csv-failed = Το πρόγραμμα περιήγησης δεν μπόρεσε να δημιουργήσει το αρχείο.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: κατηγορία επίδοσης
statistics-csv-based-on = { $indicator }: βάση (αιτήματα)
statistics-empty-title = Κανένα αίτημα κατά την περίοδο αυτή
statistics-empty-body = Κατά την περίοδο αυτή δεν απεστάλη κανένα αίτημα που να αντιστοιχεί στα φίλτρα αυτά. Επιλέξτε μεγαλύτερη περίοδο ή λιγότερα φίλτρα.
statistics-error-before-start = Δεν μπορεί να είναι πριν από την πρώτη ημέρα της περιόδου.
statistics-error-too-long = { $count ->
    [one] Η περίοδος δεν μπορεί να υπερβαίνει τη { $days } ημέρα.
   *[other] Η περίοδος δεν μπορεί να υπερβαίνει τις { $days } ημέρες.
}

## Προειδοποιήσεις: μία αρχή προειδοποιεί πολλές

role-alert_coordinator = Συντονιστής προειδοποιήσεων
field-error-before-start = Δεν μπορεί να είναι προγενέστερη της ημερομηνίας από την οποία ισχύει η απόφαση.
alert-state-draft = Προσχέδιο
alert-state-awaiting-approval = Σε αναμονή έγκρισης από τον συντονιστή προειδοποιήσεων
alert-state-sent = Απεσταλμένη
alert-state-closure-proposed = Προτάθηκε το κλείσιμο
alert-state-closed = Κλειστή
alert-state-withdrawn = Αποσυρμένη
alert-action-edit = Επεξεργασία
alert-action-delete = Διαγραφή προσχεδίου
alert-action-send = Αποστολή προειδοποίησης
alert-action-approve = Έγκριση και αποστολή
alert-action-reject = Επιστροφή στον αποστολέα
alert-action-acknowledge = Επιβεβαίωση παραλαβής για λογαριασμό της χώρας
alert-action-pass-on = Διαβίβαση στις αρχές
alert-action-acknowledge-receipt = Επιβεβαίωση παραλαβής
alert-action-modify = Τροποποίηση
alert-action-withdraw = Απόσυρση
alert-action-propose-closure = Πρόταση κλεισίματος
alert-action-reject-closure = Διατήρηση της προειδοποίησης ανοικτής
alert-action-close = Κλείσιμο προειδοποίησης
alert-event-created = Δημιουργήθηκε προσχέδιο
alert-event-submitted = Υποβλήθηκε προς έγκριση
alert-event-approved = Εγκρίθηκε από τον συντονιστή προειδοποιήσεων
alert-event-rejected = Επεστράφη στον αποστολέα
alert-event-sent = Η προειδοποίηση απεστάλη
alert-event-acknowledged = Η παραλαβή επιβεβαιώθηκε από τον συντονιστή προειδοποιήσεων της χώρας
alert-event-passed-on = Διαβιβάστηκε στις αρμόδιες αρχές
alert-event-receipt-acknowledged = Η παραλαβή επιβεβαιώθηκε από την αρχή
alert-event-modified = Η προειδοποίηση τροποποιήθηκε
alert-event-withdrawn = Η προειδοποίηση αποσύρθηκε
alert-event-withdrawn-wrong = Η προειδοποίηση αποσύρθηκε: αποδείχθηκε αβάσιμη
alert-event-closure-proposed = Προτάθηκε το κλείσιμο
alert-event-closure-rejected = Η προειδοποίηση παραμένει ανοικτή
alert-event-closed = Η προειδοποίηση έκλεισε
alert-event-end-reminder = Η απόφαση δεν ισχύει πλέον: κλείστε ή αποσύρετε την προειδοποίηση
alert-event-late-reminder = Υπέρβαση προθεσμίας: η απόφαση έπαψε να ισχύει πριν από περισσότερες από 3 ημέρες και η προειδοποίηση παραμένει ανοικτή
email-alert-subject = Προειδοποίηση { $number }: { $event }
email-alert-body = Αξιότιμε/Αξιότιμη { $name },

    Η αρχή { $authority } προέβη σε ενέργεια σχετικά με την προειδοποίηση { $number } ({ $kind }): { $event }.

    Ανοίξτε την προειδοποίηση: { $link }

    Το μήνυμα αυτό στάλθηκε από το Σύστημα Πληροφόρησης για την Εσωτερική Αγορά. Παρακαλούμε μην απαντήσετε σε αυτό.

alert-delivery-received = Παραλήφθηκε, η παραλαβή δεν έχει ακόμη επιβεβαιωθεί
alert-delivery-acknowledged = Η παραλαβή επιβεβαιώθηκε
alert-delivery-passed-on = Διαβιβάστηκε στις αρμόδιες αρχές
alert-box-drafts = Προσχέδια προειδοποιήσεων
alert-box-sent = Απεσταλμένες προειδοποιήσεις
alert-box-to-approve = Προειδοποιήσεις προς έγκριση
alert-box-to-acknowledge = Προειδοποιήσεις προς επιβεβαίωση παραλαβής
alert-box-received = Ληφθείσες προειδοποιήσεις

## Alerts: the pages

nav-alerts = Προειδοποιήσεις
alerts-title = Προειδοποιήσεις
alerts-intro = Οι προειδοποιήσεις επισημαίνουν στις αρμόδιες αρχές άλλων χωρών ζητήματα που αφορούν επαγγελματία ή πάροχο υπηρεσιών: απαγόρευση ή περιορισμός της άσκησης δραστηριότητας, πλαστό δίπλωμα, κίνδυνος για την υγεία, την ασφάλεια ή το περιβάλλον.
alerts-boxes = Λίστες προειδοποιήσεων
alerts-new = Νέα προειδοποίηση
alerts-check-link = Έλεγχος επαγγελματία
alerts-in-force = Ισχύουσες προειδοποιήσεις
alerts-unread = Μη αναγνωσμένες ενημερώσεις προειδοποιήσεων
# Εκφωνείται από τους αναγνώστες οθόνης όταν αυξάνεται ο αριθμός των μη αναγνωσμένων ενημερώσεων προειδοποιήσεων.
live-alert-news = { $count ->
    [one] Μία μη αναγνωσμένη ενημέρωση προειδοποίησης
   *[other] { $count } μη αναγνωσμένες ενημερώσεις προειδοποιήσεων
}
alerts-empty-title = Δεν υπάρχουν προειδοποιήσεις
alerts-empty-body = Εδώ εμφανίζονται οι προειδοποιήσεις που λαμβάνει η χώρα ή η αρχή σας, καθώς και όσες αποστέλλει η αρχή σας.
alerts-total = { $count ->
    [one] { $count } προειδοποίηση
   *[other] { $count } προειδοποιήσεις
}
alert-title = Προειδοποίηση { $number }
alert-title-unknown = Προειδοποίηση
alert-subject-withheld = Τα δεδομένα προσωπικού χαρακτήρα δεν εμφανίζονται
alert-unread = Νέα από την τελευταία φορά που την ανοίξατε
alert-from-country = Χώρα προέλευσης: { $country }
alert-details = Στοιχεία
alert-sender = Αποστέλλουσα αρχή
alert-sent-at = Ημερομηνία αποστολής
alert-revision-label = Τροποποιήσεις
alert-revision = { $count ->
    [one] Τροποποιήθηκε μία φορά μετά την αποστολή
   *[other] Τροποποιήθηκε { $count } φορές μετά την αποστολή
}
alert-personal-hidden = Τα δεδομένα προσωπικού χαρακτήρα της προειδοποίησης αυτής εμφανίζονται μόνο στον αποστολέα, στους συντονιστές προειδοποιήσεων και στις αρχές στις οποίες διαβιβάστηκε.
alert-comment = Σχόλιο
alert-comment-help = Για τους παραλήπτες: ό,τι πρέπει να γνωρίζουν πέρα από τα στοιχεία των ανωτέρω πεδίων. Γράψτε στη γλώσσα σας· κάθε αναγνώστης μπορεί να λάβει μηχανική μετάφραση του κειμένου.
alert-late-reason = Λόγος εκπρόθεσμης αποστολής της προειδοποίησης
alert-proved-wrong = Η προειδοποίηση αυτή αποσύρθηκε, διότι αποδείχθηκε αβάσιμη.
alert-due-left = { $days ->
    [0] Η προθεσμία λήγει σήμερα: η προειδοποίηση πρέπει να αποσταλεί εντός 3 ημερών από την απόφαση.
    [one] Απομένει { $days } ημέρα για την αποστολή της προειδοποίησης.
   *[other] Απομένουν { $days } ημέρες για την αποστολή της προειδοποίησης.
}
alert-due-late = { $days ->
    [one] Καθυστέρηση { $days } ημέρας: αναφέρετε τον λόγο της εκπρόθεσμης αποστολής της προειδοποίησης.
   *[other] Καθυστέρηση { $days } ημερών: αναφέρετε τον λόγο της εκπρόθεσμης αποστολής της προειδοποίησης.
}
alert-actions = Διαθέσιμες ενέργειες
alert-note = Αιτιολογία
alert-note-help = Απαιτείται για την επιστροφή, την απόσυρση ή την πρόταση κλεισίματος της προειδοποίησης· τη διαβάζουν όλοι οι παραλήπτες.
alert-note-missing = Αναφέρετε πρώτα αιτιολογία.
alert-withdraw-proved-wrong = Η προειδοποίηση αποδείχθηκε αβάσιμη: ενημέρωση όλων των παραληπτών σχετικά
alert-conflict = { $error } Τρέχουσα κατάσταση της προειδοποίησης: { $state }.
alert-deliveries = Παραλήπτες
alert-deliveries-summary = { $count ->
    [one] Επιβεβαίωση παραλαβής: { $acknowledged } από { $count } χώρα.
   *[other] Επιβεβαίωση παραλαβής: { $acknowledged } από { $count } χώρες.
}
alert-column-country = Χώρα
alert-column-delivery = Συντονιστής προειδοποιήσεων
alert-column-authorities = Αρμόδιες αρχές
alert-received-at = παραλήφθηκε στις { $date }
alert-acknowledged-at = η παραλαβή επιβεβαιώθηκε στις { $date }
alert-not-acknowledged = η παραλαβή δεν έχει ακόμη επιβεβαιωθεί
alert-read-at = αναγνώστηκε στις { $date }
alert-not-read = δεν έχει ακόμη αναγνωστεί
alert-no-recipients = Δεν έχει ακόμη διαβιβαστεί
alert-timeline = Ιστορικό
alert-event-for-country = για τη χώρα { $country }
alert-pass-on-title = Διαβίβαση στις αρμόδιες αρχές
alert-pass-on-help = Το μητρώο προτείνει τις αρχές της χώρας σας που είναι αρμόδιες για το επάγγελμα ή τη δραστηριότητα αυτή. Καταργήστε την επιλογή όσων δεν πρέπει να λάβουν την προειδοποίηση ή προσθέστε άλλες.
alert-pass-on-none = Το μητρώο δεν περιλαμβάνει καμία αρχή της χώρας σας αρμόδια για το επάγγελμα ή τη δραστηριότητα αυτή. Προσθέστε τις αρχές που πρέπει να λάβουν την προειδοποίηση.
alert-pass-on-already = (την έχει ήδη λάβει)
alert-pass-on-add = Προσθήκη άλλης αρχής
alert-pass-on-own-country = Οι προειδοποιήσεις μπορούν να διαβιβάζονται μόνο σε αρχές της χώρας σας.
alert-pass-on-submit = { $count ->
    [one] Διαβίβαση σε { $count } αρχή
   *[other] Διαβίβαση σε { $count } αρχές
}
alert-compose-title = Νέα προειδοποίηση
alert-draft-title = Προσχέδιο προειδοποίησης { $number }
alert-modify-title = Τροποποίηση προειδοποίησης { $number }
alert-step-kind = Είδος προειδοποίησης
alert-step-fields = Στοιχεία
alert-step-countries = Χώρες
alert-step-review = Σχόλιο και αποστολή
alert-kind-legal-basis = Νομική βάση: { $basis }
alert-choose-kind-first = Επιλέξτε πρώτα το είδος της προειδοποίησης.
alert-field-required = { $label } (υποχρεωτικό)
alert-choose = Επιλέξτε…
alert-countries-all = Η προειδοποίηση αυτή αποστέλλεται στους συντονιστές προειδοποιήσεων και των 30 χωρών του ΕΟΧ.
alert-countries-choose = Επιλέξτε τις χώρες στις οποίες δραστηριοποιείται ο πάροχος ή στις οποίες ενδέχεται να προκύψει ο κίνδυνος.
alert-countries-always = Η χώρα { $country } λαμβάνει την προειδοποίηση σε κάθε περίπτωση, ως χώρα εγκατάστασης.
alert-countries-none = Δεν έχει επιλεγεί ακόμη καμία χώρα.
alert-goes-to = Χώρες παραλήπτες: { $countries }
alert-approval-note = Οι προειδοποιήσεις από τη χώρα σας εγκρίνονται από τον συντονιστή προειδοποιήσεων της χώρας πριν αποσταλούν.
alert-modify-note = Όλοι οι παραλήπτες ενημερώνονται ότι η προειδοποίηση τροποποιήθηκε.
alert-problems = Στοιχεία προς συμπλήρωση
alert-incomplete = Η προειδοποίηση δεν είναι ακόμη πλήρης. Τα στοιχεία που λείπουν είναι επισημασμένα.
alert-save-draft = Αποθήκευση προσχεδίου
alert-save-modification = Αποθήκευση τροποποίησης
alert-submit = Υποβολή προς έγκριση
alert-check-title = Μπορεί ο επαγγελματίας αυτός να ασκεί το επάγγελμά του;
alert-check-intro = Αναζητήστε με βάση το όνομα στις ισχύουσες προειδοποιήσεις σχετικά με τα επαγγελματικά προσόντα που έχει λάβει η χώρα ή η αρχή σας. Οι τόνοι και τα διακριτικά σημεία, καθώς και ένα τυπογραφικό λάθος, δεν επηρεάζουν την αναζήτηση. Η εύρεση προειδοποίησης σημαίνει ότι στη σχετική χώρα ισχύει απαγόρευση ή περιορισμός· αν δεν βρεθεί προειδοποίηση, αυτό δεν αποδεικνύει ότι η άσκηση του επαγγέλματος δεν έχει απαγορευθεί ή περιοριστεί.
alert-check-name = Όνομα του επαγγελματία
alert-check-profession = Επάγγελμα
alert-check-any-profession = Όλα τα επαγγέλματα
alert-check-submit = Αναζήτηση προειδοποιήσεων
alert-check-none = Καμία ισχύουσα προειδοποίηση δεν αναφέρει το όνομα { $name }.
alert-check-found = { $count ->
    [one] Βρέθηκε { $count } ισχύουσα προειδοποίηση
   *[other] Βρέθηκαν { $count } ισχύουσες προειδοποιήσεις
}
toast-alert-saved = Το προσχέδιο αποθηκεύτηκε.
toast-alert-sent = Η προειδοποίηση απεστάλη.
toast-alert-submitted = Η προειδοποίηση υποβλήθηκε προς έγκριση.
toast-alert-modified = Η προειδοποίηση τροποποιήθηκε· οι παραλήπτες ενημερώνονται.
toast-alert-deleted = Το προσχέδιο διαγράφηκε.
toast-alert-passed-on = Η προειδοποίηση διαβιβάστηκε.
toast-alert-done = Ολοκληρώθηκε: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Είστε εκτός σύνδεσης. Τα αιτήματα που έχετε ανοίξει παραμένουν διαθέσιμα για ανάγνωση· οι απαντήσεις, τα μηνύματα και τα έγγραφα που προσθέτετε διατηρούνται σε αυτή τη συσκευή και αποστέλλονται μόλις αποκατασταθεί η σύνδεση.
update-ready = Μια νέα έκδοση του συστήματος είναι έτοιμη.
update-reload = Φόρτωση της νέας έκδοσης

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Μία αλλαγή που έγινε εκτός σύνδεσης αναμένει αποστολή.
   *[other] { $count } αλλαγές που έγιναν εκτός σύνδεσης αναμένουν αποστολή.
}
queue-sending = Αποστολή των αλλαγών που έγιναν εκτός σύνδεσης…
queue-attention = { $count ->
    [one] Μία αλλαγή που έγινε εκτός σύνδεσης δεν στάλθηκε και απαιτεί την απόφασή σας.
   *[other] { $count } αλλαγές που έγιναν εκτός σύνδεσης δεν στάλθηκαν και απαιτούν την απόφασή σας.
}
queue-title = Σε αναμονή αποστολής
queue-intro = Οι αλλαγές αυτές έγιναν χωρίς σύνδεση και διατηρούνται σε αυτή τη συσκευή. Αποστέλλονται με τη σειρά μόλις αποκατασταθεί η σύνδεση.
queue-kind-answers = Απαντήσεις (αποθηκευμένες, δεν έχουν σταλεί στην αιτούσα αρχή)
queue-kind-answer = Απαντήσεις προς αποστολή στην αιτούσα αρχή
queue-kind-message = Μήνυμα
queue-kind-document = Έγγραφο «{ $name }» ({ $size } KB)
queue-made-at = Συντάχθηκε: { $time }
queue-status-waiting = Αναμονή για σύνδεση.
queue-status-conflict = Δεν στάλθηκε: το αίτημα άλλαξε αφού γράψατε αυτό το κείμενο και βρίσκεται τώρα σε κατάσταση «{ $state }». Δείτε τι άλλαξε στο ιστορικό παρακάτω και, στη συνέχεια, στείλτε την αλλαγή παρ’ όλα αυτά ή απορρίψτε την.
queue-status-refused = Δεν στάλθηκε: { $error }
queue-send-anyway = Αποστολή παρ’ όλα αυτά
queue-edit = Επεξεργασία
queue-discard = Απόρριψη
queue-discard-confirm = Θέλετε να απορρίψετε αυτή την αλλαγή; Ό,τι γράψατε θα διαγραφεί από αυτή τη συσκευή.
queue-logout-confirm = { $count ->
    [one] Μία αλλαγή που έγινε εκτός σύνδεσης δεν έχει σταλεί ακόμη. Με την αποσύνδεση θα διαγραφεί από αυτή τη συσκευή. Θέλετε να αποσυνδεθείτε παρ’ όλα αυτά;
   *[other] { $count } αλλαγές που έγιναν εκτός σύνδεσης δεν έχουν σταλεί ακόμη. Με την αποσύνδεση θα διαγραφούν από αυτή τη συσκευή. Θέλετε να αποσυνδεθείτε παρ’ όλα αυτά;
}
toast-queued = Δεν υπάρχει σύνδεση: η αλλαγή διατηρείται σε αυτή τη συσκευή και θα σταλεί μόλις αποκατασταθεί η σύνδεση.
toast-queue-sent = { $count ->
    [one] Η αλλαγή που έγινε εκτός σύνδεσης στάλθηκε.
   *[other] Οι { $count } αλλαγές που έγιναν εκτός σύνδεσης στάλθηκαν.
}

## Επιτόπιες επιθεωρήσεις: είδος αιτήματος και έκθεση επιθεώρησης με τις υπογραφές των παρισταμένων
compose-kind-label = Τι ζητάτε;
request-kind-information = Πληροφορίες
request-kind-information-help = Η άλλη αρχή απαντά στις ερωτήσεις σας με βάση τα μητρώα και τους φακέλους της.
request-kind-inspection = Επιτόπια επιθεώρηση
request-kind-inspection-help = Η άλλη αρχή επιθεωρεί τις σχετικές εγκαταστάσεις, τον εξοπλισμό ή τον χώρο και αναφέρει τα ευρήματά της, με φωτογραφίες και τις υπογραφές των παρισταμένων.
request-checklist = { $count ->
    [one] Κατάλογος ελέγχου: ένα σημείο
   *[other] Κατάλογος ελέγχου: { $count } σημεία
}
inspection-title = Έκθεση επιθεώρησης
inspection-help = Καταγράψτε την επιθεώρηση καθώς τη διενεργείτε: απαντήστε στον κατάλογο ελέγχου παραπάνω, επισυνάψτε φωτογραφίες ως έγγραφα, στη συνέχεια σημειώστε την ημέρα και τον τόπο και ζητήστε από κάθε παριστάμενο πρόσωπο να υπογράψει εδώ. Η απάντηση μπορεί να σταλεί αφού υπογράψετε κι εσείς.
inspection-pending = Η έκθεση επιθεώρησης εμφανίζεται εδώ μαζί με την απάντηση.
inspection-inspected-on = Ημέρα της επιθεώρησης
inspection-place = Τόπος επιθεώρησης
inspection-place-help = Η διεύθυνση και ο χώρος ή οι εγκαταστάσεις (για παράδειγμα: εργοτάξιο, πύλη 2).
inspection-present = Παριστάμενα πρόσωπα
inspection-signer-name = Ονοματεπώνυμο
inspection-signer-role = Ιδιότητα
inspection-signer-refused = Αρνήθηκε να υπογράψει
inspection-signer-unnamed = παριστάμενο πρόσωπο
inspection-signer-unsigned = Δεν περιλαμβάνεται στην έκθεση μέχρι να υπογράψει ή να αρνηθεί να υπογράψει.
inspection-signer-add = Προσθήκη παριστάμενου προσώπου
inspection-signer-remove = Αφαίρεση αυτού του προσώπου
inspection-signature-of = Υπογραφή: { $name }
inspection-signature-clear = Διαγραφή της υπογραφής
inspection-signature-needed = Απαιτείται η υπογραφή του επιθεωρητή πριν από την αποστολή της απάντησης.
inspection-refused-to-sign = Το πρόσωπο αρνήθηκε να υπογράψει.
signer-role-inspector = Επιθεωρητής
signer-role-provider-representative = Εκπρόσωπος του παρόχου ή του εργοδότη
signer-role-worker = Εργαζόμενος
signer-role-witness = Μάρτυρας
queue-kind-report = Έκθεση επιθεώρησης (αποθηκευμένη, δεν έχει σταλεί στην αιτούσα αρχή)
