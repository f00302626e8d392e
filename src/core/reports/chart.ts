/**
 * The /stats trend as a picture: ECharts renders the chart to SVG on the server (no DOM), resvg turns it
 * into a PNG a phone shows inline. Labels come from the caller (Fluent); rates are percentages, "—"
 * months (nothing due yet) are gaps, not zeros.
 */
import type { EChartsOption } from 'echarts';
import { rateOf, ratios } from './figures.js';
import type { MonthFigures } from './trend.js';

export interface ChartLabels {
  title: string;
  response: string;
  closure: string;
  solved: string;
  satisfaction: string;
}

const pct = (r: number | undefined) => (r === undefined ? null : Math.round(r * 1000) / 10);

/** The ECharts option of the trend (the board draws the same option in the browser). */
export function trendOption(months: readonly MonthFigures[], labels: ChartLabels): EChartsOption {
  // Each rate has its own mark as well as its colour, so the lines are told apart without colour (QA22).
  const marks = ['circle', 'rect', 'triangle', 'diamond'];
  let n = 0;
  const series = (name: string, pick: (m: MonthFigures) => number | undefined) => ({
    name,
    type: 'line' as const,
    symbol: marks[n++ % marks.length],
    symbolSize: 7,
    connectNulls: false,
    data: months.map((m) => pct(pick(m))),
  });
  return {
    animation: false,
    backgroundColor: '#ffffff',
    title: { text: labels.title, left: 'center', textStyle: { fontSize: 14 } },
    legend: { bottom: 0 },
    grid: { left: 40, right: 20, top: 40, bottom: 50 },
    tooltip: { trigger: 'axis' },
    xAxis: { type: 'category', data: months.map((m) => m.month) },
    yAxis: { type: 'value', min: 0, max: 100, axisLabel: { formatter: '{value}%' } },
    series: [
      series(labels.response, (m) => rateOf(ratios(m.figures).response)),
      series(labels.closure, (m) => rateOf(ratios(m.figures).closure)),
      series(labels.solved, (m) => rateOf(ratios(m.figures).solved)),
      series(labels.satisfaction, (m) => rateOf(ratios(m.figures).satisfaction)),
    ],
  };
}

/**
 * ECharts and resvg are loaded on the first chart, not at start: together they are most of the start-up
 * time and memory of a bot that may never be asked for one.
 */
export async function trendPng(months: readonly MonthFigures[], labels: ChartLabels): Promise<Buffer> {
  const [echarts, { Resvg }] = await Promise.all([import('echarts'), import('@resvg/resvg-js')]);
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 720, height: 400 });
  try {
    chart.setOption(trendOption(months, labels));
    const svg = chart.renderToSVGString();
    return new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'Noto Sans CJK SC' } })
      .render()
      .asPng();
  } finally {
    chart.dispose();
  }
}
