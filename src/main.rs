//! The command line: build, check, serve, new and archive (clap), said in the run's language
//! (`--lang`, `NHIEMKY_LANG`, the locale; Vietnamese by default). Everything else lives in the
//! library.

use clap::{CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};
use nhiemky::build::{BuildOptions, BuildReport, Mode, run_with_progress};
use nhiemky::diagnostics::{Diagnostic, Diagnostics, eprint};
use nhiemky::messages::command_line::{Words, explain, localise};
use nhiemky::messages::{Catalogue, Console, LANG_VARIABLE, Lang, Message};
use nhiemky::msg;
use nhiemky::progress::Progress;
use std::ffi::OsString;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::Instant;

/// Rendering allocates many small values on every core; mimalloc handles that far better than
/// the system allocator (a quarter of the build's time was in malloc and free).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

// What each command and option is for is said by `CliWords`, in the run's language.
#[derive(Parser)]
#[command(name = "nhiemky", version)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    #[arg(long, global = true, value_enum)]
    lang: Option<LangArg>,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Vi,
    En,
}

#[derive(clap::Args)]
struct SiteArgs {
    #[arg(long, default_value = ".")]
    root: PathBuf,
    #[arg(long)]
    drafts: bool,
}

#[derive(Subcommand)]
enum Command {
    Build {
        #[command(flatten)]
        site: SiteArgs,
        #[arg(long)]
        output: Option<PathBuf>,
        #[arg(long)]
        base_url: Option<String>,
        #[arg(long)]
        minify: bool,
        #[arg(long)]
        force: bool,
    },
    Check {
        #[command(flatten)]
        site: SiteArgs,
    },
    Serve {
        #[arg(long, default_value = ".")]
        root: PathBuf,
        #[arg(long, default_value_t = nhiemky::serve::DEFAULT_PORT)]
        port: u16,
        #[arg(long, default_value = "127.0.0.1")]
        bind: std::net::IpAddr,
        #[arg(long)]
        open: bool,
        #[arg(long = "allow-host")]
        allowed_hosts: Vec<String>,
    },
    #[command(args_conflicts_with_subcommands = true)]
    Archive {
        #[command(subcommand)]
        command: Option<ArchiveCommand>,
        #[command(flatten)]
        args: ArchiveArgs,
    },
    New {
        #[command(subcommand)]
        what: New,
        #[arg(long, default_value = ".", global = true)]
        root: PathBuf,
    },
}

#[derive(clap::Args)]
struct ArchiveArgs {
    #[arg(long, default_value = ".")]
    root: PathBuf,
    #[arg(long)]
    org: Option<String>,
    #[arg(long, requires = "org")]
    term: Option<String>,
    #[arg(long)]
    out: Option<PathBuf>,
    #[arg(long)]
    zip: bool,
    #[arg(long)]
    force: bool,
}

#[derive(Subcommand)]
enum ArchiveCommand {
    Verify { path: PathBuf },
}

#[derive(Subcommand)]
enum New {
    Org {
        slug: String,
        #[arg(long)]
        name: Option<String>,
    },
    Term {
        org: String,
        term: String,
    },
    Doc {
        org: String,
        term: String,
        #[arg(long = "type", value_parser = doc_types())]
        doc_type: String,
        #[arg(long)]
        title: Option<String>,
        #[arg(long)]
        slug: Option<String>,
    },
}

/// The codes of the document types `new doc` writes.
fn doc_types() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(nhiemky::scaffold::DOC_TYPES.map(|t| t.code()))
}

/// The words of `--help`: every command and option, in the catalogue.
struct CliWords;

impl Words for CliWords {
    fn about(&self, command: &str) -> Option<Message> {
        Some(match command {
            "nhiemky" => msg!("cli-about"),
            "nhiemky build" => msg!("cli-build"),
            "nhiemky check" => msg!("cli-check"),
            "nhiemky serve" => msg!("cli-serve"),
            "nhiemky archive" => msg!("cli-archive"),
            "nhiemky archive verify" => msg!("cli-archive-verify"),
            "nhiemky new" => msg!("cli-new"),
            "nhiemky new org" => msg!("cli-new-org"),
            "nhiemky new term" => msg!("cli-new-term"),
            "nhiemky new doc" => msg!("cli-new-doc"),
            _ => return None,
        })
    }

