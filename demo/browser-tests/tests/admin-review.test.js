// HQ in Broadleaf's admin: the New-member bounties and Fraud review sections, and the member review (bounties, then
// fraud signals) run at once from the Fraud review list, answering in the admin's language; the Member review page
// lists the review's runs. Running the review is idempotent, so this test can run on any demo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, desktopPage, ADMIN, RESULTS } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// Broadleaf's admin pages can hold the load event back for long; their content is there at DOMContentLoaded.
const LOADED = { waitUntil: 'domcontentloaded' };

async function logIn(page, locale) {
  await page.goto(`${ADMIN}/login?locale=${locale}`);
  await page.fill('input[name=j_username]', 'admin');
  await page.fill('input[name=j_password]', 'admin');
  await Promise.all([page.waitForNavigation(LOADED), page.click('input[type=submit]')]);
}

/** Opens a section from the admin menu, as HQ does, and returns the grid's column headers. */
async function openSection(page, url) {
  const link = page.locator(`.blc-module a[href="${url}"]`).first();
  // The menu keeps the current section's module open; another click on its title would fold it away.
  if (!(await link.isVisible())) {
    await page.locator('.blc-module', { has: page.locator(`a[href="${url}"]`) }).locator('.title').click();
  }
  await Promise.all([page.waitForURL(`${ADMIN}${url}`, LOADED), link.click()]);
  await page.waitForSelector('table.list-grid-table');
  return (await page.locator('table.list-grid-table thead th').allTextContents()).map((text) => text.trim());
}

test('the admin opens the bounty and fraud review lists and runs the member review from the fraud review list', async () => {
  const page = await desktopPage(browser);
  await logIn(page, 'zh_CN');

  const bountyColumns = await openSection(page, '/gc-new-member-bounty');
  assert.ok(bountyColumns.some((text) => /绑定时间/.test(text)), `bounty columns: ${bountyColumns}`);
  assert.ok(bountyColumns.some((text) => /导购/.test(text)), `bounty columns: ${bountyColumns}`);
  await page.screenshot({ path: path.join(RESULTS, 'admin-bounties.png'), fullPage: true });

  const fraudColumns = await openSection(page, '/gc-fraud-signal');
  assert.ok(fraudColumns.some((text) => /审核状态/.test(text)), `fraud columns: ${fraudColumns}`);
  assert.equal(await page.locator('#gc-member-review-summary').count(), 0, 'no summary before a run');
  assert.equal((await page.textContent('#gc-member-review-run')).trim(), '立即运行会员审核');

  await Promise.all([page.waitForURL(`${ADMIN}/gc-fraud-signal`, LOADED), page.click('#gc-member-review-run')]);
  await page.waitForSelector('table.list-grid-table');
  const summary = (await page.textContent('#gc-member-review-summary')).replace(/\s+/g, ' ');
  assert.match(summary, /会员审核已完成：.*新建拉新奖励 \d+ 笔.*判定待定奖励 \d+ 笔.*新发现或更新刷单预警 \d+ 条/);
  assert.doesNotMatch(summary, /[A-Za-z]/, 'the answer is in Chinese');
  assert.equal(await page.locator('#gc-job-busy').count(), 0, 'nothing else held the review');
  await page.screenshot({ path: path.join(RESULTS, 'admin-fraud-review.png'), fullPage: true });

  // The run went through the job runner: it heads the review's last runs, on the node that served the page.
  await Promise.all([page.waitForURL(`${ADMIN}/gc-member-review`, LOADED), page.click('#gc-member-review-runs-link')]);
  assert.match(await page.textContent('#gc-member-review-title'), /会员审核/);
  const node = (await page.textContent('#gc-job-node-name')).trim();
  assert.match(node, /\S+@\S+/);
  const lastRun = page.locator('#gc-job-runs-table tbody tr').first();
  assert.equal(await lastRun.getAttribute('data-outcome'), 'SUCCEEDED');
  assert.equal((await lastRun.locator('.gc-job-run-node').textContent()).trim(), node);
  await page.screenshot({ path: path.join(RESULTS, 'admin-member-review.png'), fullPage: true });

  // A reload of the list shows the list again, without running the review a second time.
  await page.goto(`${ADMIN}/gc-fraud-signal`, LOADED);
  assert.equal(await page.locator('#gc-member-review-summary').count(), 0);
});

test('the member review answers an English admin in English', async () => {
  const page = await desktopPage(browser);
  await logIn(page, 'en_US');
  await openSection(page, '/gc-fraud-signal');

  assert.equal((await page.textContent('#gc-member-review-run')).trim(), 'Run the member review now');
  await Promise.all([page.waitForURL(`${ADMIN}/gc-fraud-signal`, LOADED), page.click('#gc-member-review-run')]);
  const summary = (await page.textContent('#gc-member-review-summary')).replace(/\s+/g, ' ');
  assert.match(summary, /Member review done:.*\d+ new-member bounties created.*\d+ pending bounties decided.*\d+ fraud signals raised or refreshed/);
});
