//! The overview: the boxes, the filtered and sorted pages, the counters.

use super::*;

pub(super) fn in_states(
    column: request::Column,
    states: &[RequestState],
) -> sea_orm::sea_query::SimpleExpr {
    column.is_in(states.iter().map(|s| s.as_str()))
}

/// The parts of a box for the caller's authority `me`: one condition per side and state
/// (see `RequestBox::states`; the responding side alone when `responding_only`), each with
/// `extra` and, when `country` is given, the other side in that country. Each part is a range of the index of its side and state
/// (migration 13), which also holds every column `extra` may name, so that a part is
/// listed in order and counted without reading the table.
fn slices(
    which: RequestBox,
    only: Option<RequestState>,
    extra: &Condition,
    country: Option<CountryCode>,
    responding_only: bool,
    me: i32,
    today: Date,
) -> Vec<Condition> {
    use request::Column as C;
    let of_country = country.map(|country| {
        Query::select()
            .column(authority::Column::Id)
            .from(authority::Entity)
            .and_where(authority::Column::Country.eq(country.as_str()))
            .to_owned()
    });
    let mut slices = Vec::new();
    for (side, mine, other) in [
        (Side::Requesting, C::RequesterId, C::ResponderId),
        (Side::Responding, C::ResponderId, C::RequesterId),
    ] {
        if responding_only && side == Side::Requesting {
            continue;
        }
        for state in which.states(side) {
            if only.is_some_and(|wanted| wanted != *state) {
                continue;
            }
            let mut slice = Condition::all()
                .add(mine.eq(me))
                .add(C::State.eq(state.as_str()));
            // The requester's own requests are on its side even if it also holds them.
            if side == Side::Responding {
                slice = slice.add(C::RequesterId.ne(me));
            }
            if which.overdue_only() {
                slice = slice.add(C::Deadline.lt(today.to_string()));
            }
            slice = slice.add(extra.clone());
            if let Some(of_country) = &of_country {
                // Adding 0 keeps SQLite from walking the other side's index once per
                // authority of the country, which it estimates cheaper without statistics
                // and which costs twice the walk of this part's own range.
                let other = Expr::col((request::Entity, other)).add(0);
                slice = slice.add(Expr::expr(other).in_subquery(of_country.clone()));
            }
            slices.push(slice);
        }
    }
    slices
}

/// `parts` as one statement, `SELECT * FROM (part) UNION ALL …`: one round trip for all of
/// a box's parts. Each part is wrapped because a compound's members may not have their own
/// `ORDER BY` and `LIMIT`.
fn union_all(
    parts: impl IntoIterator<Item = sea_orm::sea_query::SelectStatement>,
) -> Option<sea_orm::sea_query::SelectStatement> {
    use sea_orm::sea_query::{Alias, Asterisk, UnionType};
    let mut wrapped = parts.into_iter().enumerate().map(|(n, part)| {
        Query::select()
            .column(Asterisk)
            .from_subquery(part, Alias::new(format!("part{n}")))
            .to_owned()
    });
    let mut all = wrapped.next()?;
    for part in wrapped {
        all.union(UnionType::All, part);
    }
    Some(all)
}

/// What orders a page's rows, read from the index before the rows themselves.
struct PageKey {
    id: i32,
    updated_at: chrono::DateTime<Utc>,
    deadline: Option<String>,
}

/// The first instant of a calendar day, UTC.
pub(super) fn day_start(date: Date) -> chrono::DateTime<Utc> {
    chrono::NaiveDate::from_ymd_opt(
        i32::from(date.year()),
        u32::from(date.month()),
        u32::from(date.day()),
    )
    .and_then(|day| day.and_hms_opt(0, 0, 0))
    .map_or(chrono::DateTime::<Utc>::MIN_UTC, |time| time.and_utc())
}

