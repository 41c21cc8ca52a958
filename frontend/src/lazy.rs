//! The composer, registry, alert and statistics pages live in a second wasm module
//! (`src/bin/pages.rs`), fetched the first time one of them is opened, so the first download
//! carries only the app. The app renders [`LazyPage`] for their addresses; the module renders
//! into `<div id="pages">`, a sibling of the app's root, so each Yew instance handles only the
//! events of its own elements. Both follow the address: a change of it in either is announced
//! to the other.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Function, Promise, Reflect};
use yew::prelude::*;

use crate::i18n::I18n;
use crate::session::{Session, SessionStatus};
use crate::t;

#[wasm_bindgen(inline_js = r#"
let pages;
export function load_pages() {
  if (!pages) {
    // The module's content-hashed name, which the build writes into index.html.
    const name = document.querySelector('meta[name="imi-pages"]').content;
    pages = import(name + '.js').then(async (module) => {
      await module.default();
      return module;
    });
    // A failed download may succeed on the next try.
    pages.catch(() => { pages = undefined; });
  }
  return pages;
}
export function prefetch_pages() {
  // Only the bytes, into the browser's cache, at low priority: compiling and starting the
  // module waits until a page of it is opened, so the overview stays responsive meanwhile.
  const later = window.requestIdleCallback || ((callback) => setTimeout(callback, 2000));
  later(() => {
    const name = document.querySelector('meta[name="imi-pages"]').content;
    for (const [file, as] of [['.js', 'script'], ['_bg.wasm', 'fetch']]) {
      const link = document.createElement('link');
      link.rel = 'prefetch';
      link.as = as;
      link.crossOrigin = 'anonymous';
      link.href = name + file;
      document.head.append(link);
    }
  });
}
export function bridge_history() {
  for (const name of ['pushState', 'replaceState']) {
    const original = history[name].bind(history);
    history[name] = (...args) => {
      original(...args);
      dispatchEvent(new PopStateEvent('popstate', { state: args[0] }));
    };
  }
}
"#)]
extern "C" {
    fn load_pages() -> Promise;
    /// Fetches and starts the pages module once the browser has nothing else to do, so that
    /// the first composer or registry page opened does not wait for it.
    pub fn prefetch_pages();
    /// Makes every `pushState` and `replaceState` also fire `popstate`, which is how each
    /// module's router (gloo's `BrowserHistory`) learns of an address the other one set.
    pub fn bridge_history();
}

fn pages_root() -> Option<web_sys::Element> {
    gloo::utils::document().get_element_by_id("pages")
}

/// Calls the module's export `name` with `args`.
fn call(module: &JsValue, name: &str, args: &[JsValue]) -> Result<(), JsValue> {
    let function: Function = Reflect::get(module, &JsValue::from_str(name))?.dyn_into()?;
    function.apply(module, &args.iter().collect())?;
    Ok(())
}

/// Stands in the app for a page of the pages module: loads the module, shows the page with
/// the app's language and session, and hides it when the app shows another page.
#[function_component(LazyPage)]
pub fn lazy_page() -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let session = use_context::<Session>().expect("Session is provided");
    let state = use_state(|| Loading::Pending);
    let me = match &session.status {
        SessionStatus::SignedIn(me) => Some(me.clone()),
        _ => None,
    };
    {
        let state = state.clone();
        use_effect_with((i18n.clone(), me), move |(i18n, me)| {
            let me = me.as_ref().and_then(crate::api::to_json);
            let args = [
                JsValue::from_str(i18n.language().as_str()),
                JsValue::from_str(i18n.source()),
                JsValue::from_str(me.as_deref().unwrap_or("null")),
            ];
            wasm_bindgen_futures::spawn_local(async move {
                let shown = match (JsFuture::from(load_pages()).await, pages_root()) {
                    (Ok(module), Some(root)) => {
                        let [language, ftl, me] = args;
                        call(&module, "show", &[root.into(), language, ftl, me]).is_ok()
                    }
                    _ => false,
                };
                state.set(if shown {
                    Loading::Shown
                } else {
                    Loading::Failed
                });
            });
        });
    }
    // Only when the app shows another page (not on every change of language or session).
    use_effect_with((), |_| {
        || {
            wasm_bindgen_futures::spawn_local(async {
                if let Ok(module) = JsFuture::from(load_pages()).await {
                    let _ = call(&module, "hide", &[]);
                }
            });
        }
    });
    match *state {
        Loading::Pending => html! { <p class="loading" role="status">{ t!(i18n, "loading") }</p> },
        Loading::Shown => html! {},
        Loading::Failed => html! {
            <div class="alert alert--error" role="alert">{ t!(i18n, "error-network-error") }</div>
        },
    }
}

#[derive(Clone, Copy, PartialEq)]
enum Loading {
    Pending,
    Shown,
    Failed,
}
