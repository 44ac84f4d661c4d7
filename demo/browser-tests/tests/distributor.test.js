// Recruiting a distributor on the phone: G0005 (孙悦, who manages HZ002) creates an invitation on the workbench and
// gets its link and QR code; a new shopper opens the link, registers from it, comes back and accepts; their
// distributor page says they are G0005's active distributor with a code of their own, G0005's count of distributors
// grows by one, and the invitation, once used, is refused with a reason in Chinese as soon as it is opened.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, logIn, phonePage, SITE, RESULTS, uniqueEmail } from './browser.js';

const JOIN_PATH = /\/distributor\/join\/[0-9a-f]{32}$/;
const NO_MESSAGE = /\?\?[\w.]+\?\?/;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function distributorCount(page) {
  await page.goto(`${SITE}/guide`);
  return Number(await page.getAttribute('#gc-distributor-count', 'data-count'));
}

test('a guide invites a new member from the workbench, who registers from the link and becomes their distributor',
  async () => {
    const guide = await phonePage(browser);
    await logIn(guide, 'g0005');
    const before = await distributorCount(guide);

    await Promise.all([guide.waitForURL(/\/guide/), guide.click('#gc-invite-distributor')]);
    const link = await guide.inputValue('#gc-invitation-link');
    assert.match(link, JOIN_PATH, `the invitation is a join link: ${link}`);
    const qr = await guide.request.get(new URL(await guide.getAttribute('#gc-invitation-qr', 'src'), SITE).href);
    assert.equal(qr.status(), 200, 'the invitation\'s QR code is served');
    assert.match(qr.headers()['content-type'], /^image\/png/);
    assert.doesNotMatch(await guide.textContent('#gc-distributors'), NO_MESSAGE);
    await guide.locator('#gc-distributors').screenshot({ path: path.join(RESULTS, 'phone-workbench-invite.png') });

    const member = await phonePage(browser);
    const name = `分销员${Date.now() % 100000}`;
    await member.goto(link);
    assert.equal(await member.getAttribute('main.gc-distributor-join', 'data-guide-code'), 'G0005');
    assert.equal((await member.textContent('#gc-guide-name')).trim(), '孙悦');
    await Promise.all([member.waitForURL(/\/register\?successUrl=/), member.click('#gc-register')]);
    await member.fill('input[name=email]', uniqueEmail('distributor'));
    await member.fill('input[name=name]', name);
    await member.fill('input[name=password]', 'secret123');
    await member.fill('input[name=passwordConfirm]', 'secret123');
    await Promise.all([member.waitForURL(JOIN_PATH), member.click('#register-submit')]);

    await Promise.all([member.waitForURL(`${SITE}/distributor`), member.click('#gc-accept-invitation')]);
    assert.equal(await member.getAttribute('#gc-distributor-card', 'data-status'), 'ACTIVE');
    assert.match(await member.getAttribute('#gc-distributor-card', 'data-code'), /^D\d+$/);
    assert.equal(await member.getAttribute('#gc-distributor-guide', 'data-guide-code'), 'G0005');
    assert.ok((await member.textContent('#gc-distributor-notice')).trim().length > 0, 'the member is told they joined');
    assert.doesNotMatch(await member.textContent('body'), NO_MESSAGE);
    await member.screenshot({ path: path.join(RESULTS, 'phone-distributor-zh.png'), fullPage: true });

    assert.equal(await distributorCount(guide), before + 1, 'G0005 has one distributor more');

    // The link was used: the page says so, in Chinese, before anything is pressed, and offers no Accept.
    await member.goto(link);
    assert.equal(await member.locator('#gc-accept-invitation').count(), 0, 'no Accept for a used invitation');
    const refusal = (await member.textContent('#gc-distributor-refusal')).trim();
    assert.match(refusal, /[\u4e00-\u9fff]/, `the refusal reads in Chinese: ${refusal}`);
    assert.doesNotMatch(refusal, NO_MESSAGE);
    assert.equal(await distributorCount(guide), before + 1, 'no second distributor');
  });
