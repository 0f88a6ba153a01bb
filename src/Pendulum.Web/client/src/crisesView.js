// The crises panel: a table of the pair's crisis episodes; a row (or a marker on the timeline) opens its details:
// what set it off, which channels were suspended, and how it ended.
import { downloadBar, toCsv, wireDownloads } from './charts.js';
import { arrow, count, dayName, escapeHtml, signed } from './format.js';
import { quadColors } from './theme.js';

const triggerWords = {
  intensity: 'a burst of material conflict above its usual level',
  mu_drop: 'a sharp fall in mutual trust',
  both: 'a burst of material conflict and a sharp fall in trust on the same day',
};

const csvColumns = ['start', 'peak', 'end', 'days', 'ongoing', 'severity', 'excess_intensity', 'mu_drop', 'peak_intensity', 'trigger',
  'triggers', 'suspended_channels'];

/** Draws the panel into `card`; returns a function that opens crisis `i`. */
export function renderCrises(card, pair, crises) {
  card.innerHTML = `
    <div class="card-head"><h2>Crises <span class="count">${count(crises.length)}</span></h2>
      ${crises.length ? downloadBar('crises-data', { svg: false }) : ''}</div>
    ${crises.length === 0
    ? '<p class="quiet">No crisis episode in this range: no day of material conflict far above its usual level and no sharp fall in trust.</p>'
    : `<p class="panel-note">Episodes of abnormal material conflict or falling trust, also marked ▼ on the timeline. Choose one for its details.</p>
    <div class="crisis-layout">
      <table class="events crisis-table"><thead><tr><th>Start</th><th>End</th><th class="num">Days</th><th class="num">Severity</th>
        <th>Channels suspended</th></tr></thead>
        <tbody>${crises.map((c, i) => `<tr data-crisis="${i}" tabindex="0">
          <td><button type="button" class="link">${c.start}</button></td><td>${c.end}${c.ongoing ? ' <span class="tag">ongoing</span>' : ''}</td>
          <td class="num">${count(c.days)}</td><td class="num">${c.severity.toFixed(2)}</td>
          <td>${escapeHtml(unique(c.suspended_channels.map((s) => s.channel)).join(', ')) || '<span class="quiet">none</span>'}</td></tr>`).join('')}</tbody></table>
      <div class="crisis-details" id="crisis-details"><p class="quiet">Choose a crisis to see what set it off, the channels it
        suspended and how it ended.</p></div>
    </div>`}`;
  if (crises.length === 0) return () => {};
  wireDownloads(card, 'crises-data', {
    name: `${pair}-crises`,
    csv: () => toCsv(csvColumns, crises.map((c) => ({
      ...c,
      triggers: c.triggers.map((e) => `${e.dataset}:${e.event_id}`).join(';'),
      suspended_channels: unique(c.suspended_channels.map((s) => s.channel)).join(';'),
    }))),
    json: () => crises,
  });
  const open = (i) => {
    card.querySelectorAll('tr[data-crisis]').forEach((row) => row.classList.toggle('selected', Number(row.dataset.crisis) === i));
    renderDetails(card.querySelector('#crisis-details'), crises[i]);
  };
  card.querySelectorAll('tr[data-crisis]').forEach((row) => {
    row.addEventListener('click', () => open(Number(row.dataset.crisis)));
    row.addEventListener('keydown', (event) => {
      if (event.key === 'Enter') open(Number(row.dataset.crisis));
    });
  });
  return (i) => {
    open(i);
    card.scrollIntoView({ behavior: 'smooth', block: 'nearest' });
  };
}

function renderDetails(panel, c) {
  const suspended = c.suspended_channels;
  panel.innerHTML = `
    <h3>${dayName(c.start)} – ${dayName(c.end)}</h3>
    <p class="panel-note">${count(c.days)} ${c.days === 1 ? 'day' : 'days'} · peak ${dayName(c.peak)} · severity ${c.severity.toFixed(2)}
      (intensity above usual ${c.excess_intensity.toFixed(2)}, fall of trust ${c.mu_drop.toFixed(2)})</p>
    <h4>What set it off</h4>
    <p>${escapeHtml(triggerWords[c.trigger] ?? c.trigger)}${c.triggers.length ? ', on these events:' : '.'}</p>
    ${c.triggers.length ? `<ul class="event-list">${c.triggers.slice(0, shownTriggers).map(eventItem).join('')}</ul>` : ''}
    ${c.triggers.length > shownTriggers ? `<p class="meta">and ${count(c.triggers.length - shownTriggers)} more of that day in the JSON download</p>` : ''}
    <h4>Channels suspended</h4>
    ${suspended.length === 0 ? '<p class="quiet">None: every channel stayed open.</p>' : `<ul class="channel-list">${suspended.map((s) => `
      <li><b>${escapeHtml(s.channel)}</b> <span class="quiet">${escapeHtml(s.kind)}</span><br>
        <span class="meta">${s.since} to ${s.until ?? 'the end of the data'} · ${escapeHtml(s.reason)}</span></li>`).join('')}</ul>`}
    <h4>How it ended</h4>
    <p>${ending(c)}</p>`;
}

function ending(c) {
  if (c.ongoing) return `Still open when the data end (last abnormal day ${dayName(c.end)}).`;
  const resumed = c.suspended_channels.filter((s) => s.until);
  const still = c.suspended_channels.filter((s) => !s.until);
  let text = `It ended on ${dayName(c.end)}: after that day conflict fell back to its usual level and trust stopped falling.`;
  if (resumed.length) text += ` ${resumed.map((s) => `${escapeHtml(s.channel)} resumed on ${dayName(s.until)}`).join('; ')}.`;
  if (still.length) text += ` ${still.map((s) => escapeHtml(s.channel)).join(', ')} stayed suspended to the end of the data.`;
  return text;
}

/** One event of a nested list (a crisis's triggers, a channel change's events). */
export function eventItem(e) {
  return `<li><span class="tt-dot" style="background:${quadColors[e.quad_class - 1]}"></span>
    <span>${escapeHtml(e.cameo_name ?? e.cameo)}
      <span class="meta">${e.date} · ${escapeHtml(arrow(`${e.source_country ?? '—'}->${e.target_country ?? '—'}`))} · CAMEO ${escapeHtml(e.cameo)}
        · Goldstein ${signed(e.goldstein, 1)} · ${count(e.mentions)} ${e.mentions === 1 ? 'mention' : 'mentions'}
        ${e.url ? `· <a href="${escapeHtml(e.url)}" target="_blank" rel="noopener noreferrer">source</a>` : ''}</span></span></li>`;
}

const unique = (items) => [...new Set(items)];
const shownTriggers = 5;
