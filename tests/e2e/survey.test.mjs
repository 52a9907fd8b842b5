// The survey journey in a phone browser (375×667):
//
//   every age band from start to "sent" with JavaScript off, in English;
//   with JavaScript on (the SurveyNav island moves between pages without a reload, same
//   addresses) in Welsh, Arabic and English, with axe on every page on the way;
//   with the WebAssembly blocked (the forms still post);
//   save and come back on a second browser; a double-clicked send stores one response;
//   the safety path makes a contact request that nothing links to the response;
//   and, last, a look at the database: no address, browser or time finer than a day.
//
// Run from the repository root:  node --test tests/e2e/survey.test.mjs
// (needs target/debug/care-voice and target/site; reads the server's own SQLite file, so it
// cannot run against BASE_URL.)

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';

import { startServer } from './lib/server.mjs';
import { label, launchBrowser, newPhoneContext, watchPage } from './lib/browser.mjs';
import { formatViolations, runAxe } from './lib/axe.mjs';
import { answerAll, answerQuestion, dbAllValues, dbQuery, surveyBase } from './lib/survey.mjs';

const T = { timeout: 240_000 };
const SKIP = process.env.BASE_URL && 'BASE_URL is set: these tests read the server’s own database';
const BANDS = ['4-7', '8-11', '11-17', 'care-leavers'];
const DIR = { 'en-GB': 'ltr', cy: 'ltr', ar: 'rtl' };

let server;
let browser;

