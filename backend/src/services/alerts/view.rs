//! Alerts as the caller may see them, in the caller's language: the kinds, one alert, the
//! lists of the overview and their counts, the authorities to pass an alert on to.

use super::*;
use sea_orm::Condition;
use sea_orm::sea_query::Query;
use shared::alert::{AlertBox, FieldType};

/// How many alerts a page of a list holds.
pub const PAGE_SIZE: u64 = 50;

/// `GET /api/alert-kinds`: every kind in `language`, and whether the caller's country approves
/// its alerts.
pub async fn kinds(
    state: &AppState,
    account: &Account,
    language: LanguageCode,
) -> Result<AlertKindsView> {
    let country = match account.member {
        Member::Authority(id) => authority::Entity::find_by_id(id.0)
            .one(&state.db)
            .await?
            .and_then(|a| CountryCode::parse(&a.country).ok()),
        Member::Commission => None,
    };
    Ok(kinds_of(state, country, language))
}

fn kinds_of(
    state: &AppState,
    country: Option<CountryCode>,
    language: LanguageCode,
) -> AlertKindsView {
    let texts = state.alert_kinds.texts(language);
    let kinds = state
        .alert_kinds
        .kinds
        .iter()
        .map(|kind| {
            let text = texts.kind.get(&kind.id).cloned().unwrap_or_default();
            AlertKindView {
                id: kind.id.clone(),
                area: kind.area,
                name: text.name,
                legal_basis: text.legal_basis,
                description: text.description,
                recipients: kind.recipients,
                always_to: kind.always_to.clone(),
                commission: kind.commission,
                due_days: kind.due_days,
                dates: kind.dates.clone(),
                subject: kind.subject.clone(),
                concept: kind.concept.clone(),
                end_due_days: kind.end_due_days,
                fields: kind
                    .fields
                    .iter()
                    .map(|field| AlertFieldView {
                        id: field.id.clone(),
                        field_type: field.field_type,
                        required: field.required,
                        personal: field.personal,
                        label: texts.field.get(&field.id).cloned().unwrap_or_default(),
                        options: field
                            .options
                            .iter()
                            .map(|option| OptionView {
                                key: option.clone(),
                                label: option_label(state, language, field.list.as_deref(), option),
                            })
                            .collect(),
                    })
                    .collect(),
            }
        })
        .collect();
    AlertKindsView {
        kinds,
        approval_required: country.is_some_and(|c| state.alert_kinds.needs_approval(c)),
    }
}

fn option_label(
    state: &AppState,
    language: LanguageCode,
    list: Option<&str>,
    option: &str,
) -> String {
    let key = format!("{}.{option}", list.unwrap_or_default());
    state
        .alert_kinds
        .texts(language)
        .list
        .get(&key)
        .cloned()
        .unwrap_or_else(|| option.to_owned())
}

/// A value as the reader reads it: an option's or a concept's label in their language.
fn display(
    state: &AppState,
    language: LanguageCode,
    field: &shared::alert::kinds::Field,
    value: &FieldValue,
) -> String {
    match (field.field_type, value) {
        (FieldType::Choice, FieldValue::Choice(option)) => {
            option_label(state, language, field.list.as_deref(), option)
        }
        (FieldType::Profession | FieldType::Activity, FieldValue::Concept(id)) => state
            .search
            .taxonomy()
            .get(id)
            .and_then(|concept| {
                concept
                    .labels
                    .get(&language)
                    .or_else(|| concept.labels.get(&LanguageCode::ENGLISH))
            })
            .map_or_else(|| id.clone(), |labels| labels.label.clone()),
        _ => value.to_wire(),
    }
}

/// The filled fields of an alert in form order, in `language`; the personal ones only when
/// `personal` (the reader has a need to know and the data is not blocked).
pub(super) fn value_views(
    state: &AppState,
    language: LanguageCode,
    kind: &Kind,
    values: &BTreeMap<String, FieldValue>,
    personal: bool,
) -> Vec<AlertValueView> {
    let texts = state.alert_kinds.texts(language);
    kind.fields
        .iter()
        .filter(|field| personal || !field.personal)
        .filter_map(|field| {
            let value = values.get(&field.id)?;
            Some(AlertValueView {
                id: field.id.clone(),
                label: texts.field.get(&field.id).cloned().unwrap_or_default(),
                value: value.to_wire(),
                display: display(state, language, field, value),
                personal: field.personal,
            })
        })
        .collect()
}

