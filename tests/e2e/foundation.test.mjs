// Foundation browser tests: the page chrome every young-person page shares (language,
// direction, help panel, quick exit, read-aloud, skip link, footer), in the three modes
// (JS on, WebAssembly blocked, JS off) at a phone viewport, plus accessibility (axe),
// right-to-left layout, reflow at 320 px and the Content-Security-Policy during hydration.
//
// Run from the repository root:  node --test tests/e2e/

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { startServer } from './lib/server.mjs';
import {
  LANGS,
  MODES,
  NEUTRAL_BODY,
  PHONE,
  QUICK_EXIT_URL,
  label,
  launchBrowser,
  newPhoneContext,
  watchPage,
} from './lib/browser.mjs';
import { formatViolations, runAxe } from './lib/axe.mjs';

/** @type {{baseURL: string, stop: () => Promise<void>, log: () => string}} */
let server;
/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const PAGES = ['/', '/help', '/privacy', '/accessibility'];
const NOT_FOUND = '/no-such-page-e2e';
const DIR = { 'en-GB': 'ltr', cy: 'ltr', ar: 'rtl' };
const T = { timeout: 90_000 };

/** `path` with `?lang=` added (or not, when lang is null). */
function withLang(path, lang) {
  if (!lang) return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(lang)}`;
}

/** Opens a fresh context, runs `fn(page, context)`, and always closes the context. */
async function withPage(opts, fn) {
  const context = await newPhoneContext(browser, opts);
  try {
    const page = await context.newPage();
    return await fn(page, context);
  } finally {
    await context.close();
  }
}

/** Navigates and returns the response, with a readable error when there is none. */
async function visit(page, path, where) {
  const resp = await page.goto(server.baseURL + path, { waitUntil: 'load' });
  assert.ok(resp, `${where} no response for ${path}`);
  return resp;
}

/** The horizontal overflow, and the elements that stick out past the viewport's right/left edge. */
async function overflow(page) {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const sw = document.documentElement.scrollWidth;
    const culprits = [];
    if (sw > vw) {
      for (const el of document.body.querySelectorAll('*')) {
        const r = el.getBoundingClientRect();
        if (r.width > 0 && (r.right > vw + 0.5 || r.left < -0.5)) {
          const id = el.id ? `#${el.id}` : '';
          const cls = typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : '';
          culprits.push(`${el.tagName.toLowerCase()}${id}${cls} [${Math.round(r.left)}..${Math.round(r.right)}]`);
          if (culprits.length >= 8) break;
        }
      }
    }
    return { scrollWidth: sw, clientWidth: vw, innerWidth: window.innerWidth, culprits };
  });
}

/** Fails with a hint when the HTML carries no hydration script (site built without wasm). */
function assertHasHydration(html, where) {
  const js = html.match(/\/pkg\/app\.[A-Za-z0-9_-]+\.js/);
  const wasm = html.match(/\/pkg\/app\.[A-Za-z0-9_-]+_bg\.wasm/) || html.match(/_bg\.wasm/);
  assert.ok(
    js && wasm,
    `${where} the HTML has no hydration script for /pkg/app.<hash>.js and /pkg/app.<hash>_bg.wasm ` +
      '(is target/site built with the WebAssembly? target/site/pkg/manifest.json needs output_name)',
  );
}

// ---------------------------------------------------------------------------------------------

