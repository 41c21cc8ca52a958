//! The check page's search: "may this doctor practise?"

use super::view::{box_condition, value_views};
use super::*;
use sea_orm::Condition;
use shared::alert::AlertBox;

/// The most matches the check page shows.
const CHECK_MATCHES: usize = 50;

/// `GET /api/alerts/check`: "may this doctor practise?" The alerts in force of the
/// professional-qualifications kinds that the caller's country or authority received (or
/// sent), whose person's name matches `name` (`shared::alert::name_matches`: diacritics and
/// one typo forgiven) and, when given, whose profession is `profession`. Blocked alerts are
/// not searched: their names are no longer anyone's to read.
pub async fn check(
    state: &AppState,
    account: &Account,
    name: &str,
    profession: Option<&str>,
    language: LanguageCode,
) -> Result<shared::dto::AlertCheck> {
    let Member::Authority(own) = account.member else {
        return Err(AppError::NotFound);
    };
    let kinds: Vec<&Kind> = state
        .alert_kinds
        .kinds
        .iter()
        .filter(|k| k.area.as_str() == "professional_qualifications" && !k.subject.is_empty())
        .collect();
    let mut visible = Condition::any().add(alert::Column::SenderId.eq(own.0));
    if let Some(received) = box_condition(state, account, AlertBox::Received).await? {
        visible = visible.add(received);
    }
    let mut query = alert::Entity::find()
        .filter(visible)
        .filter(alert::Column::Kind.is_in(kinds.iter().map(|k| k.id.as_str())))
        .filter(alert::Column::State.is_in([
            AlertState::Sent.as_str(),
            AlertState::ClosureProposed.as_str(),
        ]))
        .filter(alert::Column::BlockedAt.is_null())
        .filter(alert::Column::SubjectFolded.is_not_null());
    if let Some(profession) = profession {
        query = query.filter(alert::Column::Concept.eq(profession));
    }
    let texts = state.alert_kinds.texts(language);
    let mut matches = Vec::new();
    for row in query
        .order_by_desc(alert::Column::Id)
        .all(&state.db)
        .await?
    {
        let Some(subject) = row.subject_folded.as_deref() else {
            continue;
        };
        if !shared::alert::name_matches(name, subject) {
            continue;
        }
        let kind = super::kind_of(state, &row)?;
        let values =
            shared::alert::read_stored(kind, &stored_fields(&row)?, state.search.taxonomy());
        // The check searches only what the caller's country or authority received or sent.
        let fields = value_views(state, language, kind, &values, true);
        matches.push(shared::dto::AlertCheckMatch {
            alert: AlertSummary {
                id: row.id,
                number: alert_number(chrono::Datelike::year(&row.created_at), row.id),
                kind: row.kind.clone(),
                state: state_of(&row)?,
                country: country_of(&row.country)?,
                subject: Some(shared::alert::subject_name(kind, &values)),
                concept: row.concept.clone(),
                sent_at: row.sent_at.map(|t| t.to_rfc3339()),
                created_at: row.created_at.to_rfc3339(),
                unread: false,
            },
            kind_name: texts
                .kind
                .get(&kind.id)
                .map(|t| t.name.clone())
                .unwrap_or_default(),
            fields,
        });
        if matches.len() == CHECK_MATCHES {
            break;
        }
    }
    Ok(shared::dto::AlertCheck { matches })
}
