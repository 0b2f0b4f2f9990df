#!/usr/bin/env bash
# Runs the Kotlin test suite of the bindings on the JVM: builds imr-ffi, generates the
# Kotlin (and Swift) bindings, compiles them with the tests under
# bindings/kotlin-tests/src/test/kotlin with kotlinc, and runs every *Test class with JUnit 4
# against the host-built library. Finds or fetches kotlinc, JNA and JUnit itself
# (scripts/tools.sh); a missing tool is an error, never a skip. Exit code 0 = all green.
#
#   scripts/kotlin-test.sh                 # every test class
#   scripts/kotlin-test.sh CheckInsTest    # only the named classes (simple names)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
# shellcheck source=tools.sh
source "$ROOT/scripts/tools.sh"

ensure_kotlinc || { echo "error: kotlinc is required for the Kotlin tests" >&2; exit 1; }
ensure_jvm_test_libs || { echo "error: JNA and JUnit 4 are required for the Kotlin tests" >&2; exit 1; }
command -v jar >/dev/null 2>&1 || { echo "missing: jar (a JDK: apt-get install default-jdk-headless)" >&2; exit 1; }
for needed in "$JNA_JAR" /usr/share/java/junit4.jar /usr/share/java/hamcrest-core.jar \
  "$KOTLIN_HOME/lib/kotlin-stdlib.jar" "$KOTLIN_HOME/lib/kotlin-test.jar" \
  "$KOTLIN_HOME/lib/kotlin-test-junit.jar" "$KOTLIN_HOME/lib/kotlinx-coroutines-core-jvm.jar"; do
  [ -f "$needed" ] || { echo "missing: $needed" >&2; exit 1; }
done

LIB="$("$ROOT/scripts/bindgen.sh" | tail -n 1)"
GENERATED="$ROOT/build/bindings/kotlin"
TESTS="$ROOT/bindings/kotlin-tests/src/test/kotlin"
OUT="$ROOT/build/kotlin-tests"
JAR="$OUT/imr-ffi-tests.jar"

mapfile -t sources < <(find "$GENERATED" "$TESTS" -name '*.kt' | sort)
[ "$(find "$TESTS" -name '*.kt' | wc -l)" -gt 0 ] || { echo "error: no Kotlin tests in $TESTS" >&2; exit 1; }

LIBS="$JNA_JAR:$JUNIT_CP:$KOTLIN_HOME/lib/kotlin-test.jar:$KOTLIN_HOME/lib/kotlin-test-junit.jar:$KOTLIN_HOME/lib/kotlinx-coroutines-core-jvm.jar"
rm -rf "$OUT" && mkdir -p "$OUT"
echo "compiling ${#sources[@]} Kotlin files with $("$KOTLINC" -version 2>&1 | tail -n 1)" >&2
"$KOTLINC" -nowarn -cp "$LIBS" -d "$JAR" "${sources[@]}"

if [ "$#" -gt 0 ]; then
  classes=()
  for name in "$@"; do
    match="$(jar tf "$JAR" | grep -E "(^|/)$name\.class$" | sed 's/\.class$//; s|/|.|g')"
    [ -n "$match" ] || { echo "error: no test class $name" >&2; exit 1; }
    classes+=("$match")
  done
else
  mapfile -t classes < <(jar tf "$JAR" | grep -E 'Test\.class$' | grep -v '\$' | sed 's/\.class$//; s|/|.|g' | sort)
fi
[ "${#classes[@]}" -gt 0 ] || { echo "error: no *Test classes were compiled" >&2; exit 1; }

echo "running ${#classes[@]} test class(es) on the JVM against $LIB" >&2
java -Djna.library.path="$(dirname "$LIB")" -ea \
  -cp "$JAR:$LIBS:$KOTLIN_HOME/lib/kotlin-stdlib.jar" \
  org.junit.runner.JUnitCore "${classes[@]}"
