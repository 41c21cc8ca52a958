# Język polski.

## Aplikacja
app-name = System Wymiany Informacji na Rynku Wewnętrznym
app-short-name = IMI
app-tagline = Współpraca administracyjna między właściwymi organami państw Europejskiego Obszaru Gospodarczego
skip-to-content = Przejdź do treści głównej
loading = Wczytywanie…

## Nawigacja i menu użytkownika
nav-label = Nawigacja główna
nav-inbox = Skrzynka odbiorcza
language-label = Język
user-signed-in-as = Zalogowano jako { $name }, { $authority }
organisation-commission = Komisja Europejska
logout = Wyloguj
toast-dismiss = Zamknij
toast-logged-out = Wylogowano.

## Strona logowania
login-title = Logowanie
login-intro = Proszę użyć konta utworzonego przez administratora swojego organu lub przez krajowego koordynatora IMI.
login-email = Adres e-mail
login-password = Hasło
login-submit = Zaloguj
login-submitting = Logowanie…
field-required = To pole jest wymagane.

## Skrzynka odbiorcza
inbox-title = Skrzynka odbiorcza
inbox-empty-title = Brak wniosków

## Nieistniejące strony
not-found-title = Nie znaleziono strony
not-found-body = Podany adres nie prowadzi do żadnej strony tego systemu.
not-found-home = Przejdź do skrzynki odbiorczej

## Role
roles-label = Przypisane role
role-request_handler = Osoba rozpatrująca wnioski
role-allocator = Osoba przydzielająca wnioski
role-local_administrator = Lokalny administrator danych
role-coordinator = Koordynator IMI
role-commission_observer = Obserwator z ramienia Komisji

## Błędy zwracane przez serwer, według kodu
error-internal-error = Wystąpił błąd serwera. Proszę spróbować ponownie; jeśli problem będzie się powtarzał, należy skontaktować się z administratorem.
error-database-unavailable = Baza danych systemu jest w tej chwili niedostępna. Proszę spróbować ponownie za kilka minut.
error-not-found = Żądany zasób nie istnieje lub brak do niego dostępu.
error-method-not-allowed = Ta czynność nie jest tutaj możliwa.
error-unauthenticated = Sesja wygasła. Proszę zalogować się ponownie.
error-forbidden = Brak uprawnień wymaganych do wykonania tej czynności.
error-invalid-credentials = Nieprawidłowy adres e-mail lub hasło.
error-too-many-attempts = { $seconds ->
    [one] Zbyt wiele nieudanych prób. Proszę odczekać { $seconds } sekundę przed ponowną próbą.
    [few] Zbyt wiele nieudanych prób. Proszę odczekać { $seconds } sekundy przed ponowną próbą.
    [many] Zbyt wiele nieudanych prób. Proszę odczekać { $seconds } sekund przed ponowną próbą.
   *[other] Zbyt wiele nieudanych prób. Proszę odczekać { $seconds } sekundy przed ponowną próbą.
}
error-malformed-json = Serwer nie mógł odczytać przesłanych danych. Proszę odświeżyć stronę i spróbować ponownie.
error-unsupported-media-type = Serwer nie przyjmuje danych w tym formacie.
error-payload-too-large = Przesłane dane przekraczają rozmiar akceptowany przez serwer.
error-validation-failed = Niektóre pola nie zostały poprawnie wypełnione. Proszę sprawdzić oznaczone pola.
error-network-error = Brak połączenia z serwerem. Proszę sprawdzić połączenie sieciowe i spróbować ponownie.
error-invalid-transition = Ta czynność nie jest możliwa przy obecnym statusie wniosku. Proszę odświeżyć stronę, aby zobaczyć, jakie czynności są teraz dostępne.
error-translation-not-configured = Tłumaczenie maszynowe nie jest dostępne w tym systemie.
error-translation-failed = Usługa tłumaczenia maszynowego nie odpowiedziała. Proszę spróbować ponownie później.

## Wartości symboli zastępczych (shared::placeholder::PlaceholderErrorCode)
## $label to etykieta symbolu zastępczego w języku czytelnika; $max i $length to liczby
## znaków.
placeholder-error-missing = Proszę wprowadzić wartość w polu „{ $label }”.
placeholder-error-empty = Pole „{ $label }” nie może być puste.
placeholder-error-too-long = { $max ->
    [one] Pole „{ $label }” może zawierać najwyżej { $max } znak; obecnie zawiera { $length }.
    [few] Pole „{ $label }” może zawierać najwyżej { $max } znaki; obecnie zawiera { $length }.
    [many] Pole „{ $label }” może zawierać najwyżej { $max } znaków; obecnie zawiera { $length }.
   *[other] Pole „{ $label }” może zawierać najwyżej { $max } znaku; obecnie zawiera { $length }.
}
placeholder-error-control-character = Pole „{ $label }” zawiera niewidoczny znak sterujący. Proszę wpisać wartość ponownie.
placeholder-error-line-break = Wartość pola „{ $label }” musi mieścić się w jednym wierszu.
placeholder-error-invalid-date = Proszę wpisać wartość pola „{ $label }” w formacie rok-miesiąc-dzień, np. 2025-03-31.
placeholder-error-nonexistent-date = Data wpisana w polu „{ $label }” nie istnieje w kalendarzu.
placeholder-error-unknown-country = W polu „{ $label }” proszę wybrać państwo Europejskiego Obszaru Gospodarczego.
placeholder-error-invalid-email = Wartość pola „{ $label }” nie jest prawidłowym adresem e-mail.
placeholder-error-invalid-person-name = W polu „{ $label }” należy podać imię lub nazwisko osoby: litery, bez cyfr.
placeholder-error-invalid-register-reference = Pole „{ $label }” może zawierać tylko litery, cyfry, spacje i znaki - . /
placeholder-error-unexpected = Podano wartość dla pola, którego nie używa żadne z wybranych pytań.
placeholder-error-unknown-placeholder = Pytanie zawiera nieznane pole. Proszę poinformować koordynatora IMI.

## Szablony pytań (shared::placeholder::TemplateErrorCode)
## $position to pozycja znaku liczona od 1; $name to nazwa symbolu zastępczego
## w zapisanej postaci.
template-error-unterminated = Symbol zastępczy rozpoczynający się na pozycji { $position } nie został zamknięty.
template-error-empty-name = Symbol zastępczy na pozycji { $position } nie ma nazwy.
template-error-invalid-name = „{ $name }” (pozycja { $position }) nie jest prawidłową nazwą symbolu zastępczego: nazwa musi zaczynać się od litery, po której następują litery, cyfry lub „_”.
template-error-mismatched-delimiters = Symbol zastępczy na pozycji { $position } jest otwarty nawiasem jednego rodzaju, a zamknięty nawiasem innego rodzaju.
template-error-nested = Symbol zastępczy na pozycji { $position } zawiera inny symbol zastępczy.
template-error-unknown-placeholder = „{ $name }” (pozycja { $position }) nie jest znanym symbolem zastępczym.

## Statusy wniosku (shared::lifecycle::RequestState)
request-state-draft = Wersja robocza
request-state-awaiting-acceptance = Oczekuje na przyjęcie
request-state-accepted = Przyjęty
request-state-info-requested = Poproszono o informacje
request-state-answered = Udzielono odpowiedzi
request-state-closed = Zamknięty
request-state-withdrawn = Wycofany

## Czynności dotyczące wniosku (shared::lifecycle::ActionKind)
request-action-create = Nowy wniosek
request-action-edit = Edytuj
request-action-delete = Usuń wersję roboczą
request-action-send = Wyślij
request-action-withdraw = Wycofaj
request-action-accept = Przyjmij
request-action-forward = Przekaż dalej
request-action-request-info = Poproś o dodatkowe informacje
request-action-provide-info = Udziel informacji
request-action-answer = Odpowiedz
request-action-split-off = Wydziel pytania
request-action-request-clarification = Poproś o wyjaśnienia
request-action-close = Zaakceptuj odpowiedź i zamknij

## Ocena odpowiedzi (shared::lifecycle::Rating)
rating-positive = Dobra
rating-neutral = Zadowalająca
rating-negative = Niezadowalająca

## Sprawdzanie pytań (strona do pisania i wypróbowywania szablonów pytań)
nav-question-check = Sprawdzanie pytań
question-check-title = Sprawdzanie pytania
question-check-intro = Proszę napisać pytanie w takiej postaci, w jakiej pojawi się we wniosku, z symbolami zastępczymi w miejscu danych uzupełnianych przez organ wnioskujący, i wypróbować je z przykładowymi wartościami. Obowiązują tu te same zasady co przy wysyłaniu wniosku.
question-check-template = Treść pytania
question-check-template-help = Każdy symbol zastępczy należy zapisać jako {"${"}Nazwa{"}"}, np. {"${"}SPBusinessName{"}"}. Znane symbole zastępcze: { $names }.
question-check-values = Wartości
question-check-no-placeholders = To pytanie nie zawiera symboli zastępczych.
question-check-preview = Podgląd
question-check-submit = Sprawdź na serwerze
question-check-accepted = Serwer akceptuje to pytanie i jego wartości.

