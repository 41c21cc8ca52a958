//! The registry of known placeholders: what each one holds, how long it may be, whether it is
//! personal data, and its label in every language of the system.
//!
//! The table is Rust data compiled into both the SPA and the server, so a label or a limit can
//! never differ between the two. A new legislative area adds its placeholders here, with labels
//! in all 26 languages (a test refuses a definition that lacks one).

use super::values::{self, PlaceholderError};
use crate::LanguageCode;
use crate::macros::wire_enum;

wire_enum!(
    /// What kind of value a placeholder takes; decides the checks and the input widget.
    pub enum ValueKind {
        /// One line of free text.
        FreeText = "free_text",
        /// A natural person's name: must contain a letter and no digit.
        PersonName = "person_name",
        /// The name under which a business trades.
        BusinessName = "business_name",
        /// A postal address; the only kind that may span several lines.
        PostalAddress = "postal_address",
        /// A calendar date, `YYYY-MM-DD`.
        Date = "date",
        /// One of the 30 EEA countries, as its ISO 3166-1 alpha-2 code.
        Country = "country",
        /// An identifier in a register, such as `HRB 12345` or `40003245752`.
        RegisterReference = "register_reference",
        /// An e-mail address.
        Email = "email",
    }
);

impl ValueKind {
    /// Whether a value may contain line breaks (only postal addresses).
    pub fn is_multiline(self) -> bool {
        self == ValueKind::PostalAddress
    }
}

/// The definition of one placeholder.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PlaceholderDef {
    /// The name used in templates, e.g. `SPBusinessName`.
    pub name: &'static str,
    /// What the value is.
    pub kind: ValueKind,
    /// The longest accepted value, in characters after normalisation.
    pub max_chars: u32,
    /// Whether the value is personal data under Regulation (EU) No 1024/2012: hidden until a
    /// request is accepted, and blocked then deleted after closure.
    pub personal_data: bool,
    /// The label shown next to the input, as `(language code, label)` for every language.
    pub labels: &'static [(&'static str, &'static str)],
}

impl PlaceholderDef {
    /// The label in `language`, falling back to English.
    pub fn label(&self, language: LanguageCode) -> &'static str {
        self.label_in(language.as_str())
            .or_else(|| self.label_in(LanguageCode::ENGLISH.as_str()))
            .unwrap_or(self.name)
    }

    fn label_in(&self, language: &str) -> Option<&'static str> {
        self.labels
            .iter()
            .find(|(code, _)| *code == language)
            .map(|(_, label)| *label)
    }

    /// Checks one value and returns it normalised (NFC, trimmed, canonical form of its kind).
    ///
    /// This is what the SPA calls on each keystroke for live feedback.
    pub fn validate(&self, raw: &str) -> Result<String, PlaceholderError> {
        values::validate_one(self, raw)
    }
}

/// A set of placeholder definitions, looked up by name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Registry {
    definitions: &'static [PlaceholderDef],
}

impl Registry {
    /// A registry over a table of definitions (tests and future areas may build their own).
    pub const fn new(definitions: &'static [PlaceholderDef]) -> Registry {
        Registry { definitions }
    }

    /// The registry of every placeholder in the question catalogue.
    pub fn standard() -> &'static Registry {
        &STANDARD
    }

    /// The definition named `name`, if any.
    pub fn get(&self, name: &str) -> Option<&'static PlaceholderDef> {
        self.definitions.iter().find(|def| def.name == name)
    }

    /// All definitions, in table order.
    pub fn definitions(&self) -> &'static [PlaceholderDef] {
        self.definitions
    }
}

static STANDARD: Registry = Registry::new(DEFINITIONS);

