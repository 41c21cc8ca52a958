# Български.

## Приложението
app-name = Информационна система за вътрешния пазар
app-short-name = IMI
app-tagline = Административно сътрудничество между компетентните органи на Европейското икономическо пространство
skip-to-content = Към основното съдържание
loading = Зареждане…

## Навигация и потребителско меню
nav-label = Основна навигация
nav-inbox = Входящи
language-label = Език
user-signed-in-as = Влезли сте като { $name }, { $authority }
organisation-commission = Европейска комисия
logout = Изход
toast-dismiss = Затваряне
toast-logged-out = Излязохте от системата.

## Страница за вход
login-title = Вход
login-intro = Използвайте профила, който местният администратор на данни на Вашия орган или националният координатор за IMI е създал за Вас.
login-email = Адрес на електронна поща
login-password = Парола
login-submit = Вход
login-submitting = Влизане…
field-required = Това поле е задължително.

## Входящи
inbox-title = Входящи
inbox-empty-title = Все още няма искания

## Несъществуващи страници
not-found-title = Страницата не е намерена
not-found-body = Зададеният адрес не води до никоя страница на тази система.
not-found-home = Към входящите

## Роли
roles-label = Вашите роли
role-request_handler = Обработващ искания
role-allocator = Разпределящ искания
role-local_administrator = Местен администратор на данни
role-coordinator = Координатор за IMI
role-commission_observer = Наблюдател от Комисията

## Грешки, връщани от сървъра, по код
error-internal-error = На сървъра възникна грешка. Моля, опитайте отново; ако проблемът продължава, обърнете се към системния администратор.
error-database-unavailable = В момента няма връзка с базата данни на системата. Моля, опитайте отново след няколко минути.
error-not-found = Търсеното не съществува или нямате достъп до него.
error-method-not-allowed = Това действие не е възможно тук.
error-unauthenticated = Сесията Ви е изтекла. Моля, влезте отново.
error-forbidden = Нямате необходимите права за това действие.
error-invalid-credentials = Грешен адрес на електронна поща или парола.
error-too-many-attempts = { $seconds ->
    [one] Твърде много неуспешни опити. Моля, изчакайте { $seconds } секунда, преди да опитате отново.
   *[other] Твърде много неуспешни опити. Моля, изчакайте { $seconds } секунди, преди да опитате отново.
}
error-malformed-json = Сървърът не успя да прочете изпратените данни. Моля, презаредете страницата и опитайте отново.
error-unsupported-media-type = Сървърът не приема данни в този формат.
error-payload-too-large = Изпратените данни надвишават допустимия за сървъра обем.
error-validation-failed = Някои полета не са попълнени правилно. Моля, проверете отбелязаните полета.
error-network-error = Няма връзка със сървъра. Проверете мрежовата си връзка и опитайте отново.
error-invalid-transition = Това действие не е възможно при текущото състояние на искането. Моля, презаредете страницата, за да видите кои действия са възможни сега.
error-translation-not-configured = Машинният превод не е достъпен в тази система.
error-translation-failed = Услугата за машинен превод не отговори. Моля, опитайте отново по-късно.

## Стойности на полетата за попълване (shared::placeholder::PlaceholderErrorCode)
## $label е етикетът на полето на езика на читателя; $max и $length са брой знаци.
placeholder-error-missing = Въведете стойност в полето „{ $label }“.
placeholder-error-empty = Полето „{ $label }“ не може да бъде празно.
placeholder-error-too-long = { $max ->
    [one] Полето „{ $label }“ може да съдържа най-много { $max } знак; в момента съдържа { $length }.
   *[other] Полето „{ $label }“ може да съдържа най-много { $max } знака; в момента съдържа { $length }.
}
placeholder-error-control-character = Полето „{ $label }“ съдържа невидим управляващ знак. Моля, въведете стойността отново.
placeholder-error-line-break = Стойността в полето „{ $label }“ трябва да е на един ред.
placeholder-error-invalid-date = Въведете датата в полето „{ $label }“ във формат година-месец-ден, например 2025-03-31.
placeholder-error-nonexistent-date = Въведената в полето „{ $label }“ дата не съществува в календара.
placeholder-error-unknown-country = В полето „{ $label }“ изберете държава от Европейското икономическо пространство.
placeholder-error-invalid-email = Полето „{ $label }“ не съдържа валиден адрес на електронна поща.
placeholder-error-invalid-person-name = Полето „{ $label }“ трябва да съдържа име на лице: букви, без цифри.
placeholder-error-invalid-register-reference = Полето „{ $label }“ може да съдържа само букви, цифри, интервали и знаците - . /
placeholder-error-unexpected = Посочена е стойност за поле, което не се използва в нито един от избраните въпроси.
placeholder-error-unknown-placeholder = Един от въпросите използва неизвестно поле. Моля, уведомете Вашия координатор за IMI.

## Шаблони на въпроси (shared::placeholder::TemplateErrorCode)
## $position е позиция на знак, броена от 1 (SPA подава позицията от кода, броена от 0, + 1);
## $name е името на полето, както е изписано.
template-error-unterminated = Полето за попълване, започващо на позиция { $position }, не е затворено.
template-error-empty-name = Полето за попълване на позиция { $position } няма име.
template-error-invalid-name = „{ $name }“ (позиция { $position }) не е валидно име на поле за попълване: то трябва да започва с буква, последвана от букви, цифри или „_“.
template-error-mismatched-delimiters = Полето за попълване на позиция { $position } е отворено с един вид скоба, а е затворено с друг.
template-error-nested = Полето за попълване на позиция { $position } съдържа друго поле за попълване.
template-error-unknown-placeholder = „{ $name }“ (позиция { $position }) не е известно поле за попълване.

## Състояния на искането (shared::lifecycle::RequestState)
request-state-draft = Чернова
request-state-awaiting-acceptance = Очаква приемане
request-state-accepted = Прието
request-state-info-requested = Поискана е допълнителна информация
request-state-answered = Отговорено
request-state-closed = Приключено
request-state-withdrawn = Оттеглено

## Действия по искането (shared::lifecycle::ActionKind)
request-action-create = Ново искане
request-action-edit = Редактиране
request-action-delete = Изтриване на черновата
request-action-send = Изпращане
request-action-withdraw = Оттегляне
request-action-accept = Приемане
request-action-forward = Препращане
request-action-request-info = Искане на допълнителна информация
request-action-provide-info = Предоставяне на информация
request-action-answer = Отговор
request-action-split-off = Отделяне на въпроси
request-action-request-clarification = Искане на пояснение
request-action-close = Приемане на отговора и приключване

## Оценка на отговора (shared::lifecycle::Rating)
rating-positive = Добър
rating-neutral = Приемлив
rating-negative = Незадоволителен

## Проверка на въпроси (страница за писане и изпробване на шаблони на въпроси)
nav-question-check = Проверка на въпроси
question-check-title = Проверка на въпрос
question-check-intro = Напишете въпроса така, както ще изглежда в искането, с полета за попълване на данните, които въвежда запитващият орган, и го изпробвайте със стойности. Тук важат същите правила, както при изпращане на искане.
question-check-template = Текст на въпроса
question-check-template-help = Записвайте всяко поле за попълване като {"${"}Name{"}"}, например {"${"}SPBusinessName{"}"}. Известни полета за попълване: { $names }.
question-check-values = Стойности
question-check-no-placeholders = Този въпрос няма полета за попълване.
question-check-preview = Преглед
question-check-submit = Проверка на сървъра
question-check-accepted = Сървърът приема този въпрос и стойностите му.

