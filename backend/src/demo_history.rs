//! The demo's history: requests of the past months among the demo authorities, each made
//! through the services as an official would (composed, sent, accepted, answered, closed with
//! ratings, or withdrawn) and then moved back to the days it happened on, so that the
//! statistics show real figures on the first start, and the older ones' personal data is
//! blocked as the retention policy says. The speeds and ratings vary by a fixed
//! pseudo-random sequence, so every start tells the same story.

use anyhow::Context;
use chrono::{DateTime, Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use shared::RequestId;
use shared::lifecycle::{Action, Rating};
use shared::request::EventKind;

use crate::demo_requests::{Case, accept, act, actor, answer_all, compose};
use crate::entities::{notification, outbox, request, request_event};
use crate::overview_cache;
use crate::state::AppState;

/// One pair of demo authorities that exchange requests: the requesting official, the
/// responding official, and what they ask.
struct Pair {
    from: &'static str,
    to: &'static str,
    responder: &'static str,
    area: &'static str,
    question: &'static str,
    language: &'static str,
    /// The responder's habits: days to accept and to answer at its best, and how many days
    /// more it may take.
    accept_days: (i64, i64),
    answer_days: (i64, i64),
}

const PAIRS: [Pair; 4] = [
    Pair {
        from: "anna.berzina@vi.lv.example",
        to: "Ordem dos Médicos",
        responder: "ana.costa@om.pt.example",
        area: "professional_qualifications",
        question: "professional_qualifications.diploma.award_date",
        language: "pt",
        accept_days: (1, 6),
        answer_days: (4, 14),
    },
    Pair {
        from: "liga.ozola@bvkb.lv.example",
        to: "Direktoratet for samfunnssikkerhet og beredskap",
        responder: "kari.nordmann@dsb.no.example",
        area: "services",
        question: "services.identity.register",
        language: "nb",
        accept_days: (1, 4),
        answer_days: (3, 10),
    },
    Pair {
        from: "klaus.becker@lagetsi.de.example",
        to: "Sihtasutus Kutsekoda",
        responder: "mari.tamm@kutsekoda.ee.example",
        area: "professional_qualifications",
        question: "professional_qualifications.experience.pursued",
        language: "et",
        accept_days: (3, 12),
        answer_days: (10, 30),
    },
    Pair {
        from: "mari.tamm@kutsekoda.ee.example",
        to: "Landesamt für Arbeitsschutz, Gesundheitsschutz und technische Sicherheit Berlin",
        responder: "klaus.becker@lagetsi.de.example",
        area: "services",
        question: "services.checks.equipment_inspections",
        language: "de",
        accept_days: (2, 8),
        answer_days: (6, 24),
    },
];

/// The people the history's requests are about.
const SUBJECTS: [&str; 8] = [
    "Andris Kalniņš",
    "Sofia Lindqvist",
    "Marek Nowak",
    "Elena Rossi",
    "Tomás Ferreira",
    "Ingrid Hansen",
    "Kadri Saar",
    "Jonas Weber",
];

/// A fixed sequence of numbers (a linear congruential generator): the same history each time.
struct Sequence(u64);

impl Sequence {
    /// The next number from 0 to `below - 1`.
    fn next(&mut self, below: i64) -> i64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        i64::try_from((self.0 >> 33) % u64::try_from(below.max(1)).unwrap_or(1)).unwrap_or(0)
    }
}

/// When each step of one request happened, in days after it was sent.
struct Story {
    sent: DateTime<Utc>,
    accepted: i64,
    answered: i64,
    closed: i64,
    withdrawn: bool,
    timeliness: Rating,
    effort: Rating,
}

impl Story {
    /// A request sent `days_ago` by `pair`, its speed and ratings drawn from `sequence`.
    fn draw(pair: &Pair, days_ago: i64, sequence: &mut Sequence) -> Story {
        let accepted = pair.accept_days.0 + sequence.next(pair.accept_days.1 + 1);
        let answered = accepted + pair.answer_days.0 + sequence.next(pair.answer_days.1 + 1);
        // A slow answer is often rated so; now and then a quick one is too.
        let timeliness = match (answered > 21, sequence.next(10)) {
            (true, 0..=5) | (false, 0) => Rating::Negative,
            (_, 6..=7) => Rating::Neutral,
            _ => Rating::Positive,
        };
        let effort = match sequence.next(12) {
            0 => Rating::Negative,
            1..=3 => Rating::Neutral,
            _ => Rating::Positive,
        };
        Story {
            sent: Utc::now() - Duration::days(days_ago),
            accepted,
            answered,
            closed: answered + 1 + sequence.next(5),
            withdrawn: sequence.next(15) == 0,
            timeliness,
            effort,
        }
    }

    /// The day of the event of `kind`, for moving it there.
    fn at(&self, kind: EventKind) -> DateTime<Utc> {
        let after = match kind {
            EventKind::Accepted => self.accepted,
            EventKind::Answered => self.answered,
            EventKind::Closed => self.closed,
            EventKind::Withdrawn => 2,
            _ => 0,
        };
        self.sent + Duration::days(after)
    }
}

