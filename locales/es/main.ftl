# Español.

## La aplicación
app-name = Sistema de Información del Mercado Interior
app-short-name = IMI
app-tagline = Cooperación administrativa entre las autoridades competentes del Espacio Económico Europeo
skip-to-content = Ir al contenido principal
loading = Cargando…

## Navegación y menú del usuario
nav-label = Navegación principal
nav-inbox = Bandeja de entrada
language-label = Idioma
user-signed-in-as = Sesión iniciada como { $name }, { $authority }
organisation-commission = Comisión Europea
logout = Cerrar sesión
toast-dismiss = Cerrar
toast-logged-out = Ha cerrado la sesión.

## Página de inicio de sesión
login-title = Iniciar sesión
login-intro = Utilice la cuenta que le ha creado la administración local de datos de su autoridad o la coordinación nacional de IMI.
login-email = Dirección de correo electrónico
login-password = Contraseña
login-submit = Iniciar sesión
login-submitting = Iniciando sesión…
field-required = Este campo es obligatorio.

## Bandeja de entrada
inbox-title = Bandeja de entrada
inbox-empty-title = Todavía no hay solicitudes

## Páginas inexistentes
not-found-title = Página no encontrada
not-found-body = La dirección a la que ha accedido no corresponde a ninguna página de este sistema.
not-found-home = Ir a la bandeja de entrada

## Perfiles
roles-label = Sus perfiles
role-request_handler = Gestión de solicitudes
role-allocator = Asignación de solicitudes
role-local_administrator = Administración local de datos
role-coordinator = Coordinación de IMI
role-commission_observer = Observación (Comisión Europea)

## Errores devueltos por el servidor, por código
error-internal-error = Se ha producido un error en el servidor. Vuelva a intentarlo; si el problema persiste, póngase en contacto con la administración del sistema.
error-database-unavailable = En este momento no es posible acceder a la base de datos del sistema. Vuelva a intentarlo dentro de unos minutos.
error-not-found = Lo que ha solicitado no existe o usted no tiene acceso a ello.
error-method-not-allowed = Esta acción no está disponible aquí.
error-unauthenticated = Su sesión ha finalizado. Vuelva a iniciar sesión.
error-forbidden = No tiene los permisos necesarios para realizar esta acción.
error-invalid-credentials = La dirección de correo electrónico o la contraseña no son correctas.
error-too-many-attempts = { $seconds ->
    [one] Demasiados intentos fallidos. Espere { $seconds } segundo antes de volver a intentarlo.
   *[other] Demasiados intentos fallidos. Espere { $seconds } segundos antes de volver a intentarlo.
}
error-malformed-json = El servidor no ha podido leer los datos enviados. Vuelva a cargar la página e inténtelo de nuevo.
error-unsupported-media-type = El servidor no acepta datos en este formato.
error-payload-too-large = Los datos enviados superan el tamaño máximo que admite el servidor.
error-validation-failed = Algunos campos no se han cumplimentado correctamente. Revise los campos marcados.
error-network-error = No es posible conectar con el servidor. Compruebe su conexión de red e inténtelo de nuevo.
error-invalid-transition = Esta acción no es posible en el estado actual de la solicitud. Vuelva a cargar la página para ver qué acciones están disponibles ahora.
error-translation-not-configured = La traducción automática no está disponible en este sistema.
error-translation-failed = El servicio de traducción automática no ha respondido. Vuelva a intentarlo más tarde.

## Valores de los marcadores de posición (shared::placeholder::PlaceholderErrorCode)
## $label es la etiqueta del marcador en el idioma del lector; $max y $length son números de
## caracteres.
placeholder-error-missing = Introduzca un valor en el campo «{ $label }».
placeholder-error-empty = El campo «{ $label }» no puede estar vacío.
placeholder-error-too-long = { $max ->
    [one] El campo «{ $label }» admite como máximo { $max } carácter; ahora tiene { $length }.
   *[other] El campo «{ $label }» admite como máximo { $max } caracteres; ahora tiene { $length }.
}
placeholder-error-control-character = El campo «{ $label }» contiene un carácter de control invisible. Vuelva a escribir el valor.
placeholder-error-line-break = El campo «{ $label }» debe ocupar una sola línea.
placeholder-error-invalid-date = Introduzca la fecha del campo «{ $label }» en formato año-mes-día, por ejemplo, 2025-03-31.
placeholder-error-nonexistent-date = La fecha introducida en el campo «{ $label }» no existe en el calendario.
placeholder-error-unknown-country = En el campo «{ $label }», elija un país del Espacio Económico Europeo.
placeholder-error-invalid-email = El campo «{ $label }» no contiene una dirección de correo electrónico válida.
placeholder-error-invalid-person-name = El campo «{ $label }» debe contener el nombre de una persona: letras, sin cifras.
placeholder-error-invalid-register-reference = El campo «{ $label }» solo puede contener letras, cifras, espacios y los caracteres - . /
placeholder-error-unexpected = Se ha indicado un valor para un campo que no utiliza ninguna de las preguntas seleccionadas.
placeholder-error-unknown-placeholder = Una pregunta utiliza un campo desconocido. Informe de ello a la coordinación de IMI.

## Plantillas de preguntas (shared::placeholder::TemplateErrorCode)
## $position es la posición de un carácter contada desde 1 (la SPA pasa la posición del código,
## que empieza en 0, + 1); $name es el nombre de un marcador tal como se ha escrito.
template-error-unterminated = El marcador de posición que empieza en el carácter { $position } no está cerrado.
template-error-empty-name = El marcador de posición situado en el carácter { $position } no tiene nombre.
template-error-invalid-name = «{ $name }» (carácter { $position }) no es un nombre válido de marcador de posición: debe empezar por una letra, seguida de letras, cifras o «_».
template-error-mismatched-delimiters = El marcador de posición situado en el carácter { $position } se abre con un tipo de delimitador y se cierra con otro.
template-error-nested = El marcador de posición situado en el carácter { $position } contiene otro marcador de posición.
template-error-unknown-placeholder = «{ $name }» (carácter { $position }) no es un marcador de posición conocido.

## Estados de una solicitud (shared::lifecycle::RequestState)
request-state-draft = Borrador
request-state-awaiting-acceptance = Pendiente de aceptación
request-state-accepted = Aceptada
request-state-info-requested = Información adicional solicitada
request-state-answered = Respondida
request-state-closed = Cerrada
request-state-withdrawn = Retirada

## Acciones sobre una solicitud (shared::lifecycle::ActionKind)
request-action-create = Nueva solicitud
request-action-edit = Modificar
request-action-delete = Eliminar borrador
request-action-send = Enviar
request-action-withdraw = Retirar
request-action-accept = Aceptar
request-action-forward = Reenviar
request-action-request-info = Solicitar información adicional
request-action-provide-info = Facilitar información
request-action-answer = Responder
request-action-split-off = Separar preguntas
request-action-request-clarification = Pedir aclaraciones
request-action-close = Aceptar la respuesta y cerrar

## Valoración de una respuesta (shared::lifecycle::Rating)
rating-positive = Buena
rating-neutral = Aceptable
rating-negative = Deficiente

## Comprobación de preguntas (página para redactar y probar plantillas de preguntas)
nav-question-check = Comprobación de preguntas
question-check-title = Comprobar una pregunta
question-check-intro = Redacte una pregunta tal como aparecerá en una solicitud, con marcadores de posición para los datos que cumplimenta la autoridad solicitante, y pruébela con valores. Se aplican las mismas reglas que al enviar una solicitud.
question-check-template = Texto de la pregunta
question-check-template-help = Escriba cada marcador de posición como {"${"}Nombre{"}"}, por ejemplo, {"${"}SPBusinessName{"}"}. Marcadores de posición conocidos: { $names }.
question-check-values = Valores
question-check-no-placeholders = Esta pregunta no tiene marcadores de posición.
question-check-preview = Vista previa
question-check-submit = Comprobar en el servidor
question-check-accepted = El servidor acepta esta pregunta y sus valores.

