# Français.

## L’application
app-name = Système d’information du marché intérieur
app-short-name = IMI
app-tagline = Coopération administrative entre les autorités compétentes de l’Espace économique européen
skip-to-content = Aller au contenu principal
loading = Chargement…

## Navigation et menu de l’utilisateur
nav-label = Navigation principale
nav-inbox = Boîte de réception
language-label = Langue
user-signed-in-as = Session ouverte : { $name }, { $authority }
organisation-commission = Commission européenne
logout = Se déconnecter
toast-dismiss = Fermer
toast-logged-out = La déconnexion a bien été effectuée.

## Page de connexion
login-title = Connexion
login-intro = Utilisez le compte que l’administrateur de votre autorité ou votre coordinateur IMI national a créé pour vous.
login-email = Adresse électronique
login-password = Mot de passe
login-submit = Se connecter
login-submitting = Connexion en cours…
field-required = Ce champ est obligatoire.

## Boîte de réception
inbox-title = Boîte de réception
inbox-empty-title = Aucune demande pour le moment

## Pages inexistantes
not-found-title = Page introuvable
not-found-body = L’adresse que vous avez suivie ne correspond à aucune page de ce système.
not-found-home = Aller à la boîte de réception

## Rôles
roles-label = Vos rôles
role-request_handler = Gestionnaire de demandes
role-allocator = Répartiteur de demandes
role-local_administrator = Administrateur local des données
role-coordinator = Coordinateur IMI
role-commission_observer = Observateur de la Commission

## Erreurs renvoyées par le serveur, par code
error-internal-error = Une erreur s’est produite sur le serveur. Veuillez réessayer ; si le problème persiste, contactez votre administrateur.
error-database-unavailable = La base de données du système est momentanément inaccessible. Veuillez réessayer dans quelques minutes.
error-not-found = L’élément demandé n’existe pas, ou vous n’y avez pas accès.
error-method-not-allowed = Cette action n’est pas possible ici.
error-unauthenticated = Votre session a pris fin. Veuillez vous reconnecter.
error-forbidden = Vous ne disposez pas des droits nécessaires pour effectuer cette action.
error-invalid-credentials = L’adresse électronique ou le mot de passe est incorrect.
error-too-many-attempts = { $seconds ->
    [one] Trop de tentatives infructueuses. Veuillez patienter { $seconds } seconde avant de réessayer.
   *[other] Trop de tentatives infructueuses. Veuillez patienter { $seconds } secondes avant de réessayer.
}
error-malformed-json = Le serveur n’a pas pu lire les données envoyées. Veuillez recharger la page et réessayer.
error-unsupported-media-type = Le serveur n’accepte pas les données dans ce format.
error-payload-too-large = Les données envoyées dépassent la taille acceptée par le serveur.
error-validation-failed = Certains champs ne sont pas correctement remplis. Veuillez vérifier les champs signalés.
error-network-error = Le serveur est injoignable. Vérifiez votre connexion réseau et réessayez.
error-invalid-transition = Cette action n’est pas possible dans l’état actuel de la demande. Veuillez recharger la page pour voir les actions désormais possibles.
error-translation-not-configured = La traduction automatique n’est pas disponible sur ce système.
error-translation-failed = Le service de traduction automatique n’a pas répondu. Veuillez réessayer plus tard.

## Valeurs des espaces réservés (shared::placeholder::PlaceholderErrorCode)
## $label est le libellé de l’espace réservé dans la langue du lecteur ; $max et $length sont des
## nombres de caractères.
placeholder-error-missing = Saisissez une valeur pour « { $label } ».
placeholder-error-empty = Le champ « { $label } » ne peut pas être vide.
placeholder-error-too-long = { $max ->
    [one] Le champ « { $label } » peut comporter au maximum { $max } caractère ; il en compte actuellement { $length }.
   *[other] Le champ « { $label } » peut comporter au maximum { $max } caractères ; il en compte actuellement { $length }.
}
placeholder-error-control-character = Le champ « { $label } » contient un caractère de contrôle invisible. Veuillez saisir à nouveau la valeur.
placeholder-error-line-break = Le champ « { $label } » doit tenir sur une seule ligne.
placeholder-error-invalid-date = Saisissez « { $label } » au format année-mois-jour, par exemple 2025-03-31.
placeholder-error-nonexistent-date = La date saisie pour « { $label } » n’existe pas dans le calendrier.
placeholder-error-unknown-country = Pour « { $label } », choisissez un pays de l’Espace économique européen.
placeholder-error-invalid-email = « { $label } » n’est pas une adresse électronique valide.
placeholder-error-invalid-person-name = « { $label } » doit être un nom de personne : des lettres, sans chiffres.
placeholder-error-invalid-register-reference = « { $label } » ne peut contenir que des lettres, des chiffres, des espaces et les caractères - . /
placeholder-error-unexpected = Une valeur a été fournie pour un champ qu’aucune des questions choisies n’utilise.
placeholder-error-unknown-placeholder = Une question utilise un champ inconnu. Veuillez en informer votre coordinateur IMI.

## Modèles de questions (shared::placeholder::TemplateErrorCode)
## $position est une position de caractère comptée à partir de 1 ; $name est le nom d’un espace
## réservé tel qu’il est écrit.
template-error-unterminated = L’espace réservé commençant au caractère { $position } n’est pas fermé.
template-error-empty-name = L’espace réservé situé au caractère { $position } n’a pas de nom.
template-error-invalid-name = « { $name } » (caractère { $position }) n’est pas un nom d’espace réservé valide : il doit commencer par une lettre, suivie de lettres, de chiffres ou de « _ ».
template-error-mismatched-delimiters = L’espace réservé situé au caractère { $position } est ouvert par un type de délimiteur et fermé par un autre.
template-error-nested = L’espace réservé situé au caractère { $position } contient un autre espace réservé.
template-error-unknown-placeholder = « { $name } » (caractère { $position }) n’est pas un espace réservé connu.

## États d’une demande (shared::lifecycle::RequestState)
request-state-draft = Brouillon
request-state-awaiting-acceptance = En attente d’acceptation
request-state-accepted = Acceptée
request-state-info-requested = Informations complémentaires demandées
request-state-answered = Réponse fournie
request-state-closed = Clôturée
request-state-withdrawn = Retirée

## Actions sur une demande (shared::lifecycle::ActionKind)
request-action-create = Nouvelle demande
request-action-edit = Modifier
request-action-delete = Supprimer le brouillon
request-action-send = Envoyer
request-action-withdraw = Retirer
request-action-accept = Accepter
request-action-forward = Transférer
request-action-request-info = Demander des informations complémentaires
request-action-provide-info = Fournir les informations
request-action-answer = Répondre
request-action-split-off = Détacher des questions
request-action-request-clarification = Demander des précisions
request-action-close = Accepter la réponse et clôturer

## Évaluation d’une réponse (shared::lifecycle::Rating)
rating-positive = Bonne
rating-neutral = Satisfaisante
rating-negative = Insuffisante

## Vérification des questions (page de rédaction et d’essai des modèles de questions)
nav-question-check = Vérification des questions
question-check-title = Vérifier une question
question-check-intro = Rédigez une question telle qu’elle apparaîtra dans une demande, avec des espaces réservés pour les données que l’autorité requérante renseigne, puis testez-la avec des valeurs. Les règles appliquées ici sont les mêmes que lors de l’envoi d’une demande.
question-check-template = Texte de la question
question-check-template-help = Écrivez chaque espace réservé sous la forme {"${"}Nom{"}"}, par exemple {"${"}SPBusinessName{"}"}. Espaces réservés connus : { $names }.
question-check-values = Valeurs
question-check-no-placeholders = Cette question ne comporte aucun espace réservé.
question-check-preview = Aperçu
question-check-submit = Vérifier sur le serveur
question-check-accepted = Le serveur accepte cette question et ses valeurs.

