// The channels panel: each channel of the pair as a row of spans (active, dormant, suspended, closed); a click on a
// span shows the change that began it and the events behind that change.
import { createChart, downloadBar, renderSvg, toCsv, wireDownloads } from './charts.js';
import { escapeHtml, count, dayName } from './format.js';
import { eventItem } from './crisesView.js';
import { font, grid, ink, muted } from './theme.js';

export const statusColors = { active: '#5f9e86', dormant: '#cfc8b8', suspended: '#b8433a', closed: '#8d8d8d' };
const statusLabels = { active: 'Active', dormant: 'Dormant', suspended: 'Suspended', closed: 'Closed' };
const day = 24 * 3600 * 1000;
const time = (iso) => Date.parse(`${iso}T00:00:00Z`);

/** The spans of every channel: from each change to the next (a resumption is active again). */
function spans(channels, last) {
  const items = [];
  channels.forEach((c, row) => {
    c.changes.forEach((change, k) => {
      const status = change.status === 'resumed' ? 'active' : change.status;
      const end = k + 1 < c.changes.length ? time(c.changes[k + 1].date) : last;
      items.push({ row, status, start: time(change.date), end: Math.max(end, time(change.date) + day), change: k });
    });
  });
  return items;
}

function channelsOption(channels, range, { interactive = true } = {}) {
  const last = time(range.to) + day;
  const items = spans(channels, last);
  const names = channels.map((c) => c.title ?? c.channel);
  return {
    animation: false,
    backgroundColor: '#ffffff',
    textStyle: { fontFamily: font, color: ink },
    grid: { left: 190, right: 24, top: 36, bottom: 30 },
    legend: {
      top: 4, left: 190, itemWidth: 14, itemHeight: 8, textStyle: { color: muted, fontSize: 12 },
      data: Object.values(statusLabels),
    },
    tooltip: interactive ? {
      confine: true,
      formatter: (p) => {
        const c = channels[p.value[0]];
        const change = c.changes[p.value[4]];
        return `<div class="tt-title">${escapeHtml(names[p.value[0]])}</div>`
          + `<div class="tt-row">${statusLabels[p.value[3]]} from ${change.date}</div>`
          + `<div class="tt-row tt-muted">${escapeHtml(change.reason)}</div>`
          + (change.event_count ? `<div class="tt-row tt-muted">${count(change.event_count)} events behind it; click to list them</div>` : '');
      },
    } : undefined,
    xAxis: {
      type: 'time', min: time(range.from), max: last, axisLine: { lineStyle: { color: grid } }, axisTick: { show: false },
      axisLabel: { color: muted, fontSize: 11, hideOverlap: true }, splitLine: { show: true, lineStyle: { color: '#f1eee7' } },
    },
    yAxis: {
      type: 'category', data: names, inverse: true, axisLine: { show: false }, axisTick: { show: false },
      axisLabel: { color: ink, fontSize: 12, width: 170, overflow: 'truncate' },
    },
    series: [
      ...Object.entries(statusLabels).map(([status, label]) => ({
        name: label,
        type: 'custom',
        renderItem: (params, api) => {
          const start = api.coord([api.value(1), api.value(0)]);
          const end = api.coord([api.value(2), api.value(0)]);
          const height = api.size([0, 1])[1] * 0.56;
          const rect = { x: start[0], y: start[1] - height / 2, width: Math.max(2, end[0] - start[0]), height };
          const clipped = params.coordSys;
          return {
            type: 'rect',
            shape: {
              x: Math.max(rect.x, clipped.x), y: rect.y, height: rect.height,
              width: Math.max(2, Math.min(rect.x + rect.width, clipped.x + clipped.width) - Math.max(rect.x, clipped.x)),
              r: 2,
            },
            style: { fill: statusColors[status] },
          };
        },
        itemStyle: { color: statusColors[status] },
        encode: { x: [1, 2], y: 0 },
        data: items.filter((s) => s.status === status).map((s) => [s.row, s.start, s.end, s.status, s.change]),
      })),
    ],
  };
}

export function renderChannels(card, pair, channels, range) {
  card.innerHTML = `
    <div class="card-head"><h2>Channels <span class="count">${count(channels.length)}</span></h2>
      ${channels.length ? downloadBar('channels-data') : ''}</div>
    ${channels.length === 0
    ? '<p class="quiet">No channel in this range: no summit, dialogue, exchange or hotline event between the two, and none declared.</p>'
    : `<p class="panel-note">Each channel's status over time: active, dormant (silent far longer than usual), suspended or closed.
        Click a span for the change that began it and the events behind it.</p>
      <div class="chart channels" id="channel-chart" data-spans="0" style="height:${80 + 34 * channels.length}px"
        role="img" aria-label="Channel statuses of ${pair} over time"></div>
      <div class="channel-change" id="channel-change"></div>`}`;
  if (channels.length === 0) return;
  const element = card.querySelector('#channel-chart');
  const chart = createChart(element);
  chart.on('finished', () => {
    element.dataset.spans = String(chart.getOption().series.reduce((n, s) => n + s.data.length, 0));
  });
  chart.setOption(channelsOption(channels, range));
  const change = card.querySelector('#channel-change');
  const show = (row, k) => {
    const c = channels[row];
    const ch = c.changes[k];
    change.innerHTML = `<h3>${escapeHtml(c.title ?? c.channel)}: ${escapeHtml(ch.status)} from ${dayName(ch.date)}</h3>
      <p class="panel-note">${escapeHtml(ch.reason)}${c.declared ? ' · declared channel' : ''} · ${escapeHtml(c.kind)}</p>
      ${ch.events.length ? `<ul class="event-list">${ch.events.map(eventItem).join('')}</ul>`
    : '<p class="quiet">No event behind this change: it comes from the calendar (a silence, or a declared date).</p>'}`;
  };
  chart.on('click', (event) => show(event.value[0], event.value[4]));
  const latest = channels.flatMap((c, row) => c.changes.map((ch, k) => ({ row, k, date: ch.date, status: ch.status })))
    .filter((x) => x.status === 'suspended').sort((x, y) => y.date.localeCompare(x.date))[0];
  if (latest) show(latest.row, latest.k);
  else change.innerHTML = '<p class="quiet">No suspension in this range.</p>';

  wireDownloads(card, 'channels-data', {
    name: `${pair}-channels`,
    csv: () => toCsv(['channel', 'kind', 'declared', 'date', 'status', 'reason', 'event_count', 'events'],
      channels.flatMap((c) => c.changes.map((ch) => ({
        channel: c.channel, kind: c.kind, declared: c.declared, date: ch.date, status: ch.status, reason: ch.reason,
        event_count: ch.event_count, events: ch.events.map((e) => `${e.dataset}:${e.event_id}`).join(';'),
      })))),
    json: () => channels,
    svg: () => renderSvg(channelsOption(channels, range, { interactive: false }), chart.getWidth(), chart.getHeight()),
  });
}
