// A form sent after its session ended: the shopper and the admin get a "form expired" page with a way back, not an
// error, and the form works again from there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, phonePage, desktopPage, SITE, ADMIN, RESULTS } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a guide whose login page outlived the session is told the form expired and logs in from the way back', async () => {
  const page = await phonePage(browser);
  await page.goto(`${SITE}/login`);
  await page.fill('input[name=j_username]', 'g0001');
  await page.fill('input[name=j_password]', 'demo1234');
  await page.context().clearCookies();

  const [expired] = await Promise.all([page.waitForNavigation(), page.click('#login-submit')]);

  assert.equal(expired.status(), 403);
  assert.equal((await page.textContent('#gc-form-expired-title')).trim(), '表单已过期');
  assert.ok(await page.isVisible('.site-header'), "in the mall's own chrome");
  await page.screenshot({ path: path.join(RESULTS, 'form-expired.png'), fullPage: true });
  await Promise.all([page.waitForURL(`${SITE}/login`), page.click('#gc-form-expired-back')]);
  await page.fill('input[name=j_username]', 'g0001');
  await page.fill('input[name=j_password]', 'demo1234');
  await Promise.all([page.waitForNavigation(), page.click('#login-submit')]);
  await page.goto(`${SITE}/guide`);
  assert.equal(new URL(page.url()).pathname, '/guide', 'signed in after going back');
});

test('an admin whose form lost its token sees the form-expired page in the admin look and goes back to it', async () => {
  const page = await desktopPage(browser);
  await page.goto(`${ADMIN}/login`);
  await page.fill('input[name=j_username]', 'admin');
  await page.fill('input[name=j_password]', 'admin');
  await Promise.all([page.waitForNavigation(), page.click('input[type=submit]')]);
  await page.goto(`${ADMIN}/gc-member-review`);
  await page.evaluate(() => document.querySelectorAll('input[name=csrfToken]').forEach((input) => { input.value = 'stale'; }));

  const [expired] = await Promise.all([page.waitForNavigation(), page.click('#gc-member-review-run')]);

  assert.equal(expired.status(), 403);
  assert.equal(await page.getAttribute('.gc-error-page', 'data-status'), '403');
  assert.ok(await page.isVisible('.basic-form .logo img'), "Broadleaf's admin look");
  await page.screenshot({ path: path.join(RESULTS, 'admin-form-expired.png') });
  await Promise.all([page.waitForURL(`${ADMIN}/gc-member-review`), page.click('#gc-error-back')]);
});
