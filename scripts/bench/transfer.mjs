#!/usr/bin/env node
// Bytes on the wire for a young person's phone: first visit (empty cache) and second visit
// (same browser, warm cache), split by type, measured with the Chrome DevTools Protocol
// (`Network.loadingFinished.encodedDataLength`: compressed body plus headers, exactly what
// a pay-as-you-go data plan pays for). Chromium sends its own Accept-Encoding (br, gzip).
//
//   node scripts/bench/transfer.mjs                 # starts the server, measures /
//   node scripts/bench/transfer.mjs --all           # measures / and /help
//   node scripts/bench/transfer.mjs --url http://127.0.0.1:3000 --path /help
//   node scripts/bench/transfer.mjs --json target/bench/transfer.json
//
// Needs `npm ci --prefix tests/e2e` first (playwright-core). Options:
//   --url URL      measure a running server (default: start target/debug/care-voice via
//                  tests/e2e/lib/server.mjs; BASE_URL, CARE_VOICE_BIN, LEPTOS_SITE_ROOT apply)
//   --path P       page to measure (default /); may be repeated
//   --all          measure each of / and /help
//   --lang L       add ?lang=L to every page
//   --json FILE    also write the figures as JSON
//   --check        exit with status 1 when a goal is missed
//   --verbose      list every request

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const e2e = resolve(here, '..', '..', 'tests', 'e2e');

let libs;
try {
  // playwright-core lives in tests/e2e/node_modules.
  createRequire(resolve(e2e, 'package.json')).resolve('playwright-core');
  libs = {
    browser: await import(pathToFileURL(resolve(e2e, 'lib', 'browser.mjs')).href),
    server: await import(pathToFileURL(resolve(e2e, 'lib', 'server.mjs')).href),
  };
} catch (e) {
  console.error(`Cannot load playwright-core: run \`npm ci --prefix tests/e2e\` first.\n${e.message}`);
  process.exit(2);
}
const { launchBrowser, PHONE } = libs.browser;
const { startServer } = libs.server;

const GOALS = {
  htmlCss: { limit: 30 * 1024, text: 'HTML+CSS < 30 KB (first visit)' },
  firstTotal: { limit: 100 * 1024, text: 'first visit total < 100 KB' },
  secondTotal: { limit: 20 * 1024, text: 'second visit total < 20 KB' },
};
const TYPES = ['HTML', 'CSS', 'JS', 'WebAssembly', 'other'];

