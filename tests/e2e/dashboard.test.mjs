// "You said, we did" and the Results dashboard, in the browser:
//
//   staff (desktop, 1280×800, JavaScript on): an administrator (created from the command line,
//   as in staff.test.mjs) opens the action log, sends the empty form (errors), adds an action
//   with a Welsh translation and publishes it; later unpublishes it.
//
//   young people (phone, 375×667, a fresh context with no cookies, JavaScript on and off) see
//   the published action on /you-said-we-did in English, in Welsh (with the "not checked"
//   note) and in Arabic (right to left, the English marked lang="en-GB"), and no longer see it
//   once it is unpublished. They answer three "Is this happening for you?" checks on /pledge.
//
//   the dashboard (/staff/dashboard, "Promise checks and complaints") has eight chart-and-table sections; three
//   answers are too few to show (every count must read "fewer than 10", never 1, 2 or 3), and
//   each table's CSV download equals the table on screen, cell for cell.
//
// axe (WCAG 2.2 AA) runs on the action log (with and without errors), the action's page, the
// dashboard and the public page in English, Welsh and Arabic, with JavaScript on.
//
// The tests share one server and run in order: later ones use the action the first one adds.
//
// Run from the repository root:  node --test tests/e2e/dashboard.test.mjs
// (needs target/debug/care-voice and target/site; cannot run against BASE_URL, because the
// administrator is created with the server's own database and key.)

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { binaryPath, siteRoot, startServer } from './lib/server.mjs';
import { NEUTRAL_BODY, label, launchBrowser, newPhoneContext, recordCspViolations, watchPage } from './lib/browser.mjs';
import { formatViolations, runAxe } from './lib/axe.mjs';
import { base32Decode, totp } from './lib/totp.mjs';

const execFileP = promisify(execFile);

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 667 };
const T = { timeout: 120_000 };
const EXTERNAL = Boolean(process.env.BASE_URL);
const SKIP = EXTERNAL && 'BASE_URL is set: the administrator must be created with the server’s own database and key';

const ADMIN = { email: 'admin@testshire.gov.uk', name: 'Ada Admin', password: 'Kettle-Orbit-Violin-Marsh-73' };

/** A tag that makes this run's texts unique on the page. */
const TAG = randomBytes(3).toString('hex');

/** The action the administrator adds. */
const ACTION = {
  said: `You said you do not know who your IRO is (${TAG}).`,
  outcome: 'have-a-say',
  action: `Every IRO will send you a card with their photo (${TAG}).`,
  owner: 'IRO service manager',
  due: '2027-03-31',
  status: 'in-progress',
  evidence: 'Survey round 2026, ages 11 to 17, question 12',
  saidCy: `Dywedoch nad ydych yn gwybod pwy yw eich SAA (${TAG}).`,
  actionCy: `Bydd pob SAA yn anfon cerdyn gyda'u llun (${TAG}).`,
};

/** The errors on the empty action form: link target → message. */
const EMPTY_ACTION_ERRORS = {
  '#outcome': 'Choose an outcome',
  '#said': 'Write what young people said (up to 1,000 characters)',
  '#action': 'Write what we will do (up to 1,000 characters)',
  '#owner': 'Say who owns it (up to 200 characters)',
  '#status': 'Choose a status',
};

/** The public page's words in each language (locales/<lang>/actions.ftl). */
const PUBLIC = {
  'en-GB': {
    dir: 'ltr',
    title: 'You said, we did',
    outcome: 'Getting involved and having a say',
    unreviewed: 'This translation has not been checked by a native speaker yet.',
    none: 'Nothing here yet. When we change something because of what you said, it will be here.',
  },
  cy: {
    dir: 'ltr',
    title: 'Dywedoch chi, fe wnaethon ni',
    outcome: 'Cymryd rhan a chael dweud eich dweud',
    unreviewed: "Nid yw siaradwr brodorol wedi gwirio'r cyfieithiad hwn eto.",
    none: "Does dim byd yma eto. Pan fyddwn ni'n newid rhywbeth oherwydd yr hyn a ddywedoch, bydd yma.",
  },
  ar: {
    dir: 'rtl',
    title: 'قلتم، ففعلنا',
    outcome: 'المشاركة وإبداء الرأي',
    unreviewed: 'لم يراجع متحدث أصلي هذه الترجمة بعد.',
    none: 'لا يوجد شيء هنا بعد. عندما نغيّر شيئًا بسبب ما قلته، سيظهر هنا.',
  },
};
const LANGS = /** @type {const} */ (['en-GB', 'cy', 'ar']);

/** The dashboard's sections, in page order. */
const SECTIONS = [
  'pledge-checks',
  'charter-checks',
  'complaints-by-month',
  'stage-1-on-time',
  'stage-1-working-days',
  'advocacy-pickup',
  'complaints-by-topic',
  'complaint-outcomes',
];
/** A hidden number on the dashboard (dashboard-hidden, k = 10). */
const HIDDEN = 'fewer than 10';

// ---------------------------------------------------------------------------------------------
// Shared state: one server and browser for the file, and what earlier tests produced.

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {{baseURL: string, stop: () => Promise<void>, log: () => string}} */
let server;
let dir = '';
let shared = {};
let fullLog = '';
/** The action's id once added (from its link in the list). */
let actionId = '';
/** Staff contexts, signed in once and kept for the file: the journey's and axe's (bypassCSP). */
const staff = { journey: null, axe: null };

