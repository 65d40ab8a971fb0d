//! The layering rules of ARCHITECTURE.md, checked against the code (in the manner of
//! rust-analyzer's tidy tests): every `crate::x` reference outside tests and comments must be an
//! arrow the table allows, the table has no cycle, and no source file outgrows one concept.

#[path = "common/rust_source.rs"]
mod rust_source;

use rust_source::{Scanned, is_ident};
use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Macros `#[macro_export]`ed at the crate's root (`crate::msg!`), with the module defining them.
const ROOT_MACROS: &[(&str, &str)] = &[("msg", "messages")];

/// The longest a file under src/ may be: past this it holds more than one concept.
const MAX_LINES: usize = 600;

/// The allowed arrows: module → the modules it may import. `main` is the binary (src/main.rs).
type Table = BTreeMap<String, BTreeSet<String>>;

/// One reference to another top-level module.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Import {
    file: String,
    line: usize,
    from: String,
    to: String,
}

#[test]
fn every_import_between_modules_is_an_arrow_of_architecture_md() {
    let table = allowed_imports(&architecture_md()).unwrap_or_else(|e| panic!("{e}"));
    let files = source_files();
    let violations = forbidden(&table, &files);
    assert!(
        violations.is_empty(),
        "imports that ARCHITECTURE.md's table does not allow (add the arrow there if the design \
         really changed, or move the shared concept down to a module both may import):\n{}",
        violations.join("\n")
    );
}

#[test]
fn the_table_names_every_module_of_src_and_no_other() {
    let table = allowed_imports(&architecture_md()).unwrap_or_else(|e| panic!("{e}"));
    let mut in_src: BTreeSet<String> = top_level_modules();
    in_src.insert("main".to_owned());
    let in_table: BTreeSet<String> = table.keys().cloned().collect();
    assert_eq!(
        in_table, in_src,
        "ARCHITECTURE.md's table and the modules of src/ differ"
    );
    for (module, targets) in &table {
        for target in targets {
            assert!(
                table.contains_key(target) && target != "main",
                "ARCHITECTURE.md: `{module}` may import `{target}`, which is not a library module"
            );
        }
    }
}

#[test]
fn the_table_has_no_cycle() {
    let table = allowed_imports(&architecture_md()).unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(cycle(&table), None, "ARCHITECTURE.md's arrows form a cycle");
}

#[test]
fn no_source_file_is_longer_than_one_concept() {
    let long: Vec<String> = source_files()
        .iter()
        .filter_map(|(path, text)| {
            let lines = text.lines().count();
            (lines > MAX_LINES).then(|| format!("{path}: {lines} lines"))
        })
        .collect();
    assert!(
        long.is_empty(),
        "files over {MAX_LINES} lines (split them by concept):\n{}",
        long.join("\n")
    );
}

// Tests of the checker itself: it must fail on a forbidden import, and only on real code.

fn small_table() -> Table {
    allowed_imports(
        "<!-- allowed-imports:start -->\n\
         | module | may import |\n\
         |---|---|\n\
         | `vi` | — |\n\
         | `model` | `vi` |\n\
         | `render` | `model`, `vi` |\n\
         | `main` | `render` |\n\
         <!-- allowed-imports:end -->\n",
    )
    .unwrap()
}

fn file(path: &str, text: &str) -> (String, String) {
    (path.to_owned(), text.to_owned())
}

#[test]
fn a_forbidden_import_is_named_with_its_file_and_line() {
    let files = [file(
        "src/model/indicator.rs",
        "use crate::vi::slug;\n\nuse crate::render::views::View;\n",
    )];
    assert_eq!(
        forbidden(&small_table(), &files),
        vec![
            "src/model/indicator.rs:3: `model` imports `render` (crate::render), \
             which ARCHITECTURE.md does not allow; `model` may import: vi"
                .to_owned()
        ]
    );
}

#[test]
fn allowed_imports_and_imports_within_a_module_pass() {
    let files = [
        file(
            "src/render/mod.rs",
            "use crate::model::Org;\nuse crate::render::views;\nfn f() { crate::vi::slug(\"x\"); }\n",
        ),
        file("src/main.rs", "use nhiemky::render::run;\n"),
        file("src/vi/mod.rs", "pub mod slug;\n"),
    ];
    assert_eq!(forbidden(&small_table(), &files), Vec::<String>::new());
}

