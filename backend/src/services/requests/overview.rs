//! The overview: the boxes, the filtered and sorted pages, the counters.

use super::*;

pub(super) fn in_states(
    column: request::Column,
    states: &[RequestState],
) -> sea_orm::sea_query::SimpleExpr {
    column.is_in(states.iter().map(|s| s.as_str()))
}

/// The condition of a box for the caller's authority: requests on either side.
pub(super) fn box_condition(which: RequestBox, me: i32, today: Date) -> Condition {
    box_sides(which, me, today)
        .into_iter()
        .flatten()
        .fold(Condition::any(), Condition::add)
}

/// A box's condition split by the caller's side: `[as requester, as responder]`. Each half
/// starts with its side's column, so each can walk that side's index in order.
pub(super) fn box_sides(which: RequestBox, me: i32, today: Date) -> [Option<Condition>; 2] {
    use RequestState as S;
    use request::Column as C;
    let out = |states: &[S]| {
        Some(
            Condition::all()
                .add(C::RequesterId.eq(me))
                .add(in_states(C::State, states)),
        )
    };
    // The requester's own requests are in the first half even if it also holds them.
    let inn = |states: &[S]| {
        Some(
            Condition::all()
                .add(C::ResponderId.eq(me))
                .add(C::RequesterId.ne(me))
                .add(in_states(C::State, states)),
        )
    };
    let open = [
        S::AwaitingAcceptance,
        S::Accepted,
        S::InfoRequested,
        S::Answered,
        S::Closed,
        S::Withdrawn,
    ];
    let overdue = |half: Option<Condition>| half.map(|c| c.add(C::Deadline.lt(today.to_string())));
    match which {
        RequestBox::ToAccept => [None, inn(&[S::AwaitingAcceptance])],
        RequestBox::ToAnswer => [out(&[S::InfoRequested, S::Answered]), inn(&[S::Accepted])],
        RequestBox::Awaiting => [
            out(&[S::AwaitingAcceptance, S::Accepted]),
            inn(&[S::InfoRequested, S::Answered]),
        ],
        RequestBox::Overdue => [
            overdue(out(&[S::Accepted, S::InfoRequested])),
            overdue(inn(&[S::Accepted, S::InfoRequested])),
        ],
        RequestBox::Drafts => [out(&[S::Draft]), None],
        RequestBox::Closed => [
            out(&[S::Closed, S::Withdrawn]),
            inn(&[S::Closed, S::Withdrawn]),
        ],
        RequestBox::All => [
            Some(Condition::all().add(C::RequesterId.eq(me))),
            inn(&open),
        ],
    }
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
    let halves = list_halves(query, me, state.today());
    let all = halves
        .iter()
        .cloned()
        .fold(Condition::any(), Condition::add);
    let (total, total_capped) =
        capped_count(&state.db, request::Entity::find().filter(all)).await?;
    // Each half in order up to the end of the page, then merged: two short index walks
    // instead of sorting every request of a busy authority.
    let wanted = page * per_page;
    let mut rows = Vec::new();
    for half in halves {
        let select = ordered(request::Entity::find().filter(half), query.sort);
        rows.extend(select.limit(wanted).all(&state.db).await?);
    }
    rows.sort_by(|a, b| row_order(a, b, query.sort));
    let rows: Vec<request::Model> = rows
        .into_iter()
        .skip(query.paging.offset())
        .take(query.paging.per_page() as usize)
        .collect();
    let rows = summaries(state, rows, me, language).await?;
    Ok(RequestListPage {
        total,
        total_capped,
        page,
        per_page,
        rows,
    })
}