## Catalogue des questions
nav-catalogue = Catalogue des questions
catalogue-title = Catalogue des questions
catalogue-intro = Les questions prétraduites qui peuvent figurer dans une demande. L’autre autorité lit chacune d’elles dans sa propre langue ; les espaces réservés sont renseignés par l’autorité requérante.
catalogue-area-label = Domaine législatif
catalogue-count = { $count ->
    [one] { $count } question disponible
   *[other] { $count } questions disponibles
}
area-services = Services dans le marché intérieur
area-professional_qualifications = Qualifications professionnelles
area-posting_of_workers = Détachement de travailleurs
area-ecommerce = Commerce électronique
answer-type-yes_no = Oui ou non
answer-type-date = Date (année-mois-jour)
answer-type-free_text = Texte libre
answer-type-document = Document joint
answer-type-choice = Choix dans une liste
answer-type-measurement = Valeur mesurée

## Recherche d’autorités
nav-authorities = Autorités
authorities-title = Rechercher une autorité
authorities-intro = Recherchez dans n’importe quelle langue par nom, sigle, ville ou compétence, par exemple une profession ou une activité. Les compétences sont recherchées dans toutes les langues du système.
authorities-search-label = Nom, ville ou compétence
authorities-country-label = Pays
authorities-any-country = Tous les pays
authorities-any-area = Tous les domaines
authorities-results = { $count ->
    [one] { $count } autorité trouvée
   *[other] { $count } autorités trouvées
}
authorities-no-results = Aucune autorité ne correspond à cette recherche.
## $country est le nom d’un pays dans la langue du lecteur ; $label celui d’une profession ou d’une activité.
search-country-from-query = Pays indiqué dans votre recherche : { $country }. Seules les autorités de ce pays sont affichées.
search-none-declared = { $country } : aucune autorité ne s’est déclarée compétente pour « { $label } ».
search-none-declared-anywhere = Aucune autorité ne s’est déclarée compétente pour « { $label } ».
search-ask-coordinator = Le coordinateur IMI national ({ $country }) peut vous indiquer quelle autorité est compétente :
authorities-match-name = Correspondance avec le nom
authorities-match-acronym = Correspondance avec le sigle
authorities-match-city = Correspondance avec la ville
authorities-match-competence = Compétente pour : { $label }
authorities-pages = Pages de résultats
authorities-previous = Précédente
authorities-next = Suivante
authorities-page = Page { $page } sur { $pages }
profile-back = Retour à la recherche
profile-country = Pays
profile-acronym = Sigle
profile-level = Compétence territoriale
level-national = Nationale
level-regional = Régionale
level-local = Locale
profile-address = Adresse
profile-email = Adresse électronique
profile-phone = Téléphone
profile-role = Rôle dans le système
profile-coordinator = Coordinateur IMI national
profile-areas = Domaines législatifs
profile-competences = Compétente pour

## Pays de l’Espace économique européen
country-AT = Autriche
country-BE = Belgique
country-BG = Bulgarie
country-HR = Croatie
country-CY = Chypre
country-CZ = Tchéquie
country-DK = Danemark
country-EE = Estonie
country-FI = Finlande
country-FR = France
country-DE = Allemagne
country-GR = Grèce
country-HU = Hongrie
country-IE = Irlande
country-IT = Italie
country-LV = Lettonie
country-LT = Lituanie
country-LU = Luxembourg
country-MT = Malte
country-NL = Pays-Bas
country-PL = Pologne
country-PT = Portugal
country-RO = Roumanie
country-SK = Slovaquie
country-SI = Slovénie
country-ES = Espagne
country-SE = Suède
country-IS = Islande
country-LI = Liechtenstein
country-NO = Norvège

## Boîte de réception : listes et tri
inbox-empty-body-box = Les demandes de votre autorité qui correspondent à ces filtres s’afficheront ici.
inbox-new-request = Nouvelle demande
inbox-boxes = Listes de demandes
inbox-total = { $count ->
    [one] Une demande
   *[other] { $count } demandes
}
inbox-deadline = Échéance : { $date }
inbox-number-label = Numéro de la demande
inbox-sort-label = Ordre de tri
inbox-sort-updated-desc = Modifiées le plus récemment en premier
inbox-sort-updated-asc = Modifiées le moins récemment en premier
inbox-sort-deadline-asc = Échéance la plus proche en premier
inbox-sort-number-desc = Numéros les plus élevés en premier
box-to-accept = À accepter
box-to-answer = Réponse ou examen à effectuer
box-awaiting = En attente de l’autre autorité
box-overdue = En retard
box-drafts = Brouillons
box-closed = Clôturées
box-all = Toutes

## Pièces jointes
error-unsupported-file-type = Ce type de fichier n’est pas accepté. Veuillez joindre un PDF, une image ou un document bureautique.