## Каталог на въпросите
nav-catalogue = Въпроси
catalogue-title = Каталог на въпросите
catalogue-intro = Предварително преведените въпроси, които могат да бъдат включени в искане. Другият орган чете всеки от тях на своя език; данните в полетата за попълване се въвеждат от запитващия орган.
catalogue-area-label = Законодателна област
catalogue-count = { $count ->
    [one] { $count } въпрос
   *[other] { $count } въпроса
}
area-services = Услуги
area-professional_qualifications = Професионални квалификации
area-posting_of_workers = Командироване на работници
area-ecommerce = Електронна търговия
answer-type-yes_no = Да или не
answer-type-date = Дата
answer-type-free_text = Свободен текст
answer-type-document = Документ
answer-type-choice = Избор от списък
answer-type-measurement = Измерена стойност

## Търсене на органи
nav-authorities = Органи
authorities-title = Търсене на орган
authorities-intro = Търсете на всеки език по наименование, абревиатура, град или компетентност, например професия или дейност. Компетентностите се търсят на всички езици на системата.
authorities-search-label = Наименование, град или компетентност
authorities-country-label = Държава
authorities-any-country = Всички държави
authorities-any-area = Всички области
authorities-results = { $count ->
    [one] Намерен е { $count } орган
   *[other] Намерени са { $count } органа
}
authorities-no-results = Няма орган, който да отговаря на това търсене.
## $country е името на държава на езика на читателя; $label – на професия или дейност.
search-country-from-query = Показват се органите от { $country }, тъй като тази държава е посочена във Вашето търсене.
search-none-declared = Нито един орган от { $country } не е заявил, че е компетентен за „{ $label }“.
search-none-declared-anywhere = Нито един орган не е заявил, че е компетентен за „{ $label }“.
search-ask-coordinator = Националният координатор за IMI на { $country } може да Ви каже кой орган е компетентен:
authorities-match-name = Съвпадение по наименование
authorities-match-acronym = Съвпадение по абревиатура
authorities-match-city = Съвпадение по град
authorities-match-competence = Компетентен за: { $label }
authorities-pages = Страници с резултати
authorities-previous = Предишна
authorities-next = Следваща
authorities-page = Страница { $page } от { $pages }
profile-back = Обратно към търсенето
profile-country = Държава
profile-acronym = Абревиатура
profile-level = Териториален обхват
level-national = Национален
level-regional = Регионален
level-local = Местен
profile-address = Адрес
profile-email = Електронна поща
profile-phone = Телефон
profile-role = Роля в системата
profile-coordinator = Национален координатор за IMI
profile-areas = Законодателни области
profile-competences = Компетентен за

## Държави от Европейското икономическо пространство
country-AT = Австрия
country-BE = Белгия
country-BG = България
country-HR = Хърватия
country-CY = Кипър
country-CZ = Чехия
country-DK = Дания
country-EE = Естония
country-FI = Финландия
country-FR = Франция
country-DE = Германия
country-GR = Гърция
country-HU = Унгария
country-IE = Ирландия
country-IT = Италия
country-LV = Латвия
country-LT = Литва
country-LU = Люксембург
country-MT = Малта
country-NL = Нидерландия
country-PL = Полша
country-PT = Португалия
country-RO = Румъния
country-SK = Словакия
country-SI = Словения
country-ES = Испания
country-SE = Швеция
country-IS = Исландия
country-LI = Лихтенщайн
country-NO = Норвегия

## Входящи: списъци, сортиране и брой искания
inbox-empty-body-box = Тук ще се показват исканията на Вашия орган, които отговарят на тези филтри.
inbox-new-request = Ново искане
inbox-boxes = Списъци с искания
inbox-total = { $count ->
    [one] Едно искане
   *[other] { $count } искания
}
inbox-deadline = Срок: { $date }
inbox-number-label = Номер на искането
inbox-sort-label = Подреждане
inbox-sort-updated-desc = Първо последно променените
inbox-sort-updated-asc = Първо най-отдавна променените
inbox-sort-deadline-asc = Първо тези с най-ранен срок
inbox-sort-number-desc = Първо най-новите номера
box-to-accept = За приемане
box-to-answer = За отговор или преглед
box-awaiting = В очакване на другата страна
box-overdue = Просрочени
box-drafts = Чернови
box-closed = Приключени
box-all = Всички

## Грешки, връщани от сървъра (продължение)
error-unsupported-file-type = Този тип файл не се приема. Моля, прикачете PDF файл, изображение или офис документ.

