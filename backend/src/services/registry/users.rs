//! An authority's users: invitations, roles, and keeping one active local
//! administrator.

use super::*;
use crate::auth::Member;

pub(super) fn field_error(field: &str, code: FieldCode) -> FieldError {
    FieldError::new(field, code)
}

pub(super) async fn email_taken(db: &impl ConnectionTrait, email: &str) -> Result<bool> {
    Ok(user::Entity::find()
        .filter(user::Column::Email.eq(email.trim().to_lowercase()))
        .one(db)
        .await?
        .is_some())
}

/// Creates an invited user with `roles` and queues the invitation e-mail; inside the caller's
/// transaction. `email_field` names the address in the refusal when another call took it
/// between the caller's check and this insert (the unique index decides).
#[allow(clippy::too_many_arguments)]
pub(super) async fn invite(
    db: &impl ConnectionTrait,
    state: &AppState,
    inviter: &AuthUser,
    authority_id: i32,
    authority_name: &str,
    invitee: &Invitee,
    roles: &[Role],
    email_field: &str,
) -> Result<i32> {
    let token = new_token();
    let now = Utc::now();
    let email = invitee.email.trim().to_lowercase();
    let created = user::ActiveModel {
        authority_id: Set(Some(authority_id)),
        organisation: Set(Member::Authority(AuthorityId(authority_id))
            .code()
            .to_owned()),
        email: Set(email.clone()),
        display_name: Set(invitee.display_name.trim().to_owned()),
        // No password until the invitation is accepted; log-in refuses an empty hash.
        password_hash: Set(String::new()),
        language: Set(Some(invitee.language.as_str().to_owned())),
        active: Set(true),
        created_at: Set(now),
        invited_by: Set(Some(inviter.user_id.0)),
        invitation_hash: Set(Some(hash_token(&token))),
        invitation_expires_at: Set(Some(now + Duration::days(INVITATION_DAYS))),
        ..Default::default()
    }
    .insert(db)
    .await
    .map_err(|err| match err.sql_err() {
        Some(sea_orm::SqlErr::UniqueConstraintViolation(_)) => {
            AppError::Validation(vec![field_error(email_field, FieldCode::Taken)])
        }
        _ => err.into(),
    })?;
    for role in roles {
        user_role::ActiveModel {
            user_id: Set(created.id),
            role: Set(role.as_str().to_owned()),
        }
        .insert(db)
        .await?;
    }
    let invitee = Invitee {
        email,
        ..invitee.clone()
    };
    mail_invitation(
        db,
        state,
        &inviter.display_name,
        authority_name,
        &invitee,
        &token,
    )
    .await?;
    Ok(created.id)
}

/// Queues the invitation e-mail with its one-time link, in the invitee's language.
pub(super) async fn mail_invitation(
    db: &impl ConnectionTrait,
    state: &AppState,
    inviter_name: &str,
    authority_name: &str,
    invitee: &Invitee,
    token: &str,
) -> Result<()> {
    let link = format!(
        "{}/invitation/{token}",
        state.config.public_url.trim_end_matches('/')
    );
    let messages = &state.messages;
    let language = invitee.language;
    let subject = messages.text(
        language,
        "email-invitation-subject",
        &[("authority", authority_name.into())],
    );
    let body = messages.text(
        language,
        "email-invitation-body",
        &[
            ("name", invitee.display_name.trim().into()),
            ("inviter", inviter_name.into()),
            ("authority", authority_name.into()),
            ("link", link.into()),
            ("days", INVITATION_DAYS.into()),
        ],
    );
    notifications::mail(db, state.clock.now(), &invitee.email, subject, body, None).await?;
    Ok(())
}

