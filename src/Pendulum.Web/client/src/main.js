// The dashboard: two views behind hash routes (#/pair/USA-CHN?freq=month, #/matrix?actors=...&at=...), both drawn
// from the JSON API of the server that serves this page.
import { api, ApiError } from './api.js';
import { disposeCharts } from './charts.js';
import { count, escapeHtml } from './format.js';
import { showMatrix } from './matrixView.js';
import { learnNames, showPair } from './pairView.js';
import { showScenarios } from './scenariosView.js';

let store;

/** The store's pairs, once per page load, with the countries they involve (busiest first). */
async function loadStore() {
  const [pairs, features] = await Promise.all([api.pairs(), api.features()]);
  document.querySelectorAll('[data-feature]').forEach((tab) => {
    tab.hidden = !tab.dataset.feature.split(',').every((f) => features[f]);
  });
  const byCountry = new Map();
  for (const p of pairs) {
    for (const [code, name] of [[p.country_a, p.name_a], [p.country_b, p.name_b]]) {
      const entry = byCountry.get(code) ?? { code, name: name ?? code, events: 0 };
      entry.events += p.events;
      byCountry.set(code, entry);
    }
  }
  const dates = pairs.flatMap((p) => [p.first, p.last]).sort();
  learnNames(pairs);
  const events = pairs.reduce((sum, p) => sum + p.events, 0);
  document.querySelector('#store-summary').textContent =
    `${count(pairs.length)} pairs · ${count(events)} events between countries`;
  return {
    pairs,
    features,
    countries: [...byCountry.values()].sort((x, y) => y.events - x.events || x.code.localeCompare(y.code)),
    first: dates[0],
    last: dates.at(-1),
  };
}

function parseRoute() {
  const [path, query] = location.hash.replace(/^#/, '').split('?');
  const parts = path.split('/').filter(Boolean);
  return {
    view: ['matrix', 'scenarios'].includes(parts[0]) ? parts[0] : 'pair',
    pair: parts[0] === 'pair' && parts[1] ? parts[1].toUpperCase() : null,
    params: new URLSearchParams(query ?? ''),
  };
}

async function render() {
  const view = document.querySelector('#view');
  const route = parseRoute();
  disposeCharts();
  document.querySelectorAll('.tabs a').forEach((tab) =>
    tab.setAttribute('aria-current', tab.dataset.view === route.view ? 'page' : 'false'));
  document.body.dataset.view = route.view;
  view.dataset.state = 'loading';
  try {
    store ??= await loadStore();
    if (route.view === 'matrix') await showMatrix(view, store, route);
    else if (route.view === 'scenarios') await showScenarios(view, store);
    else await showPair(view, store, route);
    view.dataset.state = 'ready';
  } catch (error) {
    view.dataset.state = 'error';
    const title = error instanceof ApiError ? error.title : 'Something went wrong';
    const target = view.querySelector('#pair-main') ?? view;
    target.innerHTML = `<div class="card problem" role="alert"><h2>${escapeHtml(title)}</h2>
      <p>${escapeHtml(error.message)}</p><p><a href="#/">Back to the timeline</a></p></div>`;
  }
}

window.addEventListener('hashchange', render);
render();
