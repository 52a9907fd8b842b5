// axe-core in the page, for WCAG 2.2 AA checks.
//
// The page's context must be created with `bypassCSP: true` (the app's CSP forbids injected
// scripts). With JavaScript disabled nothing can be injected: run axe on the same URL in a
// JS context instead, and in the no-JS context check that the content is present.

import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const AXE_PATH = require.resolve('axe-core/axe.min.js');

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Runs axe on the whole document and returns its violations.
 * @param {import('playwright-core').Page} page
 * @returns {Promise<Array<{id:string, impact:string, help:string, helpUrl:string, nodes:Array<{target:string[], html:string, failureSummary:string}>}>>}
 */
export async function runAxe(page, { tags = WCAG_TAGS } = {}) {
  const has = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!has) await page.addScriptTag({ path: AXE_PATH });
  const ok = await page.evaluate(() => typeof window.axe !== 'undefined');
  if (!ok) {
    throw new Error(
      'axe-core did not load in the page: was the context created with bypassCSP: true and JavaScript on?',
    );
  }
  return page.evaluate(
    async (values) => {
      const r = await window.axe.run(document, {
        runOnly: { type: 'tag', values },
        resultTypes: ['violations'],
      });
      return r.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        helpUrl: v.helpUrl,
        nodes: v.nodes.map((n) => ({
          target: n.target.map(String),
          html: n.html,
          failureSummary: n.failureSummary,
        })),
      }));
    },
    tags,
  );
}

/** Violations as readable text, one rule a paragraph, first few elements each. */
export function formatViolations(violations, { maxNodes = 5 } = {}) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, maxNodes)
        .map(
          (n) =>
            `    - ${n.target.join(' ')}\n      ${truncate(n.html, 160)}\n      ${String(n.failureSummary ?? '')
              .split('\n')
              .map((l) => l.trim())
              .filter(Boolean)
              .join(' | ')}`,
        )
        .join('\n');
      const more = v.nodes.length > maxNodes ? `\n    … and ${v.nodes.length - maxNodes} more` : '';
      return `  ${v.id} (${v.impact}): ${v.help}\n    ${v.helpUrl}\n${nodes}${more}`;
    })
    .join('\n');
}

function truncate(s, n) {
  s = String(s ?? '').replace(/\s+/g, ' ');
  return s.length > n ? `${s.slice(0, n - 1)}…` : s;
}
