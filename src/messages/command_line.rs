//! clap's own words in the run's language: the `--help` of every command (headings, usage,
//! defaults, the help and version flags) and its errors (an unknown option, a missing value…).
//! What each command and option is for comes from the binary, which knows them: [`Words`].

use super::{Catalogue, Message};
use crate::msg;
use clap::builder::StyledStr;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{Arg, ArgAction, Command};

/// What the binary says of its commands and options; `command` is the command's path
/// ("nhiemky build"), `arg` an argument's id ("base_url").
pub trait Words {
    fn about(&self, command: &str) -> Option<Message>;
    fn help(&self, command: &str, arg: &str) -> Option<Message>;
    /// The placeholder of an option's value in the help (`--root <THƯ_MỤC>`).
    fn value_name(&self, arg: &str) -> Option<Message>;
}

/// `command` with every word of its help, and of its subcommands' help, in `catalogue`'s
/// language. Arguments the binary gives no help for keep clap's (tests/cli.rs finds them).
pub fn localise(command: Command, catalogue: &Catalogue, words: &dyn Words) -> Command {
    let root = command.get_name().to_owned();
    let version = Arg::new("version")
        .short('V')
        .long("version")
        .action(ArgAction::Version)
        .help(catalogue.text(&msg!("cli-version")))
        .help_heading(catalogue.text(&msg!("cli-heading-options")));
    localise_command(command, &root, catalogue, words)
        .disable_version_flag(true)
        .arg(version)
        .disable_help_subcommand(true)
}

fn localise_command(
    command: Command,
    path: &str,
    catalogue: &Catalogue,
    words: &dyn Words,
) -> Command {
    let text = |message: Message| catalogue.text(&message);
    let mut command = command;
    if let Some(about) = words.about(path) {
        command = command.about(text(about));
    }
    let help = Arg::new("help")
        .short('h')
        .long("help")
        .action(ArgAction::Help)
        .help(text(msg!("cli-help")));
    command = command
        .disable_help_flag(true)
        .arg(help)
        .mut_args(|arg| localise_arg(arg, path, catalogue, words));
    let usage = usage(&command, path, catalogue);
    let template = text(msg!("cli-help-template", usage = "{usage}"));
    command = command
        .override_usage(usage)
        .help_template(format!(
            "{{about-with-newline}}\n{template}\n\n{{all-args}}{{after-help}}"
        ))
        .subcommand_help_heading(text(msg!("cli-heading-commands")))
        .subcommand_value_name(text(msg!("cli-value-command")));
    command.mut_subcommands(|sub| {
        let sub_path = format!("{path} {}", sub.get_name());
        localise_command(sub, &sub_path, catalogue, words)
    })
}

fn localise_arg(arg: Arg, path: &str, catalogue: &Catalogue, words: &dyn Words) -> Arg {
    let id = arg.get_id().as_str().to_owned();
    if id == "help" || id == "version" {
        return arg.help_heading(catalogue.text(&msg!("cli-heading-options")));
    }
    let mut arg = arg;
    if let Some(help) = words.help(path, &id) {
        let mut help = catalogue.text(&help);
        // A flag's "default" and "possible values" (false; true, false) say nothing.
        if arg.get_action().takes_values() {
            let defaults = arg.get_default_values().iter().map(|v| v.to_string_lossy());
            if let Some(value) = joined(defaults) {
                help.push_str(&catalogue.text(&msg!("cli-default", value = value)));
            }
            let possible = arg.get_possible_values();
            if let Some(values) = joined(possible.iter().map(|v| v.get_name().into())) {
                help.push_str(&catalogue.text(&msg!("cli-possible-values", values = values)));
            }
            arg = arg.hide_default_value(true).hide_possible_values(true);
        }
        arg = arg.help(help);
    }
    if let Some(name) = words.value_name(&id) {
        arg = arg.value_name(catalogue.text(&name));
    }
    let heading = match arg.is_positional() {
        true => msg!("cli-heading-arguments"),
        false => msg!("cli-heading-options"),
    };
    arg.help_heading(catalogue.text(&heading))
}

/// The words joined with ", ", or `None` when there are none.
fn joined<'a>(words: impl Iterator<Item = std::borrow::Cow<'a, str>>) -> Option<String> {
    let words: Vec<_> = words.collect();
    (!words.is_empty()).then(|| words.join(", "))
}

