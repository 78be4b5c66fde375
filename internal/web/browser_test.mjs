// Browser tests of the map page in real headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core; never a downloaded browser).
// Run by TestBrowser in cmd/sitrep, which starts `sitrep serve` over a
// database with the seed articles and passes:
//   SITREP_URL     the server's base URL
//   SITREP_TOKEN   its bearer token
//   SITREP_SHOTS   a folder for screenshots
//   CHROMIUM       the browser (default /usr/bin/chromium)
// Exits non-zero, with a reason on stderr, when a check fails.
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';

const base = process.env.SITREP_URL;
const token = process.env.SITREP_TOKEN;
const shots = process.env.SITREP_SHOTS || tmpdir();
assert.ok(base, 'SITREP_URL not set');

const profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  viewport: { width: 1400, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});

// Every page fails the test on a script error, a CSP violation or a
// request that leaves the server (nothing may be fetched from elsewhere).
const problems = [];
function watch(page) {
  page.on('pageerror', (e) => problems.push('page error: ' + e.message));
  page.on('console', (m) => {
    if (m.type() === 'error' || /Content Security Policy/i.test(m.text())) problems.push('console: ' + m.text());
  });
  page.on('request', (r) => {
    if (!r.url().startsWith(base) && !r.url().startsWith('data:')) problems.push('request outside the server: ' + r.url());
  });
  return page;
}

async function api(path, init) {
  const r = await fetch(base + path, init);
  return { status: r.status, body: await r.json() };
}

let failed = false;
async function test(name, fn) {
  const page = watch(await ctx.newPage());
  page.setDefaultTimeout(15000);
  try {
    await fn(page);
    assert.deepEqual(problems, [], 'problems on the page');
    console.log('ok   ' + name);
  } catch (err) {
    failed = true;
    console.error('FAIL ' + name + '\n' + (err.stack || err));
    await page.screenshot({ path: join(shots, name.replace(/\W+/g, '-') + '-failure.png') }).catch(() => {});
  } finally {
    problems.length = 0;
    await page.close();
  }
}

await test('map shows the seed events and a clicked marker shows its claims', async (page) => {
  const all = (await api('/api/events?limit=1000')).body;
  assert.ok(all.total > 0, 'no events in the database');
  const placed = all.events.filter((e) => !(e.latitude === 0 && e.longitude === 0));

  await page.goto(base + '/');
  await page.waitForSelector('path.sitrep-marker');
  // Country outlines from world-atlas are drawn.
  await page.waitForFunction(() => document.querySelectorAll('.leaflet-countries-pane path, .leaflet-pane path').length > 100);
  assert.equal(await page.locator('path.sitrep-marker').count(), placed.length, 'one marker per placed event');
  await page.waitForSelector('#timeline rect.bar');
  assert.match(await page.locator('#status').textContent(), new RegExp(`^${all.total} events match`));

  // The event with the most claims: click its marker like a user would.
  const target = placed.slice().sort((a, b) => b.claims.length - a.claims.length)[0];
  assert.ok(target.claims.length > 0, 'no event with claims');
  await page.locator(`path.sitrep-marker[data-event-id="${target.event_id_cnty}"]`).click();
  await page.waitForSelector('#panel .claim');
  const claims = await page.locator('#panel .claim').allTextContents();
  assert.equal(claims.length, target.claims.length, 'every claim listed');
  for (const c of target.claims) {
    assert.ok(claims.some((t) => t.includes(c.quote)), 'quote shown: ' + c.quote);
    if (c.attributed_to) assert.ok(claims.some((t) => t.includes(c.attributed_to)), 'attribution shown: ' + c.attributed_to);
  }
  assert.equal(await page.locator('#panel .denial').count(), target.denials.length, 'every denial listed');
  assert.match(await page.locator('#panel .sources').textContent(), /\d+ independent source/);
  await page.screenshot({ path: join(shots, 'map.png') });

  // The claim's article opens with its clean text.
  await page.locator('#panel a.article-link').first().click();
  await page.waitForSelector('#panel .article-text');
  assert.ok((await page.locator('#panel .article-text').textContent()).length > 200, 'article text shown');

  // Filtering by country narrows the markers to that country's events.
  await page.fill('input[name=country]', 'Tajikistan');
  await page.click('#filters button[type=submit]');
  const tj = placed.filter((e) => e.country === 'Tajikistan').length;
  await page.waitForFunction((n) => document.querySelectorAll('path.sitrep-marker').length === n, tj);
  assert.match(await page.locator('#download').getAttribute('href'), /export\.csv\?country=Tajikistan/);

  // The table lists the same events; its CSV link carries the filters.
  await page.click('#tabs button[data-view=table]');
  const rows = all.events.filter((e) => e.country === 'Tajikistan').length;
  assert.equal(await page.locator('#events-table tbody tr').count(), rows);
  const csv = await (await fetch(base + (await page.locator('#download').getAttribute('href')))).text();
  assert.equal(csv.trim().split('\n').length, rows + 1, 'CSV has the rows shown');

  // Brushing the timeline selects a period and narrows the table.
  await page.click('#tabs button[data-view=map]');
  const box = await page.locator('#timeline').boundingBox();
  await page.mouse.move(box.x + box.width - 3, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + 20, { steps: 2 });
  await page.mouse.up();
  await page.waitForSelector('#brush-clear:not([hidden])');
  assert.match(await page.locator('#download').getAttribute('href'), /from=\d{4}-\d{2}-\d{2}&to=|to=\d{4}-\d{2}-\d{2}/);
});

