// The pendulum timeline as an ECharts option: position over the three zones, both beliefs, and the events below.
import { arrow, escapeHtml, fixed, periodEnd, periodName, quadNames, signed, zoneNames } from './format.js';
import { crisisColor, font, grid, ink, muColors, muted, quadColors, zoneFills } from './theme.js';

const day = 24 * 3600 * 1000;
const time = (iso) => Date.parse(`${iso}T00:00:00Z`);

/** Where each period is drawn: at its last day, since its beliefs are as of that day's end. */
export function periodTimes(series) {
  return series.periods.map((p) => time(periodEnd(p.period, series.freq)));
}

/** The period drawn nearest to `t` (ms). */
export function periodAt(series, t) {
  const times = periodTimes(series);
  let best = 0;
  for (let i = 1; i < times.length; i++) {
    if (Math.abs(times[i] - t) < Math.abs(times[best] - t)) best = i;
  }
  return best;
}

/**
 * The option. `interactive` adds zoom, brush and tooltips; without it the option draws the same picture for a
 * file (the SVG download).
 */
export function timelineOption(series, events, { interactive = true, crises = [] } = {}) {
  const [a, b] = series.pair.split('-');
  const times = periodTimes(series);
  const first = time(series.periods[0]?.period ?? '2000-01-01');
  const last = (times.at(-1) ?? first) + day;
  // Zones on the position scale: zone thresholds are on (position + 1) / 2, the mean of the two beliefs.
  const lower = 2 * series.params.belief.distrust_below - 1;
  const upper = 2 * series.params.belief.trust_above - 1;
  const many = series.periods.length > 80;
  const line = (name, values, color, extra) => ({
    name,
    type: 'line',
    data: values.map((v, i) => [times[i], v, i]),
    showSymbol: !many,
    symbol: 'circle',
    symbolSize: 5,
    itemStyle: { color },
    lineStyle: { color, width: 1.5 },
    emphasis: { disabled: true },
    animationDuration: 500,
    ...extra,
  });
  const zoneLabel = (text) => ({ show: true, position: 'insideTopLeft', color: muted, fontSize: 11, fontFamily: font, formatter: text, offset: [6, 4] });
  const eventSeries = quadNames.map((name, q) => {
    const data = events.events.filter((e) => e.quad_class === q + 1)
      .map((e) => [time(e.date), e.goldstein, e.mentions, e.event_id, e.cameo_name ?? e.cameo, e.source_country, e.target_country]);
    return {
      name,
      type: 'scatter',
      xAxisIndex: 1,
      yAxisIndex: 2,
      data,
      large: data.length > 2000,
      symbolSize: (v) => Math.min(14, 4 + 2 * Math.log2(1 + v[2])),
      itemStyle: { color: quadColors[q], opacity: 0.72, borderColor: '#ffffff', borderWidth: 0.5 },
      emphasis: { itemStyle: { opacity: 1, borderColor: ink, borderWidth: 1 } },
      animation: false,
    };
  });

  return {
    animation: interactive,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: font, color: ink },
    color: [ink, muColors[0], muColors[1], ...quadColors, crisisColor],
    legend: [
      {
        top: 8,
        left: 52,
        itemWidth: 18,
        itemHeight: 8,
        itemGap: 18,
        textStyle: { color: muted, fontSize: 12 },
        data: ['Position', `Trust in ${a}`, `Trust in ${b}`, ...(crises.length ? ['Crises'] : [])],
      },
      {
        top: '64.5%',
        left: 52,
        itemWidth: 8,
        itemHeight: 8,
        itemGap: 16,
        icon: 'circle',
        textStyle: { color: muted, fontSize: 12 },
        data: quadNames,
      },
    ],
    grid: [
      { left: 58, right: 58, top: 44, height: '50%' },
      { left: 58, right: 58, top: '70%', height: '14%' },
    ],
    axisPointer: { link: [{ xAxisIndex: 'all' }], lineStyle: { color: '#9aa3ad', type: 'dashed' } },
    xAxis: [0, 1].map((gridIndex) => ({
      type: 'time',
      gridIndex,
      min: first,
      max: last,
      axisLine: { lineStyle: { color: grid } },
      axisTick: { show: false },
      axisLabel: { show: gridIndex === 1, color: muted, fontSize: 11, hideOverlap: true },
      splitLine: { show: gridIndex === 0, lineStyle: { color: '#f1eee7' } },
    })),
    yAxis: [
      {
        gridIndex: 0, min: -1, max: 1, interval: 0.5, name: 'Position', nameLocation: 'middle', nameGap: 40,
        nameTextStyle: { color: muted, fontSize: 11 }, axisLabel: { color: muted, fontSize: 11, formatter: (v) => signed(v, 1) },
        splitLine: { lineStyle: { color: '#f1eee7' } },
      },
      {
        gridIndex: 0, min: 0, max: 1, interval: 0.25, position: 'right', name: 'μ (belief)', nameLocation: 'middle',
        nameGap: 40, nameTextStyle: { color: muted, fontSize: 11 }, axisLabel: { color: muted, fontSize: 11 },
        splitLine: { show: false },
      },
      {
        gridIndex: 1, min: -10, max: 10, interval: 10, name: 'Goldstein', nameLocation: 'middle', nameGap: 40,
        nameTextStyle: { color: muted, fontSize: 11 }, axisLabel: { color: muted, fontSize: 11 },
        splitLine: { lineStyle: { color: '#f1eee7' } },
      },
    ],
    series: [
      line('Position', series.periods.map((p) => p.position), ink, {
        z: 5,
        lineStyle: { color: ink, width: 2.5 },
        markArea: {
          silent: true,
          data: [
            [{ yAxis: -1, itemStyle: { color: zoneFills.distrust }, label: zoneLabel('Distrust') }, { yAxis: lower }],
            [{ yAxis: lower, itemStyle: { color: zoneFills.understanding }, label: zoneLabel('Understanding') }, { yAxis: upper }],
            [{ yAxis: upper, itemStyle: { color: zoneFills.trust }, label: zoneLabel('Trust') }, { yAxis: 1 }],
          ],
        },
        markLine: {
          silent: true,
          symbol: 'none',
          label: { show: false },
          lineStyle: { color: '#cfc9bc', type: 'solid', width: 1 },
          data: [{ yAxis: 0 }],
        },
      }),
      line(`Trust in ${a}`, series.periods.map((p) => p.mu_ab), muColors[0], { yAxisIndex: 1, lineStyle: { color: muColors[0], width: 1.5, type: [5, 3] } }),
      line(`Trust in ${b}`, series.periods.map((p) => p.mu_ba), muColors[1], { yAxisIndex: 1, lineStyle: { color: muColors[1], width: 1.5, type: [5, 3] } }),
      ...eventSeries,
      ...(crises.length ? [crisisSeries(crises)] : []),
      ...intervalBand(series, times),
    ],
    ...(interactive ? interactiveParts(series, a, b) : {}),
  };
}

