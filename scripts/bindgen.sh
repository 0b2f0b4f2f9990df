#!/usr/bin/env bash
# Builds imr-ffi for this machine and generates its Kotlin and Swift bindings (uniffi
# library mode) into build/bindings/{kotlin,swift}. Generated code is never committed.
#
#   scripts/bindgen.sh            # debug build
#   PROFILE=release scripts/bindgen.sh
#
# Prints the path of the built library on its last line of stdout.
#
# The library's path inside the target dir is the same for every checkout of this
# workspace, so do not point CARGO_TARGET_DIR at a dir that other checkouts build into at
# the same time: one could overwrite libimr_ffi.so between the build and the generation (the
# Kotlin tests would then fail with a checksum mismatch rather than test the wrong code).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PROFILE="${PROFILE:-debug}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
OUT="$ROOT/build/bindings"

if ! command -v cargo >/dev/null 2>&1; then
  echo "missing: cargo (install Rust with rustup, see ../shared/TOOLCHAIN.md)" >&2
  exit 1
fi

profile_flag=()
if [ "$PROFILE" = "release" ]; then profile_flag=(--release); fi

echo "building imr-ffi ($PROFILE) and uniffi-bindgen" >&2
# The whole workspace with all targets, so features unify exactly as in `cargo test` and
# the test script reuses its build instead of compiling the dependencies a second time.
cargo build --workspace --all-targets "${profile_flag[@]}" >&2

case "$(uname -s)" in
  Darwin) LIB="$TARGET_DIR/$PROFILE/libimr_ffi.dylib" ;;
  *) LIB="$TARGET_DIR/$PROFILE/libimr_ffi.so" ;;
esac
BINDGEN="$TARGET_DIR/$PROFILE/uniffi-bindgen"
[ -f "$LIB" ] || { echo "error: $LIB was not built" >&2; exit 1; }

rm -rf "$OUT/kotlin" "$OUT/swift"
for language in kotlin swift; do
  "$BINDGEN" generate "$LIB" --language "$language" --out-dir "$OUT/$language" --no-format >&2
  count="$(find "$OUT/$language" -type f | wc -l)"
  [ "$count" -gt 0 ] || { echo "error: no $language bindings were generated" >&2; exit 1; }
  echo "generated $count $language file(s) in $OUT/$language" >&2
done

echo "$LIB"
