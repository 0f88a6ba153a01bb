// ECharts, with only the parts the dashboard uses (the bundle stays small), and the chart downloads.
import * as echarts from 'echarts/core';
import { HeatmapChart, LineChart, ScatterChart } from 'echarts/charts';
import {
  BrushComponent, DataZoomComponent, GridComponent, LegendComponent, MarkAreaComponent, MarkLineComponent,
  TitleComponent, TooltipComponent, VisualMapComponent,
} from 'echarts/components';
import { CanvasRenderer, SVGRenderer } from 'echarts/renderers';

echarts.use([
  LineChart, ScatterChart, HeatmapChart, GridComponent, TooltipComponent, DataZoomComponent, BrushComponent,
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
