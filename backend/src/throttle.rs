//! The log-in throttle: failed attempts counted per client address and per (account, client
//! address) pair, in the database so that several instances slow an attacker down together.
//!
//! Each attempt is counted *before* its password is verified, in one atomic statement that
//! also refuses it while its key is blocked. So a burst of parallel guesses cannot all slip
//! through between a read and a write, and the password hashing an unauthenticated client can
//! cause is bounded by the same counter. An attempt whose password turns out right is then
//! taken back: the pair's count starts again and the client's loses that one attempt.
//!
//! Keys are SHA-256 digests, so the table holds neither addresses nor e-mails and every key
//! has the same size whatever a client sends. Rows untouched for a day are purged
//! (`services::maintenance`).
//!
//! Why per pair and per client, not per account: an account-wide count lets anyone lock a
//! victim out with a few wrong passwords. A pair count slows guessing at one account from one
//! client without touching the victim's own client; the client count bounds how many
//! accounts (and how much hashing) one client can try.

use chrono::{DateTime, Utc};
use sea_orm::sea_query::{Expr, OnConflict, Query};
use sea_orm::{ConnectionTrait, EntityTrait};
use sha2::{Digest, Sha256};

use crate::client_addr::ClientNet;
use crate::entities::login_attempt;
use crate::error::{AppError, Result};

/// How many attempts a key may fail before each further one must wait, and the longest wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Policy {
    /// Failures allowed before waits start.
    pub free: i64,
    /// The longest wait between attempts, in seconds.
    pub max_wait: i64,
}

/// One account from one client: a few tries, for typing mistakes.
pub const PAIR: Policy = Policy {
    free: 5,
    max_wait: 15 * 60,
};

/// One client address over all accounts: an office behind one address has many users, so
/// more, but not an unbounded number of accounts or hashes.
pub const CLIENT: Policy = Policy {
    free: 30,
    max_wait: 15 * 60,
};

/// After a day without attempts a key starts afresh (and its row may be purged).
pub const FORGET_AFTER_SECONDS: i64 = 24 * 60 * 60;

impl Policy {
    /// The wait after the `failures`-th failure: none within the free failures, then 1 s,
    /// 2 s, 4 s... doubling up to `max_wait`.
    pub fn wait_after(self, failures: i64) -> i64 {
        if failures < self.free {
            return 0;
        }
        let exponent = u32::try_from(failures - self.free)
            .unwrap_or(u32::MAX)
            .min(30);
        (1i64 << exponent).min(self.max_wait)
    }

    /// The same in milliseconds as SQL over the column expression `failures`, so the
    /// database computes the new block in the statement that counts the attempt.
    fn wait_sql(self, failures: &str) -> String {
        let mut sql = format!("CASE WHEN {failures} < {} THEN 0", self.free);
        let mut n = self.free;
        loop {
            let wait = self.wait_after(n);
            if wait >= self.max_wait {
                break;
            }
            sql.push_str(&format!(" WHEN {failures} = {n} THEN {}", wait * 1000));
            n += 1;
        }
        sql.push_str(&format!(" ELSE {} END", self.max_wait * 1000));
        sql
    }
}

/// A throttled key: what it counts and under which policy.
#[derive(Debug, Clone)]
pub struct Key {
    digest: String,
    policy: Policy,
}

impl Key {
    /// Attempts from one client address, whatever the account.
    pub fn client(client: &ClientNet) -> Key {
        Key {
            digest: digest(&["client", &client.to_string()]),
            policy: CLIENT,
        }
    }

    /// Attempts at one account (by normalised e-mail) from one client address.
    pub fn pair(email: &str, client: &ClientNet) -> Key {
        Key {
            digest: digest(&["pair", email, &client.to_string()]),
            policy: PAIR,
        }
    }
}