/// `nhiemky new org [TÙY CHỌN] <ĐỊA_CHỈ>`: clap's usage line, which writes "[OPTIONS]" in
/// English whatever the help says.
fn usage(command: &Command, path: &str, catalogue: &Catalogue) -> String {
    let mut usage = path.to_owned();
    if command.get_arguments().any(|a| !a.is_positional()) {
        usage.push(' ');
        usage.push_str(&catalogue.text(&msg!("cli-usage-options")));
    }
    for arg in command.get_positionals() {
        let name = arg
            .get_value_names()
            .and_then(|names| names.first())
            .map_or_else(|| arg.get_id().as_str().to_uppercase(), |n| n.to_string());
        let required = arg.is_required_set();
        usage.push_str(&match required {
            true => format!(" <{name}>"),
            false => format!(" [{name}]"),
        });
    }
    if command.has_subcommands() {
        let name = catalogue.text(&msg!("cli-value-command"));
        usage.push_str(&match command.is_subcommand_required_set() {
            true => format!(" <{name}>"),
            false => format!(" [{name}]"),
        });
    }
    usage
}

/// A mistake on the command line, said as a diagnostic would say it: what is wrong, and how
/// to write it (a suggestion clap found, or the values allowed). `None` for what is no
/// mistake: `--help`, `--version`, and a command given nothing to do, whose help is shown.
pub fn explain(error: &clap::Error) -> Option<(Message, Option<Message>)> {
    let context = |kind: ContextKind| -> Option<String> {
        error.get(kind).map(|value| match value {
            ContextValue::Strings(values) => values.join(", "),
            ContextValue::StyledStrs(values) => values
                .iter()
                .map(StyledStr::to_string)
                .collect::<Vec<_>>()
                .join(", "),
            other => other.to_string(),
        })
    };
    let arg = context(ContextKind::InvalidArg).unwrap_or_default();
    let suggested = |kind: ContextKind| context(kind).map(|s| msg!("cli-did-you-mean", words = s));
    Some(match error.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand
        | ErrorKind::MissingSubcommand => return None,
        ErrorKind::UnknownArgument => (
            msg!("cli-unknown-argument", arg = arg),
            suggested(ContextKind::SuggestedArg)
                .or_else(|| suggested(ContextKind::SuggestedSubcommand)),
        ),
        ErrorKind::InvalidSubcommand => (
            msg!(
                "cli-unknown-command",
                command = context(ContextKind::InvalidSubcommand).unwrap_or_default()
            ),
            suggested(ContextKind::SuggestedSubcommand),
        ),
        ErrorKind::InvalidValue => {
            let value = context(ContextKind::InvalidValue).unwrap_or_default();
            let valid = context(ContextKind::ValidValue)
                .filter(|values| !values.is_empty())
                .map(|values| msg!("cli-valid-values", values = values));
            match value.is_empty() {
                true => (msg!("cli-value-missing", arg = arg), valid),
                false => (msg!("cli-invalid-value", arg = arg, value = value), valid),
            }
        }
        ErrorKind::ValueValidation => (
            msg!(
                "cli-invalid-value",
                arg = arg,
                value = context(ContextKind::InvalidValue).unwrap_or_default()
            ),
            None,
        ),
        ErrorKind::MissingRequiredArgument => (msg!("cli-missing-argument", args = arg), None),
        ErrorKind::ArgumentConflict => (
            msg!(
                "cli-conflict",
                arg = arg,
                other = context(ContextKind::PriorArg).unwrap_or_default()
            ),
            None,
        ),
        ErrorKind::TooManyValues | ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => (
            msg!(
                "cli-wrong-number-of-values",
                arg = arg,
                value = context(ContextKind::InvalidValue).unwrap_or_default()
            ),
            None,
        ),
        // Rare shapes (a value not in UTF-8, `--x=` where none is taken…): clap's own words.
        _ => (
            msg!(
                "cli-other",
                detail = error
                    .render()
                    .to_string()
                    .lines()
                    .next()
                    .unwrap_or_default()
                    .trim_start_matches("error: ")
                    .to_owned()
            ),
            None,
        ),
    })
}
