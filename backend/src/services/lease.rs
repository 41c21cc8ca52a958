//! Leases on jobs that must run on one instance at a time (`job_leases`): an instance takes a
//! job's lease when it is free or has expired, renews it while it works, and gives it back
//! when it is done. An instance that dies holding one holds it only until it expires; the
//! next instance to try then takes it over and the work carries on from what was committed.
//!
//! Taking a lease is one statement (an insert that, on conflict, overwrites only an expired
//! row), so two instances trying at once cannot both succeed, on SQLite or PostgreSQL.

use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::{Expr, OnConflict, Query};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter};

use crate::entities::job_lease;
use crate::error::Result;

/// A lease this instance holds.
#[derive(Debug, Clone)]
pub struct Lease {
    name: String,
    holder: String,
    ttl: Duration,
}

impl Lease {
    /// Takes the lease `name` for `ttl` from `now` if nobody holds it: `None` when another
    /// holder's lease has not expired.
    pub async fn take(
        db: &impl ConnectionTrait,
        name: &str,
        now: DateTime<Utc>,
        ttl: Duration,
    ) -> Result<Option<Lease>> {
        let holder = uuid::Uuid::new_v4().simple().to_string();
        let expires = (now + ttl).timestamp_millis();
        let insert = Query::insert()
            .into_table(job_lease::Entity)
            .columns([
                job_lease::Column::Name,
                job_lease::Column::Holder,
                job_lease::Column::ExpiresAtMs,
            ])
            .values_panic([name.into(), holder.clone().into(), expires.into()])
            .on_conflict(
                OnConflict::column(job_lease::Column::Name)
                    .update_columns([job_lease::Column::Holder, job_lease::Column::ExpiresAtMs])
                    .action_and_where(
                        Expr::col((job_lease::Entity, job_lease::Column::ExpiresAtMs))
                            .lte(now.timestamp_millis()),
                    )
                    .to_owned(),
            )
            .to_owned();
        let backend = db.get_database_backend();
        let taken = db.execute(backend.build(&insert)).await?.rows_affected() == 1;
        Ok(taken.then(|| Lease {
            name: name.to_owned(),
            holder,
            ttl,
        }))
    }

    /// Extends the lease from `now`; `false` when it was lost (it expired and another
    /// instance took it), in which case the caller must stop.
    pub async fn renew(&self, db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<bool> {
        let renewed = job_lease::Entity::update_many()
            .col_expr(
                job_lease::Column::ExpiresAtMs,
                Expr::value((now + self.ttl).timestamp_millis()),
            )
            .filter(job_lease::Column::Name.eq(&self.name))
            .filter(job_lease::Column::Holder.eq(&self.holder))
            .exec(db)
            .await?;
        Ok(renewed.rows_affected == 1)
    }

    /// Gives the lease back, so the next run need not wait for it to expire.
    pub async fn release(self, db: &impl ConnectionTrait) -> Result<()> {
        job_lease::Entity::update_many()
            .col_expr(job_lease::Column::ExpiresAtMs, Expr::value(0i64))
            .filter(job_lease::Column::Name.eq(&self.name))
            .filter(job_lease::Column::Holder.eq(&self.holder))
            .exec(db)
            .await?;
        Ok(())
    }

    /// Who holds it (for the run's record).
    pub fn holder(&self) -> &str {
        &self.holder
    }
}
