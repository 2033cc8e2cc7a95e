#!/usr/bin/env bash
# Benchmark of panel submissions: generates a 2 000-row and a 20 000-row panel file with valid PHNs,
# uploads each to a running API on 127.0.0.1, polls the submission until it is finished and prints
# the times. Then uploads the 20 000-row file again (every row UNCHANGED) and a version with 10 %
# of the patients replaced (adds and removals). Not a test: it measures.
#
#   backend/dev/bench-panel.sh                 # API on http://127.0.0.1:8089 trusting the test key
#   API=http://127.0.0.1:8080 TOKEN_SOURCE=keycloak backend/dev/bench-panel.sh
#
# Tokens: TOKEN_SOURCE=testkey (default) signs them with backend/src/test/resources/testkeys/privateKey.pem
# (start the API with -Dmp.jwt.verify.publickey.location=<that publicKey.pem>); TOKEN_SOURCE=keycloak
# takes them from backend/keycloak/keycloak.sh (users admin and dr.lee).
# Needs curl, openssl and python3. Talks to 127.0.0.1 only.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
LOG_TAG=bench-panel; source "$here/lib.sh"
API=${API:-http://127.0.0.1:8089}
TOKEN_SOURCE=${TOKEN_SOURCE:-testkey}
KEY=${KEY:-$here/../src/test/resources/testkeys/privateKey.pem}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

case "$API" in
  http://127.0.0.1:*|http://localhost:*) ;;
  *) die "API must be on 127.0.0.1 (got $API)" ;;
esac

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

# A token shaped like Keycloak's for $1 (subject) with realm roles $2 (JSON array).
mint() {
  local now header payload
  now=$(date +%s)
  header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64url)
  payload=$(printf '{"iss":"http://localhost:8180/realms/pas","aud":"pas-api","sub":"%s","preferred_username":"%s","name":"Bench %s","iat":%d,"exp":%d,"realm_access":{"roles":%s}}' \
    "$1" "$1" "$1" "$now" "$((now + 3600))" "$2" | b64url)
  printf '%s.%s.%s' "$header" "$payload" \
    "$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "$KEY" -binary | b64url)"
}

subject=$(python3 -c 'import uuid; print(uuid.uuid4())')
if [ "$TOKEN_SOURCE" = keycloak ]; then
  ADMIN=$("$here/../keycloak/keycloak.sh" token admin)
  DOCTOR=$("$here/../keycloak/keycloak.sh" token dr.lee)
  subject=$(printf '%s' "$DOCTOR" | cut -d. -f2 | tr '_-' '/+' | python3 -c 'import sys,base64,json; s=sys.stdin.read(); print(json.loads(base64.b64decode(s+"="*(-len(s)%4)))["sub"])')
else
  ADMIN=$(mint "bench-admin" '["admin"]')
  DOCTOR=$(mint "$subject" '["provider"]')
fi

# The provider whose panel is replaced: an existing one with this subject, or a new one.
provider=$(curl -sf -H "Authorization: Bearer $ADMIN" "$API/api/v1/providers?size=100&q=Bench" \
  | python3 -c "import sys,json; print(next((p['id'] for p in json.load(sys.stdin)['items'] if p.get('subject')=='$subject'),''))")
if [ -z "$provider" ]; then
  msp=$(python3 -c 'import random; print("B%04d" % random.randrange(10000))')
  provider=$(curl -sf -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    -d "{\"subject\":\"$subject\",\"name\":\"Dr. Bench $msp\",\"type\":\"FAMILY_PHYSICIAN\",\"mspPractitionerNumber\":\"$msp\",\"email\":\"bench-$msp-$$@test.example\",\"languages\":[\"en\"]}" \
    "$API/api/v1/providers" | python3 -c 'import sys,json; print(json.load(sys.stdin)["id"])')
fi

# The files: PHNs of this run share a 3-digit prefix of their own (a patient is on one panel at a
# time, so runs must not meet each other's patients; use a database of its own for benchmarks).
# panel-2000: patients 0-1999; panel-20000: patients 2000-21999; the changed file drops the first
# 2 000 of those and adds patients 22000-23999.
python3 - "$work" "$((RANDOM % 1000))" <<'PY'
import random, sys
work, prefix = sys.argv[1], int(sys.argv[2])
weights = [2, 4, 8, 5, 10, 9, 7, 3]
rnd = random.Random(prefix)
def phns():
    i = 0
    while True:
        body = "%03d%05d" % (prefix, (i * 7919) % 100_000)
        i += 1
        check = (11 - sum(int(d) * w % 11 for d, w in zip(body, weights)) % 11) % 11
        if check != 10:
            yield "9" + body + str(check)
