//! A pad to sign on with a finger or a stylus: the signature of a person present at an
//! inspection, drawn on the inspector's tablet. The strokes are kept as points in the pad's
//! own units (`shared::inspection::PAD_WIDTH` × `PAD_HEIGHT`), whatever size the pad is shown
//! at, so the signature reads the same on the requester's screen.

use shared::inspection::{PAD_HEIGHT, PAD_WIDTH, Strokes};
use yew::prelude::*;

use crate::components::{Button, ButtonKind};
use crate::i18n::I18n;
use crate::t;

/// Points closer than this to the last one (in the pad's units) add nothing a reader sees,
/// and would use up the points a signature may hold.
const MIN_STEP: i32 = 3;

#[derive(Properties, PartialEq)]
pub struct SignaturePadProps {
    /// The pad's id; its label and its clear button refer to it.
    pub id: AttrValue,
    /// What the pad is for, e.g. "Signature of Jörg Kranz".
    pub label: AttrValue,
    /// The signature drawn so far.
    pub value: Option<Strokes>,
    /// A new signature, or `None` once cleared (or drawn past what a signature may hold).
    pub onchange: Callback<Option<Strokes>>,
    /// A translated error shown under the pad.
    #[prop_or_default]
    pub error: Option<AttrValue>,
}

/// Draws with the pointer: each press starts a stroke, each move adds to it, and the
/// signature is given at each release. The page does not scroll under the pen
/// (`touch-action: none`), and the pointer is captured, so a stroke that leaves the pad
/// ends where it left.
#[function_component(SignaturePad)]
pub fn signature_pad(props: &SignaturePadProps) -> Html {
    let i18n = use_context::<I18n>().expect("I18n is provided");
    let pad = use_node_ref();
    let strokes = use_state(|| {
        props
            .value
            .as_ref()
            .map(|s| s.strokes().to_vec())
            .unwrap_or_default()
    });
    let drawing = use_mut_ref(|| false);
    // A signature given from outside (the saved report read again) replaces what is drawn.
    {
        let strokes = strokes.clone();
        use_effect_with(props.value.clone(), move |value| {
            let given = value
                .as_ref()
                .map(|s| s.strokes().to_vec())
                .unwrap_or_default();
            if *strokes != given {
                strokes.set(given);
            }
        });
    }
    let point = {
        let pad = pad.clone();
        move |event: &PointerEvent| -> Option<[u16; 2]> {
            let element = pad.cast::<web_sys::Element>()?;
            let rect = element.get_bounding_client_rect();
            if rect.width() <= 0.0 || rect.height() <= 0.0 {
                return None;
            }
            let scale = |offset: f64, size: f64, max: u16| {
                ((offset / size) * f64::from(max))
                    .round()
                    .clamp(0.0, f64::from(max)) as u16
            };
            Some([
                scale(
                    f64::from(event.client_x()) - rect.left(),
                    rect.width(),
                    PAD_WIDTH,
                ),
                scale(
                    f64::from(event.client_y()) - rect.top(),
                    rect.height(),
                    PAD_HEIGHT,
                ),
            ])
        }
    };
    let onpointerdown = {
        let (strokes, drawing, point, pad) =
            (strokes.clone(), drawing.clone(), point.clone(), pad.clone());
        Callback::from(move |event: PointerEvent| {
            event.prevent_default();
            if let Some(element) = pad.cast::<web_sys::Element>() {
                let _ = element.set_pointer_capture(event.pointer_id());
            }
            if let Some(at) = point(&event) {
                *drawing.borrow_mut() = true;
                let mut next = (*strokes).clone();
                next.push(vec![at]);
                strokes.set(next);
            }
        })
    };
    let onpointermove = {
        let (strokes, drawing, point) = (strokes.clone(), drawing.clone(), point.clone());
        Callback::from(move |event: PointerEvent| {
            if !*drawing.borrow() {
                return;
            }
            let Some(at) = point(&event) else { return };
            let mut next = (*strokes).clone();
            let Some(stroke) = next.last_mut() else {
                return;
            };
            let far_enough = stroke.last().is_none_or(|last| {
                let dx = i32::from(last[0]) - i32::from(at[0]);
                let dy = i32::from(last[1]) - i32::from(at[1]);
                dx.abs().max(dy.abs()) >= MIN_STEP
            });
            if far_enough {
                stroke.push(at);
                strokes.set(next);
            }
        })
    };
    let onpointerup = {
        let (strokes, drawing, onchange) =
            (strokes.clone(), drawing.clone(), props.onchange.clone());
        Callback::from(move |_: PointerEvent| {
            if std::mem::replace(&mut *drawing.borrow_mut(), false) {
                onchange.emit(Strokes::new((*strokes).clone()).ok());
            }
        })
    };
    let clear = {
        let (strokes, onchange) = (strokes.clone(), props.onchange.clone());
        Callback::from(move |_| {
            strokes.set(Vec::new());
            onchange.emit(None);
        })
    };
    let path = Strokes::new((*strokes).clone())
        .map(|s| s.svg_path())
        .unwrap_or_default();
    let error_id = format!("{}-error", props.id);
    let label_id = format!("{}-label", props.id);
    html! {
        <div class={classes!("signature", props.error.is_some().then_some("field--invalid"))}>
            <p class="field__label" id={label_id.clone()}>{ props.label.clone() }</p>
            <svg ref={pad} id={props.id.clone()} class="signature__pad" role="img"
                viewBox={format!("0 0 {PAD_WIDTH} {PAD_HEIGHT}")} preserveAspectRatio="none"
                aria-labelledby={label_id} aria-describedby={props.error.is_some().then_some(error_id.clone())}
                onpointerdown={onpointerdown} onpointermove={onpointermove}
                onpointerup={onpointerup.clone()} onpointercancel={onpointerup}>
                <line class="signature__line" x1="24" y1="160" x2={(PAD_WIDTH - 24).to_string()} y2="160" />
                <path class="signature__ink" d={path} />
            </svg>
            if let Some(error) = &props.error {
                <p class="field__error" id={error_id}>{ error.clone() }</p>
            }
            <Button kind={ButtonKind::Secondary} onclick={clear} disabled={strokes.is_empty()}>
                { t!(i18n, "inspection-signature-clear") }
            </Button>
        </div>
    }
}
