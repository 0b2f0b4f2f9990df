//! Default crisis numbers, chosen by the country setting and never by language: 113 is the
//! medical emergency number in Norway and the suicide prevention line in the Netherlands, and
//! a Dutch speaker may live in Norway. The participant adds local numbers (the huisartsenpost,
//! the DPS acute team) that have no national number.

use imr_protocol::{Country, Locale};

use crate::FluentValue;
use crate::catalogue::{tr, tr_args};

/// A default number: how locals write it, what to dial, and the message id of its label.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct CrisisNumber {
    /// Grouped as people in that country write it (`22 40 00 40`, `0800-0113`).
    pub display: &'static str,
    /// What the phone dials (digits, with `+` and country code where it works from abroad).
    pub dial: &'static str,
    /// The message id of the label saying what the number is for.
    pub label_id: &'static str,
}

const fn n(display: &'static str, dial: &'static str, label_id: &'static str) -> CrisisNumber {
    CrisisNumber {
        display,
        dial,
        label_id,
    }
}

const NORWAY: &[CrisisNumber] = &[
    n("113", "113", "crisis-no-113"),
    n("116 117", "116117", "crisis-no-legevakt"),
    n("116 123", "116123", "crisis-no-mental-helse"),
    n("22 40 00 40", "+4722400040", "crisis-no-kirkens-sos"),
];

const NETHERLANDS: &[CrisisNumber] = &[
    n("112", "112", "crisis-nl-112"),
    n("113", "113", "crisis-nl-113"),
    n("0800-0113", "08000113", "crisis-nl-0800-0113"),
];

const OTHER: &[CrisisNumber] = &[n("112", "112", "crisis-other-112")];

/// The default numbers for `country`, most urgent first.
pub fn defaults(country: Country) -> &'static [CrisisNumber] {
    match country {
        Country::Norway => NORWAY,
        Country::Netherlands => NETHERLANDS,
        Country::Other => OTHER,
    }
}

/// A crisis number ready to show: what it is for and the call button's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CrisisLine {
    /// The number as locals write it.
    pub display: &'static str,
    /// What the phone dials.
    pub dial: &'static str,
    /// What the number is for, in the reader's language.
    pub label: String,
    /// The call button ("Call 113", "Ring 113", "Bel 113").
    pub call: String,
}

/// The default numbers for `country`, labelled in `locale`.
pub fn lines(locale: Locale, country: Country) -> Vec<CrisisLine> {
    defaults(country)
        .iter()
        .map(|number| CrisisLine {
            display: number.display,
            dial: number.dial,
            label: tr(locale, number.label_id),
            call: tr_args(
                locale,
                "crisis-call",
                &[("number", FluentValue::from(number.display))],
            ),
        })
        .collect()
}

/// The invitation to add local numbers; without a known country it asks for them plainly,
/// because the defaults alone (112) are not enough.
pub fn add_local_numbers(locale: Locale, country: Country) -> String {
    match country {
        Country::Other => tr(locale, "crisis-other-add-local"),
        Country::Norway | Country::Netherlands => tr(locale, "crisis-add-local"),
    }
}
