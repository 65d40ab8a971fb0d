//! Lines for the terminal, said in the run's language. The one place that prints them: a closed
//! terminal does not stop the program (`println!` would panic), and no sentence is written
//! outside the catalogue.

use super::{Catalogue, Message};
use std::io::Write;

pub struct Console<'a> {
    pub catalogue: &'a Catalogue,
}

impl Console<'_> {
    /// A result, on standard output.
    pub fn say(&self, message: &Message) {
        let _ = writeln!(std::io::stdout().lock(), "{}", self.catalogue.text(message));
    }

    /// News about the run (progress, a port taken, a warning about the machine), on standard
    /// error so that standard output stays the result.
    pub fn tell(&self, message: &Message) {
        let _ = writeln!(
            anstream::stderr().lock(),
            "{}",
            self.catalogue.text(message)
        );
    }
}