## Une demande
request-title = Demande { $number }
request-title-unknown = Demande
request-overdue = En retard
request-from = Autorité requérante
request-to = Autorité destinataire
request-created = Créée le
request-requested-date = Réponse demandée pour le
request-deadline = Échéance convenue
request-subject = Personne ou entreprise faisant l’objet de la demande
request-personal-data-hidden = Les données à caractère personnel, le commentaire, les messages et les documents joints s’affichent dès que votre autorité a accepté la demande.
request-personal-data-coordinator = Votre rôle de coordinateur IMI vous permet de suivre le déroulement de la demande. Ses données à caractère personnel, son commentaire, ses messages et ses documents joints sont réservés aux deux autorités concernées.
request-note-hidden = Texte masqué : il peut contenir des données à caractère personnel.
request-blocked-on = Données à caractère personnel verrouillées le
request-personal-data-blocked = En application des règles de conservation, les données à caractère personnel de cette demande (personne ou entreprise concernée, texte libre et documents joints) ont été verrouillées le { $date }. Plus personne ne peut les consulter ; elles seront supprimées le { $deleted }.
request-personal-data-erased = En application des règles de conservation, les données à caractère personnel de cette demande ont été supprimées le { $date }. Seuls ses éléments essentiels sont conservés : dates, autorités, états et évaluations.
personal-data-mark = Données à caractère personnel
personal-data-legend = Ce symbole signale des données à caractère personnel. Seules les autorités qui traitent la demande peuvent les voir ; une fois la demande clôturée, elles sont verrouillées, puis supprimées, conformément aux règles de conservation.
nav-data-subjects = Personnes concernées
data-subjects-title = Demandes des personnes concernées
data-subjects-intro = Lorsqu’une personne demande quelles données votre autorité détient à son sujet, retrouvez ici toutes les demandes de votre autorité qui la concernent, y compris celles dont les données à caractère personnel sont verrouillées, et établissez le relevé auquel elle a droit. Chaque recherche et chaque relevé sont enregistrés avec leur motif.
data-subjects-reason = Motif
data-subjects-reason-help = Par exemple, la date et la référence de la demande de la personne. Le motif est consigné dans le journal d’audit.
data-subjects-search = Rechercher
data-subjects-found = { $count ->
    [one] Une demande trouvée
   *[other] { $count } demandes trouvées
}
data-subjects-none = Aucune demande de votre autorité ne concerne cette personne.
data-subjects-include = Inclure dans le relevé
data-subjects-side-requesting = Envoyée par votre autorité
data-subjects-side-responding = Reçue par votre autorité
data-subjects-stage-visible = Données à caractère personnel visibles
data-subjects-stage-blocked = Données à caractère personnel verrouillées
data-subjects-stage-deleted = Données à caractère personnel supprimées
data-subjects-report-language = Langue du relevé
data-subjects-make-report = Établir le relevé
data-subjects-print = Imprimer le relevé
report-title = Données à caractère personnel détenues à votre sujet
report-intro = { $authority } détient les données à caractère personnel suivantes vous concernant dans le Système d’information du marché intérieur (IMI), par lequel les autorités de l’Espace économique européen échangent des informations en application du règlement (UE) n° 1024/2012.
report-made-on = Relevé établi le { $date }
report-request = Demande { $number }
report-area = Domaine du droit
report-data = Données détenues
report-disclosures = Envois et réceptions
report-disclosure-sent = Envoyées le { $date } ; destinataire : { $authority }
report-disclosure-forwarded = Transférées le { $date } ; destinataire : { $authority }
report-disclosure-split-off = Transmises en partie le { $date } ; destinataire : { $authority }
report-disclosure-received-from = Reçues le { $date } ; expéditeur : { $authority }
report-retention = Verrouillage et suppression
report-blocked-and-deleted = Verrouillage le { $blocked } (à partir de cette date, plus personne ne peut les consulter) et suppression le { $deleted }.
report-not-ended = La demande est toujours en cours de traitement. Les données à caractère personnel qu’elle contient seront verrouillées { $block } mois après sa clôture et supprimées { $delete } mois après sa clôture.
report-count = { $field } : { $count }
report-field-document = Document joint
report-field-comment = Commentaire de l’autorité requérante
report-field-note = Messages et textes d’accompagnement
report-field-text-answer = Réponses écrites
report-field-answer-comment = Commentaires sur les réponses
report-field-inspection-present = Présence lors de l’inspection sur place
report-empty = Les demandes de cette autorité ne contiennent aucune donnée à caractère personnel vous concernant.
timeline-fields = Champs rectifiés : { $fields }
request-rectify = Rectifier les données à caractère personnel
request-rectify-title = Rectifier les données de la personne ou de l’entreprise faisant l’objet de la demande
request-rectify-help = L’autre autorité est informée des champs que vous avez rectifiés. Les valeurs précédentes ne sont pas conservées.
request-rectify-save = Enregistrer la rectification
request-comment = Commentaire
request-original-language = Langue d’origine : { $language }
request-questions = { $count ->
    [one] Une question posée
   *[other] { $count } questions posées
}
request-answer = Réponse
request-answer-comment = Commentaire sur la réponse
request-answer-choose = Choisir une réponse
request-answer-date = Date indiquée
request-answer-measurement = Valeur mesurée ({ $unit })
request-answer-text = Texte de la réponse
request-save-answers = Enregistrer les réponses
request-send-answer = Envoyer la réponse
request-actions = Actions possibles
request-propose-days = Ou proposer un autre délai, en jours
request-accept-proposed = Accepter avec ce délai
request-note = Texte d’accompagnement
request-rating-timeliness = Respect des délais
request-rating-effort = Qualité de la réponse
request-rating-choose = Choisir une évaluation
request-rating-needed = Pour clôturer la demande, évaluez le respect des délais et la qualité de la réponse.
confirm-irreversible = Cette action est irréversible. Voulez-vous continuer ?
request-split-choose = Confier cette question à une autre autorité
request-reuse = Créer une nouvelle demande à partir de celle-ci
request-timeline = Historique
timeline-new = Nouveau depuis votre modification
request-message = Message à l’autre autorité
request-message-send = Envoyer le message
timeline-to = Destinataire : { $authority }
timeline-split-to = Nouvelle demande n° { $id }
subject-name = Nom ou raison sociale
subject-identifier = Numéro d’enregistrement ou d’identification
subject-birth-date = Date de naissance
picker-label = Rechercher l’autorité (dans n’importe quelle langue)
picker-more = Afficher plus de résultats
answer-yes = Oui
answer-no = Non
answer-unknown = Inconnu
answer-date = Une date
answer-text = Une réponse écrite
answer-measurement = Une valeur mesurée
answer-document-attached = Le document est joint
answer-document-not-available = Le document n’est pas disponible
event-created = Brouillon créé
event-sent = Envoyée
event-withdrawn = Retirée
event-accepted = Acceptée
event-forwarded = Transférée
event-info-requested = Informations complémentaires demandées
event-info-provided = Informations fournies
event-answered = Réponse fournie
event-split-off = Questions détachées dans une nouvelle demande
event-clarification-requested = Précisions demandées
event-closed = Réponse acceptée, demande clôturée
event-message = Message envoyé
event-attachment-added = Document joint
toast-request-action-send = La demande a été envoyée.
toast-request-action-delete = Le brouillon a été supprimé.
toast-request-action-withdraw = La demande a été retirée.
toast-request-action-accept = La demande a été acceptée.
toast-request-action-forward = La demande a été transférée.
toast-request-action-request-info = Votre question a été envoyée à l’autorité requérante.
toast-request-action-provide-info = Les informations ont été envoyées.
toast-request-action-answer = La réponse a été envoyée.
toast-request-action-split-off = Les questions ont été déplacées dans une nouvelle demande.
toast-request-action-request-clarification = Votre demande de précisions a été envoyée.
toast-request-action-close = La demande a été clôturée.
toast-answers-saved = Vos réponses ont été enregistrées.

## Rédaction d’une demande
compose-title = Nouvelle demande
compose-steps = Étapes
compose-step-area = Domaine législatif
compose-step-authority = Autorité
compose-step-subject = Personne ou entreprise
compose-step-questions = Choix des questions
compose-step-details = Commentaire et date
compose-step-review = Vérification et envoi
compose-back = Précédent
compose-next = Suivant
compose-saved = Brouillon n° { $id } enregistré
compose-chosen-authority = Autorité choisie : { $name }
compose-subject-help = Le professionnel ou le prestataire de services concerné. L’autorité destinataire ne voit ces données qu’après avoir accepté la demande.
compose-comment-help = Rédigé dans votre langue ; l’autre autorité voit de quelle langue il s’agit.
compose-incomplete = La demande n’est pas encore complète. Les éléments manquants sont signalés.
compose-draft-title = Brouillon { $number }
compose-questions-filter = Filtrer les questions
compose-questions-chosen = Questions choisies : { $count }
compose-step-attention = à revoir
compose-review-fix = Veuillez corriger les points suivants avant l’envoi :
compose-review-language = Les questions s’affichent dans votre langue ; l’autorité destinataire les lit dans la sienne.
compose-review-none = Néant
field-error-missing = Obligatoire.
field-error-too-long = Trop long.
field-error-not-in-future = La date doit être postérieure à aujourd’hui.
field-error-in-future = Ne peut pas se situer dans le futur.
field-error-empty = Ne peut pas être vide.
field-error-duplicate = Choisi deux fois.
field-error-unknown = Inconnu.
field-error-other-area = Relève d’un autre domaine législatif.
field-error-area-not-handled = Cette autorité ne traite pas le domaine législatif de la demande.
field-error-not-allowed = Impossible à cet endroit.
field-error-too-many = Trop d’éléments.

## Documents joints
request-documents = Pièces jointes
request-no-documents = Aucun document n’est joint.
request-documents-withheld = Les documents sont des données à caractère personnel : ils sont masqués ici, comme les autres données à caractère personnel de cette demande.
request-document-size = { $size } Ko
upload-label = Joindre un document
upload-choose = Choisir un fichier…
upload-take-photo = Prendre une photo
upload-keep-original = Envoyer les photos dans leur taille d’origine (sinon, elles sont d’abord réduites sur cet appareil)
date-day = Jour
date-month = Mois
date-year = Année
upload-help = PDF, image ou document bureautique, 20 Mo maximum.
upload-question = Le document répond à
upload-no-question = Aucune question en particulier
upload-question-number = Question n° { $number }
upload-progress = Progression du téléversement

## Notifications par courrier électronique ($event est l’un des messages event-*)
email-subject = Demande { $number } : { $event }
email-body = Bonjour { $name },

    { $authority } a effectué une action sur la demande { $number } : { $event }.

    Ouvrir la demande : { $link }

    Ce message a été envoyé par le Système d’information du marché intérieur. Veuillez ne pas y répondre.

