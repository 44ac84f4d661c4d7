// An admin logs into Broadleaf's admin and opens the Guide Commerce sections from the menu, where the plugin's modules
// follow the business: organisation, members and binding, channels and orders, commission and settlement.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, desktopPage, ADMIN, RESULTS } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function logIn(page) {
  await page.goto(`${ADMIN}/login`, { waitUntil: 'domcontentloaded' });
  await page.fill('input[name=j_username]', 'admin');
  await page.fill('input[name=j_password]', 'admin');
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('input[type=submit]')]);
}

test('the admin opens Guide Commerce from the menu and finds every store of the brand', async () => {
  const page = await desktopPage(browser);
  await logIn(page);

  const modules = (await page.locator('.blc-module .title').allTextContents()).map((text) => text.trim());
  const ours = modules.filter((title) => /^(组织架构|会员与绑定|渠道与订单|佣金与结算|Organisation|Members & Binding|Channels & Orders|Commission & Settlement)$/.test(title));
  assert.equal(ours.length, 4, `the plugin's four modules are in the admin menu: ${modules}`);
  const module = page.locator('.blc-module .title', { hasText: /组织架构|Organisation/ });
  assert.equal(await module.count(), 1, 'the organisation module is in the admin menu');
  await module.click();
  await Promise.all([page.waitForURL(`${ADMIN}/gc-store`, { waitUntil: 'domcontentloaded' }), page.click('a[href="/gc-store"]')]);

  const rows = page.locator('table tr', { hasText: /SH001|HZ001|HZ002|SZ001|SZ002|GZ001/ });
  assert.equal(await rows.count(), 6, 'all six demo stores are listed');
  await page.screenshot({ path: path.join(RESULTS, 'admin-stores.png') });
});

test('the admin sees the twelve demo guides with their codes', async () => {
  const page = await desktopPage(browser);
  await logIn(page);
  await page.goto(`${ADMIN}/gc-guide`, { waitUntil: 'domcontentloaded' });
  const body = await page.textContent('body');
  for (let i = 1; i <= 12; i++) {
    const code = `G${String(i).padStart(4, '0')}`;
    assert.match(body, new RegExp(code), `guide ${code} is listed`);
  }
});
