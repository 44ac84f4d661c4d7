// An admin logs into Broadleaf's admin and opens the Guide Commerce sections.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, desktopPage, ADMIN, RESULTS } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('the admin logs in and finds the stores of the brand under Guide Commerce', async () => {
  const page = await desktopPage(browser);
  await page.goto(`${ADMIN}/login`);
  await page.fill('input[name=j_username]', 'admin');
  await page.fill('input[name=j_password]', 'admin');
  await Promise.all([page.waitForNavigation(), page.click('input[type=submit], button[type=submit]')]);

  const module = page.locator('nav a, .nav a, #left-nav a', { hasText: 'Guide Commerce' }).first();
  assert.ok(await module.count() > 0, 'the Guide Commerce module is in the admin menu');

  await page.goto(`${ADMIN}/gc-store`);
  await page.waitForSelector('table');
  const body = await page.textContent('body');
  for (const code of ['SH001', 'HZ001', 'HZ002', 'SZ001', 'SZ002', 'GZ001']) {
    assert.match(body, new RegExp(code), `store ${code} is listed`);
  }
  await page.screenshot({ path: path.join(RESULTS, 'admin-stores.png'), fullPage: true });
});
