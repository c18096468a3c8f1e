import axe from 'axe-core';
import type { BrowserContext, Locator, Page } from 'playwright-core';

/**
 * axe-core inside every browser journey, without a call each test must remember: every page of
 * a context made by `newPage` is checked when it arrives somewhere new (after goto / reload /
 * back, when a journey waits for something, before it acts on the page) and again whenever a
 * dialog or disclosure is open. A "state" is the path, the h1, the open dialogs and disclosures; each is checked once per
 * page. Any violation fails the journey at that point, naming the rule and the elements.
 *
 * axe is injected with page.evaluate (DevTools protocol), which the app's CSP does not block,
 * unlike page.addScriptTag.
 */

interface Watch {
  readonly seen: Set<string>;
  busy: boolean;
}

const watched = new WeakMap<Page, Watch>();
/** Locator methods after which (waitFor) or before which (actions) the page is checked. */
const AFTER = ['waitFor'] as const;
const BEFORE = ['click', 'fill', 'check', 'uncheck', 'selectOption', 'press', 'tap'] as const;
let locatorsPatched = false;

/** Every page this context opens is checked; call once per context (newPage does). */
export function checkAccessibilityOf(context: BrowserContext): void {
  context.on('page', watchPage);
  for (const page of context.pages()) watchPage(page);
}

function watchPage(page: Page): void {
  if (watched.has(page)) return;
  watched.set(page, { seen: new Set(), busy: false });
  for (const name of ['goto', 'reload', 'goBack', 'goForward'] as const) {
    const original = page[name].bind(page) as (...args: unknown[]) => Promise<unknown>;
    Object.assign(page, {
      [name]: async (...args: unknown[]) => {
        const response = await original(...args);
        await checkpoint(page);
        return response;
      },
    });
  }
  patchLocators(page);
}

function patchLocators(page: Page): void {
  if (locatorsPatched) return;
  locatorsPatched = true;
  const proto = Object.getPrototypeOf(page.locator('body')) as Record<string, unknown>;
  for (const name of AFTER) {
    const original = proto[name] as (this: Locator, ...args: unknown[]) => Promise<unknown>;
    proto[name] = async function (this: Locator, ...args: unknown[]) {
      const result = await original.apply(this, args);
      await checkpoint(this.page());
      return result;
    };
  }
  for (const name of BEFORE) {
    const original = proto[name] as (this: Locator, ...args: unknown[]) => Promise<unknown>;
    proto[name] = async function (this: Locator, ...args: unknown[]) {
      await checkpoint(this.page());
      return original.apply(this, args);
    };
  }
}

/** What makes this moment a state of its own (null: still loading, nothing to check yet). */
function stateKey(page: Page): Promise<string | null> {
  return page
    .evaluate(() => {
      const h1 = document.querySelector('h1')?.textContent?.trim() ?? '';
      const dialogs = [...document.querySelectorAll('[role="dialog"], [role="alertdialog"]')]
        .map((d) => d.getAttribute('aria-labelledby') ?? d.getAttribute('aria-label') ?? '?')
        .map((ref) => document.getElementById(ref)?.textContent?.trim() ?? ref);
      // An open disclosure (the phone's account menu) shows what was hidden: a state too.
      const open = [...document.querySelectorAll('[aria-expanded="true"][aria-controls]')].map(
        (toggle) => toggle.textContent?.trim() ?? '?',
      );
      if (!h1 && dialogs.length === 0) return null;
      return `${location.pathname}${location.search} | ${h1} | ${dialogs.join(', ')} | ${open.join(', ')}`;
    })
    .catch(() => null);
}

/** Checks the page as it is now, once per state; throws on any violation. */
export async function checkpoint(page: Page): Promise<void> {
  const watch = watched.get(page);
  if (!watch || watch.busy || page.isClosed()) return;
  watch.busy = true;
  try {
    const before = await stateKey(page);
    if (before === null || watch.seen.has(before)) return;
    // Let transitions (a dialog fading in) finish, so colours are measured as they end up.
    await page
      .waitForFunction(
        () => document.getAnimations().every((animation) => animation.playState !== 'running'),
        undefined,
        { timeout: 2_000 },
      )
      .catch(() => undefined);
    const key = await stateKey(page);
    if (key === null || watch.seen.has(key)) return;
    watch.seen.add(key);
    const violations = await runAxe(page);
    if (process.env.AXE_DEBUG) console.log(`axe checked ${key}: ${violations.length}`);
    if (violations.length > 0)
      throw new Error(`axe found accessibility problems on ${key}:\n${violations.join('\n')}`);
  } finally {
    watch.busy = false;
  }
}

async function runAxe(page: Page): Promise<string[]> {
  const run = async () => {
    if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${axe.source};0`);
    return page.evaluate(async () => {
      const { axe: inPage } = window as unknown as { axe: typeof axe };
      const result = await inPage.run(document, { resultTypes: ['violations'] });
      return result.violations.map(
        (v) =>
          `- ${v.id} (${v.impact}): ${v.help}\n` +
          v.nodes
            .slice(0, 5)
            .map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`)
            .join('\n'),
      );
    });
  };
  try {
    return await run();
  } catch (error) {
    // A page that navigated during the run: check what it shows now.
    if (page.isClosed()) return [];
    if (!/Execution context was destroyed|Axe is already running/.test(String(error))) throw error;
    return run();
  }
}
