//! User administration for an authority's local administrators (and its coordinators): who
//! may log in, with which roles, and invitations for new colleagues. The page lists the
//! users, one [`UserRow`] each, over the [`InviteForm`].

use shared::Role;
use shared::registry::{InviteUser, Invitee, UpdateUser, UserAdminList, UserAdminView};
use std::future::Future;
use yew::prelude::*;

use crate::api::ApiFailure;
use crate::components::{Button, ButtonKind, Field};
use crate::hooks::{ApiCall, use_api_call};
use crate::i18n::I18n;
use crate::labels::field_error_text;
use crate::pages::{edit, language_select};
use crate::t;

#[derive(Properties, PartialEq)]
pub struct UsersPageProps {
    /// The authority whose users are shown.
    pub authority: i32,
}

/// The users of one authority, and the invitation form.
#[function_component(UsersPage)]
pub fn users_page(props: &UsersPageProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let list = use_state(|| None::<UserAdminList>);
    let reload = use_state(|| 0u32);
    {
        // A failure keeps what is shown (the list, or the loading note) and is said in a toast.
        let list = list.clone();
        use_effect_with((props.authority, *reload), move |(authority, _)| {
            api.run(crate::api::users(*authority), move |found| {
                list.set(Some(found))
            });
        });
    }
    let Some(found) = &*list else {
        return html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> };
    };
    let onsaved = Callback::from(move |_| reload.set(*reload + 1));
    // The answer to an invitation is the list with the new user in it.
    let oninvited = {
        let list = list.clone();
        Callback::from(move |found| list.set(Some(found)))
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
            <InviteForm authority={props.authority} grantable={found.grantable.clone()} {oninvited} />
        </div>
    }
}

/// A checkbox for each role the user may grant, and for each role held that they may not
/// (shown, so a save does not silently drop it).
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

/// Runs one of a row's calls: the row is busy meanwhile; then `confirmation` is shown and the
/// list reloaded, or the failure is shown on the row.
fn run_row_call(
    api: &ApiCall,
    call: impl Future<Output = Result<(), ApiFailure>> + 'static,
    confirmation: String,
    failure: &UseStateHandle<Option<ApiFailure>>,
    onsaved: &Callback<()>,
) {
    let (cleared, refused) = (failure.clone(), failure.clone());
    let (toasts, onsaved) = (api.toasts().clone(), onsaved.clone());
    api.run_or(
        call,
        move |()| {
            cleared.set(None);
            toasts.info(confirmation);
            onsaved.emit(());
        },
        move |err| refused.set(Some(err)),
    );
}

#[derive(Properties, PartialEq)]
struct UserRowProps {
    user: UserAdminView,
    grantable: Vec<Role>,
    onsaved: Callback<()>,
}

/// One user, with their roles and whether they may log in, saved with one button.
#[function_component(UserRow)]
fn user_row(props: &UserRowProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let roles = use_state(|| props.user.roles.clone());
    let active = use_state(|| props.user.active);
    let failure = use_state(|| None::<ApiFailure>);
    let changed = *roles != props.user.roles || *active != props.user.active;
    let onsave = {
        let (roles, active, failure, api, i18n) = (
            roles.clone(),
            active.clone(),
            failure.clone(),
            api.clone(),
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
            let call = async move { crate::api::update_user(id, &body).await };
            run_row_call(&api, call, t!(i18n, "toast-saved"), &failure, &onsaved);
        })
    };
    let onresend = {
        let (failure, api, i18n, onsaved) = (
            failure.clone(),
            api.clone(),
            i18n.clone(),
            props.onsaved.clone(),
        );
        let id = props.user.id;
        Callback::from(move |_| {
            let confirmation = t!(i18n, "toast-invitation-resent");
            let call = crate::api::resend_invitation(id);
            run_row_call(&api, call, confirmation, &failure, &onsaved);
        })
    };
    let u = &props.user;
    let prefix = format!("user-{}", u.id.0);
    let errors: Vec<String> = failure
        .as_ref()
        .map(|f| {
            f.fields
                .iter()
                .map(|e| field_error_text(&i18n, e))
                .collect()
        })
        .unwrap_or_default();
    let busy = api.busy();
    html! {
        <li class="card user-card" id={prefix.clone()}>
            { user_who(&i18n, u) }
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
                <Button id={Some(AttrValue::from(format!("{prefix}-save")))} kind={ButtonKind::Secondary} {busy} onclick={onsave}>{ t!(i18n, "form-save") }</Button>
            }
            if u.invitation_pending && u.active {
                <Button id={Some(AttrValue::from(format!("{prefix}-resend")))} kind={ButtonKind::Ghost} {busy} onclick={onresend}>{ t!(i18n, "users-resend-invitation") }</Button>
            }
        </li>
    }
}