/// One page of the overview.
pub async fn list(
    state: &AppState,
    user: &AuthUser,
    query: &RequestListQuery,
) -> Result<RequestListPage> {
    let me = user.authority_id.0;
    let language = query
        .language
        .unwrap_or(user.language.unwrap_or(LanguageCode::ENGLISH));
    let per_page = u64::from(query.paging.per_page());
    let page = u64::from(query.paging.page());
    // Pages go as far as the count does: deeper paging would read whole tables.
    if page.saturating_mul(per_page) > COUNT_CAP + per_page {
        return Err(AppError::field("page", FieldCode::OutOfRange));
    }
    let slices = list_slices(query, user, state.today());
    let (total, total_capped) = capped_count(&state.db, &slices).await?;
    // Each part in order up to the end of the page, merged here: short walks of the index
    // instead of sorting every request of a busy authority. Only the page's rows are read.
    let wanted = page * per_page;
    let mut keys = page_keys(&state.db, &slices, query.sort, wanted).await?;
    keys.sort_by(|a, b| key_order(a, b, query.sort));
    let ids: Vec<i32> = keys
        .into_iter()
        .skip(query.paging.offset())
        .take(query.paging.per_page() as usize)
        .map(|key| key.id)
        .collect();
    let mut rows = if ids.is_empty() {
        Vec::new()
    } else {
        request::Entity::find()
            .filter(request::Column::Id.is_in(ids.iter().copied()))
            .all(&state.db)
            .await?
    };
    rows.sort_by_key(|row| ids.iter().position(|id| *id == row.id));
    let rows = summaries(state, rows, me, language).await?;
    Ok(RequestListPage {
        total,
        total_capped,
        page,
        per_page,
        rows,
    })
}

/// The parts of the page's box (see [`slices`]) with the query's filters.
fn list_slices(query: &RequestListQuery, user: &AuthUser, today: Date) -> Vec<Condition> {
    slices(
        query.which,
        query.state,
        &list_filters(query, user),
        query.country,
        // Requests are assigned to the responder's handlers: the requesting side holds none.
        query.assigned_to_me,
        user.authority_id.0,
        today,
    )
}

/// The query's filters other than the box, the state and the other side's country, which
/// choose the parts.
fn list_filters(query: &RequestListQuery, user: &AuthUser) -> Condition {
    let mut filters = Condition::all();
    if query.assigned_to_me {
        filters = filters.add(request::Column::AssignedTo.eq(user.user_id.0));
    }
    if let Some(area) = query.area {
        filters = filters.add(request::Column::Area.eq(area.as_str()));
    }
    if let Some(id) = query.number {
        filters = filters.add(request::Column::Id.eq(id.0));
    }
    if let Some(from) = query.from {
        filters = filters.add(request::Column::UpdatedAt.gte(day_start(from)));
    }
    if let Some(to) = query.to {
        let end = day_start(to) + chrono::Duration::days(1);
        filters = filters.add(request::Column::UpdatedAt.lt(end));
    }
    filters
}

/// The first `wanted` keys of each part in `sort`'s order, in one statement.
async fn page_keys(
    db: &impl ConnectionTrait,
    slices: &[Condition],
    sort: RequestSort,
    wanted: u64,
) -> Result<Vec<PageKey>> {
    use request::Column as C;
    // By deadline, a part is two ranges of its side's deadline index (migration 16): the
    // requests with a deadline in its order, then those without one by id. Written as one
    // order ("no deadline last"), it could be served by no index and every part was sorted.
    let halves: Vec<Condition> = if sort == RequestSort::DeadlineAsc {
        slices
            .iter()
            .flat_map(|slice| {
                [
                    slice.clone().add(C::Deadline.is_not_null()),
                    slice.clone().add(C::Deadline.is_null()),
                ]
            })
            .collect()
    } else {
        slices.to_vec()
    };
    let parts = halves.iter().map(|slice| {
        let select = request::Entity::find()
            .select_only()
            .column(C::Id)
            .column(C::UpdatedAt)
            .column(C::Deadline)
            .filter(slice.clone());
        QueryTrait::into_query(ordered(select, sort).limit(wanted))
    });
    let Some(statement) = union_all(parts) else {
        return Ok(Vec::new());
    };
    let backend = db.get_database_backend();
    db.query_all(backend.build(&statement))
        .await?
        .iter()
        .map(|row| {
            Ok(PageKey {
                id: row.try_get("", "id")?,
                updated_at: row.try_get("", "updated_at")?,
                deadline: row.try_get("", "deadline")?,
            })
        })
        .collect()
}

