// Number and date formatting shared by the views.

export const quadNames = ['Verbal cooperation', 'Material cooperation', 'Verbal conflict', 'Material conflict'];

export const zoneNames = { distrust: 'Distrust', understanding: 'Understanding', trust: 'Trust' };

const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });

export const count = (n) => integer.format(n);

/** +0.12 / −0.12, and 0.00 without a sign when the value rounds to zero. */
export function signed(x, digits = 2) {
  const text = Math.abs(x).toFixed(digits);
  if (Number(text) === 0) return text;
  return (x > 0 ? '+' : '−') + text;
}

/** USA->CHN as USA→CHN. */
export const arrow = (direction) => direction.replace('->', '→');

export const fixed = (x, digits = 3) => (x === null || x === undefined ? '–' : x.toFixed(digits));

const months = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A period's name for its frequency: 2018, May 2018, week of 7 May 2018, 8 May 2018. */
export function periodName(iso, freq) {
  const [y, m, d] = iso.split('-').map(Number);
  switch (freq) {
    case 'year': return `${y}`;
    case 'month': return `${months[m - 1]} ${y}`;
    case 'week': return `Week of ${d} ${months[m - 1]} ${y}`;
    default: return `${d} ${months[m - 1]} ${y}`;
  }
}

export const dayName = (iso) => periodName(iso, 'day');

/** The last day of the period that starts on `iso`, as an ISO date: beliefs are as of that day. */
export function periodEnd(iso, freq) {
  const date = new Date(`${iso}T00:00:00Z`);
  if (freq === 'day') return iso;
  if (freq === 'week') date.setUTCDate(date.getUTCDate() + 6);
  else if (freq === 'month') date.setUTCMonth(date.getUTCMonth() + 1, 0);
  else date.setUTCFullYear(date.getUTCFullYear() + 1, 0, 0);
  return date.toISOString().slice(0, 10);
}

export function escapeHtml(text) {
  return String(text ?? '').replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}
