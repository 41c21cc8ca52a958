//! Hooks more than one page uses.

use shared::dto::AuthoritySearchPage;
use shared::query::AuthorityQuery;
use std::future::Future;
use yew::prelude::*;

use crate::api::ApiFailure;
use crate::components::{ToastHandle, use_toasts};
use crate::i18n::I18n;
use crate::labels::error_text;

/// A component's calls to the API: whether one is running (to show buttons busy and refuse a
/// second click), and a failure said in words in a toast unless the caller places it itself.
#[derive(Clone, PartialEq)]
pub struct ApiCall {
    busy: UseStateHandle<bool>,
    toasts: ToastHandle,
    i18n: I18n,
}

impl ApiCall {
    /// Whether a call is running.
    pub fn busy(&self) -> bool {
        *self.busy
    }

    /// The toasts, for a confirmation after a call succeeded.
    pub fn toasts(&self) -> &ToastHandle {
        &self.toasts
    }

    /// Says a failure in words in a toast.
    pub fn say(&self, failure: &ApiFailure) {
        self.toasts.error(error_text(&self.i18n, failure));
    }

    /// Runs `call`; `done` gets its answer; a failure is said in a toast.
    pub fn run<T: 'static>(
        &self,
        call: impl Future<Output = Result<T, ApiFailure>> + 'static,
        done: impl FnOnce(T) + 'static,
    ) {
        let this = self.clone();
        self.run_or(call, done, move |failure| this.say(&failure));
    }

    /// Runs `call`; `done` gets its answer and `refused` its failure, for a form that shows
    /// each refusal at its field.
    pub fn run_or<T: 'static>(
        &self,
        call: impl Future<Output = Result<T, ApiFailure>> + 'static,
        done: impl FnOnce(T) + 'static,
        refused: impl FnOnce(ApiFailure) + 'static,
    ) {
        let busy = self.busy.clone();
        busy.set(true);
        wasm_bindgen_futures::spawn_local(async move {
            let answer = call.await;
            busy.set(false);
            match answer {
                Ok(value) => done(value),
                Err(failure) => refused(failure),
            }
        });
    }
}

/// The component's [`ApiCall`].
#[hook]
pub fn use_api_call() -> ApiCall {
    ApiCall {
        busy: use_state(|| false),
        toasts: use_toasts(),
        i18n: use_context::<I18n>().expect("I18n is provided"),
    }
}

/// Loads something once per change of `deps` (an id, the reader's language): `None` until it
/// has arrived, then the answer or the failure.
#[hook]
pub fn use_loaded<T, D, F, Fut>(deps: D, load: F) -> UseStateHandle<Option<Result<T, ApiFailure>>>
where
    T: 'static,
    D: PartialEq + Clone + 'static,
    F: Fn(D) -> Fut + 'static,
    Fut: Future<Output = Result<T, ApiFailure>> + 'static,
{
    let loaded = use_state(|| None::<Result<T, ApiFailure>>);
    {
        let loaded = loaded.clone();
        use_effect_with(deps, move |deps| {
            let call = load(deps.clone());
            wasm_bindgen_futures::spawn_local(async move { loaded.set(Some(call.await)) });
        });
    }
    loaded
}

/// Typing pauses shorter than this do not start a search.
const DEBOUNCE_MS: u32 = 150;

/// Searches the registry for `query` once typing pauses, and gives `found` the answer to the
/// newest query only: a newer keystroke drops the waiting search, and an answer that arrives
/// after a newer query was sent is dropped too (answers can arrive out of order).
///
/// Returns whether the results shown are older than the query: true from a keystroke until
/// its answer arrives. Pages mark their results `aria-busy` with it, so that a screen reader
/// waits for the list to settle and nothing acts on a list about to be replaced.
#[hook]
pub fn use_debounced_search(
    query: AuthorityQuery,
    found: Callback<Result<AuthoritySearchPage, ApiFailure>>,
) -> bool {
    let generation = use_mut_ref(|| 0u64);
    let busy = use_state_eq(|| true);
    {
        let busy = busy.clone();
        use_effect_with(query, move |query| {
            let query = query.clone();
            *generation.borrow_mut() += 1;
            let mine = *generation.borrow();
            busy.set(true);
            let timer = gloo::timers::callback::Timeout::new(DEBOUNCE_MS, move || {
                wasm_bindgen_futures::spawn_local(async move {
                    let answer = crate::api::search_authorities(&query).await;
                    if *generation.borrow() == mine {
                        found.emit(answer);
                        busy.set(false);
                    }
                });
            });
            move || drop(timer)
        });
    }
    *busy
}

/// A callback that sets a filter and goes back to the first page: a new filter's results
/// start from their beginning.
pub fn filter_change<T: 'static>(
    filter: &yew::UseStateHandle<T>,
    page: &yew::UseStateHandle<u32>,
) -> yew::Callback<T> {
    let (filter, page) = (filter.clone(), page.clone());
    yew::Callback::from(move |value: T| {
        page.set(1);
        filter.set(value);
    })
}
