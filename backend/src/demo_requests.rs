//! Demo requests in every state, among them the source document's four cases, made through
//! the same services as users' requests (so they pass the same checks and leave the same
//! timeline), then aged where a case needs it (overdue, inactive).

use anyhow::Context;
use chrono::{Duration, Utc};
use sea_orm::sea_query::Expr;
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use shared::catalogue::AnswerType;
use shared::dto::{ActionRequest, AnswersUpdate};
use shared::inspection::RequestKind;
use shared::lifecycle::{AcceptDeadline, Action, Rating};
use shared::placeholder::Template;
use shared::request::{AnswerInput, AnswerValue, DraftInput, DraftQuestion, LangText, Subject};
use shared::{AuthorityId, Date, LanguageCode, LegislativeArea, QuestionId, RequestId, UserId};

use crate::auth::{Account, AuthUser, Member, roles_of};
use crate::entities::{authority, notification, outbox, request, request_event, user};
use crate::services::requests;
use crate::state::AppState;

pub(crate) async fn actor(state: &AppState, email: &str) -> anyhow::Result<AuthUser> {
    let account = user::Entity::find()
        .filter(user::Column::Email.eq(email))
        .one(&state.db)
        .await?
        .with_context(|| format!("demo user {email}"))?;
    let member = Member::of(&account)?;
    AuthUser::official(Account {
        user_id: UserId(account.id),
        member,
        roles: roles_of(&state.db, account.id).await?,
        display_name: account.display_name,
        language: None,
        requests_version: 0,
        registry_version: 0,
        token_hash: String::new(),
        session_expires: state.clock.now(),
    })
    .with_context(|| format!("demo user {email} is no authority's official"))
}

async fn authority_named(state: &AppState, name: &str) -> anyhow::Result<AuthorityId> {
    Ok(AuthorityId(
        authority::Entity::find()
            .filter(authority::Column::Name.eq(name))
            .one(&state.db)
            .await?
            .with_context(|| format!("demo authority {name}"))?
            .id,
    ))
}

/// Plausible values for every placeholder of the standard registry.
fn value_for(placeholder: &str, subject: &str) -> String {
    match placeholder {
        "SPBusinessName" | "PersonName" => subject.to_owned(),
        "SPAddress" => "Brīvības iela 120, Rīga, LV-1011".to_owned(),
        "SPRegistrationNumber" => "40003123456".to_owned(),
        "RegisterType" => "Register of electrical installers".to_owned(),
        "RegisterName" => "Elvirksomhetsregisteret".to_owned(),
        "DateOfBirth" => "1984-03-12".to_owned(),
        "DecisionDate" => "2024-05-02".to_owned(),
        "CountryOfEstablishment" => "LV".to_owned(),
        "ContactEmail" => "info@company.lv.example".to_owned(),
        _ => "Liebherr LTM 1100-5.2 mobile crane, serial no. 072 615".to_owned(),
    }
}

pub(crate) struct Case<'a> {
    pub(crate) from: &'a str,
    pub(crate) to: &'a str,
    pub(crate) area: &'a str,
    pub(crate) subject: &'a str,
    pub(crate) identifier: &'a str,
    pub(crate) questions: &'a [&'a str],
    pub(crate) comment: (&'a str, &'a str),
}

pub(crate) async fn compose(
    state: &AppState,
    case: &Case<'_>,
) -> anyhow::Result<(AuthUser, RequestId)> {
    compose_as(state, case, RequestKind::Information).await
}

/// Drafts `case` as a request of `kind`.
async fn compose_as(
    state: &AppState,
    case: &Case<'_>,
    kind: RequestKind,
) -> anyhow::Result<(AuthUser, RequestId)> {
    let requester = actor(state, case.from).await?;
    let mut questions = Vec::new();
    for key in case.questions {
        let id = *state
            .catalogue
            .ids
            .get(*key)
            .with_context(|| format!("demo question {key}"))?;
        let question = state
            .catalogue
            .question(QuestionId(id))
            .with_context(|| format!("demo question {key}"))?;
        let template = Template::parse(&question.texts[&LanguageCode::ENGLISH])
            .map_err(|_| anyhow::anyhow!("demo question {key} does not parse"))?;
        let values = template
            .placeholders()
            .into_iter()
            .map(|name| {
                (
                    name.as_str().to_owned(),
                    value_for(name.as_str(), case.subject),
                )
            })
            .collect();
        questions.push(DraftQuestion {
            question: QuestionId(id),
            values,
        });
    }
    let draft = DraftInput {
        kind,
        area: LegislativeArea::parse(case.area)?,
        responder: Some(authority_named(state, case.to).await?),
        subject: Subject {
            name: case.subject.to_owned(),
            identifier: case.identifier.to_owned(),
            birth_date: None,
        },
        questions,
        comment: Some(LangText {
            text: case.comment.1.to_owned(),
            language: LanguageCode::parse(case.comment.0)?,
        }),
        requested_date: state.today().add_days(21),
    };
    let created = requests::create(state, &requester, draft)
        .await
        .map_err(|err| anyhow::anyhow!("demo draft: {err:?}"))?;
    Ok((requester, created.id))
}

