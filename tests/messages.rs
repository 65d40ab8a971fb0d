//! The catalogue and the code kept in step: `src/messages/vi.ftl` and `en.ftl` hold the same
//! message ids with the same values; every `msg!` of the code names a message of the catalogue
//! and gives exactly the values its words use; no message is left unused; and nothing is said
//! to the user from outside the catalogue (no printing macro but in `messages::console`, no
//! sentence written in code).

#[path = "common/rust_source.rs"]
mod rust_source;

use fluent_syntax::ast;
use rust_source::{Scanned, is_ident, rust_files};
use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

type Variables = BTreeSet<String>;

/// A catalogue file: each message id with the variables its words use.
struct Catalogue {
    messages: BTreeMap<String, Variables>,
}

/// One `msg!("id", name = value, …)` of the code.
#[derive(Debug)]
struct Call {
    place: String,
    id: String,
    args: Vec<String>,
}

/// Ids the code may name without a `msg!`: the clap attributes of main.rs (`help = "cli-…"`)
/// and descriptions of the JSON Schemas, which tests/schemas.rs checks property by property.
const CHECKED_ELSEWHERE: &[&str] = &["schema-"];

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn catalogue(lang: &str) -> Catalogue {
    let path = root().join(format!("src/messages/{lang}.ftl"));
    let text = std::fs::read_to_string(&path).unwrap();
    let resource = fluent_syntax::parser::parse(text.as_str()).unwrap_or_else(|(_, errors)| {
        panic!("{}: Fluent syntax errors: {errors:#?}", path.display())
    });
    let mut bodies = BTreeMap::new();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name.to_owned();
                assert!(
                    bodies.insert(id.clone(), message).is_none(),
                    "{lang}.ftl: `{id}` is written twice"
                );
            }
            ast::Entry::Term(term) => panic!(
                "{lang}.ftl: -{} is a Fluent term; write it out in each message",
                term.id.name
            ),
            _ => {}
        }
    }
    let messages = bodies
        .iter()
        .map(|(id, message)| {
            let mut vars = Variables::new();
            if let Some(value) = &message.value {
                pattern_variables(value, &bodies, &mut vars);
            }
            (id.clone(), vars)
        })
        .collect();
    Catalogue { messages }
}

fn pattern_variables(
    pattern: &ast::Pattern<&str>,
    bodies: &BTreeMap<String, &ast::Message<&str>>,
    vars: &mut Variables,
) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, bodies, vars);
        }
    }
}

fn expression_variables(
    expression: &ast::Expression<&str>,
    bodies: &BTreeMap<String, &ast::Message<&str>>,
    vars: &mut Variables,
) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, bodies, vars);
            for variant in variants {
                pattern_variables(&variant.value, bodies, vars);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, bodies, vars),
    }
}

fn inline_variables(
    inline: &ast::InlineExpression<&str>,
    bodies: &BTreeMap<String, &ast::Message<&str>>,
    vars: &mut Variables,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            vars.insert(id.name.to_owned());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, bodies, vars);
            }
        }
        ast::InlineExpression::MessageReference { id, .. } => {
            if let Some(value) = bodies.get(id.name).and_then(|m| m.value.as_ref()) {
                pattern_variables(value, bodies, vars);
            }
        }
        ast::InlineExpression::Placeable { expression } => {
            expression_variables(expression, bodies, vars)
        }
        _ => {}
    }
}