/// Who the user is: name, address, where their account stands, and who invited them.
fn user_who(i18n: &I18n, u: &UserAdminView) -> Html {
    let status = if u.invitation_expired {
        t!(i18n, "users-invitation-expired")
    } else if u.invitation_pending {
        t!(i18n, "users-pending")
    } else if u.active {
        t!(i18n, "users-active")
    } else {
        t!(i18n, "users-inactive")
    };
    html! {
        <div class="user-card__who">
            <strong>{ &u.display_name }</strong>
            <a href={format!("mailto:{}", u.email)}>{ &u.email }</a>
            <span class="muted">{ status }</span>
            if let Some(inviter) = &u.invited_by {
                <span class="muted">{ t!(i18n, "users-invited-by", name = inviter.clone()) }</span>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct InviteFormProps {
    authority: i32,
    /// The roles the administrator may grant.
    grantable: Vec<Role>,
    /// Called with the list of users the invitation's answer holds.
    oninvited: Callback<UserAdminList>,
}

/// Inviting a colleague: their address and name, the language of the invitation, and their
/// roles. After an invitation the form is empty again, keeping the language.
#[function_component(InviteForm)]
fn invite_form(props: &InviteFormProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let api = use_api_call();
    let invitee = use_state(|| Invitee {
        email: String::new(),
        display_name: String::new(),
        language: i18n.language(),
    });
    let roles = use_state(|| vec![Role::REQUEST_HANDLER]);
    let failure = use_state(|| None::<ApiFailure>);
    let error_for = |field: &str| {
        failure
            .as_ref()
            .and_then(|f| f.fields.iter().find(|e| e.field == field))
            .map(|e| AttrValue::from(field_error_text(&i18n, e)))
    };
    let on_invitee = |apply: fn(&mut Invitee, String)| edit(&invitee, apply);
    let on_language = edit(&invitee, |next, language| next.language = language);
    let oninvite = {
        let (invitee, roles, failure, api, i18n) = (
            invitee.clone(),
            roles.clone(),
            failure.clone(),
            api.clone(),
            i18n.clone(),
        );
        let (authority, oninvited) = (props.authority, props.oninvited.clone());
        Callback::from(move |event: SubmitEvent| {
            event.prevent_default();
            let body = InviteUser {
                invitee: (*invitee).clone(),
                roles: (*roles).clone(),
            };
            let language = body.invitee.language;
            let (invitee, cleared, refused) = (invitee.clone(), failure.clone(), failure.clone());
            let (oninvited, toasts, i18n) = (oninvited.clone(), api.toasts().clone(), i18n.clone());
            api.run_or(
                async move { crate::api::invite_user(authority, &body).await },
                move |found| {
                    cleared.set(None);
                    oninvited.emit(found);
                    invitee.set(Invitee {
                        email: String::new(),
                        display_name: String::new(),
                        language,
                    });
                    toasts.info(t!(i18n, "toast-invited"));
                },
                move |err| refused.set(Some(err)),
            );
        })
    };
    html! {
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
                    { role_boxes(&i18n, "invite", &props.grantable, &roles, { let roles = roles.clone(); Callback::from(move |next| roles.set(next)) }) }
                    if let Some(error) = error_for("roles") {
                        <p class="field__error">{ error }</p>
                    }
                </fieldset>
                <Button id={Some(AttrValue::from("invite-submit"))} submit=true busy={api.busy()}>{ t!(i18n, "users-invite") }</Button>
            </form>
        </section>
    }
}
