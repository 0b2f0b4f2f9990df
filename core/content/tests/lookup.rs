//! The loader finds messages in each language.

use imr_content::{Catalogue, tr};
use imr_protocol::Locale;

#[test]
fn each_language_has_its_own_text() {
    assert!(tr(Locale::Nb, "not-emergency").contains("nødtjeneste"));
    assert!(tr(Locale::Nl, "not-emergency").contains("noodhulpdienst"));
    assert!(tr(Locale::En, "not-emergency").contains("emergency service"));
    assert!(Catalogue::get().has(Locale::Nl, "app-name"));
    assert!(!Catalogue::get().has(Locale::Nl, "no-such-message"));
    assert_eq!(tr(Locale::Nb, "no-such-message"), "no-such-message");
}
