//! The command line: build, check, serve, new and archive (clap). Everything else lives in the library.

use clap::{Parser, Subcommand};
use nhiemky::build::{BuildOptions, BuildReport, Mode, run};
use nhiemky::diagnostics::Diagnostics;
use nhiemky::messages::{Catalogue, Lang};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// Rendering allocates many small values on every core; mimalloc handles that far better than
/// the system allocator (a quarter of the build's time was in malloc and free).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "nhiemky",
    version,
    about = "Static site generator for Vietnamese party-congress term reports"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(clap::Args)]
struct SiteArgs {
    /// The site folder (with config.toml and content/)
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Include documents with status = "draft"
    #[arg(long)]
    drafts: bool,
}

#[derive(Subcommand)]
enum Command {
    /// Build the site into the output folder (public/ by default)
    Build {
        #[command(flatten)]
        site: SiteArgs,
        /// Output folder (overrides output_dir of config.toml)
        #[arg(long)]
        output: Option<PathBuf>,
        /// Address the site is published at (overrides base_url of config.toml)
        #[arg(long)]
        base_url: Option<String>,
        /// Minify HTML and CSS
        #[arg(long)]
        minify: bool,
        /// Replace the output folder even if it holds files nhiemky did not write (they are deleted)
        #[arg(long)]
        force: bool,
    },
    /// Load, validate and render the site without writing anything; print every diagnostic
    Check {
        #[command(flatten)]
        site: SiteArgs,
    },
    /// Serve the site (drafts included) for previewing, reloading the browser on every save
    Serve {
        /// The site folder (with config.toml and content/)
        #[arg(long, default_value = ".")]
        root: PathBuf,
        /// Port to listen on (the next free one is taken if it is in use; 0: any)
        #[arg(long, default_value_t = nhiemky::serve::DEFAULT_PORT)]
        port: u16,
        /// Address to listen on; anything but 127.0.0.1 or ::1 shows the drafts to the network
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        /// Open the site in the default browser
        #[arg(long)]
        open: bool,
        /// Also answer requests for this host name (repeatable); only this machine's names and
        /// addresses are answered otherwise, so that no web site can read the drafts
        #[arg(long = "allow-host", value_name = "NAME")]
        allowed_hosts: Vec<String>,
    },
    /// Build the site and pack it with its sources into a BagIt bag (RFC 8493) for keeping
    #[command(args_conflicts_with_subcommands = true)]
    Archive {
        #[command(subcommand)]
        command: Option<ArchiveCommand>,
        #[command(flatten)]
        args: ArchiveArgs,
    },
    /// Create a new organisation or term from a template
    New {
        #[command(subcommand)]
        what: New,
        /// The site folder
        #[arg(long, default_value = ".", global = true)]
        root: PathBuf,
    },
}

#[derive(clap::Args)]
struct ArchiveArgs {
    /// The site folder (with config.toml and content/)
    #[arg(long, default_value = ".")]
    root: PathBuf,
    /// Archive only this organisation (its slug)
    #[arg(long)]
    org: Option<String>,
    /// Archive only this term of the organisation (YYYY-YYYY)
    #[arg(long, requires = "org")]
    term: Option<String>,
    /// The bag's folder, or its .zip with --zip (default: luu-tru/<date> in the site folder)
    #[arg(long)]
    out: Option<PathBuf>,
    /// Write the bag as one .zip file
    #[arg(long)]
    zip: bool,
    /// Replace an earlier archive at --out
    #[arg(long)]
    force: bool,
}

#[derive(Subcommand)]
enum ArchiveCommand {
    /// Check a bag (folder or .zip): every checksum, Payload-Oxum, no file missing or added
    Verify {
        /// The bag's folder or .zip
        path: PathBuf,
    },
}

