#!/bin/sh
# Installs what the browser tests drive: Debian's chromium (launched by playwright-core through
# executablePath, so no browser download is needed), Debian's Firefox ESR (driven by puppeteer-core
# over WebDriver BiDi: test/dom-firefox.test.ts) and a CJK font, so Chinese renders in headless
# screenshots. Idempotent: silent and instant when all are present.
set -eu

CHROMIUM=/usr/bin/chromium
FIREFOX=/usr/bin/firefox-esr
missing=
[ -x "$CHROMIUM" ] || missing="$missing chromium"
[ -x "$FIREFOX" ] || missing="$missing firefox-esr"
# Without a CJK font headless chromium draws Chinese as boxes; the report itself never loads one.
dpkg-query -W -f='${Status}' fonts-noto-cjk 2>/dev/null | grep -q 'ok installed' \
  || missing="$missing fonts-noto-cjk"

[ -z "$missing" ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "setup-browser: need$missing but apt-get is unavailable; install them by hand" >&2
  exit 1
fi

SUDO=
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO=sudo; else
    echo "setup-browser: need root (or sudo) to install$missing" >&2
    exit 1
  fi
fi

echo "setup-browser: installing$missing (apt-get)…" >&2
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null
# shellcheck disable=SC2086 # word splitting of the package list is intended
$SUDO apt-get install -y -qq --no-install-recommends $missing >/dev/null

if [ ! -x "$CHROMIUM" ]; then
  echo "setup-browser: apt-get finished but $CHROMIUM is still missing" >&2
  exit 1
fi
if [ ! -x "$FIREFOX" ]; then
  echo "setup-browser: apt-get finished but $FIREFOX is still missing" >&2
  exit 1
fi
echo "setup-browser: $("$CHROMIUM" --version 2>/dev/null || echo chromium), $("$FIREFOX" --version 2>/dev/null || echo firefox-esr) ready" >&2
