//! Dashboard texts: looks every label up in `imr-content` (`dashboard.ftl`) in the viewer's
//! language, and picks that language from the session or the browser.

use imr_content::{FluentValue, tr, tr_args};
use imr_protocol::Locale;

/// Prefix of every dashboard message id.
pub const PREFIX: &str = "dash-";

/// The texts of one language.
#[derive(Clone, Copy, Debug)]
pub struct T {
    /// The language.
    pub locale: Locale,
}

impl T {
    /// Texts in `locale`.
    pub fn new(locale: Locale) -> T {
        T { locale }
    }

    /// The text of `id` (a key of `dashboard.ftl`, without its `dash-` prefix, which keeps
    /// the dashboard's keys apart from the app's).
    pub fn t(&self, id: &str) -> String {
        tr(self.locale, &format!("{PREFIX}{id}"))
    }

    /// The text of `id` with named values.
    pub fn a(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> String {
        tr_args(self.locale, &format!("{PREFIX}{id}"), args)
    }
}

/// The language the browser asks for (`Accept-Language`), among the three we speak;
/// Norwegian in any form reads Bokmål; English otherwise.
pub fn from_accept_language(header: Option<&str>) -> Locale {
    let Some(header) = header else {
        return Locale::En;
    };
    let mut best: Option<(f32, Locale)> = None;
    for part in header.split(',') {
        let mut pieces = part.trim().split(';');
        let tag = pieces
            .next()
            .unwrap_or_default()
            .trim()
            .to_ascii_lowercase();
        let q = pieces
            .find_map(|p| {
                p.trim()
                    .strip_prefix("q=")
                    .and_then(|q| q.parse::<f32>().ok())
            })
            .unwrap_or(1.0);
        let primary = tag.split('-').next().unwrap_or_default();
        let locale = match primary {
            "nb" | "no" | "nn" => Locale::Nb,
            "nl" => Locale::Nl,
            "en" => Locale::En,
            _ => continue,
        };
        if best.is_none_or(|(bq, _)| q > bq) {
            best = Some((q, locale));
        }
    }
    best.map_or(Locale::En, |(_, l)| l)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_browser_language_picks_among_our_three() {
        assert_eq!(
            from_accept_language(Some("nb-NO,nb;q=0.9,en;q=0.5")),
            Locale::Nb
        );
        assert_eq!(
            from_accept_language(Some("de-DE, nl;q=0.8, en;q=0.7")),
            Locale::Nl
        );
        assert_eq!(from_accept_language(Some("no")), Locale::Nb);
        assert_eq!(from_accept_language(Some("fr")), Locale::En);
        assert_eq!(from_accept_language(None), Locale::En);
    }
}
