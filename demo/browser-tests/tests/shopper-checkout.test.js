// A shopper registers, adds a product to the cart, checks out and sees the order in their account.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, phonePage, SITE, RESULTS, uniqueEmail } from './browser.js';

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('a new shopper registers, buys a product and finds the order in the account page', async () => {
  const page = await phonePage(browser);
  const email = uniqueEmail('shopper');

  await page.goto(`${SITE}/register`);
  await page.fill('input[name=email]', email);
  await page.fill('input[name=name]', '小王');
  await page.fill('input[name=password]', 'secret123');
  await page.fill('input[name=passwordConfirm]', 'secret123');
  await Promise.all([page.waitForURL(`${SITE}/account`), page.click('#register-submit')]);
  assert.match(await page.textContent('#account-greeting'), new RegExp(email));
  assert.ok(await page.isVisible('#no-orders'), 'a new member has no orders yet');

  await page.goto(`${SITE}/`);
  const firstProduct = page.locator('.product-card a').first();
  await Promise.all([page.waitForURL(/\/product\/\d+$/), firstProduct.click()]);
  const productName = (await page.textContent('#product-name')).trim();
  await Promise.all([page.waitForURL(`${SITE}/cart`), page.click('#add-to-cart')]);
  assert.equal((await page.textContent('.cart-line .item-name')).trim(), productName);
  assert.equal((await page.textContent('#nav-cart .badge')).trim(), '1');

  await Promise.all([page.waitForURL(`${SITE}/checkout`), page.click('#go-checkout')]);
  await page.fill('input[name=fullName]', '王小明');
  await page.fill('input[name=phone]', '13912345678');
  await page.fill('input[name=city]', '杭州');
  await page.fill('input[name=address]', '西湖区文三路 90 号');
  await Promise.all([page.waitForURL(/\/confirmation\//), page.click('#place-order')]);
  const orderNumber = (await page.textContent('#order-number')).trim();
  assert.ok(orderNumber.length > 0, 'the confirmation shows an order number');
  await page.screenshot({ path: path.join(RESULTS, 'shopper-confirmation.png'), fullPage: true });

  await page.goto(`${SITE}/account`);
  const rows = page.locator('#order-history .order-row');
  assert.equal(await rows.count(), 1);
  assert.equal((await rows.first().locator('.order-number').textContent()).trim(), orderNumber);
  assert.match(await rows.first().textContent(), new RegExp(productName));
  assert.equal((await page.textContent('#nav-cart .badge')).trim(), '0', 'the cart is empty after checkout');
});

test('checkout asks for a phone number before placing the order', async () => {
  const page = await phonePage(browser);
  await page.goto(`${SITE}/login`);
  await page.fill('input[name=j_username]', 'shopper@example.com');
  await page.fill('input[name=j_password]', 'demo1234');
  await Promise.all([page.waitForNavigation(), page.click('#login-submit')]);
  await page.goto(`${SITE}/`);
  await page.locator('.product-card a').nth(1).click();
  await Promise.all([page.waitForURL(`${SITE}/cart`), page.click('#add-to-cart')]);
  await page.goto(`${SITE}/checkout`);
  await page.fill('input[name=fullName]', '演示顾客');
  await page.fill('input[name=phone]', 'not-a-phone');
  await page.fill('input[name=city]', '上海');
  await page.fill('input[name=address]', '南京西路 1266 号');
  await page.click('#place-order');
  await page.waitForSelector('.error');
  assert.equal(new URL(page.url()).pathname, '/checkout');
  assert.match(await page.textContent('main'), /手机号/);
});

test('a wrong password is refused with a message, not a stack trace', async () => {
  const page = await phonePage(browser);
  await page.goto(`${SITE}/login`);
  await page.fill('input[name=j_username]', 'shopper@example.com');
  await page.fill('input[name=j_password]', 'wrong-password');
  await Promise.all([page.waitForNavigation(), page.click('#login-submit')]);
  assert.ok(await page.isVisible('#login-error'));
});
