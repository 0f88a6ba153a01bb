// The timeline page: pick a pair, see where it stood period by period, what moved it, and the events behind it.
import { api, url } from './api.js';
import { createChart, renderSvg, saveText } from './charts.js';
import { arrow, count, dayName, escapeHtml, fixed, periodEnd, periodName, quadNames, signed, zoneNames } from './format.js';
import { renderChannels } from './channelsView.js';
import { renderCrises } from './crisesView.js';
import { renderPicker } from './picker.js';
import { renderUnga } from './ungaView.js';
import { periodAt, timelineOption } from './timelineChart.js';
import { quadColors } from './theme.js';

const frequencies = ['day', 'week', 'month', 'year'];

export async function showPair(view, store, route) {
  const pairs = store.pairs;
  const pair = route.pair ?? pairs[0]?.pair;
  const freq = frequencies.includes(route.params.get('freq')) ? route.params.get('freq') : 'month';
  view.innerHTML = `
    <div class="pair-layout">
      <aside class="picker card" id="picker"></aside>
      <section class="pair-main" id="pair-main"></section>
    </div>`;
  renderPicker(view.querySelector('#picker'), pairs, pair, (picked) => go(picked, freq));
  const main = view.querySelector('#pair-main');
  if (!pair) {
    main.innerHTML = `<div class="card empty"><h1>No events yet</h1><p>This store holds no pair of countries. Ingest
      events with <code>pendulum ingest</code>, or run <code>pendulum demo</code>, then reload.</p></div>`;
    return;
  }

  main.innerHTML = '<div class="card loading">Measuring the pair…</div>';
  const features = store.features;
  // Crises and channels come as { settings, episodes } and { settings, channels }: the same settings as the series.
  const [series, events, crisesBody, channelsBody] = await Promise.all([
    api.series(pair, { freq }), api.events(pair),
    features.crises ? api.crises(pair) : null,
    features.channels ? api.channels(pair) : null,
  ]);
  const crises = crisesBody?.episodes ?? null;
  const channels = channelsBody?.channels ?? null;
  renderPair(main, series, events, freq, { crises, channels });
}

function go(pair, freq) {
  location.hash = `#/pair/${pair}${freq === 'month' ? '' : `?freq=${freq}`}`;
}

