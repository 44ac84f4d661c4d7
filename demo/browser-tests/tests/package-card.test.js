// 公转私 with a package card: HQ prints the card of a Tmall buyer's later order from the demo's package-card campaign
// (天猫包裹卡 · 深圳海岸城店, store SZ002, whose manager is 黄诗琪 G0009); a new shopper scans it, registers, comes
// back to the card and claims it: bound to the store's guide, and both of the buyer's waiting orders, the earlier
// one too, are now the new member's, gone from the unmatched queue, each with a ledger entry of the guide (the buyer
// had no guide when they paid; the card's claim credits its guide), as does the buyer's next Tmall order. A second new account claiming the same card is told the order belongs to another account,
// and nothing changes. The buyer and their orders are imported fresh per run (Channel import), so this runs on a
// fresh demo and again on the same one; the seeded buyer tb_demo_card_buyer is left for people clicking by hand.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { writeFileSync } from 'node:fs';
import { launch, adminPage, phonePage, SITE, ADMIN, RESULTS, uniqueEmail } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LOADED = { waitUntil: 'domcontentloaded' };
const CAMPAIGN = '天猫包裹卡 · 深圳海岸城店';
const GUIDE_NAME = '黄诗琪';
const GUIDE_CODE = 'G0009';
const HEADER = 'type,orderNo,refundNo,occurredAt,memberNo,phone,buyerId,storeCode,shareCode,sharedAt,currency,'
  + 'lineNo,sku,productId,categoryId,name,quantity,amount';

/** An ISO-8601 instant the channel import reads, so many hours before now. */
function hoursAgo(hours) {
  return new Date(Date.now() - hours * 3600e3).toISOString().replace(/\.\d+Z$/, '+00:00');
}

/** Paid Tmall orders of one platform buyer at SZ002, imported through the admin's Channel import. */
async function importOrders(hq, run, buyer, orders) {
  const rows = [HEADER, ...orders.map(({ orderNo, hours, amount }) =>
    `ORDER_PAID,${orderNo},,${hoursAgo(hours)},,,${buyer},SZ002,,,CNY,1,silk-scarf,,,印花真丝方巾,1,${amount}`)];
  const file = path.join(RESULTS, `package-card-${run}-${orders.length}-${orders[0].orderNo}.csv`);
  writeFileSync(file, rows.join('\r\n') + '\r\n', 'utf8');
  await hq.goto(`${ADMIN}/gc-channel-import`, LOADED);
  await hq.selectOption('#gc-channel-import-channel', 'TMALL');
  await hq.setInputFiles('#gc-channel-import-file', file);
  await Promise.all([hq.waitForNavigation(LOADED), hq.click('#gc-channel-import-upload')]);
  await hq.waitForSelector('#gc-channel-import-rows');
  const statuses = await hq.$$eval('#gc-channel-import-rows tbody tr', (trs) => trs.map((tr) => tr.dataset.status));
  assert.deepEqual(statuses, orders.map(() => 'ACCEPTED'));
}

/** The rows of an admin list filtered to one order number, as text. */
async function listed(hq, section, orderNo) {
  await hq.goto(`${ADMIN}/${section}?orderNo=${encodeURIComponent(orderNo)}`, LOADED);
  return hq.locator('tr[data-link]').allTextContents();
}

async function registerFromCard(page, cardUrl, email) {
  await page.goto(cardUrl);
  assert.match(await page.textContent('#gc-card-campaign'), new RegExp(CAMPAIGN));
  assert.equal((await page.textContent('#gc-card-guide')).trim(), GUIDE_NAME);
  await Promise.all([page.waitForURL(/\/register\?successUrl=/), page.click('#gc-register')]);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=name]', `包裹卡${Math.floor(Math.random() * 1e6)}`);
  await page.fill('input[name=password]', 'secret123');
  await page.fill('input[name=passwordConfirm]', 'secret123');
  await Promise.all([page.waitForURL(cardUrl), page.click('#register-submit')]);
}

async function claim(page) {
  await Promise.all([page.waitForNavigation(), page.click('#gc-card-claim')]);
  return page.getAttribute('#gc-card-notice', 'data-outcome');
}

