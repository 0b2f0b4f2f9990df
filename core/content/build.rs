//! Embeds every `locales/<lang>/<area>.ftl` file, so adding a file needs no code change.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries = Vec::new();
    for lang in ["en", "nb", "nl"] {
        let dir = root.join(lang);
        println!("cargo:rerun-if-changed={}", dir.display());
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for path in files {
            println!("cargo:rerun-if-changed={}", path.display());
            let area = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_owned();
            entries.push((lang, area, path));
        }
    }
    let mut out = String::from("&[\n");
    for (lang, area, path) in entries {
        let _ = writeln!(out, "    ({lang:?}, {area:?}, include_str!({:?})),", path.display().to_string());
    }
    out.push(']');
    let dest = Path::new(&env::var("OUT_DIR").unwrap_or_default()).join("ftl_files.rs");
    fs::write(dest, out).unwrap_or_else(|e| panic!("writing ftl list: {e}"));
}
