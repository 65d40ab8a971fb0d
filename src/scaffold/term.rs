//! `nhiemky new term <org> <term>`: the term's folder with a draft political report and a
//! data file whose comments show how an indicator is written.

use super::document::document_text;
use super::editor::schema_directive;
use super::schemas::Described;
use super::{create_dir, org_dir, previous, with_editor_files, with_values, write_new};
use crate::load::data_file::{DATA_FILE, SCHEMA_VERSION};
use crate::messages::Message;
use crate::model::document::DocType;
use crate::model::term::Term;
use crate::msg;
use std::path::{Path, PathBuf};

/// `data.toml` as `new term` writes it. Its commented example names the terms in place of
/// `{previous}` and `{term}` (a term is digits and a dash: nothing TOML would read otherwise).
const DATA_TEMPLATE: &str = include_str!("templates/data.toml");

/// Creates `content/<org>/<term>/` with a draft political report and a data file. Returns the
/// files written (with the editor's files of the site when they were missing or outdated).
pub fn new_term(root: &Path, org: &str, term: &str) -> Result<Vec<PathBuf>, Message> {
    let term = Term::parse(term)?;
    let dir = org_dir(root, org)?.join(term.to_string());
    if dir.exists() {
        return Err(msg!("new-exists", path = &dir));
    }
    let term_text = term.to_string();
    let example = DATA_TEMPLATE
        .replace("{previous}", &previous(term).to_string())
        .replace("{term}", &term_text);
    let data = with_values(
        &example,
        [
            ("schema_version", i64::from(SCHEMA_VERSION).into()),
            ("org", org.into()),
            ("term", term_text.as_str().into()),
        ],
    );
    create_dir(&dir)?;
    let report_path = dir.join(format!("{}.md", DocType::BaoCaoChinhTri.code()));
    let data_path = dir.join(DATA_FILE);
    write_new(
        &report_path,
        &document_text(org, term, DocType::BaoCaoChinhTri, None),
    )?;
    write_new(&data_path, &(schema_directive(Described::Data, 3) + &data))?;
    with_editor_files(root, vec![report_path, data_path])
}
