//! Who may see an alert and from which sides.

use super::*;

/// An alert the caller may see, with their sides of it.
pub struct VisibleAlert {
    /// The alert.
    pub row: alert::Model,
    /// Its state.
    pub state: AlertState,
    /// Its kind.
    pub kind: Kind,
    /// The caller's sides.
    pub sides: Vec<AlertSide>,
    /// The caller's roles.
    pub roles: Vec<Role>,
    /// For a receiving coordinator, the country they act for.
    pub coordinated_country: Option<CountryCode>,
}

impl VisibleAlert {
    /// The caller as `shared::alert` sees them.
    pub fn actor(&self) -> AlertActor {
        AlertActor::new(self.sides.iter().copied(), self.roles.iter().copied())
    }

    /// Whether the caller may read whom the alert is about: a need to know (not an
    /// observer, unless the kind gives the Commission personal data), and the data is
    /// neither blocked nor erased.
    pub fn personal_data_visible(&self) -> bool {
        let needs_to_know = self.actor().needs_to_know()
            || (self.sides == [AlertSide::Observer]
                && self.kind.commission == shared::alert::CommissionCopy::WithPersonalData);
        needs_to_know && self.row.blocked_at.is_none() && self.row.erased_at.is_none()
    }

    /// Whether the caller follows the delivery of `country`: the sending side every
    /// country's, a receiving coordinator their own.
    pub fn follows(&self, country: CountryCode) -> bool {
        self.sides
            .iter()
            .any(|side| matches!(side, AlertSide::Sender | AlertSide::SendingCoordinator))
            || self.coordinated_country == Some(country)
    }
}

/// Loads an alert and works out the caller's sides; an alert the caller may not see is
/// reported as not found, so ids reveal nothing.
pub async fn load(app: &AppState, account: &Account, id: i32) -> Result<VisibleAlert> {
    let db = &app.db;
    let row = alert::Entity::find_by_id(id)
        .one(db)
        .await?
        .ok_or(AppError::NotFound)?;
    let state = state_of(&row)?;
    let kind = super::kind_of(app, &row)?.clone();
    let mut sides = Vec::new();
    let mut coordinated_country = None;
    match account.member {
        Member::Commission => {
            if row.sent_at.is_some()
                && kind.reaches_commission()
                && account.roles.contains(&Role::COMMISSION_OBSERVER)
            {
                sides.push(AlertSide::Observer);
            }
        }
        Member::Authority(own) => {
            if row.sender_id == own.0 {
                sides.push(AlertSide::Sender);
            }
            let user = AuthUser::official(account.clone()).ok_or(AppError::NotFound)?;
            let area = LegislativeArea::parse(&row.area)
                .map_err(|err| anyhow::anyhow!("alert {}: {err}", row.id))?;
            if let Some(scope) =
                crate::services::registry::coordinatorship_as(db, &user, Role::ALERT_COORDINATOR)
                    .await?
                && scope.covers(area)
            {
                if scope.country.as_str() == row.country && state != AlertState::Draft {
                    sides.push(AlertSide::SendingCoordinator);
                }
                if row.sent_at.is_some()
                    && alert_country::Entity::find_by_id((
                        row.id,
                        scope.country.as_str().to_owned(),
                    ))
                    .one(db)
                    .await?
                    .is_some()
                {
                    sides.push(AlertSide::ReceivingCoordinator);
                    coordinated_country = Some(scope.country);
                }
            }
            if alert_recipient::Entity::find_by_id((row.id, own.0))
                .one(db)
                .await?
                .is_some()
            {
                sides.push(AlertSide::Recipient);
            }
        }
    }
    if sides.is_empty() {
        return Err(AppError::NotFound);
    }
    Ok(VisibleAlert {
        row,
        state,
        kind,
        sides,
        roles: account.roles.clone(),
        coordinated_country,
    })
}

/// Checks that the caller saw the version the alert is at.
pub(super) fn check_version(visible: &VisibleAlert, version: i32) -> Result<()> {
    if visible.row.version == version {
        Ok(())
    } else {
        Err(AppError::AlertConflict {
            current: visible.state,
        })
    }
}

/// The guarded write every change starts its transaction with: the alert's new state and
/// version, on the version that was read; no row means someone else acted first, and the
/// caller learns the state they left.
pub(super) async fn claim(
    txn: &DatabaseTransaction,
    row: &alert::Model,
    changes: impl FnOnce(sea_orm::UpdateMany<alert::Entity>) -> sea_orm::UpdateMany<alert::Entity>,
) -> Result<i32> {
    let version = row.version + 1;
    let update = alert::Entity::update_many()
        .col_expr(alert::Column::Version, Expr::value(version))
        .filter(alert::Column::Id.eq(row.id))
        .filter(alert::Column::Version.eq(row.version));
    let done = changes(update).exec(txn).await?;
    if done.rows_affected == 0 {
        let current = alert::Entity::find_by_id(row.id)
            .one(txn)
            .await?
            .ok_or(AppError::NotFound)?;
        return Err(AppError::AlertConflict {
            current: state_of(&current)?,
        });
    }
    Ok(version)
}

/// The guard of an action that changes only its country's or authority's rows: the
/// transaction's first statement, an `UPDATE` that changes nothing but matches only while the
/// alert is in force (the same state the caller saw). It takes SQLite's write lock at once and
/// PostgreSQL's row lock, so a withdrawal or closure at the same time waits for it or makes it
/// find no row, and the caller learns the state that ended it.
pub(super) async fn hold(txn: &DatabaseTransaction, row: &alert::Model) -> Result<()> {
    let held = alert::Entity::update_many()
        .col_expr(alert::Column::State, Expr::col(alert::Column::State).into())
        .filter(alert::Column::Id.eq(row.id))
        .filter(alert::Column::State.eq(row.state.as_str()))
        .exec(txn)
        .await?;
    if held.rows_affected == 0 {
        let current = alert::Entity::find_by_id(row.id)
            .one(txn)
            .await?
            .ok_or(AppError::NotFound)?;
        return Err(AppError::AlertConflict {
            current: state_of(&current)?,
        });
    }
    Ok(())
}
