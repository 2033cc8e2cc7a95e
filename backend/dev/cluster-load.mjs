#!/usr/bin/env node
// The load client of `make cluster-test` (backend/dev/cluster-test.sh): CLIENTS concurrent clients send a
// mix of requests to the proxy for SECONDS seconds, as the SPA's users would:
//   reads   GET /communities (admin), GET /patients/{id} of a patient registered in this run (admin),
//           GET /providers/{dr.lee}/capacity (dr.lee)
//   writes  POST /patients (admin) with an Idempotency-Key; POST /waitlist-entries/{id}/attach (dr.lee) of
//           the entries listed in --entries, each once.
// Like a real client, a write that got no answer (transport error) or 502/503/504 is sent again, with the
// same Idempotency-Key, up to 5 times; reads are not (HAProxy retries those). An operation fails when its
// final answer is not the expected one: 200 for reads, 201 for registrations, 200 or 409 (capacity reached,
// entry taken) for attaches.
//
// Output: a JSON summary on stdout; in --out, registered.tsv (phn, key, final status, patient id, attempts)
// and attaches.tsv (entry id, final status, attempts), for the database checks of cluster-test.sh.
//
// node backend/dev/cluster-load.mjs --base http://127.0.0.1:8088 --seconds 30 --clients 6 --out DIR \
//   --phn-prefix 3 --community UUID --provider UUID [--entries FILE] [--stop-file FILE] [--keycloak URL]
// (--stop-file: the clients stop early once FILE exists.)
import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { demoOtp } from '../keycloak/demo-otp.mjs';

const { values: args } = parseArgs({
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:8088' },
    seconds: { type: 'string', default: '30' },
    clients: { type: 'string', default: '6' },
    out: { type: 'string' },
    'phn-prefix': { type: 'string', default: '3' },
    community: { type: 'string' },
    provider: { type: 'string' },
    entries: { type: 'string' },
    'stop-file': { type: 'string' },
    keycloak: { type: 'string', default: 'http://localhost:8180' },
  },
});
for (const required of ['out', 'community', 'provider']) {
  if (!args[required]) throw new Error(`--${required} is required`);
}
const api = `${args.base}/api/v1`;
const seconds = Number(args.seconds);
const clientCount = Number(args.clients);
mkdirSync(args.out, { recursive: true });
const entries = args.entries ? readFileSync(args.entries, 'utf8').split('\n').filter(Boolean) : [];

