// The optional overlay on the pair page: the pair's yearly mean position beside the UN General Assembly series
// (vote agreement, ideal-point distance; Bailey, Strezhnev and Voeten), for the years both cover.
import { getJson } from './api.js';
import { createChart } from './charts.js';
import { escapeHtml } from './format.js';
import { font, ink, muColors, muted } from './theme.js';

export function renderUnga(card, pair) {
  card.innerHTML = `
    <div class="card-head"><h2>Beside the UN General Assembly</h2>
      <label class="small"><input type="checkbox" id="unga-toggle"> Show the UN series</label></div>
    <div id="unga-body"><p class="quiet">An outside view of the same years, not an input: how often the two voted alike, and
      the distance between their ideal points. Tick the box to draw it.</p></div>`;
  card.querySelector('#unga-toggle').addEventListener('change', async (event) => {
    const body = card.querySelector('#unga-body');
    if (!event.target.checked) {
      body.innerHTML = '<p class="quiet">Hidden.</p>';
      return;
    }
    body.innerHTML = '<p class="quiet">Loading…</p>';
    try {
      const [series, unga] = await Promise.all([
        getJson(`/api/pairs/${pair}/series`, { freq: 'year' }), getJson(`/api/pairs/${pair}/unga`)]);
      draw(body, series, unga);
    } catch (error) {
      body.innerHTML = `<p class="quiet">${escapeHtml(error.message)}</p>`;
    }
  });
}

function draw(body, series, unga) {
  const positions = new Map(series.periods.filter((p) => p.events > 0)
    .map((p) => [Number(p.period.slice(0, 4)), p.position_mean ?? p.position]));
  const years = unga.years.filter((y) => positions.has(y.year));
  if (years.length === 0) {
    body.innerHTML = '<p class="quiet">The UN series and the pendulum share no year for this pair.</p>';
    return;
  }
  body.innerHTML = `<div class="chart unga" id="unga-chart" data-points="0" role="img"
      aria-label="Yearly mean position beside UN vote agreement and ideal-point distance"></div>
    <p class="chart-note">${escapeHtml(unga.source)}; data/unga/PROVENANCE.md. docs/validation.md gives the correlations.</p>`;
  const element = body.querySelector('#unga-chart');
  const chart = createChart(element);
  chart.on('finished', () => {
    element.dataset.points = String(chart.getOption().series.find((s) => s.name === 'UN ideal-point distance').data
      .filter((v) => v != null).length);
  });
  const x = years.map((y) => String(y.year));
  const line = (name, data, color, yAxisIndex) => ({
    name, type: 'line', data, yAxisIndex, connectNulls: false, showSymbol: true, symbolSize: 5,
    lineStyle: { color, width: 1.5 }, itemStyle: { color },
  });
  chart.setOption({
    textStyle: { fontFamily: font, color: ink },
    tooltip: { trigger: 'axis' },
    legend: { top: 0, textStyle: { color: muted } },
    grid: { left: 48, right: 96, top: 32, bottom: 28 },
    xAxis: { type: 'category', data: x },
    yAxis: [
      { type: 'value', min: -1, max: 1, name: 'position' },
      // The right-hand scales are told apart by the legend's colours: two names there would overlap.
      { type: 'value', min: 0, max: 1, position: 'right', axisLabel: { color: muColors[0] } },
      { type: 'value', min: 0, position: 'right', offset: 48, axisLabel: { color: muColors[1] } },
    ],
    series: [
      line('Pendulum (yearly mean)', years.map((y) => positions.get(y.year)), ink, 0),
      line('UN vote agreement', years.map((y) => y.agreement), muColors[0], 1),
      line('UN ideal-point distance', years.map((y) => y.distance), muColors[1], 2),
    ],
  });
}
