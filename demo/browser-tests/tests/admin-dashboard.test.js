// HQ watches the performance boards in Chinese: the dashboard draws its charts with ECharts from figures (read back
// from the ECharts instances on the page: every chart has series with data, and the figures are not all zero), a bar
// of the top stores opens that store's dashboard with its guides, and the leaderboard's CSV holds exactly the rows
// its table shows, after "rebuild ranks now" (this month, from the snapshot) and for a custom range (computed).
//
// The demo's own history (a POS sale six weeks back, bindings two months back, and whatever the scenarios before this
// one sold) or months of generated figures alike: the scenario reads the last 90 days and asks only that something
// was sold in them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { launch, ADMIN, RESULTS } from './browser.js';

const LOADED = { waitUntil: 'domcontentloaded' };

let browser;
before(async () => { browser = await launch(); });
after(async () => { await browser?.close(); });

async function chineseAdmin() {
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN',
    acceptDownloads: true });
  context.setDefaultTimeout(30000);
  const page = await context.newPage();
  await page.goto(`${ADMIN}/login?locale=zh_CN`, LOADED);
  await page.fill('input[name=j_username]', 'admin');
  await page.fill('input[name=j_password]', 'admin');
  await Promise.all([page.waitForNavigation(LOADED), page.click('input[type=submit]')]);
  return page;
}

/** Every chart of the page as its ECharts instance holds it: id, categories and series (name, data). */
async function drawnCharts(page) {
  // Drawn, animation included: a bar clicked while it still grows is not under the pointer yet.
  await page.waitForFunction(() => window.echarts
    && [...document.querySelectorAll('.gc-board-chart')].every((element) => echarts.getInstanceByDom(element)
      && element.dataset.drawn === 'true'));
  return page.evaluate(() => [...document.querySelectorAll('.gc-board-chart')].map((element) => {
    const option = echarts.getInstanceByDom(element).getOption();
    return {
      id: element.dataset.chart,
      categories: option.xAxis[0].data,
      series: option.series.map((series) => ({ name: series.name, data: series.data.map(Number) })),
    };
  }));
}

/** Clicks the bar of series 0 at the category's index, where ECharts laid it out. */
async function clickBar(page, chartId, index) {
  const point = await page.evaluate(({ chartId, index }) => {
    const element = document.getElementById(`gc-chart-${chartId}`);
    element.scrollIntoView({ block: 'center' });
    const instance = echarts.getInstanceByDom(element);
    const layout = instance.getModel().getSeriesByIndex(0).getData().getItemLayout(index);
    const box = element.getBoundingClientRect();
    return { x: box.left + layout.x + layout.width / 2, y: box.top + layout.y + layout.height / 2 };
  }, { chartId, index });
  await Promise.all([page.waitForNavigation(LOADED), page.mouse.click(point.x, point.y)]);
}

/** RFC 4180 fields, quotes and line breaks inside quotes included. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; } else if (c === '"') { quoted = false; } else { field += c; }
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',') {
      row.push(field); field = '';
    } else if (c === '\n') {
      row.push(field.replace(/\r$/, '')); rows.push(row); row = []; field = '';
    } else {
      field += c;
    }
  }
  if (field !== '' || row.length) { row.push(field); rows.push(row); }
  return rows;
}

/** The leaderboard's table as shown: rank, code, name, store, region and each row's value. */
async function shownRows(page) {
  return page.$$eval('#gc-leaderboard-table tbody tr', (rows) => rows.map((row) => [
    row.querySelector('.gc-leaderboard-rank').innerText.trim(),
    row.querySelector('.gc-leaderboard-code').innerText.trim(),
    row.querySelector('.gc-leaderboard-name').innerText.trim(),
    row.querySelector('.gc-leaderboard-store').innerText.trim(),
    row.querySelector('.gc-leaderboard-region').innerText.trim(),
    row.querySelector('.gc-leaderboard-value').dataset.value,
  ]));
}

/** The downloaded CSV's table (below its header lines), in the page's columns: store and region codes left out. */
async function downloadedRows(page) {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#gc-leaderboard-csv')]);
  const text = readFileSync(await download.path(), 'utf8');
  assert.equal(text.charCodeAt(0), 0xFEFF, 'the CSV starts with a byte-order mark');
  const rows = parseCsv(text.slice(1));
  const header = rows.findIndex((row) => row[0] === '排名');
  assert.ok(header > 0, `the CSV's table has Chinese headings: ${text.slice(0, 300)}`);
  assert.deepEqual(rows[header].slice(0, 3), ['排名', '编号', '名称']);
  return rows.slice(header + 1).filter((row) => row.length > 1)
    .map((row) => [row[0], row[1], row[2], row[4], row[6], row[7]]);
}