## Notifications
notifications-label = Vos notifications
notifications-unread = { $count ->
    [one] { $count } notification non lue
   *[other] { $count } notifications non lues
}
notifications-empty = Aucune notification.
notifications-mark-all-read = Tout marquer comme lu
notification-item = { $number } : { $event }

## Attribution et coordination
request-assigned-to = Attribuée à { $name }
request-assign-label = Gestionnaire responsable
request-unassigned = Non attribuée
toast-assigned = Le gestionnaire responsable a été modifié.
toast-saved = Enregistré.
inbox-allocation-toggle = Un répartiteur attribue chaque demande reçue à l’un des gestionnaires de demandes de votre autorité
event-assigned = Attribuée à un gestionnaire
event-reminded = Relance du coordinateur
event-inactive = Aucune activité depuis deux mois
event-rectified = Données à caractère personnel rectifiées
nav-coordination = Coordination IMI
coordination-title = Demandes sans activité
coordination-intro = Demandes des autorités de votre pays pour lesquelles rien ne s’est passé depuis plus de deux mois. Ouvrez-en une pour la transférer, ou relancez l’autorité à laquelle il revient d’agir.
coordination-empty = Aucune demande n’est inactive depuis plus de deux mois.
coordination-last-change = Dernière modification : { $date }
coordination-remind = Envoyer une relance
toast-reminded = La relance a été envoyée.

## Traduction automatique du texte libre
request-translate = Traduire dans ma langue
request-info-asked = { $authority } demande les informations complémentaires suivantes :
request-translation-unavailable = Ce texte est rédigé dans une autre langue et la traduction automatique n’est pas configurée sur ce serveur.
request-machine-translation = Traduction automatique :

## Filtres de la vue d’ensemble
inbox-state-label = État
inbox-any-state = Tous les états
inbox-from-label = Modifiées à partir du
inbox-to-label = Modifiées jusqu’au
inbox-assigned-to-me = Uniquement les demandes qui me sont attribuées

## Administration du registre (coordinateurs IMI) et gestion des utilisateurs (administrateurs locaux des données)
email-invitation-subject = Votre compte dans le Système d’information du marché intérieur (IMI) : { $authority }
email-invitation-body = Bonjour { $name },

    { $inviter } a créé pour vous un compte dans le Système d’information du marché intérieur (IMI), en tant qu’utilisateur de { $authority }.

    Pour l’activer, ouvrez le lien suivant et choisissez votre mot de passe : { $link }

    Ce lien ne peut être utilisé qu’une seule fois et reste valable { $days ->
        [one] { $days } jour
       *[other] { $days } jours
    }. Si vous n’attendiez pas ce message, vous pouvez l’ignorer.

error-edit-conflict = Une autre personne a enregistré ces données après que vous les avez ouvertes. Veuillez recharger la page pour voir ses modifications, puis effectuer à nouveau les vôtres.
error-invalid-parameter = L’adresse de cette page n’est pas valide. Vérifiez le lien, ou revenez en arrière et réessayez.
error-rate-limited = Cette action a été effectuée il y a peu de temps et ne peut pas encore être répétée. Veuillez réessayer plus tard.
error-second-factor-required = Saisissez le code fourni par votre application d’authentification.
error-invalid-second-factor = Le code est incorrect ou a expiré. Saisissez le code que l’application affiche actuellement.
error-second-factor-setup-required = Vos rôles exigent l’authentification à deux facteurs. Configurez-la sur la page de votre compte pour continuer.
error-storage-full = Le document n’a pas pu être enregistré, car l’espace de stockage du serveur est saturé. Rien n’a été enregistré ; veuillez en informer votre administrateur IMI.
error-personal-data-blocked = Les données à caractère personnel de cette demande sont verrouillées en application des règles de conservation : rien ne peut plus y être ajouté.
error-idempotency-key-reused = Cette modification a déjà été envoyée avec un contenu différent. Rechargez la page et effectuez-la à nouveau.
error-request-in-progress = Cette modification est encore en cours de traitement. Patientez un instant, puis réessayez.
error-device-storage-full = Cet appareil n’a plus assez d’espace pour conserver la modification jusqu’au rétablissement de la connexion. Rien n’a été conservé : libérez de l’espace sur l’appareil ou effectuez la modification lorsque vous serez en ligne.
error-too-large-to-keep = Ce document est trop volumineux pour être conservé sur l’appareil jusqu’au rétablissement de la connexion. Joignez-le lorsque vous serez en ligne.
nav-registry = Registre
nav-users = Utilisateurs
registry-title = Administration du registre
registry-intro = Enregistrez les autorités de votre pays, ou importez-en plusieurs à la fois à partir d’un fichier CSV. Pour corriger les données d’une autorité, recherchez-la puis ouvrez son profil.
registry-new = Enregistrer une autorité
registry-import-title = Importer à partir d’un fichier CSV
registry-import-help = Une autorité par ligne, avec les colonnes décrites dans le guide d’importation. Si une seule ligne est incorrecte, rien n’est importé ; importer à nouveau le même fichier ne modifie rien.
registry-import-file = Fichier CSV
registry-import-progress = Progression de l’importation
registry-import-done = Importation effectuée : { $created } nouvelles, { $updated } mises à jour, { $unchanged } inchangées.
registry-import-refused = Rien n’a été importé. Corrigez les lignes suivantes, puis importez à nouveau le fichier :
registry-import-line = Ligne
registry-import-column = Colonne
registry-import-reason = Problème
form-title-new = Enregistrer une autorité
form-title-edit = Modifier { $name }
form-errors = Veuillez corriger les champs signalés.
form-name = Nom dans sa propre langue
form-name-language = Langue du nom
form-other-names = Noms dans d’autres langues officielles
form-other-name = Autre nom { $number }
form-other-name-add = Ajouter un nom dans une autre langue
form-other-name-remove = Supprimer
form-name-en = Nom en anglais
form-city = Ville
form-level-help = Partie du territoire national pour laquelle l’autorité est compétente. Lorsque plusieurs autorités correspondent à égalité à une recherche, l’autorité nationale est indiquée en premier.
form-phone-help = Au format international, par exemple +371 6701 2345.
form-competences-filter = Rechercher une compétence à ajouter
form-administrator = Premier administrateur local des données
form-administrator-help = Cette personne reçoit une invitation par courrier électronique, choisit un mot de passe, puis gère les utilisateurs de l’autorité.
form-person-name = Prénom et nom
form-invitation-language = Langue de l’invitation
form-save = Enregistrer
form-register = Enregistrer l’autorité
form-cancel = Annuler
profile-edit = Modifier
authority-send-request = Envoyer une demande à cette autorité
profile-area-coordinator = Coordinateur IMI pour ses domaines législatifs
profile-other-names = Autres noms
profile-registered-by = Enregistrée par
profile-registered-by-value = { $user }, { $authority }
users-title = Utilisateurs
users-roles = Rôles
users-active = Compte actif
users-pending = Invitation pas encore acceptée
users-invitation-expired = Invitation expirée
users-resend-invitation = Renvoyer l’invitation
toast-invitation-resent = Une nouvelle invitation a été envoyée ; le lien précédent n’est plus valable.
users-inactive = Compte désactivé
users-invited-by = Invitation envoyée par { $name }
users-may-log-in = Peut se connecter
users-invite-title = Inviter un ou une collègue
users-invite = Envoyer l’invitation
toast-invited = L’invitation a été envoyée.
invitation-title = Bienvenue dans l’IMI
invitation-intro = { $name }, vous avez reçu une invitation à utiliser le Système d’information du marché intérieur pour le compte de { $authority } ({ $country }). Choisissez votre mot de passe pour activer votre compte.
password-help = { $count ->
    [one] Au moins { $count } caractère. Quelques mots sans rapport entre eux forment un bon mot de passe ; les mots de passe courants, ainsi que votre nom ou votre adresse, sont refusés.
   *[other] Au moins { $count } caractères. Quelques mots sans rapport entre eux forment un bon mot de passe ; les mots de passe courants, ainsi que votre nom ou votre adresse, sont refusés.
}
invitation-repeat = Confirmer le mot de passe
invitation-mismatch = Les deux mots de passe ne sont pas identiques.
invitation-accept = Activer mon compte
invitation-invalid = Ce lien d’invitation est inconnu, a déjà été utilisé ou a expiré. Demandez une nouvelle invitation à votre administrateur local des données ou à votre coordinateur IMI.
field-error-invalid-email = Adresse électronique non valide.
field-error-invalid-phone = Ce n’est pas un numéro de téléphone au format international (+ suivi de chiffres).
field-error-not-yours = En dehors des domaines législatifs que vous coordonnez.
field-error-taken = Déjà utilisé par un autre compte.
field-error-too-short = Trop court.
field-error-last-administrator = L’autorité doit conserver au moins un administrateur local des données actif.
field-error-control-character = Contient un caractère de contrôle ou une marque de sens d’écriture ; veuillez supprimer ce caractère.
field-error-not-own-country = Choisissez une autorité de votre pays.
field-error-too-personal = Ne doit contenir ni votre adresse électronique ni votre nom.
field-error-too-guessable = Trop facile à deviner : il s’agit d’un mot de passe courant ou d’une variante proche. Utilisez une phrase plus longue, composée de mots sans rapport entre eux.
field-error-wrong-code = Le code est incorrect ou a expiré.
field-error-no-setup = La configuration n’a pas été commencée ou a été remplacée ; recommencez-la.
field-error-no-second-factor = L’authentification à deux facteurs n’est pas activée.
field-error-required-by-role = Vos rôles exigent l’authentification à deux facteurs ; elle ne peut pas être désactivée.
field-error-wrong-password = Le mot de passe est incorrect.
field-error-self = Vous ne pouvez pas désactiver votre propre compte.
field-error-other-country = Relève d’un autre pays.
field-error-not-utf8 = Le fichier n’est pas un texte en UTF-8. Enregistrez-le depuis votre tableur au format « CSV UTF-8 ».
field-error-unreadable = Impossible de lire cette ligne au format CSV.
field-error-unknown-column = Colonne inconnue.
field-error-missing-column = Une colonne obligatoire est manquante.
field-error-wrong-column-count = Cette ligne ne comporte pas le même nombre de cellules que la ligne d’en-tête.
field-error-too-many-rows = Trop de lignes : 20 000 au maximum par fichier.
field-error-invalid-format = Ne correspond pas au format attendu.
field-error-duplicate-of-line = Même référence qu’à la ligne { $line }.
field-error-out-of-range = En dehors de la plage autorisée.
field-error-out-of-range-between = Doit être compris entre { $min } et { $max }.
field-error-invalid-date = Date non valide.
field-error-nonexistent-date = Cette date n’existe pas.
field-error-invalid-person-name = Ce n’est pas un nom de personne.
field-error-invalid-register-reference = Ce n’est pas un numéro de registre valide.
field-error-unknown-country = Pays inconnu du système.
field-error-unknown-placeholder = Espace réservé inconnu du système.
field-error-unexpected = Ne fait pas partie des questions choisies.
field-error-line-break = Doit tenir sur une seule ligne.
field-error-none-left = Au moins une question doit rester dans la demande.
field-error-not-a-handler = Ce n’est pas un gestionnaire de demandes actif de cette autorité.
field-error-not-a-coordinator = Ce n’est pas un coordinateur IMI.
field-error-not-asked = Ne fait pas partie des questions de la demande.
field-error-not-here = Impossible à cet endroit.
field-error-unterminated = Un espace réservé est ouvert sans être fermé.
field-error-empty-name = Un espace réservé n’a pas de nom.
field-error-invalid-name = Le nom d’un espace réservé n’est pas valide.
field-error-mismatched-delimiters = Les délimiteurs ne correspondent pas.
field-error-nested = Un espace réservé se trouve à l’intérieur d’un autre.
field-error-wrong-kind = Ce type de réponse ne convient pas à la question.
field-error-no-attachment = Aucun document n’est joint à cette question.

