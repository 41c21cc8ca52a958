//! The figures the page shows as key figures: the counts, and the speed and satisfaction
//! figures with their values, what each rests on, its band and its definition, which says
//! what `shared::statistics` counts. The words live in `locales/`.

use shared::statistics::{Band, Figure, Figures, Indicator, Performance};

use crate::format;
use crate::i18n::I18n;
use crate::t;

/// A count of requests the page shows as a key figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Count {
    Sent,
    Received,
    OpenNow,
    OverdueNow,
}

impl Count {
    /// Every count, in the order of the cards.
    pub const ALL: [Count; 4] = [
        Count::Sent,
        Count::Received,
        Count::OpenNow,
        Count::OverdueNow,
    ];

    /// Its value among `figures`.
    pub fn of(self, figures: &Figures) -> u64 {
        match self {
            Count::Sent => figures.sent,
            Count::Received => figures.received,
            Count::OpenNow => figures.open_now,
            Count::OverdueNow => figures.overdue_now,
        }
    }

    /// A name for ids and file names.
    pub fn key(self) -> &'static str {
        match self {
            Count::Sent => "sent",
            Count::Received => "received",
            Count::OpenNow => "open-now",
            Count::OverdueNow => "overdue-now",
        }
    }

    pub fn name(self, i18n: &I18n) -> String {
        match self {
            Count::Sent => t!(i18n, "statistics-figure-sent"),
            Count::Received => t!(i18n, "statistics-figure-received"),
            Count::OpenNow => t!(i18n, "statistics-figure-open-now"),
            Count::OverdueNow => t!(i18n, "statistics-figure-overdue-now"),
        }
    }

    /// What is counted, from which event, in which calendar.
    pub fn definition(self, i18n: &I18n) -> String {
        match self {
            Count::Sent => t!(i18n, "statistics-definition-sent"),
            Count::Received => t!(i18n, "statistics-definition-received"),
            Count::OpenNow => t!(i18n, "statistics-definition-open-now"),
            Count::OverdueNow => t!(i18n, "statistics-definition-overdue-now"),
        }
    }
}

/// A speed or satisfaction figure: the scoreboard's five indicators, the median and the
/// answers within two weeks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Measure {
    AcceptedWithinSevenDays,
    AverageDaysToAnswer,
    MedianDaysToAnswer,
    AnsweredByAgreedDate,
    AnsweredWithinTwoWeeks,
    NegativeTimeliness,
    NegativeEffort,
}

impl Measure {
    /// Every figure, in the order of the cards.
    pub const ALL: [Measure; 7] = [
        Measure::AcceptedWithinSevenDays,
        Measure::AverageDaysToAnswer,
        Measure::MedianDaysToAnswer,
        Measure::AnsweredByAgreedDate,
        Measure::AnsweredWithinTwoWeeks,
        Measure::NegativeTimeliness,
        Measure::NegativeEffort,
    ];

    /// The figure of a scoreboard indicator.
    pub fn of(indicator: Indicator) -> Measure {
        match indicator {
            Indicator::AcceptedWithinSevenDays => Measure::AcceptedWithinSevenDays,
            Indicator::AverageDaysToAnswer => Measure::AverageDaysToAnswer,
            Indicator::AnsweredByAgreedDate => Measure::AnsweredByAgreedDate,
            Indicator::NegativeTimeliness => Measure::NegativeTimeliness,
            Indicator::NegativeEffort => Measure::NegativeEffort,
        }
    }

    /// The scoreboard indicator it is, if it is one (and so has a band).
    pub fn indicator(self) -> Option<Indicator> {
        Indicator::ALL
            .iter()
            .copied()
            .find(|indicator| Measure::of(*indicator) == self)
    }

