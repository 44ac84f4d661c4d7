// HQ in Broadleaf's admin: the binding policies of the seven sources, and a guide's departure (离职) with a preview.
// The departure test lets G0002 go for good (a departure is final), so it expects a freshly loaded demo.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, desktopPage, phonePage, ADMIN, SITE, RESULTS, uniqueEmail } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

// The demo admin speaks the demo's default language, Chinese; English labels are accepted too.
const SOURCES = [/门店扫码|Store QR Code/, /分享链接|Shared Link/, /导购邀请|Guide Invitation/, /门店收银|POS Checkout/,
  /后台调整|^Admin/, /批量导入|Import/, /离职交接|Departure Handover/, /包裹卡|Package Card/];

const LOADED = { waitUntil: 'domcontentloaded' };

async function logIn(page) {
  await page.goto(`${ADMIN}/login`);
  await page.fill('input[name=j_username]', 'admin');
  await page.fill('input[name=j_password]', 'admin');
  await Promise.all([page.waitForNavigation(), page.click('input[type=submit]')]);
}

/** A new shopper who scans G0002's code and registers, so G0002 has a member to hand over. */
async function memberOfG0002() {
  const page = await phonePage(browser);
  const email = uniqueEmail('departure');
  await page.goto(`${SITE}/g/G0002`);
  await Promise.all([page.waitForURL(/\/register\?successUrl=/), page.click('#gc-register')]);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=name]', '交接会员');
  await page.fill('input[name=password]', 'secret123');
  await page.fill('input[name=passwordConfirm]', 'secret123');
  await Promise.all([page.waitForURL(`${SITE}/g/G0002`), page.click('#register-submit')]);
  assert.equal(await page.getAttribute('#gc-current-guide', 'data-guide-code'), 'G0002');
  return { page, email };
}

test('the admin sees a binding policy for each of the eight sources', async () => {
  const page = await desktopPage(browser);
  await logIn(page);

  await page.goto(`${ADMIN}/gc-binding-policy`);

  const texts = (await page.locator('table.list-grid-table tbody tr').allTextContents())
    .map((text) => text.replace(/\s+/g, ' ').trim());
  assert.equal(texts.length, 8, 'eight policies');
  for (const source of SOURCES) {
    assert.equal(texts.filter((text) => source.test(text)).length, 1, `one policy row for ${source}`);
  }
  assert.match(texts.find((text) => SOURCES[0].test(text)), /365 90/, 'a store QR scan binds for 365 days, protected for 90');
  await page.screenshot({ path: path.join(RESULTS, 'admin-binding-policies.png'), fullPage: true });
});

test('the admin previews G0002\'s departure to the store manager, executes it, and the member follows', async () => {
  const member = await memberOfG0002();
  const page = await desktopPage(browser);
  await logIn(page);

  await page.goto(`${ADMIN}/gc-guide`);
  const g0002 = page.locator('table.list-grid-table tbody tr', { hasText: 'G0002' }).getByRole('link', { name: 'G0002' });
  // Broadleaf's admin pages can hold the load event back for long; their content is there at DOMContentLoaded.
  // Open the row's own link: Broadleaf's grid script may not have bound its row clicks yet on a loaded machine.
  await page.goto(new URL(await g0002.getAttribute('href'), ADMIN).href, LOADED);
  assert.match(page.url(), /\/gc-guide\/\d+$/);
  // Follow the link by its address: on a loaded machine Broadleaf's form scripts can swallow an early click.
  await page.goto(new URL(await page.getAttribute('#gc-guide-departure-link', 'href'), ADMIN).href, LOADED);
  assert.match(page.url(), /\/gc-guide\/\d+\/departure$/);
  assert.match(await page.textContent('#gc-departure-title'), /G0002/);
  assert.ok(await page.isChecked('input[name=strategy][value=STORE_MANAGER]'), 'the store manager is the default heir');

  await Promise.all([page.waitForNavigation(LOADED), page.click('button[name=preview]')]);
  assert.equal(await page.locator('#gc-departure-error').count(), 0, 'the preview raises no error');
  const memberRow = page.locator('#gc-departure-table tbody tr', { hasText: member.email });
  assert.equal(await memberRow.count(), 1, 'the new member is in the preview');
  assert.match(await memberRow.textContent(), /G0002.*G0001/s);
  const previewed = await page.locator('#gc-departure-table tbody tr').count();
  for (const row of await page.locator('#gc-departure-table tbody tr td:nth-child(3)').allTextContents()) {
    assert.match(row, /^G0001 /, 'every member goes to the manager of SH001');
  }
  await page.screenshot({ path: path.join(RESULTS, 'admin-departure-preview.png'), fullPage: true });

  page.once('dialog', (dialog) => dialog.accept());
  await Promise.all([page.waitForNavigation(LOADED), page.click('button[name=execute]')]);
  assert.equal(await page.locator('#gc-departure-error').count(), 0, 'the departure went through');
  assert.match(await page.textContent('#gc-departure-result'), new RegExp(`G0002.*${previewed}`));
  assert.equal(await page.locator('#gc-departure-form').count(), 0, 'a departed guide cannot depart again');
  assert.match(await page.textContent('.gc-departure-facts'), /离职|Departed/);
  await page.screenshot({ path: path.join(RESULTS, 'admin-departure-result.png'), fullPage: true });

  const poster = await page.request.get(new URL(await page.getAttribute('#gc-poster-link', 'href'), page.url()).href);
  assert.equal(poster.status(), 200);
  assert.match(poster.headers()['content-type'], /^image\/png/);
  assert.equal((await poster.body()).subarray(1, 4).toString('latin1'), 'PNG', 'the poster is a PNG image');

  await member.page.goto(`${SITE}/account`);
  assert.equal(await member.page.getAttribute('#gc-my-guide .gc-my-guide-name', 'data-guide-code'), 'G0001',
    'the store manager is now the member\'s guide');
});