names = ["Smith", "Brown", "Tremblay", "Martin", "Roy", "Wilson", "Macdonald", "Gagnon", "Johnson", "Taylor", "Lee",
         "Singh", "Wong", "Chen", "Nguyen"]
letters = "ABCEGHJKLMNPRSTVXY"
def line(phn, i):
    return "%s,%s,Given %d,%04d-%02d-%02d,%s,V%d%s %d%s%d\n" % (phn, rnd.choice(names), i, rnd.randrange(1930, 2024),
        rnd.randrange(1, 13), rnd.randrange(1, 29), rnd.choice("FMXU"), rnd.randrange(10), rnd.choice(letters),
        rnd.randrange(10), rnd.choice(letters), rnd.randrange(10))
gen = phns()
patients = [line(next(gen), i) for i in range(24_000)]
header = "phn,surname,given_names,date_of_birth,gender,postal_code\n"
def write(name, rows):
    with open("%s/%s" % (work, name), "w") as out:
        out.write(header + "".join(rows))
write("panel-2000.csv", patients[:2000])
write("panel-20000.csv", patients[2000:22000])
write("panel-20000-changed.csv", patients[4000:24000])
PY

now_ms() { date +%s%3N; }

# Uploads $1 (label $2), waits for it to finish, prints one line of figures.
run() {
  local file=$1 label=$2 started accepted location status body ms_accept ms_done i
  started=$(now_ms)
  location=$(curl -sf -D - -o "$work/upload.json" -H "Authorization: Bearer $DOCTOR" \
    -F "file=@$file;type=text/csv" -F mode=ALL_OR_NOTHING -F source=TELEPLAN \
    "$API/api/v1/providers/$provider/panel/submissions" | tr -d '\r' | sed -n 's/^[Ll]ocation: //p')
  accepted=$(now_ms)
  for i in $(seq 1 12000); do
    body=$(curl -sf -H "Authorization: Bearer $DOCTOR" "$location")
    status=$(printf '%s' "$body" | sed -n 's/.*"status":"\([A-Z]*\)".*/\1/p')
    case "$status" in RECEIVED|PROCESSING) sleep 0.05 ;; *) break ;; esac
  done
  ms_done=$(( $(now_ms) - started ))
  ms_accept=$(( accepted - started ))
  printf '%s' "$body" | python3 -c "
import sys, json
s = json.load(sys.stdin)
print('%-28s %6d rows %7.1f KiB | 202 in %4d ms | %-9s in %5d ms | %d added, %d unchanged, %d removed, %d rejected' % (
    '$label', s['rowsTotal'], s['fileSizeBytes'] / 1024, $ms_accept, s['status'], $ms_done,
    s['added'], s['unchanged'], s['removed'], s['rejected']))"
}

echo "API $API, provider $provider ($(nproc) cores), $(date -u +%FT%TZ)"
run "$work/panel-2000.csv" "2 000 rows, empty panel"
run "$work/panel-20000.csv" "20 000 rows, replaces 2 000"
run "$work/panel-20000.csv" "20 000 rows, same again"
run "$work/panel-20000-changed.csv" "20 000 rows, 10 % changed"

# Reading the 20 000-member panel: first page, a deep page, a name search and a PHN lookup (best of 5).
read_ms() {
  local best=999999 i t
  for i in 1 2 3 4 5; do
    t=$(curl -sf -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $DOCTOR" "$API/api/v1/providers/$provider/panel$1")
    t=$(python3 -c "print(int($t * 1000))")
    [ "$t" -lt "$best" ] && best=$t
  done
  printf '%-44s %5d ms\n' "GET panel$1" "$best"
}
phn=$(sed -n 3p "$work/panel-20000-changed.csv" | cut -d, -f1)
read_ms "?size=20"
read_ms "?size=100&page=150"
read_ms "?q=smith&size=20"
read_ms "?q=$phn"
