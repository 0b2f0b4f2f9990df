//! What the Fluent files hold, read with the Fluent parser: every message and attribute with
//! its variables and plain text, per language, in file order.
//!
//! The runtime bundle cannot list its messages, but the catalogue needs to (suggestions and
//! homework ideas are lists whose length is decided by the text files, not by code), and the
//! completeness tests compare languages entry by entry.

use std::collections::BTreeSet;
use std::sync::OnceLock;

use fluent_syntax::ast::{
    Entry as AstEntry, Expression, InlineExpression, Pattern, PatternElement,
};
use fluent_syntax::parser;
use imr_protocol::Locale;

use crate::catalogue::FILES;

/// One translatable text: a message value or one of its attributes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Entry {
    /// The area (file stem) it comes from, e.g. `modules`.
    pub area: &'static str,
    /// The message id.
    pub message: String,
    /// The attribute name, for attribute texts.
    pub attribute: Option<String>,
    /// The `$variables` the text uses (in selectors too).
    pub variables: BTreeSet<String>,
    /// The text with every variant of every selector, and `{$var}` for variables: what a
    /// reader could see, for comparing languages and screening words.
    pub text: String,
}

impl Entry {
    /// The id [`crate::Catalogue::text`] takes: `message` or `message.attribute`.
    pub fn key(&self) -> String {
        match &self.attribute {
            Some(attribute) => format!("{}.{attribute}", self.message),
            None => self.message.clone(),
        }
    }
}

/// A Fluent file that did not parse cleanly.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ParseProblem {
    /// The language of the file.
    pub lang: &'static str,
    /// The area (file stem).
    pub area: &'static str,
    /// What the parser said.
    pub errors: Vec<String>,
}

struct Inventory {
    entries: Vec<(Locale, Vec<Entry>)>,
    problems: Vec<ParseProblem>,
}

fn inventory() -> &'static Inventory {
    static INVENTORY: OnceLock<Inventory> = OnceLock::new();
    INVENTORY.get_or_init(|| {
        let mut problems = Vec::new();
        let entries = Locale::ALL
            .iter()
            .map(|locale| {
                let mut list = Vec::new();
                for (lang, area, source) in FILES.iter().filter(|(l, _, _)| *l == locale.as_str()) {
                    let resource = match parser::parse(*source) {
                        Ok(resource) => resource,
                        Err((resource, errors)) => {
                            let errors = errors.iter().map(|e| format!("{e:?}")).collect();
                            problems.push(ParseProblem { lang, area, errors });
                            resource
                        }
                    };
                    for entry in resource.body {
                        if let AstEntry::Message(message) = entry {
                            let id = message.id.name.to_owned();
                            if let Some(value) = &message.value {
                                list.push(entry_of(area, &id, None, value));
                            }
                            for attribute in &message.attributes {
                                list.push(entry_of(
                                    area,
                                    &id,
                                    Some(attribute.id.name),
                                    &attribute.value,
                                ));
                            }
                        }
                    }
                }
                (*locale, list)
            })
            .collect();
        Inventory { entries, problems }
    })
}

fn entry_of(
    area: &'static str,
    id: &str,
    attribute: Option<&str>,
    pattern: &Pattern<&str>,
) -> Entry {
    let mut variables = BTreeSet::new();
    let mut text = String::new();
    flatten(pattern, &mut text, &mut variables);
    Entry {
        area,
        message: id.to_owned(),
        attribute: attribute.map(str::to_owned),
        variables,
        text,
    }
}

fn flatten(pattern: &Pattern<&str>, text: &mut String, variables: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { expression } => {
                expression_text(expression, text, variables)
            }
        }
    }
}

fn expression_text(
    expression: &Expression<&str>,
    text: &mut String,
    variables: &mut BTreeSet<String>,
) {
    match expression {
        Expression::Inline(inline) => inline_text(inline, text, variables),
        Expression::Select { selector, variants } => {
            inline_text(selector, &mut String::new(), variables);
            for (i, variant) in variants.iter().enumerate() {
                if i > 0 {
                    text.push_str(" | ");
                }
                flatten(&variant.value, text, variables);
            }
        }
    }
}

fn inline_text(
    inline: &InlineExpression<&str>,
    text: &mut String,
    variables: &mut BTreeSet<String>,
) {
    match inline {
        InlineExpression::StringLiteral { value } | InlineExpression::NumberLiteral { value } => {
            text.push_str(value)
        }
        InlineExpression::VariableReference { id } => {
            variables.insert(id.name.to_owned());
            text.push_str(&format!("{{${}}}", id.name));
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_text(argument, text, variables);
            }
            for named in &arguments.named {
                inline_text(&named.value, &mut String::new(), variables);
            }
        }
        InlineExpression::MessageReference { id, .. } => text.push_str(&format!("{{{}}}", id.name)),
        InlineExpression::TermReference { id, .. } => text.push_str(&format!("{{-{}}}", id.name)),
        InlineExpression::Placeable { expression } => expression_text(expression, text, variables),
    }
}

/// Every text of `locale`, in file order (files sorted by area).
pub fn entries(locale: Locale) -> &'static [Entry] {
    inventory()
        .entries
        .iter()
        .find(|(l, _)| *l == locale)
        .map_or(&[], |(_, e)| e.as_slice())
}

/// Files that did not parse cleanly (the catalogue tests require none).
pub fn parse_problems() -> &'static [ParseProblem] {
    &inventory().problems
}

/// The ids of the messages whose id starts with `prefix`, in file order. English decides
/// which exist; the completeness tests make sure every language has the same ones.
pub fn message_ids(prefix: &str) -> Vec<&'static str> {
    entries(Locale::En)
        .iter()
        .filter(|e| e.attribute.is_none() && e.message.starts_with(prefix))
        .map(|e| e.message.as_str())
        .collect()
}
