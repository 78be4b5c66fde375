// Browser tests of the map page in real headless Chromium (Debian's
// /usr/bin/chromium driven by playwright-core; never a downloaded browser).
// Run by TestBrowser in cmd/sitrep, which starts `sitrep serve` over a
// database with the seed articles and passes:
//   SITREP_URL     the server's base URL
//   SITREP_EMPTY_URL  a second server, over an empty database
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
const emptyBase = process.env.SITREP_EMPTY_URL;
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
    if (![base, emptyBase].some((b) => b && r.url().startsWith(b)) && !r.url().startsWith('data:')) problems.push('request outside the server: ' + r.url());
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

// ---- helpers for what a person sees -------------------------------------

// shown counts the events drawn on the map: single markers plus the
// numbers on cluster circles.
async function shown(page) {
  return page.evaluate(() => {
    let n = document.querySelectorAll('#map path.sitrep-marker').length;
    for (const c of document.querySelectorAll('#map .sitrep-cluster')) n += Number(c.textContent);
    return n;
  });
}

// waitShown waits until the map draws n events.
async function waitShown(page, n, why) {
  try {
    await page.waitForFunction((n) => {
      let k = document.querySelectorAll('#map path.sitrep-marker').length;
      for (const c of document.querySelectorAll('#map .sitrep-cluster')) k += Number(c.textContent);
      return k === n;
    }, n, { timeout: 10000 });
  } catch (_) {
    await page.screenshot({ path: join(shots, 'failed-' + why.replace(/[^a-z0-9]+/gi, '-') + '.png') });
    assert.fail(`${why}: map shows ${await shown(page)} events, want ${n} (status: ${await page.locator('#status').textContent()}; ${problems.join('; ')})`);
  }
}

// assertNoJunkText fails when the visible text shows a programming value
// instead of words (the "nullnull" an event without denials once showed).
async function assertNoJunkText(page, where) {
  const text = await page.evaluate(() => document.body.innerText);
  // ("nullnull" is one word to \b, so null is matched after any non-letter.)
  const m = text.match(/.{0,40}((?<![A-Za-z])null|undefined|\bNaN\b|\[object Object\]).{0,40}/);
  assert.equal(m, null, `${where}: visible text has ${m && JSON.stringify(m[0])}`);
}

// assertInside fails when the element's box leaves the container's.
async function assertInside(page, inner, outer, why) {
  const a = await page.locator(inner).first().boundingBox();
  const b = await page.locator(outer).first().boundingBox();
  assert.ok(a && b, `${why}: ${inner} or ${outer} not displayed`);
  assert.ok(a.x >= b.x - 1 && a.y >= b.y - 1 && a.x + a.width <= b.x + b.width + 1 && a.y + a.height <= b.y + b.height + 1,
    `${why}: ${inner} ${JSON.stringify(a)} not inside ${outer} ${JSON.stringify(b)}`);
}

// markersInsideMap fails when a drawn event lies outside the map's view.
async function assertAllOnScreen(page, why) {
  const out = await page.evaluate(() => {
    const m = document.querySelector('#map').getBoundingClientRect();
    return [...document.querySelectorAll('#map path.sitrep-marker, #map .sitrep-cluster')].filter((e) => {
      const r = e.getBoundingClientRect();
      const x = r.x + r.width / 2, y = r.y + r.height / 2;
      return x < m.left || x > m.right || y < m.top || y > m.bottom;
    }).length;
  });
  assert.equal(out, 0, `${why}: events drawn off screen`);
}

function addDays(day, n) {
  return new Date(Date.parse(day + 'T00:00:00Z') + n * 864e5).toISOString().slice(0, 10);
}

const placedOf = (evs) => evs.filter((e) => !(e.latitude === 0 && e.longitude === 0));
const all = (await api('/api/events?limit=1000')).body;
const current = all.events.filter((e) => !e.background);
const told = all.events.filter((e) => e.background);
assert.ok(current.length > 0 && told.length > 0, 'the seeds have events of both kinds');
const newest = current.map((e) => e.event_date).sort().at(-1);
const recent = current.filter((e) => e.event_date > addDays(newest, -90));