/// `select` in the order `sort` asks for, the id settling equals.
fn ordered(
    select: sea_orm::Select<request::Entity>,
    sort: RequestSort,
) -> sea_orm::Select<request::Entity> {
    match sort {
        RequestSort::UpdatedAsc => select
            .order_by_asc(request::Column::UpdatedAt)
            .order_by_asc(request::Column::Id),
        // Within one half of a part (see `page_keys`): all with a deadline, or none.
        RequestSort::DeadlineAsc => select
            .order_by_asc(request::Column::Deadline)
            .order_by_asc(request::Column::Id),
        RequestSort::NumberDesc => select.order_by_desc(request::Column::Id),
        RequestSort::UpdatedDesc => select
            .order_by_desc(request::Column::UpdatedAt)
            .order_by_desc(request::Column::Id),
    }
}

/// The order of [`ordered`], for merging the parts' keys as the database ordered each.
fn key_order(a: &PageKey, b: &PageKey, sort: RequestSort) -> std::cmp::Ordering {
    match sort {
        RequestSort::UpdatedAsc => (a.updated_at, a.id).cmp(&(b.updated_at, b.id)),
        RequestSort::DeadlineAsc => (a.deadline.is_none(), &a.deadline, a.id).cmp(&(
            b.deadline.is_none(),
            &b.deadline,
            b.id,
        )),
        RequestSort::NumberDesc => b.id.cmp(&a.id),
        RequestSort::UpdatedDesc => (b.updated_at, b.id).cmp(&(a.updated_at, a.id)),
    }
}

/// Counting stops here: a busy authority has tens of thousands of requests, and counting
/// them all on every change would cost more than the page itself.
pub const COUNT_CAP: u64 = 1000;

/// How many requests the parts hold together, up to [`COUNT_CAP`]; `true` when there are
/// more. One statement counts the parts' ids one after the other and stops at the cap, so a
/// busy box costs a thousand index entries, not its size.
pub(super) async fn capped_count(
    db: &impl ConnectionTrait,
    slices: &[Condition],
) -> Result<(u64, bool)> {
    use sea_orm::sea_query::{Alias, Asterisk, Func};
    let parts = slices.iter().map(|slice| {
        QueryTrait::into_query(
            request::Entity::find()
                .select_only()
                .column(request::Column::Id)
                .filter(slice.clone()),
        )
    });
    let Some(all) = union_all(parts) else {
        return Ok((0, false));
    };
    let capped = Query::select()
        .column(Asterisk)
        .from_subquery(all, Alias::new("parts"))
        .limit(COUNT_CAP + 1)
        .to_owned();
    let statement = Query::select()
        .expr_as(Func::count(Expr::col(Asterisk)), Alias::new("n"))
        .from_subquery(capped, Alias::new("capped"))
        .to_owned();
    let backend = db.get_database_backend();
    let n: i64 = db
        .query_one(backend.build(&statement))
        .await?
        .map(|row| row.try_get("", "n"))
        .transpose()?
        .unwrap_or(0);
    let n = u64::try_from(n).unwrap_or(0);
    Ok((n.min(COUNT_CAP), n > COUNT_CAP))
}

