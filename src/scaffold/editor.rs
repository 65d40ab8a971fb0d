//! The editor's files of a site: `schemas/*.schema.json` and `.taplo.toml`, which maps each kind
//! of TOML file to its schema, so that Taplo (VS Code: Even Better TOML) completes keys and flags
//! mistakes before the build does. `nhiemky new …` writes them where missing or outdated, and
//! puts a `#:schema` line on top of each TOML file it creates.

use super::schemas::{Described, schema_text};
use crate::messages::{Catalogue, Lang, Message, io_error};
use crate::msg;
use std::fs;
use std::path::{Path, PathBuf};

pub const SCHEMAS_DIR: &str = "schemas";
pub const TAPLO_FILE: &str = ".taplo.toml";

/// `.taplo.toml`: a rule per kind of file, naming its schema.
const TAPLO_TEMPLATE: &str = include_str!("templates/taplo.toml");

/// The editor's files, each with its path from the site's root and its text (descriptions in
/// `lang`: the site's files are in Vietnamese, as `nhiemky new` writes them).
pub fn editor_files(lang: Lang) -> Vec<(PathBuf, String)> {
    let catalogue = Catalogue::new(lang);
    let mut files: Vec<(PathBuf, String)> = Described::ALL
        .into_iter()
        .map(|d| {
            let path = Path::new(SCHEMAS_DIR).join(d.schema_file());
            (path, schema_text(d, &catalogue))
        })
        .collect();
    files.push((PathBuf::from(TAPLO_FILE), TAPLO_TEMPLATE.to_owned()));
    files
}

/// Writes the editor's files into the site at `root` where they are missing or outdated, and
/// returns those written. A `.taplo.toml` that nhiemky did not write is left as it is.
pub fn write_editor_files(root: &Path) -> Result<Vec<PathBuf>, Message> {
    let mut written = Vec::new();
    for (relative, text) in editor_files(Lang::Vi) {
        let path = root.join(&relative);
        let old = fs::read_to_string(&path).ok();
        let ours = old.as_deref().is_none_or(|old| {
            relative != Path::new(TAPLO_FILE) || old.lines().next() == TAPLO_TEMPLATE.lines().next()
        });
        if old.as_deref() == Some(text.as_str()) || !ours {
            continue;
        }
        if let Some(dir) = path.parent() {
            super::create_dir(dir)?;
        }
        fs::write(&path, text)
            .map_err(|e| msg!("new-cannot-write", path = &path, why = io_error(&e)))?;
        written.push(path);
    }
    Ok(written)
}

/// Taplo's directive naming the schema of a file `depth` folders below the site's root, as
/// the first line of the file: `#:schema ../../schemas/org.schema.json`.
pub fn schema_directive(described: Described, depth: usize) -> String {
    format!(
        "#:schema {}{SCHEMAS_DIR}/{}\n",
        "../".repeat(depth),
        described.schema_file()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_taplo_file_maps_each_kind_of_file_to_its_schema() {
        for described in Described::ALL {
            let rule = format!(
                "include = [\"{}\"]\n[rule.schema]\npath = \"{SCHEMAS_DIR}/{}\"\n",
                described.files(),
                described.schema_file()
            );
            assert!(TAPLO_TEMPLATE.contains(&rule), "{rule}");
        }
        let _: toml::Table = TAPLO_TEMPLATE.parse().unwrap();
    }

    #[test]
    fn the_directive_leads_from_the_file_to_the_schema() {
        assert_eq!(
            schema_directive(Described::Data, 3),
            "#:schema ../../../schemas/data.schema.json\n"
        );
    }

    #[test]
    fn files_are_refreshed_when_outdated_and_a_taplo_file_of_ones_own_is_kept() {
        let site = tempfile::tempdir().unwrap();
        let root = site.path();
        assert_eq!(write_editor_files(root).unwrap().len(), 5);
        assert!(write_editor_files(root).unwrap().is_empty());
        fs::write(root.join("schemas/data.schema.json"), "{}").unwrap();
        fs::write(root.join(TAPLO_FILE), "# mine\n").unwrap();
        let written = write_editor_files(root).unwrap();
        assert_eq!(written, vec![root.join("schemas/data.schema.json")]);
        assert_eq!(
            fs::read_to_string(root.join(TAPLO_FILE)).unwrap(),
            "# mine\n"
        );
    }
}
