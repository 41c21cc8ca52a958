//! The overview's box, filters, sort and page as one value, changed by one reducer: every
//! change of what is shown starts again at page 1, except turning the page and re-sorting.

use shared::lifecycle::RequestState;
use shared::query::{Paging, RequestListQuery, RequestSort};
use shared::request::{RequestBox, parse_request_number};
use shared::{CountryCode, Date, LanguageCode, LegislativeArea};
use std::rc::Rc;
use yew::prelude::*;

/// What the official asked to see.
#[derive(Debug, Clone, PartialEq)]
pub struct Filters {
    pub which: RequestBox,
    pub area: Option<LegislativeArea>,
    pub country: Option<CountryCode>,
    pub state: Option<RequestState>,
    /// The request number as typed.
    pub number: String,
    /// The date fields give `YYYY-MM-DD` once a date is complete, else nothing.
    pub from: String,
    pub to: String,
    /// Only the requests assigned to the user.
    pub assigned_to_me: bool,
    pub sort: RequestSort,
    pub page: u64,
}

impl Default for Filters {
    fn default() -> Filters {
        Filters {
            which: RequestBox::All,
            area: None,
            country: None,
            state: None,
            number: String::new(),
            from: String::new(),
            to: String::new(),
            assigned_to_me: false,
            sort: RequestSort::UpdatedDesc,
            page: 1,
        }
    }
}

impl Filters {
    /// Whether a number was typed that is not a request number (said at the field).
    pub fn number_invalid(&self) -> bool {
        let number = self.number.trim();
        !number.is_empty() && parse_request_number(number).is_none()
    }

    /// The query for the list, with rows naming topics in `language`; `None` while the
    /// number typed is unreadable, so that the list stays as it was.
    pub fn query(&self, language: LanguageCode) -> Option<RequestListQuery> {
        let number = self.number.trim();
        let number = match number.is_empty() {
            true => None,
            false => Some(parse_request_number(number)?),
        };
        Some(RequestListQuery {
            which: self.which,
            area: self.area,
            country: self.country,
            state: self.state,
            number,
            from: Date::parse(&self.from).ok(),
            to: Date::parse(&self.to).ok(),
            assigned_to_me: self.assigned_to_me,
            sort: self.sort,
            paging: Paging::default().with_page(u32::try_from(self.page).unwrap_or(1)),
            language: Some(language),
        })
    }
}

/// One change of the filters.
pub enum Filter {
    Box(RequestBox),
    Area(Option<LegislativeArea>),
    Country(Option<CountryCode>),
    State(Option<RequestState>),
    Number(String),
    From(String),
    To(String),
    AssignedToMe(bool),
    Sort(RequestSort),
    Page(u64),
}

impl Reducible for Filters {
    type Action = Filter;

    fn reduce(self: Rc<Self>, change: Filter) -> Rc<Self> {
        let mut next = (*self).clone();
        // What is shown changes: its first page.
        next.page = 1;
        match change {
            Filter::Box(which) => next.which = which,
            Filter::Area(area) => next.area = area,
            Filter::Country(country) => next.country = country,
            Filter::State(state) => next.state = state,
            Filter::Number(number) => next.number = number,
            Filter::From(from) => next.from = from,
            Filter::To(to) => next.to = to,
            Filter::AssignedToMe(mine) => next.assigned_to_me = mine,
            Filter::Sort(sort) => {
                next.sort = sort;
                next.page = self.page;
            }
            Filter::Page(page) => next.page = page,
        }
        Rc::new(next)
    }
}
