// The matrix page: every pair of a set of countries, as of a chosen date, as a heat map of positions.
import { api, url } from './api.js';
import { createChart, renderSvg, saveText } from './charts.js';
import { count, dayName, escapeHtml, fixed, signed, zoneNames } from './format.js';
import { diverging, font, ink, muted } from './theme.js';

const defaultSize = 6;

export async function showMatrix(view, store, route) {
  const countries = store.countries;
  const chosen = (route.params.get('actors') ?? '').split(',').filter((c) => countries.some((x) => x.code === c));
  const actors = chosen.length >= 2 ? chosen : countries.slice(0, defaultSize).map((c) => c.code);
  const lastMonth = store.last ? store.last.slice(0, 7) : '';
  const at = /^\d{4}-\d{2}(-\d{2})?$/.test(route.params.get('at') ?? '') ? route.params.get('at') : lastMonth;

  view.innerHTML = `
    <div class="matrix-head">
      <div>
        <h1>Many actors</h1>
        <p class="subtitle">Each cell is a pair's position at the end of the chosen month: allies do not fully trust each other either.</p>
      </div>
    </div>
    <div class="card matrix-controls">
      <div class="field">
        <span class="field-label">Countries</span>
        <div class="chips" id="chips">${actors.map((c) => `<span class="chip"><span class="code">${c}</span> ${escapeHtml(nameOf(countries, c))}
          <button type="button" data-remove="${c}" aria-label="Remove ${c}">×</button></span>`).join('')}
          <select id="add-country" aria-label="Add a country"><option value="">Add a country…</option>
          ${countries.filter((c) => !actors.includes(c.code)).map((c) => `<option value="${c.code}">${escapeHtml(c.name)} (${c.code})</option>`).join('')}</select>
        </div>
      </div>
      <label class="field"><span class="field-label">As of the end of</span>
        <input type="month" id="at" value="${at.slice(0, 7)}" min="${store.first?.slice(0, 7) ?? ''}" max="${lastMonth}"></label>
    </div>
    <div class="matrix-body">
      <div class="card chart-card">
        <div class="card-head"><h2 id="matrix-title">Positions</h2>
          <div class="downloads"><span>Download</span>
            <a href="${url('/api/matrix', { actors: actors.join(','), at, format: 'csv' })}" download>CSV</a>
            <a href="${url('/api/matrix', { actors: actors.join(','), at })}" download="matrix-${at}.json">JSON</a>
            <button type="button" class="link" id="matrix-svg">Chart SVG</button></div></div>
        <div class="chart heatmap" id="heatmap" data-cells="0" role="img" aria-label="Heat map of pair positions"></div>
      </div>
      <div class="card ranking" id="ranking"><p class="quiet">Measuring…</p></div>
    </div>`;

  const go = (list, month) => {
    location.hash = `#/matrix?actors=${list.join(',')}&at=${month}`;
  };
  view.querySelectorAll('[data-remove]').forEach((button) => button.addEventListener('click', () =>
    go(actors.filter((c) => c !== button.dataset.remove), at)));
  view.querySelector('#add-country').addEventListener('change', (event) => {
    if (event.target.value) go([...actors, event.target.value], at);
  });
  view.querySelector('#at').addEventListener('change', (event) => {
    if (event.target.value) go(actors, event.target.value);
  });
  if (actors.length < 2) {
    view.querySelector('#ranking').innerHTML = '<p class="quiet">Choose at least two countries.</p>';
    return;
  }

  const matrix = await api.matrix({ actors: actors.join(','), at });
  view.querySelector('#matrix-title').textContent = `Positions as of ${dayName(matrix.at)}`;
  const element = view.querySelector('#heatmap');
  const chart = createChart(element);
  chart.on('finished', () => {
    element.dataset.cells = String(chart.getOption().series[0].data.length);
  });
  chart.setOption(matrixOption(matrix, countries));
  chart.on('click', (event) => {
    const [j, i] = event.value;
    if (i !== j) location.hash = `#/pair/${matrix.countries[i]}-${matrix.countries[j]}`;
  });
  renderRanking(view.querySelector('#ranking'), matrix);
  view.querySelector('#matrix-svg').addEventListener('click', () =>
    saveText(renderSvg(matrixOption(matrix, countries, { interactive: false }), chart.getWidth(), chart.getHeight()),
      `matrix-${matrix.at}.svg`, 'image/svg+xml'));
}

