#!/usr/bin/env bash
# Compiles android/imr-kit (the generated Kotlin bindings, the coroutine facade and its
# tests) with kotlinc and runs every *Test class with JUnit 4 on the JVM against the
# host-built imr-ffi library. The same sources build as a Gradle module in Android Studio;
# this script is how CI checks them without an Android SDK. A missing tool is an error,
# never a skip. Exit code 0 = all green.
#
#   scripts/kit-test.sh                  # every test class
#   scripts/kit-test.sh TodayModelTest   # only the named classes (simple names)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=tools.sh
source "$ROOT/scripts/tools.sh"

ensure_kotlinc || { echo "error: kotlinc is required for the imr-kit tests" >&2; exit 1; }
ensure_jvm_test_libs || { echo "error: JNA and JUnit 4 are required for the imr-kit tests" >&2; exit 1; }
command -v jar >/dev/null 2>&1 || { echo "missing: jar (a JDK: apt-get install default-jdk-headless)" >&2; exit 1; }
COROUTINES="$KOTLIN_HOME/lib/kotlinx-coroutines-core-jvm.jar"
for needed in "$JNA_JAR" /usr/share/java/junit4.jar /usr/share/java/hamcrest-core.jar \
  "$KOTLIN_HOME/lib/kotlin-stdlib.jar" "$KOTLIN_HOME/lib/kotlin-test.jar" \
  "$KOTLIN_HOME/lib/kotlin-test-junit.jar" "$COROUTINES"; do
  [ -f "$needed" ] || { echo "missing: $needed" >&2; exit 1; }
done

LIB="$("$ROOT/scripts/bindgen.sh" | tail -n 1)"
GENERATED="$ROOT/build/bindings/kotlin"
KIT="$ROOT/android/imr-kit/src/main/kotlin"
TESTS="$ROOT/android/imr-kit/src/test/kotlin"
OUT="$ROOT/build/imr-kit"
JAR="$OUT/imr-kit-tests.jar"

[ "$(find "$KIT" -name '*.kt' | wc -l)" -gt 0 ] || { echo "error: no imr-kit sources in $KIT" >&2; exit 1; }
[ "$(find "$TESTS" -name '*.kt' | wc -l)" -gt 0 ] || { echo "error: no imr-kit tests in $TESTS" >&2; exit 1; }
mapfile -t sources < <(find "$GENERATED" "$KIT" "$TESTS" -name '*.kt' | sort)

LIBS="$JNA_JAR:$JUNIT_CP:$KOTLIN_HOME/lib/kotlin-test.jar:$KOTLIN_HOME/lib/kotlin-test-junit.jar:$COROUTINES"
rm -rf "$OUT" && mkdir -p "$OUT"
echo "compiling ${#sources[@]} Kotlin files (bindings + imr-kit + tests) with $("$KOTLINC" -version 2>&1 | tail -n 1)" >&2
"$KOTLINC" -nowarn -cp "$LIBS" -d "$JAR" "${sources[@]}"

if [ "$#" -gt 0 ]; then
  classes=()
  for name in "$@"; do
    match="$(jar tf "$JAR" | grep -E "^org/imrcompanion/kit/(.*/)?$name\.class$" | sed 's/\.class$//; s|/|.|g')"
    [ -n "$match" ] || { echo "error: no test class $name" >&2; exit 1; }
    classes+=("$match")
  done
else
  mapfile -t classes < <(jar tf "$JAR" | grep -E '^org/imrcompanion/kit/.*Test\.class$' | grep -v '\$' | sed 's/\.class$//; s|/|.|g' | sort)
fi
[ "${#classes[@]}" -gt 0 ] || { echo "error: no *Test classes were compiled" >&2; exit 1; }

echo "running ${#classes[@]} imr-kit test class(es) on the JVM against $LIB" >&2
java -Djna.library.path="$(dirname "$LIB")" -ea \
  -cp "$JAR:$LIBS:$KOTLIN_HOME/lib/kotlin-stdlib.jar" \
  org.junit.runner.JUnitCore "${classes[@]}"
