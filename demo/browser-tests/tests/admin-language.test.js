// HQ walks every Guide Commerce screen of the admin in Chinese, then in English, and each screen speaks one language.
//
// The walk starts from the admin menu: every section of the plugin's modules (every menu link to /gc-…), its list,
// and the edit page of the list's first record where the list has rows; from there the plugin's own pages those
// screens link to (departure, store change, explain, identify buyer, publish, a statement, the member review), each
// kind once; and one lookup dialog and one "add" dialog, opened as HQ opens them. In zh_CN it fails on the English
// words of Broadleaf's chrome the merchants reported ("Add", "Search for", "records", "General", "Save", "Delete",
// "Lookup", and a few more of the same kind) and on a raw "true"/"false"; in en_US it fails on any Chinese character in
// the chrome.
//
// What counts as chrome. The demo's data is Chinese in both languages (store and guide names, product names), and
// data may hold any word, so the checks read the elements Broadleaf's and the plugin's templates fill with labels,
// never the data cells: the menu (module titles and section links), the header's logout, the breadcrumb's module and
// section (its last crumb on an edit page is the record's name), buttons and submit inputs, tabs, fieldset legends,
// field labels, list grid column headers and collection grid titles, the pagination line under a grid, the empty-grid
// row, search and lookup placeholders, the empty choice of selects, dialog titles, the page title, and on the plugin's
// own pages their headings and table headers (a page title that names a record, "Departure of G0003 王芳", must only
// begin in English). Only what a person can see is read: elements with no box (display:
// none, or inside a closed tab or menu) are skipped, and text is taken with innerText, which leaves hidden descendants
// out; tabs are clicked one by one so every tab's labels are read. The Chinese checks also read the visible text of
// the whole page for the phrases that can only be chrome ("Search for", "1 - 12 of 12 records", "No records found"),
// and every visible element whose whole text is "true" or "false" — how a raw boolean shows — wherever it is.
//
// Raw codes of the plugin's enumerations are checked in one place: add them to FORBIDDEN_RAW_CODES and both walks fail
// where one shows as a whole word in the page's visible text.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, ADMIN, RESULTS } from './browser.js';

/** Raw enumeration codes that must never show to a person (whole words, either language). */
const FORBIDDEN_RAW_CODES = [
  'ACTIVE', 'BOUND', 'BOUND_GUIDE', 'CAPPED', 'COMPLETED', 'CONFIRMED', 'DEPARTED', 'DEPARTURE_TRANSFER',
  'DISMISSED', 'DRAFT', 'EMPLOYEE_ACCOUNT', 'FRANCHISEE', 'GUIDE_INVITATION', 'IMPORT', 'NAMED_GUIDE', 'NO_PURCHASE',
  'OPEN', 'PAID', 'PENDING', 'REBOUND', 'REGISTRATION_BURST', 'RELEASED', 'RENEWED', 'RETIRED', 'ROUND_ROBIN',
  'SHARED_ADDRESS', 'SHARED_PHONE_PREFIX', 'SHARER', 'SHARER_PARENT', 'SHARE_LINK', 'STORE_MANAGER', 'STORE_QR',
  'SUSPENDED', 'TRANSFERRED', 'VESTED', 'VOID', 'APPLIED', 'DUPLICATE', 'WAITING', 'RECEIVED', 'FAILED', 'REJECTED',
  'MATCHED', 'UNMATCHED', 'MEMBER_NO', 'BUYER_ID', 'GENERATED', 'COMMISSION', 'REVERSAL', 'FROZEN', 'SETTLEABLE',
  'SETTLED', 'ORDER_PAID', 'ORDER_COMPLETED', 'NET_SALES', 'NEW_MEMBERS', 'BINDINGS', 'NATION', 'THIS_WEEK',
  'THIS_MONTH', 'JOINED', 'APPROVED', 'MOVED', 'REACTIVATED', 'ENDED'
];

/** English words of Broadleaf's chrome that must not show on a Chinese screen. */
const ENGLISH_CHROME = ['Add', 'Search for', 'Search', 'records', 'General', 'Save', 'Delete', 'Lookup', 'Logout',
  'Clear', 'Filter', 'Cancel', 'No records found', 'No value set', 'Select an option', 'Edit', 'View', 'Close'];
/** Phrases that are chrome wherever they show, so the whole visible page is checked for them on a Chinese screen. */
const ENGLISH_CHROME_PHRASES = [/Search for /, /\d+\s*-\s*\d+\s+of\s+\d+\s+records/, /No records found/, /No value set/];
const CHINESE = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef]/;

