//! User administration for an authority's local administrators (and its coordinators): who
//! may log in, with which roles, and invitations for new colleagues.

use shared::Role;
use shared::registry::{InviteUser, Invitee, UpdateUser, UserAdminList, UserAdminView};
use yew::prelude::*;

use crate::api::ApiFailure;
use crate::components::{Button, ButtonKind, Field, ToastHandle, use_toasts};
use crate::i18n::I18n;
use crate::pages::{edit, error_text, field_error_text, language_select};
use crate::t;

#[derive(Properties, PartialEq)]
pub struct UsersPageProps {
    /// The authority whose users are shown.
    pub authority: i32,
}

fn role_boxes(
    i18n: &I18n,
    prefix: &str,
    grantable: &[Role],
    chosen: &[Role],
    onchange: Callback<Vec<Role>>,
) -> Html {
    html! {
        <span class="check-row">
            { for grantable.iter().chain(chosen.iter().filter(|r| !grantable.contains(r))).map(|role| {
                let role = *role;
                let checked = chosen.contains(&role);
                let onchange = {
                    let (onchange, chosen) = (onchange.clone(), chosen.to_vec());
                    Callback::from(move |_| {
                        let mut next = chosen.clone();
                        if checked { next.retain(|r| *r != role); } else { next.push(role); }
                        onchange.emit(next);
                    })
                };
                let id = format!("{prefix}-{}", role.as_str());
                html! {
                    <label class="check" for={id.clone()}>
                        <input type="checkbox" id={id} {checked} {onchange} />
                        { i18n.dynamic(&role.message_id(), &[]) }
                    </label>
                }
            }) }
        </span>
    }
}

#[derive(Properties, PartialEq)]
struct UserRowProps {
    user: UserAdminView,
    grantable: Vec<Role>,
    onsaved: Callback<()>,
}

/// One user, with their roles and whether they may log in, saved with one button.
/// What a row's call reports to: its busy flag, its failure, the toasts and the list (which
/// reloads after a change).
type RowCallTargets = (
    UseStateHandle<bool>,
    UseStateHandle<Option<ApiFailure>>,
    ToastHandle,
    Callback<()>,
);

/// Runs one of a row's calls: the row is busy meanwhile; then `confirmation` is shown and the
/// list reloaded, or the failure is shown on the row.
fn run_row_call(
    call: impl std::future::Future<Output = Result<(), ApiFailure>> + 'static,
    confirmation: String,
    (busy, failure, toasts, onsaved): RowCallTargets,
) {
    busy.set(true);
    wasm_bindgen_futures::spawn_local(async move {
        let done = call.await;
        busy.set(false);
        match done {
            Ok(()) => {
                failure.set(None);
                toasts.info(confirmation);
                onsaved.emit(());
            }
            Err(err) => failure.set(Some(err)),
        }
    });
}

#[function_component(UserRow)]
fn user_row(props: &UserRowProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let toasts = use_toasts();
    let roles = use_state(|| props.user.roles.clone());
    let active = use_state(|| props.user.active);
    let failure = use_state(|| None::<ApiFailure>);
    let busy = use_state(|| false);
    let changed = *roles != props.user.roles || *active != props.user.active;
    let onsave = {
        let (roles, active, failure, busy, toasts, i18n) = (
            roles.clone(),
            active.clone(),
            failure.clone(),
            busy.clone(),
            toasts.clone(),
            i18n.clone(),
        );
        let (id, name, onsaved) = (
            props.user.id,
            props.user.display_name.clone(),
            props.onsaved.clone(),
        );
        Callback::from(move |_| {
            let body = UpdateUser {
                display_name: name.clone(),
                roles: (*roles).clone(),
                active: *active,
            };
            run_row_call(
                async move { crate::api::update_user(id, &body).await },
                t!(i18n, "toast-saved"),
                (
                    busy.clone(),
                    failure.clone(),
                    toasts.clone(),
                    onsaved.clone(),
                ),
            );
        })
    };
    let onresend = {
        let (failure, busy, toasts, i18n, onsaved) = (
            failure.clone(),
            busy.clone(),
            toasts.clone(),
            i18n.clone(),
            props.onsaved.clone(),
        );
        let id = props.user.id;
        Callback::from(move |_| {
            run_row_call(
                crate::api::resend_invitation(id),
                t!(i18n, "toast-invitation-resent"),
                (
                    busy.clone(),
                    failure.clone(),
                    toasts.clone(),
                    onsaved.clone(),
                ),
            );
        })
    };
    let u = &props.user;
    let prefix = format!("user-{}", u.id.0);
    let status = if u.invitation_expired {
        t!(i18n, "users-invitation-expired")
    } else if u.invitation_pending {
        t!(i18n, "users-pending")
    } else if u.active {
        t!(i18n, "users-active")
    } else {
        t!(i18n, "users-inactive")
    };
    let errors: Vec<String> = failure
        .as_ref()
        .map(|f| {
            f.fields
                .iter()
                .map(|e| field_error_text(&i18n, e))
                .collect()
        })
        .unwrap_or_default();
    html! {
        <li class="card user-card" id={prefix.clone()}>
            <div class="user-card__who">
                <strong>{ &u.display_name }</strong>
                <a href={format!("mailto:{}", u.email)}>{ &u.email }</a>
                <span class="muted">{ status }</span>
                if let Some(inviter) = &u.invited_by {
                    <span class="muted">{ t!(i18n, "users-invited-by", name = inviter.clone()) }</span>
                }
            </div>
            { role_boxes(&i18n, &prefix, &props.grantable, &roles, { let roles = roles.clone(); Callback::from(move |next| roles.set(next)) }) }
            <label class="check" for={format!("{prefix}-active")}>
                <input type="checkbox" id={format!("{prefix}-active")} checked={*active}
                    onchange={ let active = active.clone(); Callback::from(move |_| active.set(!*active)) } />
                { t!(i18n, "users-may-log-in") }
            </label>
            if !errors.is_empty() {
                <p class="field__error" role="alert">{ errors.join(" ") }</p>
            }
            if changed {
                <Button id={Some(AttrValue::from(format!("{prefix}-save")))} kind={ButtonKind::Secondary} busy={*busy} onclick={onsave}>{ t!(i18n, "form-save") }</Button>
            }
            if u.invitation_pending && u.active {
                <Button id={Some(AttrValue::from(format!("{prefix}-resend")))} kind={ButtonKind::Ghost} busy={*busy} onclick={onresend}>{ t!(i18n, "users-resend-invitation") }</Button>
            }
        </li>
    }
}