const { values: args } = parseArgs({
  options: {
    url: { type: 'string' },
    path: { type: 'string', multiple: true },
    all: { type: 'boolean', default: false },
    lang: { type: 'string' },
    json: { type: 'string' },
    check: { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});
if (args.help) {
  console.log(
    'usage: node scripts/bench/transfer.mjs [--url URL] [--path P]... [--all] [--lang L] [--json FILE] [--check] [--verbose]',
  );
  process.exit(0);
}

let paths = args.all ? ['/', '/help'] : args.path?.length ? args.path : ['/'];
if (args.all && args.path?.length) paths = [...new Set([...paths, ...args.path])];
if (args.lang) paths = paths.map((p) => `${p}${p.includes('?') ? '&' : '?'}lang=${encodeURIComponent(args.lang)}`);

function classify(url, mimeType, cdpType) {
  const path = (() => {
    try {
      return new URL(url).pathname;
    } catch {
      return url;
    }
  })();
  const mime = String(mimeType || '').toLowerCase();
  if (mime.includes('wasm') || path.endsWith('.wasm')) return 'WebAssembly';
  if (cdpType === 'Document' || mime.includes('text/html')) return 'HTML';
  if (cdpType === 'Stylesheet' || mime.includes('css') || path.endsWith('.css')) return 'CSS';
  if (cdpType === 'Script' || mime.includes('javascript') || /\.m?js$/.test(path)) return 'JS';
  return 'other';
}

/** Loads `url` in `page` and returns what crossed the network, per request. */
async function measure(context, page, url) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  const reqs = new Map(); // requestId → record
  const rec = (id) => {
    if (!reqs.has(id)) reqs.set(id, { id, url: '', type: 'other', status: 0, encoding: '', bytes: 0, fromCache: false, done: false, failed: false });
    return reqs.get(id);
  };
  let inflight = 0;
  let lastActivity = Date.now();
  cdp.on('Network.requestWillBeSent', (e) => {
    if (e.request.url.startsWith('data:')) return;
    const r = rec(e.requestId);
    if (!r.url) inflight += 1;
    r.url = e.request.url;
    r.type = classify(e.request.url, '', e.type);
    lastActivity = Date.now();
  });
  cdp.on('Network.requestWillBeSentExtraInfo', (e) => {
    // The headers as sent on the wire (Accept-Encoding is added by the network stack).
    const h = Object.entries(e.headers || {}).find(([k]) => k.toLowerCase() === 'accept-encoding');
    if (h) rec(e.requestId).acceptEncoding = h[1];
  });
  cdp.on('Network.requestServedFromCache', (e) => {
    rec(e.requestId).fromCache = true;
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = rec(e.requestId);
    r.url = e.response.url;
    r.type = classify(e.response.url, e.response.mimeType, e.type);
    r.status = e.response.status;
    const h = Object.fromEntries(Object.entries(e.response.headers || {}).map(([k, v]) => [k.toLowerCase(), v]));
    r.encoding = h['content-encoding'] || '';
    r.fromCache = r.fromCache || !!e.response.fromDiskCache || !!e.response.fromPrefetchCache || !!e.response.fromServiceWorker;
    lastActivity = Date.now();
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = reqs.get(e.requestId);
    if (!r) return;
    r.bytes = e.encodedDataLength;
    if (!r.done && !r.failed) inflight -= 1;
    r.done = true;
    lastActivity = Date.now();
  });
  cdp.on('Network.dataReceived', (e) => {
    const r = reqs.get(e.requestId);
    if (r) r.received = (r.received ?? 0) + (e.encodedDataLength || 0);
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = reqs.get(e.requestId);
    if (!r) return;
    if (!r.done && !r.failed) inflight -= 1;
    r.failed = true;
    r.error = e.errorText + (e.blockedReason ? ` (${e.blockedReason})` : '');
    // No total for a failed load: count the body bytes that did arrive.
    r.bytes = r.received ?? 0;
    lastActivity = Date.now();
  });

  await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
  // The islands script fetches the JS and wasm after load (on idle): wait for quiet.
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (inflight <= 0 && Date.now() - lastActivity > 1_000) break;
    await new Promise((r) => setTimeout(r, 100));
  }
  await cdp.detach().catch(() => {});

  const list = [...reqs.values()].filter((r) => r.url);
  const byType = Object.fromEntries(TYPES.map((t) => [t, 0]));
  for (const r of list) byType[r.type] += r.bytes;
  const total = list.reduce((s, r) => s + r.bytes, 0);
  return { byType, total, requests: list.map(({ id, done, received, ...r }) => r) };
}

async function benchPage(browser, baseURL, path) {
  const url = baseURL + path;
  const context = await browser.newContext({
    viewport: PHONE,
    screen: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    locale: 'en-GB',
    serviceWorkers: 'block',
  });
  try {
    const page = await context.newPage();
    const first = await measure(context, page, url);
    // A second visit: the same browser comes back later (a new navigation, not a reload,
    // so the cache is used the way a returning visitor's is).
    await page.goto('about:blank');
    const second = await measure(context, page, url);
    return { path, url, first, second };
  } finally {
    await context.close();
  }
}

const kb = (n) => (n / 1024).toFixed(1);
const mark = (ok) => (ok ? 'yes' : '**NO**');

function goalsFor(r) {
  const htmlCss = r.first.byType.HTML + r.first.byType.CSS;
  return {
    htmlCss: { value: htmlCss, ok: htmlCss < GOALS.htmlCss.limit },
    firstTotal: { value: r.first.total, ok: r.first.total < GOALS.firstTotal.limit },
    secondTotal: { value: r.second.total, ok: r.second.total < GOALS.secondTotal.limit },
  };
}

