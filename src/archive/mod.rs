//! `nhiemky archive`: the site (or one organisation, or one of its terms) built as on any day,
//! stamped with the day, and packed with the sources that rebuild it into a BagIt bag
//! (RFC 8493) — a folder or one `.zip` — that can be read, cited and checked decades from now
//! without this tool or a network. It runs the build's own stages (`build::prepare`,
//! `build::write_outputs`); only where the files go differs.

pub mod bag;
pub mod clock;
pub mod fonts;
pub mod manifest;
pub mod relink;
pub mod selection;
pub mod sources;
pub mod verify;
pub mod zip_file;

use crate::build::{BuildOptions, BuildReport, Prepared, prepare, write_outputs};
use crate::diagnostics::{Diagnostic, Diagnostics};
use crate::messages::{Message, io_error};
use crate::msg;
use crate::output::published;
use crate::output::{Staging, check_not_sources};
use crate::plan::route::Route;
use crate::plan::{Page, plan};
use crate::progress::Progress;
use bag::{BagInfo, write_tag_files};
use jiff::civil::Date;
use selection::Selection;
use std::borrow::Cow;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// Inside the bag's `data/`: the built site, and the sources that rebuild it.
pub const SITE_DIR: &str = "data/site";
pub const SOURCE_DIR: &str = "data/source";
/// Where archives go when `--out` is not given, inside the site folder.
pub const DEFAULT_DIR: &str = "luu-tru";

#[derive(Debug, Clone, Default)]
pub struct ArchiveOptions {
    pub root: PathBuf,
    /// Only this organisation (its slug).
    pub org: Option<String>,
    /// Only this term of it.
    pub term: Option<String>,
    /// The bag folder, or the `.zip` with `zip`.
    pub out: Option<PathBuf>,
    pub zip: bool,
    /// Replace a bag already at `out`.
    pub force: bool,
    /// The value of `SOURCE_DATE_EPOCH`, when set.
    pub source_date_epoch: Option<String>,
}

#[derive(Debug, Default)]
pub struct ArchiveReport {
    pub diagnostics: Diagnostics,
    /// Where the bag was written (success only).
    pub bag: Option<PathBuf>,
    /// The payload: files and bytes.
    pub files: usize,
    pub bytes: u64,
    /// Addresses recorded in `published-urls.txt`.
    pub recorded: usize,
}

impl ArchiveReport {
    pub fn succeeded(&self) -> bool {
        !self.diagnostics.has_errors() && self.bag.is_some()
    }
}

/// Builds and packs the archive. Nothing is written unless everything succeeded; the sources
/// are only read (but for `published-urls.txt`, written last).
pub fn archive(options: &ArchiveOptions, progress: &Progress) -> ArchiveReport {
    let mut report = ArchiveReport::default();
    if let Err(d) = make(options, &mut report, progress) {
        report.diagnostics.push(d);
    }
    report
}

