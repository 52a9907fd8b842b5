// Helpers for the survey journeys: answer a question page like a young person would (the
// first, calm option, or a few words), walk a whole survey, and read the server's SQLite
// database (with Python's sqlite3, which CI has; Node 20 has no SQLite).
//
//   const n = await answerAll(page, { base, onPage });     // from question 1 to "check"
//   const rows = await dbQuery(server.databasePath, 'SELECT COUNT(*) AS n FROM survey_responses');

import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const execFileP = promisify(execFile);

/** The demo round's address for a band: `/survey/demo/8-11`. */
export function surveyBase(band, round = 'demo') {
  return `/survey/${round}/${band}`;
}

/** Escapes a string for use in a RegExp. */
export function reEscape(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * On a question page: chooses the first option (or writes a few words) and presses
 * Continue, then waits until the address is `next`. Works with JS on (the island swaps the
 * page) and off (a plain post and redirect).
 */
export async function answerQuestion(page, next, { text = 'Things are fine, thank you.' } = {}) {
  const box = page.locator('textarea[name="answer"]');
  if (await box.count()) {
    await box.fill(text);
  } else {
    await page.locator('input[name="answer"]').first().check();
  }
  await Promise.all([
    page.waitForURL((u) => u.pathname + u.search === next),
    page.locator('button[value="continue"]').click(),
  ]);
}

/**
 * Answers every question from `from` (default 1) to the check page. Returns how many there
 * are. `onPage(page, n)` runs on each question page before it is answered (axe, checks).
 */
export async function answerAll(page, { base, from = 1, onPage = async () => {} }) {
  let n = from;
  for (;;) {
    assert.equal(new URL(page.url()).pathname, `${base}/q/${n}`, `question ${n}`);
    const progress = await page.locator('.caption').first().innerText();
    const total = Number((progress.match(/(\d+)\D+(\d+)/) ?? [])[2]);
    assert.ok(total > 0, `a "Question ${n} of N" caption: ${progress}`);
    await onPage(page, n);
    const next = n === total ? `${base}/check` : `${base}/q/${n + 1}`;
    await answerQuestion(page, next);
    if (n === total) return total;
    n += 1;
  }
}

/** Runs SQL on the server's SQLite file and returns the rows as objects. */
export async function dbQuery(databasePath, sql) {
  const script = [
    'import json, sqlite3, sys',
    'c = sqlite3.connect("file:" + sys.argv[1] + "?mode=ro", uri=True)',
    'c.row_factory = sqlite3.Row',
    'print(json.dumps([dict(r) for r in c.execute(sys.argv[2]).fetchall()]))',
  ].join('\n');
  const { stdout } = await execFileP('python3', ['-c', script, databasePath, sql]);
  return JSON.parse(stdout);
}

/** Every value of every table (except sqlx's bookkeeping), as `{table, column, value}`. */
export async function dbAllValues(databasePath) {
  const tables = await dbQuery(
    databasePath,
    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name <> '_sqlx_migrations'",
  );
  const out = [];
  for (const { name } of tables) {
    for (const row of await dbQuery(databasePath, `SELECT * FROM "${name}"`)) {
      for (const [column, value] of Object.entries(row)) out.push({ table: name, column, value });
    }
  }
  return out;
}
