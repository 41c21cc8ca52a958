use yew::prelude::*;

use crate::i18n::I18n;
use crate::t;

#[derive(Properties, PartialEq)]
pub struct PagerProps {
    /// The page shown, from 1.
    pub page: u64,
    /// How many pages there are.
    pub pages: u64,
    /// Called with the page to show.
    pub onchange: Callback<u64>,
}

/// Previous and next page of a list, with "page N of M"; nothing when there is one page.
#[function_component(Pager)]
pub fn pager(props: &PagerProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    if props.pages <= 1 {
        return Html::default();
    }
    let go = |to: u64| {
        let onchange = props.onchange.clone();
        Callback::from(move |_| onchange.emit(to))
    };
    html! {
        <nav class="pager" aria-label={t!(i18n, "authorities-pages")}>
            <button type="button" class="btn btn--secondary" disabled={props.page <= 1}
                onclick={go(props.page.saturating_sub(1).max(1))}>{ t!(i18n, "authorities-previous") }</button>
            <span>{ t!(i18n, "authorities-page", page = props.page, pages = props.pages) }</span>
            <button type="button" class="btn btn--secondary" disabled={props.page >= props.pages}
                onclick={go(props.page + 1)}>{ t!(i18n, "authorities-next") }</button>
        </nav>
    }
}
