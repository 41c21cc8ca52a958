//! The request's documents: a link to each the reader may see, and the uploader for whoever
//! may add one.

use yew::prelude::*;

use super::state::PartProps;
use crate::components::{PersonalMark, Uploader, use_toasts};
use crate::format;
use crate::i18n::I18n;
use crate::labels::error_text;
use crate::t;

#[function_component(Documents)]
pub fn documents(props: &PartProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let toasts = use_toasts();
    let request = &props.request;
    let language = i18n.language();
    // Documents are offered per question by its number, as the reader sees the list.
    let questions: Vec<(i32, String)> = request
        .questions
        .iter()
        .enumerate()
        .map(|(i, q)| {
            let number = (i + 1).to_string();
            (q.id.0, t!(i18n, "upload-question-number", number = number))
        })
        .collect();
    let onerror = {
        let (i18n, toasts) = (i18n.clone(), toasts.clone());
        Callback::from(move |failure| toasts.error(error_text(&i18n, &failure)))
    };
    let onkept = {
        let i18n = i18n.clone();
        Callback::from(move |()| toasts.info(t!(i18n, "toast-queued")))
    };
    html! {
        <section class="section" aria-labelledby="documents-title">
            <h2 class="section__title" id="documents-title">{ t!(i18n, "request-documents") }{ " " }<PersonalMark /></h2>
            if request.attachments.is_empty() && request.personal_data_hidden {
                <p class="muted" id="documents-withheld">{ t!(i18n, "request-documents-withheld") }</p>
            } else if request.attachments.is_empty() {
                <p class="muted">{ t!(i18n, "request-no-documents") }</p>
            } else {
                <ul class="documents" id="documents">
                    { for request.attachments.iter().map(|a| html! {
                        <li key={a.id}>
                            <a href={format!("/api/attachments/{}", a.id)} download={a.file_name.clone()}>{ &a.file_name }</a>
                            <span class="muted">{ t!(i18n, "request-document-size", size = format::number(a.size.div_ceil(1024), language)) }</span>
                        </li>
                    }) }
                </ul>
            }
            if request.may.attach {
                <Uploader request={request.id} {questions} onuploaded={props.reload()} {onerror}
                    version={Some(request.version)} {onkept} />
            }
        </section>
    }
}