## Искане
request-title = Искане № { $number }
request-title-unknown = Искане
request-overdue = Просрочено
request-from = От
request-to = До
request-created = Създадено на
request-requested-date = Поискан срок за отговор
request-deadline = Съгласуван срок
request-subject = Лице, за което се отнася искането
request-personal-data-hidden = Личните данни, коментарът, съобщенията и документите се показват, след като Вашият орган приеме искането.
request-personal-data-coordinator = Като координатор за IMI можете да следите хода на искането. Личните данни, коментарът, съобщенията и документите към него са достъпни само за двата органа.
request-note-hidden = Текстът не се показва, тъй като може да съдържа лични данни.
request-blocked-on = Лични данни блокирани на
request-personal-data-blocked = Съгласно правилата за съхранение личните данни в това искане (лицето, за което се отнася, свободният текст и документите) са блокирани на { $date }. Вече никой не може да ги вижда, а на { $deleted } ще бъдат изтрити.
request-personal-data-erased = Съгласно правилата за съхранение личните данни в това искане са изтрити на { $date }. Запазена е само общата информация за него: дати, органи, статуси и оценки.
personal-data-mark = Лични данни
personal-data-legend = Този знак обозначава лични данни. Виждат ги само органите, които работят по искането; след приключване на искането те се блокират, а след това се изтриват съгласно правилата за съхранение.
nav-data-subjects = Субекти на данни
data-subjects-title = Искания на субекти на данни
data-subjects-intro = Когато дадено лице поиска да узнае какви данни за него има Вашият орган, тук можете да намерите всички искания на Вашия орган, които се отнасят до него, включително тези с блокирани лични данни, и да изготвите справката, на която то има право. Всяко търсене и всяка справка се регистрират заедно с основанието за тях.
data-subjects-reason = Основание
data-subjects-reason-help = Например датата и номерът на искането на лицето. Основанието се записва в одитния журнал.
data-subjects-search = Търсене
data-subjects-found = { $count ->
    [one] Намерено е едно искане
   *[other] Намерени са { $count } искания
}
data-subjects-none = Нито едно искане на Вашия орган не се отнася до това лице.
data-subjects-include = Включване в справката
data-subjects-side-requesting = Изпратено от Вашия орган
data-subjects-side-responding = Получено от Вашия орган
data-subjects-stage-visible = Личните данни са видими
data-subjects-stage-blocked = Личните данни са блокирани
data-subjects-stage-deleted = Личните данни са изтрити
data-subjects-report-language = Език на справката
data-subjects-make-report = Изготвяне на справката
data-subjects-print = Печат на справката
report-title = Лични данни, съхранявани за Вас
report-intro = { $authority } съхранява следните Ваши лични данни в Информационната система за вътрешния пазар (IMI), чрез която органите от Европейското икономическо пространство обменят информация съгласно Регламент (ЕС) № 1024/2012.
report-made-on = Справката е изготвена на { $date }
report-request = Искане № { $number }
report-area = Правна област
report-data = Съхранявани данни
report-disclosures = Изпратени или получени
report-disclosure-sent = Изпратени до { $authority } на { $date }
report-disclosure-forwarded = Препратени до { $authority } на { $date }
report-disclosure-split-off = Частично предадени на { $authority } на { $date }
report-disclosure-received-from = Получени от { $authority } на { $date }
report-retention = Блокиране и изтриване
report-blocked-and-deleted = Блокиране на { $blocked } (от тази дата никой не може да ги вижда) и изтриване на { $deleted }.
report-not-ended = Искането все още се разглежда. Личните данни в него ще бъдат блокирани { $block ->
    [one] { $block } месец
   *[other] { $block } месеца
} след приключването му и изтрити { $delete ->
    [one] { $delete } месец
   *[other] { $delete } месеца
} след приключването му.
report-count = { $field }: { $count }
report-field-document = Документ
report-field-comment = Коментар на запитващия орган
report-field-note = Съобщения и придружителни текстове
report-field-text-answer = Писмени отговори
report-field-answer-comment = Коментари към отговорите
report-field-inspection-present = Присъствие при проверката на място
report-empty = Исканията на този орган не съдържат Ваши лични данни.
timeline-fields = Коригирани полета: { $fields }
request-rectify = Коригиране на личните данни
request-rectify-title = Коригиране на данните за лицето, за което се отнася искането
request-rectify-help = Другият орган се уведомява кои полета сте коригирали. Предишните стойности не се съхраняват.
request-rectify-save = Запазване на корекцията
request-comment = Коментар
request-original-language = Език на оригинала: { $language }
request-questions = { $count ->
    [one] Един въпрос
   *[other] { $count } въпроса
}
request-answer = Отговор
request-answer-comment = Коментар към отговора
request-answer-choose = Изберете отговор
request-answer-date = Дата
request-answer-measurement = Измерена стойност ({ $unit })
request-answer-text = Текст на отговора
request-save-answers = Запазване на отговорите
request-send-answer = Изпращане на отговора
request-actions = Възможни действия
request-propose-days = Или предложете друг срок (в дни)
request-accept-proposed = Приемане с този срок
request-note = Придружителен текст
request-rating-timeliness = Своевременност на отговора
request-rating-effort = Качество на отговора
request-rating-choose = Изберете оценка
request-rating-needed = За да приключите искането, оценете своевременността и качеството на отговора.
confirm-irreversible = Това действие не може да бъде отменено. Желаете ли да продължите?
request-split-choose = Прехвърляне на този въпрос към друг орган
request-reuse = Създаване на ново искане въз основа на това
request-timeline = История
timeline-new = Ново след Вашата промяна
request-message = Съобщение до другия орган
request-message-send = Изпращане на съобщението
timeline-to = До: { $authority }
timeline-split-to = Ново искане № { $id }
subject-name = Име
subject-identifier = Регистрационен или идентификационен номер
subject-birth-date = Дата на раждане
picker-label = Търсене на орган (на всеки език)
picker-more = Показване на още резултати
answer-yes = Да
answer-no = Не
answer-unknown = Неизвестно
answer-date = Дата
answer-text = Писмен отговор
answer-measurement = Измерена стойност
answer-document-attached = Документът е приложен
answer-document-not-available = Документът не е наличен
event-created = Създадена е чернова
event-sent = Изпратено
event-withdrawn = Оттеглено
event-accepted = Прието
event-forwarded = Препратено
event-info-requested = Поискана е допълнителна информация
event-info-provided = Предоставена е информация
event-answered = Отговорено
event-split-off = Част от въпросите са отделени в ново искане
event-clarification-requested = Поискано е пояснение
event-closed = Отговорът е приет, искането е приключено
event-message = Съобщение
event-attachment-added = Приложен е документ
toast-request-action-send = Искането е изпратено.
toast-request-action-delete = Черновата е изтрита.
toast-request-action-withdraw = Искането е оттеглено.
toast-request-action-accept = Искането е прието.
toast-request-action-forward = Искането е препратено.
toast-request-action-request-info = Въпросът Ви е изпратен до запитващия орган.
toast-request-action-provide-info = Информацията е изпратена.
toast-request-action-answer = Отговорът е изпратен.
toast-request-action-split-off = Въпросите са преместени в ново искане.
toast-request-action-request-clarification = Искането Ви за пояснение е изпратено.
toast-request-action-close = Искането е приключено.
toast-answers-saved = Отговорите Ви са запазени.

## Съставяне на искане
compose-title = Ново искане
compose-steps = Стъпки
compose-step-area = Законодателна област
compose-step-authority = Орган
compose-step-subject = Засегнато лице
compose-step-questions = Въпроси
compose-step-details = Коментар и дата
compose-step-review = Преглед и изпращане
compose-back = Назад
compose-next = Напред
compose-saved = Чернова № { $id } е запазена
compose-chosen-authority = Избран орган: { $name }
compose-subject-help = Съответният специалист или доставчик на услуги. Органът получател вижда тези данни едва след като приеме искането.
compose-comment-help = Пише се на Вашия език; другият орган вижда на кой език е написан текстът.
compose-incomplete = Искането все още не е попълнено изцяло. Липсващите части са отбелязани.
compose-draft-title = Чернова № { $number }
compose-questions-filter = Филтриране на въпросите
compose-questions-chosen = Избрани въпроси: { $count }
compose-step-attention = изисква внимание
compose-review-fix = Преди изпращане коригирайте следното:
compose-review-language = Въпросите се показват на Вашия език; органът получател ги чете на своя език.
compose-review-none = Няма
field-error-missing = Задължително поле.
field-error-too-long = Твърде дълго.
field-error-not-in-future = Трябва да е дата след днешната.
field-error-in-future = Не може да е в бъдещето.
field-error-empty = Не може да е празно.
field-error-duplicate = Избрано е два пъти.
field-error-unknown = Неизвестно.
field-error-other-area = Принадлежи към друга законодателна област.
field-error-area-not-handled = Този орган не отговаря за законодателната област на искането.
field-error-not-allowed = Не е възможно тук.
field-error-too-many = Твърде много.

## Приложени документи
request-documents = Документи
request-no-documents = Няма приложени документи.
request-documents-withheld = Документите са лични данни: те не се показват тук, както и останалите лични данни по това искане.
request-document-size = { $size } КБ
upload-label = Прилагане на документ
upload-choose = Избор на файл…
upload-take-photo = Заснемане на снимка
upload-keep-original = Снимките да се изпращат в оригиналния им размер (в противен случай те първо се намаляват на това устройство)
date-day = Ден
date-month = Месец
date-year = Година
upload-help = PDF файл, изображение или офис документ, до 20 МБ.
upload-question = Въпрос, на който отговаря документът
upload-no-question = Без конкретен въпрос
upload-question-number = Въпрос { $number }
upload-progress = Напредък на качването

