// The pair picker: every pair in the store, searchable by code or country name, busiest first.
import { count, escapeHtml } from './format.js';

const shownAtOnce = 300;

export function renderPicker(container, pairs, current, onPick) {
  container.innerHTML = `
    <label class="picker-label" for="pair-search">Pairs in the store</label>
    <input id="pair-search" class="picker-search" type="search" placeholder="Search a country or code" autocomplete="off">
    <ol class="picker-list" id="pair-list"></ol>
    <p class="picker-more" id="pair-more"></p>`;
  const search = container.querySelector('#pair-search');
  const list = container.querySelector('#pair-list');
  const more = container.querySelector('#pair-more');
  const busiest = pairs.length > 0 ? pairs[0].events : 1;
  const matches = (pair, words) => words.every((w) =>
    `${pair.pair} ${pair.name_a ?? ''} ${pair.name_b ?? ''}`.toLowerCase().includes(w));

  const draw = () => {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    const found = pairs.filter((p) => matches(p, words));
    list.innerHTML = found.slice(0, shownAtOnce).map((p) => {
      const selected = current && samePair(p.pair, current);
      return `<li><button type="button" class="picker-item${selected ? ' selected' : ''}" data-pair="${p.pair}"
          aria-current="${selected ? 'true' : 'false'}">
        <span class="picker-names">${escapeHtml(p.name_a ?? p.country_a)} – ${escapeHtml(p.name_b ?? p.country_b)}</span>
        <span class="picker-meta"><span class="code">${p.pair}</span><span>${count(p.events)}</span></span>
        <span class="picker-bar" style="width:${Math.max(2, (100 * p.events) / busiest).toFixed(1)}%"></span>
      </button></li>`;
    }).join('');
    more.textContent = found.length > shownAtOnce
      ? `${count(found.length - shownAtOnce)} more: narrow the search`
      : found.length === 0 ? 'No pair matches.' : '';
  };
  search.addEventListener('input', draw);
  list.addEventListener('click', (event) => {
    const item = event.target.closest('[data-pair]');
    if (item) onPick(item.dataset.pair);
  });
  draw();
}

export function samePair(x, y) {
  const [a, b] = x.split('-');
  return x === y || `${b}-${a}` === y;
}