## Catálogo de preguntas
nav-catalogue = Preguntas
catalogue-title = Catálogo de preguntas
catalogue-intro = Las preguntas pretraducidas que pueden incluirse en una solicitud. La otra autoridad lee cada una de ellas en su propio idioma; los marcadores de posición los cumplimenta la autoridad solicitante.
catalogue-area-label = Ámbito legislativo
catalogue-count = { $count ->
    [one] { $count } pregunta
   *[other] { $count } preguntas
}
area-services = Servicios
area-professional_qualifications = Cualificaciones profesionales
area-posting_of_workers = Desplazamiento de trabajadores
area-ecommerce = Comercio electrónico
answer-type-yes_no = Sí o no
answer-type-date = Fecha
answer-type-free_text = Texto libre
answer-type-document = Documento
answer-type-choice = Selección de una lista
answer-type-measurement = Valor medido

## Búsqueda de autoridades
nav-authorities = Autoridades
authorities-title = Buscar una autoridad
authorities-intro = Busque en cualquier idioma por nombre, sigla, ciudad o competencia, por ejemplo, una profesión o una actividad. Las competencias se buscan en todos los idiomas del sistema.
authorities-search-label = Nombre, ciudad o competencia
authorities-country-label = País
authorities-any-country = Todos los países
authorities-any-area = Todos los ámbitos
authorities-results = { $count ->
    [one] Se ha encontrado { $count } autoridad
   *[other] Se han encontrado { $count } autoridades
}
authorities-no-results = Ninguna autoridad coincide con esta búsqueda.
## $country es el nombre de un país en el idioma del lector; $label, el de una profesión o
## actividad.
search-country-from-query = Se muestran las autoridades del país indicado en su búsqueda: { $country }.
search-none-declared = { $country }: ninguna autoridad se ha declarado competente en materia de «{ $label }».
search-none-declared-anywhere = Ninguna autoridad se ha declarado competente en materia de «{ $label }».
search-ask-coordinator = La coordinación nacional de IMI ({ $country }) puede indicarle qué autoridad es competente:
authorities-match-name = Coincide con el nombre
authorities-match-acronym = Coincide con la sigla
authorities-match-city = Coincide con la ciudad
authorities-match-competence = Competente en materia de: { $label }
authorities-pages = Páginas de resultados
authorities-previous = Anterior
authorities-next = Siguiente
authorities-page = Página { $page } de { $pages }
profile-back = Volver a la búsqueda
profile-country = País
profile-acronym = Sigla
profile-level = Ámbito territorial
level-national = Nacional
level-regional = Regional
level-local = Local
profile-address = Dirección
profile-email = Correo electrónico
profile-phone = Teléfono
profile-role = Perfil en el sistema
profile-coordinator = Coordinación nacional de IMI
profile-areas = Ámbitos legislativos
profile-competences = Competente en materia de

## Países del Espacio Económico Europeo
country-AT = Austria
country-BE = Bélgica
country-BG = Bulgaria
country-HR = Croacia
country-CY = Chipre
country-CZ = Chequia
country-DK = Dinamarca
country-EE = Estonia
country-FI = Finlandia
country-FR = Francia
country-DE = Alemania
country-GR = Grecia
country-HU = Hungría
country-IE = Irlanda
country-IT = Italia
country-LV = Letonia
country-LT = Lituania
country-LU = Luxemburgo
country-MT = Malta
country-NL = Países Bajos
country-PL = Polonia
country-PT = Portugal
country-RO = Rumanía
country-SK = Eslovaquia
country-SI = Eslovenia
country-ES = España
country-SE = Suecia
country-IS = Islandia
country-LI = Liechtenstein
country-NO = Noruega

## Bandeja de entrada: listas y orden
inbox-empty-body-box = Aquí se mostrarán las solicitudes de su autoridad que coincidan con estos filtros.
inbox-new-request = Nueva solicitud
inbox-boxes = Listas de solicitudes
inbox-total = { $count ->
    [one] Una solicitud
   *[other] { $count } solicitudes
}
inbox-deadline = Fecha límite: { $date }
inbox-number-label = Número de solicitud
inbox-sort-label = Orden
inbox-sort-updated-desc = Modificadas más recientemente primero
inbox-sort-updated-asc = Modificadas hace más tiempo primero
inbox-sort-deadline-asc = Fecha límite más próxima primero
inbox-sort-number-desc = Números más recientes primero
box-to-accept = Pendientes de aceptación
box-to-answer = Pendientes de respuesta o revisión
box-awaiting = A la espera de la otra parte
box-overdue = Fuera de plazo
box-drafts = Borradores
box-closed = Cerradas
box-all = Todas

## Documentos adjuntos
error-unsupported-file-type = No se admite este tipo de archivo. Adjunte un PDF, una imagen o un documento ofimático.

