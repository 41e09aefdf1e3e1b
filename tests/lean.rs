//! Size rules for the code that ships to the browser (see ARCHITECTURE.md,
//! "A lighter app"). They read the source, because the cost they guard
//! against is compiled code, which no behaviour test can see.

use std::path::{Path, PathBuf};

/// Files compiled only natively (the pre-renderer, the publisher's importer,
/// the cards): their size costs the reader nothing.
const NATIVE_ONLY: &[&str] = &["src/app/prerender.rs", "src/core/import.rs", "src/core/order.rs"];

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable source dir") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Each `sort_by` with its own closure compiles its own copy of the standard
/// sort (about 460 bytes of wasm); browser code sorts through `core::order`,
/// where the standard sort is compiled once.
#[test]
fn browser_code_sorts_through_core_order() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/core"), &mut files);
    rust_files(&root.join("src/app"), &mut files);
    let calls = [
        ".sort(",
        ".sort_by(",
        ".sort_by_key(",
        ".sort_unstable",
        ".sort_by_cached_key(",
    ];
    let mut found = Vec::new();
    for file in files {
        let rel = file.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
        if NATIVE_ONLY.contains(&rel.as_str()) {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        // Unit tests at the end of a file run natively only.
        let shipped = text.split("#[cfg(test)]").next().unwrap_or("");
        for (n, line) in shipped.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if calls.iter().any(|c| code.contains(c)) {
                found.push(format!("{rel}:{}: {}", n + 1, line.trim()));
            }
        }
    }
    assert!(
        found.is_empty(),
        "use core::order::{{sort, sort_by, sort_by_key}} in browser code:\n{}",
        found.join("\n")
    );
}