/// `GET /api/alerts/{id}`. Opening it counts as its authority's reading when the caller's
/// authority was passed it, and reads the caller's notifications of it.
pub async fn view(
    state: &AppState,
    account: &Account,
    id: i32,
    language: LanguageCode,
) -> Result<AlertView> {
    let visible = load(state, account, id).await?;
    let db = &state.db;
    let row = &visible.row;
    let now = state.clock.now();
    if let Member::Authority(own) = account.member
        && visible.sides.contains(&AlertSide::Recipient)
    {
        alert_recipient::Entity::update_many()
            .col_expr(alert_recipient::Column::ReadAt, Expr::value(now))
            .filter(alert_recipient::Column::AlertId.eq(row.id))
            .filter(alert_recipient::Column::AuthorityId.eq(own.0))
            .filter(alert_recipient::Column::ReadAt.is_null())
            .exec(db)
            .await?;
    }
    let read = alert_notice::Entity::update_many()
        .col_expr(alert_notice::Column::ReadAt, Expr::value(now))
        .filter(alert_notice::Column::AlertId.eq(row.id))
        .filter(alert_notice::Column::UserId.eq(account.user_id.0))
        .filter(alert_notice::Column::ReadAt.is_null())
        .exec(db)
        .await?;
    if read.rows_affected > 0 {
        state
            .live
            .publish(db, &[crate::live::Change::User(account.user_id.0)])
            .await?;
    }
    let personal = visible.personal_data_visible();
    let kind = &visible.kind;
    let texts = state.alert_kinds.texts(language);
    let values = shared::alert::read_stored(kind, &stored_fields(row)?, state.search.taxonomy());
    let fields = value_views(state, language, kind, &values, personal);
    let deliveries_rows: Vec<alert_country::Model> = alert_country::Entity::find()
        .filter(alert_country::Column::AlertId.eq(row.id))
        .order_by_asc(alert_country::Column::Country)
        .all(db)
        .await?;
    let recipients: Vec<alert_recipient::Model> = alert_recipient::Entity::find()
        .filter(alert_recipient::Column::AlertId.eq(row.id))
        .all(db)
        .await?;
    let events: Vec<alert_event::Model> = alert_event::Entity::find()
        .filter(alert_event::Column::AlertId.eq(row.id))
        .order_by_asc(alert_event::Column::Id)
        .all(db)
        .await?;
    // What the caller's country and authority have already acknowledged is not offered again.
    let own = shared::alert::OwnPart {
        delivery: visible.coordinated_country.and_then(|country| {
            deliveries_rows
                .iter()
                .find(|d| d.country == country.as_str())
                .and_then(|d| Delivery::parse(&d.delivery))
        }),
        receipt_acknowledged: match account.member {
            Member::Authority(own) => recipients
                .iter()
                .any(|r| r.authority_id == own.0 && r.acknowledged_at.is_some()),
            Member::Commission => false,
        },
    };
    let party_ids = recipients
        .iter()
        .map(|r| r.authority_id)
        .chain(events.iter().filter_map(|e| e.authority_id))
        .chain([row.sender_id]);
    let parties = crate::services::requests::parties(db, party_ids).await?;
    let party = |id: i32| parties.get(&id).cloned();
    let mut deliveries = Vec::new();
    for delivery in deliveries_rows {
        let country = country_of(&delivery.country)?;
        if !visible.follows(country) {
            continue;
        }
        deliveries.push(AlertCountryView {
            country,
            delivery: Delivery::parse(&delivery.delivery).unwrap_or(Delivery::Received),
            received_at: delivery.received_at.to_rfc3339(),
            acknowledged_at: delivery.acknowledged_at.map(|t| t.to_rfc3339()),
            recipients: recipients
                .iter()
                .filter(|r| r.country == delivery.country)
                .filter_map(|r| {
                    Some(AlertRecipientView {
                        authority: party(r.authority_id)?,
                        passed_at: r.passed_at.to_rfc3339(),
                        acknowledged_at: r.acknowledged_at.map(|t| t.to_rfc3339()),
                        read_at: r.read_at.map(|t| t.to_rfc3339()),
                    })
                })
                .collect(),
        });
    }
    let events = events
        .into_iter()
        .filter_map(|event| {
            Some(AlertEventView {
                at: event.at.to_rfc3339(),
                kind: AlertEventKind::parse(&event.kind)?,
                user: event.user_name.clone().unwrap_or_default(),
                authority: event.authority_id.and_then(party),
                country: event
                    .country
                    .as_deref()
                    .and_then(|c| CountryCode::parse(c).ok()),
                note: personal
                    .then(|| lang_text(event.note_text.as_deref(), event.note_language.as_deref()))
                    .flatten(),
            })
        })
        .collect();
    let sender = party(row.sender_id)
        .ok_or_else(|| anyhow::anyhow!("alert {}: no sender authority", row.id))?;
    let kind_name = texts
        .kind
        .get(&kind.id)
        .map(|t| t.name.clone())
        .unwrap_or_default();
    Ok(AlertView {
        id: row.id,
        number: alert_number(chrono::Datelike::year(&row.created_at), row.id),
        kind: kind.id.clone(),
        kind_name,
        state: visible.state,
        version: row.version,
        revision: row.revision,
        sender,
        sides: visible.sides.clone(),
        allowed_actions: shared::alert::allowed_actions_now(visible.state, &visible.actor(), own),
        fields,
        personal_data_hidden: !personal,
        countries: countries_of(row),
        deliveries,
        comment: personal
            .then(|| lang_text(row.comment_text.as_deref(), row.comment_language.as_deref()))
            .flatten(),
        late_reason: personal
            .then(|| {
                lang_text(
                    row.late_reason_text.as_deref(),
                    row.late_reason_language.as_deref(),
                )
            })
            .flatten(),
        days_left: (visible.state == AlertState::Draft)
            .then(|| shared::alert::days_left(kind, &values, state.today()))
            .flatten(),
        created_at: row.created_at.to_rfc3339(),
        sent_at: row.sent_at.map(|t| t.to_rfc3339()),
        proved_wrong: row.proved_wrong,
        events,
    })
}

