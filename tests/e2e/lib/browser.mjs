// Chromium for the browser tests: the system build (never `npx playwright install`),
// driven by playwright-core, with phone contexts in three modes.
//
//   js      normal: JavaScript on, WebAssembly loads, islands hydrate
//   nowasm  JavaScript on but every *.wasm request is aborted, so hydration fails
//           (an old phone, a failed download, a data saver)
//   nojs    JavaScript off (a locked-down or very old phone)

import { chromium } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export const MODES = /** @type {const} */ (['js', 'nowasm', 'nojs']);
export const LANGS = /** @type {const} */ (['en-GB', 'cy', 'ar']);

/** A cheap Android phone. */
export const PHONE = { width: 375, height: 667 };

/** Where the quick exit goes, and what the tests serve there (no network needed). */
export const QUICK_EXIT_URL = 'https://www.bbc.co.uk/weather';
export const NEUTRAL_BODY = '<html><body>Weather</body></html>';

/** Launches the system Chromium. */
export async function launchBrowser() {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
}

/**
 * A phone-sized browser context.
 *
 * @param {import('playwright-core').Browser} browser
 * @param {object} [o]
 * @param {'js'|'nowasm'|'nojs'} [o.mode]  see above
 * @param {{width:number,height:number}} [o.viewport]  default 375×667
 * @param {boolean} [o.bypassCSP]  true only where axe must be injected: it hides CSP violations
 * @param {string|null} [o.speechLang]  install a speechSynthesis stub with one voice in this
 *   language (records what is spoken in `window.__spoken`); null = leave the browser's own
 * @param {string} [o.locale]  browser locale (sends Accept-Language); default en-GB
 * @param {boolean} [o.recordCsp]  record securitypolicyviolation events in `window.__csp`
 */
export async function newPhoneContext(browser, o = {}) {
  const mode = o.mode ?? 'js';
  if (!MODES.includes(mode)) throw new Error(`unknown mode ${mode}`);
  const context = await browser.newContext({
    viewport: o.viewport ?? PHONE,
    screen: o.viewport ?? PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
    javaScriptEnabled: mode !== 'nojs',
    bypassCSP: o.bypassCSP ?? false,
    locale: o.locale ?? 'en-GB',
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  // The quick exit leaves for the BBC; answer it locally so the tests run offline.
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL_BODY }),
  );
  if (mode === 'nowasm') {
    await context.route('**/*.wasm', (route) => route.abort());
  }
  if (o.speechLang && mode !== 'nojs') {
    await context.addInitScript(speechStub, o.speechLang);
  }
  if (o.recordCsp && mode !== 'nojs') {
    await recordCspViolations(context);
  }
  return context;
}

/**
 * Replaces `window.speechSynthesis` with a stub that has one voice in `lang` and records the
 * last utterance in `window.__spoken = {text, lang}`. Runs in the page before any script.
 * `window.__getVoicesCalls` counts calls to getVoices(): the read-aloud island calls it when
 * it hydrates, so it doubles as a "hydration has run" signal.
 *
 * The voice inherits from SpeechSynthesisVoice.prototype (with its own `lang` and `name`),
 * as real voices do, so code that checks `instanceof SpeechSynthesisVoice` (wasm-bindgen's
 * `dyn_into`) accepts it.
 */
function speechStub(lang) {
  const proto = typeof SpeechSynthesisVoice === 'function' ? SpeechSynthesisVoice.prototype : Object.prototype;
  const voice = (l, name) =>
    Object.create(proto, {
      lang: { value: l, enumerable: true },
      name: { value: name, enumerable: true },
      voiceURI: { value: `test:${name}`, enumerable: true },
      localService: { value: true, enumerable: true },
      default: { value: true, enumerable: true },
    });
  window.__spoken = null;
  window.__speakCalls = 0;
  window.__getVoicesCalls = 0;
  Object.defineProperty(window, 'speechSynthesis', {
    configurable: true,
    value: {
      getVoices: () => {
        window.__getVoicesCalls += 1;
        return [voice(lang, 'Test')];
      },
      speak: (u) => {
        window.__speakCalls += 1;
        window.__spoken = { text: u.text, lang: u.lang };
      },
      cancel() {},
      pause() {},
      resume() {},
      speaking: false,
      pending: false,
      paused: false,
      onvoiceschanged: null,
      addEventListener() {},
      removeEventListener() {},
      dispatchEvent() {
        return true;
      },
    },
  });
}

/**
 * Collects what goes wrong in a page: uncaught errors, console errors, failed requests and
 * Content-Security-Policy messages on the console. (For `securitypolicyviolation` events,
 * create the context with `recordCsp: true` and read `window.__csp`.)
 */
export function watchPage(page) {
  const problems = { pageErrors: [], consoleErrors: [], cspConsole: [], failedRequests: [] };
  page.on('pageerror', (e) => problems.pageErrors.push(String(e?.stack ?? e)));
  page.on('console', (m) => {
    const text = m.text();
    if (/Content[- ]Security[- ]Policy/i.test(text)) problems.cspConsole.push(text);
    if (m.type() === 'error') problems.consoleErrors.push(text);
  });
  page.on('requestfailed', (r) => problems.failedRequests.push(`${r.url()} (${r.failure()?.errorText})`));
  return problems;
}

/** Init script: records every securitypolicyviolation event in `window.__csp`. */
export async function recordCspViolations(context) {
  await context.addInitScript(() => {
    window.__csp = [];
    document.addEventListener(
      'securitypolicyviolation',
      (e) =>
        window.__csp.push({
          directive: e.violatedDirective,
          effective: e.effectiveDirective,
          blocked: e.blockedURI,
          source: e.sourceFile,
          line: e.lineNumber,
          sample: e.sample,
        }),
      true,
    );
  });
}

/** A short label for assertion messages. */
export function label({ url, mode, lang, viewport }) {
  const parts = [url];
  if (mode) parts.push(`mode=${mode}`);
  if (lang) parts.push(`lang=${lang}`);
  if (viewport) parts.push(`viewport=${viewport.width}x${viewport.height}`);
  return `[${parts.join(' ')}]`;
}