## Katalog pytań
nav-catalogue = Pytania
catalogue-title = Katalog pytań
catalogue-intro = Wstępnie przetłumaczone pytania, które można umieścić we wniosku. Drugi organ czyta każde z nich we własnym języku; symbole zastępcze uzupełnia organ wnioskujący.
catalogue-area-label = Obszar legislacyjny
catalogue-count = { $count ->
    [one] { $count } pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
}
area-services = Usługi
area-professional_qualifications = Kwalifikacje zawodowe
area-posting_of_workers = Delegowanie pracowników
area-ecommerce = Handel elektroniczny
answer-type-yes_no = Tak lub nie
answer-type-date = Data
answer-type-free_text = Tekst dowolny
answer-type-document = Dokument
answer-type-choice = Wybór z listy
answer-type-measurement = Wartość zmierzona

## Wyszukiwanie organów
nav-authorities = Organy
authorities-title = Wyszukiwanie organu
authorities-intro = Można wyszukiwać w dowolnym języku według nazwy, skrótu, miejscowości lub kompetencji, na przykład zawodu lub działalności. Kompetencje są wyszukiwane we wszystkich językach systemu.
authorities-search-label = Nazwa, miejscowość lub kompetencja
authorities-country-label = Państwo
authorities-any-country = Wszystkie państwa
authorities-any-area = Wszystkie obszary
authorities-results = { $count ->
    [one] Znaleziono { $count } organ
    [few] Znaleziono { $count } organy
    [many] Znaleziono { $count } organów
   *[other] Znaleziono { $count } organu
}
authorities-no-results = Żaden organ nie odpowiada kryteriom wyszukiwania.
## $country to nazwa państwa w języku czytelnika (w mianowniku); $label to nazwa zawodu lub działalności.
search-country-from-query = Wyświetlane są organy z państwa wskazanego w wyszukiwanym haśle: { $country }.
search-none-declared = Żaden organ (państwo: { $country }) nie zadeklarował właściwości w zakresie „{ $label }”.
search-none-declared-anywhere = Żaden organ nie zadeklarował właściwości w zakresie „{ $label }”.
search-ask-coordinator = Krajowy koordynator IMI (państwo: { $country }) może wskazać Państwu właściwy organ:
authorities-match-name = Zgodność z nazwą
authorities-match-acronym = Zgodność ze skrótem
authorities-match-city = Zgodność z miejscowością
authorities-match-competence = Właściwy w zakresie: { $label }
authorities-pages = Strony wyników
authorities-previous = Poprzednia
authorities-next = Następna
authorities-page = Strona { $page } z { $pages }
profile-back = Powrót do wyszukiwania
profile-country = Państwo
profile-acronym = Skrót
profile-level = Zasięg terytorialny
level-national = Krajowy
level-regional = Regionalny
level-local = Lokalny
profile-address = Adres
profile-email = Adres e-mail
profile-phone = Telefon
profile-role = Rola w systemie
profile-coordinator = Krajowy koordynator IMI
profile-areas = Obszary legislacyjne
profile-competences = Właściwy w zakresie

## Państwa Europejskiego Obszaru Gospodarczego
country-AT = Austria
country-BE = Belgia
country-BG = Bułgaria
country-HR = Chorwacja
country-CY = Cypr
country-CZ = Czechy
country-DK = Dania
country-EE = Estonia
country-FI = Finlandia
country-FR = Francja
country-DE = Niemcy
country-GR = Grecja
country-HU = Węgry
country-IE = Irlandia
country-IT = Włochy
country-LV = Łotwa
country-LT = Litwa
country-LU = Luksemburg
country-MT = Malta
country-NL = Niderlandy
country-PL = Polska
country-PT = Portugalia
country-RO = Rumunia
country-SK = Słowacja
country-SI = Słowenia
country-ES = Hiszpania
country-SE = Szwecja
country-IS = Islandia
country-LI = Liechtenstein
country-NO = Norwegia

## Skrzynka odbiorcza – listy wniosków
inbox-empty-body-box = Tutaj będą wyświetlane wnioski Państwa organu spełniające wybrane kryteria filtrowania.
inbox-new-request = Nowy wniosek
inbox-boxes = Listy wniosków
inbox-total = { $count ->
    [one] Jeden wniosek
    [few] { $count } wnioski
    [many] { $count } wniosków
   *[other] { $count } wniosku
}
inbox-deadline = Termin: { $date }
inbox-number-label = Numer wniosku
inbox-sort-label = Kolejność
inbox-sort-updated-desc = Od ostatnio zmienionych
inbox-sort-updated-asc = Od najdawniej zmienionych
inbox-sort-deadline-asc = Od najbliższego terminu
inbox-sort-number-desc = Od najwyższego numeru
box-to-accept = Do przyjęcia
box-to-answer = Do udzielenia odpowiedzi lub sprawdzenia
box-awaiting = Oczekujące na działanie drugiego organu
box-overdue = Po terminie
box-drafts = Wersje robocze
box-closed = Zamknięte
box-all = Wszystkie

## Błędy zwracane przez serwer (ciąg dalszy)
error-unsupported-file-type = Ten typ pliku nie jest akceptowany. Proszę załączyć plik PDF, obraz lub dokument biurowy.

