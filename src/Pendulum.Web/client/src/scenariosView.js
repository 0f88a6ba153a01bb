// The scenarios page: choose shipped scenarios and/or write one, run them on the same seeds, watch the progress, and
// compare them as fan charts of the simulated position and a table of differences with 95% intervals.
import { api } from './api.js';
import { createChart, downloadBar, renderSvg, toCsv, wireDownloads } from './charts.js';
import { count, escapeHtml, signed } from './format.js';
import { font, grid, ink, muted, zoneFills } from './theme.js';

const limits = { runs: [2, 10000], years: [1, 100] };
const shownOutcomes = ['share_distrust', 'share_understanding', 'share_trust', 'crises_per_decade', 'top_rung', 'final_position'];
const starter = `# Your scenario: start from a shipped one and change what you want to test.
extends: us-china-base.yaml
name: my-scenario
description: The base with incidents twice as frequent.
pairs:
  USA-CHN:
    incidents: {rate_per_year: 4}
`;
let running = null;

export async function showScenarios(view) {
  const scenarios = await api.scenarios();
  view.innerHTML = `
    <div class="scenario-head">
      <h1>What if</h1>
      <p class="subtitle">Run scenarios of the simulator many times on the same random seeds and compare where the pendulum
        ends up. Each run is a possible history; the fan shows how far they spread.</p>
    </div>
    <div class="scenario-layout">
      <section class="card scenario-setup" aria-label="Set up a run">
        <h2>Scenarios</h2>
        <p class="panel-note">The first one chosen is the base the others are compared with.</p>
        <ul class="scenario-list">${scenarios.map((s, i) => `
          <li><label><input type="checkbox" data-scenario="${escapeHtml(s.name)}" ${i < 2 ? 'checked' : ''}>
            <span><b>${escapeHtml(s.title)}</b>${s.description ? `<span class="meta">${escapeHtml(s.description)}</span>` : ''}</span></label>
            <button type="button" class="link small" data-edit="${escapeHtml(s.name)}">Edit a copy</button></li>`).join('')}
        </ul>
        <div class="own">
          <label class="own-toggle"><input type="checkbox" id="own-on"> <b>Your own scenario</b></label>
          <textarea id="own-yaml" spellcheck="false" rows="9" aria-label="Your scenario (YAML)">${escapeHtml(starter)}</textarea>
          <div class="own-row"><label class="file-pick">Upload a YAML file<input type="file" id="own-file" accept=".yaml,.yml,text/yaml"></label>
            <span class="meta">It may extend a shipped scenario by its file name.</span></div>
        </div>
        <div class="run-row">
          <label class="field"><span class="field-label">Runs</span>
            <input type="number" id="runs" min="${limits.runs[0]}" max="${limits.runs[1]}" step="1" value="300"></label>
          <label class="field"><span class="field-label">Years</span>
            <input type="number" id="years" min="${limits.years[0]}" max="${limits.years[1]}" step="1" value="10"></label>
          <label class="field"><span class="field-label">Seed</span>
            <input type="number" id="seed" min="0" step="1" value="1"></label>
          <button type="button" class="primary" id="run">Run</button>
        </div>
        <div class="run-status" id="run-status" hidden>
          <div class="progress" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0"><span></span></div>
          <div class="run-line"><span id="run-text">Starting…</span><button type="button" class="ghost small" id="cancel">Cancel</button></div>
        </div>
        <div id="run-error"></div>
      </section>
      <section class="scenario-results" id="results">
        <div class="card empty-results"><h2>No run yet</h2><p class="quiet">Choose two or more scenarios (or write your own), then
          Run. A few hundred runs take a few seconds; the 95% intervals narrow as runs grow.</p></div>
      </section>
    </div>`;

  const own = view.querySelector('#own-yaml');
  view.querySelectorAll('[data-edit]').forEach((button) => button.addEventListener('click', async () => {
    const name = button.dataset.edit;
    own.value = `# A copy of ${name}.yaml: edit it, then run.\n${(await api.scenarioYaml(name)).replace(/^name: .*$/m, `name: ${name}-edited`)}`;
    view.querySelector('#own-on').checked = true;
    own.focus();
  }));
  view.querySelector('#own-file').addEventListener('change', async (event) => {
    const file = event.target.files[0];
    if (!file) return;
    own.value = await file.text();
    view.querySelector('#own-on').checked = true;
  });
  view.querySelector('#run').addEventListener('click', () => run(view));
  view.querySelector('#cancel').addEventListener('click', () => running && api.cancelSimulation(running));
}

