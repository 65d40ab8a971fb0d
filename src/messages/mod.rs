//! Everything nhiemky says to the person running it — diagnostics, hints, `--help`, progress,
//! summaries, the preview's console — goes through this catalogue, in Vietnamese unless English
//! is asked for (`--lang en`, `NHIEMKY_LANG`, the locale). Code builds a [`Message`] (an id and
//! named values) with [`msg!`]; the words live in `vi.ftl` and `en.ftl` (Project Fluent), and
//! are chosen when the message is printed. `tests/messages.rs` keeps the two files and the code
//! in step: the same ids, the same values, no id unused, no sentence written in code.

mod catalogue;
pub mod command_line;
mod console;
mod io;
mod lang;
mod message;

pub use catalogue::{Catalogue, source};
pub use console::Console;
pub use io::io_error;
pub use lang::{LANG_VARIABLE, Lang};
pub use message::{Arg, Message};

/// `msg!("data-duplicate-id", id = text, line = line)`: the message `data-duplicate-id` of the
/// catalogue with the values `$id` and `$line`.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::messages::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}
