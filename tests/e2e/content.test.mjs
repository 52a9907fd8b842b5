// Issue 5 browser tests: /pledge, /charter, /rights and /entitlements on a phone (375×667),
// with JavaScript on and off, in en-GB, cy and ar; axe on every page and state; the
// "Is this happening for you?" journey; the "Check what you can get" form; read-aloud;
// reflow at 320 px; right-to-left mirroring.
//
// Run from the repository root:  node --test tests/e2e/content.test.mjs

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { startServer } from './lib/server.mjs';
import { LANGS, PHONE, label, launchBrowser, newPhoneContext, watchPage } from './lib/browser.mjs';
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

const PAGES = ['/pledge', '/charter', '/rights', '/entitlements'];
const DIR = { 'en-GB': 'ltr', cy: 'ltr', ar: 'rtl' };
const T = { timeout: 120_000 };

function withLang(path, lang) {
  if (!lang) return path;
  return `${path}${path.includes('?') ? '&' : '?'}lang=${encodeURIComponent(lang)}`;
}

async function withPage(opts, fn) {
  const context = await newPhoneContext(browser, opts);
  try {
    const page = await context.newPage();
    return await fn(page, context);
  } finally {
    await context.close();
  }
}

async function visit(page, path, where) {
  const resp = await page.goto(server.baseURL + path, { waitUntil: 'load' });
  assert.ok(resp, `${where} no response for ${path}`);
  return resp;
}