## Una solicitud
request-title = Solicitud { $number }
request-title-unknown = Solicitud
request-overdue = Fuera de plazo
request-from = Autoridad solicitante
request-to = Autoridad destinataria
request-created = Fecha de creación
request-requested-date = Respuesta solicitada a más tardar el
request-deadline = Plazo acordado
request-subject = Persona o empresa objeto de la solicitud
request-personal-data-hidden = Los datos personales, las observaciones, los mensajes y los documentos se mostrarán cuando su autoridad acepte la solicitud.
request-personal-data-coordinator = En su función de coordinación de IMI, puede seguir la tramitación de la solicitud. Los datos personales, las observaciones, los mensajes y los documentos de la solicitud solo son accesibles para las dos autoridades implicadas.
request-note-hidden = Texto oculto: puede contener datos personales.
request-blocked-on = Datos personales bloqueados el
request-personal-data-blocked = Conforme a las normas de conservación, los datos personales de esta solicitud (persona o empresa a la que se refiere, texto libre y documentos) se bloquearon el { $date }. Ya nadie puede verlos y se suprimirán el { $deleted }.
request-personal-data-erased = Conforme a las normas de conservación, los datos personales de esta solicitud se suprimieron el { $date }. Solo se conservan sus elementos básicos: fechas, autoridades, estados y valoraciones.
personal-data-mark = Datos personales
personal-data-legend = Este símbolo señala los datos personales. Solo los ven las autoridades que tramitan la solicitud; una vez finalizada la solicitud, se bloquean y después se suprimen, conforme a las normas de conservación.
nav-data-subjects = Interesados
data-subjects-title = Solicitudes de los interesados
data-subjects-intro = Cuando una persona pregunte qué datos tiene su autoridad sobre ella, busque aquí todas las solicitudes de su autoridad que se refieran a ella, incluidas aquellas cuyos datos personales estén bloqueados, y elabore el informe al que tiene derecho. Cada búsqueda y cada informe quedan registrados con su motivo.
data-subjects-reason = Motivo
data-subjects-reason-help = Por ejemplo, la fecha y la referencia de la solicitud de la persona. Se anota en el registro de auditoría.
data-subjects-search = Buscar
data-subjects-found = { $count ->
    [one] Se ha encontrado una solicitud
   *[other] Se han encontrado { $count } solicitudes
}
data-subjects-none = Ninguna solicitud de su autoridad se refiere a esta persona.
data-subjects-include = Incluir en el informe
data-subjects-side-requesting = Enviada por su autoridad
data-subjects-side-responding = Recibida por su autoridad
data-subjects-stage-visible = Datos personales visibles
data-subjects-stage-blocked = Datos personales bloqueados
data-subjects-stage-deleted = Datos personales suprimidos
data-subjects-report-language = Idioma del informe
data-subjects-make-report = Elaborar el informe
data-subjects-print = Imprimir el informe
report-title = Datos personales que se conservan sobre usted
report-intro = { $authority } conserva los siguientes datos personales sobre usted en el Sistema de Información del Mercado Interior (IMI), a través del cual las autoridades del Espacio Económico Europeo intercambian información con arreglo al Reglamento (UE) n.º 1024/2012.
report-made-on = Informe elaborado el { $date }
report-request = Solicitud { $number }
report-area = Ámbito jurídico
report-data = Datos conservados
report-disclosures = Envíos y recepciones
report-disclosure-sent = Enviados a { $authority } el { $date }
report-disclosure-forwarded = Reenviados a { $authority } el { $date }
report-disclosure-split-off = Transmitidos en parte a { $authority } el { $date }
report-disclosure-received-from = Recibidos de { $authority } el { $date }
report-retention = Bloqueo y supresión
report-blocked-and-deleted = Bloqueo el { $blocked } (a partir de entonces, nadie puede verlos) y supresión el { $deleted }.
report-not-ended = La solicitud aún se está tramitando. Los datos personales que contiene se bloquearán { $block ->
    [one] { $block } mes
   *[other] { $block } meses
} después de su finalización y se suprimirán { $delete ->
    [one] { $delete } mes
   *[other] { $delete } meses
} después de su finalización.
report-count = { $field }: { $count }
report-field-document = Documento
report-field-comment = Observaciones de la autoridad solicitante
report-field-note = Mensajes y textos de acompañamiento
report-field-text-answer = Respuestas escritas
report-field-answer-comment = Observaciones sobre las respuestas
report-field-inspection-present = Presencia en la inspección in situ
report-empty = Las solicitudes de esta autoridad no contienen datos personales sobre usted.
timeline-fields = Campos rectificados: { $fields }
request-rectify = Rectificar los datos personales
request-rectify-title = Rectificar los datos de la persona o empresa objeto de la solicitud
request-rectify-help = Se informa a la otra autoridad de los campos que ha rectificado. Los valores anteriores no se conservan.
request-rectify-save = Guardar la rectificación
request-comment = Observaciones
request-original-language = Idioma original: { $language }
request-questions = { $count ->
    [one] Una pregunta
   *[other] { $count } preguntas
}
request-answer = Respuesta
request-answer-comment = Observaciones sobre la respuesta
request-answer-choose = Elija una respuesta
request-answer-date = Fecha
request-answer-measurement = Valor medido ({ $unit })
request-answer-text = Texto de la respuesta
request-save-answers = Guardar las respuestas
request-send-answer = Enviar la respuesta
request-actions = Acciones disponibles
request-propose-days = O proponga otro plazo, en días
request-accept-proposed = Aceptar con este plazo
request-note = Texto de acompañamiento
request-rating-timeliness = Puntualidad de la respuesta
request-rating-effort = Calidad de la respuesta
request-rating-choose = Elija una valoración
request-rating-needed = Para cerrar la solicitud, valore la puntualidad y la calidad de la respuesta.
confirm-irreversible = Esta acción no se puede deshacer. ¿Desea continuar?
request-split-choose = Trasladar esta pregunta a otra autoridad
request-reuse = Crear una nueva solicitud a partir de esta
request-timeline = Historial
timeline-new = Nuevo desde su cambio
request-message = Mensaje a la otra autoridad
request-message-send = Enviar el mensaje
timeline-to = Destinatario: { $authority }
timeline-split-to = Nueva solicitud n.º { $id }
subject-name = Nombre o razón social
subject-identifier = Número de registro o de identificación
subject-birth-date = Fecha de nacimiento
picker-label = Buscar la autoridad (en cualquier idioma)
picker-more = Mostrar más
answer-yes = Sí
answer-no = No
answer-unknown = Se desconoce
answer-date = Una fecha
answer-text = Una respuesta escrita
answer-measurement = Un valor medido
answer-document-attached = Se adjunta el documento
answer-document-not-available = El documento no está disponible
event-created = Borrador creado
event-sent = Enviada
event-withdrawn = Retirada
event-accepted = Aceptada
event-forwarded = Reenviada
event-info-requested = Información adicional solicitada
event-info-provided = Información facilitada
event-answered = Respondida
event-split-off = Preguntas separadas en una nueva solicitud
event-clarification-requested = Aclaraciones solicitadas
event-closed = Respuesta aceptada, solicitud cerrada
event-message = Mensaje
event-attachment-added = Documento adjuntado
toast-request-action-send = Se ha enviado la solicitud.
toast-request-action-delete = Se ha eliminado el borrador.
toast-request-action-withdraw = Se ha retirado la solicitud.
toast-request-action-accept = Se ha aceptado la solicitud.
toast-request-action-forward = Se ha reenviado la solicitud.
toast-request-action-request-info = Su pregunta se ha enviado a la autoridad solicitante.
toast-request-action-provide-info = Se ha facilitado la información.
toast-request-action-answer = Se ha enviado la respuesta.
toast-request-action-split-off = Las preguntas se han trasladado a una nueva solicitud.
toast-request-action-request-clarification = Se ha enviado su petición de aclaraciones.
toast-request-action-close = Se ha cerrado la solicitud.
toast-answers-saved = Se han guardado sus respuestas.

## Redacción de una solicitud
compose-title = Nueva solicitud
compose-steps = Pasos
compose-step-area = Ámbito legislativo
compose-step-authority = Autoridad
compose-step-subject = Persona o empresa
compose-step-questions = Preguntas
compose-step-details = Observaciones y fecha
compose-step-review = Revisar y enviar
compose-back = Atrás
compose-next = Siguiente
compose-saved = Borrador n.º { $id } guardado
compose-chosen-authority = Autoridad elegida: { $name }
compose-subject-help = El profesional o prestador de servicios de que se trate. La autoridad destinataria solo verá estos datos después de aceptar la solicitud.
compose-comment-help = Redactadas en su idioma; la otra autoridad verá en qué idioma están escritas.
compose-incomplete = La solicitud aún no está completa. Se han marcado los datos que faltan.
compose-draft-title = Borrador { $number }
compose-questions-filter = Filtrar las preguntas
compose-questions-chosen = Preguntas seleccionadas: { $count }
compose-step-attention = requiere atención
compose-review-fix = Corrija lo siguiente antes de enviar la solicitud:
compose-review-language = Las preguntas se muestran en su idioma; la autoridad destinataria las lee en el suyo.
compose-review-none = No consta
field-error-missing = Obligatorio.
field-error-too-long = Demasiado largo.
field-error-not-in-future = Debe ser una fecha posterior a hoy.
field-error-in-future = No puede ser una fecha futura.
field-error-empty = No puede estar vacío.
field-error-duplicate = Seleccionado dos veces.
field-error-unknown = Desconocido.
field-error-other-area = Pertenece a otro ámbito legislativo.
field-error-area-not-handled = Esta autoridad no se ocupa del ámbito legislativo de la solicitud.
field-error-not-allowed = No es posible aquí.
field-error-too-many = Demasiados elementos.

