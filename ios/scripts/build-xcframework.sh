#!/usr/bin/env bash
# Builds the Rust core (imr-ffi) as a static library for iOS devices and simulators, packs
# it into IMRKit/Frameworks/ImrFfiFFI.xcframework, and generates the Swift bindings into
# IMRKit/Sources/ImrFfi/ImrFfi.swift. Run on a Mac with Xcode 15+ and rustup:
#
#   rustup target add aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios
#   ios/scripts/build-xcframework.sh            # release
#   PROFILE=debug ios/scripts/build-xcframework.sh
#
# Both outputs are generated, never committed (ios/.gitignore).
set -euo pipefail

IOS="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$IOS/.." && pwd)"
PROFILE="${PROFILE:-release}"
TARGET_DIR="${CARGO_TARGET_DIR:-$ROOT/target}"
KIT="$IOS/IMRKit"
WORK="$IOS/build/xcframework"
XCFRAMEWORK="$KIT/Frameworks/ImrFfiFFI.xcframework"
LIB=libimr_ffi.a

for tool in cargo rustup xcodebuild lipo; do
  command -v "$tool" >/dev/null 2>&1 || { echo "missing: $tool (needs macOS with Xcode and rustup)" >&2; exit 1; }
done
installed="$(rustup target list --installed)"
for target in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios; do
  grep -qx "$target" <<<"$installed" || { echo "missing Rust target $target: rustup target add $target" >&2; exit 1; }
done

profile_flag=()
[ "$PROFILE" = "release" ] && profile_flag=(--release)
cd "$ROOT"
export IPHONEOS_DEPLOYMENT_TARGET=17.0
for target in aarch64-apple-ios aarch64-apple-ios-sim x86_64-apple-ios; do
  echo "building imr-ffi for $target ($PROFILE)" >&2
  cargo build -p imr-ffi --lib --target "$target" "${profile_flag[@]}"
done

# The bindings come from the host build of the same sources (uniffi library mode reads
# the metadata from the built library; it is the same for every target).
echo "generating Swift bindings" >&2
"$ROOT/scripts/bindgen.sh" >/dev/null
GENERATED="$ROOT/build/bindings/swift"

rm -rf "$WORK" "$XCFRAMEWORK"
mkdir -p "$WORK/headers" "$WORK/sim" "$(dirname "$XCFRAMEWORK")"
cp "$GENERATED/ImrFfiFFI.h" "$WORK/headers/"
# Inside an XCFramework the module map must be called module.modulemap.
cp "$GENERATED/ImrFfiFFI.modulemap" "$WORK/headers/module.modulemap"

# One simulator slice for Apple silicon and Intel Macs.
lipo -create \
  "$TARGET_DIR/aarch64-apple-ios-sim/$PROFILE/$LIB" \
  "$TARGET_DIR/x86_64-apple-ios/$PROFILE/$LIB" \
  -output "$WORK/sim/$LIB"

xcodebuild -create-xcframework \
  -library "$TARGET_DIR/aarch64-apple-ios/$PROFILE/$LIB" -headers "$WORK/headers" \
  -library "$WORK/sim/$LIB" -headers "$WORK/headers" \
  -output "$XCFRAMEWORK"

cp "$GENERATED/ImrFfi.swift" "$KIT/Sources/ImrFfi/ImrFfi.swift"
echo "built $XCFRAMEWORK and $KIT/Sources/ImrFfi/ImrFfi.swift" >&2