fn make(
    options: &ArchiveOptions,
    report: &mut ArchiveReport,
    progress: &Progress,
) -> Result<(), Diagnostic> {
    let date = clock::archive_date(clock::archive_time(options.source_date_epoch.as_deref())?);
    let build_options = BuildOptions {
        root: options.root.clone(),
        archived_on: Some(date),
        ..BuildOptions::default()
    };
    let Some(mut prepared) = prepare(&build_options, &mut report.diagnostics, progress) else {
        return Ok(());
    };
    if report.diagnostics.has_errors() {
        return Ok(());
    }
    let selection = Selection::resolve(
        &prepared.site,
        options.org.as_deref(),
        options.term.as_deref(),
    )?;
    let addresses = published::addresses(&prepared.plan);
    if !selection.is_whole_site() {
        // A part has no search: its index would find pages the part does not hold.
        prepared.site.config.search.enabled = false;
        prepared.plan = plan(&prepared.site, &prepared.theme);
    }
    let target = match &options.out {
        Some(out) => out.clone(),
        None => default_target(&options.root, &prepared, &selection, date, options.zip),
    };
    check_target(&options.root, &target, options.zip, options.force)?;
    let staging = Staging::create(&target).map_err(|e| cannot_write(&target, &e))?;
    // What the bag says of itself is taken now: writing the site uses the model up.
    let info = bag_info(&prepared, &selection, date);
    let sources = sources::source_files(&prepared.site, &selection);
    let root = prepared.site.root.clone();
    let chosen: BTreeSet<Route> = prepared
        .plan
        .outputs()
        .filter(|o| selection.holds(&prepared.site, o))
        .map(|o| o.route.clone())
        .collect();
    let kept: BTreeSet<String> = chosen
        .iter()
        .map(Route::output_path)
        .chain(
            prepared
                .plan
                .static_files
                .iter()
                .map(|(name, _)| name.clone()),
        )
        .collect();
    let base_url = prepared.site.config.base_url.clone();
    let fonts: fonts::Fonts = prepared
        .plan
        .static_files
        .iter()
        .filter(|(name, _)| fonts::is_font(name))
        .filter_map(|(name, file)| Some((name.clone(), file.bytes().ok()?.into_owned())))
        .collect();
    let write = |path: &str, bytes: &[u8]| {
        let bytes = if !selection.is_whole_site() && path.ends_with(".html") {
            Cow::Owned(relink::relink(bytes, path, &kept, &base_url))
        } else if path.ends_with(".css") {
            Cow::Owned(fonts::inline(bytes, path, &fonts))
        } else {
            Cow::Borrowed(bytes)
        };
        let inside = format!("{SITE_DIR}/{path}");
        staging
            .write(&inside, &bytes)
            .map_err(|e| cannot_write(&staging.dir().join(&inside), &e))
    };
    let mut build = BuildReport::default();
    let written = write_outputs(
        prepared,
        &|o| chosen.contains(&o.route),
        &write,
        &mut build,
        progress,
    );
    report.diagnostics.extend(build.diagnostics.iter().cloned());
    if !written {
        return Ok(()); // the staging folder goes with `staging`: no half bag
    }
    for source in &sources {
        let bytes = crate::regular_file::read(&root.join(source)).map_err(|err| {
            Diagnostic::error(msg!("archive-cannot-read-source", why = io_error(&err)))
                .at_path(source.clone(), 1, 1)
                .hint(msg!("archive-cannot-read-source-hint"))
        })?;
        let inside = format!("{SOURCE_DIR}/{source}");
        staging
            .write(&inside, &bytes)
            .map_err(|e| cannot_write(&staging.dir().join(&inside), &e))?;
    }
    let (bytes, files) =
        write_tag_files(&staging, &info).map_err(|e| cannot_write(staging.dir(), &e))?;
    if options.zip {
        write_zip(&staging, &target, date)?;
    } else {
        staging.publish().map_err(|e| cannot_write(&target, &e))?;
    }
    (report.files, report.bytes) = (files, bytes);
    report.bag = Some(target);
    report.recorded = addresses.len();
    record(&root, &addresses)
}

/// The bag as one zip, written beside the target and renamed into place when complete.
fn write_zip(staging: &Staging, target: &Path, date: Date) -> Result<(), Diagnostic> {
    let parent = target
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let name = target
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let top = name.strip_suffix(".zip").unwrap_or(&name);
    let mut partial = tempfile::Builder::new()
        .prefix(&format!(".{name}-partial-"))
        .tempfile_in(parent)
        .map_err(|e| cannot_write(target, &e))?;
    zip_file::zip_bag(staging.dir(), top, date, partial.as_file_mut())
        .and_then(|()| readable_by_all(partial.as_file()))
        .map_err(|e| cannot_write(target, &e))?;
    partial
        .persist(target)
        .map_err(|e| cannot_write(target, &e.error))?;
    Ok(())
}

/// Writes `published-urls.txt` when the site's addresses changed (atomically).
fn record(root: &Path, addresses: &BTreeSet<String>) -> Result<(), Diagnostic> {
    let path = root.join(published::PUBLISHED_FILE);
    let text = published::record(addresses);
    if std::fs::read_to_string(&path).is_ok_and(|old| old == text) {
        return Ok(());
    }
    let write = || -> std::io::Result<()> {
        let mut file = tempfile::Builder::new()
            .prefix(&format!(".{}-", published::PUBLISHED_FILE))
            .tempfile_in(root)?;
        std::io::Write::write_all(&mut file, text.as_bytes())?;
        readable_by_all(file.as_file())?;
        file.persist(&path).map_err(|e| e.error)?;
        Ok(())
    };
    write().map_err(|e| cannot_write(&path, &e))
}

