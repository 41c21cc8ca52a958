//! The API's list and search queries as typed values: what the SPA asks for, written as a
//! query string in one way ([`RequestListQuery::to_query_string`],
//! [`AuthorityQuery::to_query_string`]), and what the server reads back from the address
//! ([`RequestListParams::check`], [`AuthorityParams::check`]), refusing each bad parameter by
//! name. Paging follows one rule on every endpoint ([`Paging`]).

use serde::{Deserialize, Serialize};

use crate::error::{FieldCode, FieldError};
use crate::lifecycle::RequestState;
use crate::macros::wire_enum;
use crate::request::{RequestBox, parse_request_number};
use crate::{CountryCode, Date, LanguageCode, LegislativeArea, RequestId};

/// Rows per page when the query does not say.
pub const DEFAULT_PER_PAGE: u32 = 25;
/// The longest page any endpoint gives.
pub const MAX_PER_PAGE: u32 = 100;

/// Which page of a list, and how long pages are: pages count from 1, and hold 1 to
/// [`MAX_PER_PAGE`] rows ([`DEFAULT_PER_PAGE`] unless asked).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Paging {
    page: u32,
    per_page: u32,
}

impl Default for Paging {
    fn default() -> Self {
        Paging {
            page: 1,
            per_page: DEFAULT_PER_PAGE,
        }
    }
}

impl Paging {
    /// Page `page` of pages of `per_page` rows, or the field at fault (`page` or `per_page`,
    /// `out_of_range`). `None` takes the default.
    pub fn new(page: Option<u64>, per_page: Option<u64>) -> Result<Paging, Vec<FieldError>> {
        let mut errors = Vec::new();
        let page = match page {
            None => Some(1),
            Some(page) => u32::try_from(page).ok().filter(|p| *p >= 1),
        };
        if page.is_none() {
            errors.push(out_of_range("page"));
        }
        let per_page = match per_page {
            None => Some(DEFAULT_PER_PAGE),
            Some(n) => u32::try_from(n)
                .ok()
                .filter(|n| (1..=MAX_PER_PAGE).contains(n)),
        };
        if per_page.is_none() {
            errors.push(out_of_range("per_page"));
        }
        match (page, per_page) {
            (Some(page), Some(per_page)) if errors.is_empty() => Ok(Paging { page, per_page }),
            _ => Err(errors),
        }
    }

    /// The page, from 1.
    pub fn page(self) -> u32 {
        self.page
    }

    /// Rows per page.
    pub fn per_page(self) -> u32 {
        self.per_page
    }

    /// How many rows come before this page.
    pub fn offset(self) -> usize {
        (self.page as usize - 1) * self.per_page as usize
    }

    /// How many rows a list must have ranked to show this page.
    pub fn end(self) -> usize {
        self.page as usize * self.per_page as usize
    }

    /// Another page of the same length (1 when `page` is 0).
    pub fn with_page(self, page: u32) -> Paging {
        Paging {
            page: page.max(1),
            ..self
        }
    }

    /// Pages of `per_page` rows (clamped to 1..=[`MAX_PER_PAGE`]), from the first.
    pub fn of(per_page: u32) -> Paging {
        Paging {
            page: 1,
            per_page: per_page.clamp(1, MAX_PER_PAGE),
        }
    }
}

fn out_of_range(field: &str) -> FieldError {
    FieldError::new(field, FieldCode::OutOfRange)
}

fn refused(errors: &mut Vec<FieldError>, field: &str, code: FieldCode) {
    errors.push(FieldError::new(field, code));
}

/// Percent-encodes a query-string value as `encodeURIComponent` does: every byte of its
/// UTF-8 but letters, digits and `-_.~`.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Writes `key=value` pairs, encoded, joined by `&`.
#[derive(Default)]
pub(crate) struct Pairs(pub(crate) String);

impl Pairs {
    pub(crate) fn push(&mut self, key: &str, value: impl std::fmt::Display) {
        if !self.0.is_empty() {
            self.0.push('&');
        }
        self.0.push_str(key);
        self.0.push('=');
        self.0.push_str(&encode(&value.to_string()));
    }