/**
 * Where the chrome is: [what, selector, mixed]. A mixed element puts a record's data into its label (the plugin pages'
 * titles: "Departure of G0003 王芳"); in English its label comes first, so there it must not start with Chinese.
 */
const CHROME = [
  ['menu', '#sideMenu .blc-module .title, #sideMenu .blc-module .content a'],
  ['logout', 'header.top-bar li.logout'],
  ['breadcrumb', '.breadcrumbs li:nth-child(-n+2)'],
  ['button', 'button, input[type=submit], input[type=button], a.button'],
  ['tab', 'dl.tabs dd a'],
  ['group', 'fieldset legend'],
  ['field label', '.field-label'],
  ['column', 'table.list-grid-table thead th, .listgrid-container > label'],
  ['pagination', '.listgrid-table-footer'],
  ['empty grid', 'td.list-grid-no-results'],
  ['dialog', '.modal-header h3'],
  ['plugin title', '[class^="gc-"] h3', true],
  ['plugin heading', '[class^="gc-"] h4, [class^="gc-"] h5'],
  ['plugin table header', 'table:not(.list-grid-table) th'],
];
/** Attributes that are chrome: [what, selector, attribute]. */
const CHROME_ATTRIBUTES = [
  ['search placeholder', 'input[placeholder]', 'placeholder'],
  ['submit', 'input[type=submit], input[type=button]', 'value'],
  ['empty choice', 'select option[value=""]', 'text'],
];

const LOADED = { waitUntil: 'domcontentloaded' };
/** Plugin pages reached from the screens: /gc-…/{id}/{page} and /gc-settlement/{id}; files (.csv, .png) are not pages. */
const PLUGIN_PAGE = /^\/gc-[a-z-]+\/\d+(\/[a-z-]+)?$/;
/** Downloads at page-like addresses: the guide's poster image, a package-card campaign's card. */
const DOWNLOAD = /\/(poster|card)$/;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

/** The chrome's texts on the page as a person sees them: [{ where, text }]. */
async function chromeTexts(page) {
  return page.evaluate(({ chrome, attributes }) => {
    const shown = (element) => element.getClientRects().length > 0
      && getComputedStyle(element).visibility !== 'hidden';
    const texts = [{ where: 'page title', text: document.title }];
    for (const [where, selector, mixed] of chrome) {
      for (const element of document.querySelectorAll(selector)) {
        if (shown(element)) {
          texts.push({ where, text: element.innerText.replace(/\s+/g, ' ').trim(), mixed: Boolean(mixed) });
        }
      }
    }
    for (const [where, selector, attribute] of attributes) {
      for (const element of document.querySelectorAll(selector)) {
        const owner = element.tagName === 'OPTION' ? element.closest('select') : element;
        if (owner && shown(owner)) {
          texts.push({ where, text: attribute === 'text' ? element.text.trim() : element.getAttribute(attribute) || '' });
        }
      }
    }
    return texts.filter(({ text }) => text !== '');
  }, { chrome: CHROME, attributes: CHROME_ATTRIBUTES });
}

/** Visible elements whose whole own text is a raw boolean, and the page's visible text. */
async function visibleText(page) {
  return page.evaluate(() => {
    const booleans = [];
    // The shown texts as written, not as styled: innerText would upper-case a menu title ("Commission & Settlement")
    // into what reads like a raw code.
    const written = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.nodeValue.trim();
      const element = node.parentElement;
      if (!text || !element || element.getClientRects().length === 0
          || ['SCRIPT', 'STYLE', 'OPTION'].includes(element.tagName)) {
        continue;
      }
      written.push(text);
      if (/^(true|false)$/i.test(text)) {
        booleans.push(`${element.tagName.toLowerCase()}${element.className ? '.' + element.className : ''}: ${text}`);
      }
    }
    return { booleans, text: document.body.innerText, written: written.join('\n') };
  });
}

function wholeWord(word) {
  return new RegExp(`(^|[^A-Za-z0-9_])${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^A-Za-z0-9_])`);
}