## Wniosek
request-title = Wniosek nr { $number }
request-title-unknown = Wniosek
request-overdue = Po terminie
request-from = Nadawca
request-to = Adresat
request-created = Data utworzenia
request-requested-date = Oczekiwany termin odpowiedzi
request-deadline = Uzgodniony termin
request-subject = Podmiot, którego dotyczy wniosek
request-personal-data-hidden = Dane osobowe, komentarz, wiadomości i dokumenty zostaną wyświetlone po przyjęciu wniosku przez Państwa organ.
request-personal-data-coordinator = W roli koordynatora mogą Państwo śledzić przebieg wniosku. Dane osobowe, komentarz, wiadomości i dokumenty dotyczące wniosku są dostępne wyłącznie dla obu organów.
request-note-hidden = Tekst został ukryty, ponieważ może zawierać dane osobowe.
request-blocked-on = Data zablokowania danych osobowych
request-personal-data-blocked = Zgodnie z zasadami przechowywania dane osobowe w tym wniosku (podmiot, którego dotyczy, tekst swobodny i dokumenty) zostały zablokowane dnia { $date }. Nikt nie może już ich wyświetlić, a dnia { $deleted } zostaną usunięte.
request-personal-data-erased = Zgodnie z zasadami przechowywania dane osobowe w tym wniosku zostały usunięte dnia { $date }. Zachowano jedynie podstawowe informacje o wniosku: daty, organy, statusy i oceny.
personal-data-mark = Dane osobowe
personal-data-legend = Ten znak oznacza dane osobowe. Widzą je wyłącznie organy rozpatrujące wniosek; po zamknięciu wniosku są one zgodnie z zasadami przechowywania najpierw blokowane, a następnie usuwane.
nav-data-subjects = Osoby, których dane dotyczą
data-subjects-title = Żądania osób, których dane dotyczą
data-subjects-intro = Gdy osoba pyta, jakie dane na jej temat posiada Państwa organ, można tu wyszukać wszystkie wnioski Państwa organu, które jej dotyczą, w tym te, w których dane osobowe zostały zablokowane, i sporządzić zestawienie, do którego ma ona prawo. Każde wyszukiwanie i każde zestawienie jest rejestrowane wraz z powodem.
data-subjects-reason = Powód
data-subjects-reason-help = Na przykład data i znak sprawy żądania tej osoby. Powód jest zapisywany w dzienniku audytu.
data-subjects-search = Szukaj
data-subjects-found = { $count ->
    [one] Znaleziono jeden wniosek
    [few] Znaleziono { $count } wnioski
    [many] Znaleziono { $count } wniosków
   *[other] Znaleziono { $count } wniosku
}
data-subjects-none = Żaden wniosek Państwa organu nie dotyczy tej osoby.
data-subjects-include = Uwzględnij w zestawieniu
data-subjects-side-requesting = Wysłany przez Państwa organ
data-subjects-side-responding = Otrzymany przez Państwa organ
data-subjects-stage-visible = Dane osobowe widoczne
data-subjects-stage-blocked = Dane osobowe zablokowane
data-subjects-stage-deleted = Dane osobowe usunięte
data-subjects-report-language = Język zestawienia
data-subjects-make-report = Sporządź zestawienie
data-subjects-print = Drukuj zestawienie
report-title = Przechowywane dane osobowe dotyczące Pani/Pana
report-intro = { $authority } przechowuje w Systemie Wymiany Informacji na Rynku Wewnętrznym (IMI), za pośrednictwem którego organy państw Europejskiego Obszaru Gospodarczego wymieniają informacje na podstawie rozporządzenia (UE) nr 1024/2012, następujące dane osobowe dotyczące Pani/Pana.
report-made-on = Zestawienie sporządzono dnia { $date }
report-request = Wniosek nr { $number }
report-area = Dziedzina prawa
report-data = Przechowywane dane
report-disclosures = Przesłane lub otrzymane
report-disclosure-sent = Przesłano dnia { $date }; odbiorca: { $authority }
report-disclosure-forwarded = Przekazano dalej dnia { $date }; odbiorca: { $authority }
report-disclosure-split-off = Częściowo przekazano dnia { $date }; odbiorca: { $authority }
report-disclosure-received-from = Otrzymano dnia { $date }; nadawca: { $authority }
report-retention = Blokowanie i usuwanie
report-blocked-and-deleted = Zablokowanie dnia { $blocked } (od tej chwili nikt nie może ich wyświetlić) i usunięcie dnia { $deleted }.
report-not-ended = Wniosek jest nadal rozpatrywany. Zawarte w nim dane osobowe zostaną zablokowane po upływie { $block ->
    [one] { $block } miesiąca
    [few] { $block } miesięcy
    [many] { $block } miesięcy
   *[other] { $block } miesiąca
} od jego zamknięcia i usunięte po upływie { $delete ->
    [one] { $delete } miesiąca
    [few] { $delete } miesięcy
    [many] { $delete } miesięcy
   *[other] { $delete } miesiąca
} od jego zamknięcia.
report-count = { $field }: { $count }
report-field-document = Dokument
report-field-comment = Komentarz organu wnioskującego
report-field-note = Wiadomości i teksty towarzyszące
report-field-text-answer = Odpowiedzi opisowe
report-field-answer-comment = Komentarze do odpowiedzi
report-field-inspection-present = Obecność podczas kontroli na miejscu
report-empty = Wnioski tego organu nie zawierają danych osobowych dotyczących Pani/Pana.
timeline-fields = Sprostowane pola: { $fields }
request-rectify = Sprostuj dane osobowe
request-rectify-title = Sprostuj dane podmiotu, którego dotyczy wniosek
request-rectify-help = Drugi organ zostanie poinformowany, które pola zostały sprostowane. Poprzednie wartości nie są przechowywane.
request-rectify-save = Zapisz sprostowanie
request-comment = Komentarz
request-original-language = Język oryginału: { $language }
request-questions = { $count ->
    [one] Jedno pytanie
    [few] { $count } pytania
    [many] { $count } pytań
   *[other] { $count } pytania
}
request-answer = Odpowiedź
request-answer-comment = Komentarz do odpowiedzi
request-answer-choose = Proszę wybrać odpowiedź
request-answer-date = Data
request-answer-measurement = Wartość zmierzona ({ $unit })
request-answer-text = Treść odpowiedzi
request-save-answers = Zapisz odpowiedzi
request-send-answer = Wyślij odpowiedź
request-actions = Dostępne czynności
request-propose-days = Lub zaproponuj inny termin (w dniach)
request-accept-proposed = Przyjmij z tym terminem
request-note = Tekst przesyłany wraz z czynnością
request-rating-timeliness = Terminowość odpowiedzi
request-rating-effort = Jakość odpowiedzi
request-rating-choose = Proszę wybrać ocenę
request-rating-needed = Aby zamknąć wniosek, proszę ocenić terminowość i jakość odpowiedzi.
confirm-irreversible = Tej czynności nie można cofnąć. Czy kontynuować?
request-split-choose = Przenieś to pytanie do innego organu
request-reuse = Utwórz nowy wniosek na podstawie tego wniosku
request-timeline = Historia
timeline-new = Nowe od wprowadzenia Państwa zmiany
request-message = Wiadomość do drugiego organu
request-message-send = Wyślij wiadomość
timeline-to = Adresat: { $authority }
timeline-split-to = Nowy wniosek nr { $id }
subject-name = Imię i nazwisko lub nazwa
subject-identifier = Numer rejestracyjny lub identyfikacyjny
subject-birth-date = Data urodzenia
picker-label = Wyszukaj organ (w dowolnym języku)
picker-more = Pokaż więcej
answer-yes = Tak
answer-no = Nie
answer-unknown = Nie wiadomo
answer-date = Data
answer-text = Odpowiedź opisowa
answer-measurement = Wartość zmierzona
answer-document-attached = Dokument w załączeniu
answer-document-not-available = Dokument jest niedostępny
event-created = Utworzono wersję roboczą
event-sent = Wysłano
event-withdrawn = Wycofano
event-accepted = Przyjęto
event-forwarded = Przekazano dalej
event-info-requested = Poproszono o dodatkowe informacje
event-info-provided = Udzielono informacji
event-answered = Udzielono odpowiedzi
event-split-off = Wydzielono pytania do nowego wniosku
event-clarification-requested = Poproszono o wyjaśnienia
event-closed = Zaakceptowano odpowiedź, wniosek zamknięto
event-message = Wiadomość
event-attachment-added = Dołączono dokument
toast-request-action-send = Wniosek został wysłany.
toast-request-action-delete = Wersja robocza została usunięta.
toast-request-action-withdraw = Wniosek został wycofany.
toast-request-action-accept = Wniosek został przyjęty.
toast-request-action-forward = Wniosek został przekazany dalej.
toast-request-action-request-info = Pytanie zostało przesłane do organu wnioskującego.
toast-request-action-provide-info = Informacje zostały przesłane.
toast-request-action-answer = Odpowiedź została wysłana.
toast-request-action-split-off = Pytania zostały przeniesione do nowego wniosku.
toast-request-action-request-clarification = Prośba o wyjaśnienia została wysłana.
toast-request-action-close = Wniosek został zamknięty.
toast-answers-saved = Odpowiedzi zostały zapisane.

## Tworzenie wniosku
compose-title = Nowy wniosek
compose-steps = Etapy
compose-step-area = Obszar legislacyjny
compose-step-authority = Organ
compose-step-subject = Podmiot
compose-step-questions = Pytania
compose-step-details = Komentarz i termin
compose-step-review = Sprawdzenie i wysłanie
compose-back = Wstecz
compose-next = Dalej
compose-saved = Zapisano wersję roboczą nr { $id }
compose-chosen-authority = Wybrany organ: { $name }
compose-subject-help = Osoba wykonująca zawód lub usługodawca, których dotyczy wniosek. Organ otrzymujący wniosek widzi te dane dopiero po jego przyjęciu.
compose-comment-help = Komentarz należy sporządzić we własnym języku; drugi organ widzi, w jakim języku został napisany.
compose-incomplete = Wniosek nie jest jeszcze kompletny. Brakujące elementy zostały oznaczone.
compose-draft-title = Wersja robocza { $number }
compose-questions-filter = Filtruj pytania
compose-questions-chosen = Wybrane pytania: { $count }
compose-step-attention = wymaga uwagi
compose-review-fix = Przed wysłaniem proszę poprawić następujące elementy:
compose-review-language = Pytania są wyświetlane w Państwa języku; organ otrzymujący wniosek czyta je we własnym języku.
compose-review-none = Brak
field-error-missing = Pole wymagane.
field-error-too-long = Wartość jest za długa.
field-error-not-in-future = Wymagana jest data późniejsza niż dzisiejsza.
field-error-in-future = Data nie może przypadać w przyszłości.
field-error-empty = Wartość nie może być pusta.
field-error-duplicate = Wybrano dwukrotnie.
field-error-unknown = Nieznana wartość.
field-error-other-area = Należy do innego obszaru legislacyjnego.
field-error-area-not-handled = Ten organ nie jest właściwy w obszarze legislacyjnym, którego dotyczy wniosek.
field-error-not-allowed = Niedozwolone w tym miejscu.
field-error-too-many = Zbyt wiele pozycji.

## Załączone dokumenty
request-documents = Dokumenty
request-no-documents = Brak załączonych dokumentów.
request-documents-withheld = Dokumenty stanowią dane osobowe: zostały tu ukryte wraz z pozostałymi danymi osobowymi tego wniosku.
request-document-size = { $size } KB
upload-label = Załącz dokument
upload-choose = Wybierz plik…
upload-take-photo = Zrób zdjęcie
upload-keep-original = Wysyłanie zdjęć w oryginalnym rozmiarze (w przeciwnym razie są one najpierw zmniejszane na tym urządzeniu)
date-day = Dzień
date-month = Miesiąc
date-year = Rok
upload-help = Plik PDF, obraz lub dokument biurowy, maksymalnie 20 MB.
upload-question = Pytanie, na które odpowiada dokument
upload-no-question = Bez wskazania konkretnego pytania
upload-question-number = Pytanie { $number }
upload-progress = Postęp przesyłania

## Powiadomienia e-mail ($event to jedna z wiadomości event-*)
email-subject = Wniosek nr { $number }: { $event }
email-body = Szanowna Pani / Szanowny Panie { $name },

    Organ { $authority } podjął czynność w sprawie wniosku nr { $number }: { $event }.

    Wniosek można otworzyć pod adresem: { $link }

    Ta wiadomość została wysłana przez System Wymiany Informacji na Rynku Wewnętrznym. Prosimy na nią nie odpowiadać.

## Powiadomienia
notifications-label = Powiadomienia
notifications-unread = { $count ->
    [one] { $count } nieprzeczytane powiadomienie
    [few] { $count } nieprzeczytane powiadomienia
    [many] { $count } nieprzeczytanych powiadomień
   *[other] { $count } nieprzeczytanego powiadomienia
}
notifications-empty = Brak powiadomień.
notifications-mark-all-read = Oznacz wszystkie jako przeczytane
notification-item = { $number }: { $event }

## Przydzielanie wniosków i koordynacja
request-assigned-to = Przydzielono do rozpatrzenia: { $name }
request-assign-label = Osoba rozpatrująca wniosek
request-unassigned = Nie przydzielono
toast-assigned = Zmieniono osobę rozpatrującą wniosek.
toast-saved = Zapisano.
inbox-allocation-toggle = Osoba przydzielająca wnioski kieruje każdy wniosek przychodzący do jednej z osób rozpatrujących wnioski w Państwa organie
event-assigned = Przydzielono osobie rozpatrującej wnioski
event-reminded = Przypomnienie od koordynatora
event-inactive = Brak aktywności od dwóch miesięcy
event-rectified = Sprostowano dane osobowe
nav-coordination = Koordynacja
coordination-title = Wnioski bez aktywności
coordination-intro = Wnioski organów z Państwa kraju, w których sprawie od ponad dwóch miesięcy nie podjęto żadnych działań. Proszę otworzyć wniosek, aby przekazać go dalej, lub wysłać przypomnienie organowi, który powinien podjąć kolejną czynność.
coordination-empty = Żaden wniosek nie pozostaje bez aktywności od ponad dwóch miesięcy.
coordination-last-change = Ostatnia zmiana: { $date }
coordination-remind = Wyślij przypomnienie
toast-reminded = Przypomnienie zostało wysłane.