## Известия по електронна поща ($event е едно от съобщенията event-*)
email-subject = Искане № { $number }: { $event }
email-body = Уважаеми/а { $name },

    { $authority } предприе действие по искане № { $number }: { $event }.

    Отворете искането: { $link }

    Това съобщение е изпратено от Информационната система за вътрешния пазар. Моля, не отговаряйте на него.

## Известия
notifications-label = Известия
notifications-unread = { $count ->
    [one] { $count } непрочетено известие
   *[other] { $count } непрочетени известия
}
notifications-empty = Няма известия.
notifications-mark-all-read = Отбелязване на всички като прочетени
notification-item = Искане № { $number }: { $event }

## Разпределяне и координация
request-assigned-to = Възложено на { $name }
request-assign-label = Обработващ, отговорен за искането
request-unassigned = Не е възложено
toast-assigned = Обработващият, отговорен за искането, е променен.
toast-saved = Запазено.
inbox-allocation-toggle = Разпределящ искания възлага всяко входящо искане на един от обработващите искания в нашия орган
event-assigned = Възложено на обработващ
event-reminded = Напомняне от координатора
event-inactive = Без действия в продължение на два месеца
event-rectified = Коригирани са лични данни
nav-coordination = Координация
coordination-title = Искания без движение
coordination-intro = Искания на органите от Вашата държава, по които повече от два месеца не е предприето нищо. Отворете искане, за да го препратите, или изпратете напомняне на органа, от който се очаква действие.
coordination-empty = Няма искания без движение в продължение на два месеца.
coordination-last-change = Последна промяна: { $date }
coordination-remind = Изпращане на напомняне
toast-reminded = Напомнянето е изпратено.

## Машинен превод на свободен текст
request-translate = Превод на моя език
request-info-asked = { $authority } моли за следната информация:
request-translation-unavailable = Този текст е на друг език, а на този сървър не е настроен машинен превод.
request-machine-translation = Машинен превод:

## Филтри на прегледа
inbox-state-label = Статус
inbox-any-state = Всички статуси
inbox-from-label = Последна промяна от
inbox-to-label = Последна промяна до
inbox-assigned-to-me = Само възложените на мен искания

## Покани по електронна поща и конфликт при редактиране
email-invitation-subject = Вашият профил в Информационната система за вътрешния пазар (IMI): { $authority }
email-invitation-body = Уважаеми/а { $name },

    { $inviter } създаде за Вас профил в Информационната система за вътрешния пазар (IMI) като потребител на { $authority }.

    За да го активирате, отворете следната връзка и изберете своята парола: { $link }

    Връзката може да се използва само веднъж и е валидна { $days ->
        [one] един ден
       *[other] { $days } дни
    }. Ако не сте очаквали това съобщение, можете да не го вземате предвид.

error-edit-conflict = Друг потребител е запазил промени в този запис, след като сте го отворили. Моля, презаредете страницата, за да видите неговите промени, и след това въведете отново своите.
error-invalid-parameter = Адресът на тази страница е невалиден. Моля, проверете връзката или се върнете назад и опитайте отново.
error-rate-limited = Това действие беше извършено съвсем наскоро и все още не може да бъде повторено. Моля, опитайте отново по-късно.
error-second-factor-required = Въведете кода от приложението си за автентикация.
error-invalid-second-factor = Кодът е грешен или е изтекъл. Въведете кода, който приложението показва в момента.
error-second-factor-setup-required = Ролите Ви изискват двуфакторна автентикация. За да продължите, настройте я от страницата на профила си.
error-storage-full = Документът не можа да бъде съхранен, тъй като мястото за съхранение на сървъра е изчерпано. Нищо не е запазено. Моля, уведомете системния администратор на IMI.
error-personal-data-blocked = Личните данни в това запитване са блокирани съгласно правилата за съхранение: към него не може да се добавя нищо.
error-idempotency-key-reused = Тази промяна вече е изпратена с различно съдържание. Моля, презаредете страницата и я направете отново.
error-request-in-progress = Тази промяна все още се обработва. Моля, изчакайте малко и опитайте отново.
error-device-storage-full = На това устройство няма достатъчно място, за да се съхрани промяната до възстановяване на връзката. Нищо не е съхранено: освободете място на устройството или направете промяната, когато връзката е налице.
error-too-large-to-keep = Този документ е твърде голям, за да бъде съхранен на устройството до възстановяване на връзката. Прикачете го, когато връзката е налице.

