//! The characters no page can carry, refused where TOML writes them with escapes, so that a
//! string read from TOML is as safe to print as the file's own text.

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::{SourceFile, forbidden_hint};
use crate::msg;
use std::ops::Range;
use toml::de::{DeTable, DeValue};

/// Refuses the characters no page can carry (`vi::forbidden`) that strings and keys write with
/// escapes ("A\u0001B": the file's own text is checked as it is read), and blanks them in the
/// strings, so that `check` and `serve` go on rendering well-formed pages.
pub(super) fn blank_forbidden_in_table(
    file: &SourceFile,
    table: &mut DeTable,
    diagnostics: &mut Vec<Diagnostic>,
) {
    for (key, value) in table.iter_mut() {
        refuse_forbidden(file, key.get_ref(), key.span(), diagnostics);
        let span = value.span();
        blank_forbidden_in_value(file, value.get_mut(), span, diagnostics);
    }
}

fn blank_forbidden_in_value(
    file: &SourceFile,
    value: &mut DeValue,
    span: Range<usize>,
    diagnostics: &mut Vec<Diagnostic>,
) {
    match value {
        DeValue::String(text) => {
            let refused = refuse_forbidden(file, text, span, diagnostics);
            if refused {
                *text = crate::vi::blank_forbidden(text).into();
            }
        }
        DeValue::Array(items) => {
            for item in items.iter_mut() {
                let span = item.span();
                blank_forbidden_in_value(file, item.get_mut(), span, diagnostics);
            }
        }
        DeValue::Table(table) => blank_forbidden_in_table(file, table, diagnostics),
        _ => {}
    }
}

/// Whether `text` (at `span`) holds a forbidden character; each such text is an error.
fn refuse_forbidden(
    file: &SourceFile,
    text: &str,
    span: Range<usize>,
    diagnostics: &mut Vec<Diagnostic>,
) -> bool {
    let Some(found) = crate::vi::find_forbidden(text) else {
        return false;
    };
    diagnostics.push(
        Diagnostic::error(msg!("toml-forbidden-escape", code = found.code()))
            .at(file, span)
            .hint(forbidden_hint()),
    );
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_escaped_control_character_is_refused_where_written_and_blanked() {
        let text = "name = \"A\\u0001B\"\nlist = [\"ok\", \"C\\u0002\"]\nplain = \"D\"\n";
        let file = SourceFile::from_text("a.toml", text);
        let (mut table, errors) = DeTable::parse_recoverable(text);
        assert!(errors.is_empty());
        let mut diagnostics = Vec::new();
        blank_forbidden_in_table(&file, table.get_mut(), &mut diagnostics);
        let mut lines: Vec<usize> = diagnostics
            .iter()
            .map(|d| d.location.as_ref().unwrap().line)
            .collect();
        lines.sort();
        assert_eq!(lines, [1, 2]);
        assert!(diagnostics.iter().all(|d| d.message.en().contains("U+000")));
        let text_of = |key: &str| match table.get_ref().get(key).map(|v| v.get_ref()) {
            Some(DeValue::String(text)) => text.to_string(),
            other => panic!("{key}: {other:?}"),
        };
        assert_eq!(text_of("name"), "A B");
        assert_eq!(text_of("plain"), "D");
        let Some(DeValue::Array(items)) = table.get_ref().get("list").map(|v| v.get_ref()) else {
            panic!("list");
        };
        let items: Vec<String> = items
            .iter()
            .map(|item| match item.get_ref() {
                DeValue::String(text) => text.to_string(),
                other => panic!("{other:?}"),
            })
            .collect();
        assert_eq!(items, ["ok", "C "]);
    }
}
