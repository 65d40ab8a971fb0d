//! Output: everything is written into a fresh staging folder next to the output folder, which
//! is swapped into place only when the whole build succeeded. A failed or interrupted build
//! leaves the previous output untouched. Files whose bytes did not change are hard-linked from
//! the previous output, so they keep their mtime and a no-op rebuild writes no file. A folder
//! the build did not write is never replaced unasked (`ownership`).

pub mod minify;
pub mod ownership;
pub mod published;
mod staging;

pub use staging::{Published, Staging, check_not_sources, check_output_dir};
