// The admin moves a guide to another store and releases their members, who are then free to be bound again.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launch, desktopPage, phonePage, ADMIN, SITE, uniqueEmail } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LOADED = { waitUntil: 'domcontentloaded' };

test('the admin moves G0012 from GZ001 to SZ002 and releases its member, who no longer has a guide', async () => {
  const shopper = await phonePage(browser);
  await shopper.goto(`${SITE}/g/G0012`);
  await Promise.all([shopper.waitForURL(/\/register\?successUrl=/), shopper.click('#gc-register')]);
  await shopper.fill('input[name=email]', uniqueEmail('g0012-member'));
  await shopper.fill('input[name=name]', '小周');
  await shopper.fill('input[name=password]', 'secret123');
  await shopper.fill('input[name=passwordConfirm]', 'secret123');
  await Promise.all([shopper.waitForNavigation(LOADED), shopper.click('#register-submit')]);
  await shopper.goto(`${SITE}/account`);
  assert.match(await shopper.textContent('main'), /G0012/, 'the shopper is G0012\'s member');

  const page = await desktopPage(browser);
  await page.goto(`${ADMIN}/login`);
  await page.fill('input[name=j_username]', 'admin');
  await page.fill('input[name=j_password]', 'admin');
  await Promise.all([page.waitForNavigation(LOADED), page.click('input[type=submit]')]);
  await page.goto(`${ADMIN}/gc-guide`, LOADED);
  const g0012 = page.locator('table.list-grid-table tbody tr', { hasText: 'G0012' }).getByRole('link', { name: 'G0012' });
  await page.goto(new URL(await g0012.getAttribute('href'), ADMIN).href, LOADED);
  // Follow the link by its address: on a loaded machine Broadleaf's form scripts can swallow an early click.
  await page.goto(new URL(await page.getAttribute('#gc-guide-store-change-link', 'href'), ADMIN).href, LOADED);
  assert.match(page.url(), /\/store-change$/);
  assert.match(await page.textContent('#gc-store-change-current'), /GZ001/);

  await page.selectOption('#gc-store-code', 'SZ002');
  await page.check('input[name=members][value=RELEASE]');
  await Promise.all([page.waitForNavigation(LOADED), page.click('#gc-store-change-submit')]);
  const result = await page.textContent('#gc-store-change-result');
  assert.match(result, /GZ001/);
  assert.match(result, /SZ002/);
  assert.match(result, /1/, 'one member was released');
  assert.match(await page.textContent('#gc-store-change-current'), /SZ002/);

  await shopper.goto(`${SITE}/account`);
  assert.doesNotMatch(await shopper.textContent('main'), /G0012/, 'the released member has no exclusive guide');
});
