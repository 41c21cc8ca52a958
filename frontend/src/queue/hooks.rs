//! The queue in the interface: the shell's summary of it and its sending whenever the
//! browser is online, and a request page's own changes, each read again when the queue
//! changes (in this module or the other one).

use shared::{RequestId, UserId};

use super::{Change, EVENT, flush, list};

/// What the shell says of the queue.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Summary {
    /// Changes waiting for the network.
    pub waiting: usize,
    /// Changes waiting for their author, and the first request with one.
    pub held: usize,
    pub first_held: Option<RequestId>,
    /// Whether changes are being sent now.
    pub sending: bool,
}

thread_local! {
    /// Whether this page is sending its queue: one [`flush`] at a time.
    static FLUSHING: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

/// A counter that moves on each time the queue must be read again.
#[derive(Default, PartialEq)]
struct Tick(u32);

impl yew::Reducible for Tick {
    type Action = ();

    fn reduce(self: std::rc::Rc<Self>, (): ()) -> std::rc::Rc<Self> {
        std::rc::Rc::new(Tick(self.0.wrapping_add(1)))
    }
}

/// A counter that moves on whenever the queue changed (in this module or the other one).
#[yew::hook]
fn use_changes() -> yew::UseReducerHandle<Tick> {
    use yew::prelude::*;
    let generation = use_reducer(Tick::default);
    {
        let bump = generation.dispatcher();
        use_effect_with((), move |_| {
            let listener =
                gloo::events::EventListener::new(&gloo::utils::window(), EVENT, move |_| {
                    bump.dispatch(());
                });
            move || drop(listener)
        });
    }
    generation
}

/// How long after a sending stopped for the network or the server it is tried again, while
/// the browser says it is online (it may be wrong: a captive portal, a server down).
const RETRY_MS: u32 = 15_000;

/// The queue of the signed-in `user`, followed as it changes, and sent whenever the browser
/// is `online` and changes are waiting. `sent` is told how many changes each sending got
/// through, for the shell to say so; `ended` is called when the server says the session has
/// ended (the changes wait for the user's next log-in).
#[yew::hook]
pub fn use_queue_sender(
    user: Option<UserId>,
    online: bool,
    sent: yew::Callback<usize>,
    ended: yew::Callback<()>,
) -> Summary {
    use yew::prelude::*;
    let summary = use_state_eq(Summary::default);
    let generation = use_changes();
    {
        let (summary, bump) = (summary.clone(), generation.dispatcher());
        use_effect_with((user, online, generation.0), move |(user, online, _)| {
            let (user, online) = (*user, *online);
            if let Some(user) = user {
                wasm_bindgen_futures::spawn_local(async move {
                    let changes = list(user).await;
                    let held: Vec<&Change> = changes.iter().filter(|c| c.needs_user()).collect();
                    let waiting = changes.len() - held.len();
                    let counted = Summary {
                        waiting,
                        held: held.len(),
                        first_held: held.first().map(|c| c.request),
                        sending: false,
                    };
                    if !online || waiting == 0 || FLUSHING.with(|f| f.replace(true)) {
                        summary.set(counted);
                        return;
                    }
                    summary.set(Summary {
                        sending: true,
                        ..counted
                    });
                    let flushed = flush(user).await;
                    FLUSHING.with(|f| f.set(false));
                    if flushed.sent > 0 {
                        sent.emit(flushed.sent);
                    }
                    if flushed.ended {
                        ended.emit(());
                        return;
                    }
                    // Read the queue again: what was sent is gone, and a change kept while
                    // this sending ran is sent next. A sending that stopped is tried again
                    // only after a while, so an unreachable server is not asked in a loop.
                    let again = move || bump.dispatch(());
                    if flushed.stopped {
                        gloo::timers::callback::Timeout::new(RETRY_MS, again).forget();
                    } else {
                        again();
                    }
                });
            } else {
                summary.set(Summary::default());
            }
        });
    }
    (*summary).clone()
}

/// The changes `user` kept offline for `request`, read again whenever the queue changes;
/// `found` gets them each time.
#[yew::hook]
pub fn use_queued(user: Option<UserId>, request: RequestId, found: yew::Callback<Vec<Change>>) {
    use yew::prelude::*;
    let generation = use_changes();
    use_effect_with((user, request, generation.0), move |(user, request, _)| {
        if let Some(user) = *user {
            let request = *request;
            wasm_bindgen_futures::spawn_local(async move {
                let changes = list(user).await;
                found.emit(
                    changes
                        .into_iter()
                        .filter(|c| c.request == request)
                        .collect(),
                );
            });
        }
    });
}