## Documentos adjuntos
request-documents = Documentos
request-no-documents = No hay documentos adjuntos.
request-documents-withheld = Los documentos son datos personales: están ocultos aquí junto con el resto de los datos personales de esta solicitud.
request-document-size = { $size } kB
upload-label = Adjuntar un documento
upload-choose = Seleccionar un archivo…
upload-take-photo = Hacer una foto
upload-keep-original = Enviar las fotos en su tamaño original (de lo contrario, se reducen primero en este dispositivo)
date-day = Día
date-month = Mes
date-year = Año
upload-help = PDF, imagen o documento ofimático, de hasta 20 MB.
upload-question = El documento responde a
upload-no-question = Ninguna pregunta en concreto
upload-question-number = Pregunta { $number }
upload-progress = Progreso de la carga

## Notificaciones por correo electrónico ($event es uno de los mensajes event-*)
email-subject = Solicitud { $number }: { $event }
email-body = Estimado/a { $name }:

    { $authority } ha realizado una acción en la solicitud { $number }: { $event }.

    Abrir la solicitud: { $link }

    Este mensaje ha sido enviado por el Sistema de Información del Mercado Interior. Le rogamos que no lo conteste.

## Notificaciones
notifications-label = Notificaciones
notifications-unread = { $count ->
    [one] { $count } notificación sin leer
   *[other] { $count } notificaciones sin leer
}
notifications-empty = No hay notificaciones.
notifications-mark-all-read = Marcar todas como leídas
notification-item = { $number }: { $event }

## Asignación y coordinación
request-assigned-to = Asignada a { $name }
request-assign-label = Persona responsable de la gestión
request-unassigned = Sin asignar
toast-assigned = Se ha cambiado la persona responsable de la gestión.
toast-saved = Se ha guardado.
inbox-allocation-toggle = Una persona con el perfil de asignación de solicitudes asigna cada solicitud recibida a una de las personas que gestionan solicitudes en nuestra autoridad
event-assigned = Asignada para su gestión
event-reminded = Recordatorio de la coordinación de IMI
event-inactive = Sin actividad durante dos meses
event-rectified = Datos personales rectificados
nav-coordination = Coordinación
coordination-title = Solicitudes sin actividad
coordination-intro = Solicitudes de las autoridades de su país en las que no se ha producido ninguna actuación desde hace más de dos meses. Abra una para reenviarla o envíe un recordatorio a la autoridad a la que corresponde actuar.
coordination-empty = Ninguna solicitud lleva dos meses sin actividad.
coordination-last-change = Última modificación: { $date }
coordination-remind = Enviar un recordatorio
toast-reminded = Se ha enviado el recordatorio.

## Traducción automática de texto libre
request-translate = Traducir a mi idioma
request-info-asked = { $authority } solicita la siguiente información:
request-translation-unavailable = Este texto está en otro idioma y la traducción automática no está configurada en este servidor.
request-machine-translation = Traducción automática:

## Filtros de la vista general
inbox-state-label = Estado
inbox-any-state = Todos los estados
inbox-from-label = Última modificación desde el
inbox-to-label = Última modificación hasta el
inbox-assigned-to-me = Solo las solicitudes asignadas a mí

## Administración del registro (coordinación de IMI) y gestión de usuarios (administración local de datos)
email-invitation-subject = Su cuenta en el Sistema de Información del Mercado Interior (IMI): { $authority }
email-invitation-body = Estimado/a { $name }:

    { $inviter } le ha creado una cuenta en el Sistema de Información del Mercado Interior (IMI) como usuario/a de { $authority }.

    Para activarla, abra el siguiente enlace y elija su contraseña: { $link }

    El enlace solo puede utilizarse una vez y es válido durante { $days ->
        [one] un día
       *[other] { $days } días
    }. Si no esperaba este mensaje, puede ignorarlo.

