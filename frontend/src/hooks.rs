//! Hooks more than one page uses.

use shared::dto::AuthoritySearchPage;
use shared::query::AuthorityQuery;
use yew::prelude::*;

use crate::api::ApiFailure;

/// Typing pauses shorter than this do not start a search.
const DEBOUNCE_MS: u32 = 150;

/// Searches the registry for `query` once typing pauses, and gives `found` the answer to the
/// newest query only: a newer keystroke drops the waiting search, and an answer that arrives
/// after a newer query was sent is dropped too (answers can arrive out of order).
#[hook]
pub fn use_debounced_search(
    query: AuthorityQuery,
    found: Callback<Result<AuthoritySearchPage, ApiFailure>>,
) {
    let generation = use_mut_ref(|| 0u64);
    use_effect_with(query, move |query| {
        let query = query.clone();
        *generation.borrow_mut() += 1;
        let mine = *generation.borrow();
        let timer = gloo::timers::callback::Timeout::new(DEBOUNCE_MS, move || {
            wasm_bindgen_futures::spawn_local(async move {
                let answer = crate::api::search_authorities(&query).await;
                if *generation.borrow() == mine {
                    found.emit(answer);
                }
            });
        });
        move || drop(timer)
    });
}
