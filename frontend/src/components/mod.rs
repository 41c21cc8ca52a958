//! The design system's components, reused by every page. Their look lives in
//! `styles/main.css`; their text comes from the caller, already translated.

pub mod authority_picker;
mod badge;
mod button;
mod country_select;
mod date_field;
mod empty_state;
mod field;
mod free_text;
mod language_switcher;
mod pager;
mod personal;
mod question_text;
mod select_field;
mod shell;
mod signature_pad;
mod stepper;
mod toast;
mod uploader;

pub use authority_picker::AuthorityPicker;
pub use badge::{Badge, BadgeTone};
pub use button::{Button, ButtonKind};
pub use country_select::CountrySelect;
pub use date_field::DateField;
pub use empty_state::EmptyState;
pub use field::Field;
pub use free_text::{CanTranslate, FreeText};
pub use language_switcher::{LanguageSwitcher, show_language};
pub use pager::Pager;
pub use personal::{PersonalLegend, PersonalMark};
pub use question_text::QuestionText;
pub use select_field::SelectField;
pub use shell::Shell;
pub use signature_pad::SignaturePad;
pub use stepper::{StepItem, Stepper};
pub use toast::{ToastHandle, ToastsProvider, use_toasts};
pub use uploader::Uploader;
