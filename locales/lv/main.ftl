# Latviešu valoda.

## Lietotne
app-name = Iekšējā tirgus informācijas sistēma
app-short-name = IMI
app-tagline = Eiropas Ekonomikas zonas kompetento iestāžu administratīvā sadarbība
skip-to-content = Pāriet uz galveno saturu
loading = Ielādē…

## Navigācija un lietotāja izvēlne
nav-label = Galvenā navigācija
nav-inbox = Iesūtne
language-label = Valoda
user-signed-in-as = Lietotājs: { $name }, { $authority }
logout = Iziet
toast-dismiss = Aizvērt
toast-logged-out = Jūsu sesija ir beigta.

## Pieteikšanās lapa
login-title = Pieteikties
login-intro = Izmantojiet kontu, ko jums izveidoja jūsu iestādes administrators vai valsts IMI koordinators.
login-email = E-pasta adrese
login-password = Parole
login-submit = Pieteikties
login-submitting = Notiek pieteikšanās…
field-required = Šis lauks ir obligāts.

## Iesūtne
inbox-title = Iesūtne
inbox-empty-title = Pieprasījumu vēl nav
inbox-empty-body = Šeit būs redzami informācijas pieprasījumi, ko citas iestādes nosūta iestādei “{ $authority }”.

## Neeksistējošas lapas
not-found-title = Lapa nav atrasta
not-found-body = Adrese, kurai sekojāt, neved uz nevienu šīs sistēmas lapu.
not-found-home = Uz iesūtni

## Lomas
roles-label = Jūsu lomas
role-request_handler = Pieprasījumu apstrādātājs
role-allocator = Pieprasījumu sadalītājs
role-local_administrator = Vietējais datu administrators
role-coordinator = IMI koordinators
role-commission_observer = Komisijas novērotājs

## Servera kļūdas pēc koda
error-internal-error = Serverī radās kļūda. Lūdzu, mēģiniet vēlreiz; ja kļūda atkārtojas, sazinieties ar savu administratoru.
error-database-unavailable = Sistēmas datubāze pašlaik nav pieejama. Lūdzu, mēģiniet vēlreiz pēc dažām minūtēm.
error-not-found = Pieprasītais neeksistē vai jums nav tam piekļuves.
error-method-not-allowed = Šeit šī darbība nav iespējama.
error-unauthenticated = Jūsu sesija ir beigusies. Lūdzu, piesakieties vēlreiz.
error-forbidden = Jums nav tiesību veikt šo darbību.
error-invalid-credentials = E-pasta adrese vai parole nav pareiza.
error-too-many-attempts = { $seconds ->
    [one] Pārāk daudz neveiksmīgu mēģinājumu. Lūdzu, pagaidiet { $seconds } sekundi, pirms mēģināt vēlreiz.
   *[other] Pārāk daudz neveiksmīgu mēģinājumu. Lūdzu, pagaidiet { $seconds } sekundes, pirms mēģināt vēlreiz.
}
error-malformed-json = Serveris nevarēja nolasīt nosūtītos datus. Lūdzu, pārlādējiet lapu un mēģiniet vēlreiz.
error-unsupported-media-type = Serveris nepieņem datus šādā formātā.
error-payload-too-large = Nosūtītie dati ir lielāki, nekā serveris pieņem.
error-validation-failed = Daži lauki nav aizpildīti pareizi. Lūdzu, pārbaudiet atzīmētos laukus.
error-network-error = Serveris nav sasniedzams. Pārbaudiet tīkla savienojumu un mēģiniet vēlreiz.
error-invalid-transition = Pieprasījuma pašreizējā statusā šī darbība nav iespējama. Lūdzu, pārlādējiet lapu, lai redzētu, kādas darbības ir pieejamas.
