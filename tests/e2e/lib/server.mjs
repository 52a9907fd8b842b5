// Starts the Care Voice binary for browser tests and benchmarks.
//
//   const server = await startServer();   // { baseURL, stop(), log(), external }
//   ...
//   await server.stop();
//
// Each server gets a free loopback port, a fresh temporary directory with its own SQLite
// database and data key, and plain-HTTP cookies. It is ready when /healthz answers 200.
//
// Environment overrides:
//   BASE_URL           use a server that is already running (nothing is started or stopped)
//   CARE_VOICE_BIN     the binary (default: <repo>/target/debug/care-voice)
//   LEPTOS_SITE_ROOT   the built site (default: <repo>/target/site)
//   CARE_VOICE_E2E_LOG=1  copy the server's log to stderr as it runs

import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root (tests/e2e/lib → ../../..). */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The binary the tests run. */
export function binaryPath() {
  return process.env.CARE_VOICE_BIN || join(REPO_ROOT, 'target', 'debug', 'care-voice');
}

/** The built site (CSS, JS, WebAssembly under pkg/). */
export function siteRoot() {
  return process.env.LEPTOS_SITE_ROOT || join(REPO_ROOT, 'target', 'site');
}

/** The site manifest (`pkg/manifest.json`), or null when the site has not been built. */
export function readManifest(root = siteRoot()) {
  try {
    return JSON.parse(readFileSync(join(root, 'pkg', 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
}

/** A free TCP port on 127.0.0.1 (asked of the OS, then released). */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolvePort(port));
    });
  });
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Starts the server (or uses BASE_URL) and waits until /healthz answers 200.
 * `opts.onLog`, if given, is called with every chunk of the server's stdout and stderr (the
 * whole log, where `log()` keeps only the last 100–200 kB).
 * @param {{timeoutMs?: number, env?: Record<string,string>, onLog?: (text: string) => void}} [opts]
 * @returns {Promise<{baseURL: string, stop: () => Promise<void>, log: () => string, external: boolean, databasePath: string|null}>}
 */
export async function startServer(opts = {}) {
  const timeoutMs = opts.timeoutMs ?? 60_000;

  if (process.env.BASE_URL) {
    const baseURL = process.env.BASE_URL.replace(/\/+$/, '');
    await waitHealthy(baseURL, timeoutMs, () => null, () => '');
    return { baseURL, stop: async () => {}, log: () => '', external: true, databasePath: null };
  }

  const bin = binaryPath();
  if (!existsSync(bin)) {
    throw new Error(
      `Care Voice binary not found at ${bin}. Build it (cargo build -p server) or set CARE_VOICE_BIN, ` +
        'or point BASE_URL at a running server.',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'care-voice-e2e-'));
  const port = await freePort();
  const addr = `127.0.0.1:${port}`;
  const env = {
    ...process.env,
    CARE_VOICE_ADDR: addr,
    DATABASE_URL: `sqlite://${join(dir, 'cv.db')}`,
    CARE_VOICE_SECURE_COOKIES: 'false',
    LEPTOS_SITE_ROOT: siteRoot(),
    CARE_VOICE_DATA_KEY_FILE: join(dir, 'key'),
    ...(opts.env ?? {}),
  };
  // Never let a BASE_URL-less run inherit a developer's production settings by accident.
  delete env.CARE_VOICE_SMTP_URL;

  const child = spawn(bin, [], { env, cwd: dir, stdio: ['ignore', 'pipe', 'pipe'] });
  let logText = '';
  const onData = (chunk) => {
    const s = chunk.toString();
    opts.onLog?.(s);
    logText += s;
    if (logText.length > 200_000) logText = logText.slice(-100_000);
    if (process.env.CARE_VOICE_E2E_LOG) process.stderr.write(s);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  const exitPromise = new Promise((r) =>
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      r(exited);
    }),
  );
  child.on('error', (e) => {
    exited = { code: null, signal: null, error: e };
  });

  const baseURL = `http://${addr}`;
  const log = () => logText;
  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    if (!exited) {
      child.kill('SIGTERM');
      const t = setTimeout(() => {
        if (!exited) child.kill('SIGKILL');
      }, 5_000);
      await exitPromise;
      clearTimeout(t);
    }
    rmSync(dir, { recursive: true, force: true });
  };

  try {
    await waitHealthy(baseURL, timeoutMs, () => exited, log);
  } catch (e) {
    await stop();
    throw e;
  }
  // The SQLite file, for tests that check what the database holds (read it, never write it).
  const databasePath = join(dir, 'cv.db');
  return { baseURL, stop, log, external: false, databasePath };
}

async function waitHealthy(baseURL, timeoutMs, exited, log) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    const ex = exited();
    if (ex) {
      throw new Error(
        `Care Voice exited before it was ready (${JSON.stringify(ex)}). Log:\n${strip(log())}`,
      );
    }
    try {
      const res = await fetch(`${baseURL}/healthz`, { signal: AbortSignal.timeout(2_000) });
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = String(e?.cause?.code ?? e?.message ?? e);
    }
    await sleep(150);
  }
  throw new Error(
    `Care Voice at ${baseURL} was not healthy within ${timeoutMs} ms (last: ${last}). Log:\n${strip(log())}`,
  );
}

/** Removes ANSI colour codes from log text. */
function strip(s) {
  // eslint-disable-next-line no-control-regex
  return s.replace(/\x1b\[[0-9;]*m/g, '');
}
