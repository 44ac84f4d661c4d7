// HQ reads the commission ledger in Chinese: the search box finds an order's entries by its number, the totals above
// the grid follow the search (every entry the filter selects, not the page), an entry links to its order and the
// order to its ledger entries and its channel events, whose search box takes the order number too. The demo data
// holds POS-HZ001-HISTORY-1: 2,399.00 + 2 × 299.00 at HZ001, crediting G0003 5 % and F001 2 % per line.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, ADMIN, RESULTS } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LOADED = { waitUntil: 'domcontentloaded' };
const ORDER = 'POS-HZ001-HISTORY-1';

async function hqPage() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  context.setDefaultTimeout(30000);
  const page = await context.newPage();
  await page.goto(`${ADMIN}/login`);
  await page.fill('input[name=j_username]', 'admin');
  await page.fill('input[name=j_password]', 'admin');
  await Promise.all([page.waitForNavigation(LOADED), page.click('input[type=submit]')]);
  return page;
}

async function search(page, text) {
  await page.fill('form.custom-entity-search input[type=search]', text);
  await page.click('form.custom-entity-search a.search-button');
}

test('the ledger finds an order\'s entries by its number and totals what it found', async () => {
  const page = await hqPage();
  await page.goto(`${ADMIN}/gc-commission-entry?locale=zh_CN`, LOADED);
  assert.match(await page.textContent('#gc-ledger-totals'), /当前筛选合计/);

  // The totals follow each search in place: first one that finds nothing, then the order's number.
  await search(page, 'NO-SUCH-ORDER');
  await page.waitForFunction(() => document.querySelector('#gc-ledger-totals-none') !== null);
  await search(page, ORDER);
  // First the grid answers the search, then the totals follow it with a request of their own.
  await page.waitForFunction((order) => {
    const rows = [...document.querySelectorAll('tr[data-link]')];
    return rows.length > 0 && rows.every((row) => row.textContent.includes(order));
  }, ORDER);
  await page.waitForFunction(() => document.querySelector('#gc-ledger-totals')?.textContent.includes('4 条'));
  // The totals read as the money cells do.
  assert.match(await page.textContent('#gc-ledger-totals'), /¥209\.79（4 条）/);
  assert.match(await page.textContent('td[data-fieldname=amount]'), /^\s*¥\d+\.\d\d\s*$/);
  // At 1440 × 900 every created time stays on one line beside the order number.
  const linesOfTimes = await page.$$eval('td[data-fieldname=createdAt]', (cells) => cells.map((cell) => {
    const text = document.createRange();
    text.selectNodeContents(cell);
    return new Set([...text.getClientRects()].filter((box) => box.width > 0).map((box) => Math.round(box.top))).size;
  }));
  assert.ok(linesOfTimes.length > 0);
  assert.deepEqual(linesOfTimes, linesOfTimes.map(() => 1), 'created times on one line');
  const rows = page.locator('tr[data-link]');
  assert.equal(await rows.count(), 4);
  for (const text of await rows.allTextContents()) {
    assert.match(text, new RegExp(ORDER));
  }
  await page.screenshot({ path: path.join(RESULTS, 'admin-ledger.png') });

  await page.goto(`${ADMIN}${await rows.first().getAttribute('data-link')}`, LOADED);
  await page.goto(new URL(await page.getAttribute('#gc-link-order', 'href'), ADMIN).href, LOADED);
  assert.match(await page.textContent('body'), new RegExp(ORDER));
  // The breadcrumb ends with the order's number, not with a bare separator.
  const crumbs = (await page.locator('.breadcrumbs li').allInnerTexts()).map((crumb) => crumb.trim());
  assert.equal(crumbs.length, 3, `crumbs: ${crumbs}`);
  assert.equal(crumbs[2], ORDER);
  await page.screenshot({ path: path.join(RESULTS, 'admin-channel-order.png'), fullPage: true });

  await page.goto(new URL(await page.getAttribute('#gc-link-ledger', 'href'), ADMIN).href, LOADED);
  assert.match(await page.textContent('#gc-ledger-totals'), /¥209\.79（4 条）/);
});

test('channel events take an order number in their search box', async () => {
  const page = await hqPage();
  await page.goto(`${ADMIN}/gc-channel-event?locale=zh_CN`, LOADED);

  await search(page, ORDER);
  await page.waitForFunction((order) => {
    const rows = [...document.querySelectorAll('tr[data-link]')];
    return rows.length > 0 && rows.every((row) => row.textContent.includes(order));
  }, ORDER);
  assert.doesNotMatch(await page.textContent('body'), /Unable to fetch results/);
  assert.equal(await page.locator('tr[data-link]').count(), 2, 'the order\'s paid and completed events');
});
