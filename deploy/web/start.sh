#!/bin/sh
# Entrypoint of the Lotse web image (deploy/web/Dockerfile): renders nginx.conf.template from the
# environment into LOTSE_WEB_RUNTIME, checks it (nginx -t) and runs nginx in the foreground.
# `start.sh --render-only` stops after rendering (./lotse test starts nginx itself).
#
#   LOTSE_OIDC_AUTHORITY  required   the Jobcenter's OIDC provider (issuer URL), e.g. https://login.example/realms/lotse
#   LOTSE_OIDC_CLIENT_ID  lotse-web  the SPA's client id at that provider
#   LOTSE_OIDC_SCOPE      openid profile
#   LOTSE_ACCESSIBILITY_EMAIL  required   where users report accessibility barriers (BITV 2.0 § 7: the
#                                    accessibility statement's feedback channel, shown at /barrierefreiheit)
#   LOTSE_ACCESSIBILITY_PHONE  (none)     a phone number for the same, optional
#   INTAKE_URL … REPORTING_URL       the services' base URLs (default http://<name>-service:<port>, the
#                                    Service names of deploy/k8s and docker-compose.yml)
#   LOTSE_WEB_LISTEN      8080       nginx listen address (port, or address:port)
#   LOTSE_WEB_ROOT        /usr/share/lotse-web   the built SPA (web/dist)
#   LOTSE_WEB_RUNTIME     /tmp/lotse-web         rendered config, pid file, temporary files
#   LOTSE_WEB_ACCESS_LOG  /dev/stdout, LOTSE_WEB_ERROR_LOG stderr (nginx's own keyword: written to the
#                                    inherited descriptor, no open() that an unprivileged user may be refused)
set -eu

fail() {
  echo "lotse-web: $*" >&2
  exit 64
}

# $1 name, $2 value, $3 extended regular expression the whole value must match
require_match() {
  printf '%s' "$2" | grep -Eqx -- "$3" || fail "$1='$2' is not valid (expected: $3)"
}

: "${LOTSE_OIDC_AUTHORITY:?lotse-web: set LOTSE_OIDC_AUTHORITY to the OIDC provider (issuer URL) the SPA signs in with}"
LOTSE_OIDC_AUTHORITY=${LOTSE_OIDC_AUTHORITY%/}
: "${LOTSE_OIDC_CLIENT_ID:=lotse-web}"
: "${LOTSE_OIDC_SCOPE:=openid profile}"
: "${LOTSE_ACCESSIBILITY_EMAIL:?lotse-web: set LOTSE_ACCESSIBILITY_EMAIL to the address where users report accessibility barriers (BITV 2.0)}"
: "${LOTSE_ACCESSIBILITY_PHONE:=}"
: "${INTAKE_URL:=http://intake-service:8081}"
: "${ASSESSMENT_URL:=http://assessment-service:8082}"
: "${PLANNING_URL:=http://planning-service:8083}"
: "${NETWORK_URL:=http://network-service:8084}"
: "${REPORTING_URL:=http://reporting-service:8085}"
: "${LOTSE_WEB_LISTEN:=8080}"
: "${LOTSE_WEB_ROOT:=/usr/share/lotse-web}"
: "${LOTSE_WEB_RUNTIME:=/tmp/lotse-web}"
: "${LOTSE_WEB_ACCESS_LOG:=/dev/stdout}"
: "${LOTSE_WEB_ERROR_LOG:=stderr}"