pub(crate) async fn act(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
    action: Action,
    note: Option<(&str, &str)>,
) -> anyhow::Result<()> {
    let version = request::Entity::find_by_id(id.0)
        .one(&state.db)
        .await?
        .context("demo request")?
        .version;
    let note = match note {
        Some((language, text)) => Some(LangText {
            text: text.to_owned(),
            language: LanguageCode::parse(language)?,
        }),
        None => None,
    };
    requests::act(
        state,
        user,
        id,
        ActionRequest {
            version,
            action,
            note,
        },
    )
    .await
    .map_err(|err| anyhow::anyhow!("demo action on {id}: {err:?}"))?;
    Ok(())
}

/// Answers every question in the way its type asks, with free text in `language`.
pub(crate) async fn answer_all(
    state: &AppState,
    user: &AuthUser,
    id: RequestId,
    language: &str,
    text: &str,
) -> anyhow::Result<()> {
    let view = requests::view(state, user, id, LanguageCode::ENGLISH)
        .await
        .map_err(|err| anyhow::anyhow!("demo view: {err:?}"))?;
    let language = LanguageCode::parse(language)?;
    let answers = view
        .questions
        .iter()
        .map(|q| AnswerInput {
            question: q.id,
            value: match q.answer_type {
                AnswerType::YesNo => AnswerValue::Yes,
                AnswerType::Date => AnswerValue::Date {
                    date: Date::parse("2025-09-18").unwrap_or(Date::MIN),
                },
                AnswerType::FreeText => AnswerValue::Text {
                    text: LangText {
                        text: text.to_owned(),
                        language,
                    },
                },
                AnswerType::Document => AnswerValue::DocumentNotAvailable,
                AnswerType::Choice => AnswerValue::Choice {
                    option: q.options.first().map(|o| o.key.clone()).unwrap_or_default(),
                },
                AnswerType::Measurement => match shared::request::Measure::parse("12.5") {
                    Ok(value) => AnswerValue::Measurement { value },
                    Err(_) => AnswerValue::Unknown,
                },
            },
            comment: None,
        })
        .collect();
    requests::save_answers(
        state,
        user,
        id,
        AnswersUpdate {
            version: view.version,
            answers,
        },
    )
    .await
    .map_err(|err| anyhow::anyhow!("demo answers: {err:?}"))?;
    act(state, user, id, Action::Answer, None).await
}

/// Moves a demo request's whole history `days` into the past: its creation, its sending,
/// every event and its last change, so that the story stays coherent (no deadline before the request was
/// written, no event after its last change), and sets its agreed deadline.
async fn age(
    state: &AppState,
    id: RequestId,
    days: i64,
    deadline: Option<Date>,
) -> anyhow::Result<()> {
    let shift = Duration::days(days);
    let row = request::Entity::find_by_id(id.0)
        .one(&state.db)
        .await?
        .context("demo request")?;
    let mut update = request::Entity::update_many()
        .col_expr(
            request::Column::CreatedAt,
            Expr::value(row.created_at - shift),
        )
        .col_expr(
            request::Column::UpdatedAt,
            Expr::value(row.updated_at - shift),
        )
        .col_expr(
            request::Column::SentAt,
            Expr::value(row.sent_at.map(|at| at - shift)),
        )
        .filter(request::Column::Id.eq(id.0));
    if let Some(deadline) = deadline {
        update = update.col_expr(request::Column::Deadline, Expr::value(deadline.to_string()));
    }
    update.exec(&state.db).await?;
    for event in request_event::Entity::find()
        .filter(request_event::Column::RequestId.eq(id.0))
        .all(&state.db)
        .await?
    {
        request_event::Entity::update_many()
            .col_expr(request_event::Column::At, Expr::value(event.at - shift))
            .filter(request_event::Column::Id.eq(event.id))
            .exec(&state.db)
            .await?;
    }
    Ok(())
}