/// Sends a user who has not accepted their invitation a new one: a new link, valid for
/// [`INVITATION_DAYS`] from now; the earlier link stops working.
pub async fn resend_invitation(state: &AppState, user: &AuthUser, user_id: i32) -> Result<()> {
    let invitee = user::Entity::find_by_id(user_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    // No authority manages the Commission's staff: for them there is nothing to find.
    let invitee_authority = invitee.authority_id.ok_or(AppError::NotFound)?;
    let target = managed_authority(state, user, invitee_authority).await?.row;
    let token = new_token();
    let (_turn, txn) = state.begin_write().await?;
    // Only while still pending and the user may log in, decided by the update itself: an
    // acceptance that lands first wins, and this sends nothing.
    let renewed = user::Entity::update_many()
        .col_expr(
            user::Column::InvitationHash,
            sea_orm::sea_query::Expr::value(hash_token(&token)),
        )
        .col_expr(
            user::Column::InvitationExpiresAt,
            sea_orm::sea_query::Expr::value(Utc::now() + Duration::days(INVITATION_DAYS)),
        )
        .filter(user::Column::Id.eq(user_id))
        .filter(user::Column::InvitationHash.is_not_null())
        .filter(user::Column::Active.eq(true))
        .exec(&txn)
        .await?;
    if renewed.rows_affected == 0 {
        return Err(AppError::Validation(vec![field_error(
            "invitation",
            FieldCode::NotAllowed,
        )]));
    }
    let language = invitee
        .language
        .as_deref()
        .and_then(|code| LanguageCode::parse(code).ok())
        .unwrap_or(LanguageCode::ENGLISH);
    let recipient = Invitee {
        email: invitee.email.clone(),
        display_name: invitee.display_name.clone(),
        language,
    };
    mail_invitation(
        &txn,
        state,
        &user.display_name,
        &target.name,
        &recipient,
        &token,
    )
    .await?;
    audit(
        &txn,
        state,
        user,
        "invitation_resent",
        serde_json::json!({ "user_id": user_id, "authority_id": target.id }),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

pub(super) async fn roles_by_user(
    db: &impl ConnectionTrait,
    users: &[i32],
) -> Result<HashMap<i32, Vec<Role>>> {
    let mut roles: HashMap<i32, Vec<Role>> = HashMap::new();
    for row in user_role::Entity::find()
        .filter(user_role::Column::UserId.is_in(users.iter().copied()))
        .all(db)
        .await?
    {
        if let Ok(role) = Role::parse(&row.role) {
            roles.entry(row.user_id).or_default().push(role);
        }
    }
    for list in roles.values_mut() {
        list.sort_by_key(|r| Role::all().position(|o| o == *r));
    }
    Ok(roles)
}

/// An authority whose users the caller manages.
pub(super) struct Managed {
    row: authority::Model,
    /// Whether the caller's right comes from its coordinatorship (rather than from being
    /// one of the authority's own administrators).
    from_above: bool,
}

/// Loads `target` and checks the caller manages its users. An authority the caller may not
/// manage answers as if it did not exist, like one that does not, so that ids reveal
/// nothing.
pub(super) async fn managed_authority(
    state: &AppState,
    user: &AuthUser,
    target: i32,
) -> Result<Managed> {
    let found = authority::Entity::find_by_id(target)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let scope = coordinatorship(&state.db, user).await?;
    let areas = areas_of(&state.db, target).await?;
    let country = country_of(&found)?;
    if !manages_users(user, scope.as_ref(), &found, country, &areas) {
        return Err(AppError::NotFound);
    }
    let from_above = manages_from_above(scope.as_ref(), &found, country, &areas);
    Ok(Managed {
        row: found,
        from_above,
    })
}

/// The roles the caller may give in `authority`.
pub(super) fn grantable(authority: &authority::Model, user: &AuthUser) -> Vec<Role> {
    let coordinates = authority.coordinator.is_some();
    Role::all()
        .filter(|r| may_grant(*r, coordinates, &user.roles))
        .collect()
}

/// The users of an authority, for its administrators.
pub async fn users(state: &AppState, user: &AuthUser, authority_id: i32) -> Result<UserAdminList> {
    let target = managed_authority(state, user, authority_id).await?.row;
    let rows = user::Entity::find()
        .filter(user::Column::AuthorityId.eq(authority_id))
        .order_by_asc(user::Column::DisplayName)
        .all(&state.db)
        .await?;
    let ids: Vec<i32> = rows.iter().map(|u| u.id).collect();
    let mut roles = roles_by_user(&state.db, &ids).await?;
    let inviter_ids: HashSet<i32> = rows.iter().filter_map(|u| u.invited_by).collect();
    let inviters: HashMap<i32, String> = user::Entity::find()
        .filter(user::Column::Id.is_in(inviter_ids))
        .all(&state.db)
        .await?
        .into_iter()
        .map(|u| (u.id, u.display_name))
        .collect();
    let users = rows
        .into_iter()
        .map(|u| UserAdminView {
            id: UserId(u.id),
            roles: roles.remove(&u.id).unwrap_or_default(),
            invitation_pending: u.invitation_hash.is_some(),
            invitation_expired: u.invitation_hash.is_some()
                && u.invitation_expires_at.is_none_or(|at| at <= Utc::now()),
            invited_by: u.invited_by.and_then(|i| inviters.get(&i).cloned()),
            language: u
                .language
                .as_deref()
                .and_then(|l| LanguageCode::parse(l).ok()),
            email: u.email,
            display_name: u.display_name,
            active: u.active,
        })
        .collect();
    Ok(UserAdminList {
        grantable: grantable(&target, user),
        users,
    })
}

pub(super) fn check_roles(roles: &[Role], allowed: &[Role], held: &[Role]) -> Vec<FieldError> {
    let mut errors = Vec::new();
    if roles.is_empty() {
        errors.push(field_error("roles", FieldCode::Missing));
    } else if roles
        .iter()
        .any(|r| !allowed.contains(r) && !held.contains(r))
    {
        errors.push(field_error("roles", FieldCode::NotAllowed));
    } else if roles.iter().collect::<HashSet<_>>().len() != roles.len() {
        errors.push(field_error("roles", FieldCode::Duplicate));
    }
    errors
}

/// Invites a user into an authority.
pub async fn invite_user(
    state: &AppState,
    user: &AuthUser,
    authority_id: i32,
    body: InviteUser,
) -> Result<UserId> {
    let target = managed_authority(state, user, authority_id).await?.row;
    let mut errors = check_invitee(&body.invitee, "");
    errors.extend(check_roles(&body.roles, &grantable(&target, user), &[]));
    if errors.is_empty() && email_taken(&state.db, &body.invitee.email).await? {
        errors.push(field_error("email", FieldCode::Taken));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let (_turn, txn) = state.begin_write().await?;
    let id = invite(
        &txn,
        state,
        user,
        authority_id,
        &target.name,
        &body.invitee,
        &body.roles,
        "email",
    )
    .await?;
    audit(
        &txn,
        state,
        user,
        "user_invited",
        serde_json::json!({ "user_id": id, "authority_id": authority_id }),
    )
    .await?;
    txn.commit().await?;
    Ok(UserId(id))
}

/// Changes a user's name, roles or whether they may log in. An authority always keeps one
/// active local administrator, and nobody locks themselves out.
pub async fn update_user(
    state: &AppState,
    user: &AuthUser,
    user_id: i32,
    body: UpdateUser,
) -> Result<()> {
    let target_user = user::Entity::find_by_id(user_id)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    let Managed {
        row: target,
        from_above,
    } = managed_authority(
        state,
        user,
        target_user.authority_id.ok_or(AppError::NotFound)?,
    )
    .await?;
    let held = roles_by_user(&state.db, &[user_id])
        .await?
        .remove(&user_id)
        .unwrap_or_default();
    let mut errors = check_roles(&body.roles, &grantable(&target, user), &held);
    errors.extend(shared::registry::check_display_name(
        "display_name",
        &body.display_name,
    ));
    if user_id == user.user_id.0 && !body.active {
        errors.push(field_error("active", FieldCode::SelfTarget));
    }
    if !errors.is_empty() {
        return Err(AppError::Validation(errors));
    }
    let (_turn, txn) = state.begin_write().await?;
    // A no-op write on the authority's row first: it serialises the changes to one
    // authority's users (a row lock on PostgreSQL, the write lock on SQLite), so two
    // administrators demoting each other at once cannot both pass the check below.
    authority::Entity::update_many()
        .col_expr(
            authority::Column::Revision,
            Expr::col(authority::Column::Revision).into(),
        )
        .filter(authority::Column::Id.eq(target.id))
        .exec(&txn)
        .await?;
    let administrators_before = active_administrators(&txn, target.id).await?;
    user_role::Entity::delete_many()
        .filter(user_role::Column::UserId.eq(user_id))
        .exec(&txn)
        .await?;
    for role in &body.roles {
        user_role::ActiveModel {
            user_id: Set(user_id),
            role: Set(role.as_str().to_owned()),
        }
        .insert(&txn)
        .await?;
    }
    let mut model: user::ActiveModel = target_user.clone().into();
    model.display_name = Set(body.display_name.trim().to_owned());
    model.active = Set(body.active);
    model.update(&txn).await?;
    if !body.active {
        session::Entity::delete_many()
            .filter(session::Column::UserId.eq(user_id))
            .exec(&txn)
            .await?;
    }
    // A deactivated user's streams end; a changed role may change what they count.
    state
        .live
        .publish(&txn, &[crate::live::Change::User(user_id)])
        .await?;
    // Counted inside the transaction, before and after the change.
    let administrators_after = active_administrators(&txn, target.id).await?;
    if !keeps_administration(administrators_before, administrators_after, from_above) {
        let field = if body.active { "roles" } else { "active" };
        return Err(AppError::field(field, FieldCode::LastAdministrator));
    }
    audit(
        &txn,
        state,
        user,
        "user_updated",
        serde_json::json!({
            "user_id": user_id,
            "roles": body.roles,
            "active": body.active,
        }),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// How many active local administrators `authority` has.
pub(super) async fn active_administrators(
    db: &impl ConnectionTrait,
    authority: i32,
) -> Result<usize> {
    use sea_orm::PaginatorTrait;
    let count = user::Entity::find()
        .filter(user::Column::AuthorityId.eq(authority))
        .filter(user::Column::Active.eq(true))
        .filter(
            user::Column::Id.in_subquery(
                sea_orm::sea_query::Query::select()
                    .column(user_role::Column::UserId)
                    .from(user_role::Entity)
                    .and_where(user_role::Column::Role.eq(Role::LOCAL_ADMINISTRATOR.as_str()))
                    .to_owned(),
            ),
        )
        .count(db)
        .await?;
    Ok(usize::try_from(count).unwrap_or(usize::MAX))
}

pub(super) async fn pending_invitation(
    db: &DatabaseConnection,
    token: &str,
) -> Result<user::Model> {
    user::Entity::find()
        .filter(user::Column::InvitationHash.eq(hash_token(token)))
        .one(db)
        .await?
        .filter(|u| u.active && u.invitation_expires_at.is_some_and(|at| at > Utc::now()))
        .ok_or(AppError::NotFound)
}

/// What an invitation link shows.
pub async fn invitation(state: &AppState, token: &str) -> Result<InvitationView> {
    let invited = pending_invitation(&state.db, token).await?;
    let authority = authority::Entity::find_by_id(invited.authority_id.ok_or(AppError::NotFound)?)
        .one(&state.db)
        .await?
        .ok_or(AppError::NotFound)?;
    Ok(InvitationView {
        email: invited.email,
        display_name: invited.display_name,
        country: country_of(&authority)?,
        authority_name: authority.name,
        language: invited
            .language
            .as_deref()
            .and_then(|l| LanguageCode::parse(l).ok()),
    })
}

/// Accepts an invitation: sets the password and ends the invitation. Returns the user's id.
pub async fn accept_invitation(state: &AppState, token: &str, password: &str) -> Result<i32> {
    let invited = pending_invitation(&state.db, token).await?;
    crate::auth::check_new_password(
        "password",
        password,
        &[&invited.email, &invited.display_name],
    )?;
    let hash = crate::auth::hash_password_blocking(password).await?;
    // Guarded by the token's hash, so a link used twice at once sets one password.
    let changed = user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(hash))
        .col_expr(
            user::Column::InvitationHash,
            Expr::value(Option::<String>::None),
        )
        .col_expr(
            user::Column::InvitationExpiresAt,
            Expr::value(Option::<chrono::DateTime<Utc>>::None),
        )
        .filter(user::Column::Id.eq(invited.id))
        .filter(user::Column::InvitationHash.eq(hash_token(token)))
        .exec(&state.db)
        .await?;
    if changed.rows_affected == 0 {
        return Err(AppError::NotFound);
    }
    Ok(invited.id)
}
