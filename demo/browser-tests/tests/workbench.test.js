// The guide's workbench on a 390×844 phone: G0006 (周楠, HZ002, no other scenario credits them) gains a member who
// buys in the mall and on Tmall (the Tmall order comes through the signed channel API, as Tmall sends it). Today's
// figures show both sales, the order count and the new member; the pending commission grows by the bound guide's 5 %
// of each line; once the rank snapshot is rebuilt (the demo rebuilds it every minute) G0006 leads their store with
// the sale and their own line is highlighted among the top three. G0005 manages HZ002 and sees G0006 beside them.
// Nothing scrolls sideways, in Chinese or English.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createHmac } from 'node:crypto';
import { launch, logIn, phonePage, SITE, RESULTS, uniqueEmail } from './browser.js';

const TMALL_SECRET = 'demo-tmall-secret';
const TMALL_PAID = '8888.00';
// The demo plan pays the member's bound guide 5 % of each paid line, rounded half up to the cent.
const BOUND_GUIDE_RATE = 5n;
const RANK_DEADLINE_MS = 200_000;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** An amount the page writes (¥1,234.50, -¥3.00) in cents, exactly. */
function cents(text) {
  const match = text.trim().match(/^(-?)¥([\d,]+)\.(\d{2})$/);
  assert.ok(match, `"${text.trim()}" is an amount in yuan with two decimals`);
  return BigInt(match[1] + match[2].replace(/,/g, '') + match[3]);
}

function commissionOf(amountCents) {
  return (amountCents * BOUND_GUIDE_RATE * 2n + 100n) / 200n;
}

async function workbench(page) {
  await page.goto(`${SITE}/guide`);
  return {
    netSales: cents(await page.textContent('#gc-figure-NET_SALES .gc-value')),
    orders: Number((await page.textContent('#gc-figure-ORDERS .gc-value')).replace(/,/g, '')),
    newMembers: Number((await page.textContent('#gc-figure-NEW_MEMBERS .gc-value')).replace(/,/g, '')),
    pending: cents(await page.textContent('#gc-commission-pending dd')),
  };
}

async function assertNoSidewaysScroll(page, where) {
  const shape = await page.evaluate(() => ({
    scrollWidth: document.scrollingElement.scrollWidth, clientWidth: document.scrollingElement.clientWidth,
  }));
  assert.ok(shape.scrollWidth <= shape.clientWidth,
    `${where}: no sideways scrolling (scrollWidth ${shape.scrollWidth} > clientWidth ${shape.clientWidth})`);
}