await test('the page opens on the recent period, history hidden, clustered and named', async (page) => {
  await page.goto(base + '/');
  await page.waitForSelector('#timeline rect.bar', { state: 'attached' });
  await waitShown(page, placedOf(recent).length, 'last 90 days of current events');
  assert.equal(await page.locator('#periods button[aria-pressed=true]').textContent(), 'last 90 days');
  const status = await page.locator('#status').textContent();
  assert.match(status, new RegExp(`^${current.length} events match`));
  assert.ok(status.includes(`${told.length} told as history hidden`), status);
  // The timeline spans the period, not the decades before it.
  const first = await page.locator('#timeline text.axis').first().textContent();
  assert.ok(first >= addDays(newest, -96), `timeline starts at ${first}`);
  // Country names from the vendored outlines, no tiles.
  await page.waitForSelector('.country-label');
  const countries = await page.locator('.country-label').allTextContents();
  for (const c of new Set(recent.map((e) => e.country))) assert.ok(countries.includes(c), `country ${c} named: ${countries}`);
  await page.screenshot({ path: join(shots, 'open-recent.png') });

  // All dates: every current event, the co-located ones in clusters.
  await page.click('#periods button[data-period=all]');
  await waitShown(page, placedOf(current).length, 'all current events');
  assert.ok(await page.locator('.sitrep-cluster').count() > 0, 'overlapping markers clustered');
  await assertAllOnScreen(page, 'all dates');
  await page.screenshot({ path: join(shots, 'all-dates.png') });

  // History on request: drawn pale, counted, legend explains it.
  await page.check('input[name=history]');
  await waitShown(page, placedOf(all.events).length, 'with history');
  assert.doesNotMatch(await page.locator('#status').textContent(), /told as history hidden/);
  assert.match(page.url(), /history=show/);
  await assertAllOnScreen(page, 'with history');
  await page.uncheck('input[name=history]');
  await waitShown(page, placedOf(current).length, 'history hidden again');

  // A cluster opens on click, and closer in, the events' places are named.
  // (Clicked, it zooms in to split, or fans out events at one point.)
  const clusters = () => page.evaluate(() => [...document.querySelectorAll('.sitrep-cluster')].map((c) => c.textContent + '@' + c.style.transform).join());
  const before = await clusters();
  await page.locator('.sitrep-cluster').first().click();
  await page.waitForFunction((b) => document.querySelector('.leaflet-cluster-spider-leg') ||
    [...document.querySelectorAll('.sitrep-cluster')].map((c) => c.textContent + '@' + c.style.transform).join() !== b, before);
  const zoomIn = page.locator('.leaflet-control-zoom-in');
  // Leaflet disables the button at the last zoom level, possibly while a
  // click is on its way: such a click is a no-op, so it is forced.
  for (let i = 0; i < 3 && (await zoomIn.getAttribute('aria-disabled')) !== 'true'; i++) await zoomIn.click({ force: true });
  await page.waitForSelector('.town-label, .admin1-label');
  const places = await page.locator('.town-label, .admin1-label').allTextContents();
  assert.ok(places.some((p) => current.some((e) => e.location === p)), `event places named: ${places}`);
  await page.screenshot({ path: join(shots, 'zoomed-labels.png') });
});

