//! Embeds every `locales/<lang>/<area>.ftl` file, so adding an area (such as the dashboard's)
//! needs no code change.
//!
//! Deliberately no `rerun-if-changed`: helpers share one target directory across git
//! worktrees, and cargo would then compare the listed paths of whichever worktree built last.
//! Without the directive cargo reruns this script whenever any file of the package changes,
//! judged by the package being built, so the list is never stale.

use std::fmt::Write as _;
use std::path::Path;
use std::{env, fs};

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
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