## Compte : authentification à deux facteurs, sessions, mot de passe
login-code = Code de votre application d’authentification
login-code-intro = Votre compte est protégé par l’authentification à deux facteurs. Saisissez le code que votre application d’authentification affiche actuellement.
login-code-help = Les six chiffres fournis par l’application, ou l’un de vos codes de secours.
user-account = Votre compte
account-title = Votre compte
account-second-factor-title = Authentification à deux facteurs
account-second-factor-intro = Lors de la connexion, un code à six chiffres vous est demandé après votre mot de passe. Il est fourni par une application d’authentification installée sur votre téléphone, comme FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator.
account-second-factor-required = Vos rôles (administrateur local des données ou coordinateur IMI) exigent l’authentification à deux facteurs. Configurez-la maintenant pour continuer.
account-second-factor-on = { $count ->
    [one] L’authentification à deux facteurs est activée. Il vous reste { $count } code de secours.
   *[other] L’authentification à deux facteurs est activée. Il vous reste { $count } codes de secours.
}
account-second-factor-off = L’authentification à deux facteurs est désactivée.
account-second-factor-start = Configurer l’authentification à deux facteurs
account-second-factor-scan = Scannez ce code avec votre application d’authentification, ou saisissez-y la clé ci-dessous. Saisissez ensuite le code affiché par l’application.
account-second-factor-qr = Code QR permettant d’ajouter votre compte à une application d’authentification
account-second-factor-key = Clé
account-second-factor-code = Code affiché par l’application
account-second-factor-confirm = Activer l’authentification à deux facteurs
account-second-factor-disable = Désactiver l’authentification à deux facteurs
account-recovery-title = Codes de secours
account-recovery-intro = Conservez ces codes en lieu sûr, à l’écart de votre téléphone. Chacun d’eux vous permet de vous connecter une seule fois si vous perdez votre téléphone. Ils ne s’affichent qu’une seule fois.
account-recovery-done = Je les ai conservés
account-recovery-renew = Nouveaux codes de secours
account-sessions-title = Sessions ouvertes
account-session-browser = Navigateur
account-session-address = Adresse
account-session-started = Ouverte le
account-session-ends = Expire le
account-session-current = Cette session
account-session-unknown = Non disponible
account-session-end = Fermer cette session
account-sessions-end-others = Fermer toutes les autres sessions
account-password-title = Mot de passe
account-password-current = Mot de passe actuel
account-password-new = Nouveau mot de passe
account-password-repeat = Confirmer le nouveau mot de passe
account-password-change = Modifier le mot de passe
toast-second-factor-on = L’authentification à deux facteurs est activée.
toast-second-factor-off = L’authentification à deux facteurs est désactivée.
toast-recovery-renewed = De nouveaux codes de secours ont été générés ; les anciens ne sont plus valables.
toast-session-ended = Cette session a été fermée.
toast-sessions-ended = Vos autres sessions ont été fermées.
toast-password-changed = Votre mot de passe a été modifié et vos autres sessions ont été fermées.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## $number est un nombre tel que l’écrit la langue du lecteur, et $count le même nombre en chiffres
## (pour la forme du pluriel). $from, $to et $today sont des dates ; $value, $green et $red sont des
## valeurs déjà écrites dans la langue du lecteur (un pourcentage ou des jours) ; $zone est un fuseau
## horaire (UTC) ; $indicator est le nom de l’un des chiffres statistics-figure-*.
nav-statistics = Statistiques
statistics-title = Statistiques
statistics-intro = Combien de demandes circulent, à quelle vitesse elles sont acceptées et reçoivent une réponse, et comment les autorités requérantes évaluent les réponses. Aucune personne, aucun nom ni aucun texte n’entre dans ces chiffres.
statistics-print = Imprimer
statistics-filters = Filtres
statistics-from = Du
statistics-to = Au
statistics-partner = Pays partenaire
statistics-direction = Sens
statistics-direction-all = Envoyées et reçues
statistics-direction-sent = Envoyées
statistics-direction-received = Reçues
statistics-granularity = Périodicité de la série
statistics-granularity-month = Mois
statistics-granularity-quarter = Trimestre
statistics-granularity-year = Année
statistics-whose = Périmètre des chiffres
statistics-scope-everything = Tous les pays
statistics-scope-areas = { $country } : vos domaines
statistics-scope-authority = Votre autorité
statistics-your-areas = Vos domaines législatifs
statistics-period = Demandes envoyées du { $from } au { $to }
statistics-as-of = Les jours sont des jours calendaires en { $zone } ; chiffres arrêtés au { $today }.
statistics-volumes-heading = Volume des demandes
statistics-performance-heading = Rapidité et satisfaction
statistics-performance-intro = La rapidité et la satisfaction sont celles de la partie qui répond : elles portent sur les demandes adressées à ces autorités au cours de la période. Chaque chiffre indique le nombre de demandes sur lequel il repose ; un chiffre qui repose sur peu de demandes peut varier fortement.
statistics-figure-sent = Demandes envoyées
statistics-figure-received = Demandes reçues
statistics-figure-open-now = En cours à ce jour
statistics-figure-overdue-now = En retard à ce jour
statistics-figure-accepted-in-time = Acceptées dans un délai de 7 jours
statistics-figure-average-days = Délai moyen de réponse (jours)
statistics-figure-median-days = Délai médian de réponse (jours)
statistics-figure-by-agreed-date = Réponse fournie au plus tard à l’échéance convenue
statistics-figure-within-two-weeks = Réponse fournie dans les deux semaines
statistics-figure-negative-timeliness = Évaluations négatives du respect des délais
statistics-figure-negative-effort = Évaluations négatives de la qualité
statistics-what-is-counted = Ce qui est comptabilisé
statistics-definition-sent = Demandes envoyées par ces autorités au cours de la période, chacune comptabilisée le jour de son envoi. Les brouillons ne sont jamais comptabilisés. Une demande transférée n’est comptabilisée qu’une fois ; une demande détachée d’une autre est une demande à part entière, envoyée le jour où elle a été détachée ; une demande retirée reste comptabilisée. Les jours sont des jours calendaires en UTC.
statistics-definition-received = Demandes adressées à ces autorités au cours de la période, chacune comptabilisée le jour de son envoi. Une demande transférée n’est comptabilisée qu’une fois, pour l’autorité qui la détient en dernier ; une demande retirée reste comptabilisée. Les jours sont des jours calendaires en UTC.
statistics-definition-open-now = Demandes de ces autorités, envoyées ou reçues, qui, à ce jour, sont en attente d’acceptation, ont été acceptées ou sont en attente d’informations, quelle que soit leur date d’envoi : ce chiffre n’est pas limité à la période.
statistics-definition-overdue-now = Parmi les demandes en cours à ce jour, celles dont l’échéance convenue est dépassée aujourd’hui (jours calendaires en UTC). Ce chiffre n’est pas non plus limité à la période.
statistics-definition-accepted-in-time = Parmi les demandes reçues qui ont été acceptées, ou qui attendent depuis plus de 7 jours sans avoir été acceptées, la part de celles qui ont été acceptées au plus tard 7 jours calendaires après leur réception. Une demande est reçue le jour de son envoi ou, si elle a été transférée, le jour du dernier transfert, afin qu’une autorité ne se voie pas imputer les jours pendant lesquels une autre la détenait. Une demande retirée n’est comptabilisée que si elle avait été acceptée. Les jours sont des jours calendaires en UTC.
statistics-definition-average-days = Nombre moyen de jours calendaires (UTC) entre la réception (le jour de l’envoi ou du dernier transfert) et la première réponse, calculé sur les demandes reçues qui ont obtenu une réponse. Lorsque des précisions ont été demandées après une réponse, c’est toujours la première réponse qui compte.
statistics-definition-median-days = Valeur centrale de ces mêmes nombres de jours entre la réception et la première réponse : la moitié des réponses ont été fournies dans ce délai ou plus rapidement. Pour un nombre pair de réponses, la plus petite des deux valeurs centrales est retenue.
statistics-definition-by-agreed-date = Parmi les demandes qui ont obtenu une réponse et sont assorties d’une échéance convenue, la part de celles dont la première réponse a été fournie ce jour-là au plus tard (jours calendaires en UTC).
statistics-definition-within-two-weeks = Parmi les demandes qui ont obtenu une réponse, la part de celles dont la première réponse a été fournie au plus tard 14 jours calendaires (UTC) après leur réception (le jour de l’envoi ou du dernier transfert).
statistics-definition-negative-timeliness = Parmi les demandes reçues que l’autorité requérante a évaluées lors de leur clôture, la part de celles dont elle a évalué la réponse négativement quant au respect des délais.
statistics-definition-negative-effort = Parmi les demandes reçues que l’autorité requérante a évaluées lors de leur clôture, la part de celles dont elle a évalué la réponse négativement quant à la qualité.
statistics-no-figure = Aucune demande
statistics-based-on = { $count ->
    [one] Sur la base de { $number } demande
   *[other] Sur la base de { $number } demandes
}
statistics-eea = EEE
statistics-eea-value = EEE : { $value }
statistics-band-green = Bon
statistics-band-yellow = À surveiller
statistics-band-red = Insuffisant
statistics-legend-title = Seuils des niveaux
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time } : bon à partir de { $green }, insuffisant en dessous de { $red }.
statistics-legend-average-days = { statistics-figure-average-days } : bon en dessous de { $green }, insuffisant au-dessus de { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date } : bon à partir de { $green }, insuffisant en dessous de { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness } : bon en dessous de { $green }, insuffisant à partir de { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort } : bon en dessous de { $green }, insuffisant à partir de { $red }.
statistics-quarter = T{ $quarter } { $year }
statistics-quarter-short = T{ $quarter }
statistics-charts-heading = Évolution dans le temps
statistics-volumes-title = Demandes envoyées et reçues
statistics-acceptance-title = Part des demandes acceptées dans un délai de 7 jours
statistics-days-title = Délai moyen de réponse (jours)
statistics-axis-requests = Demandes
statistics-axis-share = Part
statistics-axis-days = Jours
statistics-show-table = Afficher sous forme de tableau
statistics-tables-heading = Ventilations
statistics-column-period = Période
statistics-column-sent = Envoyées
statistics-column-received = Reçues
statistics-column-based-on = Base (demandes)
statistics-column-area = Domaine législatif
statistics-column-partner = Pays partenaire
statistics-column-country = Pays
statistics-column-from-to = De (lignes) vers (colonnes)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Demandes par domaine législatif
statistics-by-partner-title = Demandes par pays partenaire
statistics-by-partner-intro = Le pays partenaire est le pays de l’autre partie : le pays destinataire d’une demande envoyée, le pays requérant d’une demande reçue.
statistics-exchanges-title = Demandes d’un pays à l’autre
statistics-exchanges-intro = Chaque ligne correspond à un pays requérant, chaque colonne à un pays destinataire ; seuls les pays ayant des demandes au cours de la période figurent dans le tableau.
statistics-scoreboard-title = Tableau d’affichage des pays destinataires
statistics-scoreboard-intro = Les indicateurs de chaque pays en tant que partie qui répond, pour les demandes qu’il a reçues au cours de la période, avec leur niveau selon les seuils indiqués ci-dessus.
statistics-csv = Télécharger au format CSV
statistics-csv-failed = Ce navigateur n’a pas pu créer le fichier.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator } : niveau
statistics-csv-based-on = { $indicator } : base (demandes)
statistics-empty-title = Aucune demande au cours de cette période
statistics-empty-body = Aucune demande correspondant à ces filtres n’a été envoyée au cours de cette période. Choisissez une période plus longue ou moins de filtres.
statistics-error-before-start = La date ne doit pas être antérieure au premier jour de la période.
statistics-error-too-long = { $count ->
    [one] La période ne peut pas dépasser { $days } jour.
   *[other] La période ne peut pas dépasser { $days } jours.
}