function renderPair(main, series, events, freq, { crises, channels }) {
  const [a, b] = series.pair.split('-');
  const withEvents = series.periods.filter((p) => p.events > 0);
  const latest = series.periods.at(-1);
  const total = series.periods.reduce((sum, p) => sum + p.events, 0);
  const ab = series.periods.reduce((sum, p) => sum + p.events_ab, 0);
  const first = withEvents[0]?.period;
  main.innerHTML = `
    <div class="pair-head">
      <div>
        <h1>${escapeHtml(nameOf(a))} <span class="dash">and</span> ${escapeHtml(nameOf(b))}</h1>
        <p class="subtitle"><span class="code">${series.pair}</span> · ${count(total)} events
          ${first ? `· ${periodName(first, freq)} to ${periodName(latest.period, freq)}` : ''}</p>
      </div>
      <div class="controls">
        <div class="segmented" role="group" aria-label="Period length">
          ${frequencies.map((f) => `<button type="button" data-freq="${f}" class="${f === freq ? 'on' : ''}">${f[0].toUpperCase()}${f.slice(1)}</button>`).join('')}
        </div>
        <button type="button" class="ghost" id="swap" title="Read the pair the other way round">${b} – ${a} ⇄</button>
      </div>
    </div>
    <div class="stats">
      ${stat('Position', latest ? signed(latest.position, 2) : '–', latest ? `<span class="zone zone-${latest.zone}">${zoneNames[latest.zone]}</span> at ${periodName(latest.period, freq)}` : '')}
      ${stat(`Trust in ${a}`, latest ? fixed(latest.mu_ab, 2) : '–', `${b}'s belief that ${a} is trustworthy`)}
      ${stat(`Trust in ${b}`, latest ? fixed(latest.mu_ba, 2) : '–', `${a}'s belief that ${b} is trustworthy`)}
      ${stat('Events', count(total), `${count(ab)} ${a}→${b} · ${count(total - ab)} ${b}→${a}`)}
    </div>
    <div class="card chart-card">
      <div class="card-head">
        <div class="card-title"><h2>Pendulum timeline</h2>
          <button type="button" class="ghost small" id="brush-tool" aria-pressed="false">Select dates</button></div>
        <div class="downloads" aria-label="Downloads">
          <span>Download</span>
          <a href="${url(`/api/pairs/${series.pair}/series`, { freq, format: 'csv' })}" download>Series CSV</a>
          <a href="${url(`/api/pairs/${series.pair}/series`, { freq })}" download="${series.pair}-${freq}.json">Series JSON</a>
          <a href="${url(`/api/pairs/${series.pair}/events`, { format: 'csv' })}" download>Events CSV</a>
          <button type="button" class="link" id="timeline-svg">Chart SVG</button>
        </div>
      </div>
      <div class="chart timeline" id="timeline" data-pair="${series.pair}" data-points="0" role="img"
        aria-label="Position, beliefs and events of ${series.pair} over time"></div>
      <p class="chart-note">${events.truncated
        ? `Showing the ${count(events.events.length)} most-reported of ${count(events.total)} events; the CSV holds all of them.`
        : 'Hover a period for what moved it. Select dates, then drag across the chart, to list the events of a stretch of time; the slider below zooms.'}</p>
      ${series.settings ? `<p class="chart-note" id="settings-caption">Read with the ${escapeHtml(series.settings.name)} settings, hash
        <span class="code">${series.settings.hash}</span> (docs/observer.md, "Settings").</p>` : ''}
    </div>
    <div class="panels">
      <div class="card" id="drivers"></div>
      <div class="card" id="selection"></div>
    </div>
    ${crises ? '<div class="card" id="crises"></div>' : ''}
    ${channels ? '<div class="card" id="channels"></div>' : ''}
    <div class="card" id="unga"></div>`;

  main.querySelectorAll('[data-freq]').forEach((button) =>
    button.addEventListener('click', () => go(series.pair, button.dataset.freq)));
  main.querySelector('#swap').addEventListener('click', () => go(`${b}-${a}`, freq));

  const element = main.querySelector('#timeline');
  const chart = createChart(element);
  // What the chart holds once drawn, read back from ECharts' own model (the browser tests check these counts).
  chart.on('finished', () => {
    const drawn = chart.getOption().series;
    element.dataset.points = String(drawn.find((s) => s.name === 'Position').data.length);
    element.dataset.events = String(drawn.filter((s) => s.type === 'scatter' && s.name !== 'Crises').reduce((n, s) => n + s.data.length, 0));
  });
  chart.setOption(timelineOption(series, events, { crises: crises ?? [] }));
  const openCrisis = crises ? renderCrises(main.querySelector('#crises'), series.pair, crises) : () => {};
  if (channels) {
    const first = withEvents[0]?.period ?? series.periods[0]?.period;
    renderChannels(main.querySelector('#channels'), series.pair, channels,
      { from: first, to: periodEnd(latest?.period ?? first, freq) });
  }

  renderUnga(main.querySelector('#unga'), series.pair);

  const drivers = main.querySelector('#drivers');
  const selection = main.querySelector('#selection');
  let shown = -1;
  const showDrivers = (index) => {
    if (index === shown || index < 0) return;
    shown = index;
    renderDrivers(drivers, series, index);
  };
  const strongest = series.periods.reduce((best, p, i) =>
    (p.drivers.length > 0 && (best < 0 || Math.abs(p.drivers[0].contribution) > Math.abs(series.periods[best].drivers[0].contribution)) ? i : best), -1);
  showDrivers(strongest >= 0 ? strongest : series.periods.length - 1);
  chart.on('updateAxisPointer', (event) => {
    const axis = event.axesInfo?.find((info) => info.axisDim === 'x');
    if (axis) showDrivers(periodAt(series, axis.value));
  });
  chart.on('click', (event) => {
    if (event.seriesName === 'Crises') openCrisis(event.value[2]);
    else if (event.seriesIndex <= 2) showDrivers(event.value[2]);
  });

  // Selecting dates takes the pointer for one drag, then gives it back to the tooltips; the area stays drawn.
  const tool = main.querySelector('#brush-tool');
  const selecting = (on) => {
    tool.setAttribute('aria-pressed', String(on));
    tool.textContent = on ? 'Drag across the chart…' : 'Select dates';
    chart.dispatchAction({ type: 'takeGlobalCursor', key: 'brush', brushOption: { brushType: on ? 'lineX' : false, brushMode: 'single' } });
  };
  tool.addEventListener('click', () => selecting(tool.getAttribute('aria-pressed') !== 'true'));
  const clear = () => {
    chart.dispatchAction({ type: 'brush', areas: [] });
    renderSelection(selection, events, null, chart, clear);
  };
  renderSelection(selection, events, null, chart, clear);
  chart.on('brushEnd', (event) => {
    const range = event.areas?.[0]?.coordRange;
    selecting(false);
    renderSelection(selection, events, range ? [Math.min(...range), Math.max(...range)] : null, chart, clear);
  });

  main.querySelector('#timeline-svg').addEventListener('click', () =>
    saveText(renderSvg(timelineOption(series, events, { interactive: false, crises: crises ?? [] }), chart.getWidth(), chart.getHeight()),
      `${series.pair}-${freq}.svg`, 'image/svg+xml'));
}

function stat(label, value, note) {
  return `<div class="stat card"><div class="stat-label">${escapeHtml(label)}</div><div class="stat-value">${value}</div>
    <div class="stat-note">${note}</div></div>`;
}

function renderDrivers(panel, series, index) {
  const p = series.periods[index];
  const [a, b] = series.pair.split('-');
  const scale = Math.max(1e-9, ...p.drivers.map((d) => Math.abs(d.contribution)));
  panel.innerHTML = `
    <div class="card-head"><h2>What moved ${periodName(p.period, series.freq)}</h2>
      <span class="zone zone-${p.zone}">${zoneNames[p.zone]} · ${signed(p.position, 2)}</span></div>
    <p class="panel-note">${p.events} events (${p.events_ab} ${a}→${b}, ${p.events_ba} ${b}→${a}).
      Contributions are in nats of log-odds: above zero raised trust in the acting side.</p>
    ${p.drivers.length === 0 ? '<p class="quiet">No events in this period: beliefs drift back toward the prior.</p>' : `
    <ol class="drivers">${p.drivers.map((d) => `
      <li>
        <span class="bar ${d.contribution >= 0 ? 'up' : 'down'}"><span style="width:${(100 * Math.abs(d.contribution)) / scale}%"></span></span>
        <span class="amount ${d.contribution >= 0 ? 'up' : 'down'}">${signed(d.contribution, 3)}</span>
        <span class="what">${escapeHtml(d.description ?? d.cameo_name ?? d.cameo)}
          <span class="meta">${escapeHtml(arrow(d.direction))} · ${dayName(d.date)} · CAMEO ${escapeHtml(d.cameo)} · ${mentions(d.mentions)}
          ${d.url ? `· <a href="${escapeHtml(d.url)}" target="_blank" rel="noopener noreferrer">source</a>` : ''}</span></span>
      </li>`).join('')}</ol>`}`;
}

function renderSelection(panel, events, range, chart, clear) {
  const [from, to] = range ? range.map((t) => new Date(t).toISOString().slice(0, 10)) : [null, null];
  const inside = range ? events.events.filter((e) => e.date >= from && e.date <= to) : events.events;
  const byQuad = [1, 2, 3, 4].map((q) => inside.filter((e) => e.quad_class === q).length);
  const mean = inside.length ? inside.reduce((s, e) => s + e.goldstein, 0) / inside.length : null;
  const top = [...inside].sort((x, y) => y.mentions - x.mentions || Math.abs(y.goldstein) - Math.abs(x.goldstein)).slice(0, 8);
  panel.innerHTML = `
    <div class="card-head"><h2>${range ? `${dayName(from)} – ${dayName(to)}` : 'Most-reported events'}</h2>
      ${range ? `<span class="buttons"><button type="button" class="ghost small" id="zoom-to">Zoom to these dates</button>
        <button type="button" class="ghost small" id="clear-selection">Clear</button></span>` : ''}</div>
    <p class="panel-note">${count(inside.length)} events${mean === null ? '' : ` · mean Goldstein ${signed(mean, 2)}`}${range ? ''
      : ' · choose Select dates above the timeline and drag across it to list one stretch of time'}</p>
    <div class="quad-strip">${byQuad.map((n, q) => n ? `<span style="flex:${n};background:${quadColors[q]}" title="${quadNames[q]}: ${n}"></span>` : '').join('')}</div>
    ${quadLegend(inside)}
    <table class="events"><thead><tr><th>Date</th><th>Who</th><th>Event</th><th class="num">Goldstein</th><th class="num">Mentions</th></tr></thead>
      <tbody>${top.map((e) => `<tr><td>${e.date}</td><td>${e.source_country}→${e.target_country}</td>
        <td><span class="tt-dot" style="background:${quadColors[e.quad_class - 1]}"></span>${escapeHtml(e.cameo_name ?? e.cameo)}</td>
        <td class="num">${signed(e.goldstein, 1)}</td><td class="num">${e.mentions}</td></tr>`).join('')}</tbody></table>`;
  panel.querySelector('#zoom-to')?.addEventListener('click', () =>
    chart.dispatchAction({ type: 'dataZoom', startValue: range[0], endValue: range[1] }));
  panel.querySelector('#clear-selection')?.addEventListener('click', clear);
}

const mentions = (n) => `${count(n)} ${n === 1 ? 'mention' : 'mentions'}`;

function quadLegend(events) {
  const counts = [1, 2, 3, 4].map((q) => events.filter((e) => e.quad_class === q).length);
  return `<ul class="quad-legend">${quadNames.map((name, q) =>
    `<li><span class="tt-dot" style="background:${quadColors[q]}"></span>${name}<span class="num">${count(counts[q])}</span></li>`).join('')}</ul>`;
}

let names = new Map();

/** Country names from the pair list, for headings. */
export function learnNames(pairs) {
  names = new Map(pairs.flatMap((p) => [[p.country_a, p.name_a], [p.country_b, p.name_b]]));
}

const nameOf = (code) => names.get(code) ?? code;