/// Every `msg!` of src/ (and of the fuzz targets' shared code, which builds messages too).
fn calls() -> Vec<Call> {
    let mut calls = Vec::new();
    for (path, text) in rust_files(root(), "src") {
        let scanned = Scanned::of(&text);
        let code = &scanned.code;
        for (at, _) in code.match_indices("msg!(") {
            if at > 0 && code[..at].ends_with(is_ident) {
                continue;
            }
            let open = at + "msg!(".len();
            let end = closing_paren(code, open);
            let id = scanned
                .literals
                .iter()
                .find(|l| l.at >= open && l.at < end)
                .map(|l| l.text.clone())
                .unwrap_or_default();
            let args = top_level_parts(&code[open..end])
                .into_iter()
                .skip(1)
                .filter_map(|part| {
                    let (name, _) = part.split_once('=')?;
                    let name = name.trim();
                    (!name.is_empty() && name.chars().all(is_ident)).then(|| name.to_owned())
                })
                .collect();
            calls.push(Call {
                place: format!("{path}:{}", scanned.line_of(at)),
                id,
                args,
            });
        }
    }
    calls
}

/// The offset of the `)` closing the parenthesis opened just before `open`.
fn closing_paren(code: &str, open: usize) -> usize {
    let mut depth = 1;
    for (i, c) in code[open..].char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => {
                depth -= 1;
                if depth == 0 {
                    return open + i;
                }
            }
            _ => {}
        }
    }
    code.len()
}