    fn help(&self, command: &str, arg: &str) -> Option<Message> {
        let command = command.strip_prefix("nhiemky ").unwrap_or(command);
        Some(match (command, arg) {
            (_, "lang") => msg!("cli-arg-lang"),
            (_, "root") => msg!("cli-arg-root"),
            (_, "drafts") => msg!("cli-arg-drafts"),
            ("build", "output") => msg!("cli-arg-output"),
            ("build", "base_url") => msg!("cli-arg-base-url"),
            ("build", "minify") => msg!("cli-arg-minify"),
            ("build", "force") => msg!("cli-arg-build-force"),
            ("serve", "port") => msg!("cli-arg-port"),
            ("serve", "bind") => msg!("cli-arg-bind"),
            ("serve", "open") => msg!("cli-arg-open"),
            ("serve", "allowed_hosts") => msg!("cli-arg-allow-host"),
            ("archive", "org") => msg!("cli-arg-archive-org"),
            ("archive", "term") => msg!("cli-arg-archive-term"),
            ("archive", "out") => msg!("cli-arg-out"),
            ("archive", "zip") => msg!("cli-arg-zip"),
            ("archive", "force") => msg!("cli-arg-archive-force"),
            ("archive verify", "path") => msg!("cli-arg-bag"),
            ("new org", "slug") => msg!("cli-arg-new-slug"),
            ("new org", "name") => msg!("cli-arg-new-name"),
            ("new term", "org") => msg!("cli-arg-new-org"),
            ("new term" | "new doc", "term") => msg!("cli-arg-new-term"),
            ("new doc", "org") => msg!("cli-arg-new-org"),
            ("new doc", "doc_type") => msg!("cli-arg-doc-type"),
            ("new doc", "title") => msg!("cli-arg-doc-title"),
            ("new doc", "slug") => msg!("cli-arg-doc-slug"),
            _ => return None,
        })
    }

    fn value_name(&self, arg: &str) -> Option<Message> {
        Some(match arg {
            "lang" => msg!("cli-value-lang"),
            "root" | "output" => msg!("cli-value-folder"),
            "base_url" => msg!("cli-value-url"),
            "port" => msg!("cli-value-port"),
            "bind" => msg!("cli-value-address"),
            "allowed_hosts" => msg!("cli-value-host"),
            "org" => msg!("cli-value-org"),
            "term" => msg!("cli-value-term"),
            "out" | "path" => msg!("cli-value-path"),
            "slug" => msg!("cli-value-slug"),
            "name" => msg!("cli-value-name"),
            "doc_type" => msg!("cli-value-doc-type"),
            "title" => msg!("cli-value-title"),
            _ => return None,
        })
    }
}

fn main() -> ExitCode {
    let args: Vec<OsString> = std::env::args_os().collect();
    // The language is needed before clap reads the arguments: it writes `--help` in it.
    let (lang, unknown_lang) = Lang::choose(lang_in_args(&args), |name| std::env::var(name).ok());
    let catalogue = Arc::new(Catalogue::new(lang));
    if let Some(value) = unknown_lang {
        eprint(
            &[Diagnostic::warning(msg!(
                "cli-unknown-lang-variable",
                variable = LANG_VARIABLE,
                value = value
            ))
            .hint(msg!(
                "cli-unknown-lang-variable-hint",
                variable = LANG_VARIABLE
            ))],
            &catalogue,
        );
    }
    let command = localise(Cli::command(), &catalogue, &CliWords);
    let cli = match command
        .clone()
        .try_get_matches_from(&args)
        .and_then(|matches| Cli::from_arg_matches(&matches))
    {
        Ok(cli) => cli,
        Err(error) => return command_line_error(&error, &command, &args, &catalogue),
    };
    let console = Console {
        catalogue: &catalogue,
    };
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
            let progress = Progress::on_terminal(&catalogue);
            let report = run_with_progress(&options, Mode::Write, &progress);
            progress.finish();
            finish(&report, &console, "build", |r, warnings| {
                let output = r.output.as_ref().map(|p| p.display().to_string());
                let seconds = (started.elapsed().as_secs_f64() * 100.0).round() / 100.0;
                match r.unchanged {
                    true => msg!(
                        "cli-built-unchanged",
                        pages = r.pages,
                        output = output.unwrap_or_default(),
                        seconds = seconds,
                        warnings = warnings
                    ),
                    false => msg!(
                        "cli-built",
                        pages = r.pages,
                        files = r.files,
                        output = output.unwrap_or_default(),
                        seconds = seconds,
                        warnings = warnings
                    ),
                }
            })
        }
        Command::Check { site } => {
            let options = BuildOptions {
                root: site.root,
                drafts: site.drafts,
                ..BuildOptions::default()
            };
            let progress = Progress::on_terminal(&catalogue);
            let report = run_with_progress(&options, Mode::Check, &progress);
            progress.finish();
            finish(&report, &console, "check", |r, warnings| {
                msg!("cli-checked", pages = r.pages, warnings = warnings)
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
                    eprint(&[Diagnostic::error(why)], &catalogue);
                    ExitCode::FAILURE
                }
            }
        }
        Command::Archive {
            command: Some(ArchiveCommand::Verify { path }),
            ..
        } => verify(&path, &console),
        Command::Archive {
            command: None,
            args,
        } => archive(args, &console, &Progress::on_terminal(&catalogue)),
        Command::New { what, root } => {
            let result = match &what {
                New::Org { slug, name } => nhiemky::scaffold::new_org(&root, slug, name.as_deref()),
                New::Term { org, term } => nhiemky::scaffold::new_term(&root, org, term),
                New::Doc {
                    org,
                    term,
                    doc_type,
                    title,
                    slug,
                } => nhiemky::scaffold::new_doc(
                    &root,
                    org,
                    term,
                    doc_type,
                    title.as_deref(),
                    slug.as_deref(),
                ),
            };
            match result {
                Ok(files) => {
                    for file in files {
                        console.say(&msg!("cli-created", path = &file));
                    }
                    ExitCode::SUCCESS
                }
                Err(why) => {
                    eprint(&[Diagnostic::error(why)], &catalogue);
                    ExitCode::FAILURE
                }
            }
        }
    }
}