## Администриране на регистъра (координатори) и на потребителите (местни администратори на данни)
nav-registry = Регистър
nav-users = Потребители
registry-title = Администриране на регистъра
registry-intro = Регистрирайте органите от Вашата държава или импортирайте много органи наведнъж от CSV файл. За да коригирате данните на орган, намерете го чрез търсенето и отворете профила му.
registry-new = Регистриране на орган
registry-import-title = Импортиране от CSV файл
registry-import-help = По един орган на ред, с колоните, описани в ръководството за импортиране. Ако някой ред е грешен, не се импортира нищо; повторното импортиране на същия файл не променя нищо.
registry-import-file = CSV файл
registry-import-progress = Напредък на импортирането
registry-import-done = Импортирани органи: { $created } нови, { $updated } актуализирани, { $unchanged } без промяна.
registry-import-refused = Нищо не е импортирано. Коригирайте следните редове и импортирайте файла отново:
registry-import-line = Ред
registry-import-column = Колона
registry-import-reason = Проблем
form-title-new = Регистриране на орган
form-title-edit = Редактиране на { $name }
form-errors = Моля, коригирайте отбелязаните полета.
form-name = Наименование на собствения му език
form-name-language = Език на наименованието
form-other-names = Наименования на други официални езици
form-other-name = Друго наименование { $number }
form-other-name-add = Добавяне на наименование на друг език
form-other-name-remove = Премахване
form-name-en = Наименование на английски език
form-city = Град
form-level-help = Частта от страната, за която органът е компетентен. Когато няколко органа съответстват еднакво на търсенето, първи се посочва органът на национално ниво.
form-phone-help = В международен формат, например +371 6701 2345.
form-competences-filter = Търсене на компетентност за добавяне
form-administrator = Първи местен администратор на данни
form-administrator-help = Това лице получава покана по електронна поща, избира парола и след това управлява потребителите на органа.
form-person-name = Име и фамилия
form-invitation-language = Език на поканата
form-save = Запазване
form-register = Регистриране
form-cancel = Отказ
profile-edit = Редактиране
authority-send-request = Изпращане на искане до този орган
profile-area-coordinator = Координатор за IMI за своите законодателни области
profile-other-names = Други наименования
profile-registered-by = Регистриран от
profile-registered-by-value = { $user }, { $authority }
users-title = Потребители
users-roles = Роли
users-active = Активен
users-pending = Поканата все още не е приета
users-invitation-expired = Поканата е изтекла
users-resend-invitation = Повторно изпращане на поканата
toast-invitation-resent = Изпратена е нова покана; предишната връзка вече не е валидна.
users-inactive = Деактивиран
users-invited-by = Покана от { $name }
users-may-log-in = Може да влиза в системата
users-invite-title = Поканване на колега
users-invite = Изпращане на поканата
toast-invited = Поканата е изпратена.
invitation-title = Добре дошли в IMI
invitation-intro = { $name }, поканени сте в Информационната система за вътрешния пазар като потребител на { $authority } ({ $country }). Изберете парола, за да активирате профила си.
password-help = { $count ->
    [one] Поне един знак. Няколко несвързани помежду си думи са добра парола; често използвани пароли, както и Вашето име или адрес на електронна поща, не се приемат.
   *[other] Поне { $count } знака. Няколко несвързани помежду си думи са добра парола; често използвани пароли, както и Вашето име или адрес на електронна поща, не се приемат.
}
invitation-repeat = Повторете паролата
invitation-mismatch = Двете пароли не съвпадат.
invitation-accept = Активиране на профила ми
invitation-invalid = Тази връзка за покана е непозната, вече е използвана или е изтекла. Поискайте нова покана от местния администратор на данни или от координатора за IMI.
field-error-invalid-email = Невалиден адрес на електронна поща.
field-error-invalid-phone = Не е телефонен номер в международен формат (знак + и след него цифри).
field-error-not-yours = Извън законодателните области, които координирате.
field-error-taken = Вече се използва от друг профил.
field-error-too-short = Твърде кратко.
field-error-last-administrator = Органът трябва да има поне един активен местен администратор на данни.
field-error-control-character = Съдържа управляващ знак или знак за посока на текста; моля, премахнете го.
field-error-not-own-country = Изберете орган от Вашата държава.
field-error-too-personal = Не трябва да съдържа Вашия адрес на електронна поща или името Ви.
field-error-too-guessable = Паролата е твърде лесна за отгатване: тя е често използвана или много прилича на такава. Използвайте по-дълга фраза от несвързани помежду си думи.
field-error-wrong-code = Кодът е грешен или е изтекъл.
field-error-no-setup = Настройването не е започнато или е заменено с ново; започнете го отново.
field-error-no-second-factor = Двуфакторната автентикация не е включена.
field-error-required-by-role = Ролите Ви изискват двуфакторна автентикация; тя не може да бъде изключена.
field-error-wrong-password = Паролата е грешна.
field-error-self = Не можете да деактивирате собствения си профил.
field-error-other-country = Принадлежи на друга държава.
field-error-not-utf8 = Файлът не е текст в кодировка UTF-8. Запазете го от програмата за електронни таблици във формат „CSV UTF-8“.
field-error-unreadable = Този ред не може да бъде прочетен като CSV.
field-error-unknown-column = Неизвестна колона.
field-error-missing-column = Липсва задължителна колона.
field-error-wrong-column-count = Този ред няма толкова клетки, колкото заглавният ред.
field-error-too-many-rows = Твърде много редове: най-много 20 000 на файл.
field-error-invalid-format = Не е в очаквания формат.
field-error-duplicate-of-line = Същият идентификатор като на ред { $line }.
field-error-out-of-range = Извън допустимия диапазон.
field-error-out-of-range-between = Трябва да е между { $min } и { $max }.
field-error-invalid-date = Не е валидна дата.
field-error-nonexistent-date = Тази дата не съществува.
field-error-invalid-person-name = Не е име на лице.
field-error-invalid-register-reference = Не е валиден регистров номер.
field-error-unknown-country = Държава, която не е известна на системата.
field-error-unknown-placeholder = Поле за попълване, което не е известно на системата.
field-error-unexpected = Не е част от избраните въпроси.
field-error-line-break = Трябва да е на един ред.
field-error-none-left = В искането трябва да остане поне един въпрос.
field-error-not-a-handler = Не е активен обработващ искания в този орган.
field-error-not-a-coordinator = Не е координатор за IMI.
field-error-not-asked = Не е сред въпросите в искането.
field-error-not-here = Не е възможно тук.
field-error-unterminated = Поле за попълване е отворено, но не е затворено.
field-error-empty-name = Поле за попълване е без име.
field-error-invalid-name = Името на поле за попълване не е валидно.
field-error-mismatched-delimiters = Скобите не си съответстват.
field-error-nested = Поле за попълване се намира в друго поле за попълване.
field-error-wrong-kind = Този вид отговор не съответства на въпроса.
field-error-no-attachment = Към този въпрос няма приложен документ.