/// `a, b = f(x, y), c` → ["a", " b = f(x, y)", " c"].
fn top_level_parts(inside: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let (mut depth, mut from) = (0, 0);
    for (i, c) in inside.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inside[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    if !inside[from..].trim().is_empty() {
        parts.push(&inside[from..]);
    }
    parts
}

#[test]
fn both_languages_have_the_same_messages_with_the_same_values() {
    let (vi, en) = (catalogue("vi"), catalogue("en"));
    let vi_ids: BTreeSet<&String> = vi.messages.keys().collect();
    let en_ids: BTreeSet<&String> = en.messages.keys().collect();
    let only_vi: Vec<_> = vi_ids.difference(&en_ids).collect();
    let only_en: Vec<_> = en_ids.difference(&vi_ids).collect();
    assert!(
        only_vi.is_empty() && only_en.is_empty(),
        "messages in vi.ftl only: {only_vi:?}\nmessages in en.ftl only: {only_en:?}"
    );
}

#[test]
fn every_msg_names_a_message_and_gives_the_values_it_uses() {
    let (vi, en) = (catalogue("vi"), catalogue("en"));
    let mut problems = Vec::new();
    for call in calls() {
        let (Some(vi_vars), Some(en_vars)) = (vi.messages.get(&call.id), en.messages.get(&call.id))
        else {
            problems.push(format!(
                "{}: `{}` is not in the catalogue (src/messages/vi.ftl, en.ftl)",
                call.place, call.id
            ));
            continue;
        };
        let given: Variables = call.args.iter().cloned().collect();
        for (lang, vars) in [("vi", vi_vars), ("en", en_vars)] {
            let missing: Vec<_> = vars.difference(&given).collect();
            if !missing.is_empty() {
                problems.push(format!(
                    "{}: `{}` in {lang}.ftl uses {missing:?}, which the call does not give",
                    call.place, call.id
                ));
            }
        }
        let unused: Vec<_> = given
            .iter()
            .filter(|a| !vi_vars.contains(*a) && !en_vars.contains(*a))
            .collect();
        if !unused.is_empty() {
            problems.push(format!(
                "{}: `{}` is given {unused:?}, which neither language says",
                call.place, call.id
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_message_of_the_catalogue_is_used() {
    let vi = catalogue("vi");
    let mut named = BTreeSet::new();
    for (_, text) in rust_files(root(), "src") {
        let scanned = Scanned::of(&text);
        named.extend(
            scanned
                .literals
                .iter()
                .filter(|l| !scanned.in_tests(l.at))
                .map(|l| l.text.clone()),
        );
    }
    let unused: Vec<&String> = vi
        .messages
        .keys()
        .filter(|id| !named.contains(*id))
        .filter(|id| !CHECKED_ELSEWHERE.iter().any(|p| id.starts_with(p)))
        .collect();
    assert!(
        unused.is_empty(),
        "messages no code says (remove them from vi.ftl and en.ftl): {unused:?}"
    );
}

#[test]
fn only_the_console_prints() {
    let mut found = Vec::new();
    for (path, text) in rust_files(root(), "src") {
        if path == "src/messages/console.rs" {
            continue;
        }
        let scanned = Scanned::of(&text);
        let code = scanned.code_only();
        for name in ["println!", "eprintln!", "print!", "eprint!"] {
            for (at, _) in code.match_indices(name) {
                if at > 0 && code[..at].ends_with(is_ident) {
                    continue;
                }
                let line = code[..at].matches('\n').count() + 1;
                found.push(format!("{path}:{line}: {name}"));
            }
        }
    }
    assert!(
        found.is_empty(),
        "print through messages::Console (a message of the catalogue), not:\n{}",
        found.join("\n")
    );
}

/// A literal that reads as a sentence: three words or more. Words for people belong in the
/// catalogue; what code may still write is markup, paths, formats and examples of input.
fn is_sentence(text: &str) -> bool {
    let words: Vec<&str> = text.split(' ').collect();
    words.windows(3).any(|w| {
        w.iter().all(|word| {
            word.chars().any(char::is_alphabetic)
                && word
                    .chars()
                    .all(|c| c.is_alphabetic() || "',.:;!?()`".contains(c))
        })
    }) && !text.contains('<')
}

/// Literals that read as sentences but are said to nobody, each with why it stays in code.
/// An entry that matches no literal any more fails the test, so the list cannot go stale.
const NOT_MESSAGES: &[(&str, &str, &str)] = &[
    // What other libraries say, read back to be said again in a drafter's words.
    (
        "src/toml_input/explain.rs",
        "wanted string or table",
        "serde's words, matched",
    ),
    (
        "src/load/data_file/amount.rs",
        "a number, true/false, or a rating level in quotes",
        "serde's `expecting`, matched in toml_input/explain.rs",
    ),
    (
        "src/toml_input/syntax_words.rs",
        "invalid basic string",
        "toml's words, matched",
    ),
    (
        "src/toml_input/syntax_words.rs",
        "invalid literal string",
        "toml's words, matched",
    ),
    (
        "src/toml_input/syntax_words.rs",
        "key with no value",
        "toml's words, matched",
    ),
    (
        "src/toml_input/syntax_words.rs",
        "invalid unquoted key",
        "toml's words, matched",
    ),
    (
        "src/toml_input/syntax_words.rs",
        "unquoted keys cannot be empty",
        "toml's words, matched",
    ),
    (
        "src/toml_input/syntax_words.rs",
        "string values must be quoted",
        "toml's words, matched",
    ),
    (
        "src/toml_input/syntax_words.rs",
        "unclosed array table",
        "toml's words, matched",
    ),
    (
        "src/toml_input/syntax_words.rs",
        "missing comma between array elements",
        "toml's words, matched",
    ),
    (
        "src/toml_input/syntax_words.rs",
        "unclosed inline table",
        "toml's words, matched",
    ),
    (
        "src/toml_input/syntax_words.rs",
        "unexpected key or value",
        "toml's words, matched",
    ),
    (
        "src/toml_input/syntax_words.rs",
        "unexpected leading zero",
        "toml's words, matched",
    ),
    (
        "src/toml_input/syntax_words.rs",
        "invalid integer number",
        "toml's words, matched",
    ),
    // Words of the documents, which a document's `as_stated` is read for.
    (
        "src/load/data_file/stated.rs",
        "không thấp hơn",
        "a document's words, matched",
    ),
    (
        "src/load/data_file/stated.rs",
        "không vượt quá",
        "a document's words, matched",
    ),
    (
        "src/load/data_file/stated.rs",
        "không cao hơn",
        "a document's words, matched",
    ),
    // Words of the site's pages (the site's language), not of the tool.
    (
        "src/model/period.rs",
        "hằng năm, nhiệm kỳ {}",
        "a period's label on pages",
    ),
    (
        "src/model/verdict/mod.rs",
        "chưa có kết quả cho nhiệm kỳ này",
        "a verdict's reason on pages",
    ),
    (
        "src/model/verdict/mod.rs",
        "thang xếp loại không xác định",
        "a verdict's reason on pages",
    ),
    (
        "src/model/verdict/mod.rs",
        "mức xếp loại lạ",
        "a verdict's reason on pages",
    ),
    (
        "src/model/verdict/mod.rs",
        "chỉ tiêu không so được",
        "a verdict's reason on pages",
    ),
    (
        "src/model/verdict/mod.rs",
        "kết quả không có số lượng để so",
        "a verdict's reason on pages",
    ),
    (
        "src/model/verdict/mod.rs",
        "kết quả không phải là số",
        "a verdict's reason on pages",
    ),
    (
        "src/model/verdict/mod.rs",
        "chỉ tiêu không phải là số",
        "a verdict's reason on pages",
    ),
    (
        "src/model/verdict/mod.rs",
        "thiếu số liệu đầu nhiệm kỳ để tính mức tăng",
        "a verdict's reason on pages",
    ),
    (
        "src/model/verdict/mod.rs",
        "số liệu đầu nhiệm kỳ không phải là số",
        "a verdict's reason on pages",
    ),
    // Files the build writes: their words must not change with the language of a run.
    (
        "src/output/ownership.rs",
        "# nhiemky: the files of this output folder",
        "the header of .nhiemky-files",
    ),
    (
        "src/output/published.rs",
        "",
        "the header of published-urls.txt",
    ),
    // Words for theme authors, inside Tera's own (English) error, shown as its detail.
    (
        "src/render/templates.rs",
        "`{text}` is not a date (YYYY-MM-DD)",
        "a Tera filter's error",
    ),
    // The Display of an error that cannot happen (plotters needs one).
    (
        "src/charts/backend.rs",
        "drawing into memory cannot fail",
        "an impossible error's Display",
    ),
    // Not words at all.
    (
        "src/charts/font.rs",
        "Noto Sans, DejaVu Sans, Arial, sans-serif",
        "a CSS font list",
    ),
    (
        "src/main.rs",
        "nhiemky ",
        "a command's path, naming its help",
    ),
];

/// Whether the literal at `at` is the reason of an `expect`, `panic!` or `unreachable!`: words
/// for whoever reads a crash report, about nhiemky's own invariants.
fn is_invariant(code: &str, at: usize) -> bool {
    let before = code[..at].trim_end();
    ["expect(", "panic!(", "unreachable!("]
        .iter()
        .any(|call| before.ends_with(call))
}

#[test]
fn no_sentence_is_written_in_code() {
    let mut found = Vec::new();
    let mut allowed_used = vec![false; NOT_MESSAGES.len()];
    for (path, text) in rust_files(root(), "src") {
        let scanned = Scanned::of(&text);
        for literal in &scanned.literals {
            if scanned.in_tests(literal.at)
                || !is_sentence(&literal.text)
                || is_invariant(&scanned.code, literal.at)
            {
                continue;
            }
            let allowed = NOT_MESSAGES
                .iter()
                .position(|(file, start, _)| *file == path && literal.text.starts_with(start));
            match allowed {
                Some(i) => allowed_used[i] = true,
                None => found.push(format!("{path}:{}: \"{}\"", literal.line, literal.text)),
            }
        }
    }
    let stale: Vec<_> = NOT_MESSAGES
        .iter()
        .zip(&allowed_used)
        .filter(|(_, used)| !**used)
        .map(|((file, start, _), _)| format!("{file}: \"{start}\""))
        .collect();
    assert!(
        found.is_empty(),
        "sentences written in code: say them with msg! and the catalogue ({} found):\n{}",
        found.len(),
        found.join("\n")
    );
    assert!(
        stale.is_empty(),
        "NOT_MESSAGES names literals the code no longer has:\n{}",
        stale.join("\n")
    );
}
