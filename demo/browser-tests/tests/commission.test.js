// Commission end to end: a shopper becomes G0007's member by scanning the guide's code, follows G0008's share link,
// buys in the mall; HQ finds the sharer's entry in the commission ledger and its Explain page says why it exists:
// the order, the member's guide, the plan's rule and rate. G0007 and G0008 work at SZ001, run by franchisee F002.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, phonePage, desktopPage, SITE, ADMIN, RESULTS, uniqueEmail } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LOADED = { waitUntil: 'domcontentloaded' };

async function logIn(page, username, password) {
  await page.goto(`${SITE}/login`);
  await page.fill('input[name=j_username]', username);
  await page.fill('input[name=j_password]', password);
  await Promise.all([page.waitForNavigation(), page.click('#login-submit')]);
}

async function buyFirstProduct(page) {
  await page.goto(`${SITE}/`);
  await Promise.all([page.waitForURL(/\/product\/\d+$/), page.locator('.product-card a').first().click()]);
  await Promise.all([page.waitForURL(`${SITE}/cart`), page.click('#add-to-cart')]);
  await Promise.all([page.waitForURL(`${SITE}/checkout`), page.click('#go-checkout')]);
  await page.fill('input[name=fullName]', '吴先生');
  await page.fill('input[name=phone]', '13900001111');
  await page.fill('input[name=city]', '深圳');
  await page.fill('input[name=address]', '罗湖区宝安南路 1881 号');
  await Promise.all([page.waitForURL(/\/confirmation\//), page.click('#place-order')]);
  return (await page.textContent('#order-number')).trim();
}

test('a purchase through a share link credits the sharer, the member\'s guide and the franchisee, and says why', async () => {
  const guide = await phonePage(browser);
  await logIn(guide, 'g0008', 'demo1234');
  await guide.goto(`${SITE}/guide`);
  const shareLink = await guide.inputValue('#gc-share-link');

  const shopper = await phonePage(browser);
  await shopper.goto(`${SITE}/g/G0007`);
  await Promise.all([shopper.waitForURL(/\/register\?successUrl=/), shopper.click('#gc-register')]);
  await shopper.fill('input[name=email]', uniqueEmail('commission'));
  await shopper.fill('input[name=name]', '吴先生');
  await shopper.fill('input[name=password]', 'secret123');
  await shopper.fill('input[name=passwordConfirm]', 'secret123');
  await Promise.all([shopper.waitForURL(`${SITE}/g/G0007`), shopper.click('#register-submit')]);
  assert.equal(await shopper.getAttribute('#gc-current-guide', 'data-guide-code'), 'G0007');
  await shopper.goto(shareLink);
  const orderNumber = await buyFirstProduct(shopper);

  const hq = await desktopPage(browser);
  await hq.goto(`${ADMIN}/login`);
  await hq.fill('input[name=j_username]', 'admin');
  await hq.fill('input[name=j_password]', 'admin');
  await Promise.all([hq.waitForNavigation(LOADED), hq.click('input[type=submit]')]);

  // Only this test has G0008 share: the newest sharer entry of G0008 is this order's.
  await hq.goto(`${ADMIN}/gc-commission-entry?beneficiaryCode=G0008`, LOADED);
  const row = hq.locator('tr[data-link]').first();
  assert.match(await row.textContent(), /G0008/);
  await hq.goto(`${ADMIN}${await row.getAttribute('data-link')}`, LOADED);
  const explain = hq.locator('a[href*="/explain"]').first();
  await hq.goto(new URL(await explain.getAttribute('href'), ADMIN).href, LOADED);

  const page = await hq.textContent('.gc-commission-explain');
  assert.match(page, new RegExp(orderNumber), 'the explanation names the order');
  assert.match(page, /OWN_MALL/);
  assert.match(page, /G0008/, 'the sharer');
  assert.match(page, /G0007/, 'the member\'s guide at the time of the order');
  assert.match(await hq.textContent('#gc-explain-amount'), /10/, 'the sharer\'s 10 % rate');
  await hq.screenshot({ path: path.join(RESULTS, 'admin-commission-explain.png'), fullPage: true });

  // The same order credited G0007 (bound guide) and F002 (franchisee of SZ001).
  await hq.goto(`${ADMIN}/gc-commission-entry?beneficiaryCode=F002`, LOADED);
  assert.match(await hq.locator('tr[data-link]').first().textContent(), /F002/);
});