## Alertes : une autorité en avertit plusieurs

role-alert_coordinator = Coordinateur des alertes
field-error-before-start = Ne peut pas précéder la date de début d’application de la décision.
alert-state-draft = Brouillon
alert-state-awaiting-approval = En attente de l’approbation du coordinateur des alertes
alert-state-sent = Envoyée
alert-state-closure-proposed = Clôture proposée
alert-state-closed = Clôturée
alert-state-withdrawn = Retirée
alert-action-edit = Modifier
alert-action-delete = Supprimer le brouillon
alert-action-send = Envoyer l’alerte
alert-action-approve = Approuver et envoyer
alert-action-reject = Renvoyer à l’expéditeur
alert-action-acknowledge = Accuser réception pour le pays
alert-action-pass-on = Transmettre aux autorités
alert-action-acknowledge-receipt = Accuser réception
alert-action-modify = Modifier l’alerte
alert-action-withdraw = Retirer
alert-action-propose-closure = Proposer la clôture
alert-action-reject-closure = Maintenir l’alerte ouverte
alert-action-close = Clôturer l’alerte
alert-event-created = Brouillon créé
alert-event-submitted = Soumise pour approbation
alert-event-approved = Approuvée par le coordinateur des alertes
alert-event-rejected = Renvoyée à l’expéditeur
alert-event-sent = Alerte envoyée
alert-event-acknowledged = Réception confirmée par le coordinateur des alertes du pays
alert-event-passed-on = Transmise aux autorités compétentes
alert-event-receipt-acknowledged = Réception confirmée par l’autorité
alert-event-modified = Alerte modifiée
alert-event-withdrawn = Alerte retirée
alert-event-withdrawn-wrong = Alerte retirée : elle s’est révélée non fondée
alert-event-closure-proposed = Clôture proposée
alert-event-closure-rejected = L’alerte reste ouverte
alert-event-closed = Alerte clôturée
alert-event-end-reminder = La décision ne s’applique plus : clôturez ou retirez l’alerte
alert-event-late-reminder = En retard : la décision a pris fin il y a plus de 3 jours et l’alerte est toujours ouverte
email-alert-subject = Alerte { $number } : { $event }
email-alert-body = Bonjour { $name },

    { $authority } a effectué une action sur l’alerte { $number } ({ $kind }) : { $event }.

    Ouvrir l’alerte : { $link }

    Ce message a été envoyé par le Système d’information du marché intérieur. Veuillez ne pas y répondre.