/// Creates the demo requests unless there are requests already.
pub async fn load_if_empty(state: &AppState) -> anyhow::Result<bool> {
    if request::Entity::find().count(&state.db).await? > 0 {
        return Ok(false);
    }
    load_doctor(state).await?;
    load_electrician(state).await?;
    load_baker(state).await?;
    load_crane(state).await?;
    load_site_inspection(state).await?;
    load_short_cases(state).await?;
    start_with_clean_slate(state).await?;
    Ok(true)
}

/// Accepting with the deadline the requester asked for, as most demo responders do.
pub(crate) fn accept() -> Action {
    Action::Accept {
        deadline: AcceptDeadline::AsRequested,
    }
}

/// The first case, the Portuguese doctor's diploma: the Latvian health inspectorate asks the
/// Portuguese medical association; it waits for acceptance.
async fn load_doctor(state: &AppState) -> anyhow::Result<()> {
    let (_, doctor) = compose(
        state,
        &Case {
            from: "anna.berzina@vi.lv.example",
            to: "Ordem dos Médicos",
            area: "professional_qualifications",
            subject: "João Pedro Silva",
            identifier: "OM 54321",
            questions: &[
                "professional_qualifications.diploma.authenticity",
                "professional_qualifications.diploma.awarded_to",
                "professional_qualifications.diploma.qualification_attested",
            ],
            comment: (
                "lv",
                "Ārsts vēlas strādāt Rīgas slimnīcā; lūdzam apstiprināt diplomu.",
            ),
        },
    )
    .await?;
    let anna = actor(state, "anna.berzina@vi.lv.example").await?;
    act(state, &anna, doctor, Action::Send, None).await
}

/// The second case, the Norwegian electrician's registration: accepted by the Norwegian
/// directorate, being answered.
async fn load_electrician(state: &AppState) -> anyhow::Result<()> {
    let (liga, electrician) = compose(
        state,
        &Case {
            from: "liga.ozola@bvkb.lv.example",
            to: "Direktoratet for samfunnssikkerhet og beredskap",
            area: "services",
            subject: "Ole Hansen Elektro AS",
            identifier: "NO 912 345 678",
            questions: &[
                "services.identity.register",
                "services.identity.registered_since",
            ],
            comment: ("lv", "Uzņēmums piedāvā elektroinstalācijas darbus Latvijā."),
        },
    )
    .await?;
    act(state, &liga, electrician, Action::Send, None).await?;
    let kari = actor(state, "kari.nordmann@dsb.no.example").await?;
    act(
        state,
        &kari,
        electrician,
        Action::Accept {
            deadline: AcceptDeadline::ProposeDays(14),
        },
        None,
    )
    .await
}

/// The third case, the Estonian baker's experience: answered, waiting for the German
/// requester.
async fn load_baker(state: &AppState) -> anyhow::Result<()> {
    let (klaus, baker) = compose(
        state,
        &Case {
            from: "klaus.becker@lagetsi.de.example",
            to: "Sihtasutus Kutsekoda",
            area: "professional_qualifications",
            subject: "Kadri Kask",
            identifier: "48503120215",
            questions: &[
                "professional_qualifications.experience.pursued",
                "professional_qualifications.experience.total_duration",
            ],
            comment: (
                "de",
                "Frau Kask möchte sich in Berlin als Bäckerin niederlassen.",
            ),
        },
    )
    .await?;
    act(state, &klaus, baker, Action::Send, None).await?;
    let mari = actor(state, "mari.tamm@kutsekoda.ee.example").await?;
    act(state, &mari, baker, accept(), None).await?;
    answer_all(
        state,
        &mari,
        baker,
        "et",
        "Kuus aastat täistööajaga pagarina, 2017–2023.",
    )
    .await
}

