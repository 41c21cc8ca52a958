//! The request page's state and the one function that changes it: the request as loaded,
//! the answers being written, the server's refusals of them, and the questions chosen to
//! split off. Each part of the page sends a [`PageAction`]; nothing else sets this state.

use shared::dto::RequestView;
use shared::error::FieldError;
use shared::inspection::{InspectionReport, Mark, Signature, SignerRole, Strokes};
use shared::request::{AnswerInput, AnswerValue, LangText, Measure};
use shared::{Date, LanguageCode, QuestionId};
use std::collections::BTreeMap;
use std::rc::Rc;
use yew::prelude::*;

use crate::api::ApiFailure;
use crate::queue::{Change, What};

/// What the answer form holds for one question before it is saved.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AnswerDraft {
    /// `yes`, `no`, `unknown`, `date`, `text`, `document_attached`,
    /// `document_not_available` or an option key.
    pub choice: String,
    /// The date or free text typed.
    pub text: String,
    pub comment: String,
}

impl AnswerDraft {
    /// The form's fields for an answer already saved.
    pub fn from_answer(answer: &AnswerInput) -> AnswerDraft {
        let (choice, text) = match &answer.value {
            AnswerValue::Date { date } => ("date".to_owned(), date.to_string()),
            AnswerValue::Text { text } => ("text".to_owned(), text.text.clone()),
            AnswerValue::Choice { option } => (option.clone(), String::new()),
            AnswerValue::Measurement { value } => ("measurement".to_owned(), value.to_string()),
            fixed => (
                fixed.fixed_key().unwrap_or("unknown").to_owned(),
                String::new(),
            ),
        };
        AnswerDraft {
            choice,
            text,
            comment: answer
                .comment
                .as_ref()
                .map(|c| c.text.clone())
                .unwrap_or_default(),
        }
    }

    /// The answer to send, or none while nothing is chosen or a date does not parse (the
    /// date field says why itself).
    pub fn to_answer(&self, question: QuestionId, language: LanguageCode) -> Option<AnswerInput> {
        let value = match self.choice.as_str() {
            "" => return None,
            "yes" => AnswerValue::Yes,
            "no" => AnswerValue::No,
            "unknown" => AnswerValue::Unknown,
            "document_attached" => AnswerValue::DocumentAttached,
            "document_not_available" => AnswerValue::DocumentNotAvailable,
            "date" => AnswerValue::Date {
                date: Date::parse(&self.text).ok()?,
            },
            "measurement" => AnswerValue::Measurement {
                value: Measure::parse(&self.text).ok()?,
            },
            "text" => AnswerValue::Text {
                text: LangText {
                    text: self.text.clone(),
                    language,
                },
            },
            option => AnswerValue::Choice {
                option: option.to_owned(),
            },
        };
        let comment = (!self.comment.trim().is_empty()).then(|| LangText {
            text: self.comment.clone(),
            language,
        });
        Some(AnswerInput {
            question,
            value,
            comment,
        })
    }
}

/// The question a refusal of the answers names: `answers[k]…` is the k-th answer `sent`,
/// `question.<id>` a question left unanswered.
pub fn answer_question(field: &str, sent: &[QuestionId]) -> Option<QuestionId> {
    if let Some(rest) = field.strip_prefix("answers[") {
        let index: usize = rest.split(']').next()?.parse().ok()?;
        return sent.get(index).copied();
    }
    let id = field.strip_prefix("question.")?.parse().ok()?;
    Some(QuestionId(id))
}

/// One person present at an inspection, as the report form holds them: someone added who
/// has not signed (nor refused) yet is not part of the report until they have.
#[derive(Debug, Clone, PartialEq)]
pub struct SignerDraft {
    pub name: String,
    pub role: SignerRole,
    pub refused: bool,
    pub strokes: Option<Strokes>,
}

impl SignerDraft {
    /// Their part of the report, once they have signed or refused.
    fn signature(&self) -> Option<Signature> {
        let mark = match (&self.strokes, self.refused) {
            (_, true) => Mark::Refused,
            (Some(strokes), false) => Mark::Signed {
                strokes: strokes.clone(),
            },
            (None, false) => return None,
        };
        Some(Signature {
            name: self.name.clone(),
            role: self.role,
            mark,
        })
    }
}