    /// A name for ids and file names.
    pub fn key(self) -> &'static str {
        match self {
            Measure::AcceptedWithinSevenDays => "accepted-within-7-days",
            Measure::AverageDaysToAnswer => "average-days-to-answer",
            Measure::MedianDaysToAnswer => "median-days-to-answer",
            Measure::AnsweredByAgreedDate => "answered-by-agreed-date",
            Measure::AnsweredWithinTwoWeeks => "answered-within-two-weeks",
            Measure::NegativeTimeliness => "negative-timeliness",
            Measure::NegativeEffort => "negative-effort",
        }
    }

    /// Whether it is a number of days (else a share).
    pub fn is_days(self) -> bool {
        matches!(
            self,
            Measure::AverageDaysToAnswer | Measure::MedianDaysToAnswer
        )
    }

    /// The figure it rests on; the median rests on the same answers as the average.
    fn figure(self, p: &Performance) -> &Figure {
        match self {
            Measure::AcceptedWithinSevenDays => &p.accepted_within_7_days,
            Measure::AverageDaysToAnswer | Measure::MedianDaysToAnswer => &p.days_to_answer,
            Measure::AnsweredByAgreedDate => &p.answered_by_agreed_date,
            Measure::AnsweredWithinTwoWeeks => &p.answered_within_two_weeks,
            Measure::NegativeTimeliness => &p.negative_timeliness,
            Measure::NegativeEffort => &p.negative_effort,
        }
    }

    /// Its value: a share from 0 to 1, or days; `None` when it rests on no request.
    pub fn value(self, p: &Performance) -> Option<f64> {
        match self {
            #[allow(clippy::cast_precision_loss)] // days stay far below 2^53
            Measure::MedianDaysToAnswer => p.median_days_to_answer.map(|days| days as f64),
            other => other.figure(p).value(),
        }
    }

    /// How many requests it rests on.
    pub fn base(self, p: &Performance) -> u64 {
        self.figure(p).denominator
    }

    /// Where it stands against the Commission's thresholds, for an indicator.
    pub fn band(self, p: &Performance) -> Option<Band> {
        self.indicator()?.band(self.figure(p))
    }

    /// Its value as the locale writes it: a percentage, or days with one decimal; `None` when
    /// it rests on no request.
    pub fn value_text(self, p: &Performance, i18n: &I18n) -> Option<String> {
        let value = self.value(p)?;
        Some(if self.is_days() {
            format::days(value, i18n.language())
        } else {
            format::percent(value, i18n.language())
        })
    }

    pub fn name(self, i18n: &I18n) -> String {
        match self {
            Measure::AcceptedWithinSevenDays => t!(i18n, "statistics-figure-accepted-in-time"),
            Measure::AverageDaysToAnswer => t!(i18n, "statistics-figure-average-days"),
            Measure::MedianDaysToAnswer => t!(i18n, "statistics-figure-median-days"),
            Measure::AnsweredByAgreedDate => t!(i18n, "statistics-figure-by-agreed-date"),
            Measure::AnsweredWithinTwoWeeks => t!(i18n, "statistics-figure-within-two-weeks"),
            Measure::NegativeTimeliness => t!(i18n, "statistics-figure-negative-timeliness"),
            Measure::NegativeEffort => t!(i18n, "statistics-figure-negative-effort"),
        }
    }

    /// What is counted, from which event, in which calendar.
    pub fn definition(self, i18n: &I18n) -> String {
        match self {
            Measure::AcceptedWithinSevenDays => t!(i18n, "statistics-definition-accepted-in-time"),
            Measure::AverageDaysToAnswer => t!(i18n, "statistics-definition-average-days"),
            Measure::MedianDaysToAnswer => t!(i18n, "statistics-definition-median-days"),
            Measure::AnsweredByAgreedDate => t!(i18n, "statistics-definition-by-agreed-date"),
            Measure::AnsweredWithinTwoWeeks => t!(i18n, "statistics-definition-within-two-weeks"),
            Measure::NegativeTimeliness => {
                t!(i18n, "statistics-definition-negative-timeliness")
            }
            Measure::NegativeEffort => t!(i18n, "statistics-definition-negative-effort"),
        }
    }
}