/// The users of one authority, and the invitation form.
#[function_component(UsersPage)]
pub fn users_page(props: &UsersPageProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let toasts = use_toasts();
    let list = use_state(|| None::<UserAdminList>);
    let reload = use_state(|| 0u32);
    let invitee = use_state(|| Invitee {
        email: String::new(),
        display_name: String::new(),
        language: i18n.language(),
    });
    let roles = use_state(|| vec![Role::REQUEST_HANDLER]);
    let failure = use_state(|| None::<ApiFailure>);
    let busy = use_state(|| false);
    {
        let (list, toasts, i18n) = (list.clone(), toasts.clone(), i18n.clone());
        use_effect_with((props.authority, *reload), move |(authority, _)| {
            let authority = *authority;
            wasm_bindgen_futures::spawn_local(async move {
                match crate::api::users(authority).await {
                    Ok(found) => list.set(Some(found)),
                    Err(failure) => toasts.error(error_text(&i18n, &failure)),
                }
            });
        });
    }
    let Some(found) = &*list else {
        return html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> };
    };
    let onsaved = {
        let reload = reload.clone();
        Callback::from(move |_| reload.set(*reload + 1))
    };
    let error_for = |field: &str| {
        failure
            .as_ref()
            .and_then(|f| f.fields.iter().find(|e| e.field == field))
            .map(|e| AttrValue::from(field_error_text(&i18n, e)))
    };
    let on_invitee = |apply: fn(&mut Invitee, String)| edit(&invitee, apply);
    let on_language = edit(&invitee, |next, language| next.language = language);
    let oninvite = {
        let (invitee, roles, failure, busy, list, toasts, i18n) = (
            invitee.clone(),
            roles.clone(),
            failure.clone(),
            busy.clone(),
            list.clone(),
            toasts.clone(),
            i18n.clone(),
        );
        let authority = props.authority;
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = InviteUser {
                invitee: (*invitee).clone(),
                roles: (*roles).clone(),
            };
            let (invitee, failure, busy, list, toasts, i18n) = (
                invitee.clone(),
                failure.clone(),
                busy.clone(),
                list.clone(),
                toasts.clone(),
                i18n.clone(),
            );
            busy.set(true);
            wasm_bindgen_futures::spawn_local(async move {
                let sent = crate::api::invite_user(authority, &body).await;
                busy.set(false);
                match sent {
                    Ok(found) => {
                        failure.set(None);
                        list.set(Some(found));
                        invitee.set(Invitee {
                            email: String::new(),
                            display_name: String::new(),
                            language: body.invitee.language,
                        });
                        toasts.info(t!(i18n, "toast-invited"));
                    }
                    Err(err) => failure.set(Some(err)),
                }
            });
        })
    };
    html! {
        <div class="page">
            <div class="page__header">
                <h1 class="page__title" id="page-title">{ t!(i18n, "users-title") }</h1>
            </div>
            <ul class="user-list" id="users">
                { for found.users.iter().map(|u| html! {
                    <UserRow key={format!("{}-{}-{:?}", u.id.0, u.active, u.roles)} user={u.clone()} grantable={found.grantable.clone()} onsaved={onsaved.clone()} />
                }) }
            </ul>
            <section class="card">
                <h2 class="topic__title">{ t!(i18n, "users-invite-title") }</h2>
                <form class="form" onsubmit={oninvite} novalidate=true>
                    <Field id="email" label={t!(i18n, "profile-email")} input_type="email" value={invitee.email.clone()}
                        required=true error={error_for("email")} oninput={on_invitee(|i, v| i.email = v)} />
                    <Field id="display_name" label={t!(i18n, "form-person-name")} value={invitee.display_name.clone()}
                        required=true error={error_for("display_name")} oninput={on_invitee(|i, v| i.display_name = v)} />
                    <div class="field">
                        <label class="field__label" for="invite-language">{ t!(i18n, "form-invitation-language") }</label>
                        { language_select("invite-language", invitee.language, on_language) }
                    </div>
                    <fieldset class={classes!("fieldset", error_for("roles").is_some().then_some("field--invalid"))}>
                        <legend>{ t!(i18n, "users-roles") }</legend>
                        { role_boxes(&i18n, "invite", &found.grantable, &roles, { let roles = roles.clone(); Callback::from(move |next| roles.set(next)) }) }
                        if let Some(error) = error_for("roles") {
                            <p class="field__error">{ error }</p>
                        }
                    </fieldset>
                    <Button id={Some(AttrValue::from("invite-submit"))} submit=true busy={*busy}>{ t!(i18n, "users-invite") }</Button>
                </form>
            </section>
        </div>
    }
}