await test('provinces and big towns are named from the gazetteer as one zooms in, never on top of each other', async (page) => {
  await page.goto(base + '/?period=all');
  await waitShown(page, placedOf(current).length, 'all dates');
  const refs = () => page.evaluate(() => [...document.querySelectorAll('#map .ref-label')].map((e) => {
    const r = e.firstChild.getBoundingClientRect();
    return { text: e.textContent, kind: e.classList.contains('ref-admin1') ? 'a' : 't', x: r.x, y: r.y, w: r.width, h: r.height };
  }));
  const zoomOut = page.locator('.leaflet-control-zoom-out'), zoomIn = page.locator('.leaflet-control-zoom-in');
  // settle waits for the zoom's animation and the labels' redraw: until
  // the map pane's transform and the labels stay put for a moment
  const settle = async () => {
    let last = '';
    for (let i = 0; i < 40; i++) {
      await page.waitForTimeout(150);
      const now = await page.evaluate(() => document.querySelector('#map .leaflet-map-pane').style.transform + '|' +
        document.querySelectorAll('#map .ref-label').length + '|' + document.querySelectorAll('#map .leaflet-zoom-anim').length);
      if (now === last) return;
      last = now;
    }
  };
  for (let i = 0; i < 6 && (await zoomOut.getAttribute('aria-disabled')) !== 'true'; i++) {
    await zoomOut.click({ force: true });
    await settle();
  }
  await page.waitForFunction(() => document.querySelectorAll('#map .ref-label').length === 0, null, { timeout: 10000 })
    .catch(() => assert.fail('reference names at the world zoom'));
  for (let i = 0; i < 8 && (await page.locator('#map .ref-admin1').count()) < 3; i++) {
    await zoomIn.click({ force: true });
    await settle();
  }
  const near = await refs();
  assert.ok(near.filter((l) => l.kind === 'a').length >= 3, 'provinces named once zoomed in');
  assert.ok(near.some((l) => l.kind === 't'), 'towns named at zoom 7');
  for (let i = 0; i < near.length; i++) {
    for (let j = i + 1; j < near.length; j++) {
      const a = near[i], b = near[j];
      const overlap = a.x < b.x + b.w - 1 && b.x < a.x + a.w - 1 && a.y < b.y + b.h - 1 && b.y < a.y + a.h - 1;
      assert.ok(!overlap, `labels ${a.text} and ${b.text} overlap`);
    }
  }
  await assertNoJunkText(page, 'reference labels');
  await page.screenshot({ path: join(shots, 'reference-labels.png') });
});

await test('legend explains every mark on the map', async (page) => {
  await page.goto(base + '/');
  assert.notEqual(await page.locator('details.legend').getAttribute('open'), null, 'legend open on a wide screen');
  const legend = await page.locator('.legend').textContent();
  for (const t of ['Battles', 'Explosions/Remote violence', 'Violence against civilians', 'Protests', 'Riots', 'Strategic developments', 'Other',
    'contested', 'history', 'click to zoom', 'fatalities', 'provinces, towns']) assert.ok(legend.includes(t), 'legend names ' + t);
  // The legend's dashed outline is the one contested markers are drawn with.
  const contested = current.filter((e) => (e.contested || []).length > 0);
  assert.ok(contested.length > 0, 'the seeds have a contested event');
  await page.goto(base + '/?contested=true&period=all');
  await waitShown(page, placedOf(contested).length, 'contested events');
  const drawn = await page.locator('path.sitrep-marker').first().getAttribute('stroke-dasharray');
  assert.ok(drawn, 'contested marker dashed');
  assert.equal(await page.locator('.legend .contested-swatch circle').getAttribute('stroke-dasharray'), drawn);
  await page.screenshot({ path: join(shots, 'contested.png') });
});