/// The fourth case, the German crane's inspections: answered and closed, with ratings.
async fn load_crane(state: &AppState) -> anyhow::Result<()> {
    let (mari, crane) = compose(
        state,
        &Case {
            from: "mari.tamm@kutsekoda.ee.example",
            to: "Landesamt für Arbeitsschutz, Gesundheitsschutz und technische Sicherheit Berlin",
            area: "services",
            subject: "Kranvermietung Schulz GmbH",
            identifier: "HRB 123456 B",
            questions: &[
                "services.checks.equipment_inspections",
                "services.checks.inspection_result",
                "services.checks.inspection_date",
            ],
            comment: (
                "et",
                "Ettevõte soovib kraanat kasutada Tallinna ehitusplatsil.",
            ),
        },
    )
    .await?;
    act(state, &mari, crane, Action::Send, None).await?;
    let klaus = actor(state, "klaus.becker@lagetsi.de.example").await?;
    act(state, &klaus, crane, accept(), None).await?;
    answer_all(
        state,
        &klaus,
        crane,
        "de",
        "Prüfung nach BetrSichV ohne Mängel.",
    )
    .await?;
    act(
        state,
        &mari,
        crane,
        Action::Close {
            timeliness: Rating::Positive,
            effort: Rating::Positive,
        },
        None,
    )
    .await
}

/// An inspection on site (`shared::inspection`): the Latvian building control office asks the
/// Berlin safety authority to inspect the crane a German builder will bring to Riga while it
/// is still on its Berlin site; Klaus has accepted it and has the inspection to carry out.
async fn load_site_inspection(state: &AppState) -> anyhow::Result<()> {
    let (_, inspection) = compose_as(
        state,
        &Case {
            from: "liga.ozola@bvkb.lv.example",
            to: "Landesamt für Arbeitsschutz, Gesundheitsschutz und technische Sicherheit Berlin",
            area: "services",
            subject: "Bau & Kran Berlin GmbH",
            identifier: "HRB 204518 B",
            questions: &[
                "services.site_inspection.equipment_found",
                "services.site_inspection.rating_plate",
                "services.site_inspection.inspection_mark",
                "services.site_inspection.logbook",
                "services.site_inspection.rated_load",
                "services.site_inspection.result",
            ],
            comment: (
                "lv",
                "Uzņēmums šo celtni izmantos lielveikala būvniecībā Jelgavā. Lūdzam to pārbaudīt uz vietas, pirms tas tiek pārvests uz Latviju.",
            ),
        },
        RequestKind::Inspection,
    )
    .await?;
    let liga = actor(state, "liga.ozola@bvkb.lv.example").await?;
    act(state, &liga, inspection, Action::Send, None).await?;
    let klaus = actor(state, "klaus.becker@lagetsi.de.example").await?;
    act(state, &klaus, inspection, accept(), None).await
}

/// A draft, a withdrawn request, one waiting for information, one overdue and one that
/// has been quiet for three months, all asking the Portuguese medical association the same
/// question.
async fn load_short_cases(state: &AppState) -> anyhow::Result<()> {
    let pq = |subject: &'static str| Case {
        from: "anna.berzina@vi.lv.example",
        to: "Ordem dos Médicos",
        area: "professional_qualifications",
        subject,
        identifier: "",
        questions: &["professional_qualifications.diploma.award_date"],
        comment: ("lv", "Lūdzam norādīt diploma izsniegšanas datumu."),
    };
    compose(state, &pq("Maria Santos")).await?;
    let (anna, withdrawn) = compose(state, &pq("Rui Almeida")).await?;
    act(state, &anna, withdrawn, Action::Send, None).await?;
    act(state, &anna, withdrawn, Action::Withdraw, None).await?;
    let ana = actor(state, "ana.costa@om.pt.example").await?;
    let (_, info) = compose(state, &pq("Carla Ferreira")).await?;
    act(state, &anna, info, Action::Send, None).await?;
    act(state, &ana, info, accept(), None).await?;
    act(
        state,
        &ana,
        info,
        Action::RequestInfo,
        Some(("pt", "Podem indicar o número de cédula profissional?")),
    )
    .await?;
    let (_, overdue) = compose(state, &pq("Tiago Rocha")).await?;
    act(state, &anna, overdue, Action::Send, None).await?;
    act(state, &ana, overdue, accept(), None).await?;
    age(state, overdue, 20, state.today().add_days(-5)).await?;
    let (_, quiet) = compose(state, &pq("Inês Marques")).await?;
    act(state, &anna, quiet, Action::Send, None).await?;
    age(state, quiet, 90, None).await
}

/// The demo starts with a clean slate: no unread notifications, no e-mails queued to the
/// `.example` addresses.
async fn start_with_clean_slate(state: &AppState) -> anyhow::Result<()> {
    notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Expr::value(Some(Utc::now())))
        .exec(&state.db)
        .await?;
    outbox::Entity::delete_many().exec(&state.db).await?;
    Ok(())
}
