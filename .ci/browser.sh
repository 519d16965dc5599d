# shellcheck shell=bash
# Source this before the test suite: it makes sure a headless Chromium is on the machine and
# exports KIOSK_TEST_CHROMIUM, so the dashboard's browser tests (tests/browser/) run (with
# CI=true they fail instead of skipping when it is missing).
#
#     source .ci/browser.sh
#
# Chromium comes from Debian's packages (`chromium`, /usr/bin/chromium), installed with apt-get
# when it is missing (CI runs as root on Debian). Playwright drives it through its
# executable_path: the tests never download a browser of their own. A Chromium given in
# KIOSK_TEST_CHROMIUM wins. Nothing here calls `exit`: it runs in the caller's shell.

_kiosk_browser_main() {
    local chromium="${KIOSK_TEST_CHROMIUM:-/usr/bin/chromium}"
    if [[ ! -x "$chromium" ]]; then
        if [[ "$(id -u)" != 0 ]]; then
            echo "browser.sh: $chromium is missing and I am not root; install Debian's chromium" >&2
            return 1
        fi
        echo "browser.sh: installing Chromium with apt-get ..." >&2
        DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
            DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                chromium fonts-dejavu-core >/dev/null ||
            { echo "browser.sh: apt-get failed" >&2; return 1; }
        chromium=/usr/bin/chromium
        [[ -x "$chromium" ]] || { echo "browser.sh: no $chromium after install" >&2; return 1; }
    fi
    KIOSK_TEST_CHROMIUM="$chromium"
    export KIOSK_TEST_CHROMIUM
    echo "browser.sh: $("$chromium" --version 2>/dev/null | head -n 1) at $chromium" >&2
}

_kiosk_browser_main
_kiosk_browser_status=$?
unset -f _kiosk_browser_main
# `return` works when sourced; fall back to the status when executed directly (for a check).
return "$_kiosk_browser_status" 2>/dev/null || exit "$_kiosk_browser_status"