/// The catalogue's placeholders. Labels are written as an official of each country would read
/// them on a form; the legal terms follow each language's version of the Services Directive
/// ("service provider": prestataire, Dienstleistungserbringer, pakalpojumu sniedzējs, ...).
const DEFINITIONS: &[PlaceholderDef] = &[
    PlaceholderDef {
        name: "SPBusinessName",
        kind: ValueKind::BusinessName,
        max_chars: 200,
        // A sole trader's business name names a natural person.
        personal_data: true,
        labels: &[
            ("bg", "Търговско наименование на доставчика на услуги"),
            ("cs", "Obchodní firma poskytovatele služeb"),
            ("da", "Tjenesteyderens firmanavn"),
            ("de", "Firmenname des Dienstleistungserbringers"),
            ("el", "Επωνυμία του παρόχου υπηρεσιών"),
            ("en", "Business name of the service provider"),
            ("es", "Denominación social del prestador de servicios"),
            ("et", "Teenuseosutaja ärinimi"),
            ("fi", "Palveluntarjoajan toiminimi"),
            ("fr", "Raison sociale du prestataire de services"),
            ("ga", "Ainm gnó an tsoláthraí seirbhíse"),
            ("hr", "Naziv tvrtke pružatelja usluga"),
            ("hu", "A szolgáltató cégneve"),
            ("it", "Denominazione sociale del prestatore di servizi"),
            ("lt", "Paslaugų teikėjo pavadinimas"),
            ("lv", "Pakalpojumu sniedzēja nosaukums"),
            ("mt", "Isem kummerċjali tal-fornitur tas-servizz"),
            ("nl", "Handelsnaam van de dienstverrichter"),
            ("pl", "Nazwa (firma) usługodawcy"),
            ("pt", "Denominação social do prestador de serviços"),
            ("ro", "Denumirea prestatorului de servicii"),
            ("sk", "Obchodné meno poskytovateľa služieb"),
            ("sl", "Firma ponudnika storitev"),
            ("sv", "Tjänsteleverantörens företagsnamn"),
            ("is", "Firmaheiti þjónustuveitanda"),
            ("nb", "Tjenesteyterens foretaksnavn"),
        ],
    },
    PlaceholderDef {
        name: "SPAddress",
        kind: ValueKind::PostalAddress,
        max_chars: 500,
        personal_data: true,
        labels: &[
            ("bg", "Адрес на доставчика на услуги"),
            ("cs", "Adresa poskytovatele služeb"),
            ("da", "Tjenesteyderens adresse"),
            ("de", "Anschrift des Dienstleistungserbringers"),
            ("el", "Διεύθυνση του παρόχου υπηρεσιών"),
            ("en", "Address of the service provider"),
            ("es", "Dirección del prestador de servicios"),
            ("et", "Teenuseosutaja aadress"),
            ("fi", "Palveluntarjoajan osoite"),
            ("fr", "Adresse du prestataire de services"),
            ("ga", "Seoladh an tsoláthraí seirbhíse"),
            ("hr", "Adresa pružatelja usluga"),
            ("hu", "A szolgáltató címe"),
            ("it", "Indirizzo del prestatore di servizi"),
            ("lt", "Paslaugų teikėjo adresas"),
            ("lv", "Pakalpojumu sniedzēja adrese"),
            ("mt", "Indirizz tal-fornitur tas-servizz"),
            ("nl", "Adres van de dienstverrichter"),
            ("pl", "Adres usługodawcy"),
            ("pt", "Endereço do prestador de serviços"),
            ("ro", "Adresa prestatorului de servicii"),
            ("sk", "Adresa poskytovateľa služieb"),
            ("sl", "Naslov ponudnika storitev"),
            ("sv", "Tjänsteleverantörens adress"),
            ("is", "Heimilisfang þjónustuveitanda"),
            ("nb", "Tjenesteyterens adresse"),
        ],
    },
    PlaceholderDef {
        name: "SPRegistrationNumber",
        kind: ValueKind::RegisterReference,
        max_chars: 50,
        personal_data: true,
        labels: &[
            ("bg", "Регистрационен номер на доставчика на услуги"),
            ("cs", "Registrační číslo poskytovatele služeb"),
            ("da", "Tjenesteyderens registreringsnummer"),
            ("de", "Registernummer des Dienstleistungserbringers"),
            ("el", "Αριθμός μητρώου του παρόχου υπηρεσιών"),
            ("en", "Registration number of the service provider"),
            ("es", "Número de registro del prestador de servicios"),
            ("et", "Teenuseosutaja registrikood"),
            ("fi", "Palveluntarjoajan rekisterinumero"),
            ("fr", "Numéro d'immatriculation du prestataire de services"),
            ("ga", "Uimhir chláraithe an tsoláthraí seirbhíse"),
            ("hr", "Registarski broj pružatelja usluga"),
            ("hu", "A szolgáltató nyilvántartási száma"),
            ("it", "Numero di iscrizione del prestatore di servizi"),
            ("lt", "Paslaugų teikėjo registracijos numeris"),
            ("lv", "Pakalpojumu sniedzēja reģistrācijas numurs"),
            ("mt", "Numru ta' reġistrazzjoni tal-fornitur tas-servizz"),
            ("nl", "Registratienummer van de dienstverrichter"),
            ("pl", "Numer rejestrowy usługodawcy"),
            ("pt", "Número de registo do prestador de serviços"),
            ("ro", "Numărul de înregistrare al prestatorului de servicii"),
            ("sk", "Registračné číslo poskytovateľa služieb"),
            ("sl", "Registrska številka ponudnika storitev"),
            ("sv", "Tjänsteleverantörens registreringsnummer"),
            ("is", "Skráningarnúmer þjónustuveitanda"),
            ("nb", "Tjenesteyterens registreringsnummer"),
        ],
    },
    PlaceholderDef {
        name: "RegisterType",
        kind: ValueKind::FreeText,
        max_chars: 200,
        personal_data: false,
        labels: &[
            ("bg", "Вид на регистъра"),
            ("cs", "Druh rejstříku"),
            ("da", "Registertype"),
            ("de", "Art des Registers"),
            ("el", "Είδος μητρώου"),
            ("en", "Type of register"),
            ("es", "Tipo de registro"),
            ("et", "Registri liik"),
            ("fi", "Rekisterin tyyppi"),
            ("fr", "Type de registre"),
            ("ga", "Cineál an chláir"),
            ("hr", "Vrsta registra"),
            ("hu", "A nyilvántartás típusa"),
            ("it", "Tipo di registro"),
            ("lt", "Registro rūšis"),
            ("lv", "Reģistra veids"),
            ("mt", "Tip ta' reġistru"),
            ("nl", "Soort register"),
            ("pl", "Rodzaj rejestru"),
            ("pt", "Tipo de registo"),
            ("ro", "Tipul registrului"),
            ("sk", "Druh registra"),
            ("sl", "Vrsta registra"),
            ("sv", "Typ av register"),
            ("is", "Tegund skrár"),
            ("nb", "Registertype"),
        ],
    },
    PlaceholderDef {
        name: "RegisterName",
        kind: ValueKind::FreeText,
        max_chars: 200,
        personal_data: false,
        labels: &[
            ("bg", "Наименование на регистъра"),
            ("cs", "Název rejstříku"),
            ("da", "Registrets navn"),
            ("de", "Bezeichnung des Registers"),
            ("el", "Ονομασία του μητρώου"),
            ("en", "Name of the register"),
            ("es", "Nombre del registro"),
            ("et", "Registri nimi"),
            ("fi", "Rekisterin nimi"),
            ("fr", "Nom du registre"),
            ("ga", "Ainm an chláir"),
            ("hr", "Naziv registra"),
            ("hu", "A nyilvántartás neve"),
            ("it", "Denominazione del registro"),
            ("lt", "Registro pavadinimas"),
            ("lv", "Reģistra nosaukums"),
            ("mt", "Isem ir-reġistru"),
            ("nl", "Naam van het register"),
            ("pl", "Nazwa rejestru"),
            ("pt", "Nome do registo"),
            ("ro", "Denumirea registrului"),
            ("sk", "Názov registra"),
            ("sl", "Naziv registra"),
            ("sv", "Registrets namn"),
            ("is", "Heiti skrár"),
            ("nb", "Registerets navn"),
        ],
    },
    PlaceholderDef {
        name: "PersonName",
        kind: ValueKind::PersonName,
        max_chars: 200,
        personal_data: true,
        labels: &[
            ("bg", "Име на съответното лице"),
            ("cs", "Jméno dotčené osoby"),
            ("da", "Den berørte persons navn"),
            ("de", "Name der betroffenen Person"),
            ("el", "Ονοματεπώνυμο του ενδιαφερόμενου προσώπου"),
            ("en", "Name of the person concerned"),
            ("es", "Nombre de la persona interesada"),
            ("et", "Asjaomase isiku nimi"),
            ("fi", "Asianomaisen henkilön nimi"),
            ("fr", "Nom de la personne concernée"),
            ("ga", "Ainm an duine lena mbaineann"),
            ("hr", "Ime i prezime dotične osobe"),
            ("hu", "Az érintett személy neve"),
            ("it", "Nome della persona interessata"),
            ("lt", "Atitinkamo asmens vardas ir pavardė"),
            ("lv", "Attiecīgās personas vārds un uzvārds"),
            ("mt", "Isem il-persuna kkonċernata"),
            ("nl", "Naam van de betrokkene"),
            ("pl", "Imię i nazwisko osoby zainteresowanej"),
            ("pt", "Nome da pessoa em causa"),
            ("ro", "Numele persoanei în cauză"),
            ("sk", "Meno dotknutej osoby"),
            ("sl", "Ime in priimek zadevne osebe"),
            ("sv", "Den berörda personens namn"),
            ("is", "Nafn viðkomandi einstaklings"),
            ("nb", "Navnet på den berørte personen"),
        ],
    },
    PlaceholderDef {
        name: "DateOfBirth",
        kind: ValueKind::Date,
        max_chars: 10,
        personal_data: true,
        labels: &[
            ("bg", "Дата на раждане"),
            ("cs", "Datum narození"),
            ("da", "Fødselsdato"),
            ("de", "Geburtsdatum"),
            ("el", "Ημερομηνία γέννησης"),
            ("en", "Date of birth"),
            ("es", "Fecha de nacimiento"),
            ("et", "Sünniaeg"),
            ("fi", "Syntymäaika"),
            ("fr", "Date de naissance"),
            ("ga", "Dáta breithe"),
            ("hr", "Datum rođenja"),
            ("hu", "Születési dátum"),
            ("it", "Data di nascita"),
            ("lt", "Gimimo data"),
            ("lv", "Dzimšanas datums"),
            ("mt", "Data tat-twelid"),
            ("nl", "Geboortedatum"),
            ("pl", "Data urodzenia"),
            ("pt", "Data de nascimento"),
            ("ro", "Data nașterii"),
            ("sk", "Dátum narodenia"),
            ("sl", "Datum rojstva"),
            ("sv", "Födelsedatum"),
            ("is", "Fæðingardagur"),
            ("nb", "Fødselsdato"),
        ],
    },
    PlaceholderDef {
        name: "DecisionDate",
        kind: ValueKind::Date,
        max_chars: 10,
        personal_data: false,
        labels: &[
            ("bg", "Дата на решението"),
            ("cs", "Datum rozhodnutí"),
            ("da", "Dato for afgørelsen"),
            ("de", "Datum der Entscheidung"),
            ("el", "Ημερομηνία της απόφασης"),
            ("en", "Date of the decision"),
            ("es", "Fecha de la decisión"),
            ("et", "Otsuse kuupäev"),
            ("fi", "Päätöksen päivämäärä"),
            ("fr", "Date de la décision"),
            ("ga", "Dáta an chinnidh"),
            ("hr", "Datum odluke"),
            ("hu", "A határozat dátuma"),
            ("it", "Data della decisione"),
            ("lt", "Sprendimo data"),
            ("lv", "Lēmuma datums"),
            ("mt", "Data tad-deċiżjoni"),
            ("nl", "Datum van het besluit"),
            ("pl", "Data decyzji"),
            ("pt", "Data da decisão"),
            ("ro", "Data deciziei"),
            ("sk", "Dátum rozhodnutia"),
            ("sl", "Datum odločitve"),
            ("sv", "Datum för beslutet"),
            ("is", "Dagsetning ákvörðunar"),
            ("nb", "Dato for vedtaket"),
        ],
    },
    PlaceholderDef {
        name: "CountryOfEstablishment",
        kind: ValueKind::Country,
        max_chars: 2,
        personal_data: false,
        labels: &[
            ("bg", "Държава на установяване"),
            ("cs", "Stát usazení"),
            ("da", "Etableringsland"),
            ("de", "Niederlassungsstaat"),
            ("el", "Κράτος εγκατάστασης"),
            ("en", "Country of establishment"),
            ("es", "País de establecimiento"),
            ("et", "Asukohariik"),
            ("fi", "Sijoittautumisvaltio"),
            ("fr", "Pays d'établissement"),
            ("ga", "Tír bhunaíochta"),
            ("hr", "Država poslovnog nastana"),
            ("hu", "Letelepedés szerinti ország"),
            ("it", "Paese di stabilimento"),
            ("lt", "Įsisteigimo valstybė"),
            ("lv", "Reģistrācijas valsts"),
            ("mt", "Pajjiż tal-istabbiliment"),
            ("nl", "Land van vestiging"),
            ("pl", "Państwo siedziby"),
            ("pt", "País de estabelecimento"),
            ("ro", "Țara de stabilire"),
            ("sk", "Štát usadenia"),
            ("sl", "Država sedeža"),
            ("sv", "Etableringsland"),
            ("is", "Staðfesturíki"),
            ("nb", "Etableringsland"),
        ],
    },
    PlaceholderDef {
        name: "ContactEmail",
        kind: ValueKind::Email,
        max_chars: 254,
        personal_data: true,
        labels: &[
            ("bg", "Адрес на електронна поща на лицето за контакт"),
            ("cs", "E-mailová adresa kontaktní osoby"),
            ("da", "Kontaktpersonens e-mailadresse"),
            ("de", "E-Mail-Adresse der Kontaktperson"),
            (
                "el",
                "Διεύθυνση ηλεκτρονικού ταχυδρομείου του προσώπου επικοινωνίας",
            ),
            ("en", "E-mail address of the contact person"),
            (
                "es",
                "Dirección de correo electrónico de la persona de contacto",
            ),
            ("et", "Kontaktisiku e-posti aadress"),
            ("fi", "Yhteyshenkilön sähköpostiosoite"),
            ("fr", "Adresse électronique de la personne de contact"),
            ("ga", "Seoladh ríomhphoist an teagmhálaí"),
            ("hr", "Adresa e-pošte osobe za kontakt"),
            ("hu", "A kapcsolattartó e-mail-címe"),
            ("it", "Indirizzo e-mail della persona di contatto"),
            ("lt", "Kontaktinio asmens el. pašto adresas"),
            ("lv", "Kontaktpersonas e-pasta adrese"),
            (
                "mt",
                "Indirizz tal-posta elettronika tal-persuna ta' kuntatt",
            ),
            ("nl", "E-mailadres van de contactpersoon"),
            ("pl", "Adres e-mail osoby do kontaktu"),
            ("pt", "Endereço de correio eletrónico da pessoa de contacto"),
            ("ro", "Adresa de e-mail a persoanei de contact"),
            ("sk", "E-mailová adresa kontaktnej osoby"),
            ("sl", "E-poštni naslov kontaktne osebe"),
            ("sv", "Kontaktpersonens e-postadress"),
            ("is", "Netfang tengiliðar"),
            ("nb", "Kontaktpersonens e-postadresse"),
        ],
    },
    PlaceholderDef {
        name: "AdditionalDetails",
        kind: ValueKind::FreeText,
        max_chars: 2000,
        // Free text may name anyone, so it is treated as personal data.
        personal_data: true,
        labels: &[
            ("bg", "Допълнителна информация"),
            ("cs", "Doplňující údaje"),
            ("da", "Yderligere oplysninger"),
            ("de", "Weitere Angaben"),
            ("el", "Συμπληρωματικά στοιχεία"),
            ("en", "Additional details"),
            ("es", "Información adicional"),
            ("et", "Lisateave"),
            ("fi", "Lisätiedot"),
            ("fr", "Informations complémentaires"),
            ("ga", "Sonraí breise"),
            ("hr", "Dodatni podaci"),
            ("hu", "További információk"),
            ("it", "Ulteriori informazioni"),
            ("lt", "Papildoma informacija"),
            ("lv", "Papildu informācija"),
            ("mt", "Informazzjoni addizzjonali"),
            ("nl", "Aanvullende gegevens"),
            ("pl", "Informacje dodatkowe"),
            ("pt", "Informações adicionais"),
            ("ro", "Informații suplimentare"),
            ("sk", "Doplňujúce informácie"),
            ("sl", "Dodatne informacije"),
            ("sv", "Ytterligare uppgifter"),
            ("is", "Viðbótarupplýsingar"),
            ("nb", "Tilleggsopplysninger"),
        ],
    },
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::placeholder::PlaceholderName;
    use std::collections::BTreeSet;

    #[test]
    fn every_definition_has_a_label_in_every_language_and_no_other() {
        for def in Registry::standard().definitions() {
            let languages: Vec<&str> = def.labels.iter().map(|(code, _)| *code).collect();
            let distinct: BTreeSet<&str> = languages.iter().copied().collect();
            assert_eq!(
                languages.len(),
                distinct.len(),
                "{}: a language twice",
                def.name
            );
            for language in LanguageCode::all() {
                let label = def.label_in(language.as_str());
                let label = label.unwrap_or_else(|| panic!("{}: no {language} label", def.name));
                assert_eq!(label.trim(), label, "{} {language}", def.name);
                assert!(!label.is_empty(), "{} {language}", def.name);
            }
            assert_eq!(distinct.len(), LanguageCode::all().count(), "{}", def.name);
        }
    }

    #[test]
    fn labels_are_translated_not_copied() {
        // Related languages may share a word ("Registertype" in Danish and Norwegian), but a
        // label identical to the English one means a translation is missing.
        for def in Registry::standard().definitions() {
            let english = def.label(LanguageCode::ENGLISH);
            for (code, label) in def.labels.iter().filter(|(code, _)| *code != "en") {
                assert_ne!(*label, english, "{} {code}", def.name);
            }
        }
    }

    #[test]
    fn definitions_are_well_formed() {
        let mut names = BTreeSet::new();
        for def in Registry::standard().definitions() {
            assert!(PlaceholderName::parse(def.name).is_ok(), "{}", def.name);
            assert!(names.insert(def.name), "{} twice", def.name);
            assert!(def.max_chars > 0);
            let fixed = match def.kind {
                ValueKind::Date => Some(10),
                ValueKind::Country => Some(2),
                _ => None,
            };
            if let Some(fixed) = fixed {
                assert_eq!(def.max_chars, fixed, "{}", def.name);
            }
        }
    }

    #[test]
    fn services_directive_set_is_present() {
        let registry = Registry::standard();
        for name in [
            "SPBusinessName",
            "SPAddress",
            "RegisterType",
            "RegisterName",
        ] {
            assert!(registry.get(name).is_some(), "{name}");
        }
        let kinds: BTreeSet<&str> = registry
            .definitions()
            .iter()
            .map(|def| def.kind.as_str())
            .collect();
        assert_eq!(
            kinds.len(),
            ValueKind::ALL.len(),
            "every kind is used at least once"
        );
        assert!(
            registry.get("spbusinessname").is_none(),
            "names are case-sensitive"
        );
    }

    #[test]
    fn label_falls_back_to_english() {
        static ONLY_EN: &[PlaceholderDef] = &[PlaceholderDef {
            name: "X",
            kind: ValueKind::FreeText,
            max_chars: 5,
            personal_data: false,
            labels: &[("en", "Ex")],
        }];
        let def = Registry::new(ONLY_EN).get("X").unwrap();
        assert_eq!(def.label(LanguageCode::parse("lv").unwrap()), "Ex");
        let lv = Registry::standard().get("SPAddress").unwrap();
        assert_eq!(
            lv.label(LanguageCode::parse("lv").unwrap()),
            "Pakalpojumu sniedzēja adrese"
        );
    }

    #[test]
    fn kinds_are_snake_case_on_the_wire() {
        for kind in ValueKind::ALL {
            assert_eq!(
                serde_json::to_string(kind).unwrap(),
                format!("\"{}\"", kind.as_str())
            );
        }
    }
}
