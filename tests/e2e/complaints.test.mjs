// Complaints in the browser, with JavaScript on and off:
//
//   a young person (phone, 375×667) complains and asks for an advocate: mistakes are shown
//   and what was typed is kept, "Check your answers" lets them change it, and a send that is
//   repeated (a double tap, Back and Send again, two posts at once) is stored once. They track
//   it with the reference and tracking code, add information, and withdraw a second one. They
//   ask for an advocate and send a compliment. Runs in English, Welsh (JS off) and Arabic.
//
//   staff (desktop, 1280×800) sign in (an administrator created from the command line, as in
//   staff.test.mjs), read the complaint (decrypted for them), and take it through all three
//   stages to closed and an Ombudsman referral; the young person then sees "Closed" and the
//   outcome. The audit log, the annual report and its CSV are checked too.
//
//   a canary string written through the browser into every free-text field must not appear
//   in the raw SQLite files (UTF-8 or UTF-16) or in the server's log, nor may the complainant's
//   name and contact details.
//
// axe (WCAG 2.2 AA) runs on every page and state of the journeys, with JavaScript on.
//
// The tests in this file share one server and run in order: later ones use the complaints
// earlier ones sent (complaint A goes to staff with JS on, B is withdrawn, C, sent in Arabic,
// goes to staff with JS off).
//
// Run from the repository root:  node --test tests/e2e/complaints.test.mjs
// (needs target/debug/care-voice and target/site; cannot run against BASE_URL, because the
// administrator is created with the server's own database and key, and the canary test reads
// the database file.)

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { randomBytes, randomInt } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { binaryPath, siteRoot, startServer } from './lib/server.mjs';
import { NEUTRAL_BODY, PHONE, label, launchBrowser, newPhoneContext, recordCspViolations, watchPage } from './lib/browser.mjs';
import { formatViolations, runAxe } from './lib/axe.mjs';
import { base32Decode, nextCode, totp } from './lib/totp.mjs';

const execFileP = promisify(execFile);

const DESKTOP = { width: 1280, height: 800 };
const NARROW = { width: 320, height: 640 };
const T = { timeout: 120_000 };
const EXTERNAL = Boolean(process.env.BASE_URL);
const SKIP = EXTERNAL && 'BASE_URL is set: these tests need the server’s own database file and key';

/** Letters and digits in references and tracking codes (domain/casework.rs). */
const A = '[234679ACDEFGHJKMNPQRTUVWXYZ]';
const REFERENCE_RE = new RegExp(`^CV-${A}{4}-${A}{4}$`);
const ADVOCACY_RE = new RegExp(`^AD-${A}{4}-${A}{4}$`);
const CODE_RE = new RegExp(`^${A}{4}-${A}{4}-${A}{2}$`);
/** An en-GB date as the app writes it, e.g. "Monday 7 December 2026". */
const DATE = '[A-Z][a-z]+day \\d{1,2} [A-Z][a-z]+ \\d{4}';

/** Written into every free-text field; must never reach the database or the log as text. */
const CANARY = `CANARY-${randomBytes(8).toString('hex')}`;
/** The complainant: their name and contact details must not reach the log (or the database as text). */
const PERSON = {
  name: `Rowan Quillfeather-${randomBytes(3).toString('hex')}`,
  phone: `07700 9${String(randomInt(0, 100_000)).padStart(5, '0')}`,
  email: `rowan.${randomBytes(4).toString('hex')}@example.org`,
};

const ADMIN = { email: 'admin@testshire.gov.uk', name: 'Ada Admin', password: 'Kettle-Orbit-Violin-Marsh-73' };

/** The errors on an empty complaint, in page order. */
const EMPTY_COMPLAINT_ERRORS = [
  ['#who', 'Choose who is making the complaint'],
  ['#topic', 'Choose what it is about'],
  ['#what_happened', 'Tell us what happened'],
  ['#advocate', 'Choose yes, no or not sure'],
  ['#reply_by', 'Choose how we should reply'],
];

const NO_MATCH = 'We cannot find a complaint with that reference and code. Check them and try again.';

// ---------------------------------------------------------------------------------------------
// Shared state: one server and browser for the file, and what earlier tests produced.

/** @type {import('playwright-core').Browser} */
let browser;
/** @type {{baseURL: string, stop: () => Promise<void>, log: () => string}} */
let server;
let dir = '';
let shared = {};
let fullLog = '';
/** The complaints sent: { A, B, C, D } → { reference, code, formId, answers }. */
const sent = {};