await test('article text and quotes never run as HTML', async (page) => {
  const script = '<script>window.__pwned=1</script>';
  const img = '<img src=x onerror="window.__pwned=2">';
  const text = `Taliban attack police checkpoint in Kunduz\n\n` +
    `KUNDUZ, Afghanistan (Reuters) - Taliban fighters attacked a police checkpoint in Kunduz province on Monday, killing five police officers, a provincial police spokesman said ${script} on Tuesday.\n\n` +
    `Another official, Ahmad Khan, said seven people were wounded in the attack ${img} near the city.\n`;
  const post = await api('/api/articles', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: 'Bearer ' + token },
    body: JSON.stringify({ text, title: 'Checkpoint attack ' + img, published: '2026-03-10', source: 'Test Wire <b>bold</b>' }),
  });
  assert.ok(post.status === 201 || (post.status === 200 && !post.body.new), JSON.stringify(post.body));
  const ev = post.body.events.find((e) => e.claims.some((c) => c.quote.includes(script)));
  assert.ok(ev, 'an event quoting the script sentence: ' + JSON.stringify(post.body.events.map((e) => e.claims)));

  await page.goto(base + '/#event/' + encodeURIComponent(ev.event_id_cnty));
  await page.waitForSelector('#panel .claim');
  const panelText = await page.locator('#panel').textContent();
  assert.ok(panelText.includes(script), 'script tag shown as text');
  assert.ok(panelText.includes(img), 'img tag shown as text');
  // Hovering the marker opens its tooltip; clicking it re-renders the panel.
  // (Its edge: a smaller marker may sit on its centre.)
  const marker = page.locator(`path.sitrep-marker[data-event-id="${ev.event_id_cnty}"]`);
  const mb = await marker.boundingBox();
  await marker.hover({ position: { x: 2, y: mb.height / 2 } });
  await page.waitForSelector('.leaflet-tooltip');
  assert.equal(await page.locator('.leaflet-tooltip img, .leaflet-tooltip script').count(), 0);
  await marker.click({ position: { x: 2, y: mb.height / 2 } });
  await page.click('#tabs button[data-view=table]');

  // The article view: title, outlet and text, all literal.
  await page.locator('#panel a.article-link').first().click();
  await page.waitForSelector('#panel .article-text');
  assert.ok((await page.locator('#panel .article-title').textContent()).includes(img), 'title literal');
  assert.ok((await page.locator('#panel .article-text').textContent()).includes(script), 'text literal');
  assert.ok((await page.locator('#panel').textContent()).includes('Test Wire <b>bold</b>'), 'outlet literal');

  await page.waitForTimeout(300); // give any injected handler time to fire
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'injected code ran');
  assert.equal(await page.locator('#panel script, #panel img, #panel b, #events-table img, .leaflet-tooltip img').count(), 0, 'markup from data became elements');
  await page.screenshot({ path: join(shots, 'xss.png') });
});

await ctx.close();
rmSync(profile, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
