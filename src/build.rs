//! The pipeline, run by `build` and `check` alike: load → model → plan → render → write.

use crate::charts::{GlyphCache, Words};
use crate::config::{Config, normalize_base_url};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::load::build_site;
use crate::load::load_content;
use crate::load::theme::Theme;
use crate::messages::io_error;
use crate::model::Site;
use crate::msg;
use crate::output::minify::minify;
use crate::output::ownership::{self, FILE_LIST, Foreign};
use crate::output::{Published, Staging, check_output_dir};
use crate::plan::{Output, Page, Plan, plan};
use crate::progress::{Progress, Stage};
use crate::render::charts::OrgCharts;
use crate::render::pages::PageRenderer;
use crate::render::site_paths::SitePaths;
use crate::render::templates::Templates;
use crate::routes::check_addresses;
use crate::search::{self, Batch, Record, Spill};
use rayon::prelude::*;
use std::borrow::Cow;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    pub root: PathBuf,
    /// Overrides `output_dir` of config.toml.
    pub output: Option<PathBuf>,
    /// Overrides `base_url` of config.toml.
    pub base_url: Option<String>,
    /// Include documents with `status = "draft"`.
    pub drafts: bool,
    /// Minify HTML and CSS.
    pub minify: bool,
    /// Replace the output folder even when it holds files the last build did not write.
    pub force: bool,
    /// The day of an archive (`nhiemky archive`): every page then carries its stamp.
    pub archived_on: Option<jiff::civil::Date>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Render and write the site.
    Write,
    /// Load, validate and render everything, write nothing.
    Check,
}

#[derive(Debug, Default)]
pub struct BuildReport {
    pub diagnostics: Diagnostics,
    pub pages: usize,
    pub files: usize,
    /// Where the site was written (Write mode, success only).
    pub output: Option<PathBuf>,
    /// Whether the output was already what the build made: then nothing was written.
    pub unchanged: bool,
}

impl BuildReport {
    pub fn succeeded(&self) -> bool {
        !self.diagnostics.has_errors()
    }
}

/// Everything the render stage needs, loaded and validated.
pub struct Prepared {
    pub site: Site,
    pub theme: Theme,
    pub templates: Templates,
    pub plan: Plan,
    /// See [`BuildOptions::archived_on`].
    pub archived_on: Option<jiff::civil::Date>,
}

/// Load, model and plan. Diagnostics go to `diagnostics`; `None` when nothing can be rendered.
pub fn prepare(
    options: &BuildOptions,
    diagnostics: &mut Diagnostics,
    progress: &Progress,
) -> Option<Prepared> {
    progress.stage(Stage::Loading, None);
    let root = &options.root;
    let mut config = match Config::load(root) {
        Ok((config, warnings)) => {
            diagnostics.extend(warnings);
            config
        }
        Err(errors) => {
            diagnostics.extend(errors);
            return None;
        }
    };
    if let Some(url) = &options.base_url {
        match normalize_base_url(url) {
            Ok(url) => config.base_url = url,
            Err(why) => {
                diagnostics.push(
                    Diagnostic::error(msg!("build-base-url-invalid", url = url, why = why)).hint(
                        msg!(
                            "build-base-url-invalid-hint",
                            example = "--base-url https://huyenuy.example.vn/bao-cao/"
                        ),
                    ),
                );
                return None;
            }
        }
    }
    let theme = Theme::load(root, &config)
        .map_err(|e| diagnostics.extend(e))
        .ok();
    let templates = theme.as_ref().and_then(|theme| {
        Templates::load(root, theme, &config)
            .map_err(|e| diagnostics.extend(e))
            .ok()
    });
    let (loaded, load_diagnostics) = load_content(root, &config);
    diagnostics.extend(load_diagnostics);
    let (site, model_diagnostics) = build_site(root, config, loaded, options.drafts);
    diagnostics.extend(model_diagnostics);
    let (theme, templates) = (theme?, templates?);
    let plan = plan(&site, &theme);
    diagnostics.extend(check_addresses(&site, &plan));
    Some(Prepared {
        site,
        theme,
        templates,
        plan,
        archived_on: options.archived_on,
    })
}

/// Runs the whole pipeline, showing no progress.
pub fn run(options: &BuildOptions, mode: Mode) -> BuildReport {
    run_with_progress(options, mode, &Progress::hidden())
}