alert-delivery-received = Reçue, réception non encore confirmée
alert-delivery-acknowledged = Réception confirmée
alert-delivery-passed-on = Transmise aux autorités compétentes
alert-box-drafts = Brouillons d’alertes
alert-box-sent = Alertes envoyées
alert-box-to-approve = Alertes à approuver
alert-box-to-acknowledge = Alertes dont la réception est à confirmer
alert-box-received = Alertes reçues

## Alerts: the pages

nav-alerts = Alertes
alerts-title = Alertes
alerts-intro = Les alertes avertissent les autorités compétentes d’autres pays au sujet d’un professionnel ou d’un prestataire de services : interdiction ou restriction d’exercice, diplôme falsifié, danger pour la santé, la sécurité ou l’environnement.
alerts-boxes = Listes d’alertes
alerts-new = Nouvelle alerte
alerts-check-link = Vérifier un professionnel
alerts-in-force = Alertes en vigueur
alerts-unread = Mises à jour d’alertes non lues
# Annoncé par les lecteurs d’écran lorsque le nombre de mises à jour d’alertes non lues augmente.
live-alert-news = { $count ->
    [one] { $count } mise à jour d’alerte non lue
   *[other] { $count } mises à jour d’alertes non lues
}
alerts-empty-title = Aucune alerte
alerts-empty-body = Les alertes adressées à votre pays ou à votre autorité, ainsi que celles envoyées par votre autorité, s’affichent ici.
alerts-total = { $count ->
    [one] { $count } alerte
   *[other] { $count } alertes
}
alert-title = Alerte { $number }
alert-title-unknown = Alerte
alert-subject-withheld = Données à caractère personnel masquées
alert-unread = Nouveau depuis votre dernière consultation
alert-from-country = Pays expéditeur : { $country }
alert-details = Détails
alert-sender = Autorité expéditrice
alert-sent-at = Date d’envoi
alert-revision-label = Modifications apportées
alert-revision = { $count ->
    [one] Modifiée { $count } fois depuis son envoi
   *[other] Modifiée { $count } fois depuis son envoi
}
alert-personal-hidden = Les données à caractère personnel de cette alerte ne sont visibles que par l’autorité expéditrice, les coordinateurs des alertes et les autorités auxquelles elle a été transmise.
alert-comment = Commentaire
alert-comment-help = À l’intention des destinataires : ce qu’ils doivent savoir en plus des champs ci-dessus. Rédigez dans votre propre langue ; chaque lecteur peut en obtenir une traduction automatique.
alert-late-reason = Motif de l’envoi tardif de l’alerte
alert-proved-wrong = Cette alerte a été retirée car elle s’est révélée non fondée.
alert-due-left = { $days ->
    [0] Échéance aujourd’hui : une alerte doit être envoyée dans un délai de 3 jours à compter de la décision.
    [one] Il reste { $days } jour pour envoyer cette alerte.
   *[other] Il reste { $days } jours pour envoyer cette alerte.
}
alert-due-late = { $days ->
    [one] { $days } jour de retard : veuillez indiquer le motif de l’envoi tardif de l’alerte.
   *[other] { $days } jours de retard : veuillez indiquer le motif de l’envoi tardif de l’alerte.
}
alert-actions = Actions possibles
alert-note = Motif
alert-note-help = Obligatoire pour renvoyer ou retirer l’alerte, ou pour en proposer la clôture ; tous les destinataires en prennent connaissance.
alert-note-missing = Veuillez d’abord indiquer un motif.
alert-withdraw-proved-wrong = L’alerte s’est révélée non fondée : en informer tous les destinataires
alert-conflict = { $error } État actuel de l’alerte : { $state }.
alert-deliveries = Destinataires
alert-deliveries-summary = { $count ->
    [one] Réception confirmée par { $acknowledged } pays sur { $count }.
   *[other] Réception confirmée par { $acknowledged } pays sur { $count }.
}
alert-column-country = Pays
alert-column-delivery = Coordinateur des alertes
alert-column-authorities = Autorités compétentes
alert-received-at = reçue le { $date }
alert-acknowledged-at = réception confirmée le { $date }
alert-not-acknowledged = réception non encore confirmée
alert-read-at = lue le { $date }
alert-not-read = non encore lue
alert-no-recipients = Pas encore transmise
alert-timeline = Historique
alert-event-for-country = Pays : { $country }
alert-pass-on-title = Transmettre aux autorités compétentes
alert-pass-on-help = Le registre propose les autorités de votre pays compétentes pour cette profession ou cette activité. Décochez celles qui ne doivent pas la recevoir ou ajoutez-en d’autres.
alert-pass-on-none = Le registre ne connaît aucune autorité de votre pays compétente pour cette profession ou cette activité. Ajoutez les autorités qui doivent la recevoir.
alert-pass-on-already = (l’a déjà reçue)
alert-pass-on-add = Ajouter une autre autorité
alert-pass-on-own-country = Les alertes ne peuvent être transmises qu’aux autorités de votre propre pays.
alert-pass-on-submit = { $count ->
    [one] Transmettre à { $count } autorité
   *[other] Transmettre à { $count } autorités
}
alert-compose-title = Nouvelle alerte
alert-draft-title = Brouillon d’alerte { $number }
alert-modify-title = Modifier l’alerte { $number }
alert-step-kind = Type d’alerte
alert-step-fields = Détails
alert-step-countries = Pays
alert-step-review = Commentaire et envoi
alert-kind-legal-basis = Base juridique : { $basis }
alert-choose-kind-first = Veuillez d’abord choisir le type d’alerte.
alert-field-required = { $label } (obligatoire)
alert-choose = Choisir…
alert-countries-all = Cette alerte est adressée aux coordinateurs des alertes des 30 pays de l’EEE.
alert-countries-choose = Choisissez les pays dans lesquels le prestataire exerce ses activités ou dans lesquels le risque peut survenir.
alert-countries-always = Le pays d’établissement ({ $country }) reçoit cette alerte dans tous les cas.
alert-countries-none = Aucun pays choisi pour le moment.
alert-goes-to = Destinataires : { $countries }
alert-approval-note = Les alertes émanant de votre pays sont approuvées par son coordinateur des alertes avant leur envoi.
alert-modify-note = Tous les destinataires sont informés de la modification de l’alerte.
alert-problems = Éléments à compléter
alert-incomplete = L’alerte n’est pas encore complète. Les éléments manquants sont signalés.
alert-save-draft = Enregistrer le brouillon
alert-save-modification = Enregistrer la modification
alert-submit = Soumettre pour approbation
alert-check-title = Ce professionnel peut-il exercer ?
alert-check-intro = Recherchez par nom dans les alertes en vigueur relatives aux qualifications professionnelles qui ont été adressées à votre pays ou à votre autorité. Les accents et une faute de frappe sont tolérés. Une alerte trouvée signifie qu’une interdiction ou une restriction s’applique dans le pays qui l’a émise ; l’absence d’alerte ne prouve pas que le professionnel est autorisé à exercer.
alert-check-name = Nom du professionnel
alert-check-profession = Profession concernée
alert-check-any-profession = Toutes les professions
alert-check-submit = Rechercher des alertes
alert-check-none = Aucune alerte en vigueur ne mentionne { $name }.
alert-check-found = { $count ->
    [one] { $count } alerte en vigueur trouvée
   *[other] { $count } alertes en vigueur trouvées
}
toast-alert-saved = Le brouillon a été enregistré.
toast-alert-sent = L’alerte a été envoyée.
toast-alert-submitted = L’alerte a été soumise pour approbation.
toast-alert-modified = L’alerte a été modifiée ; les destinataires en sont informés.
toast-alert-deleted = Le brouillon a été supprimé.
toast-alert-passed-on = L’alerte a été transmise.
toast-alert-done = Action effectuée : { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Vous êtes hors ligne. Les demandes que vous avez ouvertes restent consultables ; les réponses, messages et documents que vous ajoutez sont conservés sur cet appareil et envoyés dès le rétablissement de la connexion.
update-ready = Une nouvelle version du système est prête.
update-reload = Charger la nouvelle version

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Une modification effectuée hors ligne est en attente d’envoi.
   *[other] { $count } modifications effectuées hors ligne sont en attente d’envoi.
}
queue-sending = Envoi des modifications effectuées hors ligne…
queue-attention = { $count ->
    [one] Une modification effectuée hors ligne n’a pas été envoyée et requiert votre décision.
   *[other] { $count } modifications effectuées hors ligne n’ont pas été envoyées et requièrent votre décision.
}
queue-title = En attente d’envoi
queue-intro = Ces modifications ont été effectuées sans connexion et sont conservées sur cet appareil. Elles sont envoyées dans l’ordre dès le rétablissement de la connexion.
queue-kind-answers = Réponses (enregistrées, non envoyées à l’autorité requérante)
queue-kind-answer = Réponses à envoyer à l’autorité requérante
queue-kind-message = Message à l’autre autorité
queue-kind-document = Document « { $name } » ({ $size } Ko)
queue-made-at = Rédigé le { $time }
queue-status-waiting = En attente de la connexion.
queue-status-conflict = Non envoyé : la demande a changé depuis que vous avez rédigé ceci et se trouve désormais à l’état « { $state } ». Consultez les changements dans l’historique ci-dessous, puis envoyez la modification malgré tout ou abandonnez-la.
queue-status-refused = Non envoyé : { $error }
queue-send-anyway = Envoyer malgré tout
queue-edit = Modifier
queue-discard = Abandonner
queue-discard-confirm = Abandonner cette modification ? Ce que vous avez rédigé sera supprimé de cet appareil.
queue-logout-confirm = { $count ->
    [one] Une modification effectuée hors ligne n’a pas encore été envoyée. La déconnexion la supprimera de cet appareil. Voulez-vous vous déconnecter malgré tout ?
   *[other] { $count } modifications effectuées hors ligne n’ont pas encore été envoyées. La déconnexion les supprimera de cet appareil. Voulez-vous vous déconnecter malgré tout ?
}
toast-queued = Pas de connexion : la modification est conservée sur cet appareil et sera envoyée dès le rétablissement de la connexion.
toast-queue-sent = { $count ->
    [one] La modification effectuée hors ligne a été envoyée.
   *[other] Les { $count } modifications effectuées hors ligne ont été envoyées.
}

