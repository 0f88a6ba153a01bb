// One palette for every chart and the page (app.css uses the same values).

export const ink = '#1f2a33';
export const muted = '#6b7280';
export const grid = '#e7e3da';
export const font = '"Inter", "Segoe UI", system-ui, -apple-system, Roboto, "Helvetica Neue", "Liberation Sans", "DejaVu Sans", sans-serif';

/** Belief of B in A (mu_ab) and of A in B (mu_ba). */
export const muColors = ['#2f7f8f', '#b5651d'];

/** QuadClass 1..4: verbal and material cooperation, verbal and material conflict. */
export const quadColors = ['#8fc1ad', '#2e7d5b', '#e0a458', '#b8433a'];

export const zoneFills = {
  distrust: 'rgba(184, 67, 58, 0.08)',
  understanding: 'rgba(120, 113, 98, 0.035)',
  trust: 'rgba(46, 125, 91, 0.09)',
};

/** Heat map: distrust to trust. */
export const diverging = ['#b8433a', '#e3a08f', '#f4efe6', '#93c4a8', '#2e7d5b'];

/** Crisis episodes: markers and bands on the timeline. */
export const crisisColor = '#7b4b94';