/** Posts a Tmall ORDER_PAID for the member, signed as the channel API documents; returns the HTTP status. */
async function tmallOrderPaid(page, memberNo, orderNo) {
  const body = JSON.stringify({
    type: 'ORDER_PAID', orderNo, occurredAt: new Date().toISOString(), currency: 'CNY',
    buyer: { memberNo: String(memberNo) },
    lines: [{ lineNo: '1', sku: 'linen-midi-dress', name: '亚麻收腰中长连衣裙', quantity: 1, paidAmount: TMALL_PAID }],
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', TMALL_SECRET).update(`${timestamp}\n${body}`).digest('hex');
  const answer = await page.request.post(`${SITE}/api/gc/v1/channels/TMALL/events`, {
    headers: { 'Content-Type': 'application/json', 'X-GC-Timestamp': timestamp, 'X-GC-Signature': signature },
    data: body,
  });
  return { status: answer.status(), text: await answer.text() };
}

test('a bound member\'s mall and Tmall orders reach the guide\'s figures, commission and ranks on the phone', async () => {
  const guide = await phonePage(browser);
  await logIn(guide, 'g0006');
  const before = await workbench(guide);
  await assertNoSidewaysScroll(guide, 'workbench before the sale (zh)');

  // A new shopper becomes G0006's member by registering from the guide's page, then buys in the mall.
  const shopper = await phonePage(browser);
  const name = `工作台${Date.now() % 100000}`;
  await shopper.goto(`${SITE}/g/G0006`);
  await Promise.all([shopper.waitForURL(/\/register\?successUrl=/), shopper.click('#gc-register')]);
  await shopper.fill('input[name=email]', uniqueEmail('workbench'));
  await shopper.fill('input[name=name]', name);
  await shopper.fill('input[name=password]', 'secret123');
  await shopper.fill('input[name=passwordConfirm]', 'secret123');
  await Promise.all([shopper.waitForURL(`${SITE}/g/G0006`), shopper.click('#register-submit')]);
  assert.equal(await shopper.getAttribute('#gc-current-guide', 'data-guide-code'), 'G0006');
  await shopper.goto(`${SITE}/`);
  await Promise.all([shopper.waitForURL(/\/product\/\d+$/), shopper.locator('.product-card a').first().click()]);
  await Promise.all([shopper.waitForURL(`${SITE}/cart`), shopper.click('#add-to-cart')]);
  const mallPaid = cents(await shopper.textContent('#cart-subtotal'));
  await Promise.all([shopper.waitForURL(`${SITE}/checkout`), shopper.click('#go-checkout')]);
  await shopper.fill('input[name=fullName]', name);
  await shopper.fill('input[name=phone]', '13900006666');
  await shopper.fill('input[name=city]', '杭州');
  await shopper.fill('input[name=address]', '余杭区五常大道 1 号');
  await Promise.all([shopper.waitForURL(/\/confirmation\//), shopper.click('#place-order')]);

  // The guide finds the member by name; their member number is what Tmall sends as the buyer's.
  await guide.goto(`${SITE}/guide?q=${encodeURIComponent(name)}`);
  const row = guide.locator('#gc-member-list .gc-member', { hasText: name });
  assert.equal(await row.count(), 1, 'the search finds the new member');
  const memberNo = await row.getAttribute('data-member-no');
  assert.equal(cents(await row.locator('.gc-member-spent').textContent()), mallPaid, 'the mall order is their spend');

  const delivered = await tmallOrderPaid(guide, memberNo, `TM-WB-${Date.now()}`);
  assert.ok(delivered.status >= 200 && delivered.status < 300, `Tmall's delivery is accepted: ${delivered.text}`);

  const after = await workbench(guide);
  const tmallPaid = cents(`¥${TMALL_PAID}`);
  assert.equal(after.netSales - before.netSales, mallPaid + tmallPaid, 'today\'s net sales hold both orders');
  assert.equal(after.orders - before.orders, 2, 'today\'s orders count both');
  assert.equal(after.newMembers - before.newMembers, 1, 'the member is new today');
  assert.equal(after.pending - before.pending, commissionOf(mallPaid) + commissionOf(tmallPaid),
    'the pending commission grows by 5 % of each order');
  assert.match(await guide.getAttribute('#gc-period-today', 'class'), /current/);

  await guide.goto(`${SITE}/guide?q=${encodeURIComponent(memberNo)}`);
  const searched = guide.locator('#gc-member-list .gc-member');
  assert.equal(await searched.count(), 1, 'the member number finds the member');
  assert.equal(cents(await searched.locator('.gc-member-spent').textContent()), mallPaid + tmallPaid,
    'their spend is across channels');
  assert.equal((await searched.locator('.gc-member-channel').textContent()).trim(), '天猫', 'last bought on Tmall');
  assert.match(await searched.locator('.gc-member-phone, .gc-member-email').first().textContent(), /\*{3}/,
    'contacts are masked');

  // Ranks come from the snapshot: wait (with a deadline) for a snapshot built after the sale.
  const todayText = await guide.textContent('#gc-figure-NET_SALES .gc-value');
  const deadline = Date.now() + RANK_DEADLINE_MS;
  let mine = null;
  while (Date.now() < deadline) {
    await guide.goto(`${SITE}/guide`);
    const line = guide.locator('#gc-rank-store li.mine .gc-top-value');
    if (await line.count() === 1 && cents(await line.textContent()) === cents(todayText)) {
      mine = line;
      break;
    }
    await guide.waitForTimeout(3000);
  }
  assert.ok(mine, `within ${RANK_DEADLINE_MS / 1000} s a rank snapshot shows G0006's ${todayText.trim()} today`);
  assert.equal(await guide.getAttribute('#gc-rank-store', 'data-rank'), '1', 'G0006 leads HZ002 today');
  assert.match(await guide.textContent('#gc-rank-updated'), /更新于 \d{2}:\d{2}/);
  for (const scope of ['region', 'nation']) {
    const rank = Number(await guide.getAttribute(`#gc-rank-${scope}`, 'data-rank'));
    assert.ok(rank >= 1, `G0006 is ranked in the ${scope}`);
    assert.equal(await guide.locator(`#gc-rank-${scope} li.mine`).count(), rank <= 3 ? 1 : 0,
      `the ${scope}'s top three highlight G0006 exactly when they are in it`);
  }
  assert.doesNotMatch(await guide.textContent('body'), /\?\?[\w.]+\?\?/, 'every text of the workbench has a message');
  await guide.screenshot({ path: path.join(RESULTS, 'phone-workbench-zh.png'), fullPage: true });

  // The same day chosen as a custom range shows the same figures.
  const today = (await guide.locator('#gc-period-days span').first().textContent()).trim();
  await guide.fill('#gc-range-from', today);
  await guide.fill('#gc-range-to', today);
  await Promise.all([guide.waitForURL(/period=custom/), guide.click('#gc-range-show')]);
  assert.match(await guide.getAttribute('#gc-period-custom', 'class'), /current/);
  assert.equal(await guide.textContent('#gc-figure-NET_SALES .gc-value'), todayText);

  // The store manager sees G0006 beside them, in both languages, and nothing scrolls sideways.
  const manager = await phonePage(browser);
  await logIn(manager, 'g0005');
  for (const [code, tag] of [['zh_CN', 'zh'], ['en_US', 'en']]) {
    for (const [who, page] of [['guide', guide], ['manager', manager]]) {
      await page.goto(`${SITE}/?blLocaleCode=${code}`);
      await page.goto(`${SITE}/guide?period=month`);
      await assertNoSidewaysScroll(page, `workbench of the ${who} (${tag})`);
      assert.match(await page.textContent('#gc-commission-pending dd'), /^¥[\d,]+\.\d{2}$/);
      assert.doesNotMatch(await page.textContent('body'), /\?\?[\w.]+\?\?/, `every text has a message (${tag})`);
      await page.screenshot({ path: path.join(RESULTS, `phone-workbench-${who}-${tag}.png`), fullPage: true });
    }
    const colleague = manager.locator('#gc-store-guides li[data-guide-code=G0006]');
    assert.equal(await colleague.count(), 1, `the manager sees G0006 (${tag})`);
    assert.ok(cents(await colleague.locator('.gc-team-sales').textContent()) >= mallPaid + tmallPaid);
    assert.equal(await guide.locator('#gc-store-guides').count(), 0, 'a guide sees no colleagues\' figures');
  }
  assert.match(await guide.textContent('#gc-ranking h2'), /My rank this month/);
});
