//! The relapse prevention plan as a printable HTML page, to hand to supporters.
//!
//! One self-contained page (inline CSS, an `@media print` block, no scripts or outside
//! files), so it prints the same from any browser or the phone's print dialog, and a PDF
//! is one "save as PDF" away. Crisis numbers come from the country setting (never the
//! language). Every piece of participant text is HTML-escaped.

use imr_content::{FluentValue, crisis, dates, tr, tr_args};
use imr_protocol::Locale;

use crate::error::Result;
use crate::store::Store;

/// Text made safe for HTML element content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

const STYLE: &str = "body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;\
max-width:42rem;margin:1.5rem auto;padding:0 1rem;line-height:1.45;color:#111}\
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin:1.2rem 0 .4rem;\
border-bottom:1px solid #999}.amber{border-left:.4rem solid #d98e04;padding-left:.6rem}\
.red{border-left:.4rem solid #c0392b;padding-left:.6rem}.flag{font-weight:600;color:#c0392b}\
.muted{color:#555;font-size:.9rem}table{border-collapse:collapse}td{padding:.15rem .8rem .15rem 0}\
@media print{body{margin:0;max-width:none;font-size:11pt}.no-print{display:none}\
h2{break-after:avoid}section{break-inside:avoid}a{color:inherit;text-decoration:none}}";

/// Builds a page: title, then the sections' HTML (already escaped).
fn page(locale: Locale, title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
<title>{title}</title><style>{STYLE}</style></head><body>\n{body}</body></html>\n",
        lang = locale.as_str(),
        title = escape(title),
    )
}

fn list(items: &[String], none: &str) -> String {
    if items.is_empty() {
        return format!("<p class=\"muted\">{}</p>", escape(none));
    }
    let lis: String = items
        .iter()
        .map(|i| format!("<li>{}</li>", escape(i)))
        .collect();
    format!("<ul>{lis}</ul>")
}

fn section(class: &str, heading: &str, inner: &str) -> String {
    format!(
        "<section class=\"{class}\"><h2>{}</h2>{inner}</section>\n",
        escape(heading)
    )
}