## Tłumaczenie maszynowe tekstu swobodnego
request-translate = Przetłumacz na mój język
request-info-asked = { $authority } prosi o następujące informacje:
request-translation-unavailable = Ten tekst jest napisany w innym języku, a na tym serwerze nie skonfigurowano tłumaczenia maszynowego.
request-machine-translation = Tłumaczenie maszynowe:

## Filtry przeglądu
inbox-state-label = Status
inbox-any-state = Wszystkie statusy
inbox-from-label = Data ostatniej zmiany od
inbox-to-label = Data ostatniej zmiany do
inbox-assigned-to-me = Tylko wnioski przydzielone mi do rozpatrzenia

## Zaproszenia e-mail i jednoczesna edycja, zarządzanie rejestrem organów (koordynatorzy) i użytkownikami (lokalni administratorzy danych)
email-invitation-subject = Konto w Systemie Wymiany Informacji na Rynku Wewnętrznym (IMI): { $authority }
email-invitation-body = Szanowna Pani / Szanowny Panie { $name },

    { $inviter } utworzył(a) dla Pani/Pana konto w Systemie Wymiany Informacji na Rynku Wewnętrznym (IMI) jako użytkownika następującego organu: { $authority }.

    Aby aktywować konto, proszę otworzyć poniższy link i ustalić hasło: { $link }

    Link można wykorzystać tylko raz; jest ważny przez { $days ->
        [one] jeden dzień
        [few] { $days } dni
        [many] { $days } dni
       *[other] { $days } dnia
    }. Jeżeli ta wiadomość nie była oczekiwana, można ją zignorować.

error-edit-conflict = Po otwarciu tego wpisu inny użytkownik zapisał w nim zmiany. Proszę odświeżyć stronę, aby zobaczyć te zmiany, a następnie ponownie wprowadzić własne.
error-invalid-parameter = Adres tej strony jest nieprawidłowy. Proszę sprawdzić link albo wrócić i spróbować ponownie.
error-rate-limited = Tę czynność wykonano przed chwilą i nie można jej jeszcze powtórzyć. Proszę spróbować ponownie później.
error-second-factor-required = Proszę wpisać kod z aplikacji uwierzytelniającej.
error-invalid-second-factor = Kod jest nieprawidłowy lub wygasł. Proszę wpisać kod, który aplikacja wyświetla w tej chwili.
error-second-factor-setup-required = Przypisane role wymagają weryfikacji dwuetapowej. Aby kontynuować, proszę ją skonfigurować na stronie swojego konta.
error-storage-full = Nie można było zapisać dokumentu, ponieważ przestrzeń dyskowa serwera jest zapełniona. Nic nie zostało zapisane; proszę poinformować administratora systemu IMI.
error-personal-data-blocked = Dane osobowe w tym wniosku są zablokowane zgodnie z zasadami przechowywania: nie można do niego niczego dodać.
error-idempotency-key-reused = Ta zmiana została już wysłana z inną treścią. Proszę odświeżyć stronę i wprowadzić zmianę ponownie.
error-request-in-progress = Ta zmiana jest jeszcze przetwarzana. Proszę chwilę poczekać i spróbować ponownie.
error-device-storage-full = Na tym urządzeniu zabrakło miejsca, aby przechować zmianę do czasu przywrócenia połączenia. Niczego nie przechowano: proszę zwolnić miejsce na urządzeniu lub wprowadzić zmianę po odzyskaniu połączenia z siecią.
error-too-large-to-keep = Ten dokument jest zbyt duży, aby można go było przechować na urządzeniu do czasu przywrócenia połączenia. Proszę go załączyć po odzyskaniu połączenia z siecią.
nav-registry = Rejestr
nav-users = Użytkownicy
registry-title = Zarządzanie rejestrem organów
registry-intro = W tym miejscu można rejestrować organy swojego państwa pojedynczo lub importować wiele organów jednocześnie z pliku CSV. Aby poprawić dane organu, należy go wyszukać i otworzyć jego profil.
registry-new = Zarejestruj organ
registry-import-title = Import z pliku CSV
registry-import-help = Jeden organ w każdym wierszu, w kolumnach opisanych w instrukcji importu. Jeżeli którykolwiek wiersz zawiera błąd, nic nie zostanie zaimportowane; ponowny import tego samego pliku niczego nie zmienia.
registry-import-file = Plik CSV
registry-import-progress = Postęp importu
registry-import-done = Import zakończony. Nowe: { $created }, zaktualizowane: { $updated }, bez zmian: { $unchanged }.
registry-import-refused = Nic nie zostało zaimportowane. Proszę poprawić poniższe wiersze i ponownie zaimportować plik:
registry-import-line = Wiersz
registry-import-column = Kolumna
registry-import-reason = Problem
form-title-new = Rejestracja organu
form-title-edit = Edycja: { $name }
form-errors = Proszę poprawić oznaczone pola.
form-name = Nazwa w języku własnym organu
form-name-language = Język nazwy
form-other-names = Nazwy w innych językach urzędowych
form-other-name = Inna nazwa nr { $number }
form-other-name-add = Dodaj nazwę w innym języku
form-other-name-remove = Usuń
form-name-en = Nazwa w języku angielskim
form-city = Miejscowość
form-level-help = Obszar kraju, w odniesieniu do którego organ jest właściwy. Jeżeli kilka organów w równym stopniu odpowiada kryteriom wyszukiwania, jako pierwszy wyświetlany jest organ o zasięgu krajowym.
form-phone-help = W formacie międzynarodowym, np. +371 6701 2345.
form-competences-filter = Wyszukaj kompetencję do dodania
form-administrator = Pierwszy lokalny administrator danych
form-administrator-help = Ta osoba otrzyma zaproszenie pocztą elektroniczną, ustali hasło, a następnie będzie zarządzać użytkownikami organu.
form-person-name = Imię i nazwisko
form-invitation-language = Język zaproszenia
form-save = Zapisz
form-register = Zarejestruj
form-cancel = Anuluj
profile-edit = Edytuj
authority-send-request = Wyślij wniosek do tego organu
profile-area-coordinator = Koordynator IMI w swoich obszarach legislacyjnych
profile-other-names = Inne nazwy
profile-registered-by = Zarejestrowany przez
profile-registered-by-value = { $user }, { $authority }
users-title = Użytkownicy
users-roles = Role
users-active = Konto aktywne
users-pending = Zaproszenie nie zostało jeszcze przyjęte
users-invitation-expired = Zaproszenie wygasło
users-resend-invitation = Wyślij zaproszenie ponownie
toast-invitation-resent = Nowe zaproszenie zostało wysłane; poprzedni link jest już nieważny.
users-inactive = Konto dezaktywowane
users-invited-by = Osoba zapraszająca: { $name }
users-may-log-in = Może logować się do systemu
users-invite-title = Zaproś współpracownika
users-invite = Wyślij zaproszenie
toast-invited = Zaproszenie zostało wysłane.
invitation-title = Witamy w systemie IMI
invitation-intro = { $name }, otrzymuje Pani/Pan zaproszenie do Systemu Wymiany Informacji na Rynku Wewnętrznym jako użytkownik następującego organu: { $authority } ({ $country }). Aby aktywować konto, proszę ustalić hasło.
password-help = { $count ->
    [one] Co najmniej jeden znak. Dobre hasło może się składać z kilku niepowiązanych ze sobą słów; popularne hasła oraz hasła zawierające Państwa imię i nazwisko lub adres e-mail są odrzucane.
    [few] Co najmniej { $count } znaki. Dobre hasło może się składać z kilku niepowiązanych ze sobą słów; popularne hasła oraz hasła zawierające Państwa imię i nazwisko lub adres e-mail są odrzucane.
    [many] Co najmniej { $count } znaków. Dobre hasło może się składać z kilku niepowiązanych ze sobą słów; popularne hasła oraz hasła zawierające Państwa imię i nazwisko lub adres e-mail są odrzucane.
   *[other] Co najmniej { $count } znaku. Dobre hasło może się składać z kilku niepowiązanych ze sobą słów; popularne hasła oraz hasła zawierające Państwa imię i nazwisko lub adres e-mail są odrzucane.
}
invitation-repeat = Powtórz hasło
invitation-mismatch = Wpisane hasła nie są identyczne.
invitation-accept = Aktywuj moje konto
invitation-invalid = Ten link z zaproszeniem jest nieznany, został już wykorzystany lub wygasł. Proszę zwrócić się o nowe zaproszenie do lokalnego administratora danych lub do koordynatora IMI.
field-error-invalid-email = Nieprawidłowy adres e-mail.
field-error-invalid-phone = Numer telefonu nie jest podany w formacie międzynarodowym (znak + i cyfry).
field-error-not-yours = Poza obszarami legislacyjnymi objętymi Państwa koordynacją.
field-error-taken = Ta wartość jest już używana przez inne konto.
field-error-too-short = Wartość jest za krótka.
field-error-last-administrator = Organ musi mieć co najmniej jednego aktywnego lokalnego administratora danych.
field-error-control-character = Zawiera znak sterujący lub znak zmieniający kierunek tekstu. Proszę go usunąć.
field-error-not-own-country = Proszę wybrać organ ze swojego państwa.
field-error-too-personal = Nie może zawierać Państwa adresu e-mail ani imienia i nazwiska.
field-error-too-guessable = Zbyt łatwe do odgadnięcia: to popularne hasło lub hasło bardzo do niego podobne. Proszę użyć dłuższej frazy złożonej z niepowiązanych ze sobą słów.
field-error-wrong-code = Kod jest nieprawidłowy lub wygasł.
field-error-no-setup = Konfiguracja nie została rozpoczęta lub została zastąpiona nową. Proszę rozpocząć ją ponownie.
field-error-no-second-factor = Weryfikacja dwuetapowa nie jest włączona.
field-error-required-by-role = Przypisane role wymagają weryfikacji dwuetapowej, dlatego nie można jej wyłączyć.
field-error-wrong-password = Nieprawidłowe hasło.
field-error-self = Nie można dezaktywować własnego konta.
field-error-other-country = Należy do innego państwa.
field-error-not-utf8 = Plik nie jest plikiem tekstowym w kodowaniu UTF-8. Proszę zapisać go w arkuszu kalkulacyjnym w formacie „CSV UTF-8”.
field-error-unreadable = Tego wiersza nie można odczytać jako danych CSV.
field-error-unknown-column = Nieznana kolumna.
field-error-missing-column = Brak wymaganej kolumny.
field-error-wrong-column-count = Liczba komórek w tym wierszu jest inna niż w wierszu nagłówka.
field-error-too-many-rows = Zbyt wiele wierszy: maksymalnie 20 000 w jednym pliku.
field-error-invalid-format = Wartość nie ma oczekiwanego formatu.
field-error-duplicate-of-line = Ten sam identyfikator co w wierszu { $line }.
field-error-out-of-range = Wartość spoza dozwolonego zakresu.
field-error-out-of-range-between = Wartość musi mieścić się w przedziale od { $min } do { $max }.
field-error-invalid-date = Nieprawidłowa data.
field-error-nonexistent-date = Taka data nie istnieje.
field-error-invalid-person-name = Nieprawidłowe imię i nazwisko.
field-error-invalid-register-reference = Nieprawidłowy numer rejestrowy.
field-error-unknown-country = Państwo nieznane w systemie.
field-error-unknown-placeholder = Symbol zastępczy nieznany w systemie.
field-error-unexpected = Nie należy do wybranych pytań.
field-error-line-break = Wartość musi mieścić się w jednym wierszu.
field-error-none-left = We wniosku musi pozostać co najmniej jedno pytanie.
field-error-not-a-handler = To nie jest aktywna osoba rozpatrująca wnioski w tym organie.
field-error-not-a-coordinator = To nie jest koordynator.
field-error-not-asked = Nie należy do pytań zawartych we wniosku.
field-error-not-here = Nie jest możliwe w tym miejscu.
field-error-unterminated = Symbol zastępczy został otwarty, ale nie został zamknięty.
field-error-empty-name = Symbol zastępczy nie ma nazwy.
field-error-invalid-name = Nazwa symbolu zastępczego jest nieprawidłowa.
field-error-mismatched-delimiters = Nawiasy nie są do siebie dopasowane.
field-error-nested = Symbol zastępczy znajduje się wewnątrz innego symbolu zastępczego.
field-error-wrong-kind = Ten rodzaj odpowiedzi nie pasuje do pytania.
field-error-no-attachment = Do tego pytania nie załączono żadnego dokumentu.

