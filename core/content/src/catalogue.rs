//! Loads the Fluent files and looks messages up by locale.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use imr_protocol::Locale;
use unic_langid::LanguageIdentifier;

/// Every embedded Fluent file: (language, area, source), found by the build script.
pub const FILES: &[(&str, &str, &str)] = include!(concat!(env!("OUT_DIR"), "/ftl_files.rs"));

/// All texts of the product in all three languages, loaded once.
pub struct Catalogue {
    bundles: Vec<(Locale, FluentBundle<FluentResource>)>,
}

fn language(locale: Locale) -> LanguageIdentifier {
    // The three tags are constants and always parse.
    locale.as_str().parse().unwrap_or_default()
}

impl Catalogue {
    /// The catalogue, parsed on first use.
    pub fn get() -> &'static Catalogue {
        static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
        CATALOGUE.get_or_init(Catalogue::load)
    }

    fn load() -> Catalogue {
        let bundles = Locale::ALL
            .iter()
            .map(|locale| {
                let mut bundle = FluentBundle::new_concurrent(vec![language(*locale)]);
                // Plain text for apps and HTML: no Unicode isolation marks around values.
                bundle.set_use_isolating(false);
                for (_, _, source) in FILES.iter().filter(|(lang, _, _)| *lang == locale.as_str()) {
                    // A file with syntax errors still loads its good messages; the catalogue
                    // tests fail on any error, so none ships.
                    let resource =
                        FluentResource::try_new((*source).to_owned()).unwrap_or_else(|(r, _)| r);
                    let _ = bundle.add_resource(resource);
                }
                (*locale, bundle)
            })
            .collect();
        Catalogue { bundles }
    }

    fn bundle(&self, locale: Locale) -> Option<&FluentBundle<FluentResource>> {
        self.bundles
            .iter()
            .find(|(l, _)| *l == locale)
            .map(|(_, b)| b)
    }

    /// Whether `id` (a message, or `message.attribute`) exists in `locale`.
    pub fn has(&self, locale: Locale, id: &str) -> bool {
        let (message, attribute) = split(id);
        self.bundle(locale)
            .and_then(|b| b.get_message(message))
            .is_some_and(|m| match attribute {
                None => m.value().is_some(),
                Some(attr) => m.get_attribute(attr).is_some(),
            })
    }

    /// The text of `id` in `locale`, with `args` filled in. Falls back to English, then to
    /// the id itself, so a person never sees an empty label (tests make sure neither
    /// fallback is ever needed).
    pub fn text(&self, locale: Locale, id: &str, args: Option<&FluentArgs>) -> String {
        [locale, Locale::En]
            .into_iter()
            .find_map(|l| self.format(l, id, args))
            .unwrap_or_else(|| id.to_owned())
    }

    fn format(&self, locale: Locale, id: &str, args: Option<&FluentArgs>) -> Option<String> {
        let bundle = self.bundle(locale)?;
        let (message, attribute) = split(id);
        let message = bundle.get_message(message)?;
        let pattern = match attribute {
            None => message.value()?,
            Some(attr) => message.get_attribute(attr)?.value(),
        };
        let mut errors = Vec::new();
        let text = bundle.format_pattern(pattern, args, &mut errors);
        errors.is_empty().then(|| text.into_owned())
    }
}

fn split(id: &str) -> (&str, Option<&str>) {
    match id.split_once('.') {
        Some((message, attribute)) => (message, Some(attribute)),
        None => (id, None),
    }
}

/// The text of `id` in `locale`.
pub fn tr(locale: Locale, id: &str) -> String {
    Catalogue::get().text(locale, id, None)
}

/// The text of `id` in `locale` with named values filled in.
pub fn tr_args<'a>(locale: Locale, id: &str, args: &[(&'a str, FluentValue<'a>)]) -> String {
    let mut fluent_args = FluentArgs::new();
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    Catalogue::get().text(locale, id, Some(&fluent_args))
}
