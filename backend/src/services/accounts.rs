use sea_orm::{ActiveModelTrait, DatabaseConnection, EntityTrait, Set};
use shared::dto::{AuthoritySummary, Me, Organisation};
use shared::registry::CoordinatorKind;
use shared::{AuthorityId, CountryCode, LanguageCode, UserId};

use crate::auth::{Member, roles_of};
use crate::entities::{authority, user};
use crate::error::{AppError, Result};

/// The `Me` view of a user.
pub async fn me(db: &DatabaseConnection, user_id: i32) -> Result<Me> {
    let user = user::Entity::find_by_id(user_id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let organisation = match Member::of(&user)? {
        Member::Authority(id) => Organisation::Authority(summary(db, id).await?),
        Member::Commission => Organisation::Commission,
    };
    let roles = roles_of(db, user_id).await?;
    let second_factor = crate::services::second_factor::status(db, &user, &roles).await?;
    Ok(Me {
        second_factor,
        id: UserId(user.id),
        email: user.email,
        display_name: user.display_name,
        language: user
            .language
            .as_deref()
            .and_then(|code| LanguageCode::parse(code).ok()),
        roles,
        organisation,
    })
}

/// How an official's authority is shown beside their name.
async fn summary(db: &DatabaseConnection, id: AuthorityId) -> Result<AuthoritySummary> {
    let authority = authority::Entity::find_by_id(id.0)
        .one(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no authority {}", id.0))?;
    let country = CountryCode::parse(&authority.country)
        .map_err(|err| anyhow::anyhow!("authority {}: {err}", authority.id))?;
    Ok(AuthoritySummary {
        id,
        name: authority.name,
        country,
        allocation_enabled: authority.allocation_enabled,
        coordinator: authority
            .coordinator
            .as_deref()
            .and_then(CoordinatorKind::parse),
    })
}

/// Stores the user's interface language.
pub async fn set_language(
    db: &DatabaseConnection,
    user_id: i32,
    language: LanguageCode,
) -> Result<()> {
    user::ActiveModel {
        id: Set(user_id),
        language: Set(Some(language.as_str().to_owned())),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}

/// The active request handlers of an authority, by name.
pub async fn handlers(
    db: &DatabaseConnection,
    authority: AuthorityId,
) -> Result<Vec<shared::dto::UserRef>> {
    use sea_orm::{ColumnTrait, QueryFilter, QueryOrder};
    let with_role: Vec<i32> = crate::entities::user_role::Entity::find()
        .filter(crate::entities::user_role::Column::Role.eq(shared::Role::REQUEST_HANDLER.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| r.user_id)
        .collect();
    Ok(user::Entity::find()
        .filter(user::Column::AuthorityId.eq(authority.0))
        .filter(user::Column::Active.eq(true))
        .filter(user::Column::Id.is_in(with_role))
        .order_by_asc(user::Column::DisplayName)
        .all(db)
        .await?
        .into_iter()
        .map(|u| shared::dto::UserRef {
            id: UserId(u.id),
            name: u.display_name,
        })
        .collect())
}

/// Switches allocation on or off for an authority.
pub async fn set_allocation(
    db: &DatabaseConnection,
    authority_id: AuthorityId,
    enabled: bool,
) -> Result<()> {
    authority::ActiveModel {
        id: Set(authority_id.0),
        allocation_enabled: Set(enabled),
        updated_at: Set(chrono::Utc::now()),
        ..Default::default()
    }
    .update(db)
    .await?;
    Ok(())
}