await test('an event panel shows words only, and filters refit the map and close a stale panel', async (page) => {
  // The event with the most claims and no denials, found as a user would:
  // in the table, then on the map.
  const target = placedOf(current).filter((e) => e.denials.length === 0).sort((a, b) => b.claims.length - a.claims.length)[0];
  assert.ok(target && target.claims.length > 0, 'an event with claims and no denials');
  await page.goto(base + '/?period=all');
  await page.click('#tabs button[data-view=table]');
  await page.click(`#events-table tr[data-event-id="${target.event_id_cnty}"]`);
  await page.click('#tabs button[data-view=map]');
  const marker = page.locator(`path.sitrep-marker[data-event-id="${target.event_id_cnty}"]`);
  await marker.waitFor();
  await marker.click({ force: true });
  await page.waitForSelector('#panel .claim');
  const claims = await page.locator('#panel .claim').allTextContents();
  assert.equal(claims.length, target.claims.length, 'every claim listed');
  for (const c of target.claims) {
    assert.ok(claims.some((t) => t.includes(c.quote)), 'quote shown: ' + c.quote);
    if (c.attributed_to) assert.ok(claims.some((t) => t.includes(c.attributed_to)), 'attribution shown: ' + c.attributed_to);
  }
  assert.equal(await page.locator('#panel .denial').count(), 0);
  assert.match(await page.locator('#panel .sources').textContent(), /\d+ independent source/);
  await assertNoJunkText(page, 'event without denials');
  await page.screenshot({ path: join(shots, 'map.png') });

  // Its article: outlet, and where it came from kept inside the panel.
  await page.locator('#panel a.article-link').first().click();
  await page.waitForSelector('#panel .article-text');
  assert.ok((await page.locator('#panel .article-text').textContent()).length > 200, 'article text shown');
  assert.equal(await page.locator('#panel dd.outlet').textContent(), target.claims[0].outlet || target.articles[0].outlet);
  const origin = await page.locator('#panel dd.origin').textContent();
  assert.ok(origin && !origin.includes('../'), 'no local path: ' + origin);
  await assertInside(page, '#panel dd.origin > *', '#panel', 'origin');
  await assertNoJunkText(page, 'article view');
  await page.screenshot({ path: join(shots, 'article.png') });

  // Filtering to another country: the panel's event no longer matches, so
  // it closes; the map refits to the matching events.
  await page.goto(base + '/?period=all#event/' + encodeURIComponent(target.event_id_cnty));
  await page.waitForSelector('#panel .claim');
  const other = current.find((e) => e.country !== target.country).country;
  await page.fill('input[name=country]', other);
  await page.click('#filters button[type=submit]');
  const matching = current.filter((e) => e.country === other);
  await waitShown(page, placedOf(matching).length, `events in ${other}`);
  await page.waitForSelector('#panel .closed');
  assert.equal(new URL(page.url()).hash, '', 'hash cleared');
  await assertAllOnScreen(page, `after filtering to ${other}`);
  assert.match(await page.locator('#download').getAttribute('href'), new RegExp(`export\\.csv\\?country=${other}`));

  // An open event that still matches stays open, redrawn.
  await page.goto(base + `/?period=all#event/${encodeURIComponent(matching[0].event_id_cnty)}`);
  await page.waitForSelector('#panel .event-title');
  await page.fill('input[name=country]', other);
  await page.click('#filters button[type=submit]');
  await waitShown(page, placedOf(matching).length, `events in ${other}`);
  assert.ok((await page.locator('#panel').textContent()).includes(matching[0].event_id_cnty), 'matching event kept');

  // The table lists the same events; its CSV link carries the filters.
  await page.click('#tabs button[data-view=table]');
  assert.equal(await page.locator('#events-table tbody tr').count(), matching.length);
  const csv = await (await fetch(base + (await page.locator('#download').getAttribute('href')))).text();
  assert.equal(csv.trim().split('\n').length, matching.length + 1, 'CSV has the rows shown');
  await assertNoJunkText(page, 'table');

  // Brushing the timeline selects a part of the period and refits.
  await page.click('#tabs button[data-view=map]');
  const box = await page.locator('#timeline').boundingBox();
  await page.mouse.move(box.x + box.width - 3, box.y + 20);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width - 2, box.y + 20, { steps: 2 });
  await page.mouse.up();
  await page.waitForSelector('#brush-clear:not([hidden])');
  assert.match(await page.locator('#download').getAttribute('href'), /from=\d{4}-\d{2}-\d{2}&to=\d{4}-\d{2}-\d{2}/);
  await assertAllOnScreen(page, 'after brushing');
});

await test('no match: the empty state says why and clears the filters', async (page) => {
  await page.goto(base + '/?country=Nowhereland');
  await page.waitForSelector('#empty:not([hidden])');
  assert.match(await page.locator('#empty').textContent(), /No events match these filters/);
  await page.screenshot({ path: join(shots, 'no-match.png') });
  await page.click('#empty button.clear-filters');
  await waitShown(page, placedOf(recent).length, 'after clearing filters');
  assert.ok(await page.locator('#empty').isHidden());
  assert.equal(await page.inputValue('input[name=country]'), '');
});