test('a shopper claims the card of a Tmall order: bound to the store\'s guide, the buyer\'s orders are theirs', async () => {
  const run = Date.now();
  const buyer = `tb_card_${run}`;
  const earlier = `${run}1`;
  const later = `${run}2`;
  const hq = await adminPage(browser);
  await importOrders(hq, run, buyer, [{ orderNo: earlier, hours: 48, amount: '341.00' },
    { orderNo: later, hours: 2, amount: '599.00' }]);
  assert.equal((await listed(hq, 'gc-unmatched-order', earlier)).length, 1, 'the earlier order waits unmatched');
  assert.equal((await listed(hq, 'gc-unmatched-order', later)).length, 1, 'the later order waits unmatched');

  // HQ opens the demo campaign and prints the later order's card.
  await hq.goto(`${ADMIN}/gc-package-card`, LOADED);
  const campaignRow = hq.locator('tr[data-link]', { hasText: CAMPAIGN });
  await hq.goto(`${ADMIN}${await campaignRow.first().getAttribute('data-link')}`, LOADED);
  assert.ok(await hq.isVisible('#gc-package-card-png'), 'the campaign\'s card without order downloads as PNG');
  await Promise.all([hq.waitForNavigation(LOADED), hq.click('#gc-package-card-print')]);
  await hq.fill('#gc-card-orders', `${later}\n`);
  await Promise.all([hq.waitForNavigation(LOADED), hq.click('#gc-card-orders-submit')]);
  const cardUrl = (await hq.textContent('#gc-card-order-url')).trim();
  assert.ok(cardUrl.startsWith(`${SITE}/card/PC`), cardUrl);
  assert.ok(cardUrl.includes(`-${later}-`), 'the card carries its order');
  const png = await hq.request.get(new URL(await hq.getAttribute('#gc-card-order-png', 'src'), ADMIN).href);
  assert.match(png.headers()['content-type'], /^image\/png/);
  assert.ok((await png.body()).length > 10000, 'the card\'s PNG');
  await hq.screenshot({ path: path.join(RESULTS, 'admin-package-card-print.png'), fullPage: true });

  // A new shopper scans the card, registers, comes back to it and claims it.
  const shopper = await phonePage(browser);
  await registerFromCard(shopper, cardUrl, uniqueEmail('card'));
  await shopper.screenshot({ path: path.join(RESULTS, 'phone-package-card.png'), fullPage: true });
  assert.equal(await claim(shopper), 'gc.card.outcome.LINKED');
  assert.match(await shopper.textContent('#gc-card-notice'), /2 笔平台订单已关联/);
  assert.match(await shopper.textContent('#gc-card-notice'), new RegExp(`${GUIDE_NAME} 已成为您的专属导购`));
  await shopper.screenshot({ path: path.join(RESULTS, 'phone-package-card-claimed.png'), fullPage: true });
  await shopper.goto(`${SITE}/account`);
  assert.equal(await shopper.getAttribute('#gc-my-guide .gc-my-guide-name', 'data-guide-code'), GUIDE_CODE);

  // Both orders are the member's now: matched, off the unmatched queue.
  for (const orderNo of [earlier, later]) {
    const rows = await listed(hq, 'gc-channel-order', orderNo);
    assert.equal(rows.length, 1);
    assert.match(rows[0], /已匹配/, `${orderNo} is attributed to the member`);
    assert.deepEqual(await listed(hq, 'gc-unmatched-order', orderNo), [], `${orderNo} left the unmatched queue`);
    const entries = await listed(hq, 'gc-commission-entry', orderNo);
    assert.ok(entries.some((row) => row.includes(GUIDE_CODE)), `${orderNo}: a ledger entry of ${GUIDE_CODE}: ${entries}`);
  }
  // The buyer's next Tmall order is the member's at once and credits the guide they are bound to now.
  const next = `${run}3`;
  await importOrders(hq, run, buyer, [{ orderNo: next, hours: 0, amount: '229.00' }]);
  const nextRows = await listed(hq, 'gc-channel-order', next);
  assert.match(nextRows[0], /已匹配/);
  const ledger = await listed(hq, 'gc-commission-entry', next);
  assert.ok(ledger.some((row) => row.includes(GUIDE_CODE)), `a ledger entry of ${GUIDE_CODE}: ${ledger}`);

  // A second new account claiming the same card is told the order is someone else's; nothing changes.
  const other = await phonePage(browser);
  await registerFromCard(other, cardUrl, uniqueEmail('card-other'));
  assert.equal(await claim(other), 'gc.card.outcome.OTHER_ACCOUNT');
  assert.match(await other.textContent('#gc-card-notice'), /属于另一个会员账号/);
  await other.goto(`${SITE}/account`);
  assert.equal(await other.locator('#gc-my-guide .gc-my-guide-name').count(), 0, 'the second account got no guide');
  for (const orderNo of [earlier, later]) {
    assert.match((await listed(hq, 'gc-channel-order', orderNo))[0], /已匹配/);
  }
});
