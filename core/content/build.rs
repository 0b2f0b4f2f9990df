//! Embeds every `locales/<lang>/<area>.ftl` file, so adding an area (such as the dashboard's)
//! needs no code change.
//!
//! Helpers share one target directory across git worktrees, and cargo gives this crate the
//! same artifacts in every worktree, so a file list made in another worktree could be reused
//! here. The script therefore also reruns when cargo is started from another directory
//! (`PWD`), as well as when a file under `locales/` changes. The catalogue tests fail if the
//! embedded list ever differs from the files on disk.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let manifest = env::var("CARGO_MANIFEST_DIR").unwrap_or_else(|_| ".".to_owned());
    let root = Path::new(&manifest).join("locales");
    println!("cargo:rerun-if-env-changed=PWD");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut out = String::from("&[\n");
    for lang in ["en", "nb", "nl"] {
        let dir = root.join(lang);
        let mut files: Vec<_> = fs::read_dir(&dir)
            .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
            .collect();
        files.sort();
        for path in files {
            let area = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "    ({lang:?}, {area:?}, include_str!({:?})),",
                path.display().to_string()
            );
        }
    }
    out.push(']');
    let dest = Path::new(&env::var("OUT_DIR").unwrap_or_default()).join("ftl_files.rs");
    fs::write(dest, out).unwrap_or_else(|e| panic!("writing ftl list: {e}"));
}