export function matrixOption(matrix, countries, { interactive = true } = {}) {
  const n = matrix.countries.length;
  const cells = [];
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < n; j++) {
      const value = matrix.positions[i][j];
      if (value !== null) cells.push([j, i, value]);
    }
  }
  const axis = (position) => ({
    type: 'category',
    data: matrix.countries,
    position,
    inverse: position === 'left',
    axisLine: { show: false },
    axisTick: { show: false },
    axisLabel: { color: ink, fontSize: 12, fontWeight: 600, formatter: (c) => c },
    splitArea: { show: false },
  });
  return {
    animation: interactive,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: font, color: ink },
    grid: { left: 64, right: 24, top: 36, bottom: 80 },
    xAxis: axis('top'),
    yAxis: axis('left'),
    visualMap: {
      min: -1,
      max: 1,
      calculable: false,
      orient: 'horizontal',
      left: 'center',
      bottom: 16,
      itemWidth: 12,
      itemHeight: 240,
      text: ['Trust +1', 'Distrust −1'],
      textStyle: { color: muted, fontSize: 11 },
      inRange: { color: diverging },
    },
    tooltip: interactive ? {
      backgroundColor: 'rgba(255, 255, 255, 0.97)',
      borderColor: '#e7e3da',
      textStyle: { color: ink, fontSize: 12 },
      formatter: (item) => {
        const [j, i] = item.value;
        const [a, b] = [matrix.countries[i], matrix.countries[j]];
        const pair = matrix.pairs.find((p) => p.pair === `${a}-${b}` || p.pair === `${b}-${a}`);
        const [x, y] = pair.pair.split('-');
        return `<div class="tt-title">${escapeHtml(nameOf(countries, a))} and ${escapeHtml(nameOf(countries, b))}</div>`
          + `<div class="tt-row"><b>${signed(pair.position, 3)}</b> · ${zoneNames[pair.zone]}</div>`
          + `<div class="tt-row tt-muted">Trust in ${x} ${fixed(pair.mu_ab)} · Trust in ${y} ${fixed(pair.mu_ba)}</div>`
          + `<div class="tt-row tt-muted">${count(pair.events)} events up to this date · click for the timeline</div>`;
      },
    } : undefined,
    series: [{
      type: 'heatmap',
      data: cells,
      label: {
        show: n <= 12,
        formatter: (item) => signed(item.value[2], 2),
        color: ink,
        fontSize: n <= 8 ? 13 : 11,
      },
      itemStyle: { borderColor: '#ffffff', borderWidth: 3, borderRadius: 4 },
      emphasis: { itemStyle: { borderColor: ink, borderWidth: 1.5 } },
    }],
  };
}

function renderRanking(panel, matrix) {
  const ranked = [...matrix.pairs].sort((x, y) => y.position - x.position);
  panel.innerHTML = `<div class="card-head"><h2>Pairs, most trusting first</h2></div>
    <table class="events ranking-table"><thead><tr><th>Pair</th><th>Zone</th><th class="num">Position</th><th class="num">Events</th></tr></thead>
    <tbody>${ranked.map((p) => `<tr><td><a href="#/pair/${p.pair}" class="code">${p.pair}</a></td>
      <td><span class="zone zone-${p.zone}">${zoneNames[p.zone]}</span></td>
      <td class="num">${signed(p.position, 3)}</td><td class="num">${count(p.events)}</td></tr>`).join('')}</tbody></table>`;
}

const nameOf = (countries, code) => countries.find((c) => c.code === code)?.name ?? code;
