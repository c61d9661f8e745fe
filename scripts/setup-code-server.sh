#!/usr/bin/env bash
# Installs what the real-editor (code-server + Chromium) tests need:
#   - Debian packages: chromium, libkrb5-dev, ripgrep, fonts-noto-cjk
#   - code-server 4.100.3 (the newest that runs on Node 20) from the npm registry, unpacked and
#     built into .cache/code-server/ of this repository (git-ignored).
# Idempotent: a second run only checks and exits in a second or two.
# Works non-interactively (CI=true, no stdin). Prints timings. Exits non-zero with a message on failure.
#
# Usage: bash scripts/setup-code-server.sh            (VERBOSE=1 to stream the build output)
#        FORCE=1 bash scripts/setup-code-server.sh    (rebuild code-server from scratch)
#
# Why not a plain `npm install code-server`: its postinstall refuses to run as root without
# --unsafe-perm, and @vscode/ripgrep's postinstall downloads a binary from GitHub, which these
# machines cannot reach. So scripts are skipped and the pieces are built by hand (see
# docs/testing-in-editors.md and shared/notes/real-editors.md).
set -euo pipefail

CODE_SERVER_VERSION=4.100.3
APT_PACKAGES=(chromium libkrb5-dev ripgrep fonts-noto-cjk)

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
DEST="$ROOT/.cache/code-server"
STAMP="$DEST/.installed-$CODE_SERVER_VERSION"
LOG="$ROOT/.cache/setup-code-server.log"

export DEBIAN_FRONTEND=noninteractive
export npm_config_yes=true npm_config_audit=false npm_config_fund=false npm_config_update_notifier=false

T0=$(date +%s.%N)
STEP_T0=$T0
STEP_NAME=""

elapsed() { awk -v a="$1" -v b="$(date +%s.%N)" 'BEGIN { printf "%.1f", b - a }'; }

step() {
  if [[ -n "$STEP_NAME" ]]; then echo "      done in $(elapsed "$STEP_T0")s"; fi
  STEP_NAME="$1"
  STEP_T0=$(date +%s.%N)
  echo "[setup-code-server] $1"
}

fail() {
  echo "" >&2
  echo "[setup-code-server] FAILED${STEP_NAME:+ during: $STEP_NAME}" >&2
  echo "[setup-code-server] $*" >&2
  if [[ -s "$LOG" && "${VERBOSE:-0}" != 1 ]]; then
    echo "[setup-code-server] last lines of $LOG:" >&2
    tail -n 40 "$LOG" >&2 || true
  fi
  exit 1
}

# shellcheck disable=SC2154  # rc is set inside the trap string
trap 'rc=$?; if [[ $rc -ne 0 ]]; then fail "command failed (exit $rc) at line $LINENO: $BASH_COMMAND"; fi' ERR

# Run a command, its output going to the log (or to the terminal with VERBOSE=1). stdin is /dev/null.
run() {
  echo "      \$ $*" >>"$LOG"
  if [[ "${VERBOSE:-0}" == 1 ]]; then
    "$@" </dev/null 2>&1 | tee -a "$LOG"
    return "${PIPESTATUS[0]}"
  else
    "$@" </dev/null >>"$LOG" 2>&1
  fi
}

mkdir -p "$ROOT/.cache"
: >"$LOG"

# ---------------------------------------------------------------------------------------------
step "checking Node.js"
command -v node >/dev/null || fail "node is not on PATH"
command -v npm >/dev/null || fail "npm is not on PATH"
NODE_MAJOR=$(node -p 'process.versions.node.split(".")[0]')
[[ "$NODE_MAJOR" -ge 20 ]] || fail "Node >= 20 is required (found $(node -v))"
echo "      node $(node -v), npm $(npm -v)"

