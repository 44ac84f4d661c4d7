// HQ at 1440×900 in both languages: a channel's signing secret is never on a page except once, on the answer to a
// rotation, and the replaced secret keeps verifying deliveries; a published plan version reads as read-only; plan
// rules pick categories and products through lookups; the import page's columns fit the page and a template comes
// with it; the guide's poster speaks the admin's language. Uses the demo's DOUYIN channel (no other scenario signs
// with it) and its published plan version 1; runs on a fresh demo or one it ran on before.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createHmac } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { launch, ADMIN, SITE, RESULTS } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LOADED = { waitUntil: 'domcontentloaded' };
const DOUYIN_ID = -5;
const DOUYIN_DEMO_SECRET = 'demo-douyin-secret';
const PUBLISHED_PLAN_ID = -1;

async function hqPage(locale) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(30000);
  const page = await context.newPage();
  await page.goto(`${ADMIN}/login?locale=${locale}`, LOADED);
  await page.fill('input[name=j_username]', 'admin');
  await page.fill('input[name=j_password]', 'admin');
  await Promise.all([page.waitForNavigation(LOADED), page.click('input[type=submit]')]);
  return page;
}

/** Posts an ORDER_PAID delivery signed with the secret to the storefront's channel API; returns the HTTP status. */
async function deliver(page, channel, secret, orderNo) {
  const body = JSON.stringify({
    type: 'ORDER_PAID', orderNo, occurredAt: new Date().toISOString(), currency: 'CNY',
    buyer: { buyerId: `dy_${orderNo}` },
    lines: [{ lineNo: '1', sku: 'linen-midi-dress', name: 'Linen dress', quantity: 1, paidAmount: '599.00' }],
  });
  const timestamp = String(Math.floor(Date.now() / 1000));
  const signature = createHmac('sha256', secret).update(`${timestamp}\n${body}`).digest('hex');
  const answer = await page.request.post(`${SITE}/api/gc/v1/channels/${channel}/events`, {
    headers: { 'Content-Type': 'application/json', 'X-GC-Timestamp': timestamp, 'X-GC-Signature': signature },
    data: body,
  });
  return answer.status();
}

// Rotates twice, so it runs on any demo: the second rotation's answer shows the new secret, and the secret the first
// one drew (the channel's secret until then) still verifies during its grace period.
test('rotating a channel secret shows the new one once; the old one keeps verifying; no page shows either again', async () => {
  const page = await hqPage('zh_CN');
  const run = Date.now();

  await page.goto(`${ADMIN}/gc-channel/${DOUYIN_ID}`, LOADED);
  assert.ok(!(await page.content()).includes(DOUYIN_DEMO_SECRET), 'the channel screen does not carry the secret');
  await page.screenshot({ path: path.join(RESULTS, 'admin-channel-edit-zh.png'), fullPage: true });

  const rotate = async () => {
    await page.goto(new URL(await page.getAttribute('#gc-link-secret', 'href'), ADMIN).href, LOADED);
    assert.match(page.url(), new RegExp(`/gc-channel/${DOUYIN_ID}/secret$`));
    assert.equal(await page.getAttribute('#gc-channel-secret-state', 'data-set'), 'true');
    assert.equal(await page.locator('#gc-channel-secret-value').count(), 0, 'the page masks the secret');
    await Promise.all([page.waitForNavigation(LOADED), page.click('#gc-channel-secret-rotate')]);
    const secret = (await page.textContent('#gc-channel-secret-value')).trim();
    assert.match(secret, /^[0-9a-f]{64}$/);
    return secret;
  };
  const old = await rotate();
  await page.goto(`${ADMIN}/gc-channel/${DOUYIN_ID}`, LOADED);
  const secret = await rotate();
  assert.ok(!(await page.content()).includes(old), 'the replaced secret is not shown');
  await page.screenshot({ path: path.join(RESULTS, 'admin-channel-secret-rotated-zh.png'), fullPage: true });

  assert.equal(await deliver(page, 'DOUYIN', secret, `DY-NEW-${run}`), 200, 'the new secret verifies');
  assert.equal(await deliver(page, 'DOUYIN', old, `DY-OLD-${run}`), 200,
    'the replaced secret still verifies within its grace period');
  assert.equal(await deliver(page, 'DOUYIN', 'not-the-secret', `DY-BAD-${run}`), 401);

  await page.goto(`${ADMIN}/gc-channel/${DOUYIN_ID}/secret?locale=en_US`, LOADED);
  const later = await page.content();
  assert.ok(!later.includes(secret) && !later.includes(old), 'the new secret is not shown a second time');
  assert.equal(await page.locator('#gc-channel-secret-value').count(), 0);
  assert.equal(await page.locator('#gc-channel-secret-previous').count(), 1, 'the grace period is stated');
  assert.match(await page.textContent('#gc-channel-secret-rotations'), /admin/);
  await page.screenshot({ path: path.join(RESULTS, 'admin-channel-secret-en.png'), fullPage: true });

  await page.goto(`${ADMIN}/gc-channel/${DOUYIN_ID}`, LOADED);
  const editAfter = await page.content();
  assert.ok(!editAfter.includes(secret) && !editAfter.includes(old), 'nor on the channel screen');
  assert.match(await page.textContent('body'), /admin/, 'the screen says who rotated the secret');
});

