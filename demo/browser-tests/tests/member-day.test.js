// A member day in the demo: the demo loads a one-day member day (店庆会员日) for the day it starts, so the 金卡 member
// gold@example.com shops on a member day whatever the weekday. They see the banner with its countdown, their tier
// price on a product, claim the day's coupon, Broadleaf's member-day adjustments in the cart and on the order, and
// the points the order earns.
// HQ's week calendar shows the day, flags the 金卡 offer from Broadleaf's Offers that stacks with it, and previews
// what each tier pays by pricing a sample cart through Broadleaf.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, phonePage, adminPage, logIn, SITE, ADMIN, RESULTS } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** ¥1,234.56 or -¥71.88 → 1234.56 (negative amounts as written: the sign is the page's). */
function yuan(text) {
  return Number(text.replace(/[^0-9.]/g, ''));
}

function digits(text) {
  return Number(text.replace(/[^0-9]/g, ''));
}

test('a 金卡 member on a member day: banner, tier price, the adjustment in the cart and on the order, points', async () => {
  const page = await phonePage(browser);
  await logIn(page, 'gold@example.com');

  await page.goto(`${SITE}/account`);
  assert.match(await page.textContent('#gc-my-tier-name'), /金卡/, 'the member earned 金卡 from a Tmall and a till order');
  const pendingBefore = digits(await page.textContent('#gc-points-pending'));

  await page.goto(`${SITE}/`);
  assert.ok(await page.isVisible('#gc-member-day'), 'the member-day banner is on');
  assert.match(await page.textContent('#gc-member-day-title'), /会员日/);
  assert.match(await page.textContent('#gc-member-day-offer'), /金卡/);
  await page.waitForFunction(() => /\d/.test(document.querySelector('#gc-member-day-countdown')?.textContent || ''));
  // The 金卡 member-day coupon: claimed once from the banner, then on the member's cart by itself.
  await page.locator('button.gc-member-day-claim').first().click();
  await page.waitForSelector('.gc-member-day-coupon-code');
  const code = (await page.locator('.gc-member-day-coupon-code').first().textContent()).trim();
  assert.match(code, /^MD[A-Z0-9]{10}$/, `the claimed coupon's code is shown: ${code}`);
  await page.screenshot({ path: path.join(RESULTS, 'member-day-banner.png'), fullPage: false });

  await Promise.all([page.waitForURL(/\/product\/\d+$/), page.locator('.product-card a').first().click()]);
  assert.ok(await page.isVisible('#gc-tier-price'), 'the product page shows the member-day tier price');
  const tierPrice = yuan(await page.textContent('#gc-tier-price-amount'));
  await page.screenshot({ path: path.join(RESULTS, 'member-day-product.png'), fullPage: true });

  await Promise.all([page.waitForURL(`${SITE}/cart`), page.click('#add-to-cart')]);
  const subtotal = yuan(await page.textContent('#cart-subtotal'));
  assert.ok(tierPrice > 0 && tierPrice < subtotal, `the tier price ${tierPrice} is below the price ${subtotal}`);
  const adjustments = page.locator('.cart-adjustment');
  assert.ok(await adjustments.count() >= 1, 'the cart shows a Broadleaf order adjustment');
  const offers = await adjustments.locator('.offer-name').allTextContents();
  assert.ok(offers.some((name) => /会员日/.test(name)), `a member-day adjustment among ${offers.join(', ')}`);
  assert.ok(offers.some((name) => /会员日专享券/.test(name)), `the claimed coupon among ${offers.join(', ')}`);
  let discount = 0;
  for (const amount of await adjustments.locator('.amount').allTextContents()) {
    discount += yuan(amount);
  }
  const afterDiscounts = yuan(await page.textContent('#cart-after-discounts'));
  assert.equal(afterDiscounts.toFixed(2), (subtotal - discount).toFixed(2));
  const willEarn = digits(await page.textContent('#gc-points-earn'));
  assert.ok(willEarn > 0, 'the cart says how many points the order earns');
  await page.screenshot({ path: path.join(RESULTS, 'member-day-cart.png'), fullPage: true });

  await Promise.all([page.waitForURL(`${SITE}/checkout`), page.click('#go-checkout')]);
  await page.fill('input[name=fullName]', '金卡会员');
  await page.fill('input[name=phone]', '13912345678');
  await page.fill('input[name=city]', '杭州');
  await page.fill('input[name=address]', '西湖区文三路 90 号');
  await Promise.all([page.waitForURL(/\/confirmation\//), page.click('#place-order')]);
  const orderNumber = (await page.textContent('#order-number')).trim();

  await page.goto(`${SITE}/account/orders/${orderNumber}`);
  const orderAdjustments = page.locator('.order-adjustment');
  assert.ok(await orderAdjustments.count() >= 1, 'the order shows the member-day adjustment');
  let orderDiscount = 0;
  for (const amount of await orderAdjustments.locator('.amount').allTextContents()) {
    orderDiscount += yuan(amount);
  }
  assert.equal(orderDiscount.toFixed(2), discount.toFixed(2), 'the order keeps the discount the cart showed');
  assert.match(await page.textContent('#order-lines'), /./);
  await page.screenshot({ path: path.join(RESULTS, 'member-day-order.png'), fullPage: true });

  await page.goto(`${SITE}/account`);
  const pendingAfter = digits(await page.textContent('#gc-points-pending'));
  assert.equal(pendingAfter - pendingBefore, willEarn, 'the order earned the points the cart promised, pending');
});

/** Today's date in the mall's zone (Asia/Shanghai, UTC+8 all year). */
function mallToday() {
  return new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
}

test('HQ\'s week calendar: the member day, the planted stacking conflict, and a per-tier preview', async () => {
  const page = await adminPage(browser);
  const today = mallToday();
  await page.goto(`${ADMIN}/gc-member-day-calendar`, { waitUntil: 'domcontentloaded' });
  const days = page.locator('#gc-calendar-grid td[data-day]:not([data-day=""])');
  assert.equal(await days.count(), 7, 'a week, Monday to Sunday');
  const todayCell = page.locator(`#gc-calendar-grid td[data-day="${today}"]`);
  assert.match(await todayCell.locator('.gc-day-campaign').allTextContents().then((t) => t.join(' ')), /店庆会员日/);
  assert.match(await todayCell.textContent(), /金卡专享 满500减50/, 'other Broadleaf offers are listed on their days');

  const conflict = page.locator(`#gc-calendar-conflicts li.gc-conflict[data-day="${today}"][data-tier="GOLD"]`);
  assert.ok(await conflict.count() >= 1, 'the 金卡 offer stacking with the member day is flagged');
  assert.match(await conflict.allTextContents().then((t) => t.join(' ')), /金卡专享 满500减50/);
  await page.screenshot({ path: path.join(RESULTS, 'admin-member-day-calendar.png'), fullPage: true });

  await page.fill('#gc-preview-day', today);
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('#gc-preview-submit')]);
  const total = async (tier) => Number(await page.getAttribute(`#gc-preview-tiers tr[data-tier="${tier}"]`, 'data-total'));
  const gold = await total('GOLD');
  const fresh = await total('NEW');
  assert.ok(gold > 0 && gold < fresh, `a 金卡 member pays less today (${gold}) than a 新客 (${fresh})`);
  assert.ok(await page.locator('#gc-preview-tiers tr[data-tier="GOLD"] [data-member-day="true"]').count() >= 1,
    'the 金卡 row shows the member-day adjustment');
  assert.equal(await page.locator('#gc-preview-tiers tr[data-tier="NEW"] [data-member-day="true"]').count(), 0);
  await page.screenshot({ path: path.join(RESULTS, 'admin-member-day-preview.png'), fullPage: true });
});