before(async () => {
  if (SKIP) return;
  // One browser makes many posts from one address: lift the per-address limit for the tests.
  server = await startServer({ env: { CARE_VOICE_PUBLIC_POSTS_PER_MINUTE: '100000' } });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function withPage(opts, fn) {
  const context = await newPhoneContext(browser, opts);
  try {
    const page = await context.newPage();
    return await fn(page, context);
  } finally {
    await context.close();
  }
}

async function responses() {
  return (await dbQuery(server.databasePath, 'SELECT COUNT(*) AS n FROM survey_responses'))[0].n;
}

async function expectAxeClean(page, where) {
  const v = await runAxe(page);
  assert.equal(v.length, 0, `${where} axe:\n${formatViolations(v)}`);
}

/** From /survey to "sent" for one band. `check(page, where)` runs on every page. */
async function journey(page, { band, lang, mode, check = async () => {} }) {
  const base = surveyBase(band);
  const where = (p) => label({ url: p, mode, lang });
  await page.goto(`${server.baseURL}/survey?lang=${lang}`);
  assert.equal(await page.locator('html').getAttribute('lang'), lang, where('/survey'));
  assert.equal(await page.locator('html').getAttribute('dir'), DIR[lang], where('/survey'));
  await check(page, where('/survey'));
  await Promise.all([page.waitForURL((u) => u.pathname === base), page.locator(`a[href="${base}"]`).click()]);
  await check(page, where(base));
  if (lang !== 'en-GB') {
    assert.ok(await page.locator('.notice--translation').isVisible(), `${where(base)} unreviewed translation flagged`);
  }
  if (band === '4-7') await page.locator('input[name="helper"][value="advocate"]').check();
  await Promise.all([page.waitForURL((u) => u.pathname === `${base}/q/1`), page.locator('.button--start').click()]);
  if (mode === 'js') {
    await page.waitForSelector('html[data-survey-nav="on"]', { state: 'attached' });
    await page.evaluate(() => { window.__sameDocument = true; });
  }
  const total = await answerAll(page, { base, onPage: (p, n) => check(p, where(`${base}/q/${n}`)) });
  await check(page, where(`${base}/check`));
  assert.equal(await page.locator('.summary__action a').count(), total, `${where(`${base}/check`)} a Change link per question`);
  await Promise.all([page.waitForURL((u) => u.pathname === `${base}/sent`), page.locator('button[value="send"]').click()]);
  assert.ok(await page.locator('.panel--confirmation h1').isVisible(), `${where(`${base}/sent`)} confirmation`);
  await check(page, where(`${base}/sent`));
  if (mode === 'js') {
    const same = await page.evaluate(() => window.__sameDocument === true);
    assert.ok(same, `${where(base)} JS on: moved between questions without a full page load`);
  }
  return total;
}

describe('survey journeys', { skip: SKIP }, () => {
  for (const band of BANDS) {
    it(`nojs en-GB: band ${band} from start to sent`, T, async () => {
      const before = await responses();
      await withPage({ mode: 'nojs' }, (page) => journey(page, { band, lang: 'en-GB', mode: 'nojs' }));
      assert.equal(await responses(), before + 1);
    });
  }

  for (const [band, lang] of [['8-11', 'cy'], ['care-leavers', 'ar'], ['4-7', 'en-GB'], ['11-17', 'en-GB']]) {
    it(`js ${lang}: band ${band} without reloads, axe clean on every page`, T, async () => {
      await withPage({ mode: 'js', bypassCSP: true }, async (page) => {
        const problems = watchPage(page);
        await journey(page, { band, lang, mode: 'js', check: (p, where) => expectAxeClean(p, where) });
        assert.deepEqual(problems.pageErrors, [], 'no uncaught errors');
      });
    });
  }

  it('nowasm en-GB: band 8-11 still works as plain posts', T, async () => {
    const before = await responses();
    await withPage({ mode: 'nowasm' }, (page) => journey(page, { band: '8-11', lang: 'en-GB', mode: 'nowasm' }));
    assert.equal(await responses(), before + 1);
  });

  it('js: Back and Forward show the right question after moving without reloads', T, async () => {
    await withPage({ mode: 'js' }, async (page) => {
      const base = surveyBase('8-11');
      await page.goto(`${server.baseURL}${base}?lang=en-GB`);
      await Promise.all([page.waitForURL(`**${base}/q/1`), page.locator('.button--start').click()]);
      await page.waitForSelector('html[data-survey-nav="on"]', { state: 'attached' });
      await answerQuestion(page, `${base}/q/2`);
      await answerQuestion(page, `${base}/q/3`);
      await page.goBack();
      await page.waitForURL(`**${base}/q/2`);
      await page.locator('.caption', { hasText: 'Question 2 of 20' }).waitFor();
      await page.locator('a.back-link').click();
      await page.waitForURL(`**${base}/q/1`);
      assert.ok(await page.locator('input[name="answer"]').first().isChecked(), 'the earlier answer is shown');
    });
  });
});

describe('survey: save, resume, send once, safety', { skip: SKIP }, () => {
  it('save and come back: a resume code carries the draft to a second browser', T, async () => {
    const base = surveyBase('11-17');
    const code = await withPage({ mode: 'js', bypassCSP: true }, async (page) => {
      await page.goto(`${server.baseURL}${base}?lang=en-GB`);
      await Promise.all([page.waitForURL(`**${base}/q/1`), page.locator('.button--start').click()]);
      await page.waitForSelector('html[data-survey-nav="on"]', { state: 'attached' });
      await answerQuestion(page, `${base}/q/2`);
      await answerQuestion(page, `${base}/q/3`);
      await Promise.all([page.waitForURL(`**${base}/save`), page.locator('button[value="save"]').click()]);
      await expectAxeClean(page, `[${base}/save mode=js]`);
      await page.locator('form button.button').click();
      await page.locator('#resume-code').waitFor();
      await expectAxeClean(page, `[${base}/save code shown mode=js]`);
      return (await page.locator('#resume-code').innerText()).trim();
    });
    assert.match(code, /^[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{3}$/);
    const before = await responses();
    await withPage({ mode: 'nojs' }, async (page) => {
      await page.goto(`${server.baseURL}/survey/resume?lang=en-GB`);
      await page.locator('#code').fill('KDM-7QX-P4T');
      await page.locator('form button.button').click();
      assert.ok(await page.locator('.error-summary').isVisible(), 'a wrong code is refused on the same page');
      assert.match(await page.title(), /^Error: /);
      await page.locator('#code').fill(code.toLowerCase().replaceAll('-', ' '));
      await Promise.all([page.waitForURL(`**${base}/q/3`), page.locator('form button.button').click()]);
      await answerAll(page, { base, from: 3 });
      const answered = await page.locator('.summary__value').allInnerTexts();
      assert.notEqual(answered[0], 'Not answered', 'the first browser’s answers came along');
      await Promise.all([page.waitForURL(`**${base}/sent`), page.locator('button[value="send"]').click()]);
    });
    assert.equal(await responses(), before + 1);
  });

  it('a double-clicked send stores one response', T, async () => {
    const base = surveyBase('8-11');
    const before = await responses();
    await withPage({ mode: 'nojs' }, async (page) => {
      await page.goto(`${server.baseURL}${base}?lang=en-GB`);
      await Promise.all([page.waitForURL(`**${base}/q/1`), page.locator('.button--start').click()]);
      await answerQuestion(page, `${base}/q/2`);
      await page.goto(`${server.baseURL}${base}/check`);
      await page.locator('button[value="send"]').dblclick();
      await page.waitForURL(`**${base}/sent`);
    });
    await withPage({ mode: 'js' }, async (page) => {
      await page.goto(`${server.baseURL}${base}?lang=en-GB`);
      await Promise.all([page.waitForURL(`**${base}/q/1`), page.locator('.button--start').click()]);
      await page.goto(`${server.baseURL}${base}/check`);
      await page.waitForSelector('html[data-survey-nav="on"]', { state: 'attached' });
      await page.locator('button[value="send"]').dblclick();
      await page.waitForURL(`**${base}/sent`);
    });
    assert.equal(await responses(), before + 2, 'one response per survey, however often Send is pressed');
  });

  it('text over the limit is refused on the same page with the words kept', T, async () => {
    const base = surveyBase('care-leavers');
    await withPage({ mode: 'js', bypassCSP: true }, async (page) => {
      await page.goto(`${server.baseURL}${base}?lang=en-GB`);
      await Promise.all([page.waitForURL(`**${base}/q/1`), page.locator('.button--start').click()]);
      await page.waitForSelector('html[data-survey-nav="on"]', { state: 'attached' });
      await page.goto(`${server.baseURL}${base}/q/25`);
      await page.waitForSelector('html[data-survey-nav="on"]', { state: 'attached' });
      const long = 'word '.repeat(120);
      await page.locator('textarea[name="answer"]').fill(long);
      await page.locator('button[value="continue"]').click();
      await page.locator('.error-summary').waitFor();
      assert.match(await page.title(), /^Error: /);
      assert.equal(await page.locator('textarea[name="answer"]').inputValue(), long, 'exactly as typed');
      assert.ok(page.url().endsWith(`${base}/q/25`), 'the same address');
      await expectAxeClean(page, `[${base}/q/25 error mode=js]`);
    });
  });

  for (const mode of ['nojs', 'js']) {
    it(`${mode}: the safety path offers help now and a contact request that is not linked to the answers`, T, async () => {
      const base = surveyBase('8-11');
      const before = (await dbQuery(server.databasePath, 'SELECT COUNT(*) AS n FROM contact_requests'))[0].n;
      const name = mode === 'js' ? 'Ptolemy Quince' : 'Zenobia Marsh';
      await withPage({ mode, bypassCSP: mode === 'js' }, async (page) => {
        const check = (where) => (mode === 'js' ? expectAxeClean(page, where) : Promise.resolve());
        await page.goto(`${server.baseURL}${base}?lang=en-GB`);
        await Promise.all([page.waitForURL(`**${base}/q/1`), page.locator('.button--start').click()]);
        if (mode === 'js') await page.waitForSelector('html[data-survey-nav="on"]', { state: 'attached' });
        await page.locator('input[name="answer"][value="hardly-ever"]').check();
        await Promise.all([page.waitForURL(`**${base}/q/1/help`), page.locator('button[value="continue"]').click()]);
        for (const tel of ['tel:999', 'tel:08001111']) {
          assert.ok(await page.locator(`#survey-page a[href="${tel}"]`).isVisible(), `${mode} help now: ${tel}`);
        }
        await check(`[${base}/q/1/help mode=${mode}]`);
        await Promise.all([page.waitForURL('**/survey/contact-me?**'), page.locator('#survey-page a.button').first().click()]);
        await check(`[/survey/contact-me mode=${mode}]`);
        await page.locator('button.button').click();
        await page.locator('.error-summary').waitFor();
        await check(`[/survey/contact-me error mode=${mode}]`);
        await page.locator('#name').fill(name);
        await page.locator('#reach').fill('07700 900321');
        await page.locator('#safe_time').fill('after school');
        await Promise.all([page.waitForURL('**/survey/contact-me/sent**'), page.locator('button.button').click()]);
        await check(`[/survey/contact-me/sent mode=${mode}]`);
        await Promise.all([page.waitForURL(`**${base}/q/2`), page.locator('#survey-page a.button').click()]);
        await answerAll(page, { base, from: 2 });
        await Promise.all([page.waitForURL(`**${base}/sent`), page.locator('button[value="send"]').click()]);
      });
      const rows = await dbQuery(server.databasePath, 'SELECT * FROM contact_requests');
      assert.equal(rows.length, before + 1);
      const row = rows.find((r) => r.status === 'new' && !JSON.stringify(rows.slice(0, before)).includes(r.id));
      assert.deepEqual(Object.keys(row).sort(), ['id', 'name', 'organisation_id', 'reach', 'received_on', 'safe_time', 'status']);
      const all = JSON.stringify(await dbAllValues(server.databasePath));
      assert.ok(!all.includes(name) && !all.includes('07700 900321'), 'what they typed is sealed at rest');
      const ids = (await dbQuery(server.databasePath, 'SELECT id FROM survey_responses')).map((r) => r.id);
      assert.ok(ids.every((id) => !Object.values(row).includes(id)), 'no link to any response');
    });
  }

  it('the pages that explain a problem have no axe violations', T, async () => {
    await withPage({ mode: 'js', bypassCSP: true }, async (page) => {
      for (const path of ['/survey/demo/8-11/q/2', '/survey/demo/8-11/check', '/survey/nope/8-11', '/survey/contact-me']) {
        await page.goto(`${server.baseURL}${path}?lang=ar`);
        await expectAxeClean(page, `[${path} lang=ar]`);
      }
    });
  });
});

describe('survey: what the database keeps', { skip: SKIP }, () => {
  it('after all the journeys: no IP address, browser or time finer than a day anywhere', T, async () => {
    const values = await dbAllValues(server.databasePath);
    assert.ok(values.some((v) => v.table === 'survey_answers'), 'the journeys stored answers');
    const now = Date.now() / 1000;
    const problems = [];
    for (const { table, column, value } of values) {
      // The install's own bookkeeping (its creation, content versions): not about any young person.
      if ((table === 'organisations' || table === 'content_items') && column === 'created_at') continue;
      const s = String(value ?? '');
      if (/127\.0\.0\.1|::1|\b\d{1,3}(\.\d{1,3}){3}\b/.test(s)) problems.push(`IP? ${table}.${column}=${s}`);
      if (/Mozilla|Chrome|HeadlessChrome|AppleWebKit|Android/i.test(s)) problems.push(`browser? ${table}.${column}=${s}`);
      if (typeof value === 'number' && Math.abs(value - now) < 400 * 86400) problems.push(`Unix time? ${table}.${column}=${s}`);
      if (/\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(s)) problems.push(`date-time? ${table}.${column}=${s}`);
    }
    assert.deepEqual(problems, []);
  });
});