error-edit-conflict = Otra persona ha guardado estos datos después de que usted los abriera. Vuelva a cargar la página para ver los cambios de esa persona y, a continuación, introduzca de nuevo los suyos.
error-invalid-parameter = La dirección de esta página no es válida. Compruebe el enlace o vuelva atrás e inténtelo de nuevo.
error-rate-limited = Esta acción se ha realizado hace muy poco y todavía no puede repetirse. Vuelva a intentarlo más tarde.
error-second-factor-required = Introduzca el código de su aplicación de autenticación.
error-invalid-second-factor = El código no es correcto o ha caducado. Introduzca el código que muestra ahora la aplicación.
error-second-factor-setup-required = Sus perfiles exigen la verificación en dos pasos. Configúrela en la página de su cuenta para continuar.
error-storage-full = No se ha podido almacenar el documento porque el espacio de almacenamiento del servidor está lleno. No se ha guardado nada; informe de ello a la administración del sistema IMI.
error-personal-data-blocked = Los datos personales de esta solicitud están bloqueados conforme a las normas de conservación: no se puede añadir nada a ella.
error-idempotency-key-reused = Este cambio ya se envió con un contenido distinto. Vuelva a cargar la página y realícelo de nuevo.
error-request-in-progress = Este cambio todavía se está procesando. Espere un momento e inténtelo de nuevo.
error-device-storage-full = Este dispositivo no tiene espacio suficiente para conservar el cambio hasta que se restablezca la conexión. No se ha conservado nada: libere espacio en el dispositivo o realice el cambio cuando tenga conexión.
error-too-large-to-keep = Este documento es demasiado grande para conservarlo en el dispositivo hasta que se restablezca la conexión. Adjúntelo cuando tenga conexión.
nav-registry = Registro
nav-users = Usuarios
registry-title = Administración del registro
registry-intro = Registre las autoridades de su país o importe varias a la vez desde un archivo CSV. Para corregir los datos de una autoridad, búsquela y abra su ficha.
registry-new = Registrar una autoridad
registry-import-title = Importar desde un archivo CSV
registry-import-help = Una autoridad por fila, con las columnas que se describen en la guía de importación. Si alguna fila es incorrecta, no se importa nada; importar de nuevo el mismo archivo no modifica nada.
registry-import-file = Archivo CSV
registry-import-progress = Progreso de la importación
registry-import-done = Importación realizada: { $created } nuevas, { $updated } actualizadas, { $unchanged } sin cambios.
registry-import-refused = No se ha importado nada. Corrija estas filas y vuelva a importar el archivo:
registry-import-line = Línea
registry-import-column = Columna
registry-import-reason = Problema
form-title-new = Registrar una autoridad
form-title-edit = Modificar { $name }
form-errors = Corrija los campos marcados.
form-name = Nombre en su idioma original
form-name-language = Idioma del nombre
form-other-names = Nombres en otras lenguas oficiales
form-other-name = Otro nombre { $number }
form-other-name-add = Añadir un nombre en otro idioma
form-other-name-remove = Quitar
form-name-en = Nombre en inglés
form-city = Ciudad
form-level-help = Parte del territorio del país en la que la autoridad es competente. Cuando varias autoridades responden por igual a una búsqueda, se muestra en primer lugar la de ámbito nacional.
form-phone-help = En formato internacional, por ejemplo, +371 6701 2345.
form-competences-filter = Buscar una competencia para añadirla
form-administrator = Primera persona encargada de la administración local de datos
form-administrator-help = Esta persona recibirá una invitación por correo electrónico, elegirá una contraseña y, a continuación, gestionará los usuarios de la autoridad.
form-person-name = Nombre y apellidos
form-invitation-language = Idioma de la invitación
form-save = Guardar
form-register = Registrar
form-cancel = Cancelar
profile-edit = Modificar
authority-send-request = Enviar una solicitud a esta autoridad
profile-area-coordinator = Coordinación de IMI para sus ámbitos legislativos
profile-other-names = Otros nombres
profile-registered-by = Registrada por
profile-registered-by-value = { $user }, { $authority }
users-title = Usuarios
users-roles = Perfiles
users-active = Cuenta activa
users-pending = Invitación aún no aceptada
users-invitation-expired = Invitación caducada
users-resend-invitation = Volver a enviar la invitación
toast-invitation-resent = Se ha enviado una nueva invitación; el enlace anterior ya no es válido.
users-inactive = Cuenta desactivada
users-invited-by = Invitación enviada por { $name }
users-may-log-in = Puede iniciar sesión
users-invite-title = Invitar a un/a colega
users-invite = Enviar la invitación
toast-invited = Se ha enviado la invitación.
invitation-title = Le damos la bienvenida a IMI
invitation-intro = { $name }, ha recibido una invitación para utilizar el Sistema de Información del Mercado Interior como usuario/a de { $authority } ({ $country }). Elija su contraseña para activar su cuenta.
password-help = { $count ->
    [one] Al menos un carácter. Unas cuantas palabras sin relación entre sí forman una buena contraseña; no se admiten contraseñas habituales ni su propio nombre o dirección de correo electrónico.
   *[other] Al menos { $count } caracteres. Unas cuantas palabras sin relación entre sí forman una buena contraseña; no se admiten contraseñas habituales ni su propio nombre o dirección de correo electrónico.
}
invitation-repeat = Repita la contraseña
invitation-mismatch = Las dos contraseñas no coinciden.
invitation-accept = Activar mi cuenta
invitation-invalid = Este enlace de invitación no se reconoce, ya se ha utilizado o ha caducado. Solicite una nueva invitación a la administración local de datos de su autoridad o a la coordinación de IMI.
field-error-invalid-email = La dirección de correo electrónico no es válida.
field-error-invalid-phone = No es un número de teléfono en formato internacional (+ seguido de cifras).
field-error-not-yours = Fuera de los ámbitos legislativos que usted coordina.
field-error-taken = Ya lo utiliza otra cuenta.
field-error-too-short = Demasiado corto.
field-error-last-administrator = La autoridad debe conservar al menos una persona activa encargada de la administración local de datos.
field-error-control-character = Contiene un carácter de control o de dirección del texto; elimínelo.
field-error-not-own-country = Elija una autoridad de su propio país.
field-error-too-personal = No debe contener su dirección de correo electrónico ni su nombre.
field-error-too-guessable = Demasiado fácil de adivinar: es una contraseña habitual o se parece mucho a una. Utilice una frase más larga de palabras sin relación entre sí.
field-error-wrong-code = El código no es correcto o ha caducado.
field-error-no-setup = La configuración no se ha iniciado o se ha sustituido por otra; vuelva a iniciarla.
field-error-no-second-factor = La verificación en dos pasos no está activada.
field-error-required-by-role = Sus perfiles exigen la verificación en dos pasos; no se puede desactivar.
field-error-wrong-password = La contraseña no es correcta.
field-error-self = No puede desactivar su propia cuenta.
field-error-other-country = Pertenece a otro país.
field-error-not-utf8 = El archivo no es texto UTF-8. Guárdelo desde su hoja de cálculo en formato «CSV UTF-8».
field-error-unreadable = Esta fila no puede leerse como CSV.
field-error-unknown-column = Columna desconocida.
field-error-missing-column = Falta una columna obligatoria.
field-error-wrong-column-count = Esta fila no tiene el mismo número de celdas que la fila de encabezado.
field-error-too-many-rows = Demasiadas filas: como máximo, 20 000 por archivo.
field-error-invalid-format = No tiene el formato esperado.
field-error-duplicate-of-line = La misma referencia que en la línea { $line }.
field-error-out-of-range = Fuera del intervalo permitido.
field-error-out-of-range-between = Debe estar comprendido entre { $min } y { $max }.
field-error-invalid-date = No es una fecha válida.
field-error-nonexistent-date = Esta fecha no existe.
field-error-invalid-person-name = No es un nombre de persona.
field-error-invalid-register-reference = No es un número de registro válido.
field-error-unknown-country = País desconocido para el sistema.
field-error-unknown-placeholder = Marcador de posición desconocido para el sistema.
field-error-unexpected = No corresponde a ninguna de las preguntas seleccionadas.
field-error-line-break = Debe ocupar una sola línea.
field-error-none-left = Debe quedar al menos una pregunta en la solicitud.
field-error-not-a-handler = No tiene activo el perfil de gestión de solicitudes en esta autoridad.
field-error-not-a-coordinator = No es una coordinación de IMI.
field-error-not-asked = No es una de las preguntas de la solicitud.
field-error-not-here = No es posible aquí.
field-error-unterminated = Un marcador de posición se abre y no se cierra.
field-error-empty-name = Un marcador de posición no tiene nombre.
field-error-invalid-name = El nombre de un marcador de posición no es válido.
field-error-mismatched-delimiters = Los delimitadores no coinciden.
field-error-nested = Un marcador de posición está dentro de otro.
field-error-wrong-kind = Este tipo de respuesta no corresponde a la pregunta.
field-error-no-attachment = No hay ningún documento adjunto a esta pregunta.

