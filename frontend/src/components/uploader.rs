//! Attaching a document with a progress bar: the file goes as the raw body of one request
//! (XMLHttpRequest, since `fetch` reports no upload progress), and the server checks its type
//! from the content. On a request, a document attached without a connection is kept on the
//! device and sent when the connection returns (`crate::queue`). On a touch device, a second
//! button takes a photo with the device's camera (the file input's `capture`).

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
    /// The request's version as shown, when a document attached offline may be kept for
    /// sending later (an existing request; a draft being composed is online work).
    #[prop_or_default]
    pub version: Option<i32>,
    /// Called when the document was kept on the device for sending later.
    #[prop_or_default]
    pub onkept: Callback<()>,
}

/// Whether the device's main pointer is a finger: a tablet or a phone, whose browser opens
/// the camera for a file input with `capture` (desktop browsers ignore it).
fn touch_device() -> bool {
    gloo::utils::window()
        .match_media("(pointer: coarse)")
        .ok()
        .flatten()
        .is_some_and(|query| query.matches())
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
    let user = crate::session::use_user();
    let on_file = {
        let (progress, question) = (progress.clone(), question.clone());
        let (request, version, onuploaded, onerror, onkept) = (
            props.request,
            props.version,
            props.onuploaded.clone(),
            props.onerror.clone(),
            props.onkept.clone(),
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
                let (progress, onuploaded, onerror, onkept) = (
                    progress.clone(),
                    onuploaded.clone(),
                    onerror.clone(),
                    onkept.clone(),
                );
                let (file, question) = (file.clone(), question.parse::<i32>().ok());
                Callback::from(move |result: Result<String, crate::api::ApiFailure>| {
                    progress.set(None);
                    match (result, user, version) {
                        (Ok(_), _, _) => onuploaded.emit(()),
                        // No connection: the document is kept on the device, to be sent on
                        // the version shown when the connection returns.
                        (Err(failure), Some(user), Some(version))
                            if crate::queue::unreachable(&failure) =>
                        {
                            let what = crate::queue::What::Document {
                                name: file.name(),
                                question,
                                size: file.size(),
                            };
                            let (file, onerror, onkept) =
                                (file.clone(), onerror.clone(), onkept.clone());
                            wasm_bindgen_futures::spawn_local(async move {
                                match crate::queue::keep(user, request, version, what, Some(&file))
                                    .await
                                {
                                    Ok(()) => onkept.emit(()),
                                    Err(failure) => onerror.emit(failure),
                                }
                            });
                        }
                        (Err(failure), _, _) => onerror.emit(failure),
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
    let camera = use_state(touch_device);
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
                    disabled={progress.is_some()} onchange={on_file.clone()} />
                <label for="upload-file" class="btn btn--secondary file-input__button" id="upload-choose">{ t!(i18n, "upload-choose") }</label>
                if *camera {
                    <input class="file-input" id="upload-photo" type="file" accept="image/*" capture="environment"
                        aria-labelledby="upload-photo-label" aria-describedby="upload-help"
                        disabled={progress.is_some()} onchange={on_file.clone()} />
                    <label for="upload-photo" class="btn btn--secondary file-input__button" id="upload-photo-label">{ t!(i18n, "upload-take-photo") }</label>
                }
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
