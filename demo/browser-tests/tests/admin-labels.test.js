// HQ reads the ledger and the channel and binding sections in Chinese: every value a person reads is a label, a
// yes/no, an amount with its currency or a sentence in Chinese, never one of our codes or true/false. Each section's
// list and its first record are checked; the ledger's first entry is explained too.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, desktopPage, ADMIN, RESULTS } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

const LOADED = { waitUntil: 'domcontentloaded' };

// Codes of our enumerations and booleans: a cell or a read-only value must never read as one of them.
const RAW = new Set(['COMMISSION', 'REVERSAL', 'SHARER', 'SHARER_PARENT', 'BOUND_GUIDE', 'FRANCHISEE', 'GUIDE',
  'DISTRIBUTOR', 'PENDING', 'FROZEN', 'SETTLEABLE', 'SETTLED', 'PAID', 'RECEIVED', 'APPLIED', 'WAITING', 'DUPLICATE',
  'REJECTED', 'FAILED', 'MATCHED', 'UNMATCHED', 'MEMBER_NO', 'PHONE', 'BUYER_ID', 'ACTIVE', 'GENERATED', 'CONFIRMED',
  'STORE_QR', 'SHARE_LINK', 'GUIDE_INVITATION', 'ADMIN', 'IMPORT', 'DEPARTURE_TRANSFER', 'BOUND', 'REBOUND', 'RENEWED',
  'TRANSFERRED', 'RELEASED', 'ORDER_PAID', 'ORDER_COMPLETED', 'REFUND', 'API', 'CSV', 'MALL', 'COMPLETED',
  'true', 'false']);
// English sentences the plugin used to store as notes.
const ENGLISH_NOTES = /registered via|waiting for order|duplicate of event|processing failed|had no guide|rate for [A-Z_]+|share link|store QR code|never bought|bindings between/i;
// Columns that hold identifiers people type or systems send (a channel may well be called POS).
const IDENTIFIERS = new Set(['channelCode', 'code', 'orderNo', 'eventKey', 'beneficiaryCode', 'guideCode', 'sku',
  'lineNo', 'statementNo', 'name', 'beneficiaryName', 'actor', 'identityValue', 'storeCode', 'shareCode']);

// (Statements and bounties exist only later in a demo's life: admin-settlement and admin-review read them.)
const SECTIONS = ['gc-commission-entry', 'gc-channel-event', 'gc-channel-order', 'gc-binding-history',
  'gc-member-binding', 'gc-channel', 'gc-binding-policy', 'gc-store', 'gc-commission-plan'];

async function logInInChinese(page) {
  await page.goto(`${ADMIN}/login`, LOADED);
  await page.fill('input[name=j_username]', 'admin');
  await page.fill('input[name=j_password]', 'admin');
  await Promise.all([page.waitForNavigation(LOADED), page.click('input[type=submit]')]);
  await page.goto(`${ADMIN}/gc-store?locale=zh_CN`, LOADED);
}

/** The list's cells as {field, text}, identifiers left out. */
async function gridCells(page) {
  const cells = await page.$$eval('tr[data-link] td[data-fieldname]', (tds) => tds.map((td) => ({
    field: td.getAttribute('data-fieldname'), text: td.textContent.trim(),
  })));
  return cells.filter((cell) => !IDENTIFIERS.has(cell.field));
}

/** The form's read-only values. */
async function readOnlyValues(page) {
  return page.$$eval('.field-box div.twelve > span:first-child', (spans) => spans.map((s) => s.textContent.trim()));
}

function assertReadable(values, where) {
  for (const value of values) {
    assert.ok(!RAW.has(value), `${where} shows the raw value "${value}"`);
    assert.doesNotMatch(value, ENGLISH_NOTES, `${where} shows an English note`);
  }
}

test('HQ reads the ledger, channel and binding sections in Chinese without codes or true/false', async () => {
  const page = await desktopPage(browser);
  await page.setViewportSize({ width: 1440, height: 900 });
  await logInInChinese(page);

  for (const section of SECTIONS) {
    await page.goto(`${ADMIN}/${section}`, LOADED);
    const cells = await gridCells(page);
    assert.ok(cells.length > 0, `${section} lists records in the demo`);
    assertReadable(cells.map((cell) => cell.text), `the ${section} list`);
    if (section === 'gc-commission-entry') {
      await page.screenshot({ path: path.join(RESULTS, 'admin-ledger-zh.png') });
    }

    const first = await page.getAttribute('tr[data-link]', 'data-link');
    await page.goto(new URL(first, ADMIN).href, LOADED);
    assertReadable(await readOnlyValues(page), `a ${section} record`);
    if (section === 'gc-commission-entry') {
      const explain = `${new URL(first, ADMIN).pathname}/explain`;
      await page.goto(new URL(explain, ADMIN).href, LOADED);
      const table = await page.textContent('#gc-explain-table');
      for (const code of ['COMMISSION', 'REVERSAL', 'BOUND_GUIDE', 'SHARER', 'FRANCHISEE', 'GUIDE', 'PENDING', 'FROZEN']) {
        assert.doesNotMatch(table, new RegExp(`(^|[^A-Z_])${code}([^A-Z_]|$)`), `the explain page shows ${code}`);
      }
      assert.doesNotMatch(table, ENGLISH_NOTES, 'the explain page shows an English note');
      assert.match(await page.textContent('#gc-explain-amount'), /¥[\d,]+\.\d\d x [\d.]+ % = -?¥[\d,]+\.\d\d/,
        'a commission or its reversal is explained as amount × rate');
      await page.screenshot({ path: path.join(RESULTS, 'admin-explain-zh.png'), fullPage: true });
    }
  }
});