/// Runs the whole pipeline, telling `progress` the stage it is at.
pub fn run_with_progress(options: &BuildOptions, mode: Mode, progress: &Progress) -> BuildReport {
    let mut report = BuildReport::default();
    let Some(prepared) = prepare(options, &mut report.diagnostics, progress) else {
        return report;
    };
    report.diagnostics.extend(crate::output::published::check(
        &prepared.site,
        &prepared.plan,
    ));
    if report.diagnostics.has_errors() {
        // The data is incomplete: pages would only repeat its errors, but the documents'
        // own mistakes (shortcodes) are still worth reporting in the same run.
        let documents_only = |output: &Output| matches!(output.page, Page::Document { .. });
        let rendered = render_units(&prepared, documents_only, None, progress, |_, _| Ok(()));
        report.diagnostics.extend(rendered.diagnostics);
        return report;
    }
    match mode {
        Mode::Check => {
            // The search index is made of what the pages show, so rendering them checks it;
            // pagefind's part needs nothing a site can get wrong.
            let rendered = render_units(&prepared, |_| true, None, progress, |_, _| Ok(()));
            report.diagnostics.extend(rendered.diagnostics);
            report.pages = prepared.plan.output_count();
        }
        Mode::Write => write_site(options, prepared, &mut report, progress),
    }
    report
}

/// What rendering leaves besides the files it hands on: every diagnostic, and (when asked for)
/// where its search records lie in the spill, each organisation's followed by its documents',
/// in the site's order.
#[derive(Default)]
struct Rendered {
    diagnostics: Vec<Diagnostic>,
    records: Vec<Batch>,
}

/// Renders the chosen outputs, unit by unit in parallel (each organisation with its own chart
/// cache, all with one glyph cache), handing each rendered output to `sink`. With a spill,
/// the search records are made on the way, into it: a document's words come from its
/// rendering, so the file is read and parsed once.
fn render_units(
    prepared: &Prepared,
    chosen: impl Fn(&Output) -> bool + Sync,
    spill: Option<&Spill>,
    progress: &Progress,
    sink: impl Fn(&Output, &[u8]) -> Result<(), Diagnostic> + Sync,
) -> Rendered {
    let count = prepared.plan.outputs().filter(|o| chosen(o)).count();
    progress.stage(Stage::Rendering, Some(count as u64));
    let site = &prepared.site;
    let i18n = &prepared.theme.i18n;
    let words = Words::from_i18n(i18n);
    let paths = SitePaths::new(&prepared.plan);
    let renderer = PageRenderer {
        site,
        templates: &prepared.templates,
        i18n,
        archived_on: prepared.archived_on,
        paths: Some(&paths),
    };
    let glyphs = GlyphCache::default();
    let units: Vec<Rendered> = prepared
        .plan
        .units
        .par_iter()
        .map(|unit| {
            let charts = unit
                .org
                .map(|o| OrgCharts::new(site, &site.orgs[o], &words, &glyphs));
            let outputs: Vec<(Vec<Diagnostic>, Option<Record>)> = unit
                .outputs
                .par_iter()
                .filter(|output| chosen(output))
                .inspect(|_| progress.advance(1))
                .map(
                    |output| match renderer.render_with_text(output, charts.as_ref()) {
                        Ok(rendered) => {
                            let record = match (output.page, &rendered.text) {
                                (Page::Document { org, doc }, Some(text)) if spill.is_some() => {
                                    let org = &site.orgs[org];
                                    let doc = &org.documents[doc];
                                    Some(search::document_record(site, org, doc, i18n, text))
                                }
                                _ => None,
                            };
                            let mut diagnostics = rendered.warnings;
                            diagnostics.extend(sink(output, &rendered.bytes).err());
                            (diagnostics, record)
                        }
                        Err(diagnostics) => (diagnostics, None),
                    },
                )
                .collect();
            let mut rendered = Rendered::default();
            let mut records: Vec<Record> = unit
                .org
                .filter(|_| spill.is_some())
                .map(|o| search::org_record(site, &site.orgs[o], i18n))
                .into_iter()
                .collect();
            for (diagnostics, record) in outputs {
                rendered.diagnostics.extend(diagnostics);
                records.extend(record);
            }
            if let Some(spill) = spill {
                match spill.put(&records) {
                    Ok(batch) => rendered.records.push(batch),
                    Err(e) => rendered.diagnostics.push(spill_error(&e)),
                }
            }
            rendered
        })
        .collect();
    let mut all = Rendered::default();
    for unit in units {
        all.diagnostics.extend(unit.diagnostics);
        all.records.extend(unit.records);
    }
    all
}