/// The conditions of the page's requests, one per side of the caller's box (see
/// [`box_sides`]): the box's half, the query's filters, and the other side in the query's
/// country.
fn list_halves(query: &RequestListQuery, me: i32, today: Date) -> Vec<Condition> {
    let filters = list_filters(query);
    let of_country = query.country.map(|country| {
        Query::select()
            .column(authority::Column::Id)
            .from(authority::Entity)
            .and_where(authority::Column::Country.eq(country.as_str()))
            .to_owned()
    });
    let [out, inn] = box_sides(query.which, me, today);
    [
        out.map(|c| (c, request::Column::ResponderId)),
        inn.map(|c| (c, request::Column::RequesterId)),
    ]
    .into_iter()
    .flatten()
    .map(|(half, other_side)| {
        let half = half.add(filters.clone());
        match &of_country {
            Some(of_country) => half.add(other_side.in_subquery(of_country.clone())),
            None => half,
        }
    })
    .collect()
}

/// The query's filters other than the box and the other side's country, which depend on the
/// side.
fn list_filters(query: &RequestListQuery) -> Condition {
    let mut filters = Condition::all();
    if let Some(area) = query.area {
        filters = filters.add(request::Column::Area.eq(area.as_str()));
    }
    if let Some(wanted) = query.state {
        filters = filters.add(request::Column::State.eq(wanted.as_str()));
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

/// `select` in the order `sort` asks for, the id settling equals.
fn ordered(
    select: sea_orm::Select<request::Entity>,
    sort: RequestSort,
) -> sea_orm::Select<request::Entity> {
    match sort {
        RequestSort::UpdatedAsc => select
            .order_by_asc(request::Column::UpdatedAt)
            .order_by_asc(request::Column::Id),
        // Requests without a deadline last, on both engines alike.
        RequestSort::DeadlineAsc => select
            .order_by(
                Expr::col(request::Column::Deadline).is_null(),
                sea_orm::Order::Asc,
            )
            .order_by_asc(request::Column::Deadline)
            .order_by_asc(request::Column::Id),
        RequestSort::NumberDesc => select.order_by_desc(request::Column::Id),
        RequestSort::UpdatedDesc => select
            .order_by_desc(request::Column::UpdatedAt)
            .order_by_desc(request::Column::Id),
    }
}

/// The order of [`ordered`], for merging the halves' rows as the database ordered each.
fn row_order(a: &request::Model, b: &request::Model, sort: RequestSort) -> std::cmp::Ordering {
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

/// How many rows `select` matches, up to [`COUNT_CAP`]; `true` when there are more.
pub(super) async fn capped_count(
    db: &impl ConnectionTrait,
    select: sea_orm::Select<request::Entity>,
) -> Result<(u64, bool)> {
    use sea_orm::sea_query::{Alias, Asterisk, Func};
    let mut inner = select.select_only().column(request::Column::Id);
    QueryTrait::query(&mut inner).limit(COUNT_CAP + 1);
    let inner = QueryTrait::into_query(inner);
    let outer = Query::select()
        .expr_as(Func::count(Expr::col(Asterisk)), Alias::new("n"))
        .from_subquery(inner, Alias::new("capped"))
        .to_owned();
    let backend = db.get_database_backend();
    let n: i64 = db
        .query_one(backend.build(&outer))
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
    // language.
    let key = (me, format!("{query:?}"), state.today().to_string());
    if let Some(page) = state.overview.get(&key, version) {
        return Ok(page);
    }
    let page = list(state, user, &query).await?;
    let bytes = axum::body::Bytes::from(
        serde_json::to_vec(&page).map_err(|err| anyhow::anyhow!("serialising: {err}"))?,
    );
    state.overview.put(key, version, bytes.clone());
    Ok(bytes)
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
    if let Some(cached) = state.overview.get(&key, version)
        && let Ok(counts) = serde_json::from_slice(&cached)
    {
        return Ok(counts);
    }
    let counts = count_boxes(state, me).await?;
    if let Ok(bytes) = serde_json::to_vec(&counts) {
        state.overview.put(key, version, bytes.into());
    }
    Ok(counts)
}

pub(super) async fn count_boxes(state: &AppState, me: i32) -> Result<RequestCounts> {
    let today = state.today();
    // Counted up to the cap like the overview; `COUNT_CAP + 1` stands for "more".
    let count = |which| async move {
        let select = request::Entity::find().filter(box_condition(which, me, today));
        capped_count(&state.db, select)
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