/// `--lang en` or `--lang=en` among the arguments, before clap reads them.
fn lang_in_args(args: &[OsString]) -> Option<Lang> {
    let args: Vec<&str> = args.iter().filter_map(|a| a.to_str()).collect();
    args.iter().enumerate().find_map(|(i, arg)| match *arg {
        "--lang" => args.get(i + 1).and_then(|value| Lang::parse(value)),
        _ => arg.strip_prefix("--lang=").and_then(Lang::parse),
    })
}

/// Help and version are printed as clap writes them (already in the run's language); a
/// mistake is said as a diagnostic, then the command's usage and where to read more.
fn command_line_error(
    error: &clap::Error,
    command: &clap::Command,
    args: &[OsString],
    catalogue: &Catalogue,
) -> ExitCode {
    let Some((message, hint)) = explain(error) else {
        let _ = error.print();
        return match error.kind() {
            clap::error::ErrorKind::DisplayHelp | clap::error::ErrorKind::DisplayVersion => {
                ExitCode::SUCCESS
            }
            _ => ExitCode::from(2),
        };
    };
    let mut diagnostic = Diagnostic::error(message);
    diagnostic.hint = hint;
    eprint(&[diagnostic], catalogue);
    let path = invoked_command(command, args);
    Console { catalogue }.tell(&msg!("cli-see-help", command = path));
    ExitCode::from(2)
}

/// The command whose arguments were wrong ("nhiemky new org"): the subcommands named in
/// `args`, followed down from the root.
fn invoked_command(command: &clap::Command, args: &[OsString]) -> String {
    let mut path = vec![command.get_name().to_owned()];
    let mut current = command;
    for arg in args.iter().skip(1).filter_map(|a| a.to_str()) {
        if let Some(sub) = current.find_subcommand(arg) {
            path.push(sub.get_name().to_owned());
            current = sub;
        }
    }
    path.join(" ")
}

fn archive(args: ArchiveArgs, console: &Console, progress: &Progress) -> ExitCode {
    let options = nhiemky::archive::ArchiveOptions {
        root: args.root,
        org: args.org,
        term: args.term,
        out: args.out,
        zip: args.zip,
        force: args.force,
        source_date_epoch: std::env::var(nhiemky::archive::clock::SOURCE_DATE_EPOCH).ok(),
    };
    let report = nhiemky::archive::archive(&options, progress);
    progress.finish();
    print_diagnostics(&report.diagnostics, console.catalogue);
    match &report.bag {
        Some(bag) if report.succeeded() => {
            console.say(&msg!(
                "cli-archived",
                files = report.files,
                bytes = report.bytes,
                bag = bag
            ));
            console.say(&msg!(
                "cli-archive-recorded",
                count = report.recorded,
                file = nhiemky::output::published::PUBLISHED_FILE
            ));
            ExitCode::SUCCESS
        }
        _ => {
            let errors = report.diagnostics.error_count();
            console.tell(&msg!("cli-archive-failed", errors = errors));
            ExitCode::FAILURE
        }
    }
}

fn verify(path: &std::path::Path, console: &Console) -> ExitCode {
    match nhiemky::archive::verify::verify(path) {
        Ok(valid) => {
            console.say(&msg!(
                "cli-bag-valid",
                files = valid.files,
                bytes = valid.bytes,
                path = path
            ));
            ExitCode::SUCCESS
        }
        Err(problems) => {
            eprint(&problems, console.catalogue);
            console.tell(&msg!(
                "cli-bag-invalid",
                count = problems.len(),
                path = path
            ));
            ExitCode::FAILURE
        }
    }
}

/// Prints every diagnostic (errors and warnings together, in file order), then the summary of
/// `command` ("build", "check"): `success` given the report and its number of warnings.
fn finish(
    report: &BuildReport,
    console: &Console,
    command: &str,
    success: impl Fn(&BuildReport, usize) -> Message,
) -> ExitCode {
    print_diagnostics(&report.diagnostics, console.catalogue);
    let (errors, warnings) = (
        report.diagnostics.error_count(),
        report.diagnostics.warning_count(),
    );
    if report.succeeded() {
        console.say(&success(report, warnings));
        ExitCode::SUCCESS
    } else {
        console.tell(&msg!(
            "cli-failed",
            command = command,
            errors = errors,
            warnings = warnings
        ));
        ExitCode::FAILURE
    }
}

fn print_diagnostics(diagnostics: &Diagnostics, catalogue: &Catalogue) {
    eprint(&diagnostics.clone().sorted(), catalogue);
}