## Konto: weryfikacja dwuetapowa, sesje i hasło
login-code = Kod z aplikacji uwierzytelniającej
login-code-intro = Na tym koncie włączona jest weryfikacja dwuetapowa. Proszę wpisać kod, który aplikacja uwierzytelniająca wyświetla w tej chwili.
login-code-help = Sześć cyfr z aplikacji lub jeden z kodów zapasowych.
user-account = Moje konto
account-title = Moje konto
account-second-factor-title = Weryfikacja dwuetapowa
account-second-factor-intro = Podczas logowania, po wpisaniu hasła, system prosi o sześciocyfrowy kod z aplikacji uwierzytelniającej zainstalowanej w telefonie, np. FreeOTP, Aegis, Google Authenticator lub Microsoft Authenticator.
account-second-factor-required = Przypisane role (lokalny administrator danych lub koordynator IMI) wymagają weryfikacji dwuetapowej. Aby kontynuować, proszę ją teraz skonfigurować.
account-second-factor-on = { $count ->
    [one] Weryfikacja dwuetapowa jest włączona. Pozostał jeden kod zapasowy.
    [few] Weryfikacja dwuetapowa jest włączona. Pozostały { $count } kody zapasowe.
    [many] Weryfikacja dwuetapowa jest włączona. Pozostało { $count } kodów zapasowych.
   *[other] Weryfikacja dwuetapowa jest włączona. Pozostało { $count } kodu zapasowego.
}
account-second-factor-off = Weryfikacja dwuetapowa jest wyłączona.
account-second-factor-start = Skonfiguruj weryfikację dwuetapową
account-second-factor-scan = Proszę zeskanować ten kod aplikacją uwierzytelniającą lub wpisać w niej poniższy klucz, a następnie wpisać kod wyświetlony przez aplikację.
account-second-factor-qr = Kod QR do dodania konta w aplikacji uwierzytelniającej
account-second-factor-key = Klucz
account-second-factor-code = Kod z aplikacji
account-second-factor-confirm = Włącz weryfikację dwuetapową
account-second-factor-disable = Wyłącz weryfikację dwuetapową
account-recovery-title = Kody zapasowe
account-recovery-intro = Proszę przechowywać te kody w bezpiecznym miejscu, z dala od telefonu. W razie utraty telefonu każdy z nich umożliwia jednokrotne zalogowanie. Kody są wyświetlane tylko teraz.
account-recovery-done = Potwierdzam zapisanie kodów
account-recovery-renew = Wygeneruj nowe kody zapasowe
account-sessions-title = Aktywne sesje
account-session-browser = Przeglądarka
account-session-address = Adres IP
account-session-started = Rozpoczęcie
account-session-ends = Wygaśnięcie
account-session-current = Bieżąca sesja
account-session-unknown = Brak danych
account-session-end = Zakończ sesję
account-sessions-end-others = Zakończ wszystkie pozostałe sesje
account-password-title = Hasło
account-password-current = Obecne hasło
account-password-new = Nowe hasło
account-password-repeat = Powtórz nowe hasło
account-password-change = Zmień hasło
toast-second-factor-on = Weryfikacja dwuetapowa została włączona.
toast-second-factor-off = Weryfikacja dwuetapowa została wyłączona.
toast-recovery-renewed = Wygenerowano nowe kody zapasowe; dotychczasowe kody są już nieważne.
toast-session-ended = Sesja została zakończona.
toast-sessions-ended = Pozostałe sesje zostały zakończone.
toast-password-changed = Hasło zostało zmienione, a pozostałe sesje zostały zakończone.

## Word order of assembled texts (each language may reorder or repunctuate)
party-with-country = { $name } ({ $country })
timeline-who = { $user } · { $authority }
inbox-last-change = { $what } · { $when }
place = { $city }, { $country }
place-with-level = { $city }, { $country } · { $level }
compose-problem-value = { $question } · { $label }

