// Contests (PK赛) in the demo: this month's national net-sales contest runs and the one of the month before last is
// closed. HQ finds both under 分销 → PK 赛; the running one's live board ranks guides by net sales so far, from the
// boards' figures; the closed one's screen lists its results and the winners' bonus. A
// guide's workbench shows the running contest with its board so far and the guide's own score, in Chinese.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { launch, adminPage, logIn, phonePage, SITE, ADMIN, RESULTS } from './browser.js';

const LOADED = { waitUntil: 'domcontentloaded' };
const NO_MESSAGE = /\?\?[\w.]+\?\?/;

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

test('HQ reads the running contest\'s live board and the closed contest\'s results', async () => {
  const hq = await adminPage(browser);
  await hq.goto(`${ADMIN}/gc-contest?locale=zh_CN`, LOADED);
  const running = hq.locator('tr[data-link]', { hasText: '全国销售 PK 赛' });
  const closed = hq.locator('tr[data-link]', { hasText: '全国业绩 PK 赛' });
  assert.equal(await running.count(), 1, 'the running contest is listed');
  assert.equal(await closed.count(), 1, 'the closed contest is listed');
  assert.match(await closed.textContent(), /已结算/);

  const runningLink = await running.getAttribute('data-link');
  const closedLink = await closed.getAttribute('data-link');
  await hq.goto(`${ADMIN}${runningLink}/board`, LOADED);
  assert.equal(await hq.getAttribute('.gc-contest-board', 'data-phase'), 'RUNNING');
  const rows = hq.locator('#gc-contest-board tbody tr[data-code]');
  assert.ok(await rows.count() > 0, 'the live board has guides with figures this month');
  const ranks = (await hq.$$eval('#gc-contest-board tbody tr[data-code] td:first-child',
    (cells) => cells.map((cell) => Number(cell.textContent.trim()))));
  assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'ranked in order');
  assert.equal(ranks[0], 1);
  assert.doesNotMatch(await hq.textContent('body'), NO_MESSAGE);
  await hq.screenshot({ path: path.join(RESULTS, 'admin-contest-board.png'), fullPage: true });

  // The closed contest's screen lists its results, the winners' bonus in words.
  await hq.goto(`${ADMIN}${closedLink}`, LOADED);
  const results = hq.locator('tr', { hasText: '奖金 ¥500.00' });
  assert.ok(await results.count() >= 3, 'the top 3 (and any tied with them) won the bonus');
  assert.doesNotMatch(await hq.textContent('body'), /contest\.bonus/);
  assert.doesNotMatch(await hq.textContent('body'), NO_MESSAGE);
  await hq.screenshot({ path: path.join(RESULTS, 'admin-contest-results.png'), fullPage: true });
});

test('a guide\'s workbench shows the running contest with its board and the guide\'s own score', async () => {
  const guide = await phonePage(browser);
  await logIn(guide, 'g0005');
  await guide.goto(`${SITE}/guide`);
  const card = guide.locator('#gc-contests .gc-contest').first();
  assert.equal(await card.getAttribute('data-phase'), 'RUNNING');
  assert.match(await card.locator('h3').textContent(), /全国销售 PK 赛/);
  assert.match(await card.textContent(), /前 3 名晋升为/);
  assert.ok(await card.locator('ol li').count() > 0, 'the board so far');
  assert.match(await card.locator('.gc-contest-mine strong').textContent(), /^¥[\d,]+\.\d\d$/);
  assert.doesNotMatch(await guide.textContent('#gc-contests'), NO_MESSAGE);
  await guide.locator('#gc-contests').screenshot({ path: path.join(RESULTS, 'phone-workbench-contest.png') });
});