/// The condition selecting a box's alerts for the caller (`None`: the box cannot hold any of
/// theirs).
pub(super) async fn box_condition(
    state: &AppState,
    account: &Account,
    alert_box: AlertBox,
) -> Result<Option<Condition>> {
    let in_force = [
        AlertState::Sent.as_str(),
        AlertState::ClosureProposed.as_str(),
    ];
    let Member::Authority(own) = account.member else {
        // The Commission's observers receive the kinds that send it a copy, once sent.
        let kinds: Vec<&str> = state
            .alert_kinds
            .kinds
            .iter()
            .filter(|k| {
                k.reaches_commission() && account.roles.contains(&Role::COMMISSION_OBSERVER)
            })
            .map(|k| k.id.as_str())
            .collect();
        return Ok(
            (alert_box == AlertBox::Received && !kinds.is_empty()).then(|| {
                Condition::all()
                    .add(alert::Column::Kind.is_in(kinds))
                    .add(alert::Column::SentAt.is_not_null())
            }),
        );
    };
    let user = AuthUser::official(account.clone()).ok_or(AppError::NotFound)?;
    let scope =
        crate::services::registry::coordinatorship_as(&state.db, &user, Role::ALERT_COORDINATOR)
            .await?;
    let areas = |scope: &shared::registry::Coordinatorship| {
        LegislativeArea::all()
            .filter(|a| scope.covers(*a))
            .map(|a| a.as_str())
            .collect::<Vec<_>>()
    };
    // Alerts delivered to the coordinator's country (of the areas it covers), with `only`
    // narrowing the deliveries.
    let country_alerts = |only: Option<&str>| {
        scope.as_ref().map(|scope| {
            let mut deliveries = Query::select();
            deliveries
                .column(alert_country::Column::AlertId)
                .from(alert_country::Entity)
                .and_where(alert_country::Column::Country.eq(scope.country.as_str()));
            if let Some(delivery) = only {
                deliveries.and_where(alert_country::Column::Delivery.eq(delivery));
            }
            Condition::all()
                .add(alert::Column::Id.in_subquery(deliveries.to_owned()))
                .add(alert::Column::Area.is_in(areas(scope)))
        })
    };
    let authority_alerts = |unacknowledged: bool| {
        let mut passed = Query::select();
        passed
            .column(alert_recipient::Column::AlertId)
            .from(alert_recipient::Entity)
            .and_where(alert_recipient::Column::AuthorityId.eq(own.0));
        if unacknowledged {
            passed.and_where(alert_recipient::Column::AcknowledgedAt.is_null());
        }
        alert::Column::Id.in_subquery(passed.to_owned())
    };
    Ok(Some(match alert_box {
        AlertBox::Drafts => Condition::all()
            .add(alert::Column::SenderId.eq(own.0))
            .add(alert::Column::State.eq(AlertState::Draft.as_str())),
        AlertBox::Sent => Condition::all()
            .add(alert::Column::SenderId.eq(own.0))
            .add(alert::Column::State.ne(AlertState::Draft.as_str())),
        AlertBox::ToApprove => {
            let Some(scope) = &scope else {
                return Ok(None);
            };
            Condition::all()
                .add(alert::Column::Country.eq(scope.country.as_str()))
                .add(alert::Column::State.eq(AlertState::AwaitingApproval.as_str()))
                .add(alert::Column::Area.is_in(areas(scope)))
        }
        AlertBox::ToAcknowledge => {
            let mut any = Condition::any().add(authority_alerts(true));
            if let Some(country) = country_alerts(Some(Delivery::Received.as_str())) {
                any = any.add(country);
            }
            Condition::all()
                .add(any)
                .add(alert::Column::State.is_in(in_force))
        }
        AlertBox::Received => {
            let mut any = Condition::any().add(authority_alerts(false));
            if let Some(country) = country_alerts(None) {
                any = any.add(country);
            }
            any
        }
    }))
}