# The values end up inside nginx directives and a JSON string: allow only what a URL, an id or a
# scope needs, so no quote, semicolon, brace, backslash or $ can change the configuration.
require_match LOTSE_OIDC_AUTHORITY "$LOTSE_OIDC_AUTHORITY" "https?://[A-Za-z0-9.-]+(:[0-9]+)?(/[A-Za-z0-9._~%/-]*)?"
require_match LOTSE_OIDC_CLIENT_ID "$LOTSE_OIDC_CLIENT_ID" "[A-Za-z0-9._:-]+"
require_match LOTSE_OIDC_SCOPE "$LOTSE_OIDC_SCOPE" "[A-Za-z0-9._:-]+( [A-Za-z0-9._:-]+)*"
require_match LOTSE_ACCESSIBILITY_EMAIL "$LOTSE_ACCESSIBILITY_EMAIL" "[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+[.][A-Za-z]{2,}"
[ -z "$LOTSE_ACCESSIBILITY_PHONE" ] ||
  require_match LOTSE_ACCESSIBILITY_PHONE "$LOTSE_ACCESSIBILITY_PHONE" "[+]?[0-9][0-9 ()/-]{2,29}"
for name in INTAKE_URL ASSESSMENT_URL PLANNING_URL NETWORK_URL REPORTING_URL; do
  eval "value=\$$name"
  value=${value%/}
  require_match "$name" "$value" "https?://[A-Za-z0-9.-]+(:[0-9]+)?"
  eval "$name=\$value"
done
require_match LOTSE_WEB_LISTEN "$LOTSE_WEB_LISTEN" "([0-9.]+:)?[0-9]+"
for name in LOTSE_WEB_ROOT LOTSE_WEB_RUNTIME LOTSE_WEB_ACCESS_LOG; do
  eval "value=\$$name"
  require_match "$name" "$value" "/[A-Za-z0-9._/-]*"
done
require_match LOTSE_WEB_ERROR_LOG "$LOTSE_WEB_ERROR_LOG" "stderr|/[A-Za-z0-9._/-]*"

# CSP sources are origins: scheme://host[:port] of the provider
LOTSE_OIDC_ORIGIN=$(printf '%s' "$LOTSE_OIDC_AUTHORITY" | sed -E 's#^(https?://[^/]+).*#\1#')

export LOTSE_OIDC_AUTHORITY LOTSE_OIDC_CLIENT_ID LOTSE_OIDC_SCOPE LOTSE_OIDC_ORIGIN \
  LOTSE_ACCESSIBILITY_EMAIL LOTSE_ACCESSIBILITY_PHONE \
  INTAKE_URL ASSESSMENT_URL PLANNING_URL NETWORK_URL REPORTING_URL \
  LOTSE_WEB_LISTEN LOTSE_WEB_ROOT LOTSE_WEB_RUNTIME LOTSE_WEB_ACCESS_LOG LOTSE_WEB_ERROR_LOG

mkdir -p "$LOTSE_WEB_RUNTIME"
here=$(dirname "$0")
# only these names: nginx's own $uri, $host, ... stay as they are
envsubst '${LOTSE_OIDC_AUTHORITY} ${LOTSE_OIDC_CLIENT_ID} ${LOTSE_OIDC_SCOPE} ${LOTSE_OIDC_ORIGIN}
  ${LOTSE_ACCESSIBILITY_EMAIL} ${LOTSE_ACCESSIBILITY_PHONE}
  ${INTAKE_URL} ${ASSESSMENT_URL} ${PLANNING_URL} ${NETWORK_URL} ${REPORTING_URL}
  ${LOTSE_WEB_LISTEN} ${LOTSE_WEB_ROOT} ${LOTSE_WEB_RUNTIME} ${LOTSE_WEB_ACCESS_LOG} ${LOTSE_WEB_ERROR_LOG}' \
  < "$here/nginx.conf.template" > "$LOTSE_WEB_RUNTIME/nginx.conf"

[ "${1:-}" = "--render-only" ] && exit 0
# -e: the error log before the configuration is read (the default path is not writable here)
nginx -e "$LOTSE_WEB_ERROR_LOG" -t -q -c "$LOTSE_WEB_RUNTIME/nginx.conf"
exec nginx -e "$LOTSE_WEB_ERROR_LOG" -c "$LOTSE_WEB_RUNTIME/nginx.conf"
