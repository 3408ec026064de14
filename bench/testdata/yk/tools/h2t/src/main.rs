// Print what the Rust crate html2text 0.4.4 makes of an HTML file:
// html2text::from_read(file, 80), every other option at its default.
use std::fs::File;
use std::io::{self, Write};

fn main() {
    let path = std::env::args().nth(1).expect("usage: h2t PAGE.html");
    let f = File::open(path).expect("open");
    let text = html2text::from_read(f, 80);
    io::stdout().write_all(text.as_bytes()).expect("write");
}