async function scrollWidth(page) {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

// ---------------------------------------------------------------------------------------------

describe('content pages on a phone (375×667), JS on and off, in every language', () => {
  for (const mode of ['js', 'nojs']) {
    for (const lang of LANGS) {
      it(`${mode} ${lang}: every page shows its content and the safety chrome`, T, async () => {
        await withPage({ mode }, async (page) => {
          const problems = watchPage(page);
          for (const path of PAGES) {
            const url = withLang(path, lang);
            const where = label({ url, mode, lang, viewport: PHONE });
            const resp = await visit(page, url, where);
            assert.equal(resp.status(), 200, `${where} status`);
            assert.equal(await page.locator('html').getAttribute('lang'), lang, `${where} <html lang>`);
            assert.equal(await page.locator('html').getAttribute('dir'), DIR[lang], `${where} <html dir>`);
            assert.ok(await page.locator('main#main h1').isVisible(), `${where} h1`);
            const text = (await page.locator('main#main').innerText()).trim();
            assert.ok(text.length > 800, `${where} main has little text (${text.length} characters)`);
            assert.ok(await page.locator('aside#get-help a[href="tel:999"]').isVisible(), `${where} help panel`);
            assert.ok(await page.locator('a#quick-exit').isVisible(), `${where} quick exit`);
            assert.ok(await page.locator('section.glossary dfn').first().isVisible(), `${where} "Words we use"`);
            const notes = await page.locator('.translation-note').count();
            assert.equal(notes > 0, lang !== 'en-GB', `${where} the unreviewed-translation note (${notes})`);
            if (path === '/pledge' || path === '/charter') {
              const forms = page.locator('form.promise-check');
              assert.ok((await forms.count()) >= 7, `${where} a check form on each promise`);
              assert.equal(await page.locator('form.promise-check input[type=radio]:checked').count(), 0, `${where} nothing pre-selected`);
              assert.ok(await forms.first().locator('fieldset legend').isVisible(), `${where} legend`);
            }
            if (path === '/entitlements') {
              assert.ok(await page.locator('form.checker__form #age').isVisible(), `${where} the age field`);
              assert.equal(await page.locator('ol.timeline > li').count(), 4, `${where} the timeline: 16, 18, 21, 25`);
              assert.ok((await page.locator('li.entitlement').count()) >= 15, `${where} the full list`);
            }
          }
          assert.deepEqual(problems.pageErrors, [], `mode=${mode} lang=${lang} uncaught errors`);
        });
      });
    }
  }
});

// ---------------------------------------------------------------------------------------------

describe('accessibility: axe WCAG 2.2 AA on every new page and state', () => {
  for (const lang of LANGS) {
    for (const path of [...PAGES, '/entitlements?age=19&status=left-care&situation=education', '/entitlements?age=abc&status=left-care']) {
      const url = withLang(path, lang);
      it(`${url}: no axe violations`, T, async () => {
        const where = label({ url, mode: 'js', lang });
        await withPage({ mode: 'js', bypassCSP: true }, async (page) => {
          const resp = await visit(page, url, where);
          assert.equal(resp.status(), 200, `${where} status`);
          const v = await runAxe(page);
          assert.equal(v.length, 0, `${where} axe found ${v.length} violation(s):\n${formatViolations(v)}`);
        });
      });
    }
  }

  it('the error and thank-you states of the promise check have no axe violations', T, async () => {
    for (const lang of LANGS) {
      const url = withLang('/pledge', lang);
      const where = label({ url, mode: 'js', lang });
      await withPage({ mode: 'js', bypassCSP: true }, async (page) => {
        await visit(page, url, where);
        const first = page.locator('li.promise').first();
        await Promise.all([page.waitForLoadState('load'), page.waitForURL(/\/pledge/), first.locator('button[type=submit]').click()]);
        await page.locator('.error-summary').waitFor();
        let v = await runAxe(page);
        assert.equal(v.length, 0, `${where} (error) axe:\n${formatViolations(v)}`);
        await visit(page, withLang('/charter?answered=home', lang), where);
        v = await runAxe(page);
        assert.equal(v.length, 0, `${where} (thank-you) axe:\n${formatViolations(v)}`);
      });
    }
  });
});

// ---------------------------------------------------------------------------------------------

describe('"Is this happening for you?"', () => {
  for (const mode of ['nojs', 'js']) {
    it(`${mode}: choose an answer, send it, see the thank-you on that promise`, T, async () => {
      const url = '/pledge?lang=en-GB';
      const where = label({ url, mode, lang: 'en-GB' });
      await withPage({ mode }, async (page) => {
        await visit(page, url, where);
        const promise = page.locator('li#pledge-health-check');
        await promise.getByLabel('Sometimes', { exact: true }).check();
        await Promise.all([
          page.waitForURL(/answered=health-check/),
          promise.getByRole('button', { name: 'Send my answer' }).click(),
        ]);
        const u = new URL(page.url());
        assert.equal(u.pathname, '/pledge', `${where} back on the same page`);
        assert.equal(u.hash, '#pledge-health-check', `${where} at the promise`);
        const thanks = page.locator('li#pledge-health-check .promise-check--done');
        assert.ok(await thanks.isVisible(), `${where} thank-you`);
        assert.match(await thanks.innerText(), /Thank you/, `${where} thank-you text`);
        assert.equal(await page.locator('li#pledge-health-check form').count(), 0, `${where} the form gives way to the thank-you`);
        assert.equal(await page.locator('li#pledge-library form').count(), 1, `${where} other promises keep their form`);
        const top = await thanks.boundingBox();
        assert.ok(top && top.y < PHONE.height && top.y + top.height > 0, `${where} the thank-you is in view (${JSON.stringify(top)})`);
      });
    });

    it(`${mode}: sending with no answer shows "There is a problem", linked to the radios`, T, async () => {
      const url = '/charter?lang=cy';
      const where = label({ url, mode, lang: 'cy' });
      await withPage({ mode }, async (page) => {
        await visit(page, url, where);
        await Promise.all([
          page.waitForLoadState('load'),
          page.waitForURL(/\/charter/),
          page.locator('li#charter-believe button[type=submit]').click(),
        ]);
        await page.locator('.error-summary').waitFor();
        assert.ok((await page.title()).startsWith('Gwall: '), `${where} title "${await page.title()}"`);
        assert.match(await page.locator('.error-summary h2').innerText(), /Mae yna broblem/, `${where} summary title`);
        const link = page.locator('.error-summary a');
        assert.equal(await link.getAttribute('href'), '#charter-believe-answer', `${where} link to the field`);
        assert.ok(await page.locator('li#charter-believe .field-error').isVisible(), `${where} message at the field`);
        await link.click();
        assert.equal(await page.evaluate(() => location.hash), '#charter-believe-answer', `${where} the link goes to the radios`);
        // Then answering works.
        await page.locator('li#charter-believe').getByLabel('Ydy', { exact: true }).check();
        await Promise.all([page.waitForURL(/answered=believe/), page.locator('li#charter-believe button[type=submit]').click()]);
        assert.ok(await page.locator('li#charter-believe .promise-check--done').isVisible(), `${where} thank-you after fixing`);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('"Check what you can get"', () => {
  for (const mode of ['nojs', 'js']) {
    it(`${mode}: the form lists what applies, and a bad age gets a kind error`, T, async () => {
      const url = '/entitlements?lang=en-GB';
      const where = label({ url, mode, lang: 'en-GB' });
      await withPage({ mode }, async (page) => {
        await visit(page, url, where);
        await page.getByLabel('How old are you?').fill('19');
        await page.getByLabel('I have left care').check();
        await page.getByLabel('What are you doing now?').selectOption('education');
        await Promise.all([page.waitForURL(/age=19/), page.getByRole('button', { name: 'Show what I can get' }).click()]);
        const u = new URL(page.url());
        for (const [k, v] of [['age', '19'], ['status', 'left-care'], ['situation', 'education']]) {
          assert.equal(u.searchParams.get(k), v, `${where} ${k} in the address`);
        }
        const results = page.locator('section#results');
        assert.ok(await results.isVisible(), `${where} results`);
        const titles = await results.locator('a.results__link').allInnerTexts();
        assert.ok(titles.some((t) => t.includes('Staying Put')), `${where} Staying Put applies at 19: ${titles.join(' | ')}`);
        assert.ok(!titles.some((t) => t.includes('16 to 19 Bursary')), `${where} the 16-19 bursary ends at 18`);
        assert.equal(await page.getByLabel('How old are you?').inputValue(), '19', `${where} the age is kept`);

        await page.getByLabel('How old are you?').fill('abc');
        await Promise.all([page.waitForURL(/age=abc/), page.getByRole('button', { name: 'Show what I can get' }).click()]);
        assert.ok((await page.title()).startsWith('Error: '), `${where} title "${await page.title()}"`);
        assert.ok(await page.locator('.error-summary').isVisible(), `${where} error summary`);
        assert.equal(await page.locator('.error-summary a').getAttribute('href'), '#age');
        assert.equal(await page.getByLabel('How old are you?').inputValue(), 'abc', `${where} what was typed is kept`);
        assert.equal(await page.locator('section#results').count(), 0, `${where} no results from a bad age`);
        assert.ok((await page.locator('li.entitlement').count()) >= 15, `${where} the full list is still shown`);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('read-aloud works on the content pages', () => {
  for (const [path, lang] of [['/pledge', 'en-GB'], ['/charter', 'cy'], ['/rights', 'ar'], ['/entitlements', 'en-GB']]) {
    const url = withLang(path, lang);
    it(`${url}: reads the page in its language`, T, async () => {
      const where = label({ url, mode: 'js', lang });
      await withPage({ mode: 'js', speechLang: lang }, async (page) => {
        await visit(page, url, where);
        const button = page.locator('button#read-aloud');
        await button.waitFor({ state: 'visible', timeout: 20_000 }).catch(() => assert.fail(`${where} read-aloud never appeared`));
        const h1 = (await page.locator('main h1').first().innerText()).trim();
        await button.click();
        const spoken = await page.waitForFunction(() => window.__spoken, null, { timeout: 5_000 }).then((h) => h.jsonValue());
        assert.equal(spoken.lang, lang, `${where} utterance language`);
        assert.ok(String(spoken.text).includes(h1), `${where} the utterance should contain "${h1}"`);
      });
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('layout', () => {
  const viewport = { width: 320, height: 640 };
  for (const lang of LANGS) {
    it(`${lang}: no horizontal scroll at 320 px`, T, async () => {
      await withPage({ mode: 'js', viewport }, async (page) => {
        const failures = [];
        const paths = [...PAGES, '/entitlements?age=abc&status=left-care&situation=higher-education', '/pledge?answered=library'];
        for (const path of paths) {
          const url = withLang(path, lang);
          await visit(page, url, label({ url, lang, viewport }));
          const sw = await scrollWidth(page);
          if (sw > viewport.width) failures.push(`${url}: scrollWidth ${sw}`);
        }
        assert.deepEqual(failures, [], `horizontal scroll at 320 px:\n${failures.join('\n')}`);
      });
    });
  }

  for (const mode of ['js', 'nojs']) {
    it(`${mode}: the answer radios mirror in Arabic (radio at the inline start of its label)`, T, async () => {
      await withPage({ mode }, async (page) => {
        for (const [lang, radioFirst] of [['en-GB', 'left'], ['ar', 'right']]) {
          const url = withLang('/pledge', lang);
          await visit(page, url, label({ url, mode, lang }));
          const radio = await page.locator('#pledge-know-your-worker-answer').boundingBox();
          const text = await page.locator('label[for="pledge-know-your-worker-answer"]').boundingBox();
          const side = radio.x < text.x ? 'left' : 'right';
          assert.equal(side, radioFirst, `${url} mode=${mode}: the radio should be on the ${radioFirst} of its label`);
        }
      });
    });
  }

  it('answer targets are at least 44 px tall', T, async () => {
    await withPage({ mode: 'js' }, async (page) => {
      await visit(page, '/pledge?lang=en-GB', '/pledge');
      for (const sel of ['label[for="pledge-know-your-worker-answer"]', 'li#pledge-know-your-worker button[type=submit]']) {
        const box = await page.locator(sel).boundingBox();
        assert.ok(box && box.height >= 44, `${sel} is ${box?.height}px tall`);
      }
    });
  });
});