/**
 * The 95% interval on each period's mean position (a bootstrap over its event days, docs/observer.md) as a grey band:
 * the low end, then the width stacked on it; a period without events has no interval and leaves a gap. Added after the
 * other series so their indexes, which the clicks and tooltips use, do not move.
 */
function intervalBand(series, times) {
  if (!series.periods.some((p) => p.position_low != null)) return [];
  const band = (name, value, extra) => ({
    name,
    type: 'line',
    xAxisIndex: 0,
    yAxisIndex: 0,
    data: series.periods.map((p, i) => [times[i], p.position_low == null ? null : value(p), i]),
    stack: 'interval',
    stackStrategy: 'all',
    symbol: 'none',
    lineStyle: { opacity: 0 },
    silent: true,
    tooltip: { show: false },
    z: 1,
    animation: false,
    ...extra,
  });
  return [
    band('Interval low', (p) => p.position_low),
    band('Interval', (p) => p.position_high - p.position_low, { areaStyle: { color: 'rgba(34, 34, 34, 0.12)' } }),
  ];
}

/** Crises: a shaded band over each episode and a marker at its peak that opens its details. */
function crisisSeries(crises) {
  return {
    name: 'Crises',
    type: 'scatter',
    xAxisIndex: 0,
    yAxisIndex: 0,
    data: crises.map((c, i) => [time(c.peak), 0.92, i]),
    symbol: 'triangle',
    symbolRotate: 180,
    symbolSize: 12,
    itemStyle: { color: crisisColor },
    z: 6,
    cursor: 'pointer',
    tooltip: { show: false },
    markArea: {
      silent: true,
      itemStyle: { color: 'rgba(123, 75, 148, 0.10)' },
      data: crises.map((c) => [{ xAxis: time(c.start) }, { xAxis: time(c.end) + day }]),
    },
    animation: false,
  };
}

