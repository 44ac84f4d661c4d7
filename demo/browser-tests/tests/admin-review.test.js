// HQ in Broadleaf's admin: the New-member bounties and Fraud review sections, and the Member review page that runs the
// review (bounties, then fraud signals) at once. Running the review is idempotent, so this test can run on any demo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, desktopPage, ADMIN, RESULTS } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Broadleaf's admin pages can hold the load event back for long; their content is there at DOMContentLoaded.
const LOADED = { waitUntil: 'domcontentloaded' };

async function logIn(page) {
  await page.goto(`${ADMIN}/login`);
  await page.fill('input[name=j_username]', 'admin');
  await page.fill('input[name=j_password]', 'admin');
  await Promise.all([page.waitForNavigation(LOADED), page.click('input[type=submit]')]);
}

/** Opens a section from the Guide Commerce menu, as HQ does, and returns the grid's column headers. */
async function openSection(page, url) {
  const link = page.locator(`.blc-module a[href="${url}"]`).first();
  // The menu keeps the current section's module open; another click on its title would fold it away.
  if (!(await link.isVisible())) {
    await page.locator('.blc-module .title', { hasText: /导购管理|Guide Commerce/ }).click();
  }
  await Promise.all([page.waitForURL(`${ADMIN}${url}`, LOADED), link.click()]);
  await page.waitForSelector('table.list-grid-table');
  return (await page.locator('table.list-grid-table thead th').allTextContents()).map((text) => text.trim());
}

test('the admin opens the bounty and fraud review lists and runs the member review', async () => {
  const page = await desktopPage(browser);
  await logIn(page);

  const bountyColumns = await openSection(page, '/gc-new-member-bounty');
  assert.ok(bountyColumns.some((text) => /绑定时间|Bound At/.test(text)), `bounty columns: ${bountyColumns}`);
  assert.ok(bountyColumns.some((text) => /导购|Guide/.test(text)), `bounty columns: ${bountyColumns}`);
  await page.screenshot({ path: path.join(RESULTS, 'admin-bounties.png'), fullPage: true });

  const fraudColumns = await openSection(page, '/gc-fraud-signal');
  assert.ok(fraudColumns.some((text) => /审核状态|Review Status/.test(text)), `fraud columns: ${fraudColumns}`);
  await page.screenshot({ path: path.join(RESULTS, 'admin-fraud-review.png'), fullPage: true });

  await page.goto(`${ADMIN}/gc-member-review`, LOADED);
  assert.match(await page.textContent('#gc-member-review-title'), /会员审核|Member review/);
  assert.equal(await page.locator('#gc-member-review-summary').count(), 0, 'no summary before a run');

  await Promise.all([page.waitForNavigation(LOADED), page.click('#gc-member-review-run')]);
  const summary = await page.textContent('#gc-member-review-summary');
  assert.match(summary, /bounties created: \d+, bounties decided: \d+, fraud signals raised or refreshed: \d+/);

  // The run went through the job runner: it heads the review's last runs, on the node that served the page.
  const node = (await page.textContent('#gc-job-node-name')).trim();
  assert.match(node, /\S+@\S+/);
  const lastRun = page.locator('#gc-job-runs-table tbody tr').first();
  assert.equal(await lastRun.getAttribute('data-outcome'), 'SUCCEEDED');
  assert.equal((await lastRun.locator('.gc-job-run-node').textContent()).trim(), node);
  assert.equal(await page.locator('#gc-job-busy').count(), 0, 'nothing else held the review');
  await page.screenshot({ path: path.join(RESULTS, 'admin-member-review.png'), fullPage: true });

  // The run's signals (if the demo data raised any) are in the list; the list still loads after the run.
  await openSection(page, '/gc-fraud-signal');
});