## Statistics
## $number to liczba zapisana tak, jak zapisuje się ją w języku czytelnika, a $count ta sama liczba jako
## wartość liczbowa (do wyboru formy liczby mnogiej). $from, $to i $today to daty; $value, $green i $red
## to wartości już zapisane w języku czytelnika (odsetek lub liczba dni); $zone to strefa czasowa
## (UTC); $indicator to nazwa jednego ze wskaźników statistics-figure-*.
nav-statistics = Statystyki
statistics-title = Statystyki
statistics-intro = Ile wniosków jest przesyłanych, jak szybko są one przyjmowane i jak szybko udzielana jest na nie odpowiedź oraz jak organy wnioskujące oceniają odpowiedzi. Dane te nie obejmują żadnych osób, nazwisk ani treści.
statistics-print = Drukuj
statistics-filters = Filtry
statistics-from = Od
statistics-to = Do
statistics-partner = Państwo partnerskie
statistics-direction = Kierunek
statistics-direction-all = Wysłane i otrzymane
statistics-direction-sent = Wysłane
statistics-direction-received = Otrzymane
statistics-granularity = Przedział szeregu czasowego
statistics-granularity-month = Miesiąc
statistics-granularity-quarter = Kwartał
statistics-granularity-year = Rok
statistics-whose = Zakres danych
statistics-scope-everything = Wszystkie państwa
statistics-scope-areas = { $country }: Państwa obszary
statistics-scope-authority = Państwa organ
statistics-your-areas = Państwa obszary legislacyjne
statistics-period = Wnioski wysłane od { $from } do { $to }
statistics-as-of = Dni to dni kalendarzowe według czasu { $zone }; dane według stanu na { $today }.
statistics-volumes-heading = Liczba wniosków
statistics-performance-heading = Szybkość i zadowolenie
statistics-performance-intro = Szybkość i zadowolenie dotyczą strony udzielającej odpowiedzi: uwzględnia się wnioski wysłane do tych organów w danym okresie. Przy każdym wskaźniku podano, na ilu wnioskach się opiera; wskaźnik oparty na niewielkiej liczbie wniosków może się znacznie zmieniać.
statistics-figure-sent = Wnioski wysłane
statistics-figure-received = Wnioski otrzymane
statistics-figure-open-now = Obecnie otwarte
statistics-figure-overdue-now = Obecnie po terminie
statistics-figure-accepted-in-time = Przyjęte w ciągu 7 dni
statistics-figure-average-days = Średnia liczba dni do udzielenia odpowiedzi
statistics-figure-median-days = Mediana liczby dni do udzielenia odpowiedzi
statistics-figure-by-agreed-date = Odpowiedź w uzgodnionym terminie
statistics-figure-within-two-weeks = Odpowiedź w ciągu dwóch tygodni
statistics-figure-negative-timeliness = Negatywne oceny terminowości
statistics-figure-negative-effort = Negatywne oceny jakości
statistics-what-is-counted = Co jest uwzględniane
statistics-definition-sent = Wnioski wysłane przez te organy w danym okresie, każdy liczony w dniu wysłania. Wersje robocze nigdy nie są uwzględniane. Wniosek przekazany dalej liczy się jeden raz; wniosek wydzielony z innego wniosku jest odrębnym wnioskiem, wysłanym w dniu wydzielenia; wniosek wycofany jest nadal uwzględniany. Dni to dni kalendarzowe według czasu UTC.
statistics-definition-received = Wnioski wysłane do tych organów w danym okresie, każdy liczony w dniu wysłania. Wniosek przekazany dalej liczy się jeden raz – dla organu, do którego ostatecznie trafił; wniosek wycofany jest nadal uwzględniany. Dni to dni kalendarzowe według czasu UTC.
statistics-definition-open-now = Wnioski wysłane lub otrzymane przez te organy, które obecnie oczekują na przyjęcie, są przyjęte lub oczekują na informacje, niezależnie od daty wysłania: wskaźnik ten nie jest ograniczony do danego okresu.
statistics-definition-overdue-now = Spośród wniosków obecnie otwartych – te, których uzgodniony termin upłynął według stanu na dzień dzisiejszy (dni kalendarzowe według czasu UTC). Również ten wskaźnik nie jest ograniczony do danego okresu.
statistics-definition-accepted-in-time = Spośród otrzymanych wniosków, które zostały przyjęte lub które oczekują na przyjęcie dłużej niż 7 dni, odsetek wniosków przyjętych najpóźniej 7 dni kalendarzowych po otrzymaniu. Wniosek uznaje się za otrzymany w dniu jego wysłania, a w przypadku przekazania dalej – w dniu ostatniego przekazania, tak aby organowi nie liczono dni, w których wniosek znajdował się w innym organie. Wniosek wycofany jest uwzględniany tylko wtedy, gdy został przyjęty. Dni to dni kalendarzowe według czasu UTC.
statistics-definition-average-days = Średnia liczba dni kalendarzowych (UTC) od otrzymania (dnia wysłania lub ostatniego przekazania) do pierwszej odpowiedzi, obliczona dla otrzymanych wniosków, na które udzielono odpowiedzi. Jeżeli po udzieleniu odpowiedzi poproszono o wyjaśnienia, nadal uwzględnia się pierwszą odpowiedź.
statistics-definition-median-days = Wartość środkowa tych samych liczb dni od otrzymania do pierwszej odpowiedzi: połowa odpowiedzi została udzielona w tym czasie lub krótszym. Przy parzystej liczbie odpowiedzi przyjmuje się niższą z dwóch wartości środkowych.
statistics-definition-by-agreed-date = Spośród wniosków, na które udzielono odpowiedzi i dla których uzgodniono termin, odsetek wniosków, na które pierwszej odpowiedzi udzielono najpóźniej w tym dniu (dni kalendarzowe według czasu UTC).
statistics-definition-within-two-weeks = Spośród wniosków, na które udzielono odpowiedzi, odsetek wniosków, na które pierwszej odpowiedzi udzielono najpóźniej 14 dni kalendarzowych (UTC) po otrzymaniu (dniu wysłania lub ostatniego przekazania).
statistics-definition-negative-timeliness = Spośród otrzymanych wniosków ocenionych przez organ wnioskujący przy ich zamykaniu – odsetek wniosków, w przypadku których organ ten ocenił terminowość odpowiedzi negatywnie.
statistics-definition-negative-effort = Spośród otrzymanych wniosków ocenionych przez organ wnioskujący przy ich zamykaniu – odsetek wniosków, w przypadku których organ ten ocenił jakość odpowiedzi negatywnie.
statistics-no-figure = Brak wniosków
statistics-based-on = { $count ->
    [one] Na podstawie { $number } wniosku
    [few] Na podstawie { $number } wniosków
    [many] Na podstawie { $number } wniosków
   *[other] Na podstawie { $number } wniosku
}
statistics-eea = EOG
statistics-eea-value = EOG: { $value }
statistics-band-green = Dobry
statistics-band-yellow = Do obserwacji
statistics-band-red = Niezadowalający
statistics-legend-title = Progi kategorii
statistics-legend-accepted-in-time = { statistics-figure-accepted-in-time }: dobry od { $green }, niezadowalający poniżej { $red }.
statistics-legend-average-days = { statistics-figure-average-days }: dobry poniżej { $green }, niezadowalający powyżej { $red }.
statistics-legend-by-agreed-date = { statistics-figure-by-agreed-date }: dobry od { $green }, niezadowalający poniżej { $red }.
statistics-legend-negative-timeliness = { statistics-figure-negative-timeliness }: dobry poniżej { $green }, niezadowalający od { $red }.
statistics-legend-negative-effort = { statistics-figure-negative-effort }: dobry poniżej { $green }, niezadowalający od { $red }.
statistics-quarter = { $quarter } kw. { $year }
statistics-quarter-short = { $quarter } kw.
statistics-charts-heading = Zmiany w czasie
statistics-volumes-title = Wnioski wysłane i otrzymane
statistics-acceptance-title = Odsetek wniosków przyjętych w ciągu 7 dni
statistics-days-title = Średnia liczba dni do udzielenia odpowiedzi
statistics-axis-requests = Wnioski
statistics-axis-share = Odsetek
statistics-axis-days = Dni
statistics-show-table = Pokaż jako tabelę
statistics-tables-heading = Zestawienia szczegółowe
statistics-column-period = Okres
statistics-column-sent = Wysłane
statistics-column-received = Otrzymane
statistics-column-based-on = Podstawa (liczba wniosków)
statistics-column-area = Obszar legislacyjny
statistics-column-partner = Państwo partnerskie
statistics-column-country = Państwo
statistics-column-from-to = Z (wiersze) do (kolumny)
statistics-country-with-code = { $country } ({ $code })
statistics-by-area-title = Wnioski według obszarów legislacyjnych
statistics-by-partner-title = Wnioski według państw partnerskich
statistics-by-partner-intro = Państwo partnerskie to państwo po drugiej stronie: w przypadku wniosku wysłanego – państwo udzielające odpowiedzi, w przypadku wniosku otrzymanego – państwo wnioskujące.
statistics-exchanges-title = Wnioski między państwami
statistics-exchanges-intro = Każdy wiersz to państwo wnioskujące, każda kolumna – państwo udzielające odpowiedzi; wymieniono tylko państwa, które miały wnioski w danym okresie.
statistics-scoreboard-title = Tablica wyników państw udzielających odpowiedzi
statistics-scoreboard-intro = Wskaźniki każdego państwa jako strony udzielającej odpowiedzi, dotyczące wniosków otrzymanych przez nie w danym okresie, wraz z kategoriami według powyższych progów.
statistics-csv = Pobierz plik CSV
statistics-csv-failed = Ta przeglądarka nie mogła utworzyć pliku.
statistics-csv-percent = { $indicator } (%)
statistics-csv-band = { $indicator }: kategoria
statistics-csv-based-on = { $indicator }: podstawa (liczba wniosków)
statistics-empty-title = Brak wniosków w tym okresie
statistics-empty-body = W tym okresie nie wysłano żadnego wniosku spełniającego wybrane kryteria filtrowania. Proszę wybrać dłuższy okres lub mniej filtrów.
statistics-error-before-start = Nie może być wcześniejsza niż pierwszy dzień okresu.
statistics-error-too-long = { $count ->
    [one] Okres może obejmować najwyżej { $days } dzień.
    [few] Okres może obejmować najwyżej { $days } dni.
    [many] Okres może obejmować najwyżej { $days } dni.
   *[other] Okres może obejmować najwyżej { $days } dnia.
}

## Ostrzeżenia: jeden organ ostrzega wiele innych