fn output_dir(options: &BuildOptions, site: &Site) -> PathBuf {
    match &options.output {
        Some(dir) => dir.clone(),
        None => options.root.join(&site.config.output_dir),
    }
}

fn write_site(
    options: &BuildOptions,
    prepared: Prepared,
    report: &mut BuildReport,
    progress: &Progress,
) {
    let target = output_dir(options, &prepared.site);
    if let Err(why) = check_output_dir(&options.root, &target) {
        report.diagnostics.push(
            Diagnostic::error(msg!("build-output-refused", folder = &target, why = why)).hint(
                msg!("build-output-refused-hint", example = "--output public"),
            ),
        );
        return;
    }
    if !options.force
        && let Err(foreign) = ownership::check_replaceable(&target)
    {
        report.diagnostics.push(not_replaceable(&target, &foreign));
        return;
    }
    let staging = match Staging::create_lazily(&target) {
        Ok(staging) => staging,
        Err(err) => {
            report.diagnostics.push(
                Diagnostic::error(msg!(
                    "build-cannot-prepare",
                    folder = &target,
                    why = io_error(&err)
                ))
                .hint(msg!("build-cannot-write-hint")),
            );
            return;
        }
    };
    let written = std::sync::Mutex::new(Vec::new());
    let write = |path: &str, bytes: &[u8]| {
        let bytes = match options.minify {
            true => Cow::Owned(minify(path, bytes)),
            false => Cow::Borrowed(bytes),
        };
        staging
            .write(path, &bytes)
            .map_err(|e| cannot_write(&staging.dir().join(path), &e))?;
        written
            .lock()
            .unwrap_or_else(|e| e.into_inner())
            .push(path.to_owned());
        Ok(())
    };
    if !write_outputs(prepared, &|_| true, &write, report, progress) {
        return; // dropping the staging folder leaves the previous output as it was
    }
    let mut written = written.into_inner().unwrap_or_else(|e| e.into_inner());
    written.sort_unstable();
    if let Some(twice) = written.windows(2).find(|w| w[0] == w[1]) {
        // routes::check_addresses keeps every address to one output: this is nhiemky's bug.
        report.diagnostics.push(
            Diagnostic::error(msg!("build-output-written-twice", path = &twice[0]))
                .hint(msg!("build-output-written-twice-hint")),
        );
        return;
    }
    let list = ownership::file_list(written);
    if let Err(err) = staging.write(FILE_LIST, list.as_bytes()) {
        report
            .diagnostics
            .push(cannot_write(&staging.dir().join(FILE_LIST), &err));
        return;
    }
    match staging.publish() {
        Ok(published) => {
            report.unchanged = published == Published::Unchanged;
            report.output = Some(target);
        }
        Err(err) => report.diagnostics.push(
            Diagnostic::error(msg!(
                "build-cannot-publish",
                folder = &target,
                why = io_error(&err)
            ))
            .hint(msg!("build-cannot-publish-hint")),
        ),
    }
}

/// Where [`write_outputs`] puts a file: its site path and its bytes.
pub type WriteFile<'a> = dyn Fn(&str, &[u8]) -> Result<(), Diagnostic> + Sync + 'a;