/// Makes one request of `pair` through the services and tells its story; its id.
async fn make(
    state: &AppState,
    pair: &Pair,
    subject: &str,
    story: &Story,
) -> anyhow::Result<RequestId> {
    let case = Case {
        from: pair.from,
        to: pair.to,
        area: pair.area,
        subject,
        identifier: "",
        questions: &[pair.question],
        comment: ("en", "Please confirm."),
    };
    let (requester, id) = compose(state, &case).await?;
    let responder = actor(state, pair.responder).await?;
    act(state, &requester, id, Action::Send, None).await?;
    if story.withdrawn {
        act(state, &requester, id, Action::Withdraw, None).await?;
        return Ok(id);
    }
    act(state, &responder, id, accept(), None).await?;
    answer_all(state, &responder, id, pair.language, "OK").await?;
    let close = Action::Close {
        timeliness: story.timeliness,
        effort: story.effort,
    };
    act(state, &requester, id, close, None).await?;
    Ok(id)
}

/// Moves a request to the days of its story: sent, accepted, answered, closed; the agreed
/// deadline three weeks after sending, as the composer asks by default.
async fn date(state: &AppState, id: RequestId, story: &Story) -> anyhow::Result<()> {
    let (_turn, txn) = state.begin_write().await?;
    let last = if story.withdrawn {
        story.at(EventKind::Withdrawn)
    } else {
        story.at(EventKind::Closed)
    };
    let deadline = (story.sent + Duration::days(21)).date_naive().to_string();
    request::Entity::update_many()
        .col_expr(request::Column::CreatedAt, Expr::value(story.sent))
        .col_expr(request::Column::SentAt, Expr::value(Some(story.sent)))
        .col_expr(request::Column::UpdatedAt, Expr::value(last))
        // Its personal data ages from the day it ended, like any request's.
        .col_expr(
            request::Column::EndedOn,
            Expr::value(Some(crate::services::requests::day_of(last).to_string())),
        )
        .col_expr(
            request::Column::RequestedDate,
            Expr::value(Some(deadline.clone())),
        )
        .col_expr(
            request::Column::Deadline,
            Expr::value((!story.withdrawn).then_some(deadline)),
        )
        .filter(request::Column::Id.eq(id.0))
        .exec(&txn)
        .await?;
    for event in request_event::Entity::find()
        .filter(request_event::Column::RequestId.eq(id.0))
        .all(&txn)
        .await?
    {
        let kind = EventKind::parse(&event.kind).context("a demo event kind")?;
        request_event::Entity::update_many()
            .col_expr(request_event::Column::At, Expr::value(story.at(kind)))
            .filter(request_event::Column::Id.eq(event.id))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    Ok(())
}

/// Makes `months` of history, about two requests a month per pair of authorities, and
/// takes the notifications and e-mails they raised away (they are past). The overviews of the
/// authorities concerned are recomputed.
pub async fn load(state: &AppState, months: u32) -> anyhow::Result<()> {
    let mut sequence = Sequence(2026);
    let mut made = Vec::new();
    let days = i64::from(months) * 30;
    for (index, pair) in PAIRS.iter().enumerate() {
        // Every 14 to 20 days, from `days` ago up to a month ago (the present is the other
        // demo requests' story).
        let mut days_ago = days - i64::try_from(index).unwrap_or(0) * 3;
        while days_ago > 30 {
            let story = Story::draw(pair, days_ago, &mut sequence);
            let subject = SUBJECTS[usize::try_from(sequence.next(8)).unwrap_or(0)];
            let id = make(state, pair, subject, &story)
                .await
                .with_context(|| format!("demo history request from {}", pair.from))?;
            date(state, id, &story).await?;
            made.push(id.0);
            days_ago -= 14 + sequence.next(7);
        }
    }
    notification::Entity::delete_many()
        .filter(notification::Column::RequestId.is_in(made.iter().copied()))
        .exec(&state.db)
        .await?;
    // Nor are e-mails sent about the past (the demo's present left the outbox empty).
    outbox::Entity::delete_many().exec(&state.db).await?;
    let authorities: Vec<i32> = request::Entity::find()
        .filter(request::Column::Id.is_in(made))
        .all(&state.db)
        .await?
        .iter()
        .flat_map(|row| [Some(row.requester_id), row.responder_id])
        .flatten()
        .collect();
    overview_cache::bump(&state.db, &state.live, &authorities).await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_story_runs_forward_in_time() {
        let mut sequence = Sequence(1);
        for pair in &PAIRS {
            for _ in 0..50 {
                let story = Story::draw(pair, 400, &mut sequence);
                assert!(story.accepted >= pair.accept_days.0);
                assert!(story.answered > story.accepted);
                assert!(story.closed > story.answered);
                assert!(story.at(EventKind::Sent) < story.at(EventKind::Closed));
            }
        }
    }
}