role-alert_coordinator = Koordynator ostrzeżeń
field-error-before-start = Data nie może przypadać przed dniem, od którego obowiązuje decyzja.
alert-state-draft = Wersja robocza
alert-state-awaiting-approval = Oczekuje na zatwierdzenie przez koordynatora ostrzeżeń
alert-state-sent = Wysłane
alert-state-closure-proposed = Zaproponowano zamknięcie
alert-state-closed = Zamknięte
alert-state-withdrawn = Wycofane
alert-action-edit = Edytuj
alert-action-delete = Usuń wersję roboczą
alert-action-send = Wyślij ostrzeżenie
alert-action-approve = Zatwierdź i wyślij
alert-action-reject = Zwróć nadawcy
alert-action-acknowledge = Potwierdź odbiór w imieniu państwa
alert-action-pass-on = Przekaż organom
alert-action-acknowledge-receipt = Potwierdź odbiór
alert-action-modify = Zmień
alert-action-withdraw = Wycofaj
alert-action-propose-closure = Zaproponuj zamknięcie
alert-action-reject-closure = Pozostaw ostrzeżenie otwarte
alert-action-close = Zamknij ostrzeżenie
alert-event-created = Utworzono wersję roboczą
alert-event-submitted = Przekazano do zatwierdzenia
alert-event-approved = Zatwierdzone przez koordynatora ostrzeżeń
alert-event-rejected = Zwrócono nadawcy
alert-event-sent = Wysłano ostrzeżenie
alert-event-acknowledged = Odbiór potwierdzony przez koordynatora ostrzeżeń danego państwa
alert-event-passed-on = Przekazano właściwym organom
alert-event-receipt-acknowledged = Odbiór potwierdzony przez organ
alert-event-modified = Zmieniono ostrzeżenie
alert-event-withdrawn = Wycofano ostrzeżenie
alert-event-withdrawn-wrong = Wycofano ostrzeżenie: okazało się bezpodstawne
alert-event-closure-proposed = Zaproponowano zamknięcie
alert-event-closure-rejected = Ostrzeżenie pozostaje otwarte
alert-event-closed = Zamknięto ostrzeżenie
alert-event-end-reminder = Decyzja przestała obowiązywać: należy zamknąć lub wycofać ostrzeżenie
alert-event-late-reminder = Po terminie: decyzja przestała obowiązywać ponad 3 dni temu, a ostrzeżenie jest nadal otwarte
email-alert-subject = Ostrzeżenie nr { $number }: { $event }
email-alert-body = Szanowna Pani / Szanowny Panie { $name },

    Organ { $authority } podjął czynność w sprawie ostrzeżenia nr { $number } ({ $kind }): { $event }.

    Ostrzeżenie można otworzyć pod adresem: { $link }

    Ta wiadomość została wysłana przez System Wymiany Informacji na Rynku Wewnętrznym. Prosimy na nią nie odpowiadać.

alert-delivery-received = Otrzymane, odbiór jeszcze niepotwierdzony
alert-delivery-acknowledged = Odbiór potwierdzony
alert-delivery-passed-on = Przekazane właściwym organom
alert-box-drafts = Wersje robocze ostrzeżeń
alert-box-sent = Wysłane ostrzeżenia
alert-box-to-approve = Ostrzeżenia do zatwierdzenia
alert-box-to-acknowledge = Ostrzeżenia do potwierdzenia odbioru
alert-box-received = Otrzymane ostrzeżenia

## Alerts: the pages

nav-alerts = Ostrzeżenia
alerts-title = Ostrzeżenia
alerts-intro = Ostrzeżenia informują właściwe organy innych państw o osobie wykonującej zawód lub o usługodawcy: o zakazie lub ograniczeniu wykonywania działalności zawodowej, o sfałszowanym dyplomie, o zagrożeniu dla zdrowia, bezpieczeństwa lub środowiska.
alerts-boxes = Listy ostrzeżeń
alerts-new = Nowe ostrzeżenie
alerts-check-link = Sprawdź osobę wykonującą zawód
alerts-in-force = Obowiązujące ostrzeżenia
alerts-unread = Nieprzeczytane aktualizacje ostrzeżeń
# Odczytywane przez czytniki ekranu, gdy rośnie liczba nieprzeczytanych aktualizacji ostrzeżeń.
live-alert-news = { $count ->
    [one] Jedna nieprzeczytana aktualizacja ostrzeżeń
    [few] { $count } nieprzeczytane aktualizacje ostrzeżeń
    [many] { $count } nieprzeczytanych aktualizacji ostrzeżeń
   *[other] { $count } nieprzeczytanej aktualizacji ostrzeżeń
}
alerts-empty-title = Brak ostrzeżeń
alerts-empty-body = Tutaj wyświetlane są ostrzeżenia, które dotarły do Państwa kraju lub organu, a także ostrzeżenia wysłane przez Państwa organ.
alerts-total = { $count ->
    [one] { $count } ostrzeżenie
    [few] { $count } ostrzeżenia
    [many] { $count } ostrzeżeń
   *[other] { $count } ostrzeżenia
}
alert-title = Ostrzeżenie nr { $number }
alert-title-unknown = Ostrzeżenie
alert-subject-withheld = Dane osobowe nie są wyświetlane
alert-unread = Nowe od ostatniego otwarcia
alert-from-country = Państwo nadawcy: { $country }
alert-details = Szczegóły
alert-sender = Organ wysyłający
alert-sent-at = Data wysłania
alert-revision-label = Zmiany
alert-revision = { $count ->
    [one] Zmienione raz od wysłania
    [few] Zmienione { $count } razy od wysłania
    [many] Zmienione { $count } razy od wysłania
   *[other] Zmienione { $count } razy od wysłania
}
alert-personal-hidden = Dane osobowe zawarte w tym ostrzeżeniu są wyświetlane wyłącznie nadawcy, koordynatorom ostrzeżeń oraz organom, którym przekazano ostrzeżenie.
alert-comment = Komentarz
alert-comment-help = Dla odbiorców: informacje, które powinni znać poza danymi z powyższych pól. Komentarz należy sporządzić we własnym języku; każdy czytelnik może skorzystać z tłumaczenia maszynowego.
alert-late-reason = Przyczyna wysłania ostrzeżenia po terminie
alert-proved-wrong = To ostrzeżenie zostało wycofane, ponieważ okazało się bezpodstawne.
alert-due-left = { $days ->
    [0] Termin upływa dzisiaj: ostrzeżenie należy wysłać w ciągu 3 dni od daty przyjęcia decyzji.
    [one] Na wysłanie tego ostrzeżenia pozostał { $days } dzień.
    [few] Na wysłanie tego ostrzeżenia pozostały { $days } dni.
    [many] Na wysłanie tego ostrzeżenia pozostało { $days } dni.
   *[other] Na wysłanie tego ostrzeżenia pozostało { $days } dnia.
}
alert-due-late = { $days ->
    [one] { $days } dzień po terminie: należy podać przyczynę wysłania ostrzeżenia po terminie.
    [few] { $days } dni po terminie: należy podać przyczynę wysłania ostrzeżenia po terminie.
    [many] { $days } dni po terminie: należy podać przyczynę wysłania ostrzeżenia po terminie.
   *[other] { $days } dnia po terminie: należy podać przyczynę wysłania ostrzeżenia po terminie.
}
alert-actions = Dostępne czynności
alert-note = Uzasadnienie
alert-note-help = Wymagane w celu zwrócenia lub wycofania ostrzeżenia albo zaproponowania jego zamknięcia; zapoznaje się z nim każdy odbiorca.
alert-note-missing = Najpierw proszę podać uzasadnienie.
alert-withdraw-proved-wrong = Ostrzeżenie okazało się bezpodstawne: poinformuj o tym wszystkich odbiorców
alert-conflict = { $error } Obecny status ostrzeżenia: { $state }.
alert-deliveries = Odbiorcy
alert-deliveries-summary = { $count ->
    [one] Odbiór potwierdzony przez { $acknowledged } z { $count } państwa.
    [few] Odbiór potwierdzony przez { $acknowledged } z { $count } państw.
    [many] Odbiór potwierdzony przez { $acknowledged } z { $count } państw.
   *[other] Odbiór potwierdzony przez { $acknowledged } z { $count } państwa.
}
alert-column-country = Państwo
alert-column-delivery = Koordynator ostrzeżeń
alert-column-authorities = Właściwe organy
alert-received-at = otrzymano { $date }
alert-acknowledged-at = potwierdzono odbiór { $date }
alert-not-acknowledged = odbiór jeszcze niepotwierdzony
alert-read-at = przeczytano { $date }
alert-not-read = jeszcze nieprzeczytane
alert-no-recipients = Jeszcze nie przekazano
alert-timeline = Oś czasu
alert-event-for-country = państwo: { $country }
alert-pass-on-title = Przekaż właściwym organom
alert-pass-on-help = Rejestr proponuje organy Państwa kraju właściwe w zakresie tego zawodu lub tej działalności. Proszę odznaczyć te, które nie powinny otrzymać ostrzeżenia, lub dodać inne.
alert-pass-on-none = W rejestrze nie ma żadnego organu Państwa kraju właściwego w zakresie tego zawodu lub tej działalności. Proszę dodać organy, które powinny otrzymać ostrzeżenie.
alert-pass-on-already = (już otrzymał ostrzeżenie)
alert-pass-on-add = Dodaj kolejny organ
alert-pass-on-own-country = Ostrzeżenia można przekazywać wyłącznie organom z własnego państwa.
alert-pass-on-submit = { $count ->
    [one] Przekaż { $count } organowi
    [few] Przekaż { $count } organom
    [many] Przekaż { $count } organom
   *[other] Przekaż { $count } organom
}
alert-compose-title = Nowe ostrzeżenie
alert-draft-title = Wersja robocza ostrzeżenia nr { $number }
alert-modify-title = Zmiana ostrzeżenia nr { $number }
alert-step-kind = Rodzaj ostrzeżenia
alert-step-fields = Szczegóły
alert-step-countries = Państwa
alert-step-review = Komentarz i wysłanie
alert-kind-legal-basis = Podstawa prawna: { $basis }
alert-choose-kind-first = Najpierw proszę wybrać rodzaj ostrzeżenia.
alert-field-required = { $label } (wymagane)
alert-choose = Wybierz…
alert-countries-all = To ostrzeżenie trafia do koordynatorów ostrzeżeń wszystkich 30 państw EOG.
alert-countries-choose = Proszę wybrać państwa, w których usługodawca prowadzi działalność lub w których może wystąpić zagrożenie.
alert-countries-always = { $country } otrzymuje to ostrzeżenie w każdym przypadku jako państwo siedziby.
alert-countries-none = Nie wybrano jeszcze żadnego państwa.
alert-goes-to = Adresaci: { $countries }
alert-approval-note = Ostrzeżenia z Państwa kraju przed wysłaniem zatwierdza jego koordynator ostrzeżeń.
alert-modify-note = Każdy odbiorca zostanie poinformowany o zmianie ostrzeżenia.
alert-problems = Do uzupełnienia
alert-incomplete = Ostrzeżenie nie jest jeszcze kompletne. Brakujące elementy zostały oznaczone.
alert-save-draft = Zapisz wersję roboczą
alert-save-modification = Zapisz zmianę
alert-submit = Przekaż do zatwierdzenia
alert-check-title = Czy ta osoba może wykonywać zawód?
alert-check-intro = Wyszukiwanie według imienia i nazwiska w obowiązujących ostrzeżeniach dotyczących kwalifikacji zawodowych, które dotarły do Państwa kraju lub organu. Znaki diakrytyczne i jeden błąd literowy nie mają znaczenia. Znalezienie ostrzeżenia oznacza, że w państwie, z którego pochodzi ostrzeżenie, obowiązuje zakaz lub ograniczenie; brak ostrzeżenia nie dowodzi, że dana osoba może bez ograniczeń wykonywać zawód.
alert-check-name = Imię i nazwisko osoby wykonującej zawód
alert-check-profession = Zawód
alert-check-any-profession = Wszystkie zawody
alert-check-submit = Szukaj ostrzeżeń
alert-check-none = Żadne obowiązujące ostrzeżenie nie dotyczy osoby: { $name }.
alert-check-found = { $count ->
    [one] Znaleziono { $count } obowiązujące ostrzeżenie
    [few] Znaleziono { $count } obowiązujące ostrzeżenia
    [many] Znaleziono { $count } obowiązujących ostrzeżeń
   *[other] Znaleziono { $count } obowiązującego ostrzeżenia
}
toast-alert-saved = Zapisano wersję roboczą.
toast-alert-sent = Ostrzeżenie zostało wysłane.
toast-alert-submitted = Ostrzeżenie zostało przekazane do zatwierdzenia.
toast-alert-modified = Ostrzeżenie zostało zmienione; odbiorcy zostaną o tym poinformowani.
toast-alert-deleted = Wersja robocza została usunięta.
toast-alert-passed-on = Ostrzeżenie zostało przekazane.
toast-alert-done = Wykonano: { $action }.