impl Store {
    /// The relapse prevention plan as a printable page in the participant's language, with
    /// the crisis numbers of their country, for the people in the plan.
    pub fn plan_document(&self) -> Result<String> {
        let settings = self.settings().get()?;
        let l = settings.locale;
        let none = tr(l, "doc-none");
        let mut body = format!(
            "<header><h1>{}</h1><p>{}</p><p>{}</p></header>\n",
            escape(&tr(l, "doc-plan-title")),
            escape(&tr(l, "doc-plan-subtitle")),
            escape(&tr(l, "doc-plan-intro")),
        );
        let crisis_rows: String = crisis::lines(l, settings.country)
            .iter()
            .map(|c| {
                format!(
                    "<tr><td><a href=\"tel:{}\"><strong>{}</strong></a></td><td>{}</td></tr>",
                    escape(c.dial),
                    escape(c.display),
                    escape(&c.label)
                )
            })
            .collect();
        let crisis_html = format!(
            "<p class=\"muted\">{}</p><table>{crisis_rows}</table>",
            escape(&tr(l, "doc-not-emergency"))
        );
        let Some(plan) = self.plan().get()? else {
            body.push_str(&format!("<p>{}</p>", escape(&tr(l, "doc-plan-no-plan"))));
            body.push_str(&section("crisis", &tr(l, "doc-plan-crisis"), &crisis_html));
            return Ok(page(l, &tr(l, "doc-plan-title"), &body));
        };
        let saved = self.plan().versions()?.first().map(|v| v.saved_at);
        if let Some(saved) = saved {
            let day = settings.day_of(saved);
            body.push_str(&format!(
                "<p class=\"muted\">{}</p>\n",
                escape(&tr_args(
                    l,
                    "doc-plan-version",
                    &[
                        ("version", FluentValue::from(plan.version)),
                        ("date", FluentValue::from(dates::day_with_year(l, day))),
                    ]
                ))
            ));
        }
        let c = &plan.content;
        let triggers: Vec<String> = self
            .triggers()
            .list()?
            .into_iter()
            .map(|t| t.text)
            .collect();
        body.push_str(&section(
            "",
            &tr(l, "doc-plan-triggers"),
            &list(&triggers, &none),
        ));
        let red_flag = tr(l, "doc-plan-red-flag");
        let signs: String = self
            .signs()
            .list_active()?
            .iter()
            .map(|s| {
                let flag = if s.red_flag {
                    format!(" <span class=\"flag\">({})</span>", escape(&red_flag))
                } else {
                    String::new()
                };
                format!("<li>{}{flag}</li>", escape(&s.text))
            })
            .collect();
        let signs = if signs.is_empty() {
            list(&[], &none)
        } else {
            format!("<ul>{signs}</ul>")
        };
        body.push_str(&section("", &tr(l, "doc-plan-signs"), &signs));
        body.push_str(&section(
            "amber",
            &tr(l, "doc-plan-amber"),
            &list(&c.amber_steps, &none),
        ));
        body.push_str(&section(
            "red",
            &tr(l, "doc-plan-red"),
            &list(&c.red_steps, &none),
        ));
        let supporters: String = self
            .supporters()
            .list()?
            .iter()
            .map(|s| {
                let mut line = format!("<strong>{}</strong>", escape(&s.name));
                if let Some(relation) = &s.relation {
                    line.push_str(&format!(" ({})", escape(relation)));
                }
                if let Some(phone) = &s.phone {
                    line.push_str(&format!(
                        " &middot; <a href=\"tel:{0}\">{0}</a>",
                        escape(phone)
                    ));
                }
                if let Some(agreed) = &s.agreed_to {
                    let text = tr_args(
                        l,
                        "doc-plan-agreed",
                        &[("what", FluentValue::from(agreed.as_str()))],
                    );
                    line.push_str(&format!("<br>{}", escape(&text)));
                }
                format!("<li>{line}</li>")
            })
            .collect();
        let supporters = if supporters.is_empty() {
            list(&[], &none)
        } else {
            format!("<ul>{supporters}</ul>")
        };
        body.push_str(&section("", &tr(l, "doc-plan-supporters"), &supporters));
        let clinician: Vec<String> = [c.clinician_name.clone(), c.clinician_phone.clone()]
            .into_iter()
            .flatten()
            .collect();
        body.push_str(&section(
            "",
            &tr(l, "doc-plan-clinician"),
            &list(
                &[clinician.join(" · ")]
                    .into_iter()
                    .filter(|s| !s.is_empty())
                    .collect::<Vec<_>>(),
                &none,
            ),
        ));
        let wishes: String = [
            ("doc-plan-helps", &c.helps),
            ("doc-plan-does-not-help", &c.does_not_help),
            ("doc-plan-who-to-tell", &c.who_to_tell),
        ]
        .iter()
        .filter_map(|(id, text)| {
            text.as_ref().map(|t| {
                format!(
                    "<p><strong>{}:</strong> {}</p>",
                    escape(&tr(l, id)),
                    escape(t)
                )
            })
        })
        .collect();
        let wishes = if wishes.is_empty() {
            list(&[], &none)
        } else {
            wishes
        };
        body.push_str(&section("", &tr(l, "doc-plan-wishes"), &wishes));
        let mut crisis_html = crisis_html;
        if !c.local_numbers.is_empty() {
            let local: String = c
                .local_numbers
                .iter()
                .map(|n| format!("<tr><td><a href=\"tel:{0}\"><strong>{0}</strong></a></td><td>{1}</td></tr>", escape(&n.number), escape(&n.label)))
                .collect();
            crisis_html.push_str(&format!(
                "<h3>{}</h3><table>{local}</table>",
                escape(&tr(l, "doc-plan-local-numbers"))
            ));
        }
        body.push_str(&section("crisis", &tr(l, "doc-plan-crisis"), &crisis_html));
        let today = settings.day_of(self.now());
        body.push_str(&format!(
            "<footer class=\"muted\"><p>{}</p><p class=\"no-print\">{}</p></footer>\n",
            escape(&tr_args(
                l,
                "doc-made-with",
                &[("date", FluentValue::from(dates::day_with_year(l, today)))]
            )),
            escape(&tr(l, "doc-print-hint")),
        ));
        Ok(page(l, &tr(l, "doc-plan-title"), &body))
    }
}
