//! Short messages that confirm an action or report a failure, announced to screen readers.

use std::rc::Rc;
use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::i18n::I18n;
use crate::t;

/// Whether a toast reports success or failure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ToastKind {
    /// An action succeeded.
    Info,
    /// Something failed.
    Error,
}

/// One message.
#[derive(Debug, Clone, PartialEq)]
pub struct Toast {
    id: u32,
    /// Success or failure.
    pub kind: ToastKind,
    /// Already translated.
    pub text: String,
}

/// The list of toasts on screen.
#[derive(Debug, Default, Clone, PartialEq)]
pub struct Toasts {
    next_id: u32,
    items: Vec<Toast>,
}

/// Changes to the list.
pub enum ToastAction {
    /// Shows a message.
    Push(ToastKind, String),
    /// Removes one.
    Dismiss(u32),
}

impl Reducible for Toasts {
    type Action = ToastAction;

    fn reduce(self: Rc<Self>, action: ToastAction) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            ToastAction::Push(kind, text) => {
                // The same message twice in a row says nothing new.
                if next.items.last().is_some_and(|t| t.text == text) {
                    return self;
                }
                next.items.push(Toast {
                    id: next.next_id,
                    kind,
                    text,
                });
                next.next_id += 1;
                // Keep the screen usable on a phone.
                if next.items.len() > 3 {
                    next.items.remove(0);
                }
            }
            ToastAction::Dismiss(id) => next.items.retain(|t| t.id != id),
        }
        Rc::new(next)
    }
}

/// How components show a toast.
#[derive(Clone, PartialEq)]
pub struct ToastHandle(Callback<(ToastKind, String)>);

/// The window event by which the pages module (`lazy.rs`) shows its toasts in the app's list,
/// which outlives its pages.
const TOAST_EVENT: &str = "imi-toast";

impl ToastHandle {
    /// Shows an informational message.
    pub fn info(&self, text: String) {
        self.0.emit((ToastKind::Info, text));
    }

    /// Shows an error.
    pub fn error(&self, text: String) {
        self.0.emit((ToastKind::Error, text));
    }

    /// A handle that sends its toasts to the app's [`ToastsProvider`] as window events.
    pub fn forwarding() -> ToastHandle {
        ToastHandle(Callback::from(|(kind, text): (ToastKind, String)| {
            let detail = web_sys::js_sys::Array::of2(
                &JsValue::from_bool(kind == ToastKind::Error),
                &JsValue::from_str(&text),
            );
            let init = web_sys::CustomEventInit::new();
            init.set_detail(&detail);
            if let Ok(event) = web_sys::CustomEvent::new_with_event_init_dict(TOAST_EVENT, &init) {
                let _ = gloo::utils::window().dispatch_event(&event);
            }
        }))
    }
}

/// The toast handle from the nearest provider.
#[hook]
pub fn use_toasts() -> ToastHandle {
    use_context::<ToastHandle>().expect("ToastsProvider wraps the app")
}

#[derive(Properties, PartialEq)]
pub struct ToastsProviderProps {
    pub children: Children,
}

/// Provides the toast handle and renders the toasts.
#[function_component(ToastsProvider)]
pub fn toasts_provider(props: &ToastsProviderProps) -> Html {
    let toasts = use_reducer(Toasts::default);
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let handle = {
        let dispatcher = toasts.dispatcher();
        ToastHandle(Callback::from(move |(kind, text)| {
            dispatcher.dispatch(ToastAction::Push(kind, text));
        }))
    };
    // Toasts of the pages module arrive as window events.
    {
        let dispatcher = toasts.dispatcher();
        use_effect_with((), move |_| {
            let listener = gloo::events::EventListener::new(
                &gloo::utils::window(),
                TOAST_EVENT,
                move |event| {
                    let Some(event) = event.dyn_ref::<web_sys::CustomEvent>() else {
                        return;
                    };
                    let detail = web_sys::js_sys::Array::from(&event.detail());
                    let kind = if detail.get(0).as_bool() == Some(true) {
                        ToastKind::Error
                    } else {
                        ToastKind::Info
                    };
                    if let Some(text) = detail.get(1).as_string() {
                        dispatcher.dispatch(ToastAction::Push(kind, text));
                    }
                },
            );
            move || drop(listener)
        });
    }
    html! {
        <ContextProvider<ToastHandle> context={handle}>
            { for props.children.iter() }
            <div class="toasts" aria-live="polite" aria-atomic="false">
                { for toasts.items.iter().map(|toast| {
                    let dispatcher = toasts.dispatcher();
                    let id = toast.id;
                    let dismiss = Callback::from(move |()| dispatcher.dispatch(ToastAction::Dismiss(id)));
                    html! {
                        <ToastItem key={toast.id} toast={toast.clone()} {dismiss} label={t!(i18n, "toast-dismiss")} />
                    }
                }) }
            </div>
        </ContextProvider<ToastHandle>>
    }
}

#[derive(Properties, PartialEq)]
struct ToastItemProps {
    toast: Toast,
    dismiss: Callback<()>,
    label: String,
}

/// How long a confirmation stays; errors stay until dismissed, so nobody misses one.
const INFO_TOAST_MS: u32 = 6000;

#[function_component(ToastItem)]
fn toast_item(props: &ToastItemProps) -> Html {
    {
        let (kind, dismiss) = (props.toast.kind, props.dismiss.clone());
        use_effect_with((), move |_| {
            let timer = (kind == ToastKind::Info).then(|| {
                gloo::timers::callback::Timeout::new(INFO_TOAST_MS, move || dismiss.emit(()))
            });
            move || drop(timer)
        });
    }
    let class = classes!(
        "toast",
        match props.toast.kind {
            ToastKind::Info => "toast--info",
            ToastKind::Error => "toast--error",
        }
    );
    let role = match props.toast.kind {
        ToastKind::Info => "status",
        ToastKind::Error => "alert",
    };
    let onclick = props.dismiss.reform(|_: MouseEvent| ());
    html! {
        <div {class} {role}>
            <span class="toast__text">{ &props.toast.text }</span>
            <button type="button" class="toast__close" {onclick} aria-label={props.label.clone()}>
                <svg viewBox="0 0 16 16" aria-hidden="true" focusable="false">
                    <path d="M3 3l10 10M13 3L3 13" stroke="currentColor" stroke-width="2"/>
                </svg>
            </button>
        </div>
    }
}