    pub(crate) fn push_some(&mut self, key: &str, value: Option<impl std::fmt::Display>) {
        if let Some(value) = value {
            self.push(key, value);
        }
    }

    /// Ends every query the same way: the page, its length and the language of its texts.
    fn finish(mut self, paging: Paging, language: Option<LanguageCode>) -> String {
        self.push("page", paging.page);
        self.push("per_page", paging.per_page);
        self.push_some("language", language.map(|l| l.as_str()));
        self.0
    }
}

wire_enum!(
    /// The overview's orders.
    pub enum RequestSort {
        /// Last changed first (the default).
        UpdatedDesc = "updated_desc",
        /// Last changed last.
        UpdatedAsc = "updated_asc",
        /// Nearest agreed deadline first; requests without one last.
        DeadlineAsc = "deadline_asc",
        /// Newest request first.
        NumberDesc = "number_desc",
    }
);

impl RequestSort {
    /// The Fluent message id of the order's name, e.g. `inbox-sort-deadline-asc`.
    pub fn message_id(self) -> String {
        format!("inbox-sort-{}", self.as_str().replace('_', "-"))
    }
}

/// One page of the overview: a box, filters, an order, and the language of topic names.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct RequestListQuery {
    /// Which requests.
    pub which: RequestBox,
    /// Only this legislative area.
    pub area: Option<LegislativeArea>,
    /// Only requests with an authority of this country on the other side.
    pub country: Option<CountryCode>,
    /// Only this state.
    pub state: Option<RequestState>,
    /// Only this request.
    pub number: Option<RequestId>,
    /// Changed on or after this day.
    pub from: Option<Date>,
    /// Changed on or before this day.
    pub to: Option<Date>,
    /// Only requests assigned to the caller (`assigned=me`): a handler's own work, which the
    /// app also keeps on the device for offline use.
    pub assigned_to_me: bool,
    /// The order.
    pub sort: RequestSort,
    /// Which page.
    pub paging: Paging,
    /// The language of topic names (the reader's by default).
    pub language: Option<LanguageCode>,
}

impl Default for RequestListQuery {
    fn default() -> Self {
        RequestListQuery {
            which: RequestBox::All,
            area: None,
            country: None,
            state: None,
            number: None,
            from: None,
            to: None,
            assigned_to_me: false,
            sort: RequestSort::UpdatedDesc,
            paging: Paging::default(),
            language: None,
        }
    }
}

impl RequestListQuery {
    /// The query string of `GET /api/requests` (without the `?`).
    pub fn to_query_string(&self) -> String {
        let mut pairs = Pairs::default();
        pairs.push("box", self.which);
        pairs.push_some("area", self.area.map(|a| a.as_str()));
        pairs.push_some("country", self.country.map(|c| c.as_str()));
        pairs.push_some("state", self.state);
        pairs.push_some("number", self.number.map(|n| n.0));
        pairs.push_some("from", self.from);
        pairs.push_some("to", self.to);
        pairs.push_some("assigned", self.assigned_to_me.then_some(ASSIGNED_TO_ME));
        pairs.push("sort", self.sort);
        pairs.finish(self.paging, self.language)
    }
}

/// The one value of `assigned`: the caller.
const ASSIGNED_TO_ME: &str = "me";

/// `GET /api/requests`'s parameters as the address carries them.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
pub struct RequestListParams {
    /// Which box: `to_accept`, `to_answer`, `awaiting`, `overdue`, `drafts`, `closed`, `all`.
    #[serde(rename = "box")]
    pub r#box: Option<String>,
    /// Only this legislative area.
    pub area: Option<String>,
    /// Only requests with an authority of this country on the other side.
    pub country: Option<String>,
    /// Only this state.
    pub state: Option<String>,
    /// A request number (`2026-000042`) or id.
    pub number: Option<String>,
    /// Changed on or after this day (`YYYY-MM-DD`).
    pub from: Option<String>,
    /// Changed on or before this day (`YYYY-MM-DD`).
    pub to: Option<String>,
    /// `me`: only the requests assigned to the caller.
    pub assigned: Option<String>,
    /// `updated_desc` (default), `updated_asc`, `deadline_asc`, `number_desc`.
    pub sort: Option<String>,
    /// The page, from 1.
    pub page: Option<u64>,
    /// Rows per page, 1 to 100 (default 25).
    pub per_page: Option<u64>,
    /// The language of topic names; by default the user's, else English.
    pub language: Option<String>,
}