function readRequest(view) {
  const chosen = [...view.querySelectorAll('[data-scenario]:checked')].map((box) => box.dataset.scenario);
  const scenarios = chosen.map((name) => ({ name, yaml: `extends: ${name}.yaml\n` }));
  if (view.querySelector('#own-on').checked) scenarios.push({ name: null, yaml: view.querySelector('#own-yaml').value });
  const number = (id) => Number(view.querySelector(`#${id}`).value);
  const [runs, years, seed] = [number('runs'), number('years'), number('seed')];
  if (scenarios.length === 0) throw new Error('Choose at least one scenario, or write your own.');
  if (!Number.isInteger(runs) || runs < limits.runs[0] || runs > limits.runs[1]) throw new Error(`Runs: give a whole number from ${limits.runs[0]} to ${count(limits.runs[1])}.`);
  if (!Number.isInteger(years) || years < limits.years[0] || years > limits.years[1]) throw new Error(`Years: give a whole number from ${limits.years[0]} to ${limits.years[1]}.`);
  if (!Number.isInteger(seed) || seed < 0) throw new Error('Seed: give a whole number, 0 or more.');
  return { scenarios, runs, years, seed };
}

async function run(view) {
  const error = view.querySelector('#run-error');
  const status = view.querySelector('#run-status');
  const button = view.querySelector('#run');
  error.innerHTML = '';
  let request;
  try {
    request = readRequest(view);
  } catch (e) {
    showError(error, 'Check the settings', e.message);
    return;
  }
  button.disabled = true;
  status.hidden = false;
  setProgress(view, 0, 'Starting…');
  try {
    const started = await api.startSimulation(request);
    running = started.id;
    const cancelOnLeave = () => running && api.cancelSimulation(running);
    window.addEventListener('hashchange', cancelOnLeave, { once: true });
    window.addEventListener('pagehide', cancelOnLeave, { once: true });
    let state = started;
    while (state.state === 'running') {
      setProgress(view, state.progress, `${Math.round(100 * state.progress)}% of ${count(state.runs)} runs × ${request.scenarios.length} `
        + `${request.scenarios.length === 1 ? 'scenario' : 'scenarios'}`);
      await new Promise((resolve) => { setTimeout(resolve, 300); });
      if (!view.isConnected) return;
      state = await api.simulation(running);
    }
    if (state.state === 'cancelled') {
      setProgress(view, state.progress, 'Cancelled.');
    } else if (state.state === 'failed') {
      status.hidden = true;
      showError(error, 'The run failed', state.error);
    } else {
      setProgress(view, 1, `Done: ${count(state.runs)} runs of each scenario.`);
      renderResults(view.querySelector('#results'), await api.simulationResult(running));
    }
  } catch (e) {
    status.hidden = true;
    showError(error, e.title ?? 'The run could not start', e.message, request);
  } finally {
    running = null;
    button.disabled = false;
  }
}

function setProgress(view, share, text) {
  const bar = view.querySelector('.progress');
  bar.setAttribute('aria-valuenow', String(Math.round(100 * share)));
  bar.querySelector('span').style.width = `${100 * share}%`;
  view.querySelector('#run-text').textContent = text;
  view.querySelector('#cancel').hidden = text.startsWith('Done') || text === 'Cancelled.';
}