/// A temporary file is private (0600); what it becomes is an ordinary file (0644).
fn readable_by_all(file: &std::fs::File) -> std::io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o644))
}

/// `luu-tru/2025-06-01`, `luu-tru/<org>-2025-06-01`, `luu-tru/<org>-<term>-2025-06-01.zip`.
fn default_target(
    root: &Path,
    prepared: &Prepared,
    selection: &Selection,
    date: Date,
    zip: bool,
) -> PathBuf {
    let mut name = String::new();
    if let Some(o) = selection.org {
        name.push_str(&prepared.site.orgs[o].slug);
        name.push('-');
    }
    if let Some(term) = selection.term {
        name.push_str(&format!("{term}-"));
    }
    name.push_str(&date.to_string());
    if zip {
        name.push_str(".zip");
    }
    root.join(DEFAULT_DIR).join(name)
}

/// Refuses targets among the sources, and replacing anything but an earlier bag (and that
/// only with `--force`).
fn check_target(root: &Path, target: &Path, zip: bool, force: bool) -> Result<(), Diagnostic> {
    let refuse = |why: Message, hint: Message| {
        Err(Diagnostic::error(msg!("archive-refused", path = target, why = why)).hint(hint))
    };
    if let Err(why) = check_not_sources(root, target) {
        return refuse(why, msg!("archive-refused-sources-hint"));
    }
    if !target.exists() && !target.is_symlink() {
        return Ok(());
    }
    if !force {
        return refuse(
            msg!("archive-target-exists"),
            msg!("archive-target-exists-hint"),
        );
    }
    match (zip, target.is_dir()) {
        (true, true) => refuse(
            msg!("archive-target-is-folder"),
            msg!("archive-choose-zip-hint"),
        ),
        (false, false) => refuse(
            msg!("archive-target-is-file"),
            msg!("archive-target-is-file-hint"),
        ),
        (true, false) if target.extension().is_none_or(|e| e != "zip") => refuse(
            msg!("archive-target-not-zip"),
            msg!("archive-choose-zip-hint"),
        ),
        (false, true) if !target.join(bag::BAGIT_FILE).is_file() => refuse(
            msg!("archive-target-not-bag"),
            msg!("archive-choose-other-hint"),
        ),
        _ => Ok(()),
    }
}

/// The bag's own description: who, where, what, when.
fn bag_info(prepared: &Prepared, selection: &Selection, date: Date) -> BagInfo {
    let site = &prepared.site;
    let i18n = &prepared.theme.i18n;
    let (title, organization, route) = match selection.org.map(|o| &site.orgs[o]) {
        None => (
            site.config.title.clone(),
            site.config.title.clone(),
            Route::home(),
        ),
        Some(org) => {
            let organization = org.name_full.clone().unwrap_or_else(|| org.name.clone());
            match selection.term {
                None => (org.name.clone(), organization, Route::org(&org.slug)),
                Some(term) => (
                    format!(
                        "{} — {} {}",
                        org.name,
                        i18n.text("term"),
                        term.display(&site.config.locale.term_display)
                    ),
                    organization,
                    Route::term(&org.slug, term),
                ),
            }
        }
    };
    let url = format!("{}{}", site.config.base_url, route.as_str());
    let count = |kind: fn(&Page) -> bool| {
        prepared
            .plan
            .outputs()
            .filter(|o| kind(&o.page) && selection.holds(site, o))
            .count()
            .to_string()
    };
    let description = i18n
        .text("archive_description")
        .replace("{title}", &title)
        .replace("{url}", &url)
        .replace(
            "{documents}",
            &count(|p| matches!(p, Page::Document { .. })),
        )
        .replace(
            "{indicators}",
            &count(|p| matches!(p, Page::Indicator { .. })),
        )
        .replace(
            "{originals}",
            &count(|p| matches!(p, Page::Original { .. })),
        );
    BagInfo {
        source_organization: organization,
        external_identifier: url,
        external_description: description,
        bagging_date: date,
    }
}

fn cannot_write(path: &Path, err: &std::io::Error) -> Diagnostic {
    Diagnostic::error(msg!(
        "archive-cannot-write",
        path = path,
        why = io_error(err)
    ))
    .hint(msg!("archive-cannot-write-hint"))
}