// --- tokens (password grant on pas-cli, the demo staff with their TOTP code), renewed before they expire ---
const tokens = {};
async function signIn(user) {
  const answer = await fetch(`${args.keycloak}/realms/pas/protocol/openid-connect/token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'password', client_id: 'pas-cli', username: user, password: 'pas-demo-1', totp: demoOtp(user),
    }),
  });
  if (!answer.ok) throw new Error(`no token for ${user}: ${answer.status}`);
  tokens[user] = (await answer.json()).access_token;
}
const users = ['admin', 'dr.lee'];
await Promise.all(users.map(signIn));
const renewal = setInterval(() => users.forEach((user) => signIn(user).catch(() => {})), 120_000);

// --- requests ------------------------------------------------------------------------------------

/** One HTTP exchange: its status, or 0 with the error's name when no answer came. */
async function exchange(method, path, user, body, headers = {}) {
  try {
    const answer = await fetch(`${api}${path}`, {
      method,
      headers: {
        Authorization: `Bearer ${tokens[user]}`,
        ...(body ? { 'Content-Type': 'application/json' } : {}),
        ...headers,
      },
      body: body ? JSON.stringify(body) : undefined,
      signal: AbortSignal.timeout(30_000),
    });
    const text = await answer.text();
    return { status: answer.status, text, replayed: answer.headers.get('idempotent-replayed') === 'true' };
  } catch (error) {
    return { status: 0, text: String(error.cause?.code ?? error.name) };
  }
}

const retryable = (status) => status === 0 || status === 502 || status === 503 || status === 504;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** A write as a careful client sends it: again, identically, while there is no usable answer. */
async function write(method, path, user, body, headers) {
  const seen = [];
  let answer;
  for (let attempt = 1; attempt <= 6; attempt++) {
    answer = await exchange(method, path, user, body, headers);
    seen.push(answer.status);
    if (!retryable(answer.status)) break;
    await sleep(250);
  }
  return { ...answer, seen };
}

// PHNs: 9, eight digits, a mod-11 check digit (weights 2 4 8 5 10 9 7 3); null when none exists.
function phnOf(body) {
  const weights = [2, 4, 8, 5, 10, 9, 7, 3];
  const sum = [...body].reduce((s, digit, k) => s + ((Number(digit) * weights[k]) % 11), 0);
  const check = (11 - (sum % 11)) % 11;
  return check === 10 ? null : `9${body}${check}`;
}

function registration(phn, client, seq) {
  return {
    phn,
    familyName: 'Clusterload',
    givenNames: `C${client} N${seq}`,
    dateOfBirth: `${1940 + (seq % 60)}-${String(1 + (seq % 12)).padStart(2, '0')}-${String(1 + (seq % 28)).padStart(2, '0')}`,
    gender: 'X',
    address: { line1: `${seq} Test Street`, city: 'Vancouver', province: 'BC', postalCode: 'V6H 1A5' },
    communityId: args.community,
    email: `c${client}n${seq}p${args['phn-prefix']}@cluster.example`,
    preferredLanguage: 'en',
    consentToShare: true,
    relationshipToRegistrant: 'OTHER_DEPENDANT',
    questionnaire: { chronicConditions: [], pregnant: false, recentHospitalStay: false, mentalHealthNeeds: false, mobilityLimitations: false },
  };
}

// --- the clients -----------------------------------------------------------------------------------

const stats = {}; // kind -> { total, failed, firstAnswerNotOk, retried, replayed, statuses{}, latencies[] }
const failures = [];
const registered = [];
function record(kind, ok, answer, started) {
  const s = (stats[kind] ??= { total: 0, failed: 0, firstAnswerNotOk: 0, retried: 0, replayed: 0, statuses: {}, latencies: [] });
  s.total++;
  s.latencies.push(performance.now() - started);
  const seen = answer.seen ?? [answer.status];
  s.statuses[answer.status] = (s.statuses[answer.status] ?? 0) + 1;
  if (seen.length > 1) s.retried++;
  if (retryable(seen[0])) s.firstAnswerNotOk++;
  if (answer.replayed) s.replayed++;
  if (!ok) {
    s.failed++;
    if (failures.length < 20) failures.push(`${kind} ${seen.join('>')} ${answer.text.slice(0, 160)}`);
  }
}

const deadline = Date.now() + seconds * 1000;
let nextEntry = 0;
const registeredFile = `${args.out}/registered.tsv`;
const attachesFile = `${args.out}/attaches.tsv`;
writeFileSync(registeredFile, '');
writeFileSync(attachesFile, '');

async function client(c) {
  let seq = 0;
  while (Date.now() < deadline && !(args['stop-file'] && existsSync(args['stop-file']))) {
    const pick = Math.random();
    const started = performance.now();
    if (pick < 0.3) {
      const answer = await exchange('GET', '/communities?size=50', 'admin');
      record('read communities', answer.status === 200, answer, started);
    } else if (pick < 0.45 && registered.length > 0) {
      const id = registered[Math.floor(Math.random() * registered.length)];
      const answer = await exchange('GET', `/patients/${id}`, 'admin');
      record('read patient', answer.status === 200, answer, started);
    } else if (pick < 0.55) {
      const answer = await exchange('GET', `/providers/${args.provider}/capacity`, 'dr.lee');
      record('read capacity', answer.status === 200, answer, started);
    } else if (pick < 0.8 || nextEntry >= entries.length) {
      seq++;
      const phn = phnOf(`${args['phn-prefix']}${String(c).padStart(2, '0')}${String(seq).padStart(5, '0')}`);
      if (!phn) continue;
      const key = `cluster-${args['phn-prefix']}-${c}-${seq}`;
      const answer = await write('POST', '/patients', 'admin', registration(phn, c, seq), { 'Idempotency-Key': key });
      let id = '';
      if (answer.status === 201) {
        id = JSON.parse(answer.text).id;
        registered.push(id);
      }
      appendFileSync(registeredFile, `${phn}\t${key}\t${answer.status}\t${id}\t${answer.seen.length}\n`);
      record('register (Idempotency-Key)', answer.status === 201, answer, started);
    } else {
      const entry = entries[nextEntry++];
      const answer = await write('POST', `/waitlist-entries/${entry}/attach`, 'dr.lee', { providerId: args.provider });
      appendFileSync(attachesFile, `${entry}\t${answer.status}\t${answer.seen.length}\n`);
      record('attach', answer.status === 200 || answer.status === 409, answer, started);
    }
  }
}

const t0 = performance.now();
await Promise.all(Array.from({ length: clientCount }, (_, c) => client(c + 1)));
clearInterval(renewal);

function percentile(sorted, p) {
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]) : 0;
}
const kinds = {};
let total = 0;
let failed = 0;
let firstNotOk = 0;
for (const [kind, s] of Object.entries(stats)) {
  const sorted = s.latencies.sort((a, b) => a - b);
  total += s.total;
  failed += s.failed;
  firstNotOk += s.firstAnswerNotOk;
  kinds[kind] = {
    total: s.total, failed: s.failed, firstAnswerNotOk: s.firstAnswerNotOk, retried: s.retried, replayed: s.replayed,
    statuses: s.statuses, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99),
    max: percentile(sorted, 100),
  };
}
const all = Object.values(stats).flatMap((s) => s.latencies).sort((a, b) => a - b);
console.log(JSON.stringify({
  seconds: Math.round((performance.now() - t0) / 100) / 10, clients: clientCount, total, failed, firstAnswerNotOk: firstNotOk,
  failedShare: total ? failed / total : 0, p50: percentile(all, 50), p95: percentile(all, 95), p99: percentile(all, 99),
  max: percentile(all, 100), kinds, failures,
}, null, 1));