test('a published plan version shows no Save, Delete or rule actions, and its fields are text', async () => {
  for (const locale of ['zh_CN', 'en_US']) {
    const page = await hqPage(locale);
    // The locale rides on the address too: Broadleaf sets each request's language from its own default otherwise.
    await page.goto(`${ADMIN}/gc-commission-plan/${PUBLISHED_PLAN_ID}?locale=${locale}`, LOADED);

    assert.equal(await page.locator('.entity-form-actions button, .content-area-title-bar button').count(), 0,
      'no form actions');
    const editable = 'form.entity-form .field-box input:not([type=hidden]), form.entity-form .field-box select,'
      + ' form.entity-form .field-box textarea';
    assert.equal(await page.locator(editable).count(), 0, 'no editable field');
    assert.match(await page.textContent('form.entity-form'), /2020/, 'the values are shown as text');
    assert.equal(await page.locator('#rules .listgrid-toolbar button').count(), 0, 'no rule actions');
    assert.equal(await page.locator('#gc-link-new-version').count(), 1, 'a new version is still offered');
    await page.screenshot({ path: path.join(RESULTS, `admin-plan-published-${locale}.png`), fullPage: true });
  }
});

test('a draft plan rule picks its category and product through lookups', async () => {
  const page = await hqPage('zh_CN');
  await page.goto(`${ADMIN}/gc-commission-plan/${PUBLISHED_PLAN_ID}/new-version`, LOADED);
  await Promise.all([page.waitForNavigation(LOADED), page.click('#gc-plan-new-version-submit')]);
  assert.match(page.url(), /\/gc-commission-plan\/\d+$/);

  const add = page.locator('#rules .listgrid-toolbar button', { hasText: /.+/ }).first();
  const modal = page.locator('.modal');
  // The page is used at DOMContentLoaded, before Broadleaf's admin script may have bound the toolbar on a busy
  // machine: a click it missed is given again until the dialog opens.
  for (let attempt = 1; ; attempt++) {
    await add.click();
    try {
      await modal.waitFor({ timeout: 10000 });
      break;
    } catch (missed) {
      if (attempt === 3) throw missed;
    }
  }
  await modal.locator('#field-category, [id$="category"]').first().waitFor();
  assert.ok(await modal.locator('.to-one-lookup[data-select-url*="category"], button.to-one-lookup').count() >= 2,
    'category and product are looked up, not typed');
  assert.equal(await modal.locator('input[name$="categoryId\'].value"], input[name*="categoryId"]').count(), 0,
    'no id is typed by hand');
  await page.screenshot({ path: path.join(RESULTS, 'admin-plan-rule-lookups-zh.png'), fullPage: true });
});

test('the import page fits 1440 pixels in both languages and offers a template', async () => {
  for (const locale of ['zh_CN', 'en_US']) {
    const page = await hqPage(locale);
    await page.goto(`${ADMIN}/gc-channel-import?locale=${locale}`, LOADED);

    const columns = await page.locator('#gc-channel-import-columns').boundingBox();
    assert.ok(columns.x + columns.width <= 1440, `the column list ends at ${columns.x + columns.width}`);
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth),
      'no horizontal scrolling');
    assert.equal(await page.locator('#gc-channel-import-columns li').count(), 18);
    await page.screenshot({ path: path.join(RESULTS, `admin-channel-import-${locale}.png`) });

    const template = await page.request.get(new URL(await page.getAttribute('#gc-channel-import-template', 'href'),
      ADMIN).href);
    assert.equal(template.status(), 200);
    assert.match(template.headers()['content-type'], /^text\/csv/);
    const text = (await template.body()).toString('utf8');
    assert.ok(text.startsWith('\uFEFFtype,orderNo,refundNo,occurredAt,'), text.slice(0, 60));
    assert.ok(text.trim().split('\r\n').length >= 3, 'a header and example rows');
    writeFileSync(path.join(RESULTS, `channel-import-template-${locale}.csv`), text);
  }
});

// Broadleaf's admin filter skips addresses ending like static files (.png), which then missed the admin's language:
// the poster of a guide opened in the Chinese admin came out in English.
test('the guide poster is drawn in the language of the admin page it is downloaded from', async () => {
  const page = await hqPage('zh_CN');
  await page.goto(`${ADMIN}/gc-guide`, LOADED);
  const row = page.locator('table.list-grid-table tbody tr', { hasText: 'G0005' }).getByRole('link', { name: 'G0005' });
  await page.goto(new URL(await row.getAttribute('href'), ADMIN).href, LOADED);
  const href = new URL(await page.getAttribute('#gc-guide-poster-link', 'href'), ADMIN).href;
  const pageLanguage = (await page.goto(page.url(), LOADED)).headers()['content-language'];

  const poster = async (query) => {
    const answer = await page.request.get(href + query);
    assert.equal(answer.status(), 200);
    assert.match(answer.headers()['content-type'], /^image\/png/);
    return answer.body();
  };
  const asDownloaded = await poster('');
  const chinese = await poster('?locale=zh_CN');
  const english = await poster('?locale=en_US');
  writeFileSync(path.join(RESULTS, 'guide-poster-zh_CN.png'), chinese);
  writeFileSync(path.join(RESULTS, 'guide-poster-en_US.png'), english);

  assert.ok(!chinese.equals(english), 'the Chinese and the English poster differ');
  assert.ok(asDownloaded.equals(/^zh/.test(pageLanguage) ? chinese : english),
    `the poster speaks the page's language (${pageLanguage})`);
});
