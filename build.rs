//! The default theme is compiled into the binary (src/render/theme.rs); rebuild when it changes.
fn main() {
    println!("cargo:rerun-if-changed=themes/default");
}