/** Everything wrong with the page for a reader of the locale, each as "where: text". */
async function problems(page, locale) {
  const found = [];
  for (const { where, text, mixed } of await chromeTexts(page)) {
    if (locale === 'zh_CN') {
      for (const word of ENGLISH_CHROME) {
        if (wholeWord(word).test(text)) {
          found.push(`${where} in English: "${text}"`);
        }
      }
    } else if (mixed ? CHINESE.test(text.charAt(0)) : CHINESE.test(text)) {
      found.push(`${where} in Chinese: "${text}"`);
    }
  }
  const { booleans, text, written } = await visibleText(page);
  if (locale === 'zh_CN') {
    for (const phrase of ENGLISH_CHROME_PHRASES) {
      const match = text.match(phrase);
      if (match) {
        found.push(`page text in English: "${match[0]}"`);
      }
    }
  }
  for (const raw of booleans) {
    found.push(`raw boolean: ${raw}`);
  }
  for (const code of FORBIDDEN_RAW_CODES) {
    // An event key ("ORDER_PAID:JD-1001") is an identifier people copy, and a delivery's stored JSON ("type":
    // "ORDER_PAID") is shown as it came: neither is a code to translate.
    const match = written.match(new RegExp(`[^\\n]{0,30}\\n?[^\\n]{0,30}(^|[^A-Za-z0-9_"])${code}(?![A-Za-z0-9_]|:\\S)[^\\n]{0,30}`, 'm'));
    if (match) {
      found.push(`raw code: ${code} in "${match[0].trim()}"`);
    }
  }
  return [...new Set(found)];
}

async function logIn(page, locale, report) {
  await page.goto(`${ADMIN}/login?locale=${locale}`, LOADED);
  await check(page, locale, 'login', report);
  await page.fill('input[name=j_username]', 'admin');
  await page.fill('input[name=j_password]', 'admin');
  await Promise.all([page.waitForNavigation(LOADED), page.click('input[type=submit]')]);
}

async function check(page, locale, what, report) {
  for (const problem of await problems(page, locale)) {
    report.push(`${what}: ${problem}`);
  }
}

/** Checks every tab of an edit page, clicking through them. */
async function checkTabs(page, locale, what, report) {
  await check(page, locale, what, report);
  const tabs = page.locator('dl.tabs dd a');
  for (let i = 1; i < await tabs.count(); i++) {
    if (await tabs.nth(i).isVisible()) {
      await tabs.nth(i).click();
      await check(page, locale, `${what} (tab ${i + 1})`, report);
    }
  }
}

/** Opens a dialog with the button, checks it and closes it; true when a dialog opened. */
async function checkDialog(page, button, locale, what, report) {
  await button.click();
  const dialog = page.locator('.modal:visible').last();
  await dialog.locator('.modal-body *').first().waitFor();
  await dialog.locator('.modal-header h3').filter({ hasNotText: /^\s*(加载中|Loading)\s*$/ }).waitFor();
  await check(page, locale, what, report);
  await dialog.locator('button.close').click();
  await dialog.waitFor({ state: 'hidden' });
}

/** Opens a record in Broadleaf's view dialog (its name and an edit link as the title), checks it and closes it. */
async function checkRecordDialog(page, record, locale, what, report) {
  await page.evaluate((link) => BLCAdmin.showLinkAsModal(link), record);
  const dialog = page.locator('.modal:visible').last();
  await dialog.locator('.modal-header h3 a').waitFor();
  await check(page, locale, what, report);
  await dialog.locator('button.close').click();
  await dialog.waitFor({ state: 'hidden' });
}

/**
 * The date picker of the first date filter of the ledger's grid, opened and a day picked in it: its title, its
 * weekday headings and the value it wrote.
 */
async function pickADate(page) {
  await page.waitForFunction(() => window.jQuery && jQuery('input.datepicker.hasDatepicker').length > 0);
  const column = page.locator('table.list-grid-table thead th', { has: page.locator('input.datepicker') }).first();
  await column.locator('i.filter-icon').click();
  const input = column.locator('input.datepicker.range-single');
  await input.click();
  await page.locator('#ui-datepicker-div').waitFor();
  const title = (await page.innerText('#ui-datepicker-div .ui-datepicker-title')).trim();
  const weekdays = (await page.locator('#ui-datepicker-div .ui-datepicker-calendar thead th').allInnerTexts())
    .map((day) => day.trim());
  const buttons = (await page.locator('#ui-datepicker-div .ui-datepicker-buttonpane button').allInnerTexts())
    .map((button) => button.trim());
  await page.locator('#ui-datepicker-div td[data-handler=selectDay] a').first().click();
  const value = await input.inputValue();
  return { title, weekdays, buttons, value };
}

/** The plugin's menu: every section link of the modules whose links go to /gc-…. */
async function pluginSections(page) {
  return page.evaluate(() => [...document.querySelectorAll('#sideMenu .blc-module .content a')]
    .map((link) => link.getAttribute('href'))
    .filter((href) => href && href.startsWith('/gc-')));
}

async function pluginPageLinks(page) {
  const hrefs = await page.evaluate(() => [...document.querySelectorAll('a[href^="/gc-"]')].map((a) => a.getAttribute('href')));
  return hrefs.filter((href) => PLUGIN_PAGE.test(href) && !DOWNLOAD.test(href));
}