before(async () => {
  if (EXTERNAL) return;
  dir = mkdtempSync(join(tmpdir(), 'care-voice-e2e-dashboard-'));
  shared = {
    DATABASE_URL: `sqlite://${join(dir, 'cv.db')}`,
    CARE_VOICE_DATA_KEY_FILE: join(dir, 'key'),
  };
  server = await startServer({
    env: { ...shared, CARE_VOICE_PUBLIC_POSTS_PER_MINUTE: '1000' },
    onLog: (s) => {
      fullLog += s;
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  for (const s of Object.values(staff)) await s?.context.close().catch(() => {});
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Helpers (the same patterns as staff.test.mjs and complaints.test.mjs)

/** Removes ANSI colour codes. */
// eslint-disable-next-line no-control-regex
const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');

/** Runs `fn`, adding the server log's tail to any failure. */
async function withLog(fn) {
  try {
    return await fn();
  } catch (e) {
    e.message += `\n--- server log (last lines) ---\n${stripAnsi(fullLog).split('\n').slice(-40).join('\n')}`;
    throw e;
  }
}

/** Opens a phone context, runs `fn(page, context)`, and always closes the context. */
async function withPhone(opts, fn) {
  const context = await newPhoneContext(browser, opts);
  try {
    const page = await context.newPage();
    return await fn(page, context);
  } finally {
    await context.close();
  }
}

/** A desktop browser context (1280×800, mouse, no touch), as in staff.test.mjs. */
async function newDesktopContext(o = {}) {
  const context = await browser.newContext({
    viewport: DESKTOP,
    screen: DESKTOP,
    isMobile: false,
    hasTouch: false,
    deviceScaleFactor: 1,
    javaScriptEnabled: o.javaScriptEnabled ?? true,
    bypassCSP: o.bypassCSP ?? false,
    locale: 'en-GB',
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL_BODY }),
  );
  if (o.recordCsp) await recordCspViolations(context);
  return context;
}

/** Navigates and returns the response, with a readable error when there is none. */
async function visit(page, path, where) {
  const resp = await page.goto(server.baseURL + path, { waitUntil: 'load' });
  assert.ok(resp, `${where} no response for ${path}`);
  return resp;
}

/** Clicks `button` (a locator) and waits for the page the plain form post leads to. */
async function press(page, button, where) {
  assert.equal(await button.count(), 1, `${where} expected exactly one button ${button}`);
  const [resp] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
  assert.ok(resp, `${where} the button led to no response`);
  return resp;
}

/** Clicks the button named `name` and waits for the page it leads to. */
function submit(page, name, where) {
  return press(page, page.getByRole('button', { name, exact: true }), where);
}

/** The path and query of the page's URL. */
function pathOf(page) {
  const u = new URL(page.url());
  return u.pathname + u.search;
}

/** The h1's text. */
async function h1(page) {
  return (await page.locator('main h1').first().innerText()).trim();
}

/** The error summary: title, messages and link targets (or null when there is none). */
async function errorSummary(page) {
  const box = page.locator('.error-summary');
  if ((await box.count()) === 0) return null;
  const links = box.locator('.error-summary__list li a');
  const out = [];
  for (let i = 0; i < (await links.count()); i++) {
    out.push({ href: await links.nth(i).getAttribute('href'), text: (await links.nth(i).innerText()).trim() });
  }
  return { title: (await box.locator('.error-summary__title').innerText()).trim(), links: out };
}

/** Chooses a radio by clicking its label (`label[for]`), as a person would. */
async function chooseRadio(scope, name, value, where) {
  const input = scope.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
  assert.equal(await input.count(), 1, `${where} radio ${name}=${value}`);
  const id = await input.getAttribute('id');
  await scope.locator(`label[for="${id}"]`).click();
  assert.ok(await input.isChecked(), `${where} clicking the label for ${name}=${value} should choose it`);
}

/** Asserts no uncaught errors and no CSP violations (JS on, context made with recordCsp). */
async function assertClean(page, problems, where) {
  assert.deepEqual(problems.pageErrors, [], `${where} uncaught errors in the page`);
  assert.deepEqual(problems.cspConsole, [], `${where} CSP messages on the console`);
  assert.deepEqual(await page.evaluate(() => window.__csp), [], `${where} CSP violations on the last page`);
}

/** Runs axe as a subtest and asserts no violations. */
async function axe(t, page, where) {
  await t.test(`axe ${where}`, async () => {
    const v = await runAxe(page);
    assert.equal(v.length, 0, `${where} axe found ${v.length} violation(s):\n${formatViolations(v)}`);
  });
}

/** Parses CSV (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into rows of fields. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') {
        quoted = false;
      } else {
        field += c;
      }
    } else if (c === '"' && field === '') {
      quoted = true;
    } else if (c === ',') {
      row.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

// --- Staff ------------------------------------------------------------------------------------

let adminPromise = null;

/**
 * The administrator, created once from the command line and set up (password and TOTP) in a
 * desktop browser. Returns the recovery codes (each signs in once, with no wait for a new
 * TOTP step).
 */
function ensureAdmin() {
  adminPromise ??= (async () => {
    const env = {
      ...process.env,
      ...shared,
      CARE_VOICE_PUBLIC_URL: server.baseURL,
      CARE_VOICE_SECURE_COOKIES: 'false',
      LEPTOS_SITE_ROOT: siteRoot(),
    };
    delete env.CARE_VOICE_SMTP_URL;
    const args = ['admin', 'create', '--email', ADMIN.email, '--name', ADMIN.name];
    let out;
    try {
      out = await execFileP(binaryPath(), args, { env, cwd: dir, timeout: 60_000 });
    } catch (e) {
      throw new Error(`care-voice ${args.join(' ')} failed (${e.code ?? e.signal}):\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
    }
    const link = out.stdout.trim().split('\n').map((l) => l.trim())[1] ?? '';
    assert.match(link, /\/staff\/setup\/[A-Za-z0-9_-]{20,}$/, `CLI should print a set-up link: ${out.stdout}`);

    const context = await newDesktopContext();
    try {
      const page = await context.newPage();
      const where = label({ url: '/staff/setup/<token>', mode: 'js', viewport: DESKTOP });
      await page.goto(link, { waitUntil: 'load' });
      assert.equal(await h1(page), 'Set up your account', `${where} h1`);
      const key = base32Decode((await page.locator('#manual-key code').innerText()).trim());
      await page.locator('#password').fill(ADMIN.password);
      await page.locator('#confirm').fill(ADMIN.password);
      await page.locator('#code').fill(totp(key).code);
      await submit(page, 'Finish setting up', where);
      assert.equal(await h1(page), 'Your account is ready', `${where} (errors: ${JSON.stringify(await errorSummary(page))})`);
      const recoveryCodes = (await page.locator('ul.recovery-codes li code').allInnerTexts()).map((s) => s.trim());
      assert.equal(recoveryCodes.length, 10, `${where} recovery codes`);
      return { recoveryCodes, nextRecovery: 0 };
    } finally {
      await context.close();
    }
  })();
  return adminPromise;
}

/** Signs the administrator in on `page` with the next recovery code; ends on /staff. */
async function signIn(page, ctx) {
  const admin = await ensureAdmin();
  let where = label({ url: '/staff/sign-in', ...ctx });
  await visit(page, '/staff/sign-in', where);
  assert.equal(await h1(page), 'Sign in', `${where} h1`);
  await page.locator('#email').fill(ADMIN.email);
  await page.locator('#password').fill(ADMIN.password);
  await submit(page, 'Continue', where);
  where = label({ url: '/staff/sign-in/code', ...ctx });
  assert.equal(pathOf(page), '/staff/sign-in/code', `${where} (errors: ${JSON.stringify(await errorSummary(page))})`);
  await page.locator('#code').fill(admin.recoveryCodes[admin.nextRecovery++]);
  await submit(page, 'Sign in', where);
  assert.equal(pathOf(page), '/staff', `${where} should lead to the staff home (errors: ${JSON.stringify(await errorSummary(page))})`);
}

/**
 * A signed-in administrator's page at 1280×800, kept for the whole file: `journey` records CSP
 * violations; `axe` bypasses CSP so axe can be injected.
 */
async function staffPage(which) {
  if (!staff[which]) {
    const context = await newDesktopContext(which === 'axe' ? { bypassCSP: true } : { recordCsp: true });
    try {
      const page = await context.newPage();
      const problems = watchPage(page);
      await signIn(page, { mode: 'js', viewport: DESKTOP });
      staff[which] = { context, page, problems };
    } catch (e) {
      await context.close();
      throw e;
    }
  }
  return staff[which];
}

/** The action log's row for the action whose "said" text is `said`. */
function actionRow(page, said) {
  return page.locator('main table tbody tr').filter({ has: page.locator('td:first-child a', { hasText: said }) });
}

/** Fills the action form with ACTION (the form starts empty). */
async function fillAction(page, where) {
  await page.locator('#said').fill(ACTION.said);
  await chooseRadio(page, 'outcome', ACTION.outcome, where);
  await page.locator('#action').fill(ACTION.action);
  await page.locator('#owner').fill(ACTION.owner);
  assert.equal(await page.locator('#due_day').getAttribute('type'), 'date', `${where} #due_day is a date field`);
  await page.locator('#due_day').fill(ACTION.due);
  await chooseRadio(page, 'status', ACTION.status, where);
  await page.locator('#evidence').fill(ACTION.evidence);
  await page.locator('#said_cy').fill(ACTION.saidCy);
  await page.locator('#action_cy').fill(ACTION.actionCy);
  await page.locator('label[for="published"]').click();
  assert.ok(await page.locator('#published').isChecked(), `${where} #published ticked by its label`);
}

// --- Young people -----------------------------------------------------------------------------

/** The public page's cards, each as { said, did, lang of each, note, section heading }. */
async function publicCards(page) {
  return page.locator('main li.card.you-said').evaluateAll((cards) =>
    cards.map((li) => {
      const ps = [...li.querySelectorAll(':scope > p')];
      const texts = ps.filter((p) => !p.classList.contains('tag') && !p.classList.contains('hint'));
      return {
        section: li.closest('section')?.querySelector('h2')?.textContent.trim() ?? null,
        said: texts[0]?.textContent.trim() ?? null,
        did: texts[1]?.textContent.trim() ?? null,
        saidLang: texts[0]?.closest('[lang]')?.getAttribute('lang') ?? null,
        didLang: texts[1]?.closest('[lang]')?.getAttribute('lang') ?? null,
        note: li.querySelector('p.hint')?.textContent.trim() ?? null,
      };
    }),
  );
}

/** Checks /you-said-we-did in `lang` shows the action, as the brief for that language says. */
async function assertPublished(page, lang, mode) {
  const url = `/you-said-we-did?lang=${lang}`;
  const where = label({ url, mode, lang, viewport: PHONE });
  const words = PUBLIC[lang];
  const resp = await visit(page, url, where);
  assert.equal(resp.status(), 200, `${where} status`);
  assert.equal(await page.locator('html').getAttribute('lang'), lang, `${where} <html lang>`);
  assert.equal(await page.locator('html').getAttribute('dir'), words.dir, `${where} <html dir>`);
  assert.equal(await h1(page), words.title, `${where} h1`);
  const cards = (await publicCards(page)).filter((c) => [ACTION.said, ACTION.saidCy].includes(c.said));
  assert.equal(cards.length, 1, `${where} the action should be shown once: ${JSON.stringify(await publicCards(page))}`);
  const [card] = cards;
  assert.equal(card.section, words.outcome, `${where} the action is under "${words.outcome}"`);
  const heading = page.locator('main section h2', { hasText: words.outcome });
  assert.ok(await heading.isVisible(), `${where} the heading "${words.outcome}" is visible`);
  const main = await page.locator('main').innerText();
  if (lang === 'cy') {
    assert.equal(card.said, ACTION.saidCy, `${where} "You said" in Welsh`);
    assert.equal(card.did, ACTION.actionCy, `${where} "We will" in Welsh`);
    assert.equal(card.saidLang, 'cy', `${where} the Welsh text's language`);
    assert.equal(card.note, words.unreviewed, `${where} the "translation not checked" note`);
    assert.ok(!main.includes(ACTION.said) && !main.includes(ACTION.action), `${where} the English is not shown beside the Welsh`);
  } else {
    assert.equal(card.said, ACTION.said, `${where} "You said" in English`);
    assert.equal(card.did, ACTION.action, `${where} "We will" in English`);
    assert.equal(card.note, null, `${where} no "translation not checked" note on the English`);
    assert.ok(!main.includes(ACTION.saidCy), `${where} the Welsh is not shown`);
    // In Arabic there is no translation: the English is shown, marked as English.
    assert.equal(card.saidLang, 'en-GB', `${where} the "said" text's language`);
    assert.equal(card.didLang, 'en-GB', `${where} the "action" text's language`);
    if (lang === 'ar') {
      const marked = page.locator('main [lang="en-GB"]');
      const texts = (await marked.allInnerTexts()).map((s) => s.trim());
      assert.ok(texts.includes(ACTION.said) && texts.includes(ACTION.action), `${where} both English texts inside lang="en-GB": ${JSON.stringify(texts)}`);
    }
  }
  for (const text of lang === 'cy' ? [ACTION.saidCy, ACTION.actionCy] : [ACTION.said, ACTION.action]) {
    assert.ok(await page.getByText(text, { exact: true }).isVisible(), `${where} "${text}" is visible`);
  }
}

/** Checks /you-said-we-did in `lang` no longer shows the action. */
async function assertNotPublished(page, lang, mode) {
  const url = `/you-said-we-did?lang=${lang}`;
  const where = label({ url, mode, lang, viewport: PHONE });
  const resp = await visit(page, url, where);
  assert.equal(resp.status(), 200, `${where} status`);
  assert.equal(await h1(page), PUBLIC[lang].title, `${where} h1`);
  const main = await page.locator('main').innerText();
  for (const text of [ACTION.said, ACTION.action, ACTION.saidCy, ACTION.actionCy, TAG]) {
    assert.ok(!main.includes(text), `${where} the unpublished action must not show (found ${JSON.stringify(text)})`);
  }
  assert.equal(await page.locator('main li.card.you-said').count(), 0, `${where} no action cards`);
  assert.ok(main.includes(PUBLIC[lang].none), `${where} "${PUBLIC[lang].none}"`);
}

// ---------------------------------------------------------------------------------------------

describe('You said, we did: the action log (staff 1280×800) and the public page (phone 375×667)', () => {
  it('js 1280×800: the empty form explains every mistake; an action with a Welsh translation is added and published', { ...T, skip: SKIP }, () =>
    withLog(async () => {
      const ctx = { mode: 'js', viewport: DESKTOP };
      const { page, problems } = await staffPage('journey');

      // From the staff home's card.
      let where = label({ url: '/staff', ...ctx });
      await visit(page, '/staff', where);
      await Promise.all([
        page.waitForURL(`${server.baseURL}/staff/actions`),
        page.locator('main').getByRole('link', { name: 'You said, we did', exact: true }).click(),
      ]);
      where = label({ url: '/staff/actions', ...ctx });
      assert.equal(await h1(page), 'You said, we did: action log', `${where} h1`);
      assert.equal(await page.title(), 'You said, we did: action log', `${where} <title> without errors`);
      assert.equal(await errorSummary(page), null, `${where} no errors before anything is sent`);
      assert.equal(await page.locator('main table tbody tr').count(), 0, `${where} the log starts empty`);

      // The empty form.
      const resp = await submit(page, 'Save', `${where} empty`);
      assert.equal(resp.status(), 422, `${where} empty form: status`);
      assert.equal(pathOf(page), '/staff/actions', `${where} empty form: stays on the page`);
      const summary = await errorSummary(page);
      assert.ok(summary, `${where} empty form: there should be an error summary`);
      assert.equal(summary.title, 'There is a problem', `${where} empty form: error summary title`);
      assert.deepEqual(
        Object.fromEntries(summary.links.map((l) => [l.href, l.text])),
        EMPTY_ACTION_ERRORS,
        `${where} empty form: the error links and messages`,
      );
      assert.equal(summary.links.length, Object.keys(EMPTY_ACTION_ERRORS).length, `${where} empty form: one link per mistake`);
      for (const { href } of summary.links) {
        assert.equal(await page.locator(`main ${href}`).count(), 1, `${where} empty form: the link ${href} has a field to go to`);
      }
      assert.match(await page.title(), /^Error: /, `${where} empty form: <title> should start with "Error:"`);
      assert.equal(await page.locator('main table tbody tr').count(), 0, `${where} empty form: nothing was added`);

      // Now a real one.
      await fillAction(page, where);
      await submit(page, 'Save', `${where} add`);
      assert.equal(pathOf(page), '/staff/actions', `${where} "Save" leads back to the list (errors: ${JSON.stringify(await errorSummary(page))})`);
      assert.equal(await errorSummary(page), null, `${where} no errors after "Save"`);
      assert.equal(await page.title(), 'You said, we did: action log', `${where} <title> after "Save"`);
      const row = actionRow(page, ACTION.said);
      assert.equal(await row.count(), 1, `${where} the new action is listed once`);
      const link = row.locator('td:first-child a');
      assert.equal((await link.innerText()).trim(), ACTION.said, `${where} the row's link text is what young people said`);
      const href = await link.getAttribute('href');
      const m = /^\/staff\/actions\/([A-Za-z0-9_-]+)$/.exec(href ?? '');
      assert.ok(m, `${where} the "said" text links to /staff/actions/<id>: ${href}`);
      actionId = m[1];
      const cells = (await row.locator('td').allInnerTexts()).map((s) => s.trim());
      assert.deepEqual(
        cells,
        [ACTION.said, 'Getting involved and having a say', ACTION.owner, ACTION.due, 'Started', 'Yes'],
        `${where} the row: said, outcome, owner, due, status, published`,
      );

      // The action's own page keeps everything that was saved.
      where = label({ url: `/staff/actions/${actionId}`, ...ctx });
      await Promise.all([page.waitForURL(`${server.baseURL}${href}`), link.click()]);
      assert.equal(await h1(page), 'Change an action', `${where} h1`);
      for (const [id, want] of [
        ['said', ACTION.said],
        ['action', ACTION.action],
        ['owner', ACTION.owner],
        ['due_day', ACTION.due],
        ['evidence', ACTION.evidence],
        ['said_cy', ACTION.saidCy],
        ['action_cy', ACTION.actionCy],
        ['said_ar', ''],
        ['action_ar', ''],
      ]) {
        assert.equal(await page.locator(`#${id}`).inputValue(), want, `${where} #${id}`);
      }
      assert.ok(await page.locator(`input[name="outcome"][value="${ACTION.outcome}"]`).isChecked(), `${where} outcome kept`);
      assert.ok(await page.locator(`input[name="status"][value="${ACTION.status}"]`).isChecked(), `${where} status kept`);
      assert.ok(await page.locator('#published').isChecked(), `${where} #published kept`);
      assert.equal(await page.locator('#reviewed_cy').isChecked(), false, `${where} the Welsh is not marked as checked`);

      await assertClean(page, problems, label({ url: '/staff/actions…', ...ctx }));
    }),
  );

  for (const mode of /** @type {const} */ (['js', 'nojs'])) {
    it(`${mode} 375×667: a young person sees the action in English, Welsh (marked unchecked) and Arabic (English marked, right to left)`, { ...T, skip: SKIP }, () =>
      withLog(async () => {
        assert.ok(actionId, 'the first test should have added the action');
        await withPhone({ mode, recordCsp: mode === 'js' }, async (page, context) => {
          const problems = mode === 'js' ? watchPage(page) : null;
          assert.deepEqual(await context.cookies(), [], `[${mode}] a fresh context has no cookies`);
          for (const lang of LANGS) await assertPublished(page, lang, mode);
          // Without ?lang, the browser's en-GB is used.
          const where = label({ url: '/you-said-we-did', mode, viewport: PHONE });
          await visit(page, '/you-said-we-did', where);
          assert.ok((await page.locator('main').innerText()).includes(ACTION.said), `${where} shows the action`);
          if (problems) await assertClean(page, problems, label({ url: '/you-said-we-did…', mode }));
        });
      }),
    );
  }

  it('axe WCAG 2.2 AA on /you-said-we-did in en-GB, cy and ar (js, 375×667)', { ...T, skip: SKIP }, (t) =>
    withLog(async () => {
      assert.ok(actionId, 'the first test should have added the action');
      await withPhone({ mode: 'js', bypassCSP: true }, async (page) => {
        for (const lang of LANGS) {
          await assertPublished(page, lang, 'js');
          await axe(t, page, label({ url: `/you-said-we-did?lang=${lang}`, mode: 'js', lang, viewport: PHONE }));
        }
      });
    }),
  );

  it('js 1280×800: unpublishing the action takes it off the public page (js and nojs, every language)', { ...T, skip: SKIP }, () =>
    withLog(async () => {
      assert.ok(actionId, 'the first test should have added the action');
      const ctx = { mode: 'js', viewport: DESKTOP };
      const { page, problems } = await staffPage('journey');
      const where = label({ url: `/staff/actions/${actionId}`, ...ctx });
      const resp = await visit(page, `/staff/actions/${actionId}`, where);
      assert.equal(resp.status(), 200, `${where} status`);
      assert.equal(await h1(page), 'Change an action', `${where} h1`);
      assert.ok(await page.locator('#published').isChecked(), `${where} #published is ticked`);
      await page.locator('label[for="published"]').click();
      assert.equal(await page.locator('#published').isChecked(), false, `${where} #published unticked by its label`);
      await submit(page, 'Save', where);
      const list = label({ url: '/staff/actions', ...ctx });
      assert.equal(pathOf(page), '/staff/actions', `${where} "Save" leads back to the list (errors: ${JSON.stringify(await errorSummary(page))})`);
      const row = actionRow(page, ACTION.said);
      assert.equal(await row.count(), 1, `${list} still listed for staff`);
      assert.equal((await row.locator('td').last().innerText()).trim(), 'No', `${list} Published: No`);
      await assertClean(page, problems, label({ url: '/staff/actions…', ...ctx }));

      for (const mode of /** @type {const} */ (['js', 'nojs'])) {
        await withPhone({ mode }, async (p) => {
          for (const lang of LANGS) await assertNotPublished(p, lang, mode);
        });
      }
    }),
  );
});

describe('Results dashboard (staff 1280×800): promise checks are suppressed; the CSV equals the screen', () => {
  /** The promises answered: id → text. */
  const answered = [];

  it('js and nojs 375×667: a young person answers three "Is this happening for you?" checks on /pledge', { ...T, skip: SKIP }, () =>
    withLog(async () => {
      // Two answers to the first promise (yes, then yes again from a fresh page) and one to the
      // second (no): true counts 2, 1 and a total of 3, none of which may be shown.
      const plan = [
        { mode: 'js', promise: 0, answer: 'yes' },
        { mode: 'js', promise: 1, answer: 'no' },
        { mode: 'nojs', promise: 0, answer: 'yes' },
      ];
      for (const mode of /** @type {const} */ (['js', 'nojs'])) {
        await withPhone({ mode }, async (page) => {
          for (const step of plan.filter((s) => s.mode === mode)) {
            const url = '/pledge?lang=en-GB';
            const where = label({ url, mode, lang: 'en-GB', viewport: PHONE });
            const resp = await visit(page, url, where);
            assert.equal(resp.status(), 200, `${where} status`);
            const forms = page.locator('main form.promise-check');
            assert.ok((await forms.count()) >= 2, `${where} at least two promises to answer (found ${await forms.count()})`);
            const form = forms.nth(step.promise);
            const id = await form.locator('input[name="promise"]').getAttribute('value');
            const li = page.locator(`main li.promise#pledge-${id}`);
            const text = (await li.locator('h3.promise__title').innerText()).trim();
            answered[step.promise] ??= { id, text };
            assert.equal(id, answered[step.promise].id, `${where} the same promise is in the same place`);
            assert.equal((await form.locator('legend').innerText()).trim(), 'Is this happening for you?', `${where} legend`);
            const values = await form.locator('input[type="radio"][name="answer"]').evaluateAll((els) => els.map((e) => e.value));
            assert.deepEqual(values, ['yes', 'sometimes', 'no', 'not-sure'], `${where} the four answers`);
            await chooseRadio(form, 'answer', step.answer, where);
            await press(page, form.getByRole('button', { name: 'Send my answer', exact: true }), where);
            assert.equal(pathOf(page), `/pledge?lang=en-GB&answered=${id}`, `${where} back to the promise (errors: ${JSON.stringify(await errorSummary(page))})`);
            const thanks = page.locator(`#pledge-${id} [role="status"]`);
            assert.ok((await thanks.innerText()).includes('Thank you. We have your answer.'), `${where} the thank-you`);
          }
        });
      }
      assert.equal(answered.filter(Boolean).length, 2, 'two promises answered');
    }),
  );

  it('js: /staff/dashboard has eight chart-and-table sections; 1, 2 and 3 never show; each CSV equals its table', { ...T, skip: SKIP }, (t) =>
    withLog(async () => {
      assert.equal(answered.filter(Boolean).length, 2, 'the previous test should have answered two promises');
      const ctx = { mode: 'js', viewport: DESKTOP };
      const { page, problems } = await staffPage('journey');

      let where = label({ url: '/staff', ...ctx });
      await visit(page, '/staff', where);
      await Promise.all([
        page.waitForURL(`${server.baseURL}/staff/dashboard`),
        page.locator('main').getByRole('link', { name: 'Promise checks and complaints', exact: true }).click(),
      ]);
      where = label({ url: '/staff/dashboard', ...ctx });
      assert.equal(await h1(page), 'Promise checks and complaints', `${where} h1`);

      const ids = await page.locator('main section.chart-table').evaluateAll((els) => els.map((e) => e.id));
      assert.deepEqual(ids, SECTIONS, `${where} the sections, in order`);

      for (const id of SECTIONS) {
        await t.test(`${where} #${id}`, async () => {
          const w = `${where} #${id}`;
          const section = page.locator(`main section#${id}`);
          assert.equal(await section.count(), 1, `${w} one section`);
          const heading = (await section.locator('h3').innerText()).trim();
          assert.ok(heading, `${w} a heading`);

          // The chart: an image with a <title> and the summary as its description.
          const svg = section.locator('svg[role="img"]');
          assert.equal(await svg.count(), 1, `${w} one svg[role=img]`);
          const title = ((await svg.locator('title').first().textContent()) ?? '').trim();
          assert.equal(title, heading, `${w} the chart's <title> names it`);
          const summary = section.locator(`p#${id}-chart-desc`);
          assert.equal(await summary.count(), 1, `${w} a summary paragraph`);
          const summaryText = (await summary.innerText()).trim();
          assert.ok(summaryText.length > 20, `${w} the summary says something: ${JSON.stringify(summaryText)}`);
          const labelledBy = ((await svg.getAttribute('aria-labelledby')) ?? '').split(/\s+/);
          assert.ok(labelledBy.includes(`${id}-chart-desc`), `${w} the chart is described by the summary: ${labelledBy}`);
          const titleId = await svg.locator('title').first().getAttribute('id');
          assert.ok(titleId && labelledBy.includes(titleId), `${w} the chart is labelled by its <title>: ${labelledBy}`);

          // The table.
          const table = section.locator('table');
          assert.equal(await table.count(), 1, `${w} one table`);
          const head = (await table.locator('thead tr').first().locator('th, td').allInnerTexts()).map((s) => s.trim());
          const rows = await table.locator('tbody tr').evaluateAll((trs) =>
            trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.innerText.trim())),
          );
          assert.ok(rows.length > 0, `${w} the table has rows`);
          for (const r of rows) assert.equal(r.length, head.length, `${w} every row has a cell per column: ${JSON.stringify(r)}`);
          assert.equal(head.at(-1), 'Total', `${w} the last column is the total`);

          if (id === 'pledge-checks') {
            const small = /(^|\D)[123](\D|$)/;
            const labels = rows.map((r) => r[0]);
            for (const a of answered) assert.ok(labels.includes(a.text), `${w} a row for the promise answered: ${a.text}`);
            for (const r of rows) {
              for (const cell of r.slice(1)) {
                assert.doesNotMatch(cell, small, `${w} row "${r[0]}": a count of 1, 2 or 3 must not be shown (${JSON.stringify(r)})`);
              }
            }
            // Three answers in the whole table are fewer than 10: every number is hidden.
            for (const r of rows) {
              assert.deepEqual(r.slice(1), Array(r.length - 1).fill(HIDDEN), `${w} row "${r[0]}" hidden`);
            }
            // Nor on the chart (the value written beside each bar).
            const values = await svg.locator('text').evaluateAll((els) => els.filter((_, i) => i % 2 === 1).map((e) => e.textContent.trim()));
            assert.equal(values.length, rows.length, `${w} one bar value per row`);
            for (const v of values) assert.doesNotMatch(v, small, `${w} the chart must not show 1, 2 or 3: ${JSON.stringify(values)}`);
          }

          // The CSV, downloaded with the page's cookies, equals the table on screen.
          const csvLink = section.getByRole('link', { name: 'Download this table as CSV', exact: true });
          assert.equal(await csvLink.getAttribute('href'), `/staff/dashboard.csv?table=${id}`, `${w} CSV link`);
          const resp = await page.request.get(`${server.baseURL}/staff/dashboard.csv?table=${id}`);
          assert.equal(resp.status(), 200, `${w} CSV status`);
          assert.match(String(resp.headers()['content-type']), /^text\/csv/, `${w} CSV content-type`);
          const csv = parseCsv(await resp.text());
          assert.deepEqual(csv[0], head, `${w} the CSV's header row equals the table's`);
          assert.equal(csv.length - 1, rows.length, `${w} as many CSV rows as table rows`);
          for (let i = 0; i < rows.length; i++) {
            assert.deepEqual(csv[i + 1], rows[i], `${w} CSV row ${i + 1} equals table row ${i + 1} (row header, cells, total)`);
          }
        });
      }

      await assertClean(page, problems, where);
    }),
  );
});

describe('Survey results (staff 1280×800, JavaScript on and off): outcomes, groups, charts with tables, CSV', () => {
  let filled = null;
  /** Fills the server's database with made-up responses once, with the CLI (the server keeps running). */
  function fillSynthetic() {
    filled ??= (async () => {
      const env = { ...process.env, ...shared, LEPTOS_SITE_ROOT: siteRoot() };
      const out = await execFileP(binaryPath(), ['synthetic', '--answers', '40000'], { env, cwd: dir, timeout: 120_000 });
      assert.match(out.stdout, /Added \d+ made-up responses/, `synthetic: ${out.stdout}`);
    })();
    return filled;
  }

  for (const javaScriptEnabled of [true, false]) {
    const mode = javaScriptEnabled ? 'js' : 'nojs';
    it(`${mode}: choose a round, an age group and one group with the plain GET form; every chart has its table; the CSV equals the screen`, { ...T, skip: SKIP }, (t) =>
      withLog(async () => {
        await fillSynthetic();
        const ctx = { mode, viewport: DESKTOP };
        const c = await newDesktopContext({ recordCsp: javaScriptEnabled, javaScriptEnabled });
        try {
          const page = await c.newPage();
          await signIn(page, ctx);
          let where = label({ url: '/staff', ...ctx });
          await Promise.all([
            page.waitForURL(`${server.baseURL}/staff/results`),
            page.locator('main').getByRole('link', { name: 'Survey results', exact: true }).click(),
          ]);
          where = label({ url: '/staff/results', ...ctx });
          assert.equal(await h1(page), 'Survey results', `${where} h1`);

          // The filters are an ordinary GET form: it works the same with JavaScript off.
          const roundValue = await page.locator('#round option', { hasText: 'Synthetic: this year' }).getAttribute('value');
          await page.locator('#round').selectOption(roundValue);
          await page.locator('#band').selectOption('11-17');
          await submit(page, 'Show results', where);
          assert.match(pathOf(page), new RegExp(`^/staff/results\\?round=${roundValue}&band=11-17`), `${where} the view is in the address`);
          const view = (await page.locator('main p.results-view').innerText()).trim();
          assert.match(view, /Synthetic: this year, Age 11 to 17, Everyone\. Young people who answered: \d+/, `${where} ${view}`);
          assert.match(await page.locator('main').innerText(), /Compared with Synthetic: last year/, `${where} the previous round`);

          const sections = page.locator('main section.result');
          const n = await sections.count();
          assert.ok(n >= 20, `${where} a section per question: ${n}`);
          assert.ok((await page.locator('main .tag--flag', { hasText: 'Significant change' }).count()) > 0, `${where} some changes are flagged`);
          for (let i = 0; i < n; i++) {
            const sec = sections.nth(i);
            const svg = sec.locator('svg[role="img"]');
            assert.equal(await svg.count(), 1, `${where} section ${i}: one chart`);
            const labelledBy = ((await svg.getAttribute('aria-labelledby')) ?? '').split(/\s+/);
            const summaryId = await sec.locator('p[id$="-summary"]').getAttribute('id');
            assert.ok(labelledBy.includes(summaryId), `${where} section ${i}: the chart is described by its summary`);
            assert.equal(await sec.locator('table').count(), 1, `${where} section ${i}: one table beside it`);
          }

          // The CSV (downloaded with the page's cookies) has the same numbers as the tables.
          const href = await page.getByRole('link', { name: 'Download these results as CSV', exact: true }).getAttribute('href');
          const resp = await page.request.get(server.baseURL + href);
          assert.equal(resp.status(), 200, `${where} CSV status`);
          const csv = parseCsv(await resp.text());
          await t.test(`${where} CSV equals the screen`, async () => {
            for (let i = 0; i < n; i++) {
              const sec = sections.nth(i);
              const question = (await sec.locator('h3').innerText()).trim();
              const rows = await sec.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('th, td')].map((c) => c.innerText.trim())));
              for (const [answer, now, before] of rows) {
                for (const [round, shown] of [['Synthetic: this year', now], ['Synthetic: last year', before]]) {
                  const line = csv.find((l) => l[0] === round && l[4] === question && l[5] === answer);
                  assert.ok(line, `${where} CSV line for ${round} / ${question} / ${answer}`);
                  assert.equal(line[7] ? `${line[6]} (${line[7]})` : line[6], shown, `${where} ${round} / ${question} / ${answer}`);
                }
              }
            }
          });

          // One group at a time.
          await page.locator('#group').selectOption('about-home:childrens-home');
          await submit(page, 'Show results', where);
          const groupView = (await page.locator('main p.results-view').innerText()).trim();
          assert.match(groupView, /Where do you live\?: In a children's home/, `${where} ${groupView}`);
          assert.doesNotMatch(await page.locator('main').innerText(), /(^|\s)[1-9]\s\(\d+%\)/, `${where} no count from 1 to 9 is shown`);
        } finally {
          await c.close().catch(() => {});
        }
      }),
    );
  }
});

describe('accessibility of the staff pages (axe WCAG 2.2 AA, js, 1280×800)', () => {
  it('/staff/actions (empty and with errors), /staff/actions/<id>, /staff/dashboard, /staff/results (en-GB, cy, ar)', { ...T, skip: SKIP }, (t) =>
    withLog(async () => {
      assert.ok(actionId, 'the first test should have added the action');
      const ctx = { mode: 'js', viewport: DESKTOP };
      const { page } = await staffPage('axe');

      let where = label({ url: '/staff/actions', ...ctx });
      assert.equal((await visit(page, '/staff/actions', where)).status(), 200, `${where} status`);
      assert.equal(await h1(page), 'You said, we did: action log', `${where} h1`);
      await axe(t, page, where);
      await submit(page, 'Save', where);
      assert.ok(await errorSummary(page), `${where} errors should show`);
      await axe(t, page, `${where} with errors`);

      where = label({ url: `/staff/actions/${actionId}`, ...ctx });
      assert.equal((await visit(page, `/staff/actions/${actionId}`, where)).status(), 200, `${where} status`);
      assert.equal(await h1(page), 'Change an action', `${where} h1`);
      await axe(t, page, where);

      where = label({ url: '/staff/dashboard', ...ctx });
      assert.equal((await visit(page, '/staff/dashboard', where)).status(), 200, `${where} status`);
      assert.equal(await h1(page), 'Promise checks and complaints', `${where} h1`);
      await axe(t, page, where);

      // Survey results in each language (Arabic right to left), everyone and one group.
      for (const [lang, title] of [['en-GB', 'Survey results'], ['cy', 'Canlyniadau arolygon'], ['ar', 'نتائج الاستبيانات']]) {
        for (const query of ['', '&band=11-17&group=about-home%3Afoster-family']) {
          where = label({ url: `/staff/results?lang=${lang}${query}`, ...ctx });
          assert.equal((await visit(page, `/staff/results?lang=${lang}${query}`, where)).status(), 200, `${where} status`);
          assert.equal(await h1(page), title, `${where} h1`);
          await axe(t, page, where);
        }
      }
      await visit(page, '/staff/results?lang=en-GB', 'back to English');
    }),
  );
});