/// One page of the overview as JSON, from the cache while the authority's requests have not
/// changed (see `overview_cache`).
pub async fn list_json(
    state: &AppState,
    user: &AuthUser,
    query: RequestListQuery,
) -> Result<axum::body::Bytes> {
    let me = user.authority_id.0;
    // Read with the session, before computing: a change that commits in between makes the
    // stored page look older than it is, which costs a recomputation, never a stale page.
    let version = user.requests_version;
    // The rows name topics in the reader's language, which the query holds: one page per
    // language. A page of one user's assigned requests is theirs alone.
    let reader = match query.assigned_to_me {
        true => format!("{query:?} of {}", user.user_id.0),
        false => format!("{query:?}"),
    };
    let key = (me, reader, state.today().to_string());
    state
        .overview
        .get_or_compute(key, version, || async {
            let page = list(state, user, &query).await?;
            Ok(axum::body::Bytes::from(
                serde_json::to_vec(&page).map_err(|err| anyhow::anyhow!("serialising: {err}"))?,
            ))
        })
        .await
}

/// How many questions each of `requests` asks, and its first question (lowest position): one
/// query for both, since the overview needs the count and [`about_of`] the first.
pub(crate) async fn question_facts(
    db: &impl ConnectionTrait,
    requests: &[request::Model],
) -> Result<(BTreeMap<i32, u32>, BTreeMap<i32, i32>)> {
    let mut counts: BTreeMap<i32, u32> = BTreeMap::new();
    let mut first: BTreeMap<i32, (i32, i32)> = BTreeMap::new();
    for (request_id, position, question_id) in request_question::Entity::find()
        .select_only()
        .column(request_question::Column::RequestId)
        .column(request_question::Column::Position)
        .column(request_question::Column::QuestionId)
        .filter(request_question::Column::RequestId.is_in(requests.iter().map(|r| r.id)))
        .into_tuple::<(i32, i32, i32)>()
        .all(db)
        .await?
    {
        *counts.entry(request_id).or_default() += 1;
        let entry = first.entry(request_id).or_insert((position, question_id));
        if position < entry.0 {
            *entry = (position, question_id);
        }
    }
    let first = first
        .into_iter()
        .map(|(request, (_, question))| (request, question))
        .collect();
    Ok((counts, first))
}

/// Whom or what each of `rows` is about, as authority `me` may know it: the subject where
/// its side may see personal data and it is not blocked, else the first question's topic (in `language`), which
/// names no one. A request `me` is no party to (a coordinator's list, its notifications) is
/// seen from the coordinator's side, which never sees personal data.
pub(crate) async fn about_of(
    state: &AppState,
    rows: &[request::Model],
    me: i32,
    language: LanguageCode,
    first: &BTreeMap<i32, i32>,
) -> Result<BTreeMap<i32, shared::dto::About>> {
    let mut about = BTreeMap::new();
    let today = state.today();
    for row in rows {
        let reader = if row.requester_id == me {
            Side::Requesting
        } else if row.responder_id == Some(me) {
            Side::Responding
        } else {
            Side::Coordinator
        };
        let found = if !permissions::personal_data_hidden(reader, state_of(row)?)
            && retention_stage(&state.retention, row, today) == Stage::Visible
            && !row.subject_name.trim().is_empty()
        {
            Some(shared::dto::About::Subject {
                name: row.subject_name.clone(),
            })
        } else {
            first
                .get(&row.id)
                .and_then(|question| state.catalogue.question(shared::QuestionId(*question)))
                .map(|question| shared::dto::About::Topic {
                    name: state.catalogue.text(
                        crate::catalogue::TextTable::Topic,
                        &question.topic,
                        language,
                    ),
                    key: question.topic.clone(),
                })
        };
        if let Some(found) = found {
            about.insert(row.id, found);
        }
    }
    Ok(about)
}

