// A distributor's share pays two levels: G0005 (孙悦, HZ002) recruits a new member as distributor; the distributor
// opens 亚麻收腰中长连衣裙 (¥599.00), presses 分享赚佣金 and gets the product's link, its QR code and a poster; a
// shopper who is G0007's member (SZ001, franchisee F002) buys the dress through that link. The ledger then holds,
// by the demo plan's rates and worked out here by hand: the distributor 10 % = ¥59.90 as sharer, G0005 3 % = ¥17.97
// as the sharer's parent, G0007 5 % = ¥29.95 as the member's guide and F002 2 % = ¥11.98. The distributor's page
// lists the order with their ¥59.90.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, adminPage, logIn, phonePage, SITE, ADMIN, RESULTS, uniqueEmail } from './browser.js';

const JOIN_PATH = /\/distributor\/join\/[0-9a-f]{32}$/;
const NO_MESSAGE = /\?\?[\w.]+\?\?/;
const LOADED = { waitUntil: 'domcontentloaded' };
const DRESS = '亚麻收腰中长连衣裙';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function register(page, prefix, name) {
  await page.fill('input[name=email]', uniqueEmail(prefix));
  await page.fill('input[name=name]', name);
  await page.fill('input[name=password]', 'secret123');
  await page.fill('input[name=passwordConfirm]', 'secret123');
}

/** G0005 invites; a new shopper registers from the invitation and accepts it. Returns their page and code. */
async function newDistributorOfG0005() {
  const guide = await phonePage(browser);
  await logIn(guide, 'g0005');
  await guide.goto(`${SITE}/guide`);
  await Promise.all([guide.waitForURL(/\/guide/), guide.click('#gc-invite-distributor')]);
  const link = await guide.inputValue('#gc-invitation-link');

  const member = await phonePage(browser);
  await member.goto(link);
  await Promise.all([member.waitForURL(/\/register\?successUrl=/), member.click('#gc-register')]);
  await register(member, 'sharing-distributor', `小美${Date.now() % 100000}`);
  await Promise.all([member.waitForURL(JOIN_PATH), member.click('#register-submit')]);
  await Promise.all([member.waitForURL(`${SITE}/distributor`), member.click('#gc-accept-invitation')]);
  assert.equal(await member.getAttribute('#gc-distributor-card', 'data-status'), 'ACTIVE');
  return { page: member, code: await member.getAttribute('#gc-distributor-card', 'data-code') };
}

async function openDress(page) {
  await page.goto(`${SITE}/`);
  await Promise.all([page.waitForURL(/\/product\/\d+$/),
    page.locator('.product-card a', { hasText: DRESS }).first().click()]);
}

test('a distributor shares a product; a purchase through the link pays the distributor, their guide, the member\'s '
  + 'guide and the franchisee', async () => {
  const distributor = await newDistributorOfG0005();
  const sharer = distributor.page;
  assert.equal(await sharer.getAttribute('#nav-distributor', 'href'), '/distributor');
  const homeLink = await sharer.inputValue('#gc-distributor-link');
  assert.match(homeLink, new RegExp(`\\?gc=${distributor.code}-[0-9a-f]{16}$`), `the shop's link: ${homeLink}`);

  // The product page offers the distributor a share action; it leads to the link, the QR code and the poster.
  await openDress(sharer);
  await Promise.all([sharer.waitForURL(/\/share\/product\/\d+$/), sharer.click('#gc-share-product')]);
  const productLink = await sharer.inputValue('#gc-product-link');
  assert.match(productLink, new RegExp(`/product/\\d+\\?gc=${distributor.code}-[0-9a-f]{16}$`), productLink);
  assert.equal((await sharer.textContent('#gc-share-product-name')).trim(), DRESS);
  assert.ok(await sharer.$eval('#gc-product-qr', (img) => img.complete && img.naturalWidth > 0), 'the QR code shows');
  await sharer.waitForSelector('#gc-poster[data-drawn="true"]');
  assert.match(await sharer.getAttribute('#gc-poster-download', 'href'), /^data:image\/png;base64,/);
  assert.doesNotMatch(await sharer.textContent('body'), NO_MESSAGE);
  await sharer.screenshot({ path: path.join(RESULTS, 'phone-share-product.png'), fullPage: true });

  // A shopper without such a role sees no share action.
  const shopper = await phonePage(browser);
  await openDress(shopper);
  assert.equal(await shopper.locator('#gc-share-product').count(), 0, 'visitors have nothing to share');

  // G0007's new member follows the distributor's link and buys the dress.
  await shopper.goto(`${SITE}/g/G0007`);
  await Promise.all([shopper.waitForURL(/\/register\?successUrl=/), shopper.click('#gc-register')]);
  await register(shopper, 'distributor-buyer', '郑女士');
  await Promise.all([shopper.waitForURL(`${SITE}/g/G0007`), shopper.click('#register-submit')]);
  await shopper.goto(productLink);
  assert.equal((await shopper.textContent('#product-name')).trim(), DRESS);
  await Promise.all([shopper.waitForURL(`${SITE}/cart`), shopper.click('#add-to-cart')]);
  await Promise.all([shopper.waitForURL(`${SITE}/checkout`), shopper.click('#go-checkout')]);
  await shopper.fill('input[name=fullName]', '郑女士');
  await shopper.fill('input[name=phone]', '13900002222');
  await shopper.fill('input[name=city]', '深圳');
  await shopper.fill('input[name=address]', '福田区深南大道 6008 号');
  await Promise.all([shopper.waitForURL(/\/confirmation\//), shopper.click('#place-order')]);
  const orderNumber = (await shopper.textContent('#order-number')).trim();

  // The distributor's page lists the order with their share, pending until the return window closes.
  await sharer.goto(`${SITE}/distributor`);
  const earning = sharer.locator(`#gc-distributor-orders li[data-order-no="${orderNumber}"]`);
  assert.equal(await earning.count(), 1, `the order ${orderNumber} is on the distributor's page`);
  assert.equal((await earning.locator('.gc-earning-amount').textContent()).trim(), '¥59.90');
  assert.equal((await sharer.textContent('#gc-distributor-pending dd')).trim(), '¥59.90');
  await sharer.screenshot({ path: path.join(RESULTS, 'phone-distributor-earnings.png'), fullPage: true });

  // HQ's ledger: the order's four entries, by hand from ¥599.00 at 10 %, 3 %, 5 % and 2 %.
  const hq = await adminPage(browser);
  await hq.goto(`${ADMIN}/gc-commission-entry?locale=zh_CN`, LOADED);
  await hq.fill('form.custom-entity-search input[type=search]', orderNumber);
  await hq.click('form.custom-entity-search a.search-button');
  await hq.waitForFunction((order) => {
    const rows = [...document.querySelectorAll('tr[data-link]')];
    return rows.length === 4 && rows.every((row) => row.textContent.includes(order));
  }, orderNumber);
  const entries = await hq.$$eval('tr[data-link]', (rows) => rows.map((row) => {
    const cell = (name) => row.querySelector(`td[data-fieldname=${name}]`).textContent.trim();
    return `${cell('beneficiaryCode')} ${cell('amount')}`;
  }));
  assert.deepEqual(entries.sort(), [`${distributor.code} ¥59.90`, 'F002 ¥11.98', 'G0005 ¥17.97', 'G0007 ¥29.95'].sort());
  await hq.screenshot({ path: path.join(RESULTS, 'admin-ledger-distributor.png') });
});
