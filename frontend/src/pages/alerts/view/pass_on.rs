//! A receiving country's alert coordinator passes the alert on to the competent authorities
//! of their country: those the registry suggests (the profession's or activity's competent
//! authorities in the alert's area) are ticked, the coordinator removes or adds others found
//! in the registry, and sends. Those already passed the alert are shown, not offered again.

use shared::AuthorityId;
use shared::alert::AlertAction;
use shared::dto::{AlertActionRequest, AlertSuggestions, AuthorityHit, PartyView};
use std::collections::BTreeSet;
use yew::prelude::*;

use super::{AlertPartProps, refusal_text};
use crate::components::{AuthorityPicker, Button};
use crate::hooks::use_api_call;
use crate::i18n::I18n;
use crate::session::{Session, SessionStatus};
use crate::t;

#[function_component(PassOn)]
pub fn pass_on(props: &AlertPartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let api = use_api_call();
    let suggestions = use_state(|| None::<AlertSuggestions>);
    // The authorities offered: the suggestions, then those the coordinator added.
    let offered = use_state(Vec::<PartyView>::new);
    let chosen = use_state(BTreeSet::<AuthorityId>::new);
    let labels = super::super::use_labels(false);
    let own_country = match &session.status {
        SessionStatus::SignedIn(me) => me.authority().map(|a| a.country),
        _ => None,
    };
    {
        let (suggestions, offered, chosen, api) = (
            suggestions.clone(),
            offered.clone(),
            chosen.clone(),
            api.clone(),
        );
        use_effect_with((props.alert.id, props.alert.version), move |(id, _)| {
            api.run(crate::api::alert_suggestions(*id), move |found| {
                let already: BTreeSet<AuthorityId> = found.already.iter().copied().collect();
                chosen.set(
                    found
                        .authorities
                        .iter()
                        .map(|a| a.id)
                        .filter(|id| !already.contains(id))
                        .collect(),
                );
                offered.set(found.authorities.clone());
                suggestions.set(Some(found));
            });
        });
    }
    let Some(found) = &*suggestions else {
        return html! {};
    };
    let area = labels
        .kinds
        .as_ref()
        .and_then(|kinds| kinds.get(&props.alert.kind))
        .map(|kind| kind.area);
    let onpick = {
        let (offered, chosen, api, i18n) =
            (offered.clone(), chosen.clone(), api.clone(), i18n.clone());
        Callback::from(move |hit: AuthorityHit| {
            if Some(hit.country) != own_country {
                api.toasts().error(t!(i18n, "alert-pass-on-own-country"));
                return;
            }
            if !offered.iter().any(|a| a.id == hit.id) {
                let mut next = (*offered).clone();
                next.push(PartyView {
                    id: hit.id,
                    name: hit.name,
                    name_en: hit.name_en,
                    country: hit.country,
                });
                offered.set(next);
            }
            let mut next = (*chosen).clone();
            next.insert(hit.id);
            chosen.set(next);
        })
    };
    let send = {
        let (api, i18n, chosen) = (api.clone(), i18n.clone(), chosen.clone());
        let (id, version, reload) = (props.alert.id, props.alert.version, props.reload.clone());
        Callback::from(move |_| {
            let body = AlertActionRequest {
                version,
                action: AlertAction::PassOn {
                    authorities: chosen.iter().copied().collect(),
                },
                note: None,
            };
            let (toasts, i18n, reload) = (api.toasts().clone(), i18n.clone(), reload.clone());
            let refused = {
                let (toasts, i18n, reload) = (toasts.clone(), i18n.clone(), reload.clone());
                move |failure| {
                    toasts.error(refusal_text(&i18n, &failure));
                    reload.emit(());
                }
            };
            api.run_or(
                async move { crate::api::act_on_alert(id, &body).await },
                move |_| {
                    toasts.info(t!(i18n, "toast-alert-passed-on"));
                    reload.emit(());
                },
                refused,
            );
        })
    };
    let already: BTreeSet<AuthorityId> = found.already.iter().copied().collect();
    let exclude: Vec<i32> = offered.iter().map(|a| a.id.0).collect();
    html! {
        <section class="section" aria-labelledby="pass-on-title" id="pass-on">
            <h2 class="section__title" id="pass-on-title">{ t!(i18n, "alert-pass-on-title") }</h2>
            <p class="muted">{ t!(i18n, "alert-pass-on-help") }</p>
            if offered.is_empty() {
                <p class="muted" id="pass-on-none">{ t!(i18n, "alert-pass-on-none") }</p>
            } else {
                <fieldset class="fieldset">
                    <legend class="visually-hidden">{ t!(i18n, "alert-pass-on-title") }</legend>
                    <div class="check-list" id="pass-on-list">
                        { for offered.iter().map(|authority| {
                            let input_id = format!("pass-on-{}", authority.id.0);
                            let done = already.contains(&authority.id);
                            html! {
                                <label class="check" for={input_id.clone()} key={authority.id.0}>
                                    <input type="checkbox" id={input_id} value={authority.id.0.to_string()}
                                        checked={done || chosen.contains(&authority.id)} disabled={done}
                                        onchange={crate::pages::toggle(&chosen, authority.id)} />
                                    <span>
                                        { &authority.name }
                                        if done { { " " }<span class="muted">{ t!(i18n, "alert-pass-on-already") }</span> }
                                    </span>
                                </label>
                            }
                        }) }
                    </div>
                </fieldset>
            }
            if let Some(area) = area {
                <details class="disclosure">
                    <summary>{ t!(i18n, "alert-pass-on-add") }</summary>
                    <AuthorityPicker id="pass-on-search" {area} {onpick} {exclude} />
                </details>
            }
            <div class="actions">
                <Button id={Some(AttrValue::from("alert-pass-on"))} busy={api.busy()} disabled={chosen.is_empty()} onclick={send}>
                    { t!(i18n, "alert-pass-on-submit", count = chosen.len()) }
                </Button>
            </div>
        </section>
    }
}