function showError(panel, title, detail) {
  panel.innerHTML = `<div class="problem-inline" role="alert"><b>${escapeHtml(title)}</b><p>${escapeHtml(detail)}</p></div>`;
}

const time = (iso) => Date.parse(`${iso}T00:00:00Z`);

/** Fan charts: one panel per scenario on a shared scale, the 5-95% and 25-75% bands and the median. */
function fanOption(result, { interactive = true } = {}) {
  const scenarios = result.scenarios;
  const panel = 150;
  const gap = 72;
  const top = 36;
  const band = (name, gridIndex, fan, low, high, opacity) => [
    { name: `${name}-low`, type: 'line', xAxisIndex: gridIndex, yAxisIndex: gridIndex, stack: `${name}${gridIndex}`, stackStrategy: 'all', symbol: 'none',
      lineStyle: { opacity: 0 }, data: fan.dates.map((d, i) => [time(d), fan[low][i]]), silent: true, tooltip: { show: false } },
    { name, type: 'line', xAxisIndex: gridIndex, yAxisIndex: gridIndex, stack: `${name}${gridIndex}`, stackStrategy: 'all', symbol: 'none',
      lineStyle: { opacity: 0 }, areaStyle: { color: '#2f6f8f', opacity }, silent: true,
      data: fan.dates.map((d, i) => [time(d), fan[high][i] - fan[low][i]]), tooltip: { show: false } },
  ];
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: font, color: ink },
    title: scenarios.map((s, g) => ({
      text: s.label, left: 56, top: top + g * (panel + gap) - 24, textStyle: { fontSize: 13, fontWeight: 600, color: ink },
    })),
    grid: scenarios.map((_, g) => ({ left: 60, right: 24, top: top + g * (panel + gap) + 8, height: panel })),
    tooltip: interactive ? { trigger: 'axis', confine: true, formatter: (items) => fanTooltip(result, items) } : undefined,
    xAxis: scenarios.map((s, g) => ({
      type: 'time', gridIndex: g, min: time(s.fans[0].dates[0]), max: time(s.fans[0].dates.at(-1)),
      axisLine: { lineStyle: { color: grid } }, axisTick: { show: false }, axisLabel: { color: muted, fontSize: 11, hideOverlap: true },
      splitLine: { show: false },
    })),
    yAxis: scenarios.map((_, g) => ({
      type: 'value', gridIndex: g, min: -1, max: 1, interval: 0.5, axisLabel: { color: muted, fontSize: 11, formatter: (v) => signed(v, 1) },
      splitLine: { lineStyle: { color: '#f1eee7' } },
    })),
    series: scenarios.flatMap((s, g) => {
      const fan = s.fans[0];
      const lower = 2 * s.distrust_below - 1;
      const upper = 2 * s.trust_above - 1;
      return [
        ...band('5–95% of runs', g, fan, 'p05', 'p95', 0.16),
        ...band('25–75% of runs', g, fan, 'p25', 'p75', 0.3),
        {
          name: 'Median', type: 'line', xAxisIndex: g, yAxisIndex: g, symbol: 'none', lineStyle: { color: '#1f3b5c', width: 2 },
          data: fan.dates.map((d, i) => [time(d), fan.p50[i]]),
          markArea: {
            silent: true,
            data: [
              [{ yAxis: -1, itemStyle: { color: zoneFills.distrust } }, { yAxis: lower }],
              [{ yAxis: upper, itemStyle: { color: zoneFills.trust } }, { yAxis: 1 }],
            ],
          },
        },
      ];
    }),
  };
}