#[test]
fn the_binary_is_held_to_its_row_too() {
    let files = [file(
        "src/main.rs",
        "fn main() { nhiemky::model::load(); }\n",
    )];
    assert_eq!(forbidden(&small_table(), &files).len(), 1);
}

#[test]
fn tests_comments_and_strings_are_not_imports() {
    let text = r###"
//! Unlike crate::render, this does not draw.
/* crate::render::x in a block comment /* nested crate::render */ */
const S: &str = "crate::render::views";
const R: &str = r#"crate::render "quoted" "#;
const C: char = '"';
fn f<'a>(x: &'a str) -> &'a str { x }
#[cfg(test)]
mod tests {
    use crate::render::views;
    fn g() { let _ = '{'; crate::render::x(); }
}
#[cfg(test)]
use crate::render::testing;
pub fn real() { crate::vi::slug("}"); }
"###;
    let imports = imports_of("src/model/x.rs", text);
    let targets: Vec<&str> = imports.iter().map(|i| i.to.as_str()).collect();
    assert_eq!(targets, ["vi"]);
    assert_eq!(imports[0].line, 15);
}

#[test]
fn super_paths_that_climb_to_the_crate_root_count() {
    let imports = imports_of("src/model/mod.rs", "use super::render::View;\n");
    assert_eq!(imports.len(), 1);
    assert_eq!(imports[0].to, "render");
    let inside = imports_of("src/model/data/x.rs", "use super::super::org::Org;\n");
    assert_eq!(inside, Vec::new());
}

#[test]
fn a_cycle_in_the_table_is_found() {
    let mut table = small_table();
    table.get_mut("vi").unwrap().insert("render".to_owned());
    let cycle = cycle(&table).expect("vi → render → vi is a cycle");
    assert!(cycle.contains(&"vi".to_owned()) && cycle.contains(&"render".to_owned()));
}

#[test]
fn a_table_naming_a_module_twice_or_without_markers_is_refused() {
    assert!(allowed_imports("no table here").is_err());
    assert!(
        allowed_imports(
            "<!-- allowed-imports:start -->\n| `vi` | — |\n| `vi` | — |\n<!-- allowed-imports:end -->"
        )
        .is_err()
    );
}

// The checker.

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn architecture_md() -> String {
    fs::read_to_string(root().join("ARCHITECTURE.md")).expect("ARCHITECTURE.md at the root")
}

/// The rows between the markers: "| `module` | `a`, `b` |" ("—" for none).
fn allowed_imports(markdown: &str) -> Result<Table, String> {
    let start = markdown
        .find("<!-- allowed-imports:start -->")
        .ok_or("ARCHITECTURE.md has no <!-- allowed-imports:start --> marker")?;
    let end = markdown[start..]
        .find("<!-- allowed-imports:end -->")
        .ok_or("ARCHITECTURE.md has no <!-- allowed-imports:end --> marker")?;
    let mut table = Table::new();
    for row in markdown[start..start + end].lines() {
        let cells: Vec<&str> = row.trim().trim_matches('|').split('|').collect();
        if cells.len() < 2 {
            continue;
        }
        let names = |cell: &str| -> Vec<String> {
            cell.split('`')
                .skip(1)
                .step_by(2)
                .map(str::to_owned)
                .collect()
        };
        let Some(module) = names(cells[0]).into_iter().next() else {
            continue; // the header and the separator
        };
        let targets = names(cells[1]).into_iter().collect();
        if table.insert(module.clone(), targets).is_some() {
            return Err(format!("ARCHITECTURE.md names `{module}` twice"));
        }
    }
    Ok(table)
}

fn top_level_modules() -> BTreeSet<String> {
    fs::read_dir(root().join("src"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter_map(|path| {
            let name = path.file_name()?.to_str()?.to_owned();
            if path.is_dir() {
                Some(name)
            } else {
                let stem = name.strip_suffix(".rs")?;
                (stem != "lib" && stem != "main").then(|| stem.to_owned())
            }
        })
        .collect()
}

/// Every .rs file under src/, as (path from the root, text).
fn source_files() -> Vec<(String, String)> {
    let mut files = Vec::new();
    let mut folders = vec![root().join("src")];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let relative = path.strip_prefix(root()).unwrap();
                let name = relative.to_string_lossy().replace('\\', "/");
                files.push((name, fs::read_to_string(&path).unwrap()));
            }
        }
    }
    files.sort();
    files
}

