# Ziņojumi kodiem, kas definēti kopīgajā bibliotēkā `shared`.
# Mainīgie: $label ir viettura apzīmējums lasītāja valodā; $max un $length ir rakstzīmju skaits;
# $name ir viettura nosaukums, kā tas uzrakstīts; $position ir rakstzīmes numurs, skaitot no 1.

## Vietturu vērtības (PlaceholderErrorCode)
placeholder-error-missing = Norādiet vērtību laukā “{ $label }”.
placeholder-error-empty = Lauks “{ $label }” nedrīkst būt tukšs.
placeholder-error-too-long = { $max ->
    [one] Lauka “{ $label }” vērtība nedrīkst būt garāka par { $max } rakstzīmi (pašlaik: { $length }).
   *[other] Lauka “{ $label }” vērtība nedrīkst būt garāka par { $max } rakstzīmēm (pašlaik: { $length }).
}
placeholder-error-control-character = Laukā “{ $label }” ir neredzama vadības rakstzīme. Lūdzu, ievadiet vērtību vēlreiz.
placeholder-error-line-break = Lauka “{ $label }” vērtībai jābūt vienā rindā.
placeholder-error-invalid-date = Laukā “{ $label }” norādiet datumu formātā gggg-mm-dd, piemēram, 2025-03-31.
placeholder-error-nonexistent-date = Laukā “{ $label }” norādītais datums kalendārā neeksistē.
placeholder-error-unknown-country = Laukā “{ $label }” izvēlieties Eiropas Ekonomikas zonas valsti.
placeholder-error-invalid-email = Laukā “{ $label }” norādītā e-pasta adrese nav derīga.
placeholder-error-invalid-person-name = Laukā “{ $label }” jānorāda personas vārds: burti bez cipariem.
placeholder-error-invalid-register-reference = Laukā “{ $label }” drīkst būt tikai burti, cipari, atstarpes un rakstzīmes - . /
placeholder-error-unexpected = Norādīta vērtība laukam, kas netiek izmantots nevienā no izvēlētajiem jautājumiem.
placeholder-error-unknown-placeholder = Jautājumā izmantots nezināms lauks. Lūdzu, informējiet savu IMI koordinatoru.

## Jautājumu veidnes (TemplateErrorCode)
template-error-unterminated = Vietturis, kas sākas { $position }. rakstzīmē, nav noslēgts.
template-error-empty-name = Vietturim { $position }. rakstzīmē nav nosaukuma.
template-error-invalid-name = “{ $name }” ({ $position }. rakstzīme) nav derīgs viettura nosaukums: tam jāsākas ar burtu, kam seko burti, cipari vai “_”.
template-error-mismatched-delimiters = Vietturis { $position }. rakstzīmē ir atvērts ar viena veida iekavu, bet aizvērts ar cita veida iekavu.
template-error-nested = Vietturis { $position }. rakstzīmē satur citu vietturi.
template-error-unknown-placeholder = “{ $name }” ({ $position }. rakstzīme) nav zināms vietturis.

## Pieprasījuma statuss (RequestState)
request-state-draft = Melnraksts
request-state-awaiting-acceptance = Gaida pieņemšanu
request-state-accepted = Pieņemts
request-state-info-requested = Pieprasīta papildu informācija
request-state-answered = Atbildēts
request-state-closed = Slēgts
request-state-withdrawn = Atsaukts

## Darbības ar pieprasījumu (ActionKind)
request-action-create = Jauns pieprasījums
request-action-edit = Labot
request-action-delete = Dzēst melnrakstu
request-action-send = Nosūtīt
request-action-withdraw = Atsaukt
request-action-accept = Pieņemt
request-action-forward = Pārsūtīt
request-action-request-info = Lūgt papildu informāciju
request-action-provide-info = Sniegt informāciju
request-action-answer = Atbildēt
request-action-split-off = Nodalīt jautājumus
request-action-request-clarification = Lūgt precizējumu
request-action-close = Pieņemt atbildi un slēgt

## Atbildes vērtējums (Rating)
rating-positive = Labi
rating-neutral = Pieņemami
rating-negative = Neapmierinoši
