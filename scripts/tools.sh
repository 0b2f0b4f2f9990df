# Finds or fetches the tools the non-Rust checks need, inside the clone (.tools/), never
# elsewhere. Sourced by the test scripts. Each function prints what it uses, or says
# clearly what is missing and how to get it, and fails — it never skips silently.

TOOLS_DIR="${TOOLS_DIR:-$(git rev-parse --show-toplevel)/.tools}"
KOTLIN_VERSION="2.4.20"

# apt-get install, but only when running in CI or as root with IMR_INSTALL=1; otherwise
# tell the person what to run.
apt_install() {
  if [ "${CI:-}" = "true" ] || [ "${IMR_INSTALL:-}" = "1" ]; then
    if [ "$(id -u)" = "0" ]; then
      apt-get update -qq >/dev/null && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
    else
      sudo apt-get update -qq >/dev/null && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
    fi
  else
    echo "missing: Debian packages $* — install them with: sudo apt-get install -y $* (or rerun with IMR_INSTALL=1)" >&2
    return 1
  fi
}

# Java runtime + compiler (the JVM the Kotlin tests run on).
ensure_java() {
  if ! command -v java >/dev/null 2>&1; then
    apt_install default-jdk-headless || return 1
  fi
}

# kotlinc 2.x: from PATH if it is 2.x, else the npm package kotlin-compiler in .tools/.
# Sets KOTLIN_HOME (with lib/ holding kotlin-stdlib, kotlin-test, kotlinx-coroutines).
ensure_kotlinc() {
  ensure_java || return 1
  local npm_home="$TOOLS_DIR/kotlin/node_modules/kotlin-compiler"
  if [ ! -x "$npm_home/bin/kotlinc" ]; then
    if ! command -v npm >/dev/null 2>&1; then
      echo "missing: npm (to fetch kotlin-compiler@$KOTLIN_VERSION); install Node.js and npm" >&2
      return 1
    fi
    echo "fetching kotlin-compiler@$KOTLIN_VERSION from npm into $TOOLS_DIR/kotlin" >&2
    mkdir -p "$TOOLS_DIR/kotlin"
    (cd "$TOOLS_DIR/kotlin" && npm install --no-audit --no-fund --silent "kotlin-compiler@$KOTLIN_VERSION") || {
      echo "missing: could not fetch kotlin-compiler from npm" >&2
      return 1
    }
  fi
  KOTLIN_HOME="$npm_home"
  KOTLINC="$KOTLIN_HOME/bin/kotlinc"
  export KOTLIN_HOME KOTLINC
}

# JNA (to load the Rust library from the JVM) and JUnit 4, from Debian.
ensure_jvm_test_libs() {
  if [ ! -f /usr/share/java/jna.jar ] || [ ! -f /usr/share/java/junit4.jar ]; then
    apt_install libjna-java junit4 || return 1
  fi
  JNA_JAR=/usr/share/java/jna.jar
  JUNIT_CP=/usr/share/java/junit4.jar:/usr/share/java/hamcrest-core.jar
  export JNA_JAR JUNIT_CP
}

# A Python venv in .tools/ with tree-sitter and the Kotlin and Swift grammars from PyPI.
ensure_tree_sitter() {
  local venv="$TOOLS_DIR/venv"
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" || { echo "missing: python3 venv support (apt-get install python3-venv)" >&2; return 1; }
  fi
  if ! "$venv/bin/python" -c "import tree_sitter, tree_sitter_kotlin, tree_sitter_swift" 2>/dev/null; then
    echo "fetching tree-sitter grammars from PyPI into $venv" >&2
    "$venv/bin/pip" install -q "tree-sitter==0.26.1" "tree-sitter-kotlin==1.1.0" "tree-sitter-swift==0.7.4" || {
      echo "missing: could not install tree-sitter from PyPI" >&2
      return 1
    }
  fi
  TS_PYTHON="$venv/bin/python"
  export TS_PYTHON
}

# Debian's Chromium and its matching chromedriver (the browser tests never let a tool fetch
# its own browser). Sets CHROMIUM and CHROMEDRIVER.
ensure_chromium() {
  if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
    apt_install chromium chromium-driver || return 1
  fi
  CHROMIUM=/usr/bin/chromium
  CHROMEDRIVER=/usr/bin/chromedriver
  export CHROMIUM CHROMEDRIVER
}

# A Python venv in .tools/ with Selenium from PyPI (pinned), to drive chromedriver.
SELENIUM_VERSION="4.50.0"
ensure_selenium() {
  local venv="$TOOLS_DIR/browser-venv"
  if [ ! -x "$venv/bin/python" ]; then
    python3 -m venv "$venv" || { echo "missing: python3 venv support (apt-get install python3-venv)" >&2; return 1; }
  fi
  if [ "$("$venv/bin/python" -c 'import selenium; print(selenium.__version__)' 2>/dev/null)" != "$SELENIUM_VERSION" ]; then
    echo "fetching selenium==$SELENIUM_VERSION from PyPI into $venv" >&2
    "$venv/bin/pip" install -q "selenium==$SELENIUM_VERSION" || {
      echo "missing: could not install selenium==$SELENIUM_VERSION from PyPI" >&2
      return 1
    }
  fi
  BROWSER_PYTHON="$venv/bin/python"
  export BROWSER_PYTHON
}