/// Overview rows for requests, from the side of authority `me`.
pub(super) async fn summaries(
    state: &AppState,
    rows: Vec<request::Model>,
    me: i32,
    language: LanguageCode,
) -> Result<Vec<RequestSummary>> {
    let db = &state.db;
    let (counts, first) = question_facts(db, &rows).await?;
    let mut about = about_of(state, &rows, me, language, &first).await?;
    // What happened last to each: its newest event.
    let mut last: BTreeMap<i32, (i32, String)> = BTreeMap::new();
    for (request_id, event_id, kind) in request_event::Entity::find()
        .select_only()
        .column(request_event::Column::RequestId)
        .column(request_event::Column::Id)
        .column(request_event::Column::Kind)
        .filter(request_event::Column::RequestId.is_in(rows.iter().map(|r| r.id)))
        .into_tuple::<(i32, i32, String)>()
        .all(db)
        .await?
    {
        let entry = last.entry(request_id).or_insert((event_id, kind.clone()));
        if event_id > entry.0 {
            *entry = (event_id, kind);
        }
    }
    let party_ids: Vec<i32> = rows
        .iter()
        .map(|r| r.requester_id)
        .chain(rows.iter().filter_map(|r| r.responder_id))
        .collect();
    let parties = parties(db, party_ids).await?;
    let today = state.today();
    rows.into_iter()
        .map(|row| {
            let state = state_of(&row)?;
            let deadline = parse_date(row.deadline.as_deref());
            Ok(RequestSummary {
                id: RequestId(row.id),
                number: request_number(row.created_at.year(), RequestId(row.id)),
                state,
                area: area_of(&row)?,
                kind: kind_of(&row)?,
                side: if row.requester_id == me {
                    Side::Requesting
                } else {
                    Side::Responding
                },
                requester: party(&parties, row.requester_id)?,
                responder: row.responder_id.map(|id| party(&parties, id)).transpose()?,
                questions: counts.get(&row.id).copied().unwrap_or(0),
                about: about.remove(&row.id),
                last_change: last
                    .get(&row.id)
                    .and_then(|(_, kind)| EventKind::parse(kind)),
                requested_date: parse_date(row.requested_date.as_deref()),
                deadline,
                overdue: lifecycle::is_overdue(state, deadline, today),
                updated_at: row.updated_at.to_rfc3339(),
            })
        })
        .collect::<Result<Vec<_>>>()
}

/// The navigation's counters, from the overview's cache while the authority's requests have
/// not changed: the live stream asks for them every two seconds per connected user.
pub async fn counts(state: &AppState, user: &AuthUser) -> Result<RequestCounts> {
    let me = user.authority_id.0;
    // The live stream keeps one `AuthUser` for its whole life, so it reads the version anew.
    let version = overview_cache::version(&state.db, me).await?;
    let key = (me, "counts".to_owned(), state.today().to_string());
    let bytes = state
        .overview
        .get_or_compute(key, version, || async {
            let counts = count_boxes(state, me).await?;
            Ok(serde_json::to_vec(&counts)
                .map_err(|err| anyhow::anyhow!("serialising: {err}"))?
                .into())
        })
        .await?;
    Ok(serde_json::from_slice(&bytes).map_err(|err| anyhow::anyhow!("reading counts: {err}"))?)
}

pub(super) async fn count_boxes(state: &AppState, me: i32) -> Result<RequestCounts> {
    let today = state.today();
    // Counted up to the cap like the overview; `COUNT_CAP + 1` stands for "more".
    let count = |which| async move {
        let slices = slices(which, None, &Condition::all(), None, false, me, today);
        capped_count(&state.db, &slices)
            .await
            .map(|(n, more)| if more { n + 1 } else { n })
    };
    Ok(RequestCounts {
        to_accept: count(RequestBox::ToAccept).await?,
        to_answer: count(RequestBox::ToAnswer).await?,
        awaiting: count(RequestBox::Awaiting).await?,
        overdue: count(RequestBox::Overdue).await?,
        drafts: count(RequestBox::Drafts).await?,
    })
}
