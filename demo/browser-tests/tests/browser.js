// Shared set-up: Debian's Chromium driven by playwright-core, against the demo mall the caller started.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import path from 'node:path';

export const SITE = (process.env.GC_SITE_URL || 'http://localhost:8080').replace(/\/$/, '');
export const ADMIN = (process.env.GC_ADMIN_URL || 'http://localhost:8081').replace(/\/$/, '');
export const RESULTS = process.env.GC_BROWSER_RESULTS || path.resolve('test-results');

export async function launch() {
  mkdirSync(RESULTS, { recursive: true });
  return chromium.launch({
    executablePath: process.env.GC_CHROMIUM || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
           '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}

/** A phone-sized page, as most shoppers and guides see the mall. */
export async function phonePage(browser) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'zh-CN' });
  context.setDefaultTimeout(30000);
  return context.newPage();
}

export async function desktopPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
  context.setDefaultTimeout(30000);
  return context.newPage();
}

/** HQ's admin at a desktop size, in Chinese, logged in as the demo's administrator. */
export async function adminPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
  context.setDefaultTimeout(30000);
  const page = await context.newPage();
  await page.goto(`${ADMIN}/login`);
  await page.fill('input[name=j_username]', 'admin');
  await page.fill('input[name=j_password]', 'admin');
  await Promise.all([page.waitForNavigation({ waitUntil: 'domcontentloaded' }), page.click('input[type=submit]')]);
  return page;
}

/** Logs an account into the storefront; the demo's guide and shopper accounts share one password. */
export async function logIn(page, username, password = 'demo1234') {
  await page.goto(`${SITE}/login`);
  await page.fill('input[name=j_username]', username);
  await page.fill('input[name=j_password]', password);
  await Promise.all([page.waitForNavigation(), page.click('#login-submit')]);
}

export function uniqueEmail(prefix) {
  return `${prefix}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}