## Inspections sur place : type de demande et rapport d’inspection signé par les personnes présentes
compose-kind-label = Que demandez-vous ?
request-kind-information = Renseignements
request-kind-information-help = L’autre autorité répond à vos questions sur la base de ses dossiers et registres.
request-kind-inspection = Inspection sur place
request-kind-inspection-help = L’autre autorité inspecte les locaux, les équipements ou le site concernés et rend compte de ses constatations, avec des photos et les signatures des personnes présentes.
request-checklist = { $count ->
    [one] Liste de contrôle : un point
   *[other] Liste de contrôle : { $count } points
}
inspection-title = Rapport d’inspection
inspection-help = Consignez l’inspection au fur et à mesure : répondez à la liste de contrôle ci-dessus, joignez des photos en tant que documents, puis indiquez le jour et le lieu et faites signer ici chaque personne présente. La réponse peut être envoyée dès que vous avez vous-même signé.
inspection-pending = Le rapport d’inspection s’affichera ici avec la réponse.
inspection-inspected-on = Jour de l’inspection
inspection-place = Lieu inspecté
inspection-place-help = L’adresse, ainsi que le site ou les locaux (par exemple : chantier, portail 2).
inspection-present = Personnes présentes
inspection-signer-name = Prénom et nom
inspection-signer-role = En qualité de
inspection-signer-refused = A refusé de signer
inspection-signer-unnamed = la personne présente
inspection-signer-unsigned = Ne figure au rapport qu’une fois que la personne a signé ou refusé de signer.
inspection-signer-add = Ajouter une personne présente
inspection-signer-remove = Retirer cette personne
inspection-signature-of = Signature de { $name }
inspection-signature-clear = Effacer la signature
inspection-signature-needed = La signature de l’inspecteur est requise avant l’envoi de la réponse.
inspection-refused-to-sign = La personne a refusé de signer.
signer-role-inspector = Inspecteur
signer-role-provider-representative = Représentant du prestataire ou de l’employeur
signer-role-worker = Travailleur
signer-role-witness = Témoin
queue-kind-report = Rapport d’inspection (enregistré, non envoyé à l’autorité requérante)
