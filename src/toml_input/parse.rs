//! Reading a TOML file's text into a spanned table, so that a drafter's syntax slip is reported
//! where it is, with the fix most likely meant.

use super::forbidden::blank_forbidden_in_table;
use super::syntax_words::syntax_words;
use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use toml::Spanned;
use toml::de::DeTable;

/// Parses `text` (whose byte offsets are offsets into `file.text`) into a spanned table.
/// Every syntax error is reported; `None` when the table cannot be used.
pub fn parse_table<'a>(
    file: &SourceFile,
    text: &'a str,
    diagnostics: &mut Vec<Diagnostic>,
) -> Option<Spanned<DeTable<'a>>> {
    let (mut table, errors) = DeTable::parse_recoverable(text);
    if errors.is_empty() {
        blank_forbidden_in_table(file, table.get_mut(), diagnostics);
        return Some(table);
    }
    for error in &errors {
        let span = error.span().unwrap_or(0..0);
        let (message, hint) = syntax_words(text, span.clone(), error.message());
        diagnostics.push(Diagnostic::error(message).at(file, span).hint(hint));
    }
    None
}