/// The on-site report as the inspector writes it (`shared::inspection`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ReportDraft {
    /// The day as typed: `YYYY-MM-DD` once complete.
    pub inspected_on: String,
    pub place: String,
    pub signers: Vec<SignerDraft>,
}

impl ReportDraft {
    /// The form's fields for a report saved (or kept offline).
    pub fn from_report(report: &InspectionReport) -> ReportDraft {
        ReportDraft {
            inspected_on: report
                .inspected_on
                .map(|d| d.to_string())
                .unwrap_or_default(),
            place: report.place.clone(),
            signers: report
                .signatures
                .iter()
                .map(|s| SignerDraft {
                    name: s.name.clone(),
                    role: s.role,
                    refused: s.mark == Mark::Refused,
                    strokes: match &s.mark {
                        Mark::Signed { strokes } => Some(strokes.clone()),
                        Mark::Refused => None,
                    },
                })
                .collect(),
        }
    }

    /// The report to save, and for each of its signatures the signer of the form it comes
    /// from (a refusal of `report.signatures[k]` belongs to signer `from[k]`).
    pub fn to_report(&self) -> (InspectionReport, Vec<usize>) {
        let (from, signatures): (Vec<usize>, Vec<Signature>) = self
            .signers
            .iter()
            .enumerate()
            .filter_map(|(n, signer)| Some((n, signer.signature()?)))
            .unzip();
        let report = InspectionReport {
            inspected_on: Date::parse(&self.inspected_on).ok(),
            place: self.place.clone(),
            signatures,
        };
        (report, from)
    }
}

/// The refusals of a report sent as `to_report` made it, with each `report.signatures[k]…`
/// renamed after the form's signer it came from (`from[k]`), so that it shows at them.
pub fn place_report_errors(errors: &[FieldError], from: &[usize]) -> Vec<FieldError> {
    errors
        .iter()
        .filter(|e| e.field.starts_with("report.") || e.field == "kind")
        .map(|e| {
            let renamed = e.field.strip_prefix("report.signatures[").and_then(|rest| {
                let (index, tail) = rest.split_once(']')?;
                let signer = from.get(index.parse::<usize>().ok()?)?;
                Some(format!("report.signatures[{signer}]{tail}"))
            });
            FieldError {
                field: renamed.unwrap_or_else(|| e.field.clone()),
                ..e.clone()
            }
        })
        .collect()
}

/// Everything the request page shows that is not the server's alone to say.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct PageState {
    /// `None` until the request has arrived.
    pub view: Option<Result<Rc<RequestView>, ApiFailure>>,
    /// Bumped to load the request again after something changed it.
    pub generation: u32,
    pub answers: BTreeMap<QuestionId, AnswerDraft>,
    /// The server's refusals of the answers, each at its question.
    pub answer_errors: Vec<(QuestionId, FieldError)>,
    /// The questions chosen to split off into a request of their own.
    pub split: Vec<QuestionId>,
    /// This request's changes made offline and not sent yet (`crate::queue`), oldest first.
    pub queued: Vec<Change>,
    /// Answers given back to the form from the queue to be edited: the form shows them
    /// over the ones saved until they are saved.
    pub restored_answers: Vec<AnswerInput>,
    /// A message given back to its box from the queue to be edited, with a count that
    /// tells the box a new one came.
    pub restored_message: Option<(u32, String)>,
    /// An inspection's report as the form holds it.
    pub report: ReportDraft,
    /// The server's refusals of the report (`report.…`), as it named them.
    pub report_errors: Vec<FieldError>,
}

impl PageState {
    /// The answers kept offline last, which the form shows over the ones saved.
    fn queued_answers(&self) -> Option<&[AnswerInput]> {
        self.queued
            .iter()
            .rev()
            .find_map(|change| match &change.what {
                What::Answers { answers, .. } => Some(answers.as_slice()),
                _ => None,
            })
    }

    /// The report kept offline last, which the form shows over the one saved.
    fn queued_report(&self) -> Option<&InspectionReport> {
        self.queued
            .iter()
            .rev()
            .find_map(|change| match &change.what {
                What::Report { report } => Some(report),
                _ => None,
            })
    }

    /// Puts the answers kept offline, or given back from the queue, into the form.
    fn show_queued_answers(&mut self) {
        let queued: Vec<AnswerInput> = self.queued_answers().map(<[_]>::to_vec).unwrap_or_default();
        for answer in self.restored_answers.clone().iter().chain(&queued) {
            self.answers
                .insert(answer.question, AnswerDraft::from_answer(answer));
        }
    }
}