## Cuenta: verificación en dos pasos, sesiones, contraseña
login-code = Código de su aplicación de autenticación
login-code-intro = Su cuenta utiliza la verificación en dos pasos. Introduzca el código que muestra ahora su aplicación de autenticación.
login-code-help = Seis cifras de la aplicación, o uno de sus códigos de recuperación.
user-account = Su cuenta
account-title = Su cuenta
account-second-factor-title = Verificación en dos pasos
account-second-factor-intro = Después de la contraseña, para iniciar sesión se le pedirá un código de seis cifras generado por una aplicación de autenticación en su teléfono móvil, como FreeOTP, Aegis, Google Authenticator o Microsoft Authenticator.
account-second-factor-required = Sus perfiles (administración local de datos o coordinación de IMI) exigen la verificación en dos pasos. Configúrela ahora para continuar.
account-second-factor-on = { $count ->
    [one] La verificación en dos pasos está activada. Queda un código de recuperación.
   *[other] La verificación en dos pasos está activada. Quedan { $count } códigos de recuperación.
}
account-second-factor-off = La verificación en dos pasos está desactivada.
account-second-factor-start = Configurar la verificación en dos pasos
account-second-factor-scan = Escanee este código con su aplicación de autenticación o introduzca en ella la clave que figura a continuación. Después, introduzca el código que muestre la aplicación.
account-second-factor-qr = Código QR para añadir su cuenta a una aplicación de autenticación
account-second-factor-key = Clave
account-second-factor-code = Código de la aplicación
account-second-factor-confirm = Activar la verificación en dos pasos
account-second-factor-disable = Desactivar la verificación en dos pasos
account-recovery-title = Códigos de recuperación
account-recovery-intro = Guarde estos códigos en un lugar seguro, separados de su teléfono. Si pierde el teléfono, cada uno de ellos le permitirá iniciar sesión una vez. Solo se muestran ahora.
account-recovery-done = Ya los he guardado
account-recovery-renew = Nuevos códigos de recuperación
account-sessions-title = Dónde tiene la sesión iniciada
account-session-browser = Navegador
account-session-address = Dirección IP
account-session-started = Inicio
account-session-ends = Fin
account-session-current = Esta sesión
account-session-unknown = Desconocido
account-session-end = Cerrar esa sesión
account-sessions-end-others = Cerrar todas las demás sesiones
account-password-title = Contraseña
account-password-current = Contraseña actual
account-password-new = Nueva contraseña
account-password-repeat = Repita la nueva contraseña
account-password-change = Cambiar la contraseña
toast-second-factor-on = Se ha activado la verificación en dos pasos.
toast-second-factor-off = Se ha desactivado la verificación en dos pasos.
toast-recovery-renewed = Se han generado nuevos códigos de recuperación; los anteriores ya no son válidos.
toast-session-ended = Se ha cerrado esa sesión.
toast-sessions-ended = Se han cerrado sus demás sesiones.
toast-password-changed = Se ha cambiado su contraseña y se han cerrado sus demás sesiones.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## $number es un número escrito como lo escribe el idioma del lector, y $count el mismo número como
## cifra (para la forma del plural). $from, $to y $today son fechas; $value, $green y $red son
## valores ya escritos en el idioma del lector (un porcentaje o días); $zone es una zona horaria
## (UTC); $indicator es el nombre de una de las cifras statistics-figure-*.
nav-statistics = Estadísticas
statistics-title = Estadísticas
statistics-intro = Cuántas solicitudes se intercambian, con qué rapidez se aceptan y se responden, y cómo valoran las respuestas las autoridades solicitantes. Estas cifras no incluyen ninguna persona, ningún nombre ni ningún texto.
statistics-print = Imprimir
statistics-filters = Filtros
statistics-from = Desde
statistics-to = Hasta
statistics-partner = País socio
statistics-direction = Sentido
statistics-direction-all = Enviadas y recibidas
statistics-direction-sent = Enviadas
statistics-direction-received = Recibidas
statistics-granularity = Periodicidad de la serie
statistics-granularity-month = Mes
statistics-granularity-quarter = Trimestre
statistics-granularity-year = Año
statistics-whose = Ámbito de las cifras
statistics-scope-everything = Todos los países
statistics-scope-areas = { $country }: sus ámbitos
statistics-scope-authority = Su autoridad
statistics-your-areas = Sus ámbitos legislativos
statistics-period = Solicitudes enviadas del { $from } al { $to }
statistics-as-of = Los días son días naturales en { $zone }; cifras a fecha de { $today }.
statistics-volumes-heading = Volumen
statistics-performance-heading = Rapidez y satisfacción
statistics-performance-intro = La rapidez y la satisfacción corresponden a la parte que responde: se calculan sobre las solicitudes enviadas a estas autoridades en el período. Cada cifra indica en cuántas solicitudes se basa; una cifra basada en pocas solicitudes puede variar mucho.
statistics-figure-sent = Solicitudes enviadas
statistics-figure-received = Solicitudes recibidas
statistics-figure-open-now = Abiertas actualmente
statistics-figure-overdue-now = Fuera de plazo actualmente
statistics-figure-accepted-in-time = Aceptadas en un plazo de 7 días
statistics-figure-average-days = Media de días hasta la respuesta
statistics-figure-median-days = Mediana de días hasta la respuesta
statistics-figure-by-agreed-date = Respondidas dentro del plazo acordado
statistics-figure-within-two-weeks = Respondidas en un plazo de dos semanas
statistics-figure-negative-timeliness = Valoraciones negativas de la puntualidad
statistics-figure-negative-effort = Valoraciones negativas de la calidad
statistics-what-is-counted = Qué se contabiliza
statistics-definition-sent = Solicitudes enviadas por estas autoridades en el período, cada una contabilizada el día en que se envió. Los borradores nunca se contabilizan. Una solicitud reenviada se contabiliza una sola vez; una solicitud separada de otra es una solicitud independiente, enviada el día en que se separó; una solicitud retirada se sigue contabilizando. Los días son días naturales en UTC.
statistics-definition-received = Solicitudes enviadas a estas autoridades en el período, cada una contabilizada el día en que se envió. Una solicitud reenviada se contabiliza una sola vez, para la última autoridad que la tiene; una solicitud retirada se sigue contabilizando. Los días son días naturales en UTC.
statistics-definition-open-now = Solicitudes de estas autoridades, enviadas o recibidas, que a día de hoy están pendientes de aceptación, aceptadas o a la espera de información, con independencia de cuándo se enviaron: esta cifra no se limita al período.
statistics-definition-overdue-now = De las solicitudes abiertas actualmente, aquellas cuyo plazo acordado ha vencido a día de hoy (días naturales en UTC). Esta cifra tampoco se limita al período.
statistics-definition-accepted-in-time = De las solicitudes recibidas que se han aceptado, o que llevan más de 7 días sin ser aceptadas, el porcentaje aceptado como máximo 7 días naturales después de su recepción. Una solicitud se recibe el día en que se envió o, si se reenvió, el día del último reenvío, de modo que no se imputan a una autoridad los días en que la tuvo otra. Una solicitud retirada solo se contabiliza si se aceptó. Los días son días naturales en UTC.
statistics-definition-average-days = Número medio de días naturales (UTC) desde la recepción (el día del envío o del último reenvío) hasta la primera respuesta, calculado sobre las solicitudes recibidas que se han respondido. Si se pidieron aclaraciones después de una respuesta, se sigue tomando la primera respuesta.
statistics-definition-median-days = Valor central de esos mismos números de días desde la recepción hasta la primera respuesta: la mitad de las respuestas tardó ese tiempo o menos. Con un número par de respuestas, se toma el menor de los dos valores centrales.
statistics-definition-by-agreed-date = De las solicitudes respondidas que tienen un plazo acordado, el porcentaje respondido por primera vez ese día o antes (días naturales en UTC).
statistics-definition-within-two-weeks = De las solicitudes respondidas, el porcentaje respondido por primera vez como máximo 14 días naturales (UTC) después de la recepción (el día del envío o del último reenvío).
statistics-definition-negative-timeliness = De las solicitudes recibidas que la autoridad solicitante valoró al cerrarlas, el porcentaje cuya respuesta valoró negativamente en cuanto a la puntualidad.
statistics-definition-negative-effort = De las solicitudes recibidas que la autoridad solicitante valoró al cerrarlas, el porcentaje cuya respuesta valoró negativamente en cuanto a la calidad.
statistics-no-figure = Sin solicitudes
statistics-based-on = { $count ->
    [one] Sobre la base de { $number } solicitud
   *[other] Sobre la base de { $number } solicitudes
}
statistics-eea = EEE
statistics-eea-value = EEE: { $value }
statistics-band-green = Bueno
statistics-band-yellow = A vigilar
statistics-band-red = Deficiente
statistics-legend-title = Umbrales de las franjas
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: bueno a partir de { $green }, deficiente por debajo de { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: bueno por debajo de { $green }, deficiente por encima de { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: bueno a partir de { $green }, deficiente por debajo de { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: bueno por debajo de { $green }, deficiente a partir de { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: bueno por debajo de { $green }, deficiente a partir de { $red }.
statistics-quarter = T{ $quarter } { $year }
statistics-quarter-short = T{ $quarter }
statistics-charts-heading = Evolución en el tiempo
statistics-volumes-title = Solicitudes enviadas y recibidas
statistics-acceptance-title = Porcentaje de solicitudes aceptadas en un plazo de 7 días
statistics-days-title = Media de días hasta la respuesta
statistics-axis-requests = Solicitudes
statistics-axis-share = Porcentaje
statistics-axis-days = Días
statistics-show-table = Mostrar como tabla
statistics-tables-heading = Desgloses
statistics-column-period = Período
statistics-column-sent = Enviadas
statistics-column-received = Recibidas
statistics-column-based-on = Base (solicitudes)
statistics-column-area = Ámbito legislativo
statistics-column-partner = País socio
statistics-column-country = País
statistics-column-from-to = De (filas) a (columnas)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Solicitudes por ámbito legislativo
statistics-by-partner-title = Solicitudes por país socio
statistics-by-partner-intro = El país socio es el país de la otra parte: el país destinatario de una solicitud enviada y el país solicitante de una solicitud recibida.
statistics-exchanges-title = Solicitudes entre países
statistics-exchanges-intro = Cada fila es un país solicitante y cada columna, un país destinatario; solo figuran los países con solicitudes en el período.
statistics-scoreboard-title = Cuadro de indicadores de los países destinatarios
statistics-scoreboard-intro = Los indicadores de cada país como parte que responde, para las solicitudes que recibió en el período, con sus franjas según los umbrales indicados más arriba.
statistics-csv = Descargar archivo CSV
statistics-csv-failed = Este navegador no ha podido generar el archivo.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: franja
statistics-csv-based-on = { $indicator }: base (solicitudes)
statistics-empty-title = No hay solicitudes en este período
statistics-empty-body = En este período no se envió ninguna solicitud que coincida con estos filtros. Elija un período más largo o menos filtros.
statistics-error-before-start = No puede ser anterior al primer día del período.
statistics-error-too-long = { $count ->
    [one] El período no puede superar { $days } día.
   *[other] El período no puede superar { $days } días.
}

## Alertas: una autoridad advierte a muchas

role-alert_coordinator = Coordinación de alertas
field-error-before-start = No puede ser anterior a la fecha a partir de la cual se aplica la decisión.
alert-state-draft = Borrador
alert-state-awaiting-approval = Pendiente de aprobación por la coordinación de alertas
alert-state-sent = Enviada
alert-state-closure-proposed = Cierre propuesto
alert-state-closed = Cerrada
alert-state-withdrawn = Retirada
alert-action-edit = Modificar
alert-action-delete = Eliminar borrador
alert-action-send = Enviar la alerta
alert-action-approve = Aprobar y enviar
alert-action-reject = Devolver al remitente
alert-action-acknowledge = Acusar recibo en nombre del país
alert-action-pass-on = Transmitir a las autoridades
alert-action-acknowledge-receipt = Acusar recibo
alert-action-modify = Modificar la alerta
alert-action-withdraw = Retirar
alert-action-propose-closure = Proponer el cierre
alert-action-reject-closure = Mantener la alerta abierta
alert-action-close = Cerrar la alerta
alert-event-created = Borrador creado
alert-event-submitted = Presentada para su aprobación
alert-event-approved = Aprobada por la coordinación de alertas
alert-event-rejected = Devuelta al remitente
alert-event-sent = Alerta enviada
alert-event-acknowledged = Recepción confirmada por la coordinación de alertas del país
alert-event-passed-on = Transmitida a las autoridades competentes
alert-event-receipt-acknowledged = Recepción confirmada por la autoridad
alert-event-modified = Alerta modificada
alert-event-withdrawn = Alerta retirada
alert-event-withdrawn-wrong = Alerta retirada: ha resultado ser infundada
alert-event-closure-proposed = Cierre propuesto
alert-event-closure-rejected = La alerta sigue abierta
alert-event-closed = Alerta cerrada
alert-event-end-reminder = La decisión ya no se aplica: cierre o retire la alerta
alert-event-late-reminder = Fuera de plazo: la decisión dejó de aplicarse hace más de 3 días y la alerta sigue abierta
email-alert-subject = Alerta { $number }: { $event }
email-alert-body = Estimado/a { $name }:

    { $authority } ha realizado una acción en la alerta { $number } ({ $kind }): { $event }.

    Abrir la alerta: { $link }

    Este mensaje ha sido enviado por el Sistema de Información del Mercado Interior. Le rogamos que no lo conteste.

alert-delivery-received = Recibida, recepción aún no confirmada
alert-delivery-acknowledged = Recepción confirmada
alert-delivery-passed-on = Transmitida a las autoridades competentes
alert-box-drafts = Borradores de alertas
alert-box-sent = Alertas enviadas
alert-box-to-approve = Alertas pendientes de aprobación
alert-box-to-acknowledge = Alertas pendientes de acuse de recibo
alert-box-received = Alertas recibidas

## Alerts: the pages

nav-alerts = Alertas
alerts-title = Alertas
alerts-intro = Las alertas advierten a las autoridades competentes de otros países sobre un profesional o un prestador de servicios: una prohibición o restricción del ejercicio de la actividad, un título falsificado, un peligro para la salud, la seguridad o el medio ambiente.
alerts-boxes = Listas de alertas
alerts-new = Nueva alerta
alerts-check-link = Verificar a un profesional
alerts-in-force = Alertas en vigor
alerts-unread = Actualizaciones de alertas no leídas
# Lo anuncian los lectores de pantalla cuando aumenta el número de actualizaciones de alertas no leídas.
live-alert-news = { $count ->
    [one] Una actualización de alerta no leída
   *[other] { $count } actualizaciones de alertas no leídas
}
alerts-empty-title = No hay alertas
alerts-empty-body = Cuando una alerta llegue a su país o a su autoridad, o cuando su autoridad envíe una, aparecerá en esta lista.
alerts-total = { $count ->
    [one] { $count } alerta
   *[other] { $count } alertas
}
alert-title = Alerta { $number }
alert-title-unknown = Alerta
alert-subject-withheld = Datos personales ocultos
alert-unread = Novedades desde la última vez que la abrió
alert-from-country = País remitente: { $country }
alert-details = Datos
alert-sender = Autoridad remitente
alert-sent-at = Fecha de envío
alert-revision-label = Modificaciones
alert-revision = { $count ->
    [one] Modificada una vez desde su envío
   *[other] Modificada { $count } veces desde su envío
}
alert-personal-hidden = Los datos personales de esta alerta solo son visibles para la autoridad remitente, las coordinaciones de alertas y las autoridades a las que se ha transmitido.
alert-comment = Observaciones
alert-comment-help = Para los destinatarios: lo que deben saber además de los campos anteriores. Redacte en su propio idioma; cada lector puede obtener una traducción automática.
alert-late-reason = Motivo del envío fuera de plazo
alert-proved-wrong = Esta alerta se ha retirado porque ha resultado ser infundada.
alert-due-left = { $days ->
    [0] Vence hoy: las alertas deben enviarse en un plazo de 3 días a partir de la fecha de la decisión.
    [one] Queda { $days } día para enviar esta alerta.
   *[other] Quedan { $days } días para enviar esta alerta.
}
alert-due-late = { $days ->
    [one] { $days } día de retraso: indique el motivo del envío fuera de plazo.
   *[other] { $days } días de retraso: indique el motivo del envío fuera de plazo.
}
alert-actions = Acciones disponibles
alert-note = Motivo
alert-note-help = Obligatorio para devolver o retirar la alerta o para proponer su cierre; todos los destinatarios lo leen.
alert-note-missing = Indique primero un motivo.
alert-withdraw-proved-wrong = La alerta ha resultado ser infundada: informar de ello a todos los destinatarios
alert-conflict = { $error } Estado actual de la alerta: { $state }.
alert-deliveries = Destinatarios
alert-deliveries-summary = { $count ->
    [one] Recepción confirmada por { $acknowledged } de { $count } país.
   *[other] Recepción confirmada por { $acknowledged } de { $count } países.
}
alert-column-country = País
alert-column-delivery = Coordinación de alertas
alert-column-authorities = Autoridades competentes
alert-received-at = recibida el { $date }
alert-acknowledged-at = recepción confirmada el { $date }
alert-not-acknowledged = recepción aún no confirmada
alert-read-at = leída el { $date }
alert-not-read = aún no leída
alert-no-recipients = Aún no transmitida
alert-timeline = Historial
alert-event-for-country = País: { $country }
alert-pass-on-title = Transmitir a las autoridades competentes
alert-pass-on-help = El registro propone las autoridades de su país competentes para esta profesión o actividad. Desmarque las que no deban recibirla o añada otras.
alert-pass-on-none = El registro no contiene ninguna autoridad de su país competente para esta profesión o actividad. Añada las autoridades que deban recibirla.
alert-pass-on-already = (ya la ha recibido)
alert-pass-on-add = Añadir otra autoridad
alert-pass-on-own-country = Las alertas solo pueden transmitirse a autoridades de su propio país.
alert-pass-on-submit = { $count ->
    [one] Transmitir a { $count } autoridad
   *[other] Transmitir a { $count } autoridades
}
alert-compose-title = Nueva alerta
alert-draft-title = Borrador de alerta { $number }
alert-modify-title = Modificar la alerta { $number }
alert-step-kind = Tipo de alerta
alert-step-fields = Datos
alert-step-countries = Países
alert-step-review = Observaciones y envío
alert-kind-legal-basis = Base jurídica: { $basis }
alert-choose-kind-first = Elija primero el tipo de alerta.
alert-field-required = { $label } (obligatorio)
alert-choose = Elija…
alert-countries-all = Esta alerta se envía a las coordinaciones de alertas de los 30 países del EEE.
alert-countries-choose = Elija los países en los que opera el prestador o en los que puede surgir el riesgo.
alert-countries-always = El país de establecimiento ({ $country }) recibe esta alerta en todo caso.
alert-countries-none = Aún no se ha elegido ningún país.
alert-goes-to = Se envía a: { $countries }
alert-approval-note = Antes de su envío, las alertas de su país deben ser aprobadas por la coordinación de alertas del país.
alert-modify-note = Se informará a todos los destinatarios de que la alerta se ha modificado.
alert-problems = Pendiente de completar
alert-incomplete = La alerta aún no está completa. Se han marcado los datos que faltan.
alert-save-draft = Guardar el borrador
alert-save-modification = Guardar la modificación
alert-submit = Presentar para su aprobación
alert-check-title = ¿Puede ejercer este profesional?
alert-check-intro = Busque por nombre en las alertas sobre cualificaciones profesionales en vigor que hayan llegado a su país o a su autoridad. La búsqueda no tiene en cuenta los acentos y tolera un error tipográfico. Si se encuentra una alerta, en el país que la ha emitido se aplica una prohibición o restricción; si no se encuentra ninguna, ello no prueba que el profesional esté habilitado para ejercer.
alert-check-name = Nombre del profesional
alert-check-profession = Profesión
alert-check-any-profession = Todas las profesiones
alert-check-submit = Buscar alertas
alert-check-none = Ninguna alerta en vigor menciona a { $name }.
alert-check-found = { $count ->
    [one] Se ha encontrado { $count } alerta en vigor
   *[other] Se han encontrado { $count } alertas en vigor
}
toast-alert-saved = Se ha guardado el borrador.
toast-alert-sent = Se ha enviado la alerta.
toast-alert-submitted = Se ha presentado la alerta para su aprobación.
toast-alert-modified = Se ha modificado la alerta; se informará a los destinatarios.
toast-alert-deleted = Se ha eliminado el borrador.
toast-alert-passed-on = Se ha transmitido la alerta.
toast-alert-done = Acción realizada: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = No tiene conexión. Las solicitudes que ha abierto pueden seguir consultándose; las respuestas, los mensajes y los documentos que añada se conservan en este dispositivo y se envían cuando se restablece la conexión.
update-ready = Hay una nueva versión del sistema disponible.
update-reload = Cargar la nueva versión

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Un cambio realizado sin conexión está pendiente de envío.
   *[other] { $count } cambios realizados sin conexión están pendientes de envío.
}
queue-sending = Enviando los cambios realizados sin conexión…
queue-attention = { $count ->
    [one] Un cambio realizado sin conexión no se ha enviado y requiere su decisión.
   *[other] { $count } cambios realizados sin conexión no se han enviado y requieren su decisión.
}
queue-title = Pendiente de envío
queue-intro = Estos cambios se realizaron sin conexión y se conservan en este dispositivo. Se enviarán por orden en cuanto se restablezca la conexión.
queue-kind-answers = Respuestas (guardadas, no enviadas a la autoridad solicitante)
queue-kind-answer = Respuestas que se enviarán a la autoridad solicitante
queue-kind-message = Mensaje
queue-kind-document = Documento «{ $name }» ({ $size } kB)
queue-made-at = Redactado el { $time }
queue-status-waiting = A la espera de conexión.
queue-status-conflict = No enviado: la solicitud ha cambiado desde que redactó esto y ahora está en el estado «{ $state }». Consulte en el historial que figura más abajo qué ha cambiado y, a continuación, envíe el cambio de todos modos o descártelo.
queue-status-refused = No enviado: { $error }
queue-send-anyway = Enviar de todos modos
queue-edit = Modificar
queue-discard = Descartar
queue-discard-confirm = ¿Desea descartar este cambio? Lo que ha redactado se eliminará de este dispositivo.
queue-logout-confirm = { $count ->
    [one] Un cambio realizado sin conexión aún no se ha enviado. Si cierra la sesión, se eliminará de este dispositivo. ¿Desea cerrar la sesión de todos modos?
   *[other] { $count } cambios realizados sin conexión aún no se han enviado. Si cierra la sesión, se eliminarán de este dispositivo. ¿Desea cerrar la sesión de todos modos?
}
toast-queued = Sin conexión: el cambio se conserva en este dispositivo y se enviará cuando se restablezca la conexión.
toast-queue-sent = { $count ->
    [one] Se ha enviado el cambio realizado sin conexión.
   *[other] Se han enviado los { $count } cambios realizados sin conexión.
}

## Inspecciones in situ: tipo de solicitud y acta de inspección con las firmas de las personas presentes
compose-kind-label = ¿Qué solicita?
request-kind-information = Información
request-kind-information-help = La otra autoridad responde a sus preguntas a partir de sus registros y expedientes.
request-kind-inspection = Inspección in situ
request-kind-inspection-help = La otra autoridad inspecciona los locales, los equipos o el lugar de que se trate e informa de sus comprobaciones, con fotografías y las firmas de las personas presentes.
request-checklist = { $count ->
    [one] Lista de comprobación: un punto
   *[other] Lista de comprobación: { $count } puntos
}
inspection-title = Acta de inspección
inspection-help = Registre la inspección a medida que la realiza: responda a la lista de comprobación anterior, adjunte fotografías como documentos y, a continuación, anote el día y el lugar y pida a cada persona presente que firme aquí. La respuesta podrá enviarse en cuanto usted haya firmado.
inspection-pending = El acta de inspección se mostrará aquí junto con la respuesta.
inspection-inspected-on = Día de la inspección
inspection-place = Lugar inspeccionado
inspection-place-help = La dirección y el centro de trabajo o los locales (por ejemplo: obra, puerta 2).
inspection-present = Personas presentes
inspection-signer-name = Nombre y apellidos
inspection-signer-role = En calidad de
inspection-signer-refused = Se negó a firmar
inspection-signer-unnamed = la persona presente
inspection-signer-unsigned = No forma parte del acta hasta que firme o se niegue a firmar.
inspection-signer-add = Añadir una persona presente
inspection-signer-remove = Quitar a esta persona
inspection-signature-of = Firma de { $name }
inspection-signature-clear = Borrar la firma
inspection-signature-needed = Antes de enviar la respuesta, es necesaria la firma del inspector o de la inspectora.
inspection-refused-to-sign = La persona se negó a firmar.
signer-role-inspector = Inspector o inspectora
signer-role-provider-representative = Representante del prestador o del empleador
signer-role-worker = Persona trabajadora
signer-role-witness = Testigo
queue-kind-report = Acta de inspección (guardada, no enviada a la autoridad solicitante)