function interactiveParts(series, a, b) {
  return {
    tooltip: {
      trigger: 'axis',
      confine: true,
      backgroundColor: 'rgba(255, 255, 255, 0.97)',
      borderColor: grid,
      textStyle: { color: ink, fontSize: 12 },
      extraCssText: 'box-shadow: 0 6px 24px rgba(31, 42, 51, 0.12); border-radius: 8px; max-width: 380px; white-space: normal;',
      formatter: (items) => tooltip(series, items, a, b),
    },
    dataZoom: [
      {
        type: 'slider', xAxisIndex: [0, 1], bottom: 10, height: 20, borderColor: grid, fillerColor: 'rgba(47, 127, 143, 0.12)',
        handleStyle: { color: '#ffffff', borderColor: '#9aa3ad' }, textStyle: { color: muted, fontSize: 11 },
        dataBackground: { lineStyle: { color: '#c9c3b6' }, areaStyle: { color: '#ece8df' } },
        labelFormatter: (v) => new Date(v).toISOString().slice(0, 10),
      },
      { type: 'inside', xAxisIndex: [0, 1], zoomOnMouseWheel: 'ctrl', moveOnMouseWheel: false },
    ],
    brush: {
      xAxisIndex: 'all',
      brushLink: 'all',
      brushType: 'lineX',
      brushMode: 'single',
      brushStyle: { color: 'rgba(47, 127, 143, 0.10)', borderColor: 'rgba(47, 127, 143, 0.6)', borderWidth: 1 },
      outOfBrush: { colorAlpha: 0.25 },
      throttleType: 'debounce',
      throttleDelay: 200,
    },
  };
}

function tooltip(series, items, a, b) {
  const own = items.find((item) => item.seriesName === 'Position') ?? items.find((item) => item.seriesIndex <= 2);
  if (!own) {
    const shown = items.slice(0, 4).map((item) => {
      const [t, goldstein, mentions, , what, source, target] = item.value;
      return `<div class="tt-row"><span class="tt-dot" style="background:${item.color}"></span>${escapeHtml(source)}→${escapeHtml(target)} ${escapeHtml(what)}`
        + ` <span class="tt-muted">${signed(goldstein, 1)} · ${mentions} ${mentions === 1 ? 'mention' : 'mentions'} · ${new Date(t).toISOString().slice(0, 10)}</span></div>`;
    });
    return shown.join('');
  }
  const p = series.periods[own.value[2]];
  const drivers = p.drivers.slice(0, 3).map((d) =>
    `<div class="tt-driver"><span class="${d.contribution >= 0 ? 'up' : 'down'}">${signed(d.contribution, 3)}</span> `
    + `${escapeHtml(arrow(d.direction))} · ${escapeHtml(d.cameo_name ?? d.cameo)} <span class="tt-muted">${d.date}</span></div>`).join('');
  return `<div class="tt-title">${periodName(p.period, series.freq)}</div>`
    + `<div class="tt-row"><b>${signed(p.position, 3)}</b> position · ${zoneNames[p.zone]}</div>`
    + `<div class="tt-row tt-muted">Trust in ${a} ${fixed(p.mu_ab)} · Trust in ${b} ${fixed(p.mu_ba)}</div>`
    + `<div class="tt-row tt-muted">${p.events} events: ${p.events_ab} ${a}→${b}, ${p.events_ba} ${b}→${a}</div>`
    + (drivers ? `<div class="tt-sub">Moved most by</div>${drivers}` : '');
}