/// The changes a part of the page may ask for.
pub enum PageAction {
    /// The request arrived (again): the answer form starts from the answers saved.
    Loaded(Result<Box<RequestView>, ApiFailure>),
    /// Something changed the request: load it again.
    Reload,
    /// One question's answer was edited.
    EditAnswer(QuestionId, AnswerDraft),
    /// The server refused the answers; the refusals placed at their questions.
    AnswersRefused(Vec<(QuestionId, FieldError)>),
    /// The answers were saved (or sent): no refusal stands any more.
    AnswersAccepted,
    /// A question was chosen (or no longer) to split off.
    ChooseSplit(QuestionId, bool),
    /// The changes kept offline for this request, read again.
    Queued(Vec<Change>),
    /// Answers kept offline go back to the form, to be edited, with the server's refusals
    /// of them placed at their questions.
    RestoreAnswers(Vec<AnswerInput>, Vec<(QuestionId, FieldError)>),
    /// A message kept offline goes back to its box, to be edited.
    RestoreMessage(String),
    /// The report was edited.
    EditReport(ReportDraft),
    /// The server refused the report, or the answer for the report's sake.
    ReportRefused(Vec<FieldError>),
}

impl Reducible for PageState {
    type Action = PageAction;

    fn reduce(self: Rc<Self>, action: PageAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            PageAction::Loaded(loaded) => {
                if let Ok(view) = &loaded {
                    next.answers = view
                        .questions
                        .iter()
                        .filter_map(|q| Some((q.id, AnswerDraft::from_answer(q.answer.as_ref()?))))
                        .collect();
                }
                if let Ok(view) = &loaded {
                    let report = self.queued_report().or(view.report.as_ref());
                    // The form as it is when it holds what was saved (the user's own save):
                    // those added who have not signed yet stay where they were. Otherwise
                    // the report saved, and after it those who have not signed.
                    if report != Some(&self.report.to_report().0) {
                        next.report = report.map(ReportDraft::from_report).unwrap_or_default();
                        next.report.signers.extend(
                            self.report
                                .signers
                                .iter()
                                .filter(|s| s.signature().is_none())
                                .cloned(),
                        );
                    }
                }
                next.view = Some(loaded.map(|view| Rc::new(*view)));
                next.show_queued_answers();
            }
            PageAction::Reload => next.generation += 1,
            PageAction::EditAnswer(question, draft) => {
                next.answers.insert(question, draft);
            }
            PageAction::AnswersRefused(errors) => next.answer_errors = errors,
            PageAction::AnswersAccepted => {
                next.answer_errors.clear();
                next.report_errors.clear();
                next.restored_answers.clear();
            }
            PageAction::EditReport(report) => next.report = report,
            PageAction::ReportRefused(errors) => next.report_errors = errors,
            PageAction::RestoreAnswers(answers, errors) => {
                next.restored_answers = answers;
                next.answer_errors = errors;
                next.show_queued_answers();
            }
            PageAction::Queued(queued) => {
                next.queued = queued;
                // Only answers newly kept go into the form: what the user typed since stays.
                if next.queued_answers() != self.queued_answers() {
                    next.show_queued_answers();
                }
                if next.queued_report() != self.queued_report()
                    && let Some(report) = next.queued_report()
                {
                    next.report = ReportDraft::from_report(report);
                }
            }
            PageAction::RestoreMessage(text) => {
                let count = next.restored_message.as_ref().map_or(0, |(n, _)| n + 1);
                next.restored_message = Some((count, text));
            }
            PageAction::ChooseSplit(question, chosen) => {
                next.split.retain(|q| *q != question);
                if chosen {
                    next.split.push(question);
                }
            }
        }
        Rc::new(next)
    }
}

/// What each part of the page is handed: the request as loaded and the way to change the
/// page's state.
#[derive(Properties, Clone, PartialEq)]
pub struct PartProps {
    pub request: Rc<RequestView>,
    pub state: UseReducerHandle<PageState>,
}

impl PartProps {
    /// Loads the request again.
    pub fn reload(&self) -> Callback<()> {
        let dispatch = self.state.dispatcher();
        Callback::from(move |()| dispatch.dispatch(PageAction::Reload))
    }
}
