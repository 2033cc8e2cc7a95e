// The current TOTP code of a demo user, for scripts and tests that sign in as staff (Node; `keycloak.sh otp <user>`
// does the same in the shell). RFC 6238 as the realms' OTP policy says: HMAC-SHA1, 6 digits, 30 s steps; the key
// is the bytes of the secret of the user's otp credential in pas-realm.json (else bcprovider-realm.json).
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';

const realmFiles = ['pas-realm.json', 'bcprovider-realm.json'].map((name) => new URL(name, import.meta.url));

/** The demo user's TOTP secret, or undefined (patients have none). */
export function demoOtpSecret(username) {
  for (const file of realmFiles) {
    const user = JSON.parse(readFileSync(file, 'utf8')).users.find((u) => u.username === username);
    const otp = user?.credentials.find((c) => c.type === 'otp');
    if (otp) return JSON.parse(otp.secretData).value;
  }
  return undefined;
}

/** The code of `secret` at `time` (milliseconds). */
export function totp(secret, time = Date.now()) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(time / 30_000)));
  const digest = createHmac('sha1', Buffer.from(secret, 'utf8')).update(counter).digest();
  const offset = digest[digest.length - 1] & 0x0f;
  return String((digest.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

/** The current code of a demo user; throws for a user without a secret. */
export function demoOtp(username, time = Date.now()) {
  const secret = demoOtpSecret(username);
  if (!secret) throw new Error(`${username} has no demo TOTP secret`);
  return totp(secret, time);
}

// `node demo-otp.mjs <username>` prints the user's current code (what `keycloak.sh otp` and `token` run); exit 1
// when the user has no demo secret.
if (process.argv[1] && new URL(import.meta.url).pathname === process.argv[1]) {
  const username = process.argv[2];
  if (!username || !demoOtpSecret(username)) process.exit(1);
  console.log(demoOtp(username));
}
