//! Attaching a document with a progress bar: the file goes as the raw body of one request
//! (XMLHttpRequest, since `fetch` reports no upload progress), and the server checks its type
//! from the content. On a request, a document attached without a connection is kept on the
//! device and sent when the connection returns (`crate::queue`). On a touch device, a second
//! button takes a photo with the device's camera (the file input's `capture`).

use shared::RequestId;
use wasm_bindgen::prelude::*;
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

/// The photo `file` made at most `longest` pixels on its longer side, as a JPEG of `quality`
/// (0 to 1), when that is smaller; else `file` itself. Only the photo formats a canvas draws
/// and a tablet's camera makes: a GIF may move, and a TIFF is a scan to keep as it is.
///
/// Written against web-sys rather than as an inline JS snippet: each wasm module numbers its
/// snippets by itself, and both modules write theirs into one folder, so a snippet used by
/// one module only can take the name of another's.
async fn shrink_photo(file: web_sys::File, longest: u32, quality: f64) -> web_sys::File {
    use wasm_bindgen_futures::JsFuture;
    if !matches!(
        file.type_().as_str(),
        "image/jpeg" | "image/png" | "image/webp"
    ) {
        return file;
    }
    let window = gloo::utils::window();
    let Some(bitmap) = async {
        let promise = window.create_image_bitmap_with_blob(&file).ok()?;
        JsFuture::from(promise)
            .await
            .ok()?
            .dyn_into::<web_sys::ImageBitmap>()
            .ok()
    }
    .await
    else {
        return file;
    };
    let (width, height) = (bitmap.width(), bitmap.height());
    let scale = (f64::from(longest) / f64::from(width.max(height))).min(1.0);
    if scale >= 1.0 && file.size() <= 1024.0 * 1024.0 {
        bitmap.close();
        return file;
    }
    let shrunk = async {
        let canvas: web_sys::HtmlCanvasElement = gloo::utils::document()
            .create_element("canvas")
            .ok()?
            .dyn_into()
            .ok()?;
        let (w, h) = (
            (f64::from(width) * scale).round(),
            (f64::from(height) * scale).round(),
        );
        canvas.set_width(w as u32);
        canvas.set_height(h as u32);
        let context: web_sys::CanvasRenderingContext2d =
            canvas.get_context("2d").ok()??.dyn_into().ok()?;
        context
            .draw_image_with_image_bitmap_and_dw_and_dh(&bitmap, 0.0, 0.0, w, h)
            .ok()?;
        let blob = web_sys::js_sys::Promise::new(&mut |resolve, _| {
            let _ = canvas.to_blob_with_type_and_encoder_options(
                &resolve,
                "image/jpeg",
                &JsValue::from_f64(quality),
            );
        });
        let blob: web_sys::Blob = JsFuture::from(blob).await.ok()?.dyn_into().ok()?;
        if blob.size() >= file.size() {
            return None;
        }
        let name = match file.name().rsplit_once('.') {
            Some((stem, _)) => format!("{stem}.jpg"),
            None => format!("{}.jpg", file.name()),
        };
        let options = web_sys::FilePropertyBag::new();
        options.set_type("image/jpeg");
        web_sys::File::new_with_blob_sequence_and_options(
            &web_sys::js_sys::Array::of1(&blob),
            &name,
            &options,
        )
        .ok()
    }
    .await;
    bitmap.close();
    shrunk.unwrap_or(file)
}

/// The longer side of a photo as it is sent: enough to read a nameplate or a crack on a
/// screen, at a tenth of what a tablet's camera makes.
const PHOTO_LONGEST: u32 = 2048;

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
    let original = use_state(|| false);
    let on_original = {
        let original = original.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            original.set(input.checked());
        })
    };
    let on_file = {
        let (progress, question) = (progress.clone(), question.clone());
        let (request, version, onuploaded, onerror, onkept) = (
            props.request,
            props.version,
            props.onuploaded.clone(),
            props.onerror.clone(),
            props.onkept.clone(),
        );
        let original = original.clone();
        Callback::from(move |event: Event| {
            let input: web_sys::HtmlInputElement = event.target_unchecked_into();
            let Some(file) = input.files().and_then(|files| files.get(0)) else {
                return;
            };
            input.set_value("");
            let (progress, question) = (progress.clone(), question.clone());
            let (onuploaded, onerror, onkept) =
                (onuploaded.clone(), onerror.clone(), onkept.clone());
            let keep_original = *original;
            progress.set(Some(0.0));
            wasm_bindgen_futures::spawn_local(async move {
                // A photo goes smaller unless the user asked for the original: a tablet's camera
                // makes files of several megabytes, slow on a site's connection and heavy to
                // keep offline.
                let file: web_sys::File = if keep_original {
                    file
                } else {
                    shrink_photo(file.clone(), PHOTO_LONGEST, 0.85)
                        .await
                        .dyn_into()
                        .unwrap_or(file)
                };
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
                                    match crate::queue::keep(
                                        user,
                                        request,
                                        version,
                                        what,
                                        Some(&file),
                                    )
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
                crate::api::post_with_progress(
                    &url,
                    "application/octet-stream",
                    &file,
                    on_progress,
                    on_done,
                );
            });
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
            <label class="check">
                <input type="checkbox" id="upload-original" checked={*original} onchange={on_original} />
                { t!(i18n, "upload-keep-original") }
            </label>
            if let Some(done) = *progress {
                <progress class="uploader__progress" id="upload-progress" max="100" value={format!("{:.0}", done * 100.0)}
                    aria-label={t!(i18n, "upload-progress")}>
                    { format!("{:.0} %", done * 100.0) }
                </progress>
            }
        </div>
    }
}