/// `GET /api/alerts?box=…&page=…`: one page of a box, newest first.
pub async fn list(
    state: &AppState,
    account: &Account,
    alert_box: AlertBox,
    page: u64,
) -> Result<AlertListPage> {
    let Some(condition) = box_condition(state, account, alert_box).await? else {
        return Ok(AlertListPage {
            items: Vec::new(),
            total: 0,
        });
    };
    let query = alert::Entity::find().filter(condition);
    let total = query.clone().count(&state.db).await?;
    let rows = query
        .order_by_desc(alert::Column::Id)
        .offset(page.saturating_sub(1) * PAGE_SIZE)
        .limit(PAGE_SIZE)
        .all(&state.db)
        .await?;
    // The alerts of the page the caller has unread news of, in one query.
    let unread: BTreeSet<i32> = alert_notice::Entity::find()
        .select_only()
        .column(alert_notice::Column::AlertId)
        .filter(alert_notice::Column::UserId.eq(account.user_id.0))
        .filter(alert_notice::Column::ReadAt.is_null())
        .filter(alert_notice::Column::AlertId.is_in(rows.iter().map(|r| r.id)))
        .into_tuple::<i32>()
        .all(&state.db)
        .await?
        .into_iter()
        .collect();
    // Everyone a box shows alerts to has a need to know, but the Commission (unless the kind
    // gives it personal data) and an alert whose personal data is blocked.
    let items = rows
        .into_iter()
        .map(|row| {
            let kind = super::kind_of(state, &row)?;
            let personal = row.blocked_at.is_none()
                && row.erased_at.is_none()
                && (account.member != Member::Commission
                    || kind.commission == shared::alert::CommissionCopy::WithPersonalData);
            let subject = if personal {
                let values = shared::alert::read_stored(
                    kind,
                    &stored_fields(&row)?,
                    state.search.taxonomy(),
                );
                Some(shared::alert::subject_name(kind, &values))
            } else {
                None
            };
            Ok(AlertSummary {
                id: row.id,
                number: alert_number(chrono::Datelike::year(&row.created_at), row.id),
                kind: row.kind.clone(),
                state: state_of(&row)?,
                country: country_of(&row.country)?,
                subject,
                concept: row.concept.clone(),
                sent_at: row.sent_at.map(|t| t.to_rfc3339()),
                created_at: row.created_at.to_rfc3339(),
                unread: unread.contains(&row.id),
            })
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(AlertListPage { items, total })
}

/// The caller's box counts and unread alert notifications, for the overview.
pub async fn counts(state: &AppState, account: &Account) -> Result<AlertCounts> {
    let mut counts = AlertCounts::default();
    for (alert_box, slot) in [
        (AlertBox::Drafts, &mut counts.drafts),
        (AlertBox::ToApprove, &mut counts.to_approve),
        (AlertBox::ToAcknowledge, &mut counts.to_acknowledge),
    ] {
        if let Some(condition) = box_condition(state, account, alert_box).await? {
            *slot = alert::Entity::find()
                .filter(condition)
                .count(&state.db)
                .await?;
        }
    }
    let in_force = [
        AlertState::Sent.as_str(),
        AlertState::ClosureProposed.as_str(),
    ];
    let mut any = Condition::any();
    for alert_box in [AlertBox::Sent, AlertBox::Received] {
        if let Some(condition) = box_condition(state, account, alert_box).await? {
            any = any.add(condition);
        }
    }
    counts.in_force = alert::Entity::find()
        .filter(any)
        .filter(alert::Column::State.is_in(in_force))
        .count(&state.db)
        .await?;
    counts.unread = unread(&state.db, account).await?;
    Ok(counts)
}

/// The caller's unread alert notifications, for the live stream.
pub async fn unread(db: &sea_orm::DatabaseConnection, account: &Account) -> Result<u64> {
    Ok(alert_notice::Entity::find()
        .filter(alert_notice::Column::UserId.eq(account.user_id.0))
        .filter(alert_notice::Column::ReadAt.is_null())
        .count(db)
        .await?)
}

/// `GET /api/alerts/{id}/suggestions`: for a receiving coordinator, the authorities of their
/// country that handle the alert's area and, where the alert names one, its profession or
/// activity, as the registry says.
pub async fn suggestions(state: &AppState, account: &Account, id: i32) -> Result<AlertSuggestions> {
    let visible = load(state, account, id).await?;
    let country = visible.coordinated_country.ok_or(AppError::Forbidden)?;
    let db = &state.db;
    let row = &visible.row;
    let handling = Query::select()
        .column(authority_area::Column::AuthorityId)
        .from(authority_area::Entity)
        .and_where(authority_area::Column::Area.eq(row.area.as_str()))
        .to_owned();
    let mut query = authority::Entity::find()
        .filter(authority::Column::Country.eq(country.as_str()))
        .filter(authority::Column::Id.in_subquery(handling));
    if let Some(concept) = &row.concept {
        let competent = Query::select()
            .column(authority_competence::Column::AuthorityId)
            .from(authority_competence::Entity)
            .and_where(authority_competence::Column::Concept.eq(concept.as_str()))
            .to_owned();
        query = query.filter(authority::Column::Id.in_subquery(competent));
    }
    let authorities = query
        .order_by_asc(authority::Column::Name)
        .all(db)
        .await?
        .into_iter()
        .map(|a| PartyView {
            id: AuthorityId(a.id),
            name: a.name,
            name_en: a.name_en,
            country,
        })
        .collect();
    let already = alert_recipient::Entity::find()
        .filter(alert_recipient::Column::AlertId.eq(row.id))
        .filter(alert_recipient::Column::Country.eq(country.as_str()))
        .all(db)
        .await?
        .into_iter()
        .map(|r| AuthorityId(r.authority_id))
        .collect();
    Ok(AlertSuggestions {
        authorities,
        already,
    })
}