function fanTooltip(result, items) {
  const median = items.find((item) => item.seriesName === 'Median');
  if (!median) return '';
  const s = result.scenarios[median.axisIndex] ?? result.scenarios[0];
  const fan = s.fans[0];
  const i = fan.dates.findIndex((d) => time(d) === median.value[0]);
  if (i < 0) return '';
  return `<div class="tt-title">${escapeHtml(s.label)} · ${fan.dates[i]}</div>`
    + `<div class="tt-row">median ${signed(fan.p50[i], 2)}</div>`
    + `<div class="tt-row tt-muted">half of runs ${signed(fan.p25[i], 2)} to ${signed(fan.p75[i], 2)}</div>`
    + `<div class="tt-row tt-muted">90% of runs ${signed(fan.p05[i], 2)} to ${signed(fan.p95[i], 2)}</div>`;
}

function renderResults(panel, result) {
  const scenarios = result.scenarios;
  const height = 36 + scenarios.length * 222;
  const rows = result.differences.filter((d) => shownOutcomes.includes(d.outcome));
  panel.innerHTML = `
    <div class="card">
      <div class="card-head"><h2>Simulated position</h2>${downloadBar('fan-data')}</div>
      <p class="panel-note">${count(result.runs)} runs of each scenario, seed ${result.seed}: the median run, the middle half and 90% of runs,
        over the distrust (red) and trust (green) zones.</p>
      <div class="chart fans" id="fan-chart" data-scenarios="0" style="height:${height}px" role="img" aria-label="Fan charts of the simulated position"></div>
    </div>
    ${scenarios.length > 1 ? `
    <div class="card">
      <div class="card-head"><h2>Differences from ${escapeHtml(scenarios[0].label)}</h2>${downloadBar('diff-data', { svg: false })}</div>
      <p class="panel-note">Scenario minus base over paired runs (run r of each shares its random stream), with a 95% interval.
        Differences whose interval leaves out zero are in bold.</p>
      <table class="events differences" id="differences"><thead><tr><th>Scenario</th><th>Outcome</th><th class="num">Base</th>
        <th class="num">Scenario</th><th class="num">Difference</th><th class="num">95% interval</th></tr></thead>
        <tbody>${rows.map((d) => `<tr class="${d.ci_low > 0 || d.ci_high < 0 ? 'clear' : ''}">
          <td>${escapeHtml(d.b)}</td><td>${escapeHtml(d.label)}</td><td class="num">${f(d.mean_a)}</td><td class="num">${f(d.mean_b)}</td>
          <td class="num diff">${d.difference === null ? '–' : signed(d.difference, 3)}</td>
          <td class="num">${d.ci_low === null ? '–' : `${signed(d.ci_low, 3)} to ${signed(d.ci_high, 3)}`}</td></tr>`).join('')}</tbody></table>
    </div>` : ''}`;
  const element = panel.querySelector('#fan-chart');
  const chart = createChart(element);
  chart.on('finished', () => { element.dataset.scenarios = String(chart.getOption().grid.length); });
  chart.setOption(fanOption(result));
  wireDownloads(panel, 'fan-data', {
    name: 'simulated-position',
    csv: () => toCsv(['scenario', 'pair', 'date', 'p05', 'p25', 'p50', 'p75', 'p95'], scenarios.flatMap((s) => s.fans.flatMap((fan) =>
      fan.dates.map((date, i) => ({ scenario: s.label, pair: fan.pair, date, p05: fan.p05[i], p25: fan.p25[i], p50: fan.p50[i], p75: fan.p75[i], p95: fan.p95[i] }))))),
    json: () => result,
    svg: () => renderSvg(fanOption(result, { interactive: false }), chart.getWidth(), chart.getHeight()),
  });
  if (scenarios.length > 1) {
    wireDownloads(panel, 'diff-data', {
      name: 'differences',
      csv: () => toCsv(['a', 'b', 'pair', 'outcome', 'mean_a', 'mean_b', 'difference', 'ci_low', 'ci_high', 'runs'], result.differences),
      json: () => result.differences,
    });
  }
}

const f = (x) => (x === null || x === undefined ? '–' : x.toFixed(3).replace('-', '−'));