before(async () => {
  if (EXTERNAL) return;
  dir = mkdtempSync(join(tmpdir(), 'care-voice-e2e-complaints-'));
  shared = {
    DATABASE_URL: `sqlite://${join(dir, 'cv.db')}`,
    CARE_VOICE_DATA_KEY_FILE: join(dir, 'key'),
  };
  // The journeys post more than a person would; the per-IP limit on public posts (60 a
  // minute) is tested elsewhere and must not turn a slow run into 429s here.
  server = await startServer({
    env: { ...shared, CARE_VOICE_PUBLIC_POSTS_PER_MINUTE: '1000' },
    onLog: (s) => {
      fullLog += s;
    },
  });
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// Helpers

/** Removes ANSI colour codes. */
// eslint-disable-next-line no-control-regex
const stripAnsi = (s) => s.replace(/\x1b\[[0-9;]*m/g, '');

/** The last lines of the server log, for failure messages. */
function logTail(n = 40) {
  return stripAnsi(fullLog).split('\n').slice(-n).join('\n');
}

/** Runs `fn`, adding the server log's tail to any failure. */
async function withLog(fn) {
  try {
    return await fn();
  } catch (e) {
    e.message += `\n--- server log (last lines) ---\n${logTail()}`;
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
  const mode = o.mode ?? 'js';
  const context = await browser.newContext({
    viewport: DESKTOP,
    screen: DESKTOP,
    isMobile: false,
    hasTouch: false,
    deviceScaleFactor: 1,
    javaScriptEnabled: mode !== 'nojs',
    bypassCSP: o.bypassCSP ?? false,
    locale: 'en-GB',
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL_BODY }),
  );
  if (o.recordCsp && mode !== 'nojs') await recordCspViolations(context);
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

/** Clicks the button named `name` (en-GB pages) and waits for the page it leads to. */
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
  const hrefs = [];
  for (let i = 0; i < (await links.count()); i++) hrefs.push(await links.nth(i).getAttribute('href'));
  return {
    title: (await box.locator('.error-summary__title').innerText()).trim(),
    items: (await box.locator('.error-summary__list li').allInnerTexts()).map((s) => s.trim()),
    hrefs,
  };
}

/** The rows of the first `dl.summary` (or of `scope`) as [dt, dd] pairs. */
async function summaryRows(scope) {
  const rows = scope.locator('dl.summary .summary__row');
  const out = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const r = rows.nth(i);
    out.push([(await r.locator('dt').innerText()).trim(), (await r.locator('dd').innerText()).trim()]);
  }
  return out;
}

/** The hidden fields of a form, as [name, value] pairs (works with JavaScript off too). */
async function hiddenFields(form) {
  const inputs = form.locator('input[type="hidden"]');
  const out = [];
  for (let i = 0; i < (await inputs.count()); i++) {
    const el = inputs.nth(i);
    out.push([await el.getAttribute('name'), (await el.getAttribute('value')) ?? '']);
  }
  return out;
}

/** The form on the check page whose hidden `step` is `step` ("change" or "send"). */
function checkForm(page, step) {
  return page.locator('main form').filter({ has: page.locator(`input[name="step"][value="${step}"]`) });
}

/** Chooses a radio by clicking its label (`label[for]`), as a person would. */
async function chooseRadio(page, name, value, where) {
  const input = page.locator(`input[type="radio"][name="${name}"][value="${value}"]`);
  assert.equal(await input.count(), 1, `${where} radio ${name}=${value}`);
  const id = await input.getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
  assert.ok(await input.isChecked(), `${where} clicking the label for ${name}=${value} should choose it`);
}

/** Fills the complaint form with `a` (only the fields `a` has). */
async function fillComplaint(page, a, where) {
  if (a.who) await chooseRadio(page, 'who', a.who, where);
  if (a.childAgrees) {
    await page.locator('label[for="child_agrees"]').click();
    assert.ok(await page.locator('#child_agrees').isChecked(), `${where} #child_agrees ticked by its label`);
  }
  if (a.topic) await chooseRadio(page, 'topic', a.topic, where);
  if (a.whatHappened !== undefined) await page.locator('#what_happened').fill(a.whatHappened);
  if (a.putRight !== undefined) await page.locator('#put_right').fill(a.putRight);
  if (a.advocate) await chooseRadio(page, 'advocate', a.advocate, where);
  if (a.replyBy) await chooseRadio(page, 'reply_by', a.replyBy, where);
  if (a.name !== undefined) await page.locator('#name').fill(a.name);
  if (a.contact !== undefined) await page.locator('#contact').fill(a.contact);
}

/** Asserts the complaint form shows the answers `a`. */
async function assertFormKeeps(page, a, where) {
  for (const [name, value] of [['who', a.who], ['topic', a.topic], ['advocate', a.advocate], ['reply_by', a.replyBy]]) {
    if (!value) continue;
    assert.ok(
      await page.locator(`input[name="${name}"][value="${value}"]`).isChecked(),
      `${where} ${name}=${value} should still be chosen`,
    );
  }
  assert.equal(await page.locator('#child_agrees').isChecked(), Boolean(a.childAgrees), `${where} #child_agrees kept`);
  for (const [id, value] of [['what_happened', a.whatHappened], ['put_right', a.putRight], ['name', a.name], ['contact', a.contact]]) {
    if (value === undefined) continue;
    assert.equal(await page.locator(`#${id}`).inputValue(), value, `${where} #${id} should keep what was typed`);
  }
}

/** The complaint form's submit button (any language). */
function continueButton(page) {
  return page.locator('main form.form button[type="submit"]');
}

/** Reads the sent page: reference, tracking code, and the "what happens next" lines. */
async function readSent(page, where) {
  const reference = (await page.locator('#reference').innerText()).trim();
  const code = (await page.locator('#tracking-code').innerText()).trim();
  assert.match(reference, REFERENCE_RE, `${where} #reference`);
  assert.match(code, CODE_RE, `${where} #tracking-code`);
  const next = (await page.locator('main ul').first().allInnerTexts()).join('\n');
  return { reference, code, next };
}

/** Runs a query on the server's database (read-only, beside the running server). */
function sql(query, ...params) {
  const script =
    'import json, sqlite3, sys\n' +
    "c = sqlite3.connect('file:' + sys.argv[1] + '?mode=ro', uri=True, timeout=10)\n" +
    'print(json.dumps(c.execute(sys.argv[2], sys.argv[3:]).fetchall()))\n';
  const out = execFileSync('python3', ['-c', script, join(dir, 'cv.db'), query, ...params], { encoding: 'utf8' });
  return JSON.parse(out);
}

/** How many complaints the database holds. */
const complaintCount = () => sql('SELECT count(*) FROM complaints')[0][0];

/** Asserts no uncaught errors and no CSP violations (JS on). */
async function assertClean(page, problems, where) {
  assert.deepEqual(problems.pageErrors, [], `${where} uncaught errors in the page`);
  assert.deepEqual(problems.cspConsole, [], `${where} CSP messages on the console`);
  assert.deepEqual(await page.evaluate(() => window.__csp), [], `${where} CSP violations on the last page`);
}

// --- Staff ------------------------------------------------------------------------------------

let adminPromise = null;

/**
 * The administrator, created once from the command line and set up (password and TOTP) in a
 * desktop browser. Returns the TOTP key, the last step used, and the recovery codes.
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

    const context = await newDesktopContext({ mode: 'js' });
    try {
      const page = await context.newPage();
      const where = label({ url: '/staff/setup/<token>', mode: 'js', viewport: DESKTOP });
      await page.goto(link, { waitUntil: 'load' });
      assert.equal(await h1(page), 'Set up your account', `${where} h1`);
      const key = base32Decode((await page.locator('#manual-key code').innerText()).trim());
      await page.locator('#password').fill(ADMIN.password);
      await page.locator('#confirm').fill(ADMIN.password);
      const { code, step } = totp(key);
      await page.locator('#code').fill(code);
      await submit(page, 'Finish setting up', where);
      assert.equal(await h1(page), 'Your account is ready', `${where} (errors: ${JSON.stringify(await errorSummary(page))})`);
      const recoveryCodes = (await page.locator('ul.recovery-codes li code').allInnerTexts()).map((s) => s.trim());
      assert.equal(recoveryCodes.length, 10, `${where} recovery codes`);
      return { key, step, recoveryCodes, nextRecovery: 0 };
    } finally {
      await context.close();
    }
  })();
  return adminPromise;
}

/** Signs the administrator in: with a TOTP code (waiting for a fresh step) or a recovery code. */
async function signIn(page, { useTotp }, ctx) {
  const admin = await ensureAdmin();
  let where = label({ url: '/staff/sign-in', ...ctx });
  await visit(page, '/staff/sign-in', where);
  assert.equal(await h1(page), 'Sign in', `${where} h1`);
  await page.locator('#email').fill(ADMIN.email);
  await page.locator('#password').fill(ADMIN.password);
  await submit(page, 'Continue', where);
  where = label({ url: '/staff/sign-in/code', ...ctx });
  assert.equal(pathOf(page), '/staff/sign-in/code', `${where} (errors: ${JSON.stringify(await errorSummary(page))})`);
  let code;
  if (useTotp) {
    const fresh = await nextCode(admin.key, admin.step);
    admin.step = fresh.step;
    code = fresh.code;
  } else {
    code = admin.recoveryCodes[admin.nextRecovery++];
  }
  await page.locator('#code').fill(code);
  await submit(page, 'Sign in', where);
  assert.equal(pathOf(page), '/staff', `${where} should lead to the staff home (errors: ${JSON.stringify(await errorSummary(page))})`);
}

/** The step forms on the case page, in order, and what each must do. */
const STEPS = [
  { action: 'acknowledge', button: 'Acknowledge', event: 'Acknowledged' },
  { action: 'extend', button: 'Extend stage 1 to 20 days', text: 'Waiting for the school’s records.', event: 'Stage 1 extended to 20 working days' },
  { action: 'stage-1-reply', button: 'Record the stage 1 reply', text: `Stage 1 reply: we are sorry. ${CANARY}`, event: 'Stage 1 reply sent', stage: 'Stage 1: a manager is looking into it' },
  { action: 'start-stage-2', button: 'Start stage 2', event: 'Stage 2 started', stage: 'Stage 2: an investigation' },
  { action: 'stage-2-reply', button: 'Record the stage 2 reply', text: `Stage 2 reply: the investigator’s findings. ${CANARY}`, event: 'Stage 2 reply sent' },
  { action: 'request-stage-3', button: 'Record a review panel request', event: 'Review panel requested', stage: 'Stage 3: a review panel' },
  { action: 'panel-met', button: 'The panel met', event: 'Panel met' },
  { action: 'panel-reported', button: 'The panel reported', event: 'Panel reported' },
  { action: 'council-responded', button: 'Record our response', event: 'Council responded' },
  { action: 'close', button: 'Close', outcome: 'partly-upheld', event: 'Closed: We agreed with part of your complaint.', stage: 'Closed' },
  { action: 'ombudsman', button: 'Note an Ombudsman referral', event: 'Referred to the Ombudsman', stage: 'Closed' },
];

/** The step form for `action` on the case page. */
function stepForm(page, action) {
  return page.locator('form.action-form').filter({ has: page.locator(`input[name="action"][value="${action}"]`) });
}

/** The timeline's items' headings. */
async function timeline(page) {
  return (await page.locator('ol.timeline li .timeline__head').allInnerTexts()).map((s) => s.trim());
}

/** The staff case page's "Where it stands" stage. */
async function caseStage(page) {
  const rows = await summaryRows(page.locator('main section').first());
  return rows.find(([k]) => k === 'Stage')?.[1];
}

/**
 * Tracks a complaint on a phone: reference and code on /track, "Check"; returns the status
 * rows and the page (still open in `page`).
 */
async function track(page, { reference, code }, where) {
  await visit(page, '/track?lang=en-GB', where);
  assert.equal(await h1(page), 'Check on your complaint', `${where} h1`);
  await page.locator('#reference').fill(reference);
  await page.locator('#code').fill(code);
  const resp = await submit(page, 'Check', where);
  return resp;
}

// ---------------------------------------------------------------------------------------------

describe('a young person sends a complaint on a phone (375×667)', () => {
  it('js en-GB: mistakes are explained and answers kept; check, change, send twice → one complaint', { ...T, skip: SKIP }, () =>
    withLog(() =>
      withPhone({ mode: 'js', recordCsp: true }, async (page) => {
        const ctx = { mode: 'js', lang: 'en-GB', viewport: PHONE };
        const problems = watchPage(page);
        let where = label({ url: '/complaint?lang=en-GB', ...ctx });
        const resp = await visit(page, '/complaint?lang=en-GB', where);
        assert.equal(resp.status(), 200, `${where} status`);
        assert.equal(await h1(page), "Something's not right", `${where} h1`);
        assert.equal(await page.locator('#child_agrees').isChecked(), false, `${where} #child_agrees starts unticked`);
        for (const name of ['who', 'topic', 'advocate', 'reply_by']) {
          assert.equal(await page.locator(`input[name="${name}"]:checked`).count(), 0, `${where} no ${name} is pre-chosen`);
        }
        const values = async (name) =>
          page.locator(`input[name="${name}"]`).evaluateAll((els) => els.map((e) => e.value));
        assert.deepEqual(await values('who'), ['child', 'care-leaver', 'parent', 'carer', 'other'], `${where} who`);
        assert.deepEqual(
          await values('topic'),
          ['home', 'social-worker', 'school', 'health', 'money', 'leaving-care', 'family', 'listened-to', 'other'],
          `${where} topic`,
        );
        assert.deepEqual(await values('advocate'), ['yes', 'no', 'not-sure'], `${where} advocate`);
        assert.deepEqual(await values('reply_by'), ['phone', 'email', 'worker', 'none'], `${where} reply_by`);
        const formId = await page.locator('main form.form input[name="form_id"]').getAttribute('value');
        assert.ok(formId && formId.length >= 16, `${where} the form carries a one-time form_id`);

        // 1. Nothing filled in.
        where = label({ url: 'POST /complaint (empty)', ...ctx });
        let r = await press(page, continueButton(page), where);
        assert.equal(r.status(), 422, `${where} status`);
        assert.match(await page.title(), /^Error: /, `${where} <title> should start with "Error:"`);
        let summary = await errorSummary(page);
        assert.equal(summary?.title, 'There is a problem', `${where} error summary title`);
        assert.deepEqual(
          summary.items.map((m, i) => [summary.hrefs[i], m]),
          EMPTY_COMPLAINT_ERRORS,
          `${where} one linked message for each missing answer, in page order`,
        );
        for (const href of summary.hrefs) {
          assert.equal(await page.locator(href).count(), 1, `${where} the error link ${href} has a target`);
        }
        assert.equal(await page.locator('main form.form input[name="form_id"]').getAttribute('value'), formId, `${where} same form_id`);

        // 2. Most of it, but "call me" is not a phone number: only that is wrong, the rest is kept.
        const answers = {
          who: 'child',
          topic: 'home',
          whatHappened: `They moved me to a new home without asking me. ${CANARY} I want to be asked first.`,
          putRight: 'Ask me before you decide where I live.',
          advocate: 'yes',
          replyBy: 'phone',
          name: PERSON.name,
          contact: 'call me',
        };
        await fillComplaint(page, answers, where);
        where = label({ url: 'POST /complaint (contact "call me")', ...ctx });
        r = await press(page, continueButton(page), where);
        assert.equal(r.status(), 422, `${where} status`);
        summary = await errorSummary(page);
        assert.deepEqual(summary?.items, ['Enter a phone number, like 07700 900123'], `${where} errors`);
        assert.deepEqual(summary.hrefs, ['#contact'], `${where} the error links to #contact`);
        assert.equal(await page.locator('#contact').getAttribute('aria-invalid'), 'true', `${where} #contact aria-invalid`);
        await assertFormKeeps(page, answers, where);

        // 3. Put it right and continue to "Check your answers".
        answers.contact = PERSON.phone;
        await page.locator('#contact').fill(answers.contact);
        where = label({ url: 'POST /complaint (check)', ...ctx });
        r = await press(page, continueButton(page), where);
        assert.equal(r.status(), 200, `${where} status`);
        assert.equal(await h1(page), 'Check your answers', `${where} h1 (errors: ${JSON.stringify(await errorSummary(page))})`);
        assert.deepEqual(
          await summaryRows(page),
          [
            ['Who is making this complaint?', 'Me. I am in care.'],
            ['What is it about?', 'Where I live'],
            ['What happened?', answers.whatHappened],
            ['What would put it right?', answers.putRight],
            ['Would you like an advocate to help you?', 'Yes'],
            ['How should we reply to you?', 'By phone'],
            ['Your name', PERSON.name],
            ['Phone number, email, or your worker\'s name', PERSON.phone],
          ],
          `${where} the answers to check`,
        );
        assert.ok(await page.getByRole('button', { name: 'Change your answers', exact: true }).isVisible(), `${where} "Change your answers"`);
        assert.ok(await page.getByRole('button', { name: 'Send', exact: true }).isVisible(), `${where} "Send"`);

        // 4. "Change your answers": back to the form with everything still filled in.
        where = label({ url: 'POST /complaint (change)', ...ctx });
        r = await submit(page, 'Change your answers', where);
        assert.equal(r.status(), 200, `${where} status`);
        assert.equal(await h1(page), "Something's not right", `${where} h1`);
        assert.equal(await errorSummary(page), null, `${where} no errors when changing answers`);
        assert.doesNotMatch(await page.title(), /^Error/, `${where} <title>`);
        await assertFormKeeps(page, answers, where);
        assert.equal(await page.locator('main form.form input[name="form_id"]').getAttribute('value'), formId, `${where} the same form_id is kept`);
        answers.topic = 'listened-to';
        await chooseRadio(page, 'topic', answers.topic, where);
        r = await press(page, continueButton(page), where);
        assert.equal(await h1(page), 'Check your answers', `${where} back to the check page`);
        assert.ok((await summaryRows(page)).some(([k, v]) => k === 'What is it about?' && v === 'Not being listened to'), `${where} the changed answer`);

        // 5. Send with a quick double tap, then Back and Send again, then two posts at once.
        const sendFields = await hiddenFields(checkForm(page, 'send'));
        assert.deepEqual(
          sendFields.filter(([n]) => n === 'form_id' || n === 'step'),
          [['form_id', formId], ['step', 'send']],
          `${where} the send form carries the form_id`,
        );
        const before = complaintCount();
        let sendPosts = 0;
        page.on('request', (q) => {
          if (q.method() === 'POST' && /(^|&)step=send(&|$)/.test(q.postData() ?? '')) sendPosts += 1;
        });
        where = label({ url: 'POST /complaint (send)', ...ctx });
        await Promise.all([
          page.waitForNavigation({ waitUntil: 'load' }),
          page.getByRole('button', { name: 'Send', exact: true }).dblclick(),
        ]);
        await page.locator('#reference').waitFor();
        await page.waitForLoadState('load');
        assert.equal(await h1(page), 'We have your complaint', `${where} h1`);
        const first = await readSent(page, where);
        assert.match(first.next, new RegExp(`We will tell you we have it by ${DATE}\\.`), `${where} acknowledgement date`);
        assert.match(first.next, new RegExp(`We will reply by ${DATE}\\.`), `${where} reply date`);
        assert.ok(await page.locator('main a[href="/track"]').isVisible(), `${where} link to /track`);

        where = label({ url: 'Back, then Send again', ...ctx });
        await page.goBack({ waitUntil: 'load' });
        assert.equal(await h1(page), 'Check your answers', `${where} Back shows the check page again`);
        await submit(page, 'Send', where);
        const again = await readSent(page, where);
        assert.deepEqual([again.reference, again.code], [first.reference, first.code], `${where} a repeated send shows the same reference and code`);
        assert.ok(sendPosts >= 2, `${where} the browser posted "send" ${sendPosts} time(s)`);

        where = label({ url: 'two sends at once', ...ctx });
        const both = await Promise.all(
          [0, 1].map(() => page.request.post(`${server.baseURL}/complaint`, { form: Object.fromEntries(sendFields), maxRedirects: 0 })),
        );
        for (const b of both) {
          assert.equal(b.status(), 200, `${where} status`);
          const html = await b.text();
          assert.ok(html.includes(`>${first.reference}<`), `${where} the same reference ${first.reference}`);
          assert.ok(html.includes(`>${first.code}<`), `${where} the same tracking code`);
        }
        assert.equal(complaintCount() - before, 1, `${where} one complaint stored for one form, however often it is sent`);
        assert.deepEqual(sql('SELECT reference FROM complaints WHERE form_id = ?', formId), [[first.reference]], `${where} stored under the form_id`);

        sent.A = { ...first, formId, answers };
        await assertClean(page, problems, label({ url: '/complaint', ...ctx }));
      }),
    ),
  );

  it('nojs cy: a carer complains for a child; Back and Send again → one complaint', { ...T, skip: SKIP }, () =>
    withLog(() =>
      withPhone({ mode: 'nojs' }, async (page) => {
        const ctx = { mode: 'nojs', lang: 'cy', viewport: PHONE };
        let where = label({ url: '/complaint?lang=cy', ...ctx });
        const resp = await visit(page, '/complaint?lang=cy', where);
        assert.equal(resp.status(), 200, `${where} status`);
        assert.equal(await page.locator('html').getAttribute('lang'), 'cy', `${where} <html lang>`);

        // An adult must say the child agrees: leaving the box unticked is the one mistake.
        const answers = {
          who: 'carer',
          topic: 'school',
          whatHappened: `Mae’r ysgol wedi gwahardd fy mhlentyn maeth heb ddweud wrthym ni. ${CANARY}`,
          putRight: '',
          advocate: 'yes',
          replyBy: 'email',
          name: PERSON.name,
          contact: PERSON.email,
        };
        await fillComplaint(page, answers, where);
        where = label({ url: 'POST /complaint (no agreement)', ...ctx });
        let r = await press(page, continueButton(page), where);
        assert.equal(r.status(), 422, `${where} status`);
        assert.match(await page.title(), /^Gwall: /, `${where} <title> starts with "Gwall:" (Welsh for "Error:")`);
        const summary = await errorSummary(page);
        assert.deepEqual(summary?.hrefs, ['#child_agrees'], `${where} the one error links to #child_agrees`);
        await assertFormKeeps(page, answers, where);
        answers.childAgrees = true;
        await fillComplaint(page, { childAgrees: true }, where);

        where = label({ url: 'POST /complaint (check)', ...ctx });
        r = await press(page, continueButton(page), where);
        assert.equal(r.status(), 200, `${where} status`);
        assert.equal(await errorSummary(page), null, `${where} no errors`);
        assert.equal(await page.locator('html').getAttribute('lang'), 'cy', `${where} still in Welsh`);
        const rows = await summaryRows(page);
        assert.equal(rows.length, 8, `${where} eight answers to check: ${JSON.stringify(rows)}`);
        for (const v of [answers.whatHappened, PERSON.name, PERSON.email]) {
          assert.ok(rows.some(([, dd]) => dd === v), `${where} the check page shows ${JSON.stringify(v)}`);
        }
        const sendForm = checkForm(page, 'send');
        const formId = Object.fromEntries(await hiddenFields(sendForm)).form_id;
        const before = complaintCount();

        where = label({ url: 'POST /complaint (send)', ...ctx });
        r = await press(page, sendForm.locator('button[type="submit"]'), where);
        assert.equal(r.status(), 200, `${where} status`);
        const first = await readSent(page, where);
        assert.equal(
          (first.next.match(/\d{1,2} \S+ \d{4}/g) ?? []).length,
          2,
          `${where} what happens next, with two dates: ${JSON.stringify(first.next)}`,
        );

        where = label({ url: 'Back, then Send again', ...ctx });
        await page.goBack({ waitUntil: 'load' });
        assert.equal(await checkForm(page, 'send').count(), 1, `${where} Back shows the check page again`);
        await press(page, checkForm(page, 'send').locator('button[type="submit"]'), where);
        const again = await readSent(page, where);
        assert.deepEqual([again.reference, again.code], [first.reference, first.code], `${where} the same reference and code`);
        assert.equal(complaintCount() - before, 1, `${where} one complaint stored`);
        assert.deepEqual(sql('SELECT who, on_behalf, child_agrees, reply_by FROM complaints WHERE form_id = ?', formId), [['carer', 1, 1, 'email']], `${where} stored answers`);
        sent.B = { ...first, formId, answers };
      }),
    ),
  );

  it('js ar: a care leaver complains, right to left', { ...T, skip: SKIP }, () =>
    withLog(() =>
      withPhone({ mode: 'js', recordCsp: true }, async (page) => {
        const ctx = { mode: 'js', lang: 'ar', viewport: PHONE };
        const problems = watchPage(page);
        let where = label({ url: '/complaint?lang=ar', ...ctx });
        const resp = await visit(page, '/complaint?lang=ar', where);
        assert.equal(resp.status(), 200, `${where} status`);
        assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', `${where} <html dir>`);
        assert.equal(await page.locator('html').getAttribute('lang'), 'ar', `${where} <html lang>`);
        const answers = {
          who: 'care-leaver',
          topic: 'money',
          whatHappened: `لم أحصل على منحة الإعداد عندما انتقلت إلى شقتي. ${CANARY}`,
          putRight: 'أريد المنحة كاملة.',
          advocate: 'yes',
          replyBy: 'phone',
          name: PERSON.name,
          contact: PERSON.phone,
        };
        await fillComplaint(page, answers, where);
        where = label({ url: 'POST /complaint (check)', ...ctx });
        let r = await press(page, continueButton(page), where);
        assert.equal(r.status(), 200, `${where} status (errors: ${JSON.stringify(await errorSummary(page))})`);
        assert.equal(await page.locator('html').getAttribute('dir'), 'rtl', `${where} <html dir>`);
        const rows = await summaryRows(page);
        assert.ok(rows.some(([, dd]) => dd === answers.whatHappened), `${where} the Arabic text comes back unchanged`);
        const formId = Object.fromEntries(await hiddenFields(checkForm(page, 'send'))).form_id;

        where = label({ url: 'POST /complaint (send)', ...ctx });
        r = await press(page, checkForm(page, 'send').locator('button[type="submit"]'), where);
        assert.equal(r.status(), 200, `${where} status`);
        const first = await readSent(page, where);
        assert.equal(await page.locator('#reference').getAttribute('dir'), 'ltr', `${where} the reference reads left to right`);
        assert.equal(await page.locator('#tracking-code').getAttribute('dir'), 'ltr', `${where} the code reads left to right`);
        sent.C = { ...first, formId, answers };
        await assertClean(page, problems, where);
      }),
    ),
  );
});

// ---------------------------------------------------------------------------------------------

describe('tracking a complaint on a phone', () => {
  it('js en-GB: a wrong code and a made-up reference get one message; the right code shows stage 1; add information', { ...T, skip: SKIP }, () =>
    withLog(() =>
      withPhone({ mode: 'js', recordCsp: true }, async (page) => {
        const ctx = { mode: 'js', lang: 'en-GB', viewport: PHONE };
        const problems = watchPage(page);
        assert.ok(sent.A, 'complaint A was not sent (an earlier test failed)');
        const wrongCode = sent.A.code === 'AAAA-AAAA-AA' ? 'CCCC-CCCC-CC' : 'AAAA-AAAA-AA';

        for (const [what, ref, code] of [
          ['wrong code', sent.A.reference, wrongCode],
          ['made-up reference', 'CV-ZZZZ-ZZZZ', sent.A.code],
          ['not a reference', 'hello', sent.A.code],
        ]) {
          const where = label({ url: `POST /track (${what})`, ...ctx });
          const r = await track(page, { reference: ref, code }, where);
          assert.equal(r.status(), 422, `${where} status`);
          assert.match(await page.title(), /^Error: /, `${where} <title>`);
          const summary = await errorSummary(page);
          assert.deepEqual(summary?.items, [NO_MATCH], `${where} one message that does not say which is wrong`);
          assert.deepEqual(summary.hrefs, ['#reference'], `${where} link`);
          assert.equal(await page.locator('#code').inputValue(), '', `${where} the code is not sent back`);
          assert.equal(await page.locator('#stage').count(), 0, `${where} no status shown`);
        }

        let where = label({ url: 'POST /track (right code)', ...ctx });
        // The code as a person might type it: lower case, no dashes.
        let r = await track(page, { reference: sent.A.reference.toLowerCase(), code: sent.A.code.replace(/-/g, '').toLowerCase() }, where);
        assert.equal(r.status(), 200, `${where} status (errors: ${JSON.stringify(await errorSummary(page))})`);
        assert.equal(await h1(page), 'Your complaint', `${where} h1`);
        assert.match(await page.locator('#stage').innerText(), /^Stage 1\b/, `${where} #stage`);
        assert.match(await page.locator('#due').innerText(), new RegExp(`^Due by ${DATE}\\.$`), `${where} #due`);
        const rows = await summaryRows(page);
        assert.deepEqual(rows[0], ['Reference', sent.A.reference], `${where} the reference`);
        assert.equal((await page.locator('main').innerText()).includes(CANARY), false, `${where} the status page does not repeat the complaint`);

        where = label({ url: 'POST /track (add)', ...ctx });
        await page.locator('#more').fill(`I forgot to say: it happened twice. ${CANARY}`);
        r = await submit(page, 'Add this', where);
        assert.equal(r.status(), 200, `${where} status (errors: ${JSON.stringify(await errorSummary(page))})`);
        assert.ok(
          (await page.getByRole('status').allInnerTexts()).some((t) => t.includes('Thank you. We have added this')),
          `${where} "Thank you. We have added this" notice`,
        );
        assert.match(await page.locator('#stage').innerText(), /^Stage 1\b/, `${where} still stage 1`);
        assert.equal(await page.locator('#more').inputValue(), '', `${where} the box is empty again`);
        await assertClean(page, problems, where);
      }),
    ),
  );

  it('nojs en-GB: a mistake on the status page (nothing to add, box not ticked) keeps the status page', { ...T, skip: SKIP }, async (t) => {
    assert.ok(sent.B, 'complaint B was not sent (an earlier test failed)');
    for (const [what, button, field, message] of [
      ['withdraw, box not ticked', 'Stop my complaint', 'confirm', 'Tick the box if you want to stop your complaint'],
      ['add nothing', 'Add this', 'more', 'Write what you want to add'],
    ]) {
      await t.test(what, () =>
        withLog(() =>
          withPhone({ mode: 'nojs' }, async (page) => {
            const ctx = { mode: 'nojs', lang: 'en-GB', viewport: PHONE };
            const where = label({ url: `POST /track (${what})`, ...ctx });
            await track(page, sent.B, where);
            assert.equal(await h1(page), 'Your complaint', `${where} status page`);
            const r = await submit(page, button, where);
            assert.equal(r.status(), 422, `${where} status`);
            const summary = await errorSummary(page);
            assert.deepEqual(summary?.items, [message], `${where} error`);
            assert.deepEqual(summary.hrefs, [`#${field}`], `${where} link`);
            assert.equal(
              await page.locator(`#${field}`).count(),
              1,
              `${where} the error links to #${field}, which must be on the page (the page shown is "${await h1(page)}")`,
            );
            assert.equal(await h1(page), 'Your complaint', `${where} the status page is shown again`);
            assert.equal((await summaryRows(page))[0]?.[1], sent.B.reference, `${where} for the same complaint`);
          }),
        ),
      );
    }
  });

  it('nojs en-GB: withdraw a second complaint', { ...T, skip: SKIP }, () =>
    withLog(() =>
      withPhone({ mode: 'nojs' }, async (page) => {
        const ctx = { mode: 'nojs', lang: 'en-GB', viewport: PHONE };
        assert.ok(sent.B, 'complaint B was not sent (an earlier test failed)');
        let where = label({ url: 'POST /track', ...ctx });
        let r = await track(page, sent.B, where);
        assert.equal(r.status(), 200, `${where} status (errors: ${JSON.stringify(await errorSummary(page))})`);
        assert.equal(await h1(page), 'Your complaint', `${where} h1`);
        assert.match(await page.locator('#stage').innerText(), /^Stage 1\b/, `${where} #stage`);
        assert.match(await page.locator('#due').innerText(), new RegExp(`^Due by ${DATE}\\.$`), `${where} #due`);

        where = label({ url: 'POST /track (add)', ...ctx });
        await page.locator('#more').fill(`Their name is Alex. ${CANARY}`);
        r = await submit(page, 'Add this', where);
        assert.equal(r.status(), 200, `${where} status`);
        assert.ok((await page.locator('main').innerText()).includes('Thank you. We have added this'), `${where} notice`);

        where = label({ url: 'POST /track (withdraw)', ...ctx });
        await page.locator('label[for="confirm"]').click();
        assert.ok(await page.locator('#confirm').isChecked(), `${where} #confirm ticked by its label`);
        r = await submit(page, 'Stop my complaint', where);
        assert.equal(r.status(), 200, `${where} status (errors: ${JSON.stringify(await errorSummary(page))})`);
        assert.ok((await page.locator('main').innerText()).includes('Your complaint is stopped'), `${where} "Your complaint is stopped"`);
        assert.equal(await page.locator('#stage').innerText(), 'Closed', `${where} #stage`);
        assert.ok((await summaryRows(page)).some(([k, v]) => k === 'Result' && v === 'You stopped the complaint.'), `${where} result`);
        assert.equal(await page.locator('#more, #confirm').count(), 0, `${where} nothing more to add or stop`);
        assert.deepEqual(sql('SELECT stage, outcome FROM complaints WHERE reference = ?', sent.B.reference), [['closed', 'withdrawn']], `${where} stored`);

        // It stays withdrawn.
        where = label({ url: 'POST /track (again)', ...ctx });
        await track(page, sent.B, where);
        assert.equal(await page.locator('#stage').innerText(), 'Closed', `${where} #stage`);
      }),
    ),
  );
});

// ---------------------------------------------------------------------------------------------

describe('asking for an advocate and sending a compliment', () => {
  for (const mode of /** @type {const} */ (['js', 'nojs'])) {
    it(`${mode} en-GB: ask for an advocate`, { ...T, skip: SKIP }, () =>
      withLog(() =>
        withPhone({ mode }, async (page) => {
          const ctx = { mode, lang: 'en-GB', viewport: PHONE };
          let where = label({ url: '/advocate?lang=en-GB', ...ctx });
          assert.equal((await visit(page, '/advocate?lang=en-GB', where)).status(), 200, `${where} status`);
          assert.equal(await h1(page), 'Ask for an advocate', `${where} h1`);
          let r = await submit(page, 'Ask for an advocate', where);
          assert.equal(r.status(), 422, `${where} empty: status`);
          assert.deepEqual((await errorSummary(page))?.hrefs, ['#name', '#contact'], `${where} empty: errors`);
          await page.locator('#name').fill(PERSON.name);
          await page.locator('#contact').fill(PERSON.phone);
          await page.locator('#about').fill(`Help with my pathway plan. ${CANARY}`);
          where = label({ url: 'POST /advocate', ...ctx });
          r = await submit(page, 'Ask for an advocate', where);
          assert.equal(r.status(), 200, `${where} status (errors: ${JSON.stringify(await errorSummary(page))})`);
          assert.equal(await h1(page), 'We have your request', `${where} h1`);
          assert.match((await page.locator('#reference').innerText()).trim(), ADVOCACY_RE, `${where} #reference`);
        }),
      ),
    );

    it(`${mode} en-GB: tell us something good`, { ...T, skip: SKIP }, () =>
      withLog(() =>
        withPhone({ mode }, async (page) => {
          const ctx = { mode, lang: 'en-GB', viewport: PHONE };
          let where = label({ url: '/compliment?lang=en-GB', ...ctx });
          assert.equal((await visit(page, '/compliment?lang=en-GB', where)).status(), 200, `${where} status`);
          assert.equal(await h1(page), 'Tell us something good', `${where} h1`);
          let r = await submit(page, 'Send', where);
          assert.equal(r.status(), 422, `${where} empty: status`);
          assert.deepEqual((await errorSummary(page))?.hrefs, ['#about', '#text'], `${where} empty: errors`);
          await chooseRadio(page, 'about', 'social-worker', where);
          await page.locator('#text').fill(`My social worker came to my football match. ${CANARY}`);
          await page.locator('#name').fill(PERSON.name);
          where = label({ url: 'POST /compliment', ...ctx });
          r = await submit(page, 'Send', where);
          assert.equal(r.status(), 200, `${where} status (errors: ${JSON.stringify(await errorSummary(page))})`);
          assert.equal(await h1(page), 'Thank you', `${where} h1`);
        }),
      ),
    );
  }
});

// ---------------------------------------------------------------------------------------------

describe('staff take a complaint through all three stages (1280×800)', () => {
  for (const [mode, which] of /** @type {const} */ ([['js', 'A'], ['nojs', 'C']])) {
    it(`${mode}: sign in, open complaint ${which}, read it, acknowledge … close, Ombudsman; the young person sees the result`, { ...T, timeout: 180_000, skip: SKIP }, () =>
      withLog(async () => {
        const complaint = sent[which];
        assert.ok(complaint, `complaint ${which} was not sent (an earlier test failed)`);
        const ctx = { mode, viewport: DESKTOP };
        const context = await newDesktopContext({ mode, recordCsp: true });
        try {
          const page = await context.newPage();
          const problems = watchPage(page);
          // JS on signs in with a recovery code; JS off waits for a fresh TOTP step.
          await signIn(page, { useTotp: mode === 'nojs' }, ctx);

          // The inbox: reached from the staff home, lists the complaint once among the open ones.
          let where = label({ url: '/staff/complaints', ...ctx });
          await Promise.all([page.waitForURL(`${server.baseURL}/staff/complaints`), page.locator('main a[href="/staff/complaints"]').first().click()]);
          assert.equal(await h1(page), 'Complaints', `${where} h1`);
          const open = page.locator('section#open tbody tr');
          assert.equal(await open.filter({ hasText: complaint.reference }).count(), 1, `${where} ${complaint.reference} is listed once among the open complaints`);
          if (sent.B) {
            assert.equal(await open.filter({ hasText: sent.B.reference }).count(), 0, `${where} the withdrawn complaint is not open`);
          }
          assert.equal((await page.locator('main').innerText()).includes(CANARY), false, `${where} the inbox shows no complaint text`);

          // The case page.
          where = label({ url: `/staff/complaints/${complaint.reference}`, ...ctx });
          await Promise.all([
            page.waitForURL(`${server.baseURL}/staff/complaints/${complaint.reference}`),
            page.locator('section#open').getByRole('link', { name: complaint.reference, exact: true }).click(),
          ]);
          assert.equal(await h1(page), `Complaint ${complaint.reference}`, `${where} h1`);
          const details = await summaryRows(page.locator('main section').first());
          const detail = (k) => details.find(([dt]) => dt === k)?.[1];
          assert.equal(detail('What happened?'), complaint.answers.whatHappened, `${where} the complaint, decrypted, with the canary`);
          assert.equal(detail('What would put it right?'), complaint.answers.putRight, `${where} what would put it right`);
          assert.equal(detail('Your name'), PERSON.name, `${where} name`);
          assert.equal(detail('Phone number, email, or your worker\'s name'), complaint.answers.contact, `${where} contact`);
          assert.equal(detail('Would you like an advocate to help you?'), 'Yes', `${where} wants an advocate`);
          assert.equal(await caseStage(page), 'Stage 1: a manager is looking into it', `${where} stage`);
          let items = await timeline(page);
          assert.match(items[0] ?? '', /^Received · /, `${where} the timeline starts with "Received": ${JSON.stringify(items)}`);
          if (which === 'A') {
            assert.ok(items.some((t) => t.startsWith('The complainant added information')), `${where} the information added on /track: ${JSON.stringify(items)}`);
            assert.ok((await page.locator('ol.timeline').innerText()).includes(`I forgot to say: it happened twice. ${CANARY}`), `${where} what was added, decrypted`);
          }

          // A step that needs a reason is refused without one, and nothing is recorded.
          if (mode === 'js') {
            const w = `${where} "Extend stage 1 to 20 days" with no reason`;
            const r = await press(page, stepForm(page, 'extend').locator('button[type="submit"]'), w);
            assert.equal(r.status(), 422, `${w} status`);
            assert.deepEqual((await errorSummary(page))?.items, ['Write a reason or summary'], `${w} error`);
            await visit(page, `/staff/complaints/${complaint.reference}`, w);
            assert.equal((await timeline(page)).length, items.length, `${w} the timeline did not grow`);
          }

          // Every step, in order, from its own form.
          for (const step of STEPS) {
            const w = `${where} "${step.button}"`;
            const form = stepForm(page, step.action);
            assert.equal(await form.count(), 1, `${w} there should be one form for ${step.action} (forms: ${JSON.stringify(await page.locator('form.action-form input[name="action"]').evaluateAll((els) => els.map((e) => e.value)).catch(() => 'n/a'))})`);
            const button = form.locator('button[type="submit"]');
            assert.equal((await button.innerText()).trim(), step.button, `${w} button text`);
            assert.equal(await form.locator('textarea[name="text"]').count(), 1, `${w} the form has a text box`);
            if (step.text) await form.locator('textarea[name="text"]').fill(step.text);
            if (step.outcome) {
              assert.equal(await form.locator('select#outcome').count(), 1, `${w} select#outcome`);
              await form.locator('select#outcome').selectOption(step.outcome);
            }
            const before = items.length;
            const r = await press(page, button, w);
            assert.equal(r.status(), 200, `${w} status`);
            assert.equal(await errorSummary(page), null, `${w} errors: ${JSON.stringify(await errorSummary(page))}`);
            assert.equal(new URL(page.url()).hash, '#timeline', `${w} returns to #timeline (${page.url()})`);
            assert.equal(pathOf(page), `/staff/complaints/${complaint.reference}`, `${w} back on the case page`);
            items = await timeline(page);
            assert.equal(items.length, before + 1, `${w} the timeline grows by one: ${JSON.stringify(items)}`);
            assert.ok(items.at(-1).startsWith(`${step.event} · `), `${w} the new entry is "${step.event}": ${JSON.stringify(items.at(-1))}`);
            assert.ok(items.at(-1).endsWith(`· ${ADMIN.name}`), `${w} the entry names who did it: ${JSON.stringify(items.at(-1))}`);
            if (step.text) {
              const last = await page.locator('ol.timeline li').last().innerText();
              assert.ok(last.includes(step.text), `${w} the entry shows the text written: ${JSON.stringify(last)}`);
            }
            if (step.stage) assert.equal(await caseStage(page), step.stage, `${w} stage`);
            assert.equal(await stepForm(page, step.action).count(), 0, `${w} the step is not offered again`);
          }
          assert.equal(await page.locator('form.action-form input[name="action"][value="close"]').count(), 0, `${where} a closed complaint cannot be closed again`);
          assert.deepEqual(sql('SELECT stage, outcome FROM complaints WHERE reference = ?', complaint.reference), [['closed', 'partly-upheld']], `${where} stored`);

          // The audit log records that the complaint was opened.
          where = label({ url: '/staff/audit?action=case-opened', ...ctx });
          assert.equal((await visit(page, '/staff/audit?action=case-opened', where)).status(), 200, `${where} status`);
          assert.equal(await h1(page), 'Audit log', `${where} h1`);
          const opened = page.locator('table tbody tr').filter({ hasText: complaint.reference });
          assert.ok((await opened.count()) >= 1, `${where} an entry for ${complaint.reference}`);
          assert.ok((await opened.first().innerText()).includes(ADMIN.name), `${where} the entry names who opened it`);
          assert.deepEqual(
            [...new Set((await page.locator('table tbody td code').allInnerTexts()).map((s) => s.trim()))],
            ['case-opened'],
            `${where} only case-opened entries`,
          );

          // The annual report, and its CSV.
          where = label({ url: '/staff/complaints/report', ...ctx });
          await visit(page, '/staff/complaints', where);
          await Promise.all([page.waitForURL(/\/staff\/complaints\/report$/), page.getByRole('link', { name: 'Annual report', exact: true }).click()]);
          assert.match(await h1(page), /^Complaints report \d{4}$/, `${where} h1`);
          const year = await page.locator('#year').inputValue();
          assert.ok(await page.locator('table caption').count() >= 7, `${where} the report's tables`);
          const csvLink = page.getByRole('link', { name: 'Download as CSV', exact: true });
          assert.equal(await csvLink.getAttribute('href'), `/staff/complaints/report.csv?year=${year}`, `${where} CSV link`);
          const csv = await page.request.get(`${server.baseURL}/staff/complaints/report.csv?year=${year}`);
          assert.equal(csv.status(), 200, `${where} CSV status`);
          assert.match(String(csv.headers()['content-type']), /^text\/csv/, `${where} CSV content-type`);
          const csvText = await csv.text();
          assert.ok(csvText.startsWith('table,category,count,percent'), `${where} CSV header: ${JSON.stringify(csvText.slice(0, 80))}`);
          assert.equal(csvText.includes(CANARY), false, `${where} the CSV holds no complaint text`);

          if (mode === 'js') await assertClean(page, problems, label({ url: '/staff/…', ...ctx }));
        } finally {
          await context.close();
        }

        // The young person sees that it is closed, and the outcome.
        await withPhone({ mode }, async (page) => {
          const where = label({ url: 'POST /track (closed)', mode, lang: 'en-GB', viewport: PHONE });
          const r = await track(page, complaint, where);
          assert.equal(r.status(), 200, `${where} status`);
          assert.equal(await page.locator('#stage').innerText(), 'Closed', `${where} #stage`);
          assert.ok((await summaryRows(page)).some(([k, v]) => k === 'Result' && v === 'We agreed with part of your complaint.'), `${where} result: ${JSON.stringify(await summaryRows(page))}`);
          assert.equal(await page.locator('#more, #confirm').count(), 0, `${where} nothing more to add or stop`);
          assert.equal((await page.locator('main').innerText()).includes(CANARY), false, `${where} staff replies are not shown as text here`);
        });
      }),
    );
  }
});

// ---------------------------------------------------------------------------------------------

describe('accessibility (axe WCAG 2.2 AA, JS on)', () => {
  it('the young person’s pages: complaint (empty, errors, check, sent), track (form, error, status), advocate, compliment', { ...T, skip: SKIP }, (t) =>
    withLog(() =>
      withPhone({ mode: 'js', bypassCSP: true }, async (page) => {
        const ctx = { mode: 'js', lang: 'en-GB', viewport: PHONE };
        const axe = (where) =>
          t.test(`axe ${where}`, async () => {
            const v = await runAxe(page);
            assert.equal(v.length, 0, `${where} axe found ${v.length} violation(s):\n${formatViolations(v)}`);
          });

        let where = label({ url: '/complaint', ...ctx });
        await visit(page, '/complaint?lang=en-GB', where);
        await axe(where);
        await press(page, continueButton(page), where);
        assert.ok(await errorSummary(page), `${where} errors should show`);
        await axe(`${where} with errors`);
        const answers = {
          who: 'other',
          childAgrees: true,
          topic: 'health',
          whatHappened: `Nobody took her to the dentist for a year. ${CANARY}`,
          putRight: '',
          advocate: 'yes',
          replyBy: 'phone',
          name: PERSON.name,
          contact: PERSON.phone,
        };
        await fillComplaint(page, answers, where);
        await press(page, continueButton(page), where);
        assert.equal(await h1(page), 'Check your answers', `${where} check page`);
        await axe(label({ url: '/complaint (check your answers)', ...ctx }));
        await submit(page, 'Send', where);
        const d = await readSent(page, where);
        sent.D = { ...d, answers };
        await axe(label({ url: '/complaint (sent)', ...ctx }));

        where = label({ url: '/track', ...ctx });
        await visit(page, '/track', where);
        await axe(where);
        await page.locator('#reference').fill(d.reference);
        await page.locator('#code').fill('AAAA-AAAA-AA');
        await submit(page, 'Check', where);
        assert.ok(await errorSummary(page), `${where} errors should show`);
        await axe(`${where} with errors`);
        await track(page, d, where);
        assert.equal(await h1(page), 'Your complaint', `${where} status`);
        await axe(label({ url: '/track (status)', ...ctx }));
        await page.locator('#more').fill(`And the optician. ${CANARY}`);
        await submit(page, 'Add this', where);
        await axe(label({ url: '/track (added)', ...ctx }));

        where = label({ url: '/advocate', ...ctx });
        await visit(page, '/advocate', where);
        await axe(where);
        await submit(page, 'Ask for an advocate', where);
        await axe(`${where} with errors`);
        await page.locator('#name').fill(PERSON.name);
        await page.locator('#contact').fill(PERSON.email);
        await submit(page, 'Ask for an advocate', where);
        assert.equal(await h1(page), 'We have your request', `${where} sent`);
        await axe(`${where} sent`);

        where = label({ url: '/compliment', ...ctx });
        await visit(page, '/compliment', where);
        await axe(where);
        await submit(page, 'Send', where);
        await axe(`${where} with errors`);
        await chooseRadio(page, 'about', 'home', where);
        await page.locator('#text').fill(`My carer helped me with my homework. ${CANARY}`);
        await submit(page, 'Send', where);
        assert.equal(await h1(page), 'Thank you', `${where} sent`);
        await axe(`${where} sent`);
      }),
    ),
  );

  it('the staff pages: inbox, case page (open and closed), annual report', { ...T, skip: SKIP }, async (t) =>
    withLog(async () => {
      const ctx = { mode: 'js', viewport: DESKTOP };
      const context = await newDesktopContext({ mode: 'js', bypassCSP: true });
      try {
        const page = await context.newPage();
        const axe = (where) =>
          t.test(`axe ${where}`, async () => {
            const v = await runAxe(page);
            assert.equal(v.length, 0, `${where} axe found ${v.length} violation(s):\n${formatViolations(v)}`);
          });
        await signIn(page, { useTotp: false }, ctx);
        let where = label({ url: '/staff/complaints', ...ctx });
        await visit(page, '/staff/complaints', where);
        assert.equal(await h1(page), 'Complaints', `${where} h1`);
        await axe(where);
        const open = sent.D ?? sent.C ?? sent.A;
        if (open) {
          where = label({ url: '/staff/complaints/<open>', ...ctx });
          await visit(page, `/staff/complaints/${open.reference}`, where);
          assert.equal(await h1(page), `Complaint ${open.reference}`, `${where} h1`);
          await axe(where);
        }
        const closed = sent.A ?? sent.B;
        if (closed) {
          where = label({ url: '/staff/complaints/<closed>', ...ctx });
          await visit(page, `/staff/complaints/${closed.reference}`, where);
          await axe(where);
        }
        where = label({ url: '/staff/complaints/report', ...ctx });
        await visit(page, '/staff/complaints/report', where);
        assert.match(await h1(page), /^Complaints report \d{4}$/, `${where} h1`);
        await axe(where);
      } finally {
        await context.close();
      }
    }),
  );
});

// ---------------------------------------------------------------------------------------------

describe('reflow at 320 px (JS off)', () => {
  it('no horizontal scrolling on the complaint, check, sent, track, advocate and compliment pages', { ...T, skip: SKIP }, () =>
    withLog(() =>
      withPhone({ mode: 'nojs', viewport: NARROW }, async (page) => {
        const ctx = { mode: 'nojs', lang: 'en-GB', viewport: NARROW };
        const check = async (where) => {
          const sw = await page.evaluate(() => document.documentElement.scrollWidth);
          assert.ok(sw <= NARROW.width, `${where} horizontal scroll: scrollWidth ${sw} > ${NARROW.width}`);
        };
        let where = label({ url: '/complaint', ...ctx });
        await visit(page, '/complaint?lang=en-GB', where);
        await check(where);
        await press(page, continueButton(page), where);
        await check(`${where} with errors`);
        await fillComplaint(page, { who: 'child', topic: 'other', whatHappened: `A long word: ${'x'.repeat(60)} ${CANARY}`, advocate: 'yes', replyBy: 'none' }, where);
        await press(page, continueButton(page), where);
        assert.equal(await h1(page), 'Check your answers', `${where} check page (errors: ${JSON.stringify(await errorSummary(page))})`);
        await check(label({ url: '/complaint (check)', ...ctx }));
        await submit(page, 'Send', where);
        const e = await readSent(page, where);
        assert.ok((await page.locator('main').innerText()).includes('You asked for no reply'), `${where} no reply: a representation`);
        await check(label({ url: '/complaint (sent)', ...ctx }));
        await track(page, e, where);
        assert.equal(await h1(page), 'Your complaint', `${where} track`);
        await check(label({ url: '/track (status)', ...ctx }));
        for (const path of ['/track', '/advocate', '/compliment']) {
          where = label({ url: path, ...ctx });
          await visit(page, path, where);
          await check(where);
        }
      }),
    ),
  );
});

// ---------------------------------------------------------------------------------------------

describe('the canary', () => {
  it('no trace of the canary, the name or the contact details in the raw database files or the server log', { ...T, skip: SKIP }, () => {
    assert.ok(sent.A || sent.B || sent.C, 'no complaint was sent (earlier tests failed), so there is nothing to look for');
    // The canary did reach the server: staff read it back (decrypted) in the journeys above.
    const secrets = { canary: CANARY, name: PERSON.name, phone: PERSON.phone, email: PERSON.email };
    const forms = (s) => [
      ['UTF-8', Buffer.from(s, 'utf8')],
      ['UTF-16LE', Buffer.from(s, 'utf16le')],
      ['UTF-16BE', Buffer.from(s, 'utf16le').swap16()],
    ];

    const db = join(dir, 'cv.db');
    assert.ok(existsSync(db), `${db} should exist`);
    assert.ok(existsSync(`${db}-wal`), `${db}-wal should exist (the database is in WAL mode)`);
    // cv.db, cv.db-wal, cv.db-shm, and anything else the server wrote beside them.
    const files = readdirSync(dir)
      .map((f) => join(dir, f))
      .filter((f) => statSync(f).isFile());
    let bytes = 0;
    let controlFound = false;
    // A positive control: the reference is stored as plain text, so the scan must find it.
    const control = Buffer.from((sent.A ?? sent.B ?? sent.C).reference, 'utf8');
    for (const file of files) {
      const raw = readFileSync(file);
      bytes += raw.length;
      if (raw.includes(control)) controlFound = true;
      for (const [what, s] of Object.entries(secrets)) {
        for (const [enc, needle] of forms(s)) {
          assert.equal(raw.indexOf(needle), -1, `the ${what} ${JSON.stringify(s)} is in ${file} as ${enc} text`);
        }
      }
    }
    assert.ok(bytes > 10_000, `the database files hold ${bytes} bytes`);
    assert.ok(controlFound, `the scan should find the plain-text reference ${control} in ${files.join(', ')}`);

    const log = stripAnsi(fullLog);
    assert.ok(log.includes('method=POST route=/complaint'), 'the server log was captured (it should show the complaint posts)');
    for (const [what, s] of Object.entries(secrets)) {
      assert.equal(log.includes(s), false, `the ${what} ${JSON.stringify(s)} is in the server log:\n${log.split('\n').filter((l) => l.includes(s)).slice(0, 5).join('\n')}`);
    }
    // Digits only, as a log might normalise a phone number.
    const digits = PERSON.phone.replace(/\D/g, '');
    assert.equal(log.includes(digits), false, 'the phone number (digits only) is in the server log');
  });
});
