// Time-based one-time passwords (RFC 6238: HMAC-SHA-1, 6 digits, 30-second steps), computed
// the way an authenticator app does, so the browser tests can enrol and sign in staff.
//
//   const key = base32Decode('MZXW 6YTB OI');       // the key the set-up page shows
//   const { code, step } = totp(key);              // the code an app shows now
//   await waitForNextStep(step);                   // a code can be used once per step

import { createHmac } from 'node:crypto';

/** Seconds per step. */
export const STEP_SECS = 30;

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** Decodes RFC 4648 base32 (spaces, dashes, `=` padding and case ignored). */
export function base32Decode(text) {
  const clean = String(text).toUpperCase().replace(/[\s=-]/g, '');
  let buffer = 0;
  let bits = 0;
  const out = [];
  for (const ch of clean) {
    const v = ALPHABET.indexOf(ch);
    if (v < 0) throw new Error(`not base32: ${JSON.stringify(ch)} in ${JSON.stringify(text)}`);
    buffer = ((buffer << 5) | v) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      out.push((buffer >> bits) & 0xff);
    }
  }
  return Buffer.from(out);
}

/** RFC 4226 HOTP for counter `counter` (a non-negative integer). */
export function hotp(key, counter, digits = 6) {
  const msg = Buffer.alloc(8);
  msg.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac('sha1', key).update(msg).digest();
  const offset = mac[mac.length - 1] & 0x0f;
  const bin = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(bin).padStart(digits, '0');
}

/** The time step of `ms` (Unix milliseconds). */
export function stepAt(ms = Date.now()) {
  return Math.floor(ms / 1000 / STEP_SECS);
}

/** The code an authenticator shows at `ms` (default now), and its step. */
export function totp(key, ms = Date.now()) {
  const step = stepAt(ms);
  return { code: hotp(key, step), step };
}

/** Milliseconds until step `step` begins (0 if it already has). */
export function msUntilStep(step, now = Date.now()) {
  return Math.max(0, step * STEP_SECS * 1000 - now);
}

/**
 * Waits until a step later than `usedStep` has begun (at most one step, 30 s, plus a
 * margin), then returns the code for the current step. Use it when `usedStep` has just been
 * used: the app refuses a step at or before the last one used (replay protection).
 */
export async function nextCode(key, usedStep, { marginMs = 250 } = {}) {
  const wait = msUntilStep(usedStep + 1);
  if (wait > 0) await new Promise((r) => setTimeout(r, wait + marginMs));
  const now = totp(key);
  if (now.step <= usedStep) throw new Error(`clock did not move past step ${usedStep}`);
  return now;
}

// RFC 6238 appendix B (SHA-1, 8 digits; the last six for 6 digits): a self-check on import,
// so a broken implementation fails loudly rather than as a "wrong code" in the app.
{
  const key = Buffer.from('12345678901234567890');
  const vectors = [
    [59, '94287082'],
    [1111111109, '07081804'],
    [1234567890, '89005924'],
    [20000000000, '65353130'],
  ];
  for (const [t, want] of vectors) {
    const got = hotp(key, Math.floor(t / STEP_SECS), 8);
    if (got !== want) throw new Error(`totp.mjs self-check failed at T=${t}: ${got} != ${want}`);
  }
  if (base32Decode('MZXW 6YTB OI').toString() !== 'foobar') throw new Error('totp.mjs base32 self-check failed');
  if (base32Decode('GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ').toString() !== '12345678901234567890') {
    throw new Error('totp.mjs base32 self-check failed');
  }
}
