//! Interface strings from `themes/<theme>/i18n/<language>.toml`: chrome strings at the top
//! level, labels of codes (verdicts, document types…) in tables. Templates read them as `t`;
//! views ask for labels here, so no interface word is written in code or templates.

use crate::diagnostics::Diagnostic;
use crate::diagnostics::source::SourceFile;
use crate::toml_input::{deserialize_document, parse_table};

#[derive(Debug, Clone)]
pub struct I18n {
    table: toml::Table,
}

impl I18n {
    pub fn load(file: &SourceFile) -> Result<I18n, Vec<Diagnostic>> {
        let mut diagnostics = Vec::new();
        let table = parse_table(file, &file.text, &mut diagnostics).ok_or(diagnostics)?;
        let table: toml::Table = deserialize_document(file, table)?;
        Ok(I18n { table })
    }

    pub fn table(&self) -> &toml::Table {
        &self.table
    }

    /// A chrome string: `text("home")`; the key itself when missing, so gaps show, not crash.
    pub fn text(&self, key: &str) -> String {
        self.table
            .get(key)
            .and_then(|v| v.as_str())
            .unwrap_or(key)
            .to_owned()
    }

    /// The label of a code: `label("verdicts", "chua-dat")` → "Chưa đạt".
    pub fn label(&self, table: &str, code: &str) -> String {
        self.table
            .get(table)
            .and_then(|t| t.get(code))
            .and_then(|v| v.as_str())
            .unwrap_or(code)
            .to_owned()
    }
}
