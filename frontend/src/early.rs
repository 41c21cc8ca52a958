//! The app's first calls, made by `index.html` while the wasm modules download.
//!
//! Opened from an address (a request's link in a notification e-mail, say), the app used to
//! download and start its module, then ask for the session, then the locale, then, once the
//! pages module had started, the request: three round trips one after the other, after the
//! download. The page's early loader starts the same calls at once, and the app takes each
//! answer here when it makes that call, instead of asking the network again. An answer is
//! taken once; a call the app does not make (the loader guessed another language, say) is
//! left unread. The loader and this module agree only on the calls' addresses.

use wasm_bindgen::prelude::*;
use wasm_bindgen_futures::JsFuture;
use web_sys::js_sys::{Array, Promise};

#[wasm_bindgen(inline_js = r#"
export function take_early(url) {
  // `window.imiEarly` is shared by both modules, which each have their own copy of this.
  const early = window.imiEarly;
  if (!early || !Object.prototype.hasOwnProperty.call(early, url)) return undefined;
  const answer = early[url];
  delete early[url];
  return answer;
}
"#)]
extern "C" {
    /// The early loader's answer to `url` (a promise of `[status, text]`), if it made that
    /// call and nobody has taken it yet.
    fn take_early(url: &str) -> Option<Promise>;
}

/// The status and body of the early loader's answer to `url`, if it made that call and it
/// reached the server; `None` sends the caller to the network.
pub async fn take(url: &str) -> Option<(u16, String)> {
    let answer = JsFuture::from(take_early(url)?).await.ok()?;
    // The loader answers null for a call that never reached the server (offline, say), and
    // `Array.from(null)` would throw.
    if !Array::is_array(&answer) {
        return None;
    }
    let answer = Array::from(&answer);
    let status = answer.get(0).as_f64()? as u16;
    let text = answer.get(1).as_string()?;
    Some((status, text))
}
