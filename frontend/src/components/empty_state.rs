use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EmptyStateProps {
    pub title: AttrValue,
    pub body: AttrValue,
    #[prop_or_default]
    pub children: Children,
}

/// What a list shows when it has nothing: what will appear here, and how it gets here.
#[function_component(EmptyState)]
pub fn empty_state(props: &EmptyStateProps) -> Html {
    html! {
        <section class="empty-state">
            <svg class="empty-state__icon" viewBox="0 0 48 48" aria-hidden="true" focusable="false">
                <path d="M6 14h36v24H6z M6 14l18 13 18-13" fill="none" stroke="currentColor" stroke-width="2.5" stroke-linejoin="round"/>
            </svg>
            <h2 class="empty-state__title">{ props.title.clone() }</h2>
            <p class="empty-state__body">{ props.body.clone() }</p>
            { for props.children.iter() }
        </section>
    }
}
