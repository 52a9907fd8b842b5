// The staff journey in a desktop browser (1280×800), with JavaScript on and off:
//
//   an administrator is created from the command line, sets a password, enrols TOTP (the test
//   computes the codes, as an authenticator app would), signs in, invites a complaints
//   manager, who signs in and sees only what that role may.
//
// Every staff form is a plain HTML form, so the same journey must work without JavaScript.
// Each journey gets its own server and empty database (it starts from "the first
// administrator"), so the journeys can run side by side. The accessibility checks (axe, JS on)
// have their own server too, and sign in with a recovery code so they need not wait for a
// new TOTP step.
//
// A TOTP time step can be used only once per account (replay protection) and set-up uses
// one, so the administrator's first sign-in waits for the next 30-second step (up to 30 s).
//
// Run from the repository root:  node --test tests/e2e/staff.test.mjs
// (needs target/debug/care-voice and target/site; cannot run against BASE_URL, because the
// first administrator is created with the server's own database and data key.)

import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { binaryPath, siteRoot, startServer } from './lib/server.mjs';
import { NEUTRAL_BODY, label, launchBrowser, recordCspViolations, watchPage } from './lib/browser.mjs';
import { formatViolations, runAxe } from './lib/axe.mjs';
import { base32Decode, nextCode, totp } from './lib/totp.mjs';

const execFileP = promisify(execFile);

/** A desktop screen. */
const DESKTOP = { width: 1280, height: 800 };
const T = { timeout: 180_000 };
const EXTERNAL = Boolean(process.env.BASE_URL);
const SKIP = EXTERNAL && 'BASE_URL is set: the first administrator must be created with the server’s own database and key';

const ADMIN = { email: 'admin@testshire.gov.uk', name: 'Ada Admin', password: 'Kettle-Orbit-Violin-Marsh-73' };
const MANAGER = { email: 'cm@testshire.gov.uk', name: 'Cara Manager', password: 'Lantern-Pebble-Quartz-Heron-58' };

/** Card titles on the staff home, in page order, for each role (from domain/access.rs). */
const CARDS = {
  Administrator: [
    'Staff accounts',
    'Audit log',
    'Complaints and advocacy',
    'Notifications',
    'Closure days',
    'Contact requests',
    'Survey rounds',
    'Survey results',
    'Promise checks and complaints',
    'You said, we did',
    'Content',
  ],
  'Complaints manager': ['Complaints and advocacy', 'Notifications', 'Contact requests', 'Survey results', 'Promise checks and complaints'],
};

/** @type {import('playwright-core').Browser} */
let browser;

before(async () => {
  if (!EXTERNAL) browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
});

// ---------------------------------------------------------------------------------------------
// Helpers

/**
 * Starts a server whose database and data key live in a directory this file knows, so
 * `care-voice admin create` can use the same ones.
 */
