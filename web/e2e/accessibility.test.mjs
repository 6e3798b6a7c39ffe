// Every main screen, checked by axe-core against WCAG 2.1 A and AA (labels, contrast, ARIA, names,
// heading structure…) in the running app with real data. A violation fails the test and names
// the rule and the elements.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { BASE, launch, settled, signIn } from './support.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let browser;

before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

async function violations(page) {
  await settled(page);
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    // eslint-disable-next-line no-undef -- axe: the global of the script added above, in the page
    const result = await axe.run(document, { runOnly: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] });
    return {
      passes: result.passes.length,
      violations: result.violations.map(
        (v) =>
          `${v.id} (${v.impact}): ${v.nodes
            .slice(0, 3)
            .map((n) => n.target.join(' '))
            .join(' | ')}`,
      ),
    };
  });
}

async function check(user, paths, viewport) {
  const { context, page, problems } = await signIn(browser, user, { bypassCSP: true, viewport });
  try {
    for (const path of typeof paths === 'function' ? await paths(page) : paths) {
      await page.goto(`${BASE}${path}`);
      const { passes, violations: found } = await violations(page);
      assert.ok(passes > 10, `axe ran its rules on ${path}`);
      assert.deepEqual(found, [], `WCAG violations on ${path}`);
      assert.deepEqual(problems, [], `server or page errors on ${path}`);
      // the users' words: no id and no code name on screen (names of staff and teams come with the directory)
      const technical = await page.evaluate(
        () =>
          document.body.innerText.match(
            /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|\b[A-Z][A-Z0-9]+_[A-Z0-9_]+\b/g,
          ) ?? [],
      );
      assert.deepEqual(technical, [], `ids or codes on ${path}`);
      // the page fits the screen's width: nothing to scroll sideways for
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      assert.ok(overflow <= 0, `${path} is ${overflow} px wider than a ${viewport.width} px wide screen`);
    }
  } finally {
    await context.close();
  }
}

// WCAG 1.4.10 reflow, the measure BITV 2.0 requires: 320 CSS px wide (a 1280 px screen at 400 % zoom) with no page
// scrolling sideways — data tables scroll within their own focusable region. Every screen is checked there, where
// reflow problems show; the laptop size (1280 × 720) covers the layout the case managers mostly work with.
const NARROW = { width: 320, height: 640 };
const LAPTOP = { width: 1280, height: 720 };

describe('accessibility (axe-core, WCAG 2.1 AA)', { concurrency: false }, () => {
  test('AV screens at 320 px', () =>
    check('av-bernd', ['/av', '/av/zugangspruefung', '/av/nichtvormerkungen', '/barrierefreiheit'], NARROW));

  const caseFile = async (page) => {
    await page.goto(`${BASE}/fm`);
    const link = page.getByTestId('my-caseload').locator('a[href^="/faelle/"]').first();
    await link.waitFor();
    const file = await link.getAttribute('href');
    return [
      '/fm',
      ...['', '/assessment', '/plan', '/kontakte', '/fortschreibung', '/netzwerk', '/abschluss'].map(
        (tab) => `${file}${tab}`,
      ),
    ];
  };

  test('FM work list and every tab of a case file at 320 px', () => check('fm-anna', caseFile, NARROW));

  test('on a laptop screen (1280 × 720)', async () => {
    await check('fm-anna', caseFile, LAPTOP);
    await check('mgmt-karl', ['/steuerung'], LAPTOP);
  });

  test('team lead, management and admin screens at 320 px', async () => {
    await check(
      'tl-petra',
      [
        '/tl',
        '/tl?bereich=verlaengerungen',
        '/tl?bereich=qualitaet',
        '/tl?bereich=fachaufsicht',
        '/tl?bereich=fallbestand',
      ],
      NARROW,
    );
    await check('mgmt-karl', ['/steuerung'], NARROW);
    await check('mgmt-bund', ['/steuerung'], NARROW);
    await check('admin-ida', ['/admin', '/admin/jobcenter'], NARROW);
  });
});
