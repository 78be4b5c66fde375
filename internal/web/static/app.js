// sitrep map page. Everything that comes from articles (quotes, titles,
// names) is untrusted: the DOM is built with createElement and textContent
// only, never innerHTML, and Leaflet tooltips are given DOM nodes, not
// strings (Leaflet would parse a string as HTML).
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

  const state = {
    events: [],      // as loaded for the current filters
    total: 0,
    byId: new Map(),
    brush: null,     // {from, to} dates picked on the timeline
    selected: null,
    markers: new Map(),
    fitted: false,
  };

  const $ = (sel) => document.querySelector(sel);

  // el builds an element: attrs are set as properties or attributes,
  // children are nodes or strings (always text nodes).
  function el(tag, attrs, ...children) {
    const e = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === undefined || v === null || v === false) continue;
      if (k === 'class') e.className = v;
      else if (k === 'text') e.textContent = v;
      else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
      else e.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === undefined || c === null || c === false) continue;
      e.append(c instanceof Node ? c : document.createTextNode(String(c)));
    }
    return e;
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

  // ---- filters ----------------------------------------------------------

  const form = $('#filters');

  function filterParams() {
    const p = new URLSearchParams();
    const fd = new FormData(form);
    for (const [k, v] of fd.entries()) {
      const s = String(v).trim();
      if (s) p.set(k, s);
    }
    return p;
  }

  // exportParams are the filters plus the timeline selection.
  function exportParams() {
    const p = filterParams();
    if (state.brush) {
      const from = p.get('from'), to = p.get('to');
      p.set('from', from && from > state.brush.from ? from : state.brush.from);
      p.set('to', to && to < state.brush.to ? to : state.brush.to);
    }
    return p;
  }

  function readURLFilters() {
    const p = new URLSearchParams(location.search);
    for (const [k, v] of p.entries()) {
      const f = form.elements.namedItem(k);
      if (!f) continue;
      if (f.type === 'checkbox') f.checked = v === 'true';
      else f.value = v;
    }
  }

  async function load() {
    const p = filterParams();
    history.replaceState(null, '', '?' + p.toString() + location.hash);
    p.set('limit', String(MAX));
    setStatus('loading…');
    let data;
    try {
      const r = await fetch('/api/events?' + p.toString(), { headers: { Accept: 'application/json' } });
      data = await r.json();
      if (!r.ok) throw new Error(data.error || r.statusText);
    } catch (err) {
      setStatus('could not load events: ' + err.message);
      return;
    }
    state.events = data.events || [];
    state.total = data.total || 0;
    state.byId = new Map(state.events.map((e) => [e.event_id_cnty, e]));
    state.brush = null;
    fillCountries();
    drawTimeline();
    render();
    route();
  }

  function fillCountries() {
    const dl = $('#countries');
    const names = [...new Set(state.events.map((e) => e.country).filter(Boolean))].sort();
    dl.replaceChildren(...names.map((n) => el('option', { value: n })));
  }

  function visible() {
    if (!state.brush) return state.events;
    return state.events.filter((e) => e.event_date >= state.brush.from && e.event_date <= state.brush.to);
  }

  function setStatus(s) {
    $('#status').textContent = s;
  }

  function render() {
    const evs = visible();
    const unplaced = evs.filter((e) => !hasCoords(e)).length;
    let s = `${state.total} event${state.total === 1 ? '' : 's'} match`;
    if (state.total > state.events.length) s += ` (newest ${state.events.length} loaded)`;
    if (state.brush) s += `; ${evs.length} in the selected period`;
    if (unplaced) s += `; ${unplaced} without coordinates (table only)`;
    setStatus(s);
    $('#download').href = '/api/export.csv?' + exportParams().toString();
    drawMarkers(evs);
    drawTable(evs);
    highlightTimeline();
  }

  // ---- map --------------------------------------------------------------

  const map = L.map('map', { worldCopyJump: true, minZoom: 2, zoomSnap: 0.5 }).setView([36.5, 68.5], 5);
  map.attributionControl.setPrefix(false);
  map.createPane('countries');
  map.getPane('countries').style.zIndex = 250;
  const countryRenderer = L.svg({ pane: 'countries' });
  const markerLayer = L.layerGroup().addTo(map);

  fetch('/api/config').then((r) => r.json()).then((cfg) => {
    if (cfg.tiles) {
      L.tileLayer(cfg.tiles, { maxZoom: 18, attribution: 'Map tiles: ' + new URL(cfg.tiles.replace(/[{}]/g, '')).hostname }).addTo(map);
    }
  }).catch(() => {});

  fetch('/static/vendor/countries-110m.json').then((r) => r.json()).then((topo) => {
    const fc = topojson.feature(topo, topo.objects.countries);
    L.geoJSON(fc, {
      pane: 'countries', renderer: countryRenderer, interactive: false,
      style: { color: '#8e9aa8', weight: 0.7, fillColor: '#f3f0e8', fillOpacity: 1 },
    }).addTo(map);
    map.attributionControl.addAttribution('Outlines: Natural Earth');
  }).catch(() => {});

  const legend = L.control({ position: 'bottomleft' });
  legend.onAdd = function () {
    const box = el('div', { class: 'legend' });
    for (const t of TYPES.concat([OTHER])) {
      box.append(el('div', {}, el('span', { class: 'swatch ' + t[1] }), t[0]));
    }
    box.append(el('div', { text: 'circle size: fatalities' }));
    return box;
  };
  legend.addTo(map);

  function radius(f) {
    return 5 + Math.min(22, 3 * Math.sqrt(Math.max(0, f || 0)));
  }

  function drawMarkers(evs) {
    markerLayer.clearLayers();
    state.markers.clear();
    // Largest first, so small markers stay on top and clickable.
    const placed = evs.filter(hasCoords).sort((a, b) => (b.fatalities || 0) - (a.fatalities || 0));
    for (const e of placed) {
      const color = typeInfo(e.event_type)[2];
      const contested = (e.contested || []).length > 0;
      const m = L.circleMarker([e.latitude, e.longitude], {
        radius: radius(e.fatalities), color: contested ? '#111' : color, weight: contested ? 2.5 : 1,
        dashArray: contested ? '3 2' : null, fillColor: color, fillOpacity: 0.55, className: 'sitrep-marker',
      });
      m.bindTooltip(el('div', {},
        el('strong', { text: e.sub_event_type || e.event_type || 'Event' }), el('br'),
        `${e.event_date} · ${[e.location, e.country].filter(Boolean).join(', ')}`, el('br'),
        `fatalities: ${e.fatalities}`));
      m.on('click', () => { location.hash = '#event/' + encodeURIComponent(e.event_id_cnty); });
      m.addTo(markerLayer);
      const path = m.getElement();
      if (path) {
        path.setAttribute('data-event-id', e.event_id_cnty);
        path.setAttribute('aria-label', `${e.event_type} on ${e.event_date}`);
      }
      state.markers.set(e.event_id_cnty, m);
    }
    if (!state.fitted && placed.length) {
      state.fitted = true;
      map.fitBounds(L.latLngBounds(placed.map((e) => [e.latitude, e.longitude])).pad(0.3), { maxZoom: 7 });
    }
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
        el('td', { text: e.event_date + (e.background ? ' *' : '') }),
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
    $('#events-table tbody').replaceChildren(...rows);
  }

  // ---- timeline ---------------------------------------------------------

  const SVGNS = 'http://www.w3.org/2000/svg';
  const svg = $('#timeline');
  let bins = []; // {key, from, to, n, rect}
  let drag = null;

  function svgEl(tag, attrs) {
    const e = document.createElementNS(SVGNS, tag);
    for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, String(v));
    return e;
  }

  function iso(d) { return d.toISOString().slice(0, 10); }

  function makeBins(evs) {
    const dates = evs.map((e) => e.event_date).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
    if (!dates.length) return [];
    const lo = new Date(dates[0] + 'T00:00:00Z'), hi = new Date(dates[dates.length - 1] + 'T00:00:00Z');
    const spanDays = (hi - lo) / 864e5;
    const unit = spanDays <= 120 ? 'day' : spanDays <= 366 * 12 ? 'month' : 'year';
    const out = [];
    let d = unit === 'day' ? new Date(lo) : unit === 'month' ? new Date(Date.UTC(lo.getUTCFullYear(), lo.getUTCMonth(), 1)) : new Date(Date.UTC(lo.getUTCFullYear(), 0, 1));
    while (d <= hi && out.length < 2000) {
      let next;
      if (unit === 'day') next = new Date(d.getTime() + 864e5);
      else if (unit === 'month') next = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1));
      else next = new Date(Date.UTC(d.getUTCFullYear() + 1, 0, 1));
      const key = unit === 'day' ? iso(d) : unit === 'month' ? iso(d).slice(0, 7) : iso(d).slice(0, 4);
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
    bins = makeBins(state.events);
    const w = svg.clientWidth || 800, h = svg.clientHeight || 90, axis = 14;
    svg.setAttribute('viewBox', `0 0 ${w} ${h}`);
    if (!bins.length) return;
    const max = Math.max(...bins.map((b) => b.n));
    const bw = w / bins.length;
    bins.forEach((b, i) => {
      const bh = b.n ? Math.max(2, (h - axis - 4) * b.n / max) : 0;
      b.x = i * bw;
      b.w = bw;
      b.rect = svgEl('rect', { class: 'bar', x: b.x + 0.5, y: h - axis - bh, width: Math.max(1, bw - 1), height: bh });
      const title = svgEl('title');
      title.textContent = `${b.key}: ${b.n} event${b.n === 1 ? '' : 's'}`;
      b.rect.append(title);
      svg.append(b.rect);
    });
    const every = Math.max(1, Math.ceil(bins.length / Math.max(1, Math.floor(w / 70))));
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
    const i = Math.min(bins.length - 1, Math.max(0, Math.floor(x / (w / bins.length))));
    return i;
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
    const label = $('#brush-label');
    label.textContent = state.brush ? `selected: ${state.brush.from} – ${state.brush.to}` : '';
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

  function claimFigure(c) {
    let n = String(c.count);
    if (c.high && c.low && c.high !== c.low) n = `${c.low}–${c.high}`;
    return [c.kind, c.qualifier, n].filter(Boolean).join(' ');
  }

  function articleLink(id, label) {
    return el('a', { href: '#article/' + encodeURIComponent(id), class: 'article-link' }, label || 'article');
  }

  function showEvent(e) {
    state.selected = e.event_id_cnty;
    for (const tr of document.querySelectorAll('#events-table tbody tr')) {
      tr.classList.toggle('selected', tr.getAttribute('data-event-id') === e.event_id_cnty);
    }
    const m = state.markers.get(e.event_id_cnty);
    if (m && !map.getBounds().contains(m.getLatLng())) map.panTo(m.getLatLng());

    const badges = el('p', {}, el('span', { class: 'swatch ' + typeInfo(e.event_type)[1] }), el('span', { class: 'badge', text: e.event_type || 'Event' }));
    for (const c of e.contested || []) badges.append(el('span', { class: 'badge contested', text: 'contested: ' + c }));
    if (e.background) badges.append(el('span', { class: 'badge background', text: 'told as history' }));

    const precision = { 1: 'day', 2: 'week or a few days', 3: 'month or vaguer' }[e.time_precision] || '';
    const outlets = e.outlets && e.outlets.length ? e.outlets : [...new Set((e.articles || []).map((a) => a.outlet).filter(Boolean))];
    const sources = e.sources_count || outlets.length;
    const dl = el('dl', {},
      el('dt', { text: 'Date' }), el('dd', { text: e.event_date + (precision ? ` (precision: ${precision})` : '') }),
      el('dt', { text: 'Where' }), el('dd', { text: whereText(e) || 'unknown' }),
      el('dt', { text: 'Actors' }), el('dd', { text: [e.actor1, e.actor2].filter(Boolean).join(' vs ') || 'unknown' }),
      el('dt', { text: 'Fatalities' }), el('dd', { class: 'fatalities', text: fatalText(e) }),
      el('dt', { text: 'Sources' }), el('dd', { class: 'sources', text: `${sources} independent source${sources === 1 ? '' : 's'}` + (outlets.length ? ': ' + outlets.join('; ') : '') }),
      el('dt', { text: 'Event ID' }), el('dd', { text: e.event_id_cnty }));

    const claims = (e.claims || []).map((c) => el('div', { class: 'claim' },
      el('div', {}, el('span', { class: 'figure', text: claimFigure(c) }), c.who ? ` — ${c.who}` : '', c.headline ? ' (headline)' : ''),
      el('div', { class: 'meta' }, c.attributed_to ? `according to ${c.attributed_to}` : 'unattributed', c.outlet ? ` · ${c.outlet}` : ''),
      el('blockquote', { class: 'quote', text: c.quote || '' }),
      c.article_id ? articleLink(c.article_id, 'read the article') : null));

    const denials = (e.denials || []).map((d) => el('div', { class: 'denial' },
      el('div', {}, el('strong', { text: d.by || 'someone' }), ' denied', d.what ? ` ${d.what}` : ''),
      el('div', { class: 'meta', text: d.outlet || '' }),
      el('blockquote', { class: 'quote', text: d.quote || '' }),
      d.article_id ? articleLink(d.article_id, 'read the article') : null));

    const arts = (e.articles || []).map((a) => {
      const li = el('li', {}, articleLink(a.id, `${a.outlet || 'unknown outlet'}, ${a.published || ''}`));
      const u = safeURL(a.url);
      if (u) li.append(' · ', el('a', { href: u, rel: 'noopener noreferrer', target: '_blank', text: 'original' }));
      return li;
    });

    panel.replaceChildren(
      el('h2', { class: 'event-title', text: e.sub_event_type || e.event_type || 'Event' }),
      badges, dl,
      e.notes ? el('p', { class: 'notes', text: e.notes }) : null,
      el('h3', { text: `Claims (${claims.length})` }),
      claims.length ? el('div', { class: 'claims' }, ...claims) : el('p', { class: 'hint', text: 'No numbers reported.' }),
      denials.length ? el('h3', { text: `Denials (${denials.length})` }) : null,
      denials.length ? el('div', { class: 'denials' }, ...denials) : null,
      el('h3', { text: `Articles (${arts.length})` }),
      el('ul', { class: 'articles' }, ...arts));
    panel.scrollTop = 0;
  }

  async function showArticle(id) {
    panel.replaceChildren(el('p', { class: 'hint', text: 'loading article…' }));
    let a;
    try {
      const r = await fetch('/api/articles/' + encodeURIComponent(id));
      a = await r.json();
      if (!r.ok) throw new Error(a.error || r.statusText);
    } catch (err) {
      panel.replaceChildren(el('p', { class: 'hint', text: 'could not load the article: ' + err.message }));
      return;
    }
    const u = safeURL(a.url);
    const back = state.selected ? el('a', { class: 'back', href: '#event/' + encodeURIComponent(state.selected), text: '← back to the event' }) : null;
    panel.replaceChildren(
      back,
      el('h2', { class: 'article-title', text: a.title || '(untitled)' }),
      el('dl', {},
        el('dt', { text: 'Outlet' }), el('dd', { text: a.outlet || 'unknown' }),
        el('dt', { text: 'Published' }), el('dd', { text: (a.published || '').slice(0, 10) + (a.date_source === 'guessed' ? ' (guessed)' : '') }),
        el('dt', { text: 'Article ID' }), el('dd', { text: a.id }),
        el('dt', { text: 'Original' }), el('dd', {}, u ? el('a', { href: u, rel: 'noopener noreferrer', target: '_blank', text: u }) : (a.origin || ''))),
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
      if (e) showEvent(e);
      else panel.replaceChildren(el('p', { class: 'hint', text: 'No event ' + id }));
    } else if (kind === 'article' && id) {
      showArticle(id);
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
  form.addEventListener('reset', () => setTimeout(load, 0));
  window.addEventListener('hashchange', route);

  readURLFilters();
  load();
})();