async function startStaffServer() {
  const dir = mkdtempSync(join(tmpdir(), 'care-voice-e2e-staff-'));
  const shared = {
    DATABASE_URL: `sqlite://${join(dir, 'cv.db')}`,
    CARE_VOICE_DATA_KEY_FILE: join(dir, 'key'),
  };
  let server;
  try {
    server = await startServer({ env: shared });
  } catch (e) {
    rmSync(dir, { recursive: true, force: true });
    throw e;
  }

  /** Runs `care-voice admin create` and returns its output and the one-time link. */
  async function adminCreate(email, name) {
    const env = {
      ...process.env,
      ...shared,
      CARE_VOICE_PUBLIC_URL: server.baseURL,
      CARE_VOICE_SECURE_COOKIES: 'false',
      LEPTOS_SITE_ROOT: siteRoot(),
    };
    delete env.CARE_VOICE_SMTP_URL;
    const args = ['admin', 'create', '--email', email, '--name', name];
    let out;
    try {
      out = await execFileP(binaryPath(), args, { env, cwd: dir, timeout: 60_000 });
    } catch (e) {
      throw new Error(`care-voice ${args.join(' ')} failed (${e.code ?? e.signal}):\n${e.stdout ?? ''}\n${e.stderr ?? ''}`);
    }
    const lines = out.stdout.trim().split('\n').map((l) => l.trim());
    return { lines, link: lines[1] ?? '', stderr: out.stderr };
  }

  return {
    baseURL: server.baseURL,
    log: server.log,
    adminCreate,
    async stop() {
      try {
        await server.stop();
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

/**
 * A desktop browser context (1280×800, mouse, no touch).
 * @param {{mode?: 'js'|'nojs', bypassCSP?: boolean, recordCsp?: boolean, storageState?: any}} [o]
 */
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
    storageState: o.storageState,
  });
  context.setDefaultTimeout(15_000);
  context.setDefaultNavigationTimeout(30_000);
  // Nothing here should leave the site; answer the quick exit's target locally anyway.
  await context.route('https://www.bbc.co.uk/**', (route) =>
    route.fulfill({ status: 200, contentType: 'text/html', body: NEUTRAL_BODY }),
  );
  if (o.recordCsp && mode !== 'nojs') await recordCspViolations(context);
  return context;
}

/** Navigates and returns the response, with a readable error when there is none. */
async function visit(page, url, where) {
  const resp = await page.goto(url, { waitUntil: 'load' });
  assert.ok(resp, `${where} no response for ${url}`);
  return resp;
}

/** Clicks the button named `name` and waits for the page it leads to (a plain form post). */
async function submit(page, name, where) {
  const button = page.getByRole('button', { name, exact: true });
  assert.equal(await button.count(), 1, `${where} expected one "${name}" button`);
  const [resp] = await Promise.all([page.waitForNavigation({ waitUntil: 'load' }), button.click()]);
  assert.ok(resp, `${where} "${name}" led to no response`);
  return resp;
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

/** The staff home's card titles, in order. */
async function cardTitles(page) {
  return (await page.locator('ul.cards li.card .card__title').allInnerTexts()).map((t) =>
    t.replace(/\s*Coming soon\s*$/, '').trim(),
  );
}

/** The error summary: its title and messages (or null when there is none). */
async function errorSummary(page) {
  const box = page.locator('.error-summary');
  if ((await box.count()) === 0) return null;
  return {
    title: (await box.locator('.error-summary__title').innerText()).trim(),
    items: (await box.locator('.error-summary__list li').allInnerTexts()).map((s) => s.trim()),
    text: (await box.innerText()).trim(),
  };
}

/**
 * Opens a one-time set-up link and finishes set-up: password, the TOTP key read from the page,
 * the current code. Returns the key, the code and step used, and the recovery codes shown.
 */
async function setUp(page, link, person, ctx) {
  const where = label({ url: new URL(link).pathname.replace(/[^/]+$/, '<token>'), ...ctx });
  const resp = await visit(page, link, where);
  assert.equal(resp.status(), 200, `${where} status`);
  assert.equal(await h1(page), 'Set up your account', `${where} h1`);
  assert.match(
    await page.locator('main .lead').innerText(),
    new RegExp(`Welcome, ${person.name}\\.`),
    `${where} the page should greet ${person.name}`,
  );
  assert.ok(await page.getByRole('img', { name: 'QR code to scan with your authenticator app' }).isVisible(), `${where} QR code`);

  const manual = (await page.locator('#manual-key code').innerText()).trim();
  assert.match(manual, /^[A-Z2-7]{4}( [A-Z2-7]{1,4})*$/, `${where} #manual-key should be base32 in groups of 4: ${JSON.stringify(manual)}`);
  const key = base32Decode(manual);
  assert.equal(key.length, 20, `${where} the TOTP key should be 160 bits (it is ${key.length * 8})`);

  await page.locator('#password').fill(person.password);
  await page.locator('#confirm').fill(person.password);
  const { code, step } = totp(key);
  await page.locator('#code').fill(code);
  const done = await submit(page, 'Finish setting up', where);
  assert.equal(done.status(), 200, `${where} status after "Finish setting up"`);
  assert.equal(
    await h1(page),
    'Your account is ready',
    `${where} h1 after set-up (errors: ${JSON.stringify(await errorSummary(page))})`,
  );
  const recoveryCodes = (await page.locator('ul.recovery-codes li code').allInnerTexts()).map((s) => s.trim());
  assert.equal(recoveryCodes.length, 10, `${where} ten recovery codes: ${JSON.stringify(recoveryCodes)}`);
  for (const rc of recoveryCodes) {
    assert.match(rc, /^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{2}$/, `${where} recovery code format: ${rc}`);
  }
  assert.equal(new Set(recoveryCodes).size, 10, `${where} the recovery codes should all differ`);
  return { key, code, step, recoveryCodes };
}

/** Email and password on /staff/sign-in, expecting the code page. */
async function passwordStep(page, baseURL, person, ctx) {
  const where = label({ url: '/staff/sign-in', ...ctx });
  const resp = await visit(page, `${baseURL}/staff/sign-in`, where);
  assert.equal(resp.status(), 200, `${where} status`);
  assert.equal(await h1(page), 'Sign in', `${where} h1`);
  await page.locator('#email').fill(person.email);
  await page.locator('#password').fill(person.password);
  await submit(page, 'Continue', where);
  assert.equal(pathOf(page), '/staff/sign-in/code', `${where} "Continue" should lead to the code page (errors: ${JSON.stringify(await errorSummary(page))})`);
  assert.equal(await h1(page), 'Enter your security code', `${label({ url: '/staff/sign-in/code', ...ctx })} h1`);
}

/** Enters `code` on /staff/sign-in/code. */
async function codeStep(page, code, ctx) {
  const where = label({ url: '/staff/sign-in/code', ...ctx });
  await page.locator('#code').fill(code);
  return submit(page, 'Sign in', where);
}

/** Asserts the staff home for `person` in `role`. */
async function assertStaffHome(page, person, role, ctx) {
  const where = label({ url: '/staff', ...ctx });
  assert.equal(pathOf(page), '/staff', `${where} should be on the staff home`);
  assert.equal(await h1(page), 'Staff home', `${where} h1`);
  const lead = await page.locator('main .lead').innerText();
  assert.ok(lead.includes(`Hello, ${person.name}. You are signed in as ${role}.`), `${where} lead: ${JSON.stringify(lead)}`);
  assert.ok(
    (await page.locator('header .staff-header__who').innerText()).includes(`${person.name} · ${role}`),
    `${where} the header should say who is signed in`,
  );
  assert.ok(await page.getByRole('button', { name: 'Sign out', exact: true }).isVisible(), `${where} "Sign out" button`);
  assert.deepEqual(await cardTitles(page), CARDS[role], `${where} the cards a ${role} sees`);
}

/** Signs out with the header's button and checks where that leads. */
async function signOut(page, baseURL, ctx) {
  const where = label({ url: pathOf(page), ...ctx }) + ' sign out';
  await submit(page, 'Sign out', where);
  assert.equal(pathOf(page), '/staff/sign-in?signed_out=1', `${where} should land on the sign-in page`);
  assert.equal(
    (await page.getByRole('status').filter({ hasText: 'You have signed out.' }).count()) > 0,
    true,
    `${where} "You have signed out." notice`,
  );
  // The session is gone: the staff home sends us back to sign in.
  await visit(page, `${baseURL}/staff`, where);
  assert.equal(pathOf(page), '/staff/sign-in', `${where} after signing out, /staff should redirect to sign-in`);
}

// ---------------------------------------------------------------------------------------------

describe('staff journey at 1280×800: first administrator to complaints manager', { concurrency: true }, () => {
  for (const mode of /** @type {const} */ (['js', 'nojs'])) {
    it(
      `${mode}: CLI admin sets up TOTP, signs in, invites a complaints manager, who sees only their role's pages`,
      { ...T, skip: SKIP },
      async () => {
        const ctx = { mode, viewport: DESKTOP };
        const server = await startStaffServer();
        const base = server.baseURL;
        const adminCtx = await newDesktopContext({ mode, recordCsp: true });
        const managerCtx = await newDesktopContext({ mode, recordCsp: true });
        try {
          // --- 1. The first administrator, from the command line. -------------------------
          const created = await server.adminCreate(ADMIN.email, ADMIN.name);
          assert.equal(created.lines.length, 2, `CLI should print two lines: ${JSON.stringify(created.lines)}`);
          assert.match(created.lines[0], /^Send this one-time link to Ada Admin\./, 'CLI first line');
          assert.match(created.link, new RegExp(`^${base.replace(/[.]/g, '\\.')}/staff/setup/[A-Za-z0-9_-]{20,}$`), 'CLI link');

          // --- 2. Set-up: password and TOTP. ----------------------------------------------
          const a = await adminCtx.newPage();
          const aProblems = watchPage(a);
          const adminSetup = await setUp(a, created.link, ADMIN, ctx);
          // "Sign in" on the recovery-codes page is a plain link.
          await Promise.all([a.waitForURL(`${base}/staff/sign-in`), a.getByRole('link', { name: 'Sign in', exact: true }).click()]);

          // The link works once.
          {
            const where = label({ url: '/staff/setup/<used token>', ...ctx });
            const resp = await visit(a, created.link, where);
            assert.equal(resp.status(), 200, `${where} status`);
            assert.equal(await h1(a), 'This link cannot be used', `${where} a used link`);
            assert.equal(await a.locator('#password').count(), 0, `${where} a used link shows no form`);
          }

          // --- 3. Sign in: a wrong password first, then the right one and a TOTP code. ----
          {
            const where = label({ url: '/staff/sign-in', ...ctx }) + ' wrong password';
            await visit(a, `${base}/staff/sign-in`, where);
            await a.locator('#email').fill(ADMIN.email);
            await a.locator('#password').fill('not-the-password-at-all');
            const resp = await submit(a, 'Continue', where);
            assert.equal(pathOf(a), '/staff/sign-in', `${where} should stay on the sign-in page`);
            assert.equal(resp.status(), 422, `${where} status`);
            const summary = await errorSummary(a);
            assert.ok(summary, `${where} there should be an error summary`);
            assert.equal(summary.title, 'There is a problem', `${where} error summary title`);
            assert.deepEqual(summary.items, ['The email address or password is wrong'], `${where} error messages`);
            assert.match(await a.title(), /^Error: /, `${where} <title> should start with "Error:"`);
            assert.equal(await a.locator('#email').inputValue(), ADMIN.email, `${where} the email is kept`);
            assert.equal(await a.locator('#password').inputValue(), '', `${where} the password is not sent back`);
          }

          await passwordStep(a, base, ADMIN, ctx);
          {
            // Replay protection: the code used for set-up is refused.
            const where = label({ url: '/staff/sign-in/code', ...ctx }) + ' set-up code again';
            const resp = await codeStep(a, adminSetup.code, ctx);
            assert.equal(resp.status(), 422, `${where} status`);
            assert.equal(pathOf(a), '/staff/sign-in/code', `${where} should stay on the code page`);
            const summary = await errorSummary(a);
            assert.deepEqual(
              summary?.items,
              ['That code is wrong or has been used already. Enter the code your app shows now.'],
              `${where} the code used at set-up (step ${adminSetup.step}) must not work again`,
            );
            assert.match(await a.title(), /^Error: /, `${where} <title>`);
          }
          const fresh = await nextCode(adminSetup.key, adminSetup.step);
          await codeStep(a, fresh.code, ctx);
          await assertStaffHome(a, ADMIN, 'Administrator', ctx);
          assert.ok(await a.getByRole('link', { name: 'Staff accounts', exact: true }).isVisible(), `${label({ url: '/staff', ...ctx })} "Staff accounts" link`);
          assert.ok(await a.getByRole('link', { name: 'Audit log', exact: true }).isVisible(), `${label({ url: '/staff', ...ctx })} "Audit log" link`);

          // --- 4. Invite a complaints manager. ---------------------------------------------
          let managerLink;
          {
            const where = label({ url: '/staff/users', ...ctx });
            await Promise.all([a.waitForURL(`${base}/staff/users`), a.getByRole('link', { name: 'Staff accounts', exact: true }).click()]);
            assert.equal(await h1(a), 'Staff accounts', `${where} h1`);
            const adminRow = a.locator('table tbody tr').filter({ hasText: ADMIN.email });
            assert.equal(await adminRow.count(), 1, `${where} the administrator is listed`);
            assert.ok((await adminRow.innerText()).includes('Active'), `${where} the administrator is Active`);

            await a.locator('#name').fill(MANAGER.name);
            await a.locator('#email').fill(MANAGER.email);
            const role = a.locator('#role');
            assert.equal(await a.getByLabel('Role', { exact: true }).getAttribute('id'), 'role', `${where} #role is labelled "Role"`);
            await role.selectOption({ label: 'Complaints manager' });
            assert.equal(await role.inputValue(), 'complaints-manager', `${where} role value`);
            const resp = await submit(a, 'Invite', where + ' invite');
            assert.equal(resp.status(), 200, `${where} status after "Invite"`);
            assert.equal(await errorSummary(a), null, `${where} invite should not show errors`);
            managerLink = (await a.locator('code#setup-link').innerText()).trim();
            assert.match(managerLink, new RegExp(`^${base.replace(/[.]/g, '\\.')}/staff/setup/[A-Za-z0-9_-]{20,}$`), `${where} the one-time link`);
            assert.ok(
              (await a.getByRole('status').innerText()).includes(`Send this one-time link to ${MANAGER.name}.`),
              `${where} the notice names the person`,
            );
            const row = a.locator('table tbody tr').filter({ hasText: MANAGER.email });
            assert.equal(await row.count(), 1, `${where} the new account is listed`);
            assert.ok((await row.innerText()).includes('Not set up yet'), `${where} the new account is "Not set up yet"`);
          }

          // --- 5. The complaints manager sets up, signs in with a recovery code. -----------
          const m = await managerCtx.newPage();
          const mProblems = watchPage(m);
          const managerSetup = await setUp(m, managerLink, MANAGER, ctx);
          await passwordStep(m, base, MANAGER, ctx);
          await codeStep(m, managerSetup.recoveryCodes[0], ctx);
          await assertStaffHome(m, MANAGER, 'Complaints manager', ctx);
          {
            const where = label({ url: '/staff', ...ctx }) + ' complaints manager';
            assert.equal(await m.getByRole('link', { name: 'Staff accounts' }).count(), 0, `${where} no "Staff accounts" link`);
            assert.equal(await m.getByRole('link', { name: 'Audit log' }).count(), 0, `${where} no "Audit log" link`);
            assert.equal(await m.locator('a[href="/staff/users"], a[href="/staff/audit"]').count(), 0, `${where} no links to admin pages`);
          }
          for (const path of ['/staff/users', '/staff/audit']) {
            const where = label({ url: path, ...ctx }) + ' complaints manager';
            const resp = await visit(m, base + path, where);
            assert.equal(resp.status(), 403, `${where} status`);
            assert.equal(pathOf(m), path, `${where} should not redirect`);
            assert.equal(await h1(m), 'You cannot use this page', `${where} h1`);
            assert.equal(await m.locator('main table, main form.form, #setup-link').count(), 0, `${where} shows none of the page`);
            assert.ok(await m.getByRole('link', { name: 'Back to the staff home' }).isVisible(), `${where} way back`);
          }
          {
            // Not by a hand-made post either (with the session's own CSRF token).
            const where = label({ url: '/staff/users', ...ctx }) + ' complaints manager POST';
            await visit(m, `${base}/staff`, where);
            const csrf = await m.locator('form[action="/staff/sign-out"] input[name="csrf"]').getAttribute('value');
            assert.ok(csrf, `${where} the sign-out form carries a CSRF token`);
            const resp = await m.request.post(`${base}/staff/users`, {
              form: { csrf, name: 'Mallory', email: 'mallory@example.org', role: 'administrator' },
              maxRedirects: 0,
            });
            assert.equal(resp.status(), 403, `${where} status`);
          }
          await signOut(m, base, ctx);
          {
            // A recovery code works once.
            const where = label({ url: '/staff/sign-in/code', ...ctx }) + ' recovery code again';
            await passwordStep(m, base, MANAGER, ctx);
            await codeStep(m, managerSetup.recoveryCodes[0], ctx);
            assert.equal(pathOf(m), '/staff/sign-in/code', `${where} a used recovery code must not sign in`);
            assert.deepEqual(
              (await errorSummary(m))?.items,
              ['That code is wrong or has been used already. Enter the code your app shows now.'],
              `${where} error`,
            );
          }

          // --- 6. The administrator sees the new account and the audit trail. ---------------
          {
            const where = label({ url: '/staff/users', ...ctx }) + ' after set-up';
            await visit(a, `${base}/staff/users`, where);
            const row = a.locator('table tbody tr').filter({ hasText: MANAGER.email });
            assert.equal(await row.count(), 1, `${where} the complaints manager is listed`);
            assert.ok((await row.innerText()).includes('Active'), `${where} the complaints manager is now Active`);
            assert.equal(await row.locator('select').inputValue(), 'complaints-manager', `${where} their role`);
            assert.equal(await a.locator('table tbody tr').filter({ hasText: 'mallory@example.org' }).count(), 0, `${where} the refused post created nothing`);
          }
          {
            const where = label({ url: '/staff/audit', ...ctx });
            await Promise.all([a.waitForURL(`${base}/staff`), a.locator('header a.site-name').click()]);
            await Promise.all([a.waitForURL(`${base}/staff/audit`), a.getByRole('link', { name: 'Audit log', exact: true }).click()]);
            assert.equal(await h1(a), 'Audit log', `${where} h1`);
            const actions = new Set((await a.locator('table tbody td code').allInnerTexts()).map((s) => s.trim()));
            for (const want of [
              'staff-invited',
              'account-set-up',
              'sign-in-failed',
              'sign-in-password-ok',
              'second-factor-failed',
              'sign-in',
              'access-denied',
              'sign-out',
            ]) {
              assert.ok(actions.has(want), `${where} the audit log should show ${want}; it shows ${[...actions].join(', ')}`);
            }
            const invited = a.locator('table tbody tr').filter({ has: a.locator('code', { hasText: /^staff-invited$/ }) });
            assert.equal(await invited.count(), 2, `${where} two invitations (the CLI's and the administrator's)`);
            const denied = a.locator('table tbody tr').filter({ has: a.locator('code', { hasText: /^access-denied$/ }) });
            assert.ok((await denied.allInnerTexts()).every((t) => t.includes(MANAGER.name)), `${where} access-denied entries name the complaints manager`);
          }
          await signOut(a, base, ctx);

          if (mode === 'js') {
            for (const [who, page, problems] of [['administrator', a, aProblems], ['complaints manager', m, mProblems]]) {
              const where = label({ url: '/staff/…', ...ctx }) + ` ${who}`;
              assert.deepEqual(problems.pageErrors, [], `${where} uncaught errors in the page`);
              assert.deepEqual(problems.cspConsole, [], `${where} CSP messages on the console`);
              assert.deepEqual(await page.evaluate(() => window.__csp), [], `${where} CSP violations on the last page`);
            }
          }
        } catch (e) {
          const log = server.log().replace(/\x1b\[[0-9;]*m/g, '').split('\n').slice(-40).join('\n'); // eslint-disable-line no-control-regex
          e.message += `\n--- server log (last lines) ---\n${log}`;
          throw e;
        } finally {
          await adminCtx.close();
          await managerCtx.close();
          await server.stop();
        }
      },
    );
  }

  it('axe WCAG 2.2 AA on the staff pages (JS on, 1280×800)', { ...T, skip: SKIP }, async (t) => {
    const ctx = { mode: 'js', viewport: DESKTOP };
    const server = await startStaffServer();
    const base = server.baseURL;
    const context = await newDesktopContext({ mode: 'js', bypassCSP: true });
    const axe = async (page, where) => {
      await t.test(`axe ${where}`, async () => {
        const v = await runAxe(page);
        assert.equal(v.length, 0, `${where} axe found ${v.length} violation(s):\n${formatViolations(v)}`);
      });
    };
    try {
      const page = await context.newPage();
      const { link } = await server.adminCreate(ADMIN.email, ADMIN.name);

      // Set-up: as it first shows, then with errors (nothing is used up by a refused post).
      let where = label({ url: '/staff/setup/<token>', ...ctx });
      assert.equal((await visit(page, link, where)).status(), 200, `${where} status`);
      await axe(page, where);
      await page.locator('#password').fill('short');
      await page.locator('#confirm').fill('different');
      await submit(page, 'Finish setting up', where);
      assert.ok(await errorSummary(page), `${where} errors should show`);
      await axe(page, `${where} with errors`);

      // The recovery codes.
      const { recoveryCodes } = await setUp(page, link, ADMIN, ctx);
      await axe(page, `${label({ url: '/staff/setup/<token>', ...ctx })} recovery codes`);

      // Sign-in: as it first shows, with errors, then the code page.
      where = label({ url: '/staff/sign-in', ...ctx });
      await visit(page, `${base}/staff/sign-in`, where);
      await axe(page, where);
      await page.locator('#email').fill('nobody@testshire.gov.uk');
      await page.locator('#password').fill('not-the-password-at-all');
      await submit(page, 'Continue', where);
      assert.ok(await errorSummary(page), `${where} errors should show`);
      await axe(page, `${where} with errors`);
      await passwordStep(page, base, ADMIN, ctx);
      await axe(page, label({ url: '/staff/sign-in/code', ...ctx }));
      await codeStep(page, recoveryCodes[0], ctx);
      await assertStaffHome(page, ADMIN, 'Administrator', ctx);
      await axe(page, label({ url: '/staff', ...ctx }));

      // Staff accounts: the list, then after an invitation (the link shown once).
      where = label({ url: '/staff/users', ...ctx });
      await visit(page, `${base}/staff/users`, where);
      await axe(page, where);
      await page.locator('#name').fill(MANAGER.name);
      await page.locator('#email').fill(MANAGER.email);
      await page.locator('#role').selectOption('complaints-manager');
      await submit(page, 'Invite', where);
      assert.ok(await page.locator('code#setup-link').isVisible(), `${where} the link should show`);
      await axe(page, `${where} link issued`);

      where = label({ url: '/staff/audit', ...ctx });
      await visit(page, `${base}/staff/audit`, where);
      assert.equal(await h1(page), 'Audit log', `${where} h1`);
      await axe(page, where);

      // Survey rounds: the list (the demo round), then the form with errors.
      where = label({ url: '/staff/surveys', ...ctx });
      await visit(page, `${base}/staff/surveys`, where);
      assert.equal(await h1(page), 'Survey rounds', `${where} h1`);
      await axe(page, where);
      await submit(page, 'Open the round', where);
      assert.ok(await errorSummary(page), `${where} errors should show`);
      await axe(page, `${where} with errors`);

      // The contact-request inbox and one request (a young person's request, posted first).
      const sent = await page.request.post(`${base}/survey/contact-me`, {
        form: { reach: 'through my school' },
        headers: { origin: base, 'sec-fetch-site': 'same-origin' },
        maxRedirects: 0,
      });
      assert.equal(sent.status(), 303, 'a contact request was made');
      where = label({ url: '/staff/contact-requests', ...ctx });
      await visit(page, `${base}/staff/contact-requests`, where);
      assert.equal(await h1(page), 'Contact requests', `${where} h1`);
      await axe(page, where);
      await Promise.all([page.waitForURL(/\/staff\/contact-requests\/[^/]+$/), page.getByRole('link', { name: 'Open', exact: true }).click()]);
      assert.ok((await page.locator('main').innerText()).includes('through my school'), `${where} the request shows`);
      await axe(page, label({ url: '/staff/contact-requests/<id>', ...ctx }));
    } finally {
      await context.close();
      await server.stop();
    }
  });
});