/// A parameter parsed by `parse`, or a refusal of `field` with `code` when it does not parse;
/// `None` also when it is absent.
pub(crate) fn parsed<T>(
    errors: &mut Vec<FieldError>,
    field: &str,
    code: FieldCode,
    value: Option<&str>,
    parse: impl FnOnce(&str) -> Option<T>,
) -> Option<T> {
    let value = value?;
    let found = parse(value);
    if found.is_none() {
        refused(errors, field, code);
    }
    found
}

/// The parameters every list and search shares: the country, the legislative area and the
/// language of its texts, each `unknown` when the system has no such code.
fn places_and_language(
    e: &mut Vec<FieldError>,
    country: Option<&str>,
    area: Option<&str>,
    language: Option<&str>,
) -> (
    Option<CountryCode>,
    Option<LegislativeArea>,
    Option<LanguageCode>,
) {
    let country = parsed(e, "country", FieldCode::Unknown, country, |c| {
        CountryCode::parse(c).ok()
    });
    let area = parsed(e, "area", FieldCode::Unknown, area, |a| {
        LegislativeArea::parse(a).ok()
    });
    let language = parsed(e, "language", FieldCode::Unknown, language, |l| {
        LanguageCode::parse(l).ok()
    });
    (country, area, language)
}

impl RequestListParams {
    /// The typed query, or every parameter at fault with why (`unknown`, `invalid_date`,
    /// `invalid_format`, `out_of_range`).
    pub fn check(&self) -> Result<RequestListQuery, Vec<FieldError>> {
        let mut errors = Vec::new();
        let e = &mut errors;
        let which = parsed(
            e,
            "box",
            FieldCode::Unknown,
            self.r#box.as_deref(),
            RequestBox::parse,
        );
        let (country, area, language) = places_and_language(
            e,
            self.country.as_deref(),
            self.area.as_deref(),
            self.language.as_deref(),
        );
        let state = parsed(
            e,
            "state",
            FieldCode::Unknown,
            self.state.as_deref(),
            RequestState::parse,
        );
        let number = self.number.as_deref().filter(|n| !n.trim().is_empty());
        let number = parsed(
            e,
            "number",
            FieldCode::InvalidFormat,
            number,
            parse_request_number,
        );
        let from = parsed(
            e,
            "from",
            FieldCode::InvalidDate,
            self.from.as_deref(),
            |d| Date::parse(d).ok(),
        );
        let to = parsed(e, "to", FieldCode::InvalidDate, self.to.as_deref(), |d| {
            Date::parse(d).ok()
        });
        let assigned = parsed(
            e,
            "assigned",
            FieldCode::Unknown,
            self.assigned.as_deref(),
            |a| (a == ASSIGNED_TO_ME).then_some(()),
        );
        let sort = parsed(
            e,
            "sort",
            FieldCode::Unknown,
            self.sort.as_deref(),
            RequestSort::parse,
        );
        let paging = Paging::new(self.page, self.per_page).map_err(|found| e.extend(found));
        match paging {
            Ok(paging) if errors.is_empty() => Ok(RequestListQuery {
                which: which.unwrap_or(RequestBox::All),
                area,
                country,
                state,
                number,
                from,
                to,
                assigned_to_me: assigned.is_some(),
                sort: sort.unwrap_or(RequestSort::UpdatedDesc),
                paging,
                language,
            }),
            _ => Err(errors),
        }
    }
}

/// A search of the registry: free text in any language, filters, and the language of the
/// competences' labels.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash)]
pub struct AuthorityQuery {
    /// Free text: names, acronyms, cities, competences, a country's name.
    pub text: String,
    /// Only this country.
    pub country: Option<CountryCode>,
    /// Only authorities handling this area.
    pub area: Option<LegislativeArea>,
    /// Only authorities competent for this concept of the taxonomy.
    pub competence: Option<String>,
    /// Which page.
    pub paging: Paging,
    /// The language of competence labels (the reader's by default).
    pub language: Option<LanguageCode>,
}

