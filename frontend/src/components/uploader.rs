//! Attaching a document with a progress bar: the file goes as the raw body of one request
//! (XMLHttpRequest, since `fetch` reports no upload progress), and the server checks its type
//! from the content.

use shared::RequestId;
use yew::prelude::*;

use crate::i18n::I18n;
use crate::t;

#[derive(Properties, PartialEq)]
pub struct UploaderProps {
    /// The request the document belongs to.
    pub request: RequestId,
    /// Questions the document may answer: (id, short label).
    #[prop_or_default]
    pub questions: Vec<(i32, String)>,
    /// Called after a successful upload.
    pub onuploaded: Callback<()>,
    /// Called with the error's code after a refused upload.
    pub onerror: Callback<crate::api::ApiFailure>,
}

#[function_component(Uploader)]
pub fn uploader(props: &UploaderProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let progress = use_state(|| None::<f64>);
    let question = use_state(String::new);
    let on_question = {
        let question = question.clone();
        Callback::from(move |event: Event| {
            let select: web_sys::HtmlSelectElement = event.target_unchecked_into();
            question.set(select.value());
        })
    };
    let on_file = {
        let (progress, question) = (progress.clone(), question.clone());
        let (request, onuploaded, onerror) = (
            props.request,
            props.onuploaded.clone(),
            props.onerror.clone(),
        );
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let mut url = format!(
                "/api/requests/{request}/attachments?name={}",
                String::from(web_sys::js_sys::encode_uri_component(&file.name()))
            );
            if !question.is_empty() {
                url.push_str(&format!("&question={}", *question));
            }
            let on_progress = {
                let progress = progress.clone();
                Callback::from(move |share| progress.set(Some(share)))
            };
            let on_done = {
                let (progress, onuploaded, onerror) =
                    (progress.clone(), onuploaded.clone(), onerror.clone());
                Callback::from(move |result: Result<String, crate::api::ApiFailure>| {
                    progress.set(None);
                    match result {
                        Ok(_) => onuploaded.emit(()),
                        Err(failure) => onerror.emit(failure),
                    }
                })
            };
            progress.set(Some(0.0));
            crate::api::post_with_progress(
                &url,
                "application/octet-stream",
                &file,
                on_progress,
                on_done,
            );
        })
    };
    html! {
        <div class="uploader">
            if !props.questions.is_empty() {
                <div class="field">
                    <label class="field__label" for="upload-question">{ t!(i18n, "upload-question") }</label>
                    <select class="field__input" id="upload-question" onchange={on_question}>
                        <option value="" selected={question.is_empty()}>{ t!(i18n, "upload-no-question") }</option>
                        { for props.questions.iter().map(|(id, label)| html! {
                            <option value={id.to_string()} selected={*question == id.to_string()}>{ label }</option>
                        }) }
                    </select>
                </div>
            }
            // The browser's own file button speaks the browser's language ("Choose File");
            // the input is hidden and its label, in the interface's language, is the button.
            <div class="field">
                <span class="field__label" id="upload-label">{ t!(i18n, "upload-label") }</span>
                <p class="field__help" id="upload-help">{ t!(i18n, "upload-help") }</p>
                <input class="file-input" id="upload-file" type="file"
                    aria-labelledby="upload-label" aria-describedby="upload-help"
                    accept=".pdf,.png,.jpg,.jpeg,.gif,.tif,.tiff,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods"
                    disabled={progress.is_some()} onchange={on_file} />
                <label for="upload-file" class="btn btn--secondary file-input__button" id="upload-choose">{ t!(i18n, "upload-choose") }</label>
            </div>
            if let Some(done) = *progress {
                <progress class="uploader__progress" id="upload-progress" max="100" value={format!("{:.0}", done * 100.0)}
                    aria-label={t!(i18n, "upload-progress")}>
                    { format!("{:.0} %", done * 100.0) }
                </progress>
            }
        </div>
    }
}