test('HQ reads the dashboard\'s charts in Chinese and opens a store from its bar', async () => {
  const page = await chineseAdmin();
  await page.goto(`${ADMIN}/gc-board?range=90d`, LOADED);

  const charts = await drawnCharts(page);
  assert.deepEqual(charts.map((chart) => chart.id),
    ['members', 'salesOverTime', 'byChannel', 'byStore', 'byFranchisee', 'byRegion']);
  for (const chart of charts) {
    assert.ok(chart.series.length > 0 && chart.series.every((series) => series.data.length > 0),
      `${chart.id} has series with data: ${JSON.stringify(chart.series)}`);
    assert.ok(chart.categories.length > 0, `${chart.id} has categories`);
  }
  assert.deepEqual(charts[0].series.map((series) => series.name), ['绑定数', '新会员']);
  const stores = charts.find((chart) => chart.id === 'byStore');
  assert.deepEqual(stores.series.map((series) => series.name), ['净销售额', '佣金']);
  assert.ok(stores.series[0].data.some((value) => value > 0), `some store sold: ${JSON.stringify(stores)}`);
  assert.equal(await page.getAttribute('#gc-board-charts', 'data-locale'), 'ZH');
  const labels = await page.$$eval('.gc-board-card-label', (cards) => cards.map((card) => card.innerText.trim()));
  assert.deepEqual(labels, ['净销售额', '订单数', '佣金', '新会员', '绑定数']);
  await page.screenshot({ path: path.join(RESULTS, 'admin-dashboard.png') });

  const store = stores.categories[0];
  await clickBar(page, 'byStore', 0);
  assert.match(page.url(), /scope=STORE&id=\d+&range=90d/);
  assert.match(await page.textContent('#gc-board-title'), new RegExp(`门店.*${store}`));
  const storeCharts = await drawnCharts(page);
  assert.deepEqual(storeCharts.map((chart) => chart.id), ['members', 'salesOverTime', 'byChannel', 'byGuide']);
  const guides = storeCharts.find((chart) => chart.id === 'byGuide');
  assert.ok(guides.categories.length > 0 && guides.series[0].data.some((value) => value > 0),
    `the store's guides sold: ${JSON.stringify(guides)}`);
  await page.context().close();
});

test('HQ rebuilds the ranks and downloads the leaderboard the page shows, as CSV', async () => {
  const page = await chineseAdmin();
  await page.goto(`${ADMIN}/gc-leaderboard?scope=NATION&subject=GUIDE&metric=NET_SALES&period=THIS_MONTH`, LOADED);
  await Promise.all([page.waitForNavigation(LOADED), page.click('#gc-leaderboard-rebuild')]);
  const told = await page.locator('#gc-leaderboard-rebuilt, #gc-job-busy').first().innerText();
  // A scheduled rebuild running on the node at that moment answers that it is busy instead.
  assert.match(told, /排名已重建|已在节点/, `the rebuild is reported in Chinese: ${told}`);
  if (told.includes('排名已重建')) {
    assert.match(await page.textContent('#gc-leaderboard-source'), /排名生成于/);
  }

  const snapshot = await shownRows(page);
  assert.ok(snapshot.length > 0, 'every active guide is ranked this month');
  assert.deepEqual(await downloadedRows(page), snapshot);
  await page.screenshot({ path: path.join(RESULTS, 'admin-leaderboard.png'), fullPage: true });

  const today = new Date(Date.now() + 8 * 3600 * 1000);
  const from = new Date(today.getTime() - 89 * 24 * 3600 * 1000);
  const day = (date) => date.toISOString().slice(0, 10);
  await page.goto(`${ADMIN}/gc-leaderboard?scope=NATION&subject=GUIDE&metric=NET_SALES&period=CUSTOM`
    + `&from=${day(from)}&to=${day(today)}`, LOADED);
  assert.match(await page.textContent('#gc-leaderboard-source'), /即时计算/);
  const computed = await shownRows(page);
  assert.ok(computed.length > 0 && Number(computed[0][5]) > 0, `someone sold in 90 days: ${JSON.stringify(computed)}`);
  assert.deepEqual(await downloadedRows(page), computed);
  await page.context().close();
});