fn digest(parts: &[&str]) -> String {
    let mut hasher = Sha256::new();
    for part in parts {
        // The separator cannot occur in a part's bytes as UTF-8 text.
        hasher.update(part.as_bytes());
        hasher.update([0xff]);
    }
    hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// When a key stays blocked: `now_ms` plus the wait, or 0 (never) without a wait. Not `now_ms`
/// itself: parallel attempts read the clock before they reach the database, so a later
/// statement may carry an earlier time, and a "block" ending at the previous attempt's time
/// would refuse it although the policy allows it.
fn blocked_until(now_ms: i64, wait_ms: i64) -> i64 {
    if wait_ms == 0 { 0 } else { now_ms + wait_ms }
}

/// Counts an attempt against `key` unless the key is blocked; when it is, the error says how
/// long to wait. One statement, so concurrent attempts are counted one by one.
pub async fn count(db: &impl ConnectionTrait, key: &Key, now: DateTime<Utc>) -> Result<()> {
    use login_attempt::Column as C;
    // Milliseconds: a block of one second must last a second, wherever in a second it began.
    let now_ms = now.timestamp_millis();
    let stale = now_ms - FORGET_AFTER_SECONDS * 1000;
    let table = "login_attempts";
    // The new count: one more, or a fresh start after a quiet day.
    let next = format!("CASE WHEN {table}.last_at < {stale} THEN 1 ELSE {table}.failures + 1 END");
    let insert = Query::insert()
        .into_table(login_attempt::Entity)
        .columns([C::Key, C::Failures, C::BlockedUntil, C::LastAt])
        .values_panic([
            key.digest.clone().into(),
            1i64.into(),
            blocked_until(now_ms, key.policy.wait_after(1) * 1000).into(),
            now_ms.into(),
        ])
        .on_conflict(
            OnConflict::column(C::Key)
                .values([
                    (C::Failures, Expr::cust(next.clone())),
                    (
                        C::BlockedUntil,
                        Expr::cust(format!(
                            "CASE WHEN ({wait}) = 0 THEN 0 ELSE {now_ms} + ({wait}) END",
                            wait = key.policy.wait_sql(&next)
                        )),
                    ),
                    (C::LastAt, Expr::val(now_ms).into()),
                ])
                .action_and_where(Expr::cust(format!("{table}.blocked_until <= {now_ms}")))
                .to_owned(),
        )
        .returning_col(C::Failures)
        .to_owned();
    let backend = db.get_database_backend();
    if db.query_one(backend.build(&insert)).await?.is_some() {
        return Ok(());
    }
    // Blocked: nothing was counted; say how long is left.
    let blocked_until = login_attempt::Entity::find_by_id(key.digest.clone())
        .one(db)
        .await?
        .map_or(now_ms + 1000, |row| row.blocked_until);
    // Whole seconds, rounded up, as `Retry-After` counts.
    let seconds = (blocked_until - now_ms + 999) / 1000;
    Err(AppError::TooManyAttempts {
        retry_after: u64::try_from(seconds).unwrap_or(1).max(1),
    })
}

/// Takes back the attempt counted against a pair whose password was right: it starts afresh.
pub async fn forget(db: &impl ConnectionTrait, key: &Key) -> Result<()> {
    login_attempt::Entity::delete_by_id(key.digest.clone())
        .exec(db)
        .await?;
    Ok(())
}

/// Takes back one attempt counted against a client whose password was right, keeping the
/// others: a client cannot wipe its failures at other accounts by logging in to its own.
pub async fn refund(db: &impl ConnectionTrait, key: &Key) -> Result<()> {
    use login_attempt::Column as C;
    use sea_orm::{ColumnTrait, QueryFilter};
    login_attempt::Entity::update_many()
        .col_expr(C::Failures, Expr::col(C::Failures).sub(1))
        .filter(C::Key.eq(key.digest.clone()))
        .filter(C::Failures.gt(0))
        .exec(db)
        .await?;
    Ok(())
}

/// Removes the rows of keys quiet for longer than [`FORGET_AFTER_SECONDS`] and no longer
/// blocked. Returns how many.
pub async fn purge(db: &impl ConnectionTrait, now: DateTime<Utc>) -> Result<u64> {
    use login_attempt::Column as C;
    use sea_orm::{ColumnTrait, QueryFilter};
    let now_ms = now.timestamp_millis();
    let deleted = login_attempt::Entity::delete_many()
        .filter(C::LastAt.lt(now_ms - FORGET_AFTER_SECONDS * 1000))
        .filter(C::BlockedUntil.lte(now_ms))
        .exec(db)
        .await?;
    Ok(deleted.rows_affected)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn waits_double_after_the_free_failures() {
        assert_eq!(PAIR.wait_after(4), 0);
        assert_eq!(PAIR.wait_after(5), 1);
        assert_eq!(PAIR.wait_after(7), 4);
        assert_eq!(PAIR.wait_after(40), 900);
        assert_eq!(CLIENT.wait_after(29), 0);
        assert_eq!(CLIENT.wait_after(30), 1);
    }

    #[test]
    fn the_sql_case_lists_every_wait_below_the_cap() {
        let sql = PAIR.wait_sql("f");
        assert!(
            sql.starts_with("CASE WHEN f < 5 THEN 0 WHEN f = 5 THEN 1000"),
            "{sql}"
        );
        assert!(sql.contains("WHEN f = 14 THEN 512000"), "{sql}");
        assert!(sql.ends_with("ELSE 900000 END"), "{sql}");
    }

    #[test]
    fn keys_are_fixed_size_digests() {
        let client = ClientNet::from_ip("203.0.113.7".parse().unwrap());
        let long = "a".repeat(10_000);
        assert_eq!(Key::pair(&long, &client).digest.len(), 64);
        assert_ne!(
            Key::pair("a@b.example", &client).digest,
            Key::client(&client).digest
        );
    }
}