function table(results) {
  const out = [];
  out.push('| page | visit | HTML | CSS | JS | WebAssembly | other | total | requests |');
  out.push('|---|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    for (const [name, v] of [['first', r.first], ['second', r.second]]) {
      const cells = TYPES.map((t) => kb(v.byType[t]));
      const n = v.requests.length;
      const cached = v.requests.filter((q) => q.fromCache).length;
      const failed = v.requests.filter((q) => q.failed).length;
      const notes = [cached && `${cached} from cache`, failed && `${failed} failed`].filter(Boolean).join(', ');
      out.push(`| \`${r.path}\` | ${name} | ${cells.join(' | ')} | **${kb(v.total)}** | ${n}${notes ? ` (${notes})` : ''} |`);
    }
  }
  out.push('');
  out.push('Figures in KB (1 KB = 1024 bytes) on the wire: compressed bodies plus HTTP headers.');
  out.push('');
  out.push('| page | goal | measured | met |');
  out.push('|---|---|---:|---|');
  for (const r of results) {
    const g = goalsFor(r);
    for (const k of Object.keys(GOALS)) {
      out.push(`| \`${r.path}\` | ${GOALS[k].text} | ${kb(g[k].value)} KB | ${mark(g[k].ok)} |`);
    }
  }
  return out.join('\n');
}

function details(results) {
  const out = [];
  for (const r of results) {
    for (const [name, v] of [['first', r.first], ['second', r.second]]) {
      out.push(`\n${r.path} (${name} visit):`);
      for (const q of v.requests) {
        out.push(
          `  ${String(q.status).padStart(3)} ${q.type.padEnd(11)} ${String(q.bytes).padStart(8)} B  ${(q.encoding || 'identity').padEnd(8)} ${q.failed ? 'FAILED ' : q.fromCache ? 'cache  ' : '       '}${q.url}${q.error ? `  ${q.error}` : ''}`,
        );
      }
    }
  }
  return out.join('\n');
}

let server = null;
let browser = null;
let exitCode = 0;
try {
  if (args.url) {
    server = { baseURL: args.url.replace(/\/+$/, ''), stop: async () => {} };
  } else {
    server = await startServer();
  }
  browser = await launchBrowser();
  const results = [];
  for (const p of paths) results.push(await benchPage(browser, server.baseURL, p));

  console.log(`\nTransfer sizes for ${server.baseURL} (Chromium ${browser.version()}, phone ${PHONE.width}×${PHONE.height})\n`);
  console.log(table(results));
  const encodings = new Set(results.flatMap((r) => r.first.requests.map((q) => `${q.type}: ${q.encoding || 'identity'}`)));
  console.log(`\nContent-Encoding seen on the first visit: ${[...encodings].sort().join(', ')}`);
  const sent = new Set(results.flatMap((r) => r.first.requests.map((q) => q.acceptEncoding).filter(Boolean)));
  console.log(`Accept-Encoding sent by Chromium: ${[...sent].join(' / ') || 'unknown'}`);
  if (args.verbose) console.log(details(results));

  const missed = results.flatMap((r) =>
    Object.entries(goalsFor(r))
      .filter(([, g]) => !g.ok)
      .map(([k]) => `${r.path}: ${GOALS[k].text}`),
  );
  if (missed.length) {
    console.log(`\nGoals missed: ${missed.join('; ')}`);
    if (args.check) exitCode = 1;
  }

  if (args.json) {
    const file = resolve(args.json);
    mkdirSync(dirname(file), { recursive: true });
    const json = {
      measuredAt: new Date().toISOString(),
      baseURL: server.baseURL,
      chromium: browser.version(),
      viewport: PHONE,
      unit: 'bytes',
      goals: Object.fromEntries(Object.entries(GOALS).map(([k, g]) => [k, { limitBytes: g.limit, text: g.text }])),
      pages: results.map((r) => ({
        path: r.path,
        url: r.url,
        first: r.first,
        second: r.second,
        goals: goalsFor(r),
      })),
    };
    writeFileSync(file, `${JSON.stringify(json, null, 2)}\n`);
    console.log(`\nJSON written to ${file}`);
  }
} catch (e) {
  console.error(e?.stack ?? e);
  exitCode = 2;
} finally {
  await browser?.close().catch(() => {});
  await server?.stop().catch(() => {});
}
process.exit(exitCode);