async function walk(locale) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(30000);
  const page = await context.newPage();
  const report = [];
  await logIn(page, locale, report);

  const sections = await pluginSections(page);
  assert.ok(sections.length >= 19, `the plugin's menu lists its sections: ${sections}`);
  const pages = new Map();
  let lookupChecked = false;
  let addChecked = false;
  let recordChecked = false;
  for (const section of sections) {
    await page.goto(`${ADMIN}${section}`, LOADED);
    await check(page, locale, section, report);
    for (const link of await pluginPageLinks(page)) {
      pages.set(link.replace(/\d+/g, '{id}'), link);
    }
    const add = page.locator('button.add-main-entity').first();
    if (!addChecked && await add.isVisible()) {
      await checkDialog(page, add, locale, `${section} add dialog`, report);
      addChecked = true;
    }
    const firstRow = page.locator('table.list-grid-table tbody tr[data-link]').first();
    if (await firstRow.count() === 0) {
      continue;
    }
    const record = await firstRow.getAttribute('data-link');
    await page.goto(`${ADMIN}${record}`, LOADED);
    await checkTabs(page, locale, record, report);
    for (const link of await pluginPageLinks(page)) {
      pages.set(link.replace(/\d+/g, '{id}'), link);
    }
    const lookup = page.locator('button.to-one-lookup:visible').first();
    if (!lookupChecked && await lookup.count() > 0) {
      await checkDialog(page, lookup, locale, `${record} lookup dialog`, report);
      lookupChecked = true;
    }
    if (!recordChecked) {
      await checkRecordDialog(page, record, locale, `${record} record dialog`, report);
      recordChecked = true;
    }
  }
  pages.set('/gc-member-review', '/gc-member-review');
  for (const link of pages.values()) {
    await page.goto(`${ADMIN}${link}`, LOADED);
    await check(page, locale, link, report);
  }
  assert.ok(lookupChecked, 'a lookup dialog was opened');
  assert.ok(addChecked, 'an add dialog was opened');
  assert.ok(recordChecked, 'a record was opened in the view dialog');

  await page.goto(`${ADMIN}/gc-guide`, LOADED);
  await page.screenshot({ path: path.join(RESULTS, `admin-language-${locale}-guides.png`) });
  const guide = await page.locator('table.list-grid-table tbody tr[data-link]').first().getAttribute('data-link');
  await page.goto(`${ADMIN}${guide}`, LOADED);
  await page.screenshot({ path: path.join(RESULTS, `admin-language-${locale}-guide.png`) });
  await context.close();
  return { report, visited: [...sections, ...pages.values()] };
}

test('every Guide Commerce screen of the admin reads in Chinese for a zh_CN admin', async (t) => {
  const { report, visited } = await walk('zh_CN');
  t.diagnostic(`walked ${visited.length} screens and their records: ${visited.join(' ')}`);
  assert.deepEqual(report, [], `${report.length} problems:\n${report.join('\n')}`);
});

test('every Guide Commerce screen of the admin reads in English for an en_US admin', async (t) => {
  const { report, visited } = await walk('en_US');
  t.diagnostic(`walked ${visited.length} screens and their records: ${visited.join(' ')}`);
  assert.deepEqual(report, [], `${report.length} problems:\n${report.join('\n')}`);
});

test('date pickers write 2026-12-06 with Chinese names for a zh_CN admin and stay English for en_US', async () => {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  context.setDefaultTimeout(30000);
  const page = await context.newPage();
  await logIn(page, 'zh_CN', []);
  await page.goto(`${ADMIN}/gc-commission-entry`, LOADED);
  const chinese = await pickADate(page);
  assert.match(chinese.value, /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/, `picked: ${chinese.value}`);
  assert.match(chinese.title, /^\d{4}年\s*[一二三四五六七八九十]+月$/, `title: ${chinese.title}`);
  assert.deepEqual(chinese.weekdays, ['一', '二', '三', '四', '五', '六', '日']);
  assert.deepEqual(chinese.buttons, ['现在', '完成']);
  await page.screenshot({ path: path.join(RESULTS, 'admin-date-picker-zh_CN.png') });

  await page.goto(`${ADMIN}/gc-commission-entry?locale=en_US`, LOADED);
  const english = await pickADate(page);
  assert.match(english.value, /^\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}:\d{2}$/, `picked: ${english.value}`);
  assert.match(english.title, /^[A-Z][a-z]+\s\d{4}$/, `title: ${english.title}`);
  assert.deepEqual(english.weekdays, ['Su', 'Mo', 'Tu', 'We', 'Th', 'Fr', 'Sa']);
  assert.deepEqual(english.buttons, ['Now', 'Done']);
  await context.close();
});