## The connection and the app's release (src/offline.rs)
offline-note = Brak połączenia z siecią. Otwarte wcześniej wnioski pozostają dostępne do odczytu; dodawane odpowiedzi, wiadomości i dokumenty są przechowywane na tym urządzeniu i zostaną wysłane po przywróceniu połączenia.
update-ready = Nowa wersja systemu jest gotowa.
update-reload = Wczytaj nową wersję

## Changes made offline, waiting to be sent (src/queue.rs)
queue-waiting = { $count ->
    [one] Jedna zmiana wprowadzona bez połączenia czeka na wysłanie.
    [few] { $count } zmiany wprowadzone bez połączenia czekają na wysłanie.
    [many] { $count } zmian wprowadzonych bez połączenia czeka na wysłanie.
   *[other] { $count } zmiany wprowadzonej bez połączenia czeka na wysłanie.
}
queue-sending = Wysyłanie zmian wprowadzonych bez połączenia…
queue-attention = { $count ->
    [one] Jedna zmiana wprowadzona bez połączenia nie została wysłana i wymaga Państwa decyzji.
    [few] { $count } zmiany wprowadzone bez połączenia nie zostały wysłane i wymagają Państwa decyzji.
    [many] { $count } zmian wprowadzonych bez połączenia nie zostało wysłanych i wymaga Państwa decyzji.
   *[other] { $count } zmiany wprowadzonej bez połączenia nie zostało wysłane i wymaga Państwa decyzji.
}
queue-title = Oczekujące na wysłanie
queue-intro = Te zmiany wprowadzono bez połączenia i są przechowywane na tym urządzeniu. Zostaną wysłane po kolei, gdy tylko połączenie zostanie przywrócone.
queue-kind-answers = Odpowiedzi (zapisane, niewysłane do organu wnioskującego)
queue-kind-answer = Odpowiedzi do wysłania do organu wnioskującego
queue-kind-message = Wiadomość
queue-kind-document = Dokument „{ $name }” ({ $size } KB)
queue-made-at = Sporządzono: { $time }
queue-status-waiting = Oczekiwanie na połączenie.
queue-status-conflict = Nie wysłano: po sporządzeniu tej zmiany wniosek został zmieniony i ma teraz status „{ $state }”. Proszę sprawdzić w historii poniżej, co się zmieniło, a następnie mimo to wysłać zmianę lub ją odrzucić.
queue-status-refused = Nie wysłano: { $error }
queue-send-anyway = Wyślij mimo to
queue-edit = Edytuj
queue-discard = Odrzuć
queue-discard-confirm = Czy odrzucić tę zmianę? Wprowadzona treść zostanie usunięta z tego urządzenia.
queue-logout-confirm = { $count ->
    [one] Jedna zmiana wprowadzona bez połączenia nie została jeszcze wysłana. Wylogowanie usunie ją z tego urządzenia. Czy mimo to wylogować?
    [few] { $count } zmiany wprowadzone bez połączenia nie zostały jeszcze wysłane. Wylogowanie usunie je z tego urządzenia. Czy mimo to wylogować?
    [many] { $count } zmian wprowadzonych bez połączenia nie zostało jeszcze wysłanych. Wylogowanie usunie je z tego urządzenia. Czy mimo to wylogować?
   *[other] { $count } zmiany wprowadzonej bez połączenia nie zostało jeszcze wysłane. Wylogowanie usunie je z tego urządzenia. Czy mimo to wylogować?
}
toast-queued = Brak połączenia: zmiana jest przechowywana na tym urządzeniu i zostanie wysłana po przywróceniu połączenia.
toast-queue-sent = { $count ->
    [one] Zmiana wprowadzona bez połączenia została wysłana.
    [few] Wysłano { $count } zmiany wprowadzone bez połączenia.
    [many] Wysłano { $count } zmian wprowadzonych bez połączenia.
   *[other] Wysłano { $count } zmiany wprowadzonej bez połączenia.
}

## Kontrole na miejscu: rodzaj wniosku i protokół kontroli z podpisami osób obecnych
compose-kind-label = Przedmiot wniosku
request-kind-information = Informacje
request-kind-information-help = Drugi organ odpowiada na pytania na podstawie prowadzonych przez siebie rejestrów i akt.
request-kind-inspection = Kontrola na miejscu
request-kind-inspection-help = Drugi organ kontroluje wskazane pomieszczenia, urządzenia lub miejsce prowadzenia działalności i przedstawia swoje ustalenia wraz ze zdjęciami i podpisami osób obecnych.
request-checklist = { $count ->
    [one] Lista kontrolna: jeden punkt
    [few] Lista kontrolna: { $count } punkty
    [many] Lista kontrolna: { $count } punktów
   *[other] Lista kontrolna: { $count } punktu
}
inspection-title = Protokół kontroli
inspection-help = Proszę dokumentować kontrolę w trakcie jej przeprowadzania: odpowiedzieć na pytania z powyższej listy kontrolnej, załączyć zdjęcia jako dokumenty, a następnie wpisać dzień i miejsce oraz poprosić każdą obecną osobę o złożenie tutaj podpisu. Odpowiedź można wysłać po złożeniu własnego podpisu.
inspection-pending = Protokół kontroli zostanie wyświetlony tutaj wraz z odpowiedzią.
inspection-inspected-on = Dzień kontroli
inspection-place = Miejsce kontroli
inspection-place-help = Adres oraz miejsce lub pomieszczenia (na przykład: plac budowy, brama nr 2).
inspection-present = Osoby obecne
inspection-signer-name = Imię i nazwisko
inspection-signer-role = Rola podczas kontroli
inspection-signer-refused = Odmowa złożenia podpisu
inspection-signer-unnamed = osoba obecna
inspection-signer-unsigned = Osoba zostanie ujęta w protokole dopiero po złożeniu podpisu lub odmowie jego złożenia.
inspection-signer-add = Dodaj osobę obecną
inspection-signer-remove = Usuń tę osobę
inspection-signature-of = Podpis: { $name }
inspection-signature-clear = Wyczyść podpis
inspection-signature-needed = Przed wysłaniem odpowiedzi wymagany jest podpis osoby kontrolującej.
inspection-refused-to-sign = Osoba odmówiła złożenia podpisu.
signer-role-inspector = Osoba kontrolująca
signer-role-provider-representative = Przedstawiciel usługodawcy lub pracodawcy
signer-role-worker = Pracownik
signer-role-witness = Świadek
queue-kind-report = Protokół kontroli (zapisany, niewysłany do organu wnioskującego)
