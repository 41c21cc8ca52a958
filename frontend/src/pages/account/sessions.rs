//! The sessions the user is logged in with, each of which can be ended, and all the others
//! at once.

use shared::account::SessionView;
use yew::prelude::*;

use crate::components::{Button, ButtonKind};
use crate::format;
use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::t;

/// The sessions the user is logged in with, each of which can be ended.
#[function_component(SessionsSection)]
pub fn sessions_section() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let list = use_state(|| None::<Vec<SessionView>>);
    let reload = use_state(|| 0u32);
    {
        // A failure keeps what is shown (the list, or the loading note) and is said in a toast.
        let (list, api) = (list.clone(), api.clone());
        use_effect_with(*reload, move |_| {
            api.run(crate::api::sessions(), move |found| list.set(Some(found)));
        });
    }
    // Ends one session, or every other one (`None`), and lists them again.
    let end = {
        let i18n = i18n.clone();
        Callback::from(move |id: Option<String>| {
            let (toasts, i18n, reload) = (api.toasts().clone(), i18n.clone(), reload.clone());
            let done = match id {
                Some(_) => "toast-session-ended",
                None => "toast-sessions-ended",
            };
            api.run(
                async move {
                    match id {
                        Some(id) => crate::api::end_session(&id).await,
                        None => crate::api::end_other_sessions().await,
                    }
                },
                move |()| {
                    toasts.info(i18n.dynamic(done, &[]));
                    reload.set(*reload + 1);
                },
            );
        })
    };
    let others = list
        .as_ref()
        .is_some_and(|found| found.iter().any(|s| !s.current));
    html! {
        <section class="section" aria-labelledby="sessions-title">
            <h2 class="section__title" id="sessions-title">{ t!(i18n, "account-sessions-title") }</h2>
            if let Some(found) = &*list {
                <SessionsTable sessions={found.clone()} on_end={end.clone()} />
            } else {
                <p class="loading" role="status">{ t!(i18n, "loading") }</p>
            }
            if others {
                <Button id={Some(AttrValue::from("end-other-sessions"))} kind={ButtonKind::Secondary} onclick={end.reform(|_| None)}>
                    { t!(i18n, "account-sessions-end-others") }
                </Button>
            }
        </section>
    }
}

#[derive(Properties, PartialEq)]
struct SessionsTableProps {
    sessions: Vec<SessionView>,
    /// Called with the id of the session to end.
    on_end: Callback<Option<String>>,
}

/// One row per session: the browser, where from, since and until when; the current one is
/// marked and cannot be ended here (logging out does that).
#[function_component(SessionsTable)]
fn sessions_table(props: &SessionsTableProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let language = i18n.language();
    let row = |s: &SessionView| {
        let id = s.id.clone();
        html! {
            <tr key={s.id.clone()} class={classes!(s.current.then_some("table__row--current"))}>
                <td title={s.user_agent.clone()}>{ browser_cell(&i18n, s.user_agent.as_deref()) }</td>
                <td>{ s.client.clone().unwrap_or_else(|| t!(i18n, "account-session-unknown")) }</td>
                <td>{ format::date_time(&s.created_at, language) }</td>
                <td>{ format::date_time(&s.expires_at, language) }</td>
                <td>
                    if s.current {
                        <span class="muted">{ t!(i18n, "account-session-current") }</span>
                    } else {
                        <button type="button" class="btn btn--ghost" onclick={props.on_end.reform(move |_| Some(id.clone()))}>{ t!(i18n, "account-session-end") }</button>
                    }
                </td>
            </tr>
        }
    };
    html! {
        <div class="table-wrap">
            <table class="table" id="sessions">
                <thead><tr>
                    <th scope="col">{ t!(i18n, "account-session-browser") }</th>
                    <th scope="col">{ t!(i18n, "account-session-address") }</th>
                    <th scope="col">{ t!(i18n, "account-session-started") }</th>
                    <th scope="col">{ t!(i18n, "account-session-ends") }</th>
                    <th scope="col"><span class="visually-hidden">{ t!(i18n, "account-session-end") }</span></th>
                </tr></thead>
                <tbody>
                    { for props.sessions.iter().map(row) }
                </tbody>
            </table>
        </div>
    }
}

/// A session's browser and system by name; what is not recognised says so.
fn browser_cell(i18n: &I18n, agent: Option<&str>) -> Html {
    let (browser, system) = agent.map_or((None, None), shared::account::describe_user_agent);
    html! {
        <>
            { browser.unwrap_or_else(|| t!(i18n, "account-session-unknown")) }
            if let Some(system) = system {
                <span class="muted session__system">{ system }</span>
            }
        </>
    }
}
