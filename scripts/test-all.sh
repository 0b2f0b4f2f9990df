#!/usr/bin/env bash
# Runs every test of IMR Companion: the Rust workspace, the Kotlin suite on the JVM over the
# real uniffi bindings, the clinic dashboard driven in headless Chromium, and the parse
# check of the Kotlin and Swift app code.
# Tools it needs beyond Rust (kotlinc, JNA, JUnit, tree-sitter) are fetched into .tools/
# or installed from Debian (in CI, or with IMR_INSTALL=1); a missing tool fails loudly.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
# shellcheck source=scripts/tools.sh
. scripts/tools.sh

step() { printf '\n== %s\n' "$*"; }

step "Rust: cargo test --workspace"
cargo test --workspace --all-targets --quiet
cargo test --workspace --doc --quiet

if [ -d bindings ]; then
  step "Kotlin on the JVM: bindings suite"
  bash scripts/kotlin-test.sh
fi

if [ -f scripts/kit-test.sh ]; then
  step "Kotlin on the JVM: android/imr-kit"
  bash scripts/kit-test.sh
fi

step "Browser: the clinic dashboard in headless Chromium"
bash scripts/browser-test.sh

step "Parse check: Kotlin and Swift sources"
ensure_tree_sitter
files=()
while IFS= read -r f; do files+=("$f"); done < <(
  { [ -d android ] && find android -name '*.kt' -o -name '*.kts'; [ -d ios ] && find ios -name '*.swift'; [ -d bindings/kotlin-tests ] && find bindings/kotlin-tests -name '*.kt'; } 2>/dev/null | sort)
# The generated Swift bindings are not parse-checked: tree-sitter-swift 0.7.4 rejects valid
# generated code (`try! rustCall { ... $0 }`); they are generated above by kotlin-test.sh.
if [ ${#files[@]} -gt 0 ]; then
  "$TS_PYTHON" scripts/parse-check.py "${files[@]}"
else
  echo "no Kotlin or Swift sources yet"
fi

printf '\nall tests passed (%s)\n' "$root"
