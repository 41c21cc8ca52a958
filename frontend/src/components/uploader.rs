//! Attaching a document with a progress bar: the file goes as the raw body of one request
//! (XMLHttpRequest, since `fetch` reports no upload progress), and the server checks its type
//! from the content.

use shared::RequestId;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
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
            let Ok(xhr) = web_sys::XmlHttpRequest::new() else {
                return;
            };
            if xhr.open("POST", &url).is_err() {
                return;
            }
            let _ = xhr.set_request_header("Content-Type", "application/octet-stream");
            let on_progress = {
                let progress = progress.clone();
                Closure::<dyn FnMut(web_sys::ProgressEvent)>::new(
                    move |event: web_sys::ProgressEvent| {
                        if event.length_computable() && event.total() > 0.0 {
                            progress.set(Some(event.loaded() / event.total()));
                        }
                    },
                )
            };
            if let Ok(upload) = xhr.upload() {
                upload.set_onprogress(Some(on_progress.as_ref().unchecked_ref()));
            }
            on_progress.forget();
            let on_done = {
                let (xhr, progress, onuploaded, onerror) = (
                    xhr.clone(),
                    progress.clone(),
                    onuploaded.clone(),
                    onerror.clone(),
                );
                Closure::<dyn FnMut()>::new(move || {
                    progress.set(None);
                    let status = xhr.status().unwrap_or(0);
                    if (200..300).contains(&status) {
                        onuploaded.emit(());
                        return;
                    }
                    let body = xhr.response_text().ok().flatten().unwrap_or_default();
                    let failure = match serde_json::from_str::<shared::ApiError>(&body) {
                        Ok(error) => crate::api::ApiFailure {
                            code: error.code,
                            fields: error.fields,
                            retry_after: None,
                            current_state: error.current_state,
                        },
                        Err(_) => crate::api::ApiFailure {
                            code: if status == 0 {
                                shared::ErrorCode::NetworkError
                            } else {
                                shared::ErrorCode::InternalError
                            },
                            fields: Vec::new(),
                            retry_after: None,
                            current_state: None,
                        },
                    };
                    onerror.emit(failure);
                })
            };
            xhr.set_onloadend(Some(on_done.as_ref().unchecked_ref()));
            on_done.forget();
            progress.set(Some(0.0));
            let _ = xhr.send_with_opt_blob(Some(&file));
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
            <div class="field">
                <label class="field__label" for="upload-file">{ t!(i18n, "upload-label") }</label>
                <p class="field__help">{ t!(i18n, "upload-help") }</p>
                <input class="field__input" id="upload-file" type="file"
                    accept=".pdf,.png,.jpg,.jpeg,.gif,.tif,.tiff,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods"
                    disabled={progress.is_some()} onchange={on_file} />
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