/// Renders the chosen outputs, copies the static files and writes the search index, each
/// through `write` (a site path and its bytes). `false` when anything failed: the caller then
/// publishes nothing. `build` writes the whole site; `archive` a bag's copy of it, or a part.
pub fn write_outputs(
    prepared: Prepared,
    chosen: &(dyn Fn(&Output) -> bool + Sync),
    write: &WriteFile<'_>,
    report: &mut BuildReport,
    progress: &Progress,
) -> bool {
    let spill = match prepared.site.config.search.enabled.then(Spill::new) {
        None => None,
        Some(Ok(spill)) => Some(spill),
        Some(Err(e)) => {
            report.diagnostics.push(spill_error(&e));
            return false;
        }
    };
    let rendered = render_units(
        &prepared,
        chosen,
        spill.as_ref(),
        progress,
        |output, bytes| write(&output.route.output_path(), bytes),
    );
    report.diagnostics.extend(rendered.diagnostics);
    let static_count = prepared.plan.static_files.len() as u64;
    progress.stage(Stage::Writing, Some(static_count));
    let copies: Vec<Diagnostic> = prepared
        .plan
        .static_files
        .par_iter()
        .inspect(|_| progress.advance(1))
        .filter_map(|(name, file)| match file.bytes() {
            Ok(bytes) => write(name, &bytes).err(),
            Err(e) => Some(
                Diagnostic::error(msg!(
                    "build-cannot-read-static",
                    path = name,
                    why = io_error(&e)
                ))
                .hint(msg!("build-cannot-read-static-hint")),
            ),
        })
        .collect();
    report.diagnostics.extend(copies);
    if report.diagnostics.has_errors() {
        return false;
    }
    report.pages = prepared.plan.outputs().filter(|o| chosen(o)).count();
    report.files = report.pages + prepared.plan.static_files.len();
    // The model is done with: pagefind reuses its memory instead of adding to it.
    drop(prepared);
    if let Some(spill) = spill {
        progress.stage(Stage::Indexing, None);
        let index = match search::bundle(spill.read(rendered.records)) {
            Ok(files) => files,
            Err(d) => {
                report.diagnostics.push(d);
                return false;
            }
        };
        progress.stage(Stage::Writing, Some(index.len() as u64));
        let written: Vec<Diagnostic> = index
            .par_iter()
            .inspect(|_| progress.advance(1))
            .filter_map(|(path, bytes)| write(path, bytes).err())
            .collect();
        report.diagnostics.extend(written);
        report.files += index.len();
    }
    !report.diagnostics.has_errors()
}

fn spill_error(err: &std::io::Error) -> Diagnostic {
    Diagnostic::error(msg!("build-search-spill-failed", why = io_error(err)))
        .hint(msg!("build-search-spill-failed-hint"))
}

/// The output folder holds what the user made: nothing is removed without `--force`.
fn not_replaceable(target: &Path, foreign: &Foreign) -> Diagnostic {
    let names = |paths: &[PathBuf]| {
        let names: Vec<String> = paths
            .iter()
            .map(|p| p.strip_prefix(target).unwrap_or(p).display().to_string())
            .collect();
        names.join(", ")
    };
    match foreign {
        Foreign::Unlisted(some) => Diagnostic::error(msg!(
            "build-output-unlisted",
            folder = target,
            names = names(some)
        ))
        .hint(msg!("build-output-unlisted-hint")),
        Foreign::Added(some) => Diagnostic::error(msg!(
            "build-output-added",
            folder = target,
            names = names(some)
        ))
        .hint(msg!("build-output-added-hint")),
    }
}

fn cannot_write(path: &Path, err: &std::io::Error) -> Diagnostic {
    Diagnostic::error(msg!("build-cannot-write", path = path, why = io_error(err)))
        .hint(msg!("build-cannot-write-hint"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_of_the_users_is_refused_in_words_that_say_how_to_go_on() {
        let target = Path::new("/tmp/tai-lieu");
        let refused = not_replaceable(
            target,
            &Foreign::Unlisted(vec![target.join("luan-van.docx"), target.join("anh")]),
        );
        assert_eq!(
            refused.message.vi(),
            "nhiemky không xóa thư mục /tmp/tai-lieu để ghi trang web vào đó: thư mục này không do nhiemky tạo ra (trong đó có luan-van.docx, anh …)"
        );
        assert!(refused.hint.unwrap().vi().ends_with("thêm --force"));
        let added = not_replaceable(target, &Foreign::Added(vec![target.join("ghi-chu.txt")]));
        assert_eq!(
            added.message.en(),
            "refusing to replace /tmp/tai-lieu: files were added to it after the last build: ghi-chu.txt"
        );
        assert!(
            added
                .hint
                .unwrap()
                .vi()
                .starts_with("chuyển các tệp đó ra khỏi thư mục kết quả")
        );
    }
}
