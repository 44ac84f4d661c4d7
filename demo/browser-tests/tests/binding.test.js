// Exclusive-guide binding: a shopper scans a guide's code and registers, the guide finds them on the workbench,
// and the guide's protection keeps the member when another guide's code is scanned.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, phonePage, SITE, RESULTS, uniqueEmail } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

function uniqueName(prefix) {
  return `${prefix}${Math.floor(Math.random() * 1e6)}`;
}

async function register(page, email, name) {
  await page.fill('input[name=email]', email);
  await page.fill('input[name=name]', name);
  await page.fill('input[name=password]', 'secret123');
  await page.fill('input[name=passwordConfirm]', 'secret123');
}

async function logIn(page, username, password) {
  await page.goto(`${SITE}/login`);
  await page.fill('input[name=j_username]', username);
  await page.fill('input[name=j_password]', password);
  await Promise.all([page.waitForNavigation(), page.click('#login-submit')]);
}

async function workbenchRowOf(page, name) {
  return page.locator('.gc-member', { has: page.locator('.gc-member-name', { hasText: name }) });
}

test('a shopper who scans G0001 registers, becomes its member, and the guide sees them masked', async () => {
  const page = await phonePage(browser);
  const email = uniqueEmail('binding');
  const name = uniqueName('扫码会员');

  await page.goto(`${SITE}/g/G0001`);
  assert.equal((await page.textContent('#gc-guide-name')).trim(), '林晓雯');
  assert.match(await page.textContent('#gc-store-name'), /上海南京西路旗舰店/);
  assert.ok(await page.isVisible('.gc-qr img'), 'the landing page shows its own QR code');
  await Promise.all([page.waitForURL(/\/register\?successUrl=/), page.click('#gc-register')]);
  await register(page, email, name);
  await Promise.all([page.waitForURL(`${SITE}/g/G0001`), page.click('#register-submit')]);
  assert.equal(await page.getAttribute('#gc-current-guide', 'data-guide-code'), 'G0001');
  assert.equal(await page.getAttribute('#gc-binding-notice', 'data-notice'), 'gc.binding.alreadyYourGuide');

  await page.goto(`${SITE}/account`);
  assert.equal(await page.getAttribute('#gc-my-guide .gc-my-guide-name', 'data-guide-code'), 'G0001');
  assert.match(await page.textContent('#gc-my-guide'), /林晓雯/);
  assert.match(await page.textContent('#gc-my-guide'), /021-62881001/);
  await page.screenshot({ path: path.join(RESULTS, 'member-my-guide.png'), fullPage: true });

  // Another guide of another store (G0002 is the one the admin departure scenario hands over).
  await page.goto(`${SITE}/g/G0006`);
  assert.equal(await page.getAttribute('#gc-binding-notice', 'data-notice'), 'gc.binding.protected');
  assert.match(await page.textContent('#gc-binding-notice'), /林晓雯.*\d{4}-\d{2}-\d{2}/);
  assert.equal(await page.locator('#gc-bind').count(), 0, 'no bind button while G0001 protects the member');

  const guide = await phonePage(browser);
  await logIn(guide, 'g0001', 'demo1234');
  await Promise.all([guide.waitForURL(`${SITE}/guide`), guide.click('#nav-workbench')]);
  const row = await workbenchRowOf(guide, name);
  assert.equal(await row.count(), 1, 'the new member is on the first page of the list');
  assert.equal((await row.locator('.gc-member-email').textContent()).trim(), 'bi***@example.com');
  assert.match(await row.locator('.gc-member-source').textContent(), /门店扫码/);
  assert.ok(!(await guide.textContent('main')).includes(email), 'the full email is never shown to the guide');
  await guide.screenshot({ path: path.join(RESULTS, 'guide-workbench.png'), fullPage: true });
});

test('a member without a guide binds to a guide with the button on the landing page', async () => {
  const page = await phonePage(browser);
  await page.goto(`${SITE}/register`);
  await register(page, uniqueEmail('button'), uniqueName('按钮会员'));
  await Promise.all([page.waitForURL(`${SITE}/account`), page.click('#register-submit')]);
  assert.ok(await page.isVisible('#gc-my-guide #gc-no-guide'), 'a member who registered directly has no guide');

  await page.goto(`${SITE}/g/G0003`);
  assert.ok(await page.isVisible('#gc-no-guide'));
  await Promise.all([page.waitForURL(`${SITE}/g/G0003`), page.click('#gc-bind')]);
  assert.equal(await page.getAttribute('#gc-binding-notice', 'data-notice'), 'gc.binding.bound');
  assert.match(await page.textContent('#gc-binding-notice'), /王佳怡/);
  assert.equal(await page.getAttribute('#gc-current-guide', 'data-guide-code'), 'G0003');
});

test('a guide\'s share link brings a new member to the guide; a tampered one is refused', async () => {
  const guide = await phonePage(browser);
  await logIn(guide, 'g0004', 'demo1234');
  await guide.goto(`${SITE}/guide`);
  const shareLink = await guide.inputValue('#gc-share-link');
  assert.match(shareLink, /\?gc=G0004-[0-9a-f]{16}$/);

  const tampered = await phonePage(browser);
  await tampered.goto(shareLink.replace('G0004-', 'G0005-'));
  assert.ok(await tampered.isVisible('#gc-share-notice'), 'the shopper is told the link is not valid');

  const shopper = await phonePage(browser);
  const name = uniqueName('分享会员');
  await shopper.goto(shareLink);
  assert.equal(await shopper.locator('#gc-share-notice').count(), 0);
  await shopper.goto(`${SITE}/register`);
  await register(shopper, uniqueEmail('shared'), name);
  await Promise.all([shopper.waitForURL(`${SITE}/account`), shopper.click('#register-submit')]);
  assert.equal(await shopper.getAttribute('#gc-my-guide .gc-my-guide-name', 'data-guide-code'), 'G0004');

  await guide.goto(`${SITE}/guide`);
  const row = await workbenchRowOf(guide, name);
  assert.equal(await row.count(), 1);
  assert.match(await row.locator('.gc-member-source').textContent(), /分享链接/);
});

test('a shopper who is not a guide is turned away from the workbench', async () => {
  const page = await phonePage(browser);
  await page.goto(`${SITE}/register`);
  await register(page, uniqueEmail('notguide'), uniqueName('顾客'));
  await Promise.all([page.waitForURL(`${SITE}/account`), page.click('#register-submit')]);
  assert.equal(await page.locator('#nav-workbench').count(), 0, 'no workbench link for shoppers');

  const response = await page.goto(`${SITE}/guide`);
  assert.equal(response.status(), 403);
  assert.match(await page.textContent('#gc-unavailable-title'), /仅限导购/);
});