impl AuthorityQuery {
    /// The query string of `GET /api/authorities` (without the `?`).
    pub fn to_query_string(&self) -> String {
        let mut pairs = Pairs::default();
        let text = self.text.trim();
        if !text.is_empty() {
            pairs.push("q", text);
        }
        pairs.push_some("country", self.country.map(|c| c.as_str()));
        pairs.push_some("area", self.area.map(|a| a.as_str()));
        pairs.push_some("competence", self.competence.as_deref());
        pairs.finish(self.paging, self.language)
    }
}

/// `GET /api/authorities`'s parameters as the address carries them.
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams))]
pub struct AuthorityParams {
    /// Free text in any of the 26 languages: names, acronyms, cities, competences.
    pub q: Option<String>,
    /// Only this country (ISO 3166-1 alpha-2).
    pub country: Option<String>,
    /// Only authorities handling this legislative area.
    pub area: Option<String>,
    /// Only authorities competent for this concept of the taxonomy.
    pub competence: Option<String>,
    /// The page, from 1.
    pub page: Option<u64>,
    /// Results per page, 1 to 100 (default 25).
    pub per_page: Option<u64>,
    /// The language of competence labels; by default the user's, else English.
    pub language: Option<String>,
}

impl AuthorityParams {
    /// The typed query, or every parameter at fault. Whether the competence exists is the
    /// taxonomy's to say, on the server.
    pub fn check(&self) -> Result<AuthorityQuery, Vec<FieldError>> {
        let mut errors = Vec::new();
        let e = &mut errors;
        let (country, area, language) = places_and_language(
            e,
            self.country.as_deref(),
            self.area.as_deref(),
            self.language.as_deref(),
        );
        let paging = Paging::new(self.page, self.per_page).map_err(|found| e.extend(found));
        match paging {
            Ok(paging) if errors.is_empty() => Ok(AuthorityQuery {
                text: self.q.clone().unwrap_or_default(),
                country,
                area,
                competence: self.competence.clone(),
                paging,
                language,
            }),
            _ => Err(errors),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn some<T: std::fmt::Debug + Clone + 'static>(
        values: Vec<T>,
    ) -> impl Strategy<Value = Option<T>> {
        prop::option::of(prop::sample::select(values))
    }

    fn paging() -> impl Strategy<Value = Paging> {
        (1u64..10_000, 1u64..=100)
            .prop_map(|(page, per_page)| Paging::new(Some(page), Some(per_page)).unwrap())
    }

    fn date() -> impl Strategy<Value = Date> {
        (1990i32..2100, 1u32..=12, 1u32..=28)
            .prop_map(|(y, m, d)| Date::parse(&format!("{y:04}-{m:02}-{d:02}")).unwrap())
    }

    fn request_list_query() -> impl Strategy<Value = RequestListQuery> {
        (
            prop::sample::select(RequestBox::ALL.to_vec()),
            some(LegislativeArea::all().collect()),
            some(CountryCode::all().collect()),
            some(RequestState::ALL.to_vec()),
            prop::option::of((1i32..i32::MAX).prop_map(RequestId)),
            prop::option::of(date()),
            prop::option::of(date()),
            (
                any::<bool>(),
                prop::sample::select(RequestSort::ALL.to_vec()),
                paging(),
                some(LanguageCode::all().collect()),
            ),
        )
            .prop_map(
                |(
                    which,
                    area,
                    country,
                    state,
                    number,
                    from,
                    to,
                    (mine, sort, paging, language),
                )| {
                    RequestListQuery {
                        which,
                        area,
                        country,
                        state,
                        number,
                        from,
                        to,
                        assigned_to_me: mine,
                        sort,
                        paging,
                        language,
                    }
                },
            )
    }

    fn authority_query() -> impl Strategy<Value = AuthorityQuery> {
        (
            // Any text a user types: letters of every script, spaces, `&`, `=`, `+`, `%`.
            "[ a-zA-Zāčėšžøæåßéíóúñçğışőűλωжщ&=+%#?/]{0,30}",
            some(CountryCode::all().collect()),
            some(LegislativeArea::all().collect()),
            prop::option::of("[a-z_]{1,20}"),
            paging(),
            some(LanguageCode::all().collect()),
        )
            .prop_map(|(text, country, area, competence, paging, language)| {
                AuthorityQuery {
                    text: text.trim().to_owned(),
                    country,
                    area,
                    competence,
                    paging,
                    language,
                }
            })
    }

    proptest! {
        /// What the SPA writes, the server reads back as the same query.
        #[test]
        fn request_lists_travel_unchanged(query in request_list_query()) {
            let params: RequestListParams =
                serde_urlencoded::from_str(&query.to_query_string()).unwrap();
            prop_assert_eq!(params.check(), Ok(query));
        }

        #[test]
        fn searches_travel_unchanged(query in authority_query()) {
            let written = query.to_query_string();
            let params: AuthorityParams = serde_urlencoded::from_str(&written).unwrap();
            let mut back = params.check().unwrap();
            // No text and no `q` are the same search.
            if back.text.is_empty() { back.text = String::new(); }
            prop_assert_eq!(back, query, "{}", written);
        }
    }

    #[test]
    fn paging_is_one_rule() {
        assert_eq!(Paging::new(None, None), Ok(Paging::default()));
        assert_eq!(Paging::default().per_page(), DEFAULT_PER_PAGE);
        let codes = |page, per_page| {
            Paging::new(page, per_page)
                .unwrap_err()
                .into_iter()
                .map(|e| (e.field, e.code.as_str().to_owned()))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            codes(Some(0), None),
            [("page".to_owned(), "out_of_range".to_owned())]
        );
        assert_eq!(
            codes(Some(0), Some(101)),
            [
                ("page".to_owned(), "out_of_range".to_owned()),
                ("per_page".to_owned(), "out_of_range".to_owned())
            ]
        );
        assert!(Paging::new(Some(u64::MAX), None).is_err());
        let third = Paging::new(Some(3), Some(20)).unwrap();
        assert_eq!((third.offset(), third.end()), (40, 60));
        assert_eq!(Paging::of(1000).per_page(), MAX_PER_PAGE);
    }

    #[test]
    fn every_bad_parameter_is_named() {
        let params = RequestListParams {
            r#box: Some("inbox".into()),
            state: Some("lost".into()),
            country: Some("US".into()),
            from: Some("2026-13-01".into()),
            number: Some("42-x".into()),
            assigned: Some("anna".into()),
            sort: Some("random".into()),
            per_page: Some(1000),
            ..RequestListParams::default()
        };
        let fields: Vec<(String, String)> = params
            .check()
            .unwrap_err()
            .into_iter()
            .map(|e| (e.field, e.code.as_str().to_owned()))
            .collect();
        let want = [
            ("box", "unknown"),
            ("country", "unknown"),
            ("state", "unknown"),
            ("number", "invalid_format"),
            ("from", "invalid_date"),
            ("assigned", "unknown"),
            ("sort", "unknown"),
            ("per_page", "out_of_range"),
        ];
        assert_eq!(
            fields,
            want.map(|(f, c)| (f.to_owned(), c.to_owned())).to_vec()
        );
        // An empty number is no filter; a request number or a bare id is one.
        let number = |n: &str| {
            RequestListParams {
                number: Some(n.into()),
                ..RequestListParams::default()
            }
            .check()
            .unwrap()
            .number
        };
        assert_eq!(number(" "), None);
        assert_eq!(number("2026-000042"), Some(RequestId(42)));
        assert_eq!(number("42"), Some(RequestId(42)));
    }

    #[test]
    fn values_are_encoded_as_the_browser_does() {
        assert_eq!(
            encode("ārsts Portugālē"),
            "%C4%81rsts%20Portug%C4%81l%C4%93"
        );
        assert_eq!(encode("a&b=c+d%"), "a%26b%3Dc%2Bd%25");
        assert_eq!(encode("A-z_0.9~"), "A-z_0.9~");
    }
}