#[derive(Subcommand)]
enum New {
    /// content/<slug>/_org.toml
    Org {
        slug: String,
        /// Display name, e.g. "Đảng bộ Sở GD&ĐT Lạng Sơn"
        #[arg(long)]
        name: Option<String>,
    },
    /// content/<org>/<term>/ with a draft political report and data.toml
    Term { org: String, term: String },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (lang, _) = Lang::choose(None, |name| std::env::var(name).ok());
    let catalogue = Catalogue::new(lang);
    match cli.command {
        Command::Build {
            site,
            output,
            base_url,
            minify,
            force,
        } => {
            let options = BuildOptions {
                root: site.root,
                output,
                base_url,
                drafts: site.drafts,
                minify,
                force,
                archived_on: None,
            };
            let started = Instant::now();
            let report = run(&options, Mode::Write);
            finish(&report, &catalogue, |r| {
                format!(
                    "built {} pages ({} files) into {} in {:.2} s{}",
                    r.pages,
                    r.files,
                    r.output
                        .as_ref()
                        .map_or(String::new(), |p| p.display().to_string()),
                    started.elapsed().as_secs_f64(),
                    if r.unchanged {
                        ": nothing changed, nothing written"
                    } else {
                        ""
                    }
                )
            })
        }
        Command::Check { site } => {
            let options = BuildOptions {
                root: site.root,
                drafts: site.drafts,
                ..BuildOptions::default()
            };
            let report = run(&options, Mode::Check);
            finish(&report, &catalogue, |r| {
                format!("checked {} pages: no errors", r.pages)
            })
        }
        Command::Serve {
            root,
            port,
            bind,
            open,
            allowed_hosts,
        } => {
            let options = nhiemky::serve::ServeOptions {
                root,
                port,
                bind,
                open,
                allowed_hosts,
                lang,
            };
            match nhiemky::serve::serve(options) {
                Ok(()) => ExitCode::SUCCESS,
                Err(why) => {
                    nhiemky::diagnostics::eprint(
                        &[nhiemky::diagnostics::Diagnostic::error(why)],
                        &catalogue,
                    );
                    ExitCode::FAILURE
                }
            }
        }
        Command::Archive {
            command: Some(ArchiveCommand::Verify { path }),
            ..
        } => verify(&path, &catalogue),
        Command::Archive {
            command: None,
            args,
        } => archive(args, &catalogue),
        Command::New { what, root } => {
            let result = match &what {
                New::Org { slug, name } => nhiemky::scaffold::new_org(&root, slug, name.as_deref()),
                New::Term { org, term } => nhiemky::scaffold::new_term(&root, org, term),
            };
            match result {
                Ok(files) => {
                    for file in files {
                        println!("created {}", file.display());
                    }
                    ExitCode::SUCCESS
                }
                Err(why) => {
                    nhiemky::diagnostics::eprint(
                        &[nhiemky::diagnostics::Diagnostic::error(why)],
                        &catalogue,
                    );
                    ExitCode::FAILURE
                }
            }
        }
    }
}

fn archive(args: ArchiveArgs, catalogue: &Catalogue) -> ExitCode {
    let options = nhiemky::archive::ArchiveOptions {
        root: args.root,
        org: args.org,
        term: args.term,
        out: args.out,
        zip: args.zip,
        force: args.force,
        source_date_epoch: std::env::var(nhiemky::archive::clock::SOURCE_DATE_EPOCH).ok(),
    };
    let report = nhiemky::archive::archive(&options);
    print_diagnostics(&report.diagnostics, catalogue);
    match &report.bag {
        Some(bag) if report.succeeded() => {
            println!(
                "archived {} files ({} bytes) into {}",
                report.files,
                report.bytes,
                bag.display()
            );
            println!(
                "recorded {} published addresses in {} (keep it with the sources: `nhiemky check` warns when one disappears)",
                report.recorded,
                nhiemky::output::published::PUBLISHED_FILE
            );
            ExitCode::SUCCESS
        }
        _ => {
            let errors = report.diagnostics.error_count();
            eprintln!(
                "failed: {errors} error{}; nothing was written",
                plural(errors)
            );
            ExitCode::FAILURE
        }
    }
}

fn verify(path: &std::path::Path, catalogue: &Catalogue) -> ExitCode {
    match nhiemky::archive::verify::verify(path) {
        Ok(valid) => {
            println!(
                "bag is valid: {} files, {} bytes ({})",
                valid.files,
                valid.bytes,
                path.display()
            );
            ExitCode::SUCCESS
        }
        Err(problems) => {
            let count = problems.len();
            nhiemky::diagnostics::eprint(&problems, catalogue);
            eprintln!(
                "bag is not valid: {count} problem{} ({})",
                plural(count),
                path.display()
            );
            ExitCode::FAILURE
        }
    }
}

/// Prints every diagnostic (errors and warnings together, in file order), then the summary.
fn finish(
    report: &BuildReport,
    catalogue: &Catalogue,
    success: impl Fn(&BuildReport) -> String,
) -> ExitCode {
    print_diagnostics(&report.diagnostics, catalogue);
    let (errors, warnings) = (
        report.diagnostics.error_count(),
        report.diagnostics.warning_count(),
    );
    if report.succeeded() {
        let note = if warnings > 0 {
            format!(" ({warnings} warning{})", plural(warnings))
        } else {
            String::new()
        };
        println!("{}{note}", success(report));
        ExitCode::SUCCESS
    } else {
        eprintln!(
            "failed: {errors} error{}, {warnings} warning{}; nothing was written",
            plural(errors),
            plural(warnings)
        );
        ExitCode::FAILURE
    }
}

fn print_diagnostics(diagnostics: &Diagnostics, catalogue: &Catalogue) {
    nhiemky::diagnostics::eprint(&diagnostics.clone().sorted(), catalogue);
}

fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
