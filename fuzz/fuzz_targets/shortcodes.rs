#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| nhiemky_fuzz::shortcodes(data));