describe('home page on a phone (375×667) in every mode and language', () => {
  for (const mode of MODES) {
    for (const lang of LANGS) {
      it(`${mode} ${lang}: the page and its safety chrome are all there`, T, async () => {
        const path = withLang('/', lang);
        const where = label({ url: path, mode, lang, viewport: PHONE });
        await withPage({ mode }, async (page) => {
          const resp = await visit(page, path, where);
          assert.equal(resp.status(), 200, `${where} status`);

          // Language and direction.
          const html = page.locator('html');
          assert.equal(await html.getAttribute('lang'), lang, `${where} <html lang>`);
          assert.equal(await html.getAttribute('dir'), DIR[lang], `${where} <html dir>`);

          // Heading, skip link, header, main.
          assert.ok(await page.locator('h1').first().isVisible(), `${where} h1 is not visible`);
          assert.equal(await page.locator('a.skip-link[href="#main"]').count(), 1, `${where} skip link a.skip-link[href="#main"]`);
          assert.equal(await page.locator('main#main').count(), 1, `${where} main#main`);
          assert.ok(
            await page.locator('header.site-header .site-name__council').isVisible(),
            `${where} header.site-header .site-name__council is not visible`,
          );

          // Help panel: 999, Childline and a third number, all visible.
          const help = page.locator('aside#get-help');
          assert.ok(await help.isVisible(), `${where} aside#get-help is not visible`);
          assert.ok(await help.locator('a[href="tel:999"]').isVisible(), `${where} help panel: tel:999 not visible`);
          assert.ok(await help.locator('a[href="tel:08001111"]').isVisible(), `${where} help panel: tel:08001111 not visible`);
          const tels = help.locator('a[href^="tel:"]');
          const telCount = await tels.count();
          assert.ok(telCount >= 3, `${where} help panel has ${telCount} tel: links, expected 3`);
          for (let i = 0; i < telCount; i++) {
            assert.ok(await tels.nth(i).isVisible(), `${where} help panel tel link #${i + 1} (${await tels.nth(i).getAttribute('href')}) not visible`);
          }

          // Quick exit.
          const exit = page.locator('a#quick-exit');
          assert.ok(await exit.isVisible(), `${where} a#quick-exit is not visible`);
          assert.equal(await exit.getAttribute('href'), QUICK_EXIT_URL, `${where} a#quick-exit href`);

          // Language switcher: plain links, the chosen one marked.
          const links = page.locator('nav.lang-switcher a[hreflang]');
          const hreflangs = await links.evaluateAll((as) => as.map((a) => [a.getAttribute('hreflang'), a.getAttribute('href'), a.getAttribute('aria-current')]));
          for (const l of LANGS) {
            const found = hreflangs.find(([h]) => h === l);
            assert.ok(found, `${where} language switcher has no link for ${l} (has ${JSON.stringify(hreflangs)})`);
            assert.match(found[1], new RegExp(`[?&]lang=${l}(&|$)`), `${where} language link for ${l} href`);
            if (l === lang) assert.equal(found[2], 'true', `${where} the ${l} link should have aria-current="true"`);
            else assert.notEqual(found[2], 'true', `${where} the ${l} link should not have aria-current`);
          }

          // Footer.
          assert.ok(await page.locator('footer a[href="/privacy"]').count(), `${where} footer link to /privacy`);
          assert.ok(await page.locator('footer a[href="/accessibility"]').count(), `${where} footer link to /accessibility`);

          // Read-aloud is in the HTML but hidden until hydration proves a voice exists.
          assert.equal(await page.locator('button#read-aloud').count(), 1, `${where} button#read-aloud is missing`);
          if (mode !== 'js') {
            assert.equal(await page.locator('button#read-aloud').isVisible(), false, `${where} read-aloud must stay hidden without hydration`);
          }

          // No horizontal scrolling.
          const o = await overflow(page);
          assert.ok(
            o.scrollWidth <= PHONE.width,
            `${where} horizontal scroll: scrollWidth ${o.scrollWidth} > ${PHONE.width}; wide elements: ${o.culprits.join(', ')}`,
          );
        });
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------

describe('hydration (JS on)', () => {
  it('loads /pkg/app.<hash>.js and /pkg/app.<hash>_bg.wasm', T, async () => {
    const where = label({ url: '/?lang=en-GB', mode: 'js', lang: 'en-GB' });
    await withPage({ mode: 'js' }, async (page) => {
      const seen = [];
      page.on('request', (r) => seen.push(r.url()));
      const isJs = (r) => /\/pkg\/app\.[^/]+\.js$/.test(new URL(r.url()).pathname);
      const isWasm = (r) => new URL(r.url()).pathname.endsWith('.wasm');
      const jsDone = page.waitForResponse(isJs, { timeout: 20_000 }).catch(() => null);
      const wasmDone = page.waitForResponse(isWasm, { timeout: 20_000 }).catch(() => null);
      const resp = await visit(page, '/?lang=en-GB', where);
      assertHasHydration(await resp.text(), where);
      const [js, wasm] = await Promise.all([jsDone, wasmDone]);
      const got = seen.filter((u) => u.includes('/pkg/')).join(', ') || 'nothing under /pkg/';
      assert.ok(js, `${where} /pkg/app.<hash>.js was not loaded within 20 s (requested: ${got})`);
      assert.ok(wasm, `${where} /pkg/app.<hash>_bg.wasm was not loaded within 20 s (requested: ${got})`);
      assert.equal(js.status(), 200, `${where} ${js.url()} status`);
      assert.match(String(js.headers()['content-type']), /javascript/, `${where} ${js.url()} content-type`);
      assert.match(new URL(wasm.url()).pathname, /^\/pkg\/app\.[^/]+_bg\.wasm$/, `${where} wasm path`);
      assert.equal(wasm.status(), 200, `${where} ${wasm.url()} status`);
      assert.match(String(wasm.headers()['content-type']), /application\/wasm/, `${where} ${wasm.url()} content-type`);
    });
  });

  for (const lang of LANGS) {
    it(`${lang}: read-aloud appears when a voice exists and speaks <main> in the page language`, T, async () => {
      const path = withLang('/', lang);
      const where = label({ url: path, mode: 'js', lang });
      await withPage({ mode: 'js', speechLang: lang }, async (page) => {
        const problems = watchPage(page);
        const resp = await visit(page, path, where);
        assertHasHydration(await resp.text(), where);
        const button = page.locator('button#read-aloud');
        try {
          await button.waitFor({ state: 'visible', timeout: 20_000 });
        } catch {
          const calls = await page.evaluate(() => window.__getVoicesCalls);
          assert.fail(
            `${where} button#read-aloud did not become visible within 20 s although speechSynthesis has a ${lang} voice ` +
              `(getVoices() called ${calls} times; page errors: ${problems.pageErrors.join(' | ') || 'none'}; ` +
              `console errors: ${problems.consoleErrors.join(' | ') || 'none'})`,
          );
        }
        const h1 = (await page.locator('main h1').first().innerText()).trim();
        await button.click();
        const spoken = await page
          .waitForFunction(() => window.__spoken, null, { timeout: 5_000 })
          .then((h) => h.jsonValue())
          .catch(() => null);
        assert.ok(spoken, `${where} clicking read-aloud did not call speechSynthesis.speak()`);
        assert.equal(spoken.lang, lang, `${where} utterance.lang`);
        assert.ok(
          String(spoken.text).includes(h1),
          `${where} the utterance text should contain the h1 "${h1}"; it was: ${JSON.stringify(String(spoken.text).slice(0, 200))}`,
        );
        assert.deepEqual(problems.pageErrors, [], `${where} uncaught errors in the page`);
      });
    });
  }

  it('read-aloud stays hidden when there is no voice for the page language', T, async () => {
    const path = withLang('/', 'cy');
    const where = label({ url: path, mode: 'js', lang: 'cy' }) + ' (only an en-GB voice)';
    await withPage({ mode: 'js', speechLang: 'en-GB' }, async (page) => {
      const resp = await visit(page, path, where);
      assertHasHydration(await resp.text(), where);
      // The island asks for voices when it hydrates: that is the signal that hydration ran.
      await page
        .waitForFunction(() => window.__getVoicesCalls > 0, null, { timeout: 20_000 })
        .catch(() => assert.fail(`${where} the read-aloud island never called speechSynthesis.getVoices() (did it hydrate?)`));
      await page.waitForTimeout(500);
      assert.equal(await page.locator('button#read-aloud').isVisible(), false, `${where} read-aloud must stay hidden`);
    });
  });

  it('quick exit replaces history: Back does not return to the site', T, async () => {
    const where = label({ url: '/?lang=en-GB', mode: 'js', lang: 'en-GB' });
    await withPage({ mode: 'js', speechLang: 'en-GB' }, async (page) => {
      const resp = await visit(page, '/?lang=en-GB', where);
      assertHasHydration(await resp.text(), where);
      // Wait until the islands have hydrated (the quick exit comes before read-aloud).
      await page
        .locator('button#read-aloud')
        .waitFor({ state: 'visible', timeout: 20_000 })
        .catch(() => assert.fail(`${where} the islands did not hydrate within 20 s (read-aloud never became visible)`));
      await Promise.all([page.waitForURL(QUICK_EXIT_URL, { timeout: 10_000 }), page.locator('a#quick-exit').click()]);
      assert.equal(page.url(), QUICK_EXIT_URL, `${where} quick exit should land on ${QUICK_EXIT_URL}`);
      assert.equal(await page.content().then((c) => c.includes('Weather')), true, `${where} the neutral page should show`);
      await page.goBack({ timeout: 5_000 }).catch(() => null);
      await page.waitForTimeout(300);
      assert.ok(
        !page.url().startsWith(server.baseURL),
        `${where} after the quick exit, Back returned to the site (${page.url()}): the quick exit must use location.replace()`,
      );
    });
  });

  it('no CSP violations and no uncaught errors while the islands hydrate (CSP enforced, not bypassed)', T, async () => {
    for (const lang of ['en-GB', 'ar']) {
      const path = withLang('/', lang);
      const where = label({ url: path, mode: 'js', lang }) + ' (bypassCSP off)';
      await withPage({ mode: 'js', speechLang: lang, bypassCSP: false, recordCsp: true }, async (page) => {
        const problems = watchPage(page);
        const resp = await visit(page, path, where);
        const csp = resp.headers()['content-security-policy'];
        assert.ok(csp, `${where} the response has no Content-Security-Policy header`);
        assertHasHydration(await resp.text(), where);
        await page
          .locator('button#read-aloud')
          .waitFor({ state: 'visible', timeout: 20_000 })
          .catch(() =>
            assert.fail(
              `${where} the islands did not hydrate under the CSP (read-aloud never became visible). ` +
                `CSP: ${csp}\nconsole CSP messages: ${problems.cspConsole.join(' | ') || 'none'}\npage errors: ${problems.pageErrors.join(' | ') || 'none'}`,
            ),
          );
        await page.waitForTimeout(300);
        const events = await page.evaluate(() => window.__csp);
        assert.deepEqual(events, [], `${where} securitypolicyviolation events (CSP: ${csp})`);
        assert.deepEqual(problems.cspConsole, [], `${where} CSP messages on the console`);
        assert.deepEqual(problems.pageErrors, [], `${where} uncaught errors in the page`);

        // Control: the policy is really enforced here, and the recorder really sees violations.
        const control = await page.evaluate(async () => {
          const s = document.createElement('script');
          s.textContent = 'window.__injected = true;';
          document.head.appendChild(s);
          await new Promise((r) => setTimeout(r, 100));
          return { injected: window.__injected === true, events: window.__csp.length };
        });
        assert.equal(control.injected, false, `${where} an inline script without the nonce ran: the CSP is not enforced`);
        assert.ok(control.events > 0, `${where} the securitypolicyviolation recorder saw nothing for a blocked inline script`);
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('without hydration', () => {
  it('nowasm: everything shows, read-aloud stays hidden, quick exit is a plain link', T, async () => {
    const where = label({ url: '/?lang=en-GB', mode: 'nowasm', lang: 'en-GB' });
    await withPage({ mode: 'nowasm', speechLang: 'en-GB' }, async (page) => {
      const blocked = page.waitForEvent('requestfailed', { predicate: (r) => r.url().endsWith('.wasm'), timeout: 20_000 }).catch(() => null);
      const resp = await visit(page, '/?lang=en-GB', where);
      assertHasHydration(await resp.text(), where);
      assert.ok(await blocked, `${where} the page never asked for its .wasm (so this mode tests nothing)`);
      await page.waitForTimeout(1_000);
      assert.ok(await page.locator('h1').first().isVisible(), `${where} h1`);
      assert.ok(await page.locator('aside#get-help').isVisible(), `${where} help panel`);
      assert.ok(await page.locator('a#quick-exit').isVisible(), `${where} quick exit`);
      assert.equal(await page.locator('button#read-aloud').isVisible(), false, `${where} read-aloud must stay hidden when the wasm fails`);
      assert.equal(await page.evaluate(() => window.__getVoicesCalls), 0, `${where} nothing should have asked for voices`);
      // The quick exit still leaves (as a plain link).
      await Promise.all([page.waitForURL(QUICK_EXIT_URL, { timeout: 10_000 }), page.locator('a#quick-exit').click()]);
      assert.equal(page.url(), QUICK_EXIT_URL, `${where} quick exit should land on ${QUICK_EXIT_URL}`);
    });
  });

  it('nojs: read-aloud stays hidden; quick exit is a plain link, so Back returns to the site', T, async () => {
    const where = label({ url: '/?lang=en-GB', mode: 'nojs', lang: 'en-GB' });
    await withPage({ mode: 'nojs' }, async (page) => {
      await visit(page, '/?lang=en-GB', where);
      assert.equal(await page.locator('button#read-aloud').isVisible(), false, `${where} read-aloud must stay hidden`);
      await Promise.all([page.waitForURL(QUICK_EXIT_URL, { timeout: 10_000 }), page.locator('a#quick-exit').click()]);
      assert.equal(page.url(), QUICK_EXIT_URL, `${where} quick exit should land on ${QUICK_EXIT_URL}`);
      assert.ok((await page.content()).includes('Weather'), `${where} the neutral page (${NEUTRAL_BODY}) should show`);
      const back = await page.goBack({ timeout: 10_000 });
      assert.ok(back, `${where} Back did nothing`);
      assert.equal(page.url(), `${server.baseURL}/?lang=en-GB`, `${where} Back should return to the site without JS`);
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('accessibility: axe WCAG 2.2 AA (JS on, phone)', () => {
  for (const lang of LANGS) {
    for (const path of [...PAGES, NOT_FOUND]) {
      const url = withLang(path, lang);
      it(`${url}: no axe violations`, T, async () => {
        const where = label({ url, mode: 'js', lang });
        await withPage({ mode: 'js', bypassCSP: true }, async (page) => {
          const resp = await visit(page, url, where);
          assert.equal(resp.status(), path === NOT_FOUND ? 404 : 200, `${where} status`);
          assert.equal(await page.locator('html').getAttribute('lang'), lang, `${where} <html lang>`);
          assert.ok(await page.locator('h1').first().isVisible(), `${where} h1`);
          const violations = await runAxe(page);
          assert.equal(violations.length, 0, `${where} axe found ${violations.length} violation(s):\n${formatViolations(violations)}`);
        });
      });
    }
  }

  it('nojs: the same pages have their content without JavaScript (axe ran on them above with JS on)', T, async () => {
    await withPage({ mode: 'nojs' }, async (page) => {
      for (const lang of LANGS) {
        for (const path of [...PAGES, NOT_FOUND]) {
          const url = withLang(path, lang);
          const where = label({ url, mode: 'nojs', lang });
          const resp = await visit(page, url, where);
          assert.equal(resp.status(), path === NOT_FOUND ? 404 : 200, `${where} status`);
          assert.equal(await page.locator('html').getAttribute('lang'), lang, `${where} <html lang>`);
          assert.ok(await page.locator('main#main h1').first().isVisible(), `${where} main h1`);
          const text = (await page.locator('main#main').innerText()).trim();
          assert.ok(text.length > 40, `${where} main has almost no text: ${JSON.stringify(text)}`);
          assert.ok(await page.locator('aside#get-help a[href="tel:999"]').isVisible(), `${where} help panel`);
          assert.ok(await page.locator('a#quick-exit').isVisible(), `${where} quick exit`);
        }
      }
    });
  });
});

// ---------------------------------------------------------------------------------------------

describe('right-to-left (Arabic)', () => {
  /** The quick exit's box, and which edge of the viewport it hugs, in `lang`. */
  async function quickExitBox(page, mode, lang) {
    const url = withLang('/', lang);
    const where = label({ url, mode, lang, viewport: PHONE });
    await visit(page, url, where);
    assert.equal(await page.locator('html').getAttribute('dir'), DIR[lang], `${where} <html dir>`);
    const box = await page.locator('a#quick-exit').boundingBox();
    assert.ok(box, `${where} a#quick-exit has no box`);
    const left = box.x;
    const right = PHONE.width - (box.x + box.width);
    return {
      where,
      box,
      centre: box.x + box.width / 2,
      hugs: left < right ? 'left' : 'right',
      text: `x=${Math.round(box.x)}..${Math.round(box.x + box.width)}, y=${Math.round(box.y)} (viewport ${PHONE.width} wide)`,
    };
  }

  for (const mode of ['js', 'nojs']) {
    it(`${mode}: the header mirrors (the quick exit hugs opposite edges in ar and en-GB)`, T, async () => {
      await withPage({ mode }, async (page) => {
        const ar = await quickExitBox(page, mode, 'ar');
        const en = await quickExitBox(page, mode, 'en-GB');
        assert.notEqual(
          ar.hugs,
          en.hugs,
          `${ar.where} the layout does not mirror: the quick exit hugs the ${ar.hugs} edge in ar (${ar.text}) and in en-GB (${en.text})`,
        );
      });
    });

    it(`${mode}: the quick exit is on the LEFT half in ar and the RIGHT half in en-GB`, T, async () => {
      await withPage({ mode }, async (page) => {
        for (const [lang, side] of [['ar', 'left'], ['en-GB', 'right']]) {
          const q = await quickExitBox(page, mode, lang);
          const actual = q.centre < PHONE.width / 2 ? 'left' : 'right';
          assert.equal(actual, side, `${q.where} the quick exit should be on the ${side} half (inline end); its box is ${q.text}`);
        }
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('language choice persists (lang cookie)', () => {
  for (const mode of ['js', 'nojs']) {
    it(`${mode}: /?lang=cy then /help without a query stays in Welsh`, T, async () => {
      await withPage({ mode }, async (page) => {
        const where1 = label({ url: '/?lang=cy', mode, lang: 'cy' });
        await visit(page, '/?lang=cy', where1);
        assert.equal(await page.locator('html').getAttribute('lang'), 'cy', `${where1} <html lang>`);
        const where2 = label({ url: '/help', mode }) + ' (after choosing cy)';
        const resp = await visit(page, '/help', where2);
        assert.equal(resp.status(), 200, `${where2} status`);
        assert.equal(await page.locator('html').getAttribute('lang'), 'cy', `${where2} <html lang> should stay cy`);
        assert.equal(
          await page.locator('nav.lang-switcher a[hreflang="cy"]').getAttribute('aria-current'),
          'true',
          `${where2} the cy link should be aria-current`,
        );
        // And choosing again by link switches back.
        await Promise.all([page.waitForURL(/lang=en-GB/), page.locator('nav.lang-switcher a[hreflang="en-GB"]').click()]);
        await visit(page, '/privacy', label({ url: '/privacy', mode }));
        assert.equal(await page.locator('html').getAttribute('lang'), 'en-GB', `${label({ url: '/privacy', mode })} after choosing en-GB by link`);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('reflow: 320×640 (200% zoom) has no horizontal scroll', () => {
  const viewport = { width: 320, height: 640 };
  for (const lang of LANGS) {
    it(`${lang}: every page fits in 320 px`, T, async () => {
      await withPage({ mode: 'js', viewport }, async (page) => {
        const failures = [];
        for (const path of [...PAGES, NOT_FOUND]) {
          const url = withLang(path, lang);
          const where = label({ url, mode: 'js', lang, viewport });
          await visit(page, url, where);
          const o = await overflow(page);
          if (o.scrollWidth > viewport.width) {
            failures.push(`${where} scrollWidth ${o.scrollWidth} > ${viewport.width}; wide elements: ${o.culprits.join(', ')}`);
          }
        }
        assert.deepEqual(failures, [], `horizontal scroll at 320 px:\n${failures.join('\n')}`);
      });
    });
  }
});
