// sitrep map page. Everything that comes from articles (quotes, titles,
// names) is untrusted: the DOM is built with createElement and textContent
// only, never innerHTML, and Leaflet tooltips and icons are given DOM
// nodes, not strings (Leaflet would parse a string as HTML).
(function () {
  'use strict';

  const MAX = 1000; // the API's page cap
  const TYPES = [
    ['Battles', 't-battles', '#d62728'],
    ['Explosions/Remote violence', 't-explosions', '#ff7f0e'],
    ['Violence against civilians', 't-vac', '#9467bd'],
    ['Protests', 't-protests', '#2ca02c'],
    ['Riots', 't-riots', '#8c564b'],
    ['Strategic developments', 't-strategic', '#1f77b4'],
  ];
  const OTHER = ['Other', 't-other', '#7f7f7f'];

  // The periods the timeline offers, counted back from the newest event
  // loaded (not from today: a database of last year's reports should open
  // on its own last weeks). The first is where the page opens: a morning's
  // reader wants the recent weeks, not a sliver at the end of 30 years.
  const PERIODS = [
    ['90d', 'last 90 days', 90],
    ['1y', 'last year', 365],
    ['5y', 'last 5 years', 5 * 365],
    ['all', 'all dates', 0],
  ];
  const DEFAULT_PERIOD = PERIODS[0][0];

  // Map zoom limits: without tiles the 1:110m outlines show nothing new
  // past MAP_MAX_ZOOM; with tiles, streets need more. Refits stop at
  // FIT_MAX_ZOOM so that a few events keep their neighbouring countries
  // (and names) in view.
  const MAP_MAX_ZOOM = 12;
  const TILES_MAX_ZOOM = 17;
  const FIT_MAX_ZOOM = 6;
  // Markers closer than this many pixels are drawn as one numbered circle
  // (Leaflet.markercluster's default of 80 merges neighbouring provinces
  // at the country zoom an analyst works at).
  const CLUSTER_RADIUS_PX = 40;
  // A country is named once it is wide enough on screen for its name, at
  // about this many pixels a character of the label font (11 px).
  const LABEL_CHAR_PX = 6.5;
  // The events' own place names (towns, provinces) appear from this zoom:
  // below it they crowd the country names.
  const PLACE_LABEL_MIN_ZOOM = 6;
  // Reference names from the gazetteer (`sitrep gazetteer labels`: every
  // province, towns of 100,000 people or more) give the map its geography
  // whatever the events show. A town is named from the first zoom whose
  // population floor it reaches; provinces from REF_ADMIN1_MIN_ZOOM, where
  // a province is wider than its name. Towns go first, larger first, then
  // provinces; a name already on the map (a province named like its
  // capital) or one that would touch a name drawn is left out.
  const REF_TOWN_POP = [[5, 2e6], [6, 5e5], [7, 2e5], [8, 1e5]];
  const REF_ADMIN1_MIN_ZOOM = 6;
  const REF_LABEL_H_PX = 14;
  // reveal zooms in at most this many times two levels to split a cluster.
  const REVEAL_MAX_STEPS = 8;
  // The legend opens folded on windows narrower than this, where it would
  // hide a third of the map; its title unfolds it.
  const LEGEND_OPEN_MIN_PX = 1000;

  const state = {
    events: [],        // as loaded for the current filters
    total: 0,
    hiddenHistory: 0,  // events told as history that the filters would match
    dbEmpty: false,
    byId: new Map(),
    period: DEFAULT_PERIOD,
    brush: null,       // {from, to} dates picked on the timeline
    selected: null,
    markers: new Map(),
    ready: false,      // the first load and route are done
  };

  const $ = (sel) => document.querySelector(sel);

  // append adds children to e: nodes as they are, strings as text nodes;
  // null, undefined and false are skipped (never the text "null").
  function append(e, children) {
    for (const c of children) {
      if (c === undefined || c === null || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
  }

  // fill replaces e's children, with append's rules.
  function fill(e, ...children) {
    e.replaceChildren();
    return append(e, children);
  }

  // el builds an element: attrs are set as properties or attributes,
  // children as append adds them.
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    return append(e, children);
  }

  function plural(n, word) {
    return `${n} ${word}${n === 1 ? '' : 's'}`;
  }

  function typeInfo(t) {
    return TYPES.find((x) => x[0].toLowerCase() === String(t || '').toLowerCase()) || OTHER;
  }

  function hasCoords(e) {
    return typeof e.latitude === 'number' && typeof e.longitude === 'number' && !(e.latitude === 0 && e.longitude === 0);
  }

  // safeURL returns u when it is an http(s) URL, else null: a URL from an
  // article must never become a javascript: link.
  function safeURL(u) {
    if (typeof u !== 'string' || !u) return null;
    try {
      const p = new URL(u);
      return p.protocol === 'http:' || p.protocol === 'https:' ? p.href : null;
    } catch (_) {
      return null;
    }
  }

  function iso(d) { return d.toISOString().slice(0, 10); }
  function addDays(day, n) { return iso(new Date(Date.parse(day + 'T00:00:00Z') + n * 864e5)); }

  // ---- filters ----------------------------------------------------------
  //
  // The form's fields are the API's filters, except "history" (shown as
  // the API's no_background, inverted). The period is the page's own.

  const form = $('#filters');

  function formParams() {
    const p = new URLSearchParams();
    for (const [k, v] of new FormData(form).entries()) {
      const s = String(v).trim();
      if (s) p.set(k, s);
    }
    return p;
  }

  function apiParams() {
    const p = formParams();
    if (p.get('history') !== 'show') p.set('no_background', 'true');
    p.delete('history');
    return p;
  }

  function filtersSet() {
    return [...formParams().keys()].some((k) => k !== 'history');
  }

  // shownPeriod is the date range the map and table show: the timeline's
  // period, narrowed by a brushed selection; null when all dates show.
  function shownPeriod() {
    const r = periodRange();
    const b = state.brush;
    if (!b) return r;
    if (!r) return b;
    return { from: b.from > r.from ? b.from : r.from, to: b.to < r.to ? b.to : r.to };
  }

  // exportParams are the filters plus the shown period.
  function exportParams() {
    const p = apiParams();
    const s = shownPeriod();
    if (s) {
      const from = p.get('from'), to = p.get('to');
      p.set('from', from && from > s.from ? from : s.from);
      p.set('to', to && to < s.to ? to : s.to);
    }
    return p;
  }

  // extraFilter keeps a filter the form has no field for (admin1, outlet,
  // language, sub_event_type, bbox: any the API takes, from a link or a
  // bookmark) as a removable chip around a hidden input, which FormData
  // sends with the fields. A name the API does not know comes back as
  // its error in the status line, as it would from the API itself.
  function extraFilter(k, v) {
    const chip = el('span', { class: 'chip' },
      el('input', { type: 'hidden', name: k, value: v }),
      `${k.replace(/_/g, ' ')}: ${v}`,
      el('button', { type: 'button', title: 'remove this filter', 'aria-label': `remove filter ${k}`, text: '×',
        onclick: () => { chip.remove(); load(); } }));
    $('#extra-filters').append(chip);
  }

  function readURLFilters() {
    const p = new URLSearchParams(location.search);
    for (const [k, v] of p.entries()) {
      if (k === 'period') {
        if (PERIODS.some((x) => x[0] === v)) state.period = v;
        continue;
      }
      const f = form.elements.namedItem(k);
      if (!f) {
        if (k !== 'no_background' && v.trim()) extraFilter(k, v);
        continue;
      }
      if (f.type === 'checkbox') f.checked = v === f.value;
      else f.value = v;
    }
  }

  function writeURL() {
    const p = formParams();
    if (state.period !== DEFAULT_PERIOD) p.set('period', state.period);
    const q = p.toString();
    history.replaceState(null, '', location.pathname + (q ? '?' + q : '') + location.hash);
  }

  async function fetchPage(p) {
    const r = await fetch('/api/events?' + p.toString(), { headers: { Accept: 'application/json' } });
    const data = await r.json();
    if (!r.ok) throw new Error(data.error || r.statusText);
    return data;
  }

  // countHidden learns what the empty state and the status need beyond
  // the page itself: how many events told as history the filters hide,
  // and whether the database holds any event at all.
  async function countHidden(p, total) {
    const one = (q) => { q.set('limit', '1'); return fetchPage(q).then((d) => d.total || 0); };
    const withHistory = new URLSearchParams(p);
    withHistory.delete('no_background');
    const [all, any] = await Promise.all([
      p.has('no_background') ? one(withHistory) : total,
      total === 0 ? one(new URLSearchParams()) : 1,
    ]);
    state.hiddenHistory = all - total;
    state.dbEmpty = any === 0;
  }

  async function load() {
    writeURL();
    const p = apiParams();
    // Dates typed in the form are the reader's own period: show all of it.
    if (p.has('from') || p.has('to')) state.period = 'all';
    setStatus('loading…');
    let data;
    try {
      const q = new URLSearchParams(p);
      q.set('limit', String(MAX));
      data = await fetchPage(q);
      await countHidden(p, data.total || 0);
    } catch (err) {
      setStatus('could not load events: ' + err.message);
      return;
    }
    state.events = data.events || [];
    state.total = data.total || 0;
    // the API stops counting at a cap, and a search on a common word reads
    // only the most recent matches: both say "at least"
    state.atLeast = Boolean(data.total_capped || data.search_capped);
    state.byId = new Map(state.events.map((e) => [e.event_id_cnty, e]));
    state.brush = null;
    fillCountries();
    redraw();
    if (!state.ready) {
      await route();
      state.ready = true;
    }
  }

  // redraw follows a change of period: a new timeline, then render.
  function redraw() {
    writeURL();
    drawPeriods();
    drawTimeline();
    render();
  }

  function fillCountries() {
    const names = [...new Set(state.events.map((e) => e.country).filter(Boolean))].sort();
    fill($('#countries'), ...names.map((n) => el('option', { value: n })));
  }

  function visible() {
    const s = shownPeriod();
    if (!s) return state.events;
    return state.events.filter((e) => e.event_date >= s.from && e.event_date <= s.to);
  }

  function setStatus(s) {
    $('#status').textContent = s;
  }

  function statusText(evs) {
    if (state.dbEmpty) return 'no events stored yet';
    const parts = [`${state.atLeast ? 'at least ' : ''}${plural(state.total, 'event')} match`];
    if (state.total > state.events.length) parts[0] += ` (newest ${state.events.length} loaded)`;
    const r = periodRange();
    if (r) parts.push(`${evs.length} in the ${PERIODS.find((p) => p[0] === state.period)[1]} of the data (${r.from} – ${r.to})`);
    if (state.brush) parts.push(`${evs.length} in the selected period`);
    if (state.hiddenHistory) parts.push(`${state.hiddenHistory} told as history hidden`);
    const unplaced = evs.filter((e) => !hasCoords(e)).length;
    if (unplaced) parts.push(`${unplaced} without coordinates (table only)`);
    return parts.join('; ');
  }

  // render shows the events of the current filters and period everywhere:
  // status, map (refitted to them), table, timeline, panel.
  function render() {
    const evs = visible();
    setStatus(statusText(evs));
    $('#download').href = '/api/export.csv?' + exportParams().toString();
    drawMarkers(evs);
    refit(evs);
    drawPlaceLabels(evs);
    drawTable(evs);
    highlightTimeline();
    drawEmpty(evs);
    if (state.ready) syncPanel(evs);
  }

  // drawEmpty explains an empty map: nothing stored yet, or nothing that
  // matches, with the way out.
  function drawEmpty(evs) {
    const box = $('#empty');
    box.hidden = evs.length > 0;
    if (!box.hidden) fill(box, ...emptyMessage());
  }

  function emptyMessage() {
    const showHistory = state.hiddenHistory ? el('button', { type: 'button', class: 'show-history', onclick: () => { form.elements.history.checked = true; load(); } },
      `show ${plural(state.hiddenHistory, 'event')} told as history`) : null;
    if (state.total === 0 && state.dbEmpty) {
      return [el('p', { class: 'empty-title', text: 'No events yet.' }),
        el('p', {}, 'Ingest articles with ', el('code', { text: 'sitrep ingest FILE|FOLDER|URL' }), ' (or POST them to /api/articles), then reload this page.')];
    }
    if (state.total === 0) {
      return [el('p', { class: 'empty-title', text: 'No events match these filters.' }),
        el('p', {}, filtersSet() ? el('button', { type: 'button', class: 'clear-filters', onclick: () => form.reset() }, 'clear filters') : null, ' ', showHistory)];
    }
    return [el('p', { class: 'empty-title', text: 'No events in this period.' }),
      el('p', {}, el('button', { type: 'button', class: 'all-dates', onclick: () => setPeriod('all') }, 'show all dates'))];
  }

  // syncPanel keeps the panel true to the filters: an open event that no
  // longer matches is closed, one that does is redrawn from the new data.
  function syncPanel(evs) {
    const id = state.selected;
    if (!id || !location.hash.startsWith('#event/')) return;
    const e = evs.find((x) => x.event_id_cnty === id);
    if (e) {
      showEvent(e, false);
      return;
    }
    state.selected = null;
    history.replaceState(null, '', location.pathname + location.search);
    fill(panel, el('p', { class: 'hint closed', text: `The event you had open (${id}) does not match the current filters and period.` }), hint());
  }

  // ---- map --------------------------------------------------------------

  const map = L.map('map', { worldCopyJump: true, minZoom: 2, maxZoom: MAP_MAX_ZOOM, zoomSnap: 0.5 }).setView([36.5, 68.5], 5);
  map.attributionControl.setPrefix(false);
  for (const [name, z] of [['countries', 250], ['labels', 350]]) {
    map.createPane(name);
    map.getPane(name).style.zIndex = z;
  }
  map.getPane('labels').style.pointerEvents = 'none';
  const countryRenderer = L.svg({ pane: 'countries' });
  const markerLayer = L.markerClusterGroup({
    maxClusterRadius: CLUSTER_RADIUS_PX, showCoverageOnHover: false, spiderfyOnMaxZoom: true,
    chunkedLoading: true, iconCreateFunction: clusterIcon,
  }).addTo(map);
  const countryLabels = L.layerGroup().addTo(map);
  const placeLabels = L.layerGroup();
  const refLabels = L.layerGroup().addTo(map);
  let refPlaces = []; // [name, "a" (province) or "t" (town), lat, lon, population]
  const eventLabelNames = new Set();

  fetch('/api/config').then((r) => r.json()).then((cfg) => {
    if (cfg.tiles) {
      map.setMaxZoom(TILES_MAX_ZOOM);
      L.tileLayer(cfg.tiles, { maxZoom: TILES_MAX_ZOOM, attribution: 'Map tiles: ' + new URL(cfg.tiles.replace(/[{}]/g, '')).hostname }).addTo(map);
    }
  }).catch(() => {});

  fetch('/static/vendor/countries-110m.json').then((r) => r.json()).then((topo) => {
    const fc = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(fc, {
      pane: 'countries', renderer: countryRenderer, interactive: false,
      style: { color: '#8e9aa8', weight: 0.7, fillColor: '#f3f0e8', fillOpacity: 1 },
    }).addTo(map);
    addCountryLabels(fc);
    map.attributionControl.addAttribution('Outlines and names: Natural Earth');
  }).catch(() => {});

  fetch('/static/vendor/places.json').then((r) => r.json()).then((rows) => {
    refPlaces = rows;
    map.attributionControl.addAttribution('Places: GeoNames');
    drawRefLabels();
  }).catch(() => {});

  function label(latlng, text, cls) {
    return L.marker(latlng, {
      pane: 'labels', interactive: false, keyboard: false,
      icon: L.divIcon({ className: 'place-label ' + cls, html: el('span', { text }), iconSize: null }),
    });
  }

  // mainRing is a country's largest outer ring (its mainland), where its
  // name goes: [lon, lat] points.
  function mainRing(geom) {
    const polys = geom.type === 'Polygon' ? [geom.coordinates] : geom.type === 'MultiPolygon' ? geom.coordinates : [];
    let best = null, bestArea = -1;
    for (const poly of polys) {
      const a = Math.abs(ringArea(poly[0]));
      if (a > bestArea) { best = poly[0]; bestArea = a; }
    }
    return best;
  }

  function ringArea(ring) {
    let a = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) a += ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
    return a / 2;
  }

  // ringCentroid is the area centroid of a ring, as [lat, lon].
  function ringCentroid(ring) {
    let x = 0, y = 0, a = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const f = ring[j][0] * ring[i][1] - ring[i][0] * ring[j][1];
      x += (ring[j][0] + ring[i][0]) * f;
      y += (ring[j][1] + ring[i][1]) * f;
      a += f;
    }
    return a ? [y / (3 * a), x / (3 * a)] : [ring[0][1], ring[0][0]];
  }

  const countryNames = []; // {marker, west, east, lat, chars}

  function addCountryLabels(fc) {
    for (const f of fc.features) {
      const name = f.properties && f.properties.name;
      const ring = f.geometry && mainRing(f.geometry);
      if (!name || !ring) continue;
      const lons = ring.map((p) => p[0]);
      const c = ringCentroid(ring);
      countryNames.push({ marker: label(c, name, 'country-label'), name, west: Math.min(...lons), east: Math.max(...lons), lat: c[0], chars: name.length });
    }
    showCountryLabels();
  }

  // showCountryLabels names the countries wide enough on screen for it.
  function showCountryLabels() {
    const z = map.getZoom();
    for (const c of countryNames) {
      const w = map.project([c.lat, c.east], z).x - map.project([c.lat, c.west], z).x;
      const fits = w >= c.chars * LABEL_CHAR_PX;
      if (fits && !countryLabels.hasLayer(c.marker)) countryLabels.addLayer(c.marker);
      else if (!fits && countryLabels.hasLayer(c.marker)) countryLabels.removeLayer(c.marker);
    }
  }

  // drawPlaceLabels names the events' places: a province when the event
  // is placed at its centre, else the town or village. A place named like
  // its country is left to the country label.
  function drawPlaceLabels(evs) {
    placeLabels.clearLayers();
    eventLabelNames.clear();
    const seen = new Set();
    for (const e of evs) {
      if (!hasCoords(e) || !e.location || e.location === e.country) continue;
      const key = `${e.location}|${e.latitude.toFixed(3)}|${e.longitude.toFixed(3)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      eventLabelNames.add(e.location);
      placeLabels.addLayer(label([e.latitude, e.longitude], e.location, e.location === e.admin1 ? 'admin1-label' : 'town-label'));
    }
    showPlaceLabels();
    drawRefLabels();
  }

  function showPlaceLabels() {
    const on = map.getZoom() >= PLACE_LABEL_MIN_ZOOM;
    if (on && !map.hasLayer(placeLabels)) placeLabels.addTo(map);
    else if (!on && map.hasLayer(placeLabels)) placeLabels.remove();
  }

  map.on('zoomend', () => { showCountryLabels(); showPlaceLabels(); });
  map.on('moveend', drawRefLabels);

  function townMinPop(z) {
    let pop = Infinity;
    for (const [minZoom, p] of REF_TOWN_POP) if (z >= minZoom) pop = p;
    return pop;
  }

  // drawRefLabels names the reference places in view that fit: after the
  // country names and the events' own place names, which it never covers.
  function drawRefLabels() {
    refLabels.clearLayers();
    const z = map.getZoom();
    const minPop = townMinPop(z), admin1 = z >= REF_ADMIN1_MIN_ZOOM;
    if (!admin1 && minPop === Infinity) return;
    const taken = [];
    const box = (latlng, text, centred) => {
      const p = map.latLngToContainerPoint(latlng), w = text.length * LABEL_CHAR_PX, h = REF_LABEL_H_PX;
      return centred ? [p.x - w / 2, p.y - h / 2, p.x + w / 2, p.y + h / 2] : [p.x - 4, p.y - h / 2, p.x + 8 + w, p.y + h / 2];
    };
    const free = (b) => !taken.some((t) => t[0] < b[2] && b[0] < t[2] && t[1] < b[3] && b[1] < t[3]);
    countryLabels.eachLayer((m) => { const c = countryNames.find((x) => x.marker === m); if (c) taken.push(box(m.getLatLng(), c.name, true)); });
    if (map.hasLayer(placeLabels)) placeLabels.eachLayer((m) => taken.push(box(m.getLatLng(), m.options.icon.options.html.textContent, false)));
    const view = map.getBounds().pad(0.05);
    const drawn = new Set();
    for (const [name, kind, lat, lon, pop] of refPlaces) {
      if ((kind === 'a' ? !admin1 : pop < minPop) || eventLabelNames.has(name) || drawn.has(name) || !view.contains([lat, lon])) continue;
      const b = box([lat, lon], name, kind === 'a');
      if (!free(b)) continue;
      taken.push(b);
      drawn.add(name);
      refLabels.addLayer(label([lat, lon], name, kind === 'a' ? 'ref-label ref-admin1' : 'ref-label ref-town'));
    }
  }

  const legend = L.control({ position: 'bottomleft' });
  legend.onAdd = function () {
    const box = el('details', { class: 'legend', open: window.innerWidth >= LEGEND_OPEN_MIN_PX }, el('summary', { text: 'Legend' }));
    for (const t of TYPES.concat([OTHER])) {
      box.append(el('div', {}, el('span', { class: 'swatch ' + t[1] }), t[0]));
    }
    // The marks drawn as the map draws them (markerFor, clusterIcon).
    box.append(
      el('div', {}, legendMark({ stroke: '#111', width: 2, dash: '3 2', fill: '#7f7f7f', fillOpacity: 0.55 }, 'contested-swatch'), 'dashed outline: sources disagree (contested)'),
      el('div', {}, legendMark({ stroke: '#7f7f7f', width: 1, fill: '#7f7f7f', fillOpacity: 0.18, opacity: 0.5 }, 'history-swatch'), 'pale: told as history (shown on request)'),
      el('div', {}, legendMark({ stroke: '#7f7f7f', width: 2.5, fill: '#fff', fillOpacity: 1, text: '3' }, 'cluster-swatch'), 'events close together: click to zoom in'),
      el('div', {}, legendMark({ stroke: '#7f7f7f', width: 1, fill: '#7f7f7f', fillOpacity: 0.55, r: 3 }), legendMark({ stroke: '#7f7f7f', width: 1, fill: '#7f7f7f', fillOpacity: 0.55, r: 6 }), 'circle size: fatalities'),
      el('div', {}, el('b', { text: 'Place' }), ' bold: where events are; ', el('span', { class: 'legend-ref', text: 'grey' }), ': provinces, towns of 100,000+'));
    L.DomEvent.disableClickPropagation(box);
    return box;
  };

  function legendMark(o, cls) {
    const NS = 'http://www.w3.org/2000/svg';
    const s = document.createElementNS(NS, 'svg');
    s.setAttribute('class', 'mark ' + (cls || ''));
    s.setAttribute('viewBox', '0 0 16 16');
    const c = document.createElementNS(NS, 'circle');
    for (const [k, v] of [['cx', 8], ['cy', 8], ['r', o.r || 6.5], ['stroke', o.stroke], ['stroke-width', o.width], ['stroke-dasharray', o.dash],
      ['fill', o.fill], ['fill-opacity', o.fillOpacity], ['stroke-opacity', o.opacity]]) {
      if (v !== undefined) c.setAttribute(k, String(v));
    }
    s.append(c);
    if (o.text) {
      const t = document.createElementNS(NS, 'text');
      for (const [k, v] of [['x', 8], ['y', 11.5], ['text-anchor', 'middle'], ['font-size', 9], ['font-weight', 700]]) t.setAttribute(k, String(v));
      t.textContent = o.text;
      s.append(t);
    }
    return s;
  }
  legend.addTo(map);

  function radius(f) {
    return 5 + Math.min(22, 3 * Math.sqrt(Math.max(0, f || 0)));
  }

  // clusterIcon is a numbered circle ringed in the colour of its most
  // common event type.
  function clusterIcon(cluster) {
    const kids = cluster.getAllChildMarkers();
    const count = new Map();
    for (const m of kids) count.set(m.options.fillColor, (count.get(m.options.fillColor) || 0) + 1);
    const ring = [...count.entries()].sort((a, b) => b[1] - a[1])[0][0];
    const n = kids.length;
    const size = 26 + Math.min(20, 5 * Math.log2(n));
    const dot = el('div', { class: 'cluster-dot', text: String(n) });
    dot.style.borderColor = ring;
    return L.divIcon({ html: dot, className: 'sitrep-cluster', iconSize: L.point(size, size) });
  }

  function markerFor(e) {
    const color = typeInfo(e.event_type)[2];
    const contested = (e.contested || []).length > 0;
    const m = L.circleMarker([e.latitude, e.longitude], {
      radius: radius(e.fatalities), color: contested ? '#111' : color, weight: contested ? 2.5 : 1,
      dashArray: contested ? '3 2' : null, fillColor: color, fillOpacity: e.background ? 0.18 : 0.55,
      opacity: e.background ? 0.5 : 1, className: 'sitrep-marker' + (e.background ? ' history' : ''),
    });
    m.bindTooltip(el('div', {},
      el('strong', { text: e.sub_event_type || e.event_type || 'Event' }), el('br'),
      `${e.event_date} · ${[e.location, e.country].filter(Boolean).join(', ')}`, el('br'),
      `fatalities: ${e.fatalities}`, e.background ? el('br') : null, e.background ? 'told as history' : null));
    m.on('click', () => { location.hash = '#event/' + encodeURIComponent(e.event_id_cnty); });
    // The cluster group adds and removes the path as the map zooms.
    m.on('add', () => {
      const path = m.getElement();
      if (!path) return;
      path.setAttribute('data-event-id', e.event_id_cnty);
      path.setAttribute('aria-label', `${e.event_type} on ${e.event_date}`);
    });
    return m;
  }

  function drawMarkers(evs) {
    markerLayer.clearLayers();
    state.markers.clear();
    // Largest first, so small markers stay on top and clickable.
    const placed = evs.filter(hasCoords).sort((a, b) => (b.fatalities || 0) - (a.fatalities || 0));
    const ms = placed.map((e) => {
      const m = markerFor(e);
      state.markers.set(e.event_id_cnty, m);
      return m;
    });
    markerLayer.addLayers(ms);
  }

  // refit frames the shown events, so a filter never leaves the reader
  // looking at an empty part of the map.
  function refit(evs) {
    const placed = evs.filter(hasCoords);
    if (!placed.length) return;
    map.fitBounds(L.latLngBounds(placed.map((e) => [e.latitude, e.longitude])).pad(0.3), { maxZoom: FIT_MAX_ZOOM, animate: false });
  }

  // reveal brings an event's marker on screen, out of its cluster.
  // markercluster's zoomToShowLayer would animate and leave a callback
  // behind that throws once a filter redraws the markers; this zooms in
  // without animation, two levels at a time, and fans the markers out at
  // the last zoom.
  function reveal(id) {
    const m = state.markers.get(id);
    if (!m) return;
    if (map.hasLayer(m) && map.getBounds().contains(m.getLatLng())) return;
    map.stop();
    for (let i = 0; i < REVEAL_MAX_STEPS; i++) {
      const p = markerLayer.getVisibleParent(m);
      if (p === m) break;
      if (p && map.getZoom() >= map.getMaxZoom()) {
        p.spiderfy();
        break;
      }
      map.setView(m.getLatLng(), Math.min(map.getZoom() + 2, map.getMaxZoom()), { animate: false });
    }
    if (!map.getBounds().contains(m.getLatLng())) map.panTo(m.getLatLng(), { animate: false });
  }

  // ---- table ------------------------------------------------------------

  function fatalText(e) {
    let s = String(e.fatalities || 0);
    if ((e.fatalities_high || 0) > (e.fatalities_low || 0)) s += ` (${e.fatalities_low}–${e.fatalities_high})`;
    return s;
  }

  function whereText(e) {
    const parts = [];
    for (const p of [e.location, e.admin2, e.admin1, e.country]) {
      if (p && parts[parts.length - 1] !== p) parts.push(p);
    }
    return parts.join(', ');
  }

  function drawTable(evs) {
    const rows = evs.map((e) => {
      const tr = el('tr', { 'data-event-id': e.event_id_cnty, onclick: () => { location.hash = '#event/' + encodeURIComponent(e.event_id_cnty); } },
        el('td', { class: 'date' }, e.event_date, e.background ? el('span', { class: 'badge background', title: 'told as history', text: 'history' }) : null),
        el('td', {}, el('span', { class: 'swatch ' + typeInfo(e.event_type)[1] }), e.sub_event_type || e.event_type || ''),
        el('td', { text: whereText(e) }),
        el('td', { text: [e.actor1, e.actor2].filter(Boolean).join(' vs ') }),
        el('td', { class: 'num', text: fatalText(e) }),
        el('td', { class: 'num', text: String((e.claims || []).length) }),
        el('td', { class: 'num', text: String(e.sources_count || (e.articles || []).length) }),
        el('td', { text: (e.contested || []).join(', ') }));
      if (e.event_id_cnty === state.selected) tr.className = 'selected';
      return tr;
    });
    fill($('#events-table tbody'), ...rows);
  }

  // ---- timeline ---------------------------------------------------------
  //
  // The timeline shows the chosen period (PERIODS) as bars; dragging
  // across it selects a part of that period (the brush).

  const SVGNS = 'http://www.w3.org/2000/svg';
  const svg = $('#timeline');
  let bins = []; // {key, from, to, n, rect}
  let drag = null;

  function svgEl(tag, attrs) {
    const e = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    return e;
  }

  function eventDates() {
    return state.events.map((e) => e.event_date).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  }

  // periodRange is the chosen period's dates, ending on the newest event
  // loaded; null for all dates.
  function periodRange() {
    const days = PERIODS.find((p) => p[0] === state.period)[2];
    const dates = eventDates();
    if (!days || !dates.length) return null;
    const to = dates[dates.length - 1];
    return { from: addDays(to, 1 - days), to };
  }

  function setPeriod(key) {
    state.period = key;
    state.brush = null;
    redraw();
  }

  function drawPeriods() {
    fill($('#periods'), ...PERIODS.map(([key, name]) => el('button', {
      type: 'button', 'data-period': key, 'aria-pressed': String(state.period === key), onclick: () => setPeriod(key),
    }, name)));
  }

  // binUnit picks bars that keep the timeline readable: days for a season,
  // weeks for a couple of years, months for a decade, years beyond.
  function binUnit(spanDays) {
    return spanDays <= 120 ? 'day' : spanDays <= 800 ? 'week' : spanDays <= 366 * 12 ? 'month' : 'year';
  }

  function binStart(d, unit) {
    if (unit === 'day') return d;
    if (unit === 'week') return new Date(d.getTime() - ((d.getUTCDay() + 6) % 7) * 864e5); // Monday
    if (unit === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1));
    return new Date(Date.UTC(d.getUTCFullYear(), 0, 1));
  }

  function binNext(d, unit) {
    if (unit === 'day') return new Date(d.getTime() + 864e5);
    if (unit === 'week') return new Date(d.getTime() + 7 * 864e5);
    if (unit === 'month') return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
    return new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1));
  }

  function makeBins() {
    let dates = eventDates();
    if (!dates.length) return [];
    const r = periodRange() || { from: dates[0], to: dates[dates.length - 1] };
    dates = dates.filter((d) => d >= r.from && d <= r.to);
    const lo = new Date(r.from + 'T00:00:00Z'), hi = new Date(r.to + 'T00:00:00Z');
    const unit = binUnit((hi - lo) / 864e5);
    const out = [];
    for (let d = binStart(lo, unit); d <= hi && out.length < 2000;) {
      const next = binNext(d, unit);
      const key = unit === 'month' ? iso(d).slice(0, 7) : unit === 'year' ? iso(d).slice(0, 4) : iso(d);
      out.push({ key, from: iso(d), to: iso(new Date(next.getTime() - 864e5)), n: 0 });
      d = next;
    }
    for (const dt of dates) {
      const b = out.find((x) => dt >= x.from && dt <= x.to);
      if (b) b.n++;
    }
    return out;
  }

  function drawTimeline() {
    svg.replaceChildren();
    bins = makeBins();
    const w = svg.clientWidth || 800, h = svg.clientHeight || 90, axis = 14;
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    if (!bins.length) return;
    const max = Math.max(1, ...bins.map((b) => b.n));
    const bw = w / bins.length;
    bins.forEach((b, i) => {
      const bh = b.n ? Math.max(2, (h - axis - 4) * b.n / max) : 0;
      b.x = i * bw;
      b.w = bw;
      b.rect = svgEl('rect', { class: 'bar', x: b.x + 0.5, y: h - axis - bh, width: Math.max(1, bw - 1), height: bh });
      const title = svgEl('title');
      title.textContent = `${b.key}: ${plural(b.n, 'event')}`;
      b.rect.append(title);
      svg.append(b.rect);
    });
    const every = Math.max(1, Math.ceil(bins.length / Math.max(1, Math.floor(w / 80))));
    bins.forEach((b, i) => {
      if (i % every) return;
      const t = svgEl('text', { class: 'axis', x: b.x + 1, y: h - 2 });
      t.textContent = b.key;
      svg.append(t);
    });
    svg.append(svgEl('rect', { class: 'brush', id: 'brush-rect', x: 0, y: 0, width: 0, height: h - axis, visibility: 'hidden' }));
  }

  function binAt(clientX) {
    const r = svg.getBoundingClientRect();
    const w = svg.viewBox.baseVal ? svg.viewBox.baseVal.width : r.width;
    const x = (clientX - r.left) * (w / r.width);
    return Math.min(bins.length - 1, Math.max(0, Math.floor(x / (w / bins.length))));
  }

  function showBrush(i0, i1) {
    const rect = $('#brush-rect');
    if (!rect) return;
    const a = Math.min(i0, i1), b = Math.max(i0, i1);
    rect.setAttribute('x', bins[a].x);
    rect.setAttribute('width', bins[b].x + bins[b].w - bins[a].x);
    rect.setAttribute('visibility', 'visible');
  }

  function highlightTimeline() {
    for (const b of bins) {
      const on = state.brush && b.to >= state.brush.from && b.from <= state.brush.to;
      b.rect.setAttribute('class', on ? 'bar in' : 'bar');
    }
    $('#brush-label').textContent = state.brush ? `selected: ${state.brush.from} – ${state.brush.to}` : '';
    $('#brush-clear').hidden = !state.brush;
    if (!state.brush) {
      const rect = $('#brush-rect');
      if (rect) rect.setAttribute('visibility', 'hidden');
    }
  }

  svg.addEventListener('pointerdown', (ev) => {
    if (!bins.length) return;
    drag = { start: binAt(ev.clientX), end: binAt(ev.clientX) };
    svg.setPointerCapture(ev.pointerId);
    showBrush(drag.start, drag.end);
  });
  svg.addEventListener('pointermove', (ev) => {
    if (!drag) return;
    drag.end = binAt(ev.clientX);
    showBrush(drag.start, drag.end);
  });
  svg.addEventListener('pointerup', () => {
    if (!drag) return;
    const a = Math.min(drag.start, drag.end), b = Math.max(drag.start, drag.end);
    drag = null;
    state.brush = { from: bins[a].from, to: bins[b].to };
    render();
  });
  $('#brush-clear').addEventListener('click', () => { state.brush = null; render(); });
  window.addEventListener('resize', () => { drawTimeline(); highlightTimeline(); });

  // ---- panel ------------------------------------------------------------

  const panel = $('#panel');

  function hint() {
    return el('p', { class: 'hint', text: 'Click an event on the map or in the table to see its claims: each number, who gave it, and the sentence it came from.' });
  }

  function claimFigure(c) {
    let n = String(c.count);
    if (c.high && c.low && c.high !== c.low) n = `${c.low}–${c.high}`;
    return [c.kind, c.qualifier, n].filter(Boolean).join(' ');
  }

  function articleLink(id, label) {
    return el('a', { href: '#article/' + encodeURIComponent(id), class: 'article-link' }, label || 'article');
  }

  function eventFacts(e) {
    const precision = { 1: 'day', 2: 'week or a few days', 3: 'month or vaguer' }[e.time_precision] || '';
    const outlets = e.outlets && e.outlets.length ? e.outlets : [...new Set((e.articles || []).map((a) => a.outlet).filter(Boolean))];
    const sources = e.sources_count || outlets.length;
    return el('dl', {},
      el('dt', { text: 'Date' }), el('dd', { text: e.event_date + (precision ? ` (precision: ${precision})` : '') }),
      el('dt', { text: 'Where' }), el('dd', { text: whereText(e) || 'unknown' }),
      el('dt', { text: 'Actors' }), el('dd', { text: [e.actor1, e.actor2].filter(Boolean).join(' vs ') || 'unknown' }),
      el('dt', { text: 'Fatalities' }), el('dd', { class: 'fatalities', text: fatalText(e) }),
      el('dt', { text: 'Sources' }), el('dd', { class: 'sources', text: `${plural(sources, 'independent source')}` + (outlets.length ? ': ' + outlets.join('; ') : '') }),
      el('dt', { text: 'Event ID' }), el('dd', { text: e.event_id_cnty }));
  }

  function claimBox(c) {
    return el('div', { class: 'claim' },
      el('div', {}, el('span', { class: 'figure', text: claimFigure(c) }), c.who ? ` — ${c.who}` : '', c.headline ? ' (headline)' : ''),
      el('div', { class: 'meta' }, c.attributed_to ? `according to ${c.attributed_to}` : 'unattributed', c.outlet ? ` · ${c.outlet}` : ''),
      el('blockquote', { class: 'quote', text: c.quote || '' }),
      c.article_id ? articleLink(c.article_id, 'read the article') : null);
  }

  function denialBox(d) {
    return el('div', { class: 'denial' },
      el('div', {}, el('strong', { text: d.by || 'someone' }), ' denied', d.what ? ` ${d.what}` : ''),
      d.outlet ? el('div', { class: 'meta', text: d.outlet }) : null,
      el('blockquote', { class: 'quote', text: d.quote || '' }),
      d.article_id ? articleLink(d.article_id, 'read the article') : null);
  }

  function showEvent(e, bringIntoView) {
    state.selected = e.event_id_cnty;
    for (const tr of document.querySelectorAll('#events-table tbody tr')) {
      tr.classList.toggle('selected', tr.getAttribute('data-event-id') === e.event_id_cnty);
    }
    if (bringIntoView) reveal(e.event_id_cnty);

    const badges = el('p', {}, el('span', { class: 'swatch ' + typeInfo(e.event_type)[1] }), el('span', { class: 'badge', text: e.event_type || 'Event' }));
    for (const c of e.contested || []) badges.append(el('span', { class: 'badge contested', text: 'contested: ' + c }));
    if (e.background) badges.append(el('span', { class: 'badge background', text: 'told as history' }));

    const claims = (e.claims || []).map(claimBox);
    const denials = (e.denials || []).map(denialBox);
    const arts = (e.articles || []).map((a) => {
      const li = el('li', {}, articleLink(a.id, [a.outlet || 'unknown outlet', a.published].filter(Boolean).join(', ')));
      const u = safeURL(a.url);
      if (u) li.append(' · ', el('a', { href: u, rel: 'noopener noreferrer', target: '_blank', text: 'original' }));
      return li;
    });

    fill(panel,
      el('h2', { class: 'event-title', text: e.sub_event_type || e.event_type || 'Event' }),
      badges, eventFacts(e),
      e.notes ? el('p', { class: 'notes', text: e.notes }) : null,
      el('h3', { text: `Claims (${claims.length})` }),
      claims.length ? el('div', { class: 'claims' }, ...claims) : el('p', { class: 'hint', text: 'No numbers reported.' }),
      denials.length ? el('h3', { text: `Denials (${denials.length})` }) : null,
      denials.length ? el('div', { class: 'denials' }, ...denials) : null,
      el('h3', { text: `Articles (${arts.length})` }),
      el('ul', { class: 'articles' }, ...arts));
    panel.scrollTop = 0;
  }

  // originLink says where an article came from: its link when it has a web
  // address (shown as host and path, cut to the panel's width), else what
  // the API names (a file name, or a text sent to the API).
  function originLink(a) {
    const u = safeURL(a.url) || safeURL(a.origin);
    if (u) {
      const p = new URL(u);
      return el('a', { class: 'origin-link', href: u, title: u, rel: 'noopener noreferrer', target: '_blank', text: p.host + (p.pathname === '/' ? '' : p.pathname) });
    }
    const o = a.origin || '';
    if (o.startsWith('api:')) return el('span', { class: 'origin-local', text: 'sent to the API' });
    return o ? el('span', { class: 'origin-local', text: 'file ' + o }) : 'unknown';
  }

  async function showArticle(id) {
    fill(panel, el('p', { class: 'hint', text: 'loading article…' }));
    let a;
    try {
      const r = await fetch('/api/articles/' + encodeURIComponent(id));
      a = await r.json();
      if (!r.ok) throw new Error(a.error || r.statusText);
    } catch (err) {
      fill(panel, el('p', { class: 'hint', text: 'could not load the article: ' + err.message }));
      return;
    }
    const back = state.selected ? el('a', { class: 'back', href: '#event/' + encodeURIComponent(state.selected), text: '← back to the event' }) : null;
    const published = (a.published || '').slice(0, 10);
    fill(panel,
      back,
      el('h2', { class: 'article-title', text: a.title || '(untitled)' }),
      el('dl', {},
        el('dt', { text: 'Outlet' }), el('dd', { class: 'outlet', text: a.outlet || 'unknown' }),
        el('dt', { text: 'Published' }), el('dd', { text: published ? published + (a.date_source === 'guessed' ? ' (guessed)' : '') : 'unknown' }),
        el('dt', { text: 'Link' }), el('dd', { class: 'origin' }, originLink(a)),
        el('dt', { text: 'Article ID' }), el('dd', { text: a.id })),
      el('h3', { text: `Events coded from it (${(a.events || []).length})` }),
      el('ul', {}, ...(a.events || []).map((e) => el('li', {},
        el('a', { href: '#event/' + encodeURIComponent(e.event_id_cnty), text: `${e.event_date} · ${e.sub_event_type || e.event_type} · ${whereText(e)}` })))),
      el('h3', { text: 'Text' }),
      el('div', { class: 'article-text', text: a.text || '' }));
    panel.scrollTop = 0;
  }

  async function route() {
    const h = decodeURIComponent(location.hash.slice(1));
    const [kind, ...rest] = h.split('/');
    const id = rest.join('/');
    if (kind === 'event' && id) {
      let e = state.byId.get(id);
      if (!e) {
        try {
          const r = await fetch('/api/events/' + encodeURIComponent(id));
          if (r.ok) e = await r.json();
        } catch (_) { /* shown below */ }
      }
      if (e) showEvent(e, true);
      else fill(panel, el('p', { class: 'hint', text: 'No event ' + id }));
    } else if (kind === 'article' && id) {
      await showArticle(id);
    }
  }

  // ---- views ------------------------------------------------------------

  for (const b of document.querySelectorAll('#tabs button')) {
    b.addEventListener('click', () => {
      const table = b.dataset.view === 'table';
      $('#table-view').hidden = !table;
      $('#map').classList.toggle('hidden', table);
      for (const x of document.querySelectorAll('#tabs button')) x.classList.toggle('active', x === b);
      if (!table) map.invalidateSize();
    });
  }

  form.addEventListener('submit', (ev) => { ev.preventDefault(); load(); });
  form.addEventListener('reset', () => setTimeout(() => {
    state.period = DEFAULT_PERIOD;
    $('#extra-filters').replaceChildren();
    load();
  }, 0));
  form.elements.history.addEventListener('change', () => load());
  window.addEventListener('hashchange', route);

  readURLFilters();
  load();
})();