/// The messages for imports the table does not allow.
fn forbidden(table: &Table, files: &[(String, String)]) -> Vec<String> {
    let none = BTreeSet::new();
    files
        .iter()
        .flat_map(|(path, text)| imports_of(path, text))
        .filter(|i| !table.get(&i.from).unwrap_or(&none).contains(&i.to))
        .map(|i| {
            let allowed: Vec<&str> = table
                .get(&i.from)
                .unwrap_or(&none)
                .iter()
                .map(String::as_str)
                .collect();
            format!(
                "{}:{}: `{}` imports `{}` (crate::{}), which ARCHITECTURE.md does not allow; \
                 `{}` may import: {}",
                i.file,
                i.line,
                i.from,
                i.to,
                i.to,
                i.from,
                if allowed.is_empty() {
                    "nothing".to_owned()
                } else {
                    allowed.join(", ")
                }
            )
        })
        .collect()
}

/// The module a file belongs to, as a path: src/a/b.rs → [a, b]; src/a/mod.rs → [a].
fn module_path(file: &str) -> Vec<String> {
    let inside = file.strip_prefix("src/").unwrap_or(file);
    let mut parts: Vec<String> = Path::new(inside)
        .with_extension("")
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if parts.last().is_some_and(|p| p == "mod") {
        parts.pop();
    }
    parts
}

/// The references from this file to other top-level modules, outside tests and comments.
fn imports_of(file: &str, text: &str) -> Vec<Import> {
    let path = module_path(file);
    let Some(from) = path.first().cloned() else {
        return Vec::new();
    };
    // The binary reaches the library by its crate name.
    let root_word = if from == "main" { "nhiemky" } else { "crate" };
    let code = code_only(text);
    let mut imports = Vec::new();
    for (offset, _) in code.match_indices("::") {
        let before = word_before(&code, offset);
        let target = if before == root_word {
            word_after(&code, offset + 2)
        } else if before == "super" && !is_path_continuation(&code, offset - before.len()) {
            // Count the chain of `super::` from its start.
            let mut climbs = 1;
            let mut at = offset + 2;
            while code[at..].starts_with("super::") {
                climbs += 1;
                at += "super::".len();
            }
            if climbs == path.len() {
                word_after(&code, at)
            } else {
                continue;
            }
        } else {
            continue;
        };
        // A macro exported by a module lives at the crate's root: it counts as its module.
        let target = ROOT_MACROS
            .iter()
            .find(|(name, _)| *name == target)
            .map_or(target, |(_, module)| *module);
        if !target.is_empty() && target != from && target != "self" {
            imports.push(Import {
                file: file.to_owned(),
                line: code[..offset].matches('\n').count() + 1,
                from: from.clone(),
                to: target.to_owned(),
            });
        }
    }
    imports
}

fn word_before(code: &str, end: usize) -> &str {
    let start = code[..end]
        .char_indices()
        .rev()
        .find(|&(_, c)| !is_ident(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    &code[start..end]
}

fn word_after(code: &str, start: usize) -> &str {
    let end = code[start..]
        .char_indices()
        .find(|&(_, c)| !is_ident(c))
        .map_or(code.len(), |(i, _)| start + i);
    &code[start..end]
}

/// Whether the word starting at `start` follows a `::` (so `super` is not the path's start).
fn is_path_continuation(code: &str, start: usize) -> bool {
    code[..start].ends_with("::")
}

/// The text with comments, string and char literals blanked and `#[cfg(test)]` items removed;
/// line breaks are kept so that lines still count.
fn code_only(text: &str) -> String {
    Scanned::of(text).code_only()
}

/// A cycle among the arrows, if there is one (depth-first search with colours).
fn cycle(table: &Table) -> Option<Vec<String>> {
    fn visit(
        module: &str,
        table: &Table,
        state: &mut BTreeMap<String, bool>,
        stack: &mut Vec<String>,
    ) -> Option<Vec<String>> {
        match state.get(module) {
            Some(true) => return None,
            Some(false) => {
                let start = stack.iter().position(|m| m == module).unwrap();
                return Some(stack[start..].to_vec());
            }
            None => {}
        }
        state.insert(module.to_owned(), false);
        stack.push(module.to_owned());
        for target in table.get(module).into_iter().flatten() {
            if let Some(found) = visit(target, table, state, stack) {
                return Some(found);
            }
        }
        stack.pop();
        state.insert(module.to_owned(), true);
        None
    }
    let mut state = BTreeMap::new();
    table
        .keys()
        .find_map(|module| visit(module, table, &mut state, &mut Vec::new()))
}
