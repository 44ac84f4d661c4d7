// HQ settles a finished month in Broadleaf's admin: the demo data holds a POS purchase of the demo shopper (member of
// G0003, store HZ001 of franchisee F001) six weeks back, completed at the till with no return window. Generating that
// month's statements gives G0003 5 % and F001 2 % of it; HQ confirms G0003's, marks it paid and downloads its CSV.
// Settling is for good: this needs a freshly loaded demo (the demo tests start one with --reset).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, desktopPage, ADMIN, RESULTS } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LOADED = { waitUntil: 'domcontentloaded' };

function monthOfHistory() {
  const sold = new Date(Date.now() - 42 * 24 * 3600 * 1000 + 8 * 3600 * 1000);
  return `${sold.getUTCFullYear()}-${String(sold.getUTCMonth() + 1).padStart(2, '0')}`;
}

test('HQ generates a finished month\'s statements, confirms one, marks it paid and exports it', async () => {
  const page = await desktopPage(browser);
  await page.goto(`${ADMIN}/login`);
  await page.fill('input[name=j_username]', 'admin');
  await page.fill('input[name=j_password]', 'admin');
  await Promise.all([page.waitForNavigation(LOADED), page.click('input[type=submit]')]);

  await page.goto(`${ADMIN}/gc-settlement`, LOADED);
  await page.fill('#gc-settlement-month', monthOfHistory());
  await Promise.all([page.waitForNavigation(LOADED), page.click('#gc-settlement-generate')]);
  const rows = page.locator('#gc-settlement-created-table tbody tr');
  const byCode = {};
  for (let i = 0; i < await rows.count(); i++) {
    const cells = await rows.nth(i).locator('td').allTextContents();
    byCode[cells[2].trim()] = { total: cells[5].trim(), href: await rows.nth(i).locator('a').getAttribute('href') };
  }
  // 2,399.00 and 2 × 299.00: the guide's 5 % is 119.95 + 29.90, the franchisee's 2 % is 47.98 + 11.96.
  // Money reads as the admin's money fields do: the yuan sign (CN¥ in English) and two decimals.
  assert.match(byCode.G0003?.total ?? '', /^(CN)?¥149\.85$/);
  assert.match(byCode.F001?.total ?? '', /^(CN)?¥59\.94$/);
  await page.screenshot({ path: path.join(RESULTS, 'admin-settlement.png'), fullPage: true });

  // The statements list's search box finds a statement by its number, or part of it, and by its beneficiary.
  await page.goto(`${ADMIN}/gc-settlement-statement`, LOADED);
  const statementNo = (await page.locator('tr[data-link]', { hasText: 'G0003' }).first()
    .locator('td[data-fieldname=statementNo]').textContent()).trim();
  assert.equal(await page.locator('tr[data-link] td').first().getAttribute('data-fieldname'), 'statementNo',
    'the statement number is the first column');
  for (const typed of [statementNo, statementNo.slice(3).toLowerCase(), 'G0003']) {
    await page.fill('form.custom-entity-search input[type=search]', typed);
    await page.click('form.custom-entity-search a.search-button');
    await page.waitForFunction((number) => {
      const rows = [...document.querySelectorAll('tr[data-link]')];
      return rows.length === 1 && rows[0].textContent.includes(number);
    }, statementNo);
  }

  await page.goto(new URL(byCode.G0003.href, ADMIN).href, LOADED);
  assert.match((await page.textContent('#gc-statement-total')).trim(), /^(CN)?¥149\.85$/);
  assert.match(await page.textContent('#gc-statement-entries'), /POS-HZ001-HISTORY-1/);
  await Promise.all([page.waitForNavigation(LOADED), page.click('#gc-statement-confirm')]);
  await page.fill('#gc-statement-reference', 'BANK-2026-0001');
  await Promise.all([page.waitForNavigation(LOADED), page.click('#gc-statement-pay')]);
  const status = (await page.textContent('#gc-statement-status')).trim();
  assert.ok(status === '已付款' || status === 'Paid' || status === 'PAID', `status after payment: ${status}`);

  const csv = await page.request.get(new URL(await page.getAttribute('#gc-statement-csv', 'href'), ADMIN).href);
  assert.equal(csv.status(), 200);
  const text = await csv.text();
  assert.match(text, /POS-HZ001-HISTORY-1/);
  assert.match(text, /149\.85/);
});