# ---------------------------------------------------------------------------------------------
step "checking Debian packages: ${APT_PACKAGES[*]}"
missing=()
for p in "${APT_PACKAGES[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then missing+=("$p"); fi
done
if [[ ${#missing[@]} -gt 0 ]]; then
  SUDO=()
  if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || fail "need root (or sudo) to apt-get install: ${missing[*]}"
    SUDO=(sudo -n)
  fi
  step "apt-get update"
  run "${SUDO[@]}" apt-get update || fail "apt-get update failed"
  step "apt-get install ${missing[*]}"
  run "${SUDO[@]}" apt-get install -y --no-install-recommends "${missing[@]}" ||
    fail "apt-get install ${missing[*]} failed"
else
  echo "      all present"
fi
[[ -x /usr/bin/chromium ]] || fail "/usr/bin/chromium is missing after install"
command -v rg >/dev/null || fail "rg (ripgrep) is missing after install"

# ---------------------------------------------------------------------------------------------
verify_code_server() {
  local cs="$DEST/node_modules/code-server"
  local why=""
  if [[ ! -f "$cs/out/node/entry.js" ]]; then why="out/node/entry.js missing"
  elif [[ ! -x "$cs/lib/vscode/node_modules/@vscode/ripgrep/bin/rg" ]]; then why="ripgrep binary missing"
  elif [[ ! -e "$cs/lib/vscode/node_modules.asar" ]]; then why="node_modules.asar link missing"
  elif [[ ! -d "$cs/lib/vscode/extensions/node_modules" ]]; then why="built-in extensions' node_modules missing"
  # The native modules the server and the extension host load must have been built for this Node.
  elif ! (cd "$cs/lib/vscode" && node -e 'require("node-pty"); require("@vscode/spdlog"); require("native-watchdog")') \
      </dev/null >>"$LOG" 2>&1; then why="a native module of lib/vscode does not load (node-pty, spdlog, native-watchdog)"
  elif ! (cd "$cs" && node -e 'require("argon2")') </dev/null >>"$LOG" 2>&1; then why="argon2 does not load"
  else
    local v
    # The first run on a machine also prints "Wrote default config file to ~/.config/code-server/…"
    # before the version: take the line that is a version.
    v=$(node "$cs/out/node/entry.js" --version </dev/null 2>>"$LOG" | grep -E '^[0-9]+\.[0-9]+\.[0-9]+' | head -1 || true)
    if [[ "$v" != "$CODE_SERVER_VERSION"* ]]; then why="entry.js --version printed '$v', expected $CODE_SERVER_VERSION"; fi
  fi
  if [[ -n "$why" ]]; then
    echo "      check failed: $why" | tee -a "$LOG"
    return 1
  fi
}

if [[ -f "$STAMP" && "${FORCE:-0}" != 1 ]]; then
  step "checking code-server $CODE_SERVER_VERSION in .cache/code-server"
  if verify_code_server; then
    echo "      already installed"
    step "finished"
    echo "[setup-code-server] OK in $(elapsed "$T0")s total (nothing to do)"
    exit 0
  fi
  echo "      installed copy is broken; reinstalling"
fi

# ---------------------------------------------------------------------------------------------
step "clearing .cache/code-server"
rm -rf "$DEST"
mkdir -p "$DEST"
# Own package.json so npm does not walk up and install into the repository's package.json.
cat >"$DEST/package.json" <<'JSON'
{ "name": "code-server-for-tests", "private": true, "version": "0.0.0", "description": "git-ignored; made by scripts/setup-code-server.sh" }
JSON

CS="$DEST/node_modules/code-server"
VS="$CS/lib/vscode"

step "npm install code-server@$CODE_SERVER_VERSION --ignore-scripts"
(cd "$DEST" && run npm install --no-save --ignore-scripts "code-server@$CODE_SERVER_VERSION") ||
  fail "could not install code-server@$CODE_SERVER_VERSION from the npm registry"
[[ -f "$VS/package.json" ]] || fail "code-server package has no lib/vscode/package.json"

step "npm install (VS Code server dependencies) --omit=dev --ignore-scripts"
(cd "$VS" && run npm install --omit=dev --ignore-scripts) || fail "npm install in lib/vscode failed"

step "ripgrep: using the system rg instead of downloading one"
mkdir -p "$VS/node_modules/@vscode/ripgrep/bin"
cp "$(command -v rg)" "$VS/node_modules/@vscode/ripgrep/bin/rg"

step "npm rebuild (native modules of VS Code: node-pty, spdlog, ...)"
(cd "$VS" && run npm rebuild) || fail "npm rebuild in lib/vscode failed (are python3, make and g++ installed?)"

step "links code-server expects"
ln -sfn node_modules "$VS/node_modules.asar"
(cd "$VS/bin/remote-cli" && ln -sfn code-linux.sh code-server)
(cd "$VS/bin/helpers" && ln -sfn browser-linux.sh browser.sh)

step "npm install (built-in extensions) --omit=dev --ignore-scripts"
(cd "$VS/extensions" && run npm install --omit=dev --ignore-scripts) || fail "npm install in lib/vscode/extensions failed"

step "npm rebuild argon2 (code-server's own native module)"
(cd "$DEST" && run npm rebuild argon2) || fail "npm rebuild argon2 failed"

step "verifying"
verify_code_server || fail "code-server was built but does not load; see $LOG"
date -u +%FT%TZ >"$STAMP"
echo "      code-server $(node "$CS/out/node/entry.js" --version </dev/null 2>/dev/null || true)"

step "finished"
echo "[setup-code-server] OK in $(elapsed "$T0")s total (log: ${LOG#"$ROOT"/})"
