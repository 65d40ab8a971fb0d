//! How the sitemap is cut into files: their addresses are planned with every other page's.

/// The protocol's limit of addresses per file.
pub const MAX_URLS: usize = 50_000;

/// How many part files a site of `pages` pages needs: none when one file holds them all.
pub fn parts(pages: usize) -> usize {
    if pages <= MAX_URLS {
        0
    } else {
        pages.div_ceil(MAX_URLS)
    }
}
