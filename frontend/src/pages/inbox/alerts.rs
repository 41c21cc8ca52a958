//! The overview's alert box: what waits for the user's country or authority to acknowledge,
//! to approve, the drafts and the alerts in force, each a link to its list, counted again
//! whenever the live stream says alert news arrived.

use shared::alert::AlertBox;
use shared::dto::{AlertCounts, LiveCounts};
use yew::prelude::*;
use yew_router::prelude::*;

use crate::format;
use crate::i18n::I18n;
use crate::route::Route;
use crate::t;

#[function_component(AlertsBox)]
pub fn alerts_box() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let live = use_context::<LiveCounts>().unwrap_or_default();
    let navigator = use_navigator();
    let counts = use_state(|| None::<AlertCounts>);
    {
        let counts = counts.clone();
        use_effect_with(live.alert_unread, move |_| {
            wasm_bindgen_futures::spawn_local(async move {
                if let Ok(found) = crate::api::alert_counts().await {
                    counts.set(Some(found));
                }
            });
        });
    }
    // Until the counts arrive the box keeps its place, so the list below does not move.
    let counts = (*counts).unwrap_or_default();
    let language = i18n.language();
    let entry = |which: Option<AlertBox>, count: u64, label: String, id: &'static str| {
        let onclick = {
            let navigator = navigator.clone();
            Callback::from(move |event: MouseEvent| {
                event.prevent_default();
                if let Some(navigator) = &navigator {
                    let query: Vec<(&str, &str)> =
                        which.map(|b| ("box", b.as_str())).into_iter().collect();
                    let _ = navigator.push_with_query(&Route::Alerts, &query);
                }
            })
        };
        let href = match which {
            Some(b) => format!("/alerts?box={}", b.as_str()),
            None => "/alerts".to_owned(),
        };
        html! {
            <li>
                <a {href} {onclick} id={id}>
                    <span class="alert-box__count">{ format::number(count, language) }</span>
                    { label }
                </a>
            </li>
        }
    };
    html! {
        <section class="alert-box" aria-labelledby="alert-box-title" id="alert-box">
            <h2 class="alert-box__title" id="alert-box-title">{ t!(i18n, "alerts-title") }</h2>
            <ul class="alert-box__counts">
                { entry(Some(AlertBox::ToAcknowledge), counts.to_acknowledge, i18n.dynamic(&AlertBox::ToAcknowledge.message_id(), &[]), "alert-count-to-acknowledge") }
                if counts.to_approve > 0 {
                    { entry(Some(AlertBox::ToApprove), counts.to_approve, i18n.dynamic(&AlertBox::ToApprove.message_id(), &[]), "alert-count-to-approve") }
                }
                { entry(Some(AlertBox::Received), counts.in_force, t!(i18n, "alerts-in-force"), "alert-count-in-force") }
                if counts.drafts > 0 {
                    { entry(Some(AlertBox::Drafts), counts.drafts, i18n.dynamic(&AlertBox::Drafts.message_id(), &[]), "alert-count-drafts") }
                }
                if counts.unread > 0 {
                    { entry(None, counts.unread, t!(i18n, "alerts-unread"), "alert-count-unread") }
                }
            </ul>
            <div class="actions">
                <Link<Route> to={Route::NewAlert} classes="btn btn--secondary"><span id="overview-new-alert">{ t!(i18n, "alerts-new") }</span></Link<Route>>
                <Link<Route> to={Route::AlertCheck} classes="btn btn--secondary"><span id="overview-alert-check">{ t!(i18n, "alerts-check-link") }</span></Link<Route>>
            </div>
        </section>
    }
}
