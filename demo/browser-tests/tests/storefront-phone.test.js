// The storefront on a 390×844 phone, in Chinese and in English: the header stays on one line, the language switch
// stays on screen, nothing scrolls sideways, the order history reads as cards whose product names do not wrap one
// character per line and whose status is where the order stands (paid), and each order opens its own page (to its
// shopper only). Guides are not offered a colleague
// as their exclusive guide, and the workbench's copy button copies the share link (or selects it).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, logIn, phonePage, SITE, RESULTS } from './browser.js';

const LANGUAGES = [
  { code: 'zh_CN', tag: 'zh', paid: '已付款' },
  { code: 'en_US', tag: 'en', paid: 'Paid' },
];
const SHOPPER = 'shopper@example.com';
// HQ's zone, gc.default.timezone of the demo: the zone of the mall's own orders.
const HQ_ZONE = 'Asia/Shanghai';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function speak(page, code) {
  await page.goto(`${SITE}/?blLocaleCode=${code}`);
}

/** The minute in HQ's zone, as the pages write it: 2026-12-01 09:30. */
function hqMinute(millis) {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', {
    timeZone: HQ_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(new Date(millis)).map((part) => [part.type, part.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

async function placeOrder(page, productIndexes) {
  const products = [];
  for (const index of productIndexes) {
    await page.goto(`${SITE}/`);
    await Promise.all([page.waitForURL(/\/product\/\d+$/), page.locator('.product-card a').nth(index).click()]);
    products.push((await page.textContent('#product-name')).trim());
    await Promise.all([page.waitForURL(`${SITE}/cart`), page.click('#add-to-cart')]);
  }
  // The shopper's cart may hold what an earlier visit left in it: the order has at least these lines.
  const lines = await page.locator('.cart-line').count();
  await Promise.all([page.waitForURL(`${SITE}/checkout`), page.click('#go-checkout')]);
  await page.fill('input[name=fullName]', '演示顾客');
  await page.fill('input[name=phone]', '13912345678');
  await page.fill('input[name=city]', '上海');
  await page.fill('input[name=address]', '南京西路 1266 号');
  const before = Date.now();
  await Promise.all([page.waitForURL(/\/confirmation\//), page.click('#place-order')]);
  const orderNumber = (await page.textContent('#order-number')).trim();
  return { orderNumber, products, lines, placedBetween: [hqMinute(before), hqMinute(Date.now())] };
}

/** What a phone shopper would notice: sideways scrolling, and where the header's parts are. */
async function layout(page) {
  return page.evaluate(() => {
    const box = (element) => {
      const rect = element.getBoundingClientRect();
      return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom, height: rect.height,
               text: element.textContent.trim() };
    };
    const scroller = document.scrollingElement;
    return {
      scrollWidth: scroller.scrollWidth,
      clientWidth: scroller.clientWidth,
      viewportWidth: window.innerWidth,
      bar: box(document.querySelector('.site-header .bar')),
      barParts: [...document.querySelectorAll('.site-header .bar .brand, .site-header .bar .account-nav > a')].map(box),
      barLineHeight: parseFloat(getComputedStyle(document.querySelector('.site-header .account-nav a')).lineHeight),
      languages: [...document.querySelectorAll('#lang-switch a')].map(box),
    };
  });
}

function assertFitsThePhone(shape, where) {
  assert.ok(shape.scrollWidth <= shape.clientWidth,
    `${where}: no sideways scrolling (scrollWidth ${shape.scrollWidth} > clientWidth ${shape.clientWidth})`);
  for (const part of shape.barParts) {
    assert.ok(part.left >= 0 && part.right <= shape.viewportWidth, `${where}: "${part.text}" is on screen`);
    assert.ok(Math.abs(part.top - shape.barParts[0].top) <= 6, `${where}: "${part.text}" is on the header's one line`);
  }
  assert.ok(shape.bar.height <= 2 * shape.barLineHeight + 20,
    `${where}: the header is one line high (${shape.bar.height}px)`);
  assert.equal(shape.languages.length, 2, `${where}: 中文 and English are offered`);
  for (const language of shape.languages) {
    assert.ok(language.left >= 0 && language.right <= shape.viewportWidth,
      `${where}: the language link "${language.text}" is on screen (${language.left}–${language.right})`);
  }
}

/** Line boxes of each product name in the order history: one character per line would mean one box per character. */
async function productNameLines(page) {
  return page.$$eval('#order-history .item-name', (names) => names.map((name) => ({
    text: name.textContent.trim(), lines: name.getClientRects().length,
  })));
}

test('a shopper\'s order history, header and language switch fit a phone in Chinese and English', async () => {
  const page = await phonePage(browser);
  await logIn(page, SHOPPER);
  const { orderNumber, products, lines, placedBetween } = await placeOrder(page, [2, 5]);

  for (const language of LANGUAGES) {
    await speak(page, language.code);
    await page.goto(`${SITE}/account`);
    assertFitsThePhone(await layout(page), `account page (${language.tag}, logged in)`);

    const row = page.locator('#order-history .order-row', {
      has: page.locator('.order-number', { hasText: orderNumber }),
    });
    assert.equal(await row.count(), 1, `the new order ${orderNumber} is in the history`);
    // Where the order stands, as the own-mall channel recorded it at checkout: paid, not merely placed.
    assert.equal((await row.locator('.order-status').textContent()).trim(), language.paid);
    assert.match(await row.locator('.order-total').textContent(), /^¥[\d,]+\.\d{2}$/);
    const placedAt = (await row.locator('.order-date').textContent()).trim();
    assert.ok(placedBetween.includes(placedAt),
      `placed at ${placedAt}, a minute of HQ's zone (${placedBetween.join(' or ')}), not the server's`);
    assert.match(await page.textContent('#order-zone'), /UTC\+08:00/, 'the zone of the times is named');
    const rowBox = await row.boundingBox();
    assert.ok(rowBox.x >= 0 && rowBox.x + rowBox.width <= 390, 'the order card is on screen');
    for (const name of await productNameLines(page)) {
      assert.ok(name.lines <= 2, `"${name.text}" takes ${name.lines} lines`);
    }
    assert.equal(await row.locator('.item-name').count(), lines, 'every product of the order is named');
    for (const product of products) {
      // Placed from the Chinese pages; the English page names the products in English.
      assert.equal((await row.textContent()).includes(product), language.tag === 'zh',
        `the ${language.tag} order history names ${product} in its own language`);
    }
    await page.screenshot({ path: path.join(RESULTS, `phone-account-${language.tag}.png`), fullPage: true });

    await Promise.all([page.waitForURL(`${SITE}/account/orders/${orderNumber}`), row.locator('a.order-link').click()]);
    assert.equal((await page.textContent('#order-number')).trim(), orderNumber);
    assert.equal((await page.textContent('#order-placed')).trim(), placedAt);
    assert.equal((await page.textContent('#order-status')).trim(), language.paid);
    assert.equal(await page.locator('#order-lines .order-detail-line').count(), lines);
    assertFitsThePhone(await layout(page), `order page (${language.tag})`);
    await page.screenshot({ path: path.join(RESULTS, `phone-order-${language.tag}.png`), fullPage: true });
  }

  const stranger = await phonePage(browser);
  await logIn(stranger, 'g0011');
  const response = await stranger.goto(`${SITE}/account/orders/${orderNumber}`);
  assert.equal(response.status(), 404, 'another account cannot open the shopper\'s order');
  assert.ok(!(await stranger.textContent('main')).includes(orderNumber));
});

test('the header fits a phone for visitors and guides in Chinese and English', async () => {
  const visitor = await phonePage(browser);
  const guide = await phonePage(browser);
  await logIn(guide, 'g0009');
  for (const language of LANGUAGES) {
    for (const [who, page] of [['visitor', visitor], ['guide', guide]]) {
      await speak(page, language.code);
      await page.goto(`${SITE}/`);
      assertFitsThePhone(await layout(page), `home page (${language.tag}, ${who})`);
      await page.screenshot({ path: path.join(RESULTS, `phone-home-${who}-${language.tag}.png`) });
    }
    assert.equal(await guide.locator('#nav-workbench').count(), 1, 'the guide\'s header has the workbench link');
  }
  // Left in English, the visitor switches back with the 中文 link.
  await Promise.all([visitor.waitForNavigation(), visitor.click('#lang-zh')]);
  assert.equal(await visitor.getAttribute('#lang-zh', 'class'), 'current');
});

test('a guide on a colleague\'s page is not offered to bind, and the server refuses it too', async () => {
  const colleague = await phonePage(browser);
  await logIn(colleague, 'g0010');
  await colleague.goto(`${SITE}/guide`);
  const colleaguesShareLink = await colleague.inputValue('#gc-share-link');

  const guide = await phonePage(browser);
  await logIn(guide, 'g0009');
  await guide.goto(`${SITE}/g/G0010`);
  assert.equal(await guide.locator('#gc-bind').count(), 0, 'no bind button between guides');
  assert.equal(await guide.getAttribute('#gc-binding-notice', 'data-notice'), 'gc.binding.colleague');
  await guide.screenshot({ path: path.join(RESULTS, 'phone-guide-on-colleague.png'), fullPage: true });

  // The form the page no longer shows, sent anyway with a valid token.
  await guide.goto(`${SITE}/`);
  await Promise.all([guide.waitForURL(/\/product\/\d+$/), guide.locator('.product-card a').first().click()]);
  await Promise.all([guide.waitForURL(`${SITE}/g/G0010`), guide.evaluate(() => {
    const form = document.createElement('form');
    form.method = 'post';
    form.action = '/g/G0010/bind';
    form.appendChild(document.querySelector('input[name=csrfToken]').cloneNode());
    document.body.appendChild(form);
    form.submit();
  })]);
  assert.equal(await guide.getAttribute('#gc-binding-notice', 'data-notice'), 'gc.binding.colleague');

  await guide.goto(colleaguesShareLink);
  await guide.goto(`${SITE}/account`);
  assert.ok(await guide.isVisible('#gc-my-guide #gc-no-guide'), 'neither the button nor the share link bound the guide');
});

test('the workbench\'s copy button copies the share link, or selects it where the clipboard is unavailable', async () => {
  const page = await phonePage(browser);
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: SITE });
  await logIn(page, 'g0009');
  await page.goto(`${SITE}/guide`);
  const shareLink = await page.inputValue('#gc-share-link');
  await page.click('#gc-copy-share');
  await page.waitForSelector('#gc-copy-status[data-result]');
  assert.equal(await page.getAttribute('#gc-copy-status', 'data-result'), 'copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), shareLink);
  assert.ok((await page.textContent('#gc-copy-status')).trim().length > 0, 'the guide is told');
  assertFitsThePhone(await layout(page), 'workbench');
  await page.screenshot({ path: path.join(RESULTS, 'phone-workbench-copied.png') });

  // A mall on plain http has no Clipboard API.
  const plain = await phonePage(browser);
  await plain.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined, configurable: true });
  });
  await logIn(plain, 'g0009');
  await plain.goto(`${SITE}/guide`);
  await plain.click('#gc-copy-share');
  await plain.waitForSelector('#gc-copy-status[data-result]');
  assert.ok(['copied', 'selected'].includes(await plain.getAttribute('#gc-copy-status', 'data-result')));
  const selection = await plain.$eval('#gc-share-link',
    (field) => field.value.substring(field.selectionStart, field.selectionEnd));
  assert.equal(selection, shareLink, 'the whole link is selected for the guide to copy');
});