await test('any filter of the API in the address shows as a chip, narrows the map and is removable', async (page) => {
  // an admin1 of the seeds that holds some but not all recent events
  const counts = new Map();
  for (const e of placedOf(recent)) if (e.admin1) counts.set(e.admin1, (counts.get(e.admin1) || 0) + 1);
  const [admin1, n] = [...counts].sort((a, b) => a[1] - b[1])[0];
  assert.ok(n < placedOf(recent).length, 'the seeds have recent events in several provinces');
  await page.goto(base + '/?admin1=' + encodeURIComponent(admin1));
  await waitShown(page, n, 'admin1 from the address');
  const chip = page.locator('#extra-filters .chip');
  assert.equal(await chip.count(), 1);
  assert.match(await chip.textContent(), new RegExp('admin1: ' + admin1));
  assert.match(await page.locator('#download').getAttribute('href'), /admin1=/);
  await page.screenshot({ path: join(shots, 'filter-chip.png') });
  await chip.locator('button').click();
  await waitShown(page, placedOf(recent).length, 'after removing the chip');
  assert.doesNotMatch(page.url(), /admin1=/);

  // the form's own minimum toll is the API's min_fatalities
  // (over all dates: the recent period follows the newest event shown)
  await page.goto(base + '/?period=all');
  await waitShown(page, placedOf(current).length, 'all dates');
  const dead = placedOf(current).filter((e) => e.fatalities >= 1).length;
  assert.ok(dead > 0 && dead < placedOf(current).length, 'the seeds have events with and without dead');
  await page.fill('input[name=min_fatalities]', '1');
  await page.click('#filters button[type=submit]');
  await waitShown(page, dead, 'killed ≥ 1');
  assert.match(page.url(), /min_fatalities=1/);
});

await test('empty database: the page says how to add events', async (page) => {
  assert.ok(emptyBase, 'SITREP_EMPTY_URL not set');
  await page.goto(emptyBase + '/');
  await page.waitForSelector('#empty:not([hidden])');
  const t = await page.locator('#empty').textContent();
  assert.match(t, /No events yet/);
  assert.match(t, /sitrep ingest/);
  assert.doesNotMatch(await page.locator('#status').textContent(), /could not/);
  await assertNoJunkText(page, 'empty database');
  await page.screenshot({ path: join(shots, 'empty-db.png') });
});

await test('at 800 px the panel sits beside the map, above the timeline; dates never wrap', async (page) => {
  await page.setViewportSize({ width: 800, height: 640 });
  const target = placedOf(current).sort((a, b) => b.claims.length + b.denials.length - a.claims.length - a.denials.length)[0];
  await page.goto(base + '/?period=all#event/' + encodeURIComponent(target.event_id_cnty));
  await page.waitForSelector('#panel .claim');
  const panel = await page.locator('#panel').boundingBox();
  const footer = await page.locator('footer').boundingBox();
  const mapBox = await page.locator('#map').boundingBox();
  assert.ok(panel.y + panel.height <= footer.y + 1, `panel ends at ${panel.y + panel.height}, timeline starts at ${footer.y}`);
  assert.ok(panel.x + panel.width <= 801, 'panel within the window');
  assert.ok(mapBox.width >= 300 && mapBox.height >= 200, `map too small: ${JSON.stringify(mapBox)}`);
  // The panel's last line can be scrolled to and is then above the timeline.
  const last = page.locator('#panel > *').last();
  await last.scrollIntoViewIfNeeded();
  const lb = await last.boundingBox();
  assert.ok(lb.y + lb.height <= footer.y + 1, 'panel end reachable above the timeline');
  // The legend starts folded here (it would cover the map) and unfolds.
  assert.equal(await page.locator('details.legend').getAttribute('open'), null, 'legend folded at 800 px');
  await page.click('details.legend summary');
  await page.waitForSelector('details.legend[open] .contested-swatch');
  await page.click('details.legend summary');
  await assertNoJunkText(page, '800 px');
  await page.screenshot({ path: join(shots, 'narrow-800.png') });

  await page.click('#tabs button[data-view=table]');
  const wrapped = await page.evaluate(() => [...document.querySelectorAll('#events-table td.date')].filter((td) => {
    const r = document.createRange();
    r.selectNodeContents(td.firstChild);
    return r.getClientRects().length !== 1;
  }).length);
  assert.equal(wrapped, 0, 'date cells on one line');
  await page.screenshot({ path: join(shots, 'narrow-800-table.png') });
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