## Профил: двуфакторна автентикация, сесии, парола
login-code = Код от приложението за автентикация
login-code-intro = За профила Ви е включена двуфакторна автентикация. Въведете кода, който приложението Ви за автентикация показва в момента.
login-code-help = Шест цифри от приложението или един от резервните Ви кодове.
user-account = Вашият профил
account-title = Вашият профил
account-second-factor-title = Двуфакторна автентикация
account-second-factor-intro = След паролата при вход се изисква шестцифрен код от приложение за автентикация на телефона Ви, например FreeOTP, Aegis, Google Authenticator или Microsoft Authenticator.
account-second-factor-required = Ролите Ви (местен администратор на данни или координатор за IMI) изискват двуфакторна автентикация. Настройте я сега, за да продължите.
account-second-factor-on = { $count ->
    [one] Двуфакторната автентикация е включена. Остава един резервен код.
   *[other] Двуфакторната автентикация е включена. Остават { $count } резервни кода.
}
account-second-factor-off = Двуфакторната автентикация е изключена.
account-second-factor-start = Настройване на двуфакторна автентикация
account-second-factor-scan = Сканирайте този код с приложението си за автентикация или въведете в него ключа по-долу. След това въведете кода, който приложението показва.
account-second-factor-qr = QR код за добавяне на профила Ви в приложение за автентикация
account-second-factor-key = Ключ
account-second-factor-code = Код от приложението
account-second-factor-confirm = Включване на двуфакторната автентикация
account-second-factor-disable = Изключване на двуфакторната автентикация
account-recovery-title = Резервни кодове
account-recovery-intro = Съхранявайте тези кодове на сигурно място, отделно от телефона си. Ако загубите телефона, всеки от тях Ви позволява да влезете еднократно. Те се показват само сега.
account-recovery-done = Запазих ги
account-recovery-renew = Нови резервни кодове
account-sessions-title = Къде сте влезли в системата
account-session-browser = Браузър
account-session-address = IP адрес
account-session-started = Начало
account-session-ends = Край
account-session-current = Тази сесия
account-session-unknown = Неизвестно
account-session-end = Прекратяване на сесията
account-sessions-end-others = Прекратяване на всички други сесии
account-password-title = Парола
account-password-current = Текуща парола
account-password-new = Нова парола
account-password-repeat = Повторете новата парола
account-password-change = Смяна на паролата
toast-second-factor-on = Двуфакторната автентикация е включена.
toast-second-factor-off = Двуфакторната автентикация е изключена.
toast-recovery-renewed = Създадени са нови резервни кодове; старите вече не са валидни.
toast-session-ended = Сесията е прекратена.
toast-sessions-ended = Другите Ви сесии са прекратени.
toast-password-changed = Паролата Ви е сменена, а другите Ви сесии са прекратени.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Статистика
## $number е брой, изписан според езиковите настройки на читателя, а $count – същият брой като число
## (за формата за множествено число). $from, $to и $today са дати; $value, $green и $red са стойности,
## вече изписани според езиковите настройки на читателя (процент или дни); $zone е часова зона
## (UTC); $indicator е наименованието на един от показателите statistics-figure-*.
nav-statistics = Статистика
statistics-title = Статистика
statistics-intro = Колко искания се обменят, колко бързо се приемат и получават отговор и как запитващите органи оценяват отговорите. Тези данни не включват лица, имена или текстове.
statistics-print = Печат
statistics-filters = Филтри
statistics-from = От
statistics-to = До
statistics-partner = Държава партньор
statistics-direction = Посока
statistics-direction-all = Изпратени и получени
statistics-direction-sent = Изпратени
statistics-direction-received = Получени
statistics-granularity = Интервал на динамичните редове
statistics-granularity-month = Месец
statistics-granularity-quarter = Тримесечие
statistics-granularity-year = Година
statistics-whose = Данни за
statistics-scope-everything = Всички държави
statistics-scope-areas = { $country }: Вашите законодателни области
statistics-scope-authority = Вашият орган
statistics-your-areas = Вашите законодателни области
statistics-period = Искания, изпратени от { $from } до { $to }
statistics-as-of = Дните са календарни дни по { $zone }; данните са към { $today }.
statistics-volumes-heading = Обем
statistics-performance-heading = Бързина и удовлетвореност
statistics-performance-intro = Бързината и удовлетвореността се отнасят до отговарящата страна: отчитат се исканията, изпратени до тези органи през периода. При всеки показател е посочено на колко искания се основава; показател, който се основава на малко искания, може да се променя значително.
statistics-figure-sent = Изпратени искания
statistics-figure-received = Получени искания
statistics-figure-open-now = Неприключени към момента
statistics-figure-overdue-now = Просрочени към момента
statistics-figure-accepted-in-time = Приети в рамките на 7 дни
statistics-figure-average-days = Среден брой дни до отговор
statistics-figure-median-days = Медианен брой дни до отговор
statistics-figure-by-agreed-date = С отговор в съгласувания срок
statistics-figure-within-two-weeks = С отговор в рамките на две седмици
statistics-figure-negative-timeliness = Отрицателни оценки за своевременност
statistics-figure-negative-effort = Отрицателни оценки за качество
statistics-what-is-counted = Какво се отчита
statistics-definition-sent = Искания, изпратени от тези органи през периода, като всяко се отчита в деня на изпращането му. Черновите никога не се отчитат. Препратено искане се отчита веднъж; искане, отделено от друго искане, е самостоятелно искане, което се счита за изпратено в деня на отделянето; оттеглено искане също се отчита. Дните са календарни дни по UTC.
statistics-definition-received = Искания, изпратени до тези органи през периода, като всяко се отчита в деня на изпращането му. Препратено искане се отчита веднъж – за органа, при който се намира последно; оттеглено искане също се отчита. Дните са календарни дни по UTC.
statistics-definition-open-now = Изпратени или получени искания на тези органи, които към днешна дата очакват приемане, са приети или очакват информация, независимо кога са изпратени: този показател не е ограничен до периода.
statistics-definition-overdue-now = От неприключените към момента искания – тези, чийто съгласуван срок е изтекъл към днешна дата (календарни дни по UTC). Този показател също не е ограничен до периода.
statistics-definition-accepted-in-time = От получените искания, които са приети или очакват приемане повече от 7 дни, делът на приетите не по-късно от 7 календарни дни след получаването. Искането се счита за получено в деня на изпращането му или, ако е препратено, в деня на последното препращане, така че на даден орган да не се вменяват дните, през които искането е било при друг орган. Оттеглено искане се отчита само ако е било прието. Дните са календарни дни по UTC.
statistics-definition-average-days = Средният брой календарни дни (UTC) от получаването (деня на изпращане или на последното препращане) до първия отговор за получените искания, по които е даден отговор. Ако след отговора е поискано пояснение, се отчита първият отговор.
statistics-definition-median-days = Средната стойност в подредения ред на същия брой дни от получаването до първия отговор: половината от отговорите са отнели толкова или по-малко време. При четен брой отговори се взема по-малката от двете средни стойности.
statistics-definition-by-agreed-date = От исканията с отговор, за които има съгласуван срок, делът на тези, по които първият отговор е даден не по-късно от този ден (календарни дни по UTC).
statistics-definition-within-two-weeks = От исканията с отговор делът на тези, по които първият отговор е даден не по-късно от 14 календарни дни (UTC) след получаването (деня на изпращане или на последното препращане).
statistics-definition-negative-timeliness = От получените искания, които запитващият орган е оценил при приключването им, делът на тези, чийто отговор е оценил отрицателно по отношение на своевременността.
statistics-definition-negative-effort = От получените искания, които запитващият орган е оценил при приключването им, делът на тези, чийто отговор е оценил отрицателно по отношение на качеството.
statistics-no-figure = Няма искания
statistics-based-on = { $count ->
    [one] Въз основа на { $number } искане
   *[other] Въз основа на { $number } искания
}
statistics-eea = ЕИП
statistics-eea-value = ЕИП: { $value }
statistics-band-green = Добро
statistics-band-yellow = За наблюдение
statistics-band-red = Незадоволително
statistics-legend-title = Прагове на категориите
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: добро от { $green }, незадоволително под { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: добро под { $green }, незадоволително над { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: добро от { $green }, незадоволително под { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: добро под { $green }, незадоволително от { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: добро под { $green }, незадоволително от { $red }.
statistics-quarter = Тримесечие { $quarter } на { $year } г.
statistics-quarter-short = Трим. { $quarter }
statistics-charts-heading = Динамика във времето
statistics-volumes-title = Изпратени и получени искания
statistics-acceptance-title = Дял на исканията, приети в рамките на 7 дни
statistics-days-title = Среден брой дни до отговор
statistics-axis-requests = Искания
statistics-axis-share = Дял
statistics-axis-days = Дни
statistics-show-table = Показване като таблица
statistics-tables-heading = Разбивки
statistics-column-period = Период
statistics-column-sent = Изпратени
statistics-column-received = Получени
statistics-column-based-on = Основа (брой искания)
statistics-column-area = Законодателна област
statistics-column-partner = Държава партньор
statistics-column-country = Държава
statistics-column-from-to = От (редове) към (колони)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Искания по законодателни области
statistics-by-partner-title = Искания по държави партньори
statistics-by-partner-intro = Държавата партньор е държавата от другата страна: отговарящата държава при изпратено искане и запитващата държава при получено искане.
statistics-exchanges-title = Искания между държавите
statistics-exchanges-intro = Всеки ред е запитваща държава, всяка колона – отговаряща държава; посочени са само държавите с искания през периода.
statistics-scoreboard-title = Информационно табло за отговарящите държави
statistics-scoreboard-intro = Показателите на всяка държава като отговаряща страна за исканията, получени от нея през периода, с категориите им съгласно посочените по-горе прагове.
statistics-csv = Изтегляне на CSV файл
statistics-csv-failed = Този браузър не успя да създаде файла.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: категория
statistics-csv-based-on = { $indicator }: основа (брой искания)
statistics-empty-title = Няма искания през този период
statistics-empty-body = През този период не е изпратено искане, което да отговаря на тези филтри. Изберете по-дълъг период или по-малко филтри.
statistics-error-before-start = Не може да бъде преди първия ден от периода.
statistics-error-too-long = { $count ->
    [one] Периодът може да бъде най-много { $days } ден.
   *[other] Периодът може да бъде най-много { $days } дни.
}

## Предупреждения: един орган предупреждава много други

role-alert_coordinator = Координатор за предупреждения
field-error-before-start = Не може да е преди датата, от която се прилага решението.
alert-state-draft = Чернова
alert-state-awaiting-approval = Очаква одобрение от координатора за предупреждения
alert-state-sent = Изпратено
alert-state-closure-proposed = Предложено е приключване
alert-state-closed = Приключено
alert-state-withdrawn = Оттеглено
alert-action-edit = Редактиране
alert-action-delete = Изтриване на черновата
alert-action-send = Изпращане на предупреждението
alert-action-approve = Одобряване и изпращане
alert-action-reject = Връщане на подателя
alert-action-acknowledge = Потвърждаване на получаването от името на държавата
alert-action-pass-on = Препращане до органите
alert-action-acknowledge-receipt = Потвърждаване на получаването
alert-action-modify = Изменение
alert-action-withdraw = Оттегляне
alert-action-propose-closure = Предлагане на приключване
alert-action-reject-closure = Запазване на предупреждението в сила
alert-action-close = Приключване на предупреждението
alert-event-created = Създадена е чернова
alert-event-submitted = Изпратено за одобрение
alert-event-approved = Одобрено от координатора за предупреждения
alert-event-rejected = Върнато на подателя
alert-event-sent = Предупреждението е изпратено
alert-event-acknowledged = Получаването е потвърдено от координатора за предупреждения на държавата
alert-event-passed-on = Препратено до компетентните органи
alert-event-receipt-acknowledged = Получаването е потвърдено от органа
alert-event-modified = Предупреждението е изменено
alert-event-withdrawn = Предупреждението е оттеглено
alert-event-withdrawn-wrong = Предупреждението е оттеглено: оказало се е неоснователно
alert-event-closure-proposed = Предложено е приключване
alert-event-closure-rejected = Предупреждението остава в сила
alert-event-closed = Предупреждението е приключено
alert-event-end-reminder = Решението вече не се прилага: приключете или оттеглете предупреждението
alert-event-late-reminder = Просрочено: решението е престанало да се прилага преди повече от 3 дни, а предупреждението все още не е приключено
email-alert-subject = Предупреждение № { $number }: { $event }
email-alert-body = Уважаеми/а { $name },

    { $authority } предприе действие по предупреждение № { $number } ({ $kind }): { $event }.

    Отворете предупреждението: { $link }

    Това съобщение е изпратено от Информационната система за вътрешния пазар. Моля, не отговаряйте на него.

alert-delivery-received = Получено, все още не е потвърдено
alert-delivery-acknowledged = Получаването е потвърдено
alert-delivery-passed-on = Препратено до компетентните органи
alert-box-drafts = Чернови на предупреждения
alert-box-sent = Изпратени предупреждения
alert-box-to-approve = Предупреждения за одобрение
alert-box-to-acknowledge = Предупреждения за потвърждаване на получаването
alert-box-received = Получени предупреждения

## Alerts: the pages

nav-alerts = Предупреждения
alerts-title = Предупреждения
alerts-intro = Предупрежденията уведомяват компетентните органи на други държави за специалист или доставчик на услуги: забрана или ограничение за упражняване на дейността, фалшифицирана диплома, опасност за здравето, безопасността или околната среда.
alerts-boxes = Списъци с предупреждения
alerts-new = Ново предупреждение
alerts-check-link = Проверка на специалист
alerts-in-force = Предупреждения в сила
alerts-unread = Предупреждения с непрочетени промени
# Изговаря се от екранните четци, когато броят на непрочетените промени в предупрежденията се увеличи.
live-alert-news = { $count ->
    [one] Една непрочетена промяна в предупрежденията
   *[other] { $count } непрочетени промени в предупрежденията
}
alerts-empty-title = Тук няма предупреждения
alerts-empty-body = Тук се показват предупрежденията, които достигат до Вашата държава или до Вашия орган, както и тези, които Вашият орган изпраща.
alerts-total = { $count ->
    [one] { $count } предупреждение
   *[other] { $count } предупреждения
}
alert-title = Предупреждение № { $number }
alert-title-unknown = Предупреждение
alert-subject-withheld = Личните данни не се показват
alert-unread = Ново, откакто го отворихте за последен път
alert-from-country = От { $country }
alert-details = Данни
alert-sender = Орган подател
alert-sent-at = Дата на изпращане
alert-revision-label = Изменения
alert-revision = { $count ->
    [one] Изменено веднъж след изпращането
   *[other] Изменено { $count } пъти след изпращането
}
alert-personal-hidden = Личните данни в това предупреждение се показват само на подателя, на координаторите за предупреждения и на органите, до които то е препратено.
alert-comment = Коментар
alert-comment-help = За получателите: какво трябва да знаят освен данните в полетата по-горе. Пишете на Вашия език; всеки читател може да получи машинен превод на текста.
alert-late-reason = Причина за изпращането на предупреждението след срока
alert-proved-wrong = Това предупреждение е оттеглено, тъй като се е оказало неоснователно.
alert-due-left = { $days ->
    [0] Срокът изтича днес: предупреждението трябва да бъде изпратено в срок от 3 дни от решението.
    [one] Остава { $days } ден за изпращане на предупреждението.
   *[other] Остават { $days } дни за изпращане на предупреждението.
}
alert-due-late = { $days ->
    [one] Просрочено с { $days } ден: посочете защо предупреждението се изпраща след срока.
   *[other] Просрочено с { $days } дни: посочете защо предупреждението се изпраща след срока.
}
alert-actions = Възможни действия
alert-note = Основание
alert-note-help = Задължително при връщане, оттегляне или предлагане на приключване на предупреждението; всички получатели го четат.
alert-note-missing = Първо посочете основание.
alert-withdraw-proved-wrong = Предупреждението се е оказало неоснователно: всички получатели да бъдат уведомени за това
alert-conflict = { $error } Текущо състояние на предупреждението: { $state }.
alert-deliveries = Получатели
alert-deliveries-summary = { $count ->
    [one] Получаването е потвърдено от { $acknowledged } от { $count } държава.
   *[other] Получаването е потвърдено от { $acknowledged } от { $count } държави.
}
alert-column-country = Държава
alert-column-delivery = Координатор за предупреждения
alert-column-authorities = Компетентни органи
alert-received-at = получено на { $date }
alert-acknowledged-at = получаването е потвърдено на { $date }
alert-not-acknowledged = получаването все още не е потвърдено
alert-read-at = прочетено на { $date }
alert-not-read = все още не е прочетено
alert-no-recipients = Все още не е препратено
alert-timeline = История
alert-event-for-country = за { $country }
alert-pass-on-title = Препращане до компетентните органи
alert-pass-on-help = Регистърът предлага органите от Вашата държава, които са компетентни за тази професия или дейност. Премахнете отметката пред онези, които не трябва да получат предупреждението, или добавете други.
alert-pass-on-none = В регистъра няма орган от Вашата държава, компетентен за тази професия или дейност. Добавете органите, които трябва да получат предупреждението.
alert-pass-on-already = (вече го е получил)
alert-pass-on-add = Добавяне на друг орган
alert-pass-on-own-country = Предупрежденията могат да се препращат само до органи от Вашата държава.
alert-pass-on-submit = { $count ->
    [one] Препращане до { $count } орган
   *[other] Препращане до { $count } органа
}
alert-compose-title = Ново предупреждение
alert-draft-title = Чернова на предупреждение № { $number }
alert-modify-title = Изменение на предупреждение № { $number }
alert-step-kind = Вид предупреждение
alert-step-fields = Данни
alert-step-countries = Държави
alert-step-review = Коментар и изпращане
alert-kind-legal-basis = Правно основание: { $basis }
alert-choose-kind-first = Първо изберете вида предупреждение.
alert-field-required = { $label } (задължително)
alert-choose = Изберете…
alert-countries-all = Това предупреждение се изпраща до координаторите за предупреждения на всички 30 държави от ЕИП.
alert-countries-choose = Изберете държавите, в които доставчикът извършва дейност или в които може да възникне рискът.
alert-countries-always = { $country } получава това предупреждение във всички случаи като държава на установяване.
alert-countries-none = Все още не е избрана държава.
alert-goes-to = Държави получатели: { $countries }
alert-approval-note = Предупрежденията от Вашата държава се одобряват от нейния координатор за предупреждения, преди да бъдат изпратени.
alert-modify-note = Всички получатели се уведомяват, че предупреждението е изменено.
alert-problems = Остава за попълване
alert-incomplete = Предупреждението все още не е попълнено изцяло. Липсващите части са отбелязани.
alert-save-draft = Запазване на черновата
alert-save-modification = Запазване на изменението
alert-submit = Изпращане за одобрение
alert-check-title = Може ли този специалист да упражнява професията си?
alert-check-intro = Търсете по име в предупрежденията в сила относно професионалните квалификации, които са получени от Вашата държава или от Вашия орган. Диакритичните знаци и една печатна грешка не пречат на търсенето. Намереното предупреждение означава, че в съответната държава се прилага забрана или ограничение; ако не е намерено предупреждение, това не доказва, че упражняването на професията не е забранено или ограничено.
alert-check-name = Име на специалиста
alert-check-profession = Професия
alert-check-any-profession = Всички професии
alert-check-submit = Търсене в предупрежденията
alert-check-none = Няма предупреждение в сила относно { $name }.
alert-check-found = { $count ->
    [one] Намерено е { $count } предупреждение в сила
   *[other] Намерени са { $count } предупреждения в сила
}
toast-alert-saved = Черновата е запазена.
toast-alert-sent = Предупреждението е изпратено.
toast-alert-submitted = Предупреждението е изпратено за одобрение.
toast-alert-modified = Предупреждението е изменено; получателите са уведомени.
toast-alert-deleted = Черновата е изтрита.
toast-alert-passed-on = Предупреждението е препратено.
toast-alert-done = Изпълнено: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Няма връзка с мрежата. Отворените от Вас искания остават достъпни за четене; добавените от Вас отговори, съобщения и документи се съхраняват на това устройство и се изпращат при възстановяване на връзката.
update-ready = Налична е нова версия на системата.
update-reload = Зареждане на новата версия

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Една промяна, направена без връзка, очаква изпращане.
   *[other] { $count } промени, направени без връзка, очакват изпращане.
}
queue-sending = Изпращане на промените, направени без връзка…
queue-attention = { $count ->
    [one] Една промяна, направена без връзка, не е изпратена и изисква Вашето решение.
   *[other] { $count } промени, направени без връзка, не са изпратени и изискват Вашето решение.
}
queue-title = Очакващи изпращане
queue-intro = Тези промени са направени без връзка и се съхраняват на това устройство. Изпращат се поред веднага щом връзката бъде възстановена.
queue-kind-answers = Отговори (запазени, неизпратени до запитващия орган)
queue-kind-answer = Отговори за изпращане до запитващия орган
queue-kind-message = Съобщение
queue-kind-document = Документ „{ $name }“ ({ $size } КБ)
queue-made-at = Написано на { $time }
queue-status-waiting = Очаква се връзка.
queue-status-conflict = Не е изпратено: искането е променено, след като написахте това, и сега е в състояние „{ $state }“. Вижте какво е променено в историята по-долу, след което изпратете промяната въпреки това или я отхвърлете.
queue-status-refused = Не е изпратено: { $error }
queue-send-anyway = Изпращане въпреки това
queue-edit = Редактиране
queue-discard = Отхвърляне
queue-discard-confirm = Да се отхвърли ли тази промяна? Написаното от Вас ще бъде изтрито от това устройство.
queue-logout-confirm = { $count ->
    [one] Една промяна, направена без връзка, все още не е изпратена. При излизане тя ще бъде изтрита от това устройство. Желаете ли да излезете въпреки това?
   *[other] { $count } промени, направени без връзка, все още не са изпратени. При излизане те ще бъдат изтрити от това устройство. Желаете ли да излезете въпреки това?
}
toast-queued = Няма връзка: промяната се съхранява на това устройство и ще бъде изпратена при възстановяване на връзката.
toast-queue-sent = { $count ->
    [one] Промяната, направена без връзка, е изпратена.
   *[other] Изпратени са { $count } промени, направени без връзка.
}

## Проверки на място: вид на искането и констативен протокол с подписите на присъстващите лица
compose-kind-label = Предмет на искането
request-kind-information = Информация
request-kind-information-help = Другият орган отговаря на въпросите Ви въз основа на своите регистри и преписки.
request-kind-inspection = Проверка на място
request-kind-inspection-help = Другият орган проверява съответните помещения, оборудване или обект и докладва своите констатации, заедно със снимки и подписите на присъстващите лица.
request-checklist = { $count ->
    [one] Контролен списък: една точка
   *[other] Контролен списък: { $count } точки
}
inspection-title = Констативен протокол
inspection-help = Документирайте проверката, докато я извършвате: отговорете на въпросите от контролния списък по-горе, приложете снимки като документи, след това впишете деня и мястото и помолете всяко присъстващо лице да се подпише тук. Отговорът може да бъде изпратен, след като и Вие се подпишете.
inspection-pending = Констативният протокол се показва тук заедно с отговора.
inspection-inspected-on = Ден на проверката
inspection-place = Място на проверката
inspection-place-help = Адресът и обектът или помещенията (например: строителна площадка, вход 2).
inspection-present = Присъстващи лица
inspection-signer-name = Име и фамилия
inspection-signer-role = Присъства в качеството на
inspection-signer-refused = Отказ от подпис
inspection-signer-unnamed = присъстващото лице
inspection-signer-unsigned = Става част от протокола едва след като лицето се подпише или откаже да се подпише.
inspection-signer-add = Добавяне на присъстващо лице
inspection-signer-remove = Премахване на това лице
inspection-signature-of = Подпис на { $name }
inspection-signature-clear = Изчистване на подписа
inspection-signature-needed = Преди отговорът да бъде изпратен, е необходим подписът на инспектора.
inspection-refused-to-sign = Лицето отказа да се подпише.
signer-role-inspector = Инспектор
signer-role-provider-representative = Представител на доставчика или работодателя
signer-role-worker = Работник
signer-role-witness = Свидетел
queue-kind-report = Констативен протокол (запазен, неизпратен до запитващия орган)
