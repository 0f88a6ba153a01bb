// ECharts, with only the parts the dashboard uses (the bundle stays small), and the chart downloads.
import * as echarts from 'echarts/core';
import { CustomChart, HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  BrushComponent, DataZoomComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent,
  TitleComponent, TooltipComponent, VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  LineChart, ScatterChart, HeatmapChart, CustomChart, GridComponent, TooltipComponent, DataZoomComponent, BrushComponent,
  MarkAreaComponent, MarkLineComponent, LegendComponent, TitleComponent, VisualMapComponent,
  CanvasRenderer, SVGRenderer,
]);

const live = new Set();

/** A chart in `element`, resized with the window, and disposed when its view is replaced. */
export function createChart(element) {
  const chart = echarts.init(element, null, { renderer: 'canvas' });
  live.add(chart);
  return chart;
}

export function disposeCharts() {
  for (const chart of live) chart.dispose();
  live.clear();
}

window.addEventListener('resize', () => {
  for (const chart of live) chart.resize();
});

/** An option drawn by ECharts' SVG renderer, off screen, as the text of an SVG file. */
export function renderSvg(option, width, height) {
  const svg = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  svg.setOption({ ...option, animation: false });
  const text = svg.renderToSVGString();
  svg.dispose();
  return text;
}

export function saveText(text, fileName, type) {
  const blob = new Blob([text], { type });
  const link = document.createElement('a');
  link.href = URL.createObjectURL(blob);
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(link.href), 1000);
}

export { echarts };

/** Rows of objects as CSV text with a header, quoting where needed (pandas and R read it as is). */
export function toCsv(columns, rows) {
  const cell = (v) => {
    if (v === null || v === undefined) return '';
    const text = String(v);
    return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join('\n') + '\n';
}

/** Download links for a chart: its data as CSV and JSON, and the chart itself as SVG. */
export function downloadBar(id, { svg = true } = {}) {
  return `<div class="downloads" aria-label="Downloads"><span>Download</span>
    <button type="button" class="link" id="${id}-csv">CSV</button>
    <button type="button" class="link" id="${id}-json">JSON</button>
    ${svg ? `<button type="button" class="link" id="${id}-svg">Chart SVG</button>` : ''}</div>`;
}

/** Wires a download bar made by `downloadBar`. */
export function wireDownloads(root, id, { name, csv, json, svg }) {
  root.querySelector(`#${id}-csv`)?.addEventListener('click', () => saveText(csv(), `${name}.csv`, 'text/csv'));
  root.querySelector(`#${id}-json`)?.addEventListener('click', () =>
    saveText(JSON.stringify(json(), null, 2), `${name}.json`, 'application/json'));
  root.querySelector(`#${id}-svg`)?.addEventListener('click', () => saveText(svg(), `${name}.svg`, 'image/svg+xml'));
}
