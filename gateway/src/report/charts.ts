import * as echarts from 'echarts';
import { num } from './labels';

/**
 * The report's charts, drawn on the server by Apache ECharts' server-side renderer (SVG string output, no
 * browser and no canvas): the SVG is embedded in the HTML and printed as is into the PDF.
 */
const FONT = 'DejaVu Sans, Noto Sans, Arial, sans-serif';
const MET = '#2e7d32';
const NOT_MET = '#c62828';
const NO_DATA = '#9e9e9e';

function render(width: number, height: number, option: echarts.EChartsOption): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ animation: false, textStyle: { fontFamily: FONT }, ...option });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

/** Axis bounds on round numbers (a step of 10, or 1 below 10%), within 0–100%. */
const step = (v: number) => (v <= 10 ? 1 : 10);
const niceCeil = (v: number) => Math.min(100, Math.ceil(v / step(v)) * step(v));
const niceFloor = (v: number) => Math.max(0, Math.floor(v / step(v)) * step(v));

const meets = (value: number, target: number, comparator: string) =>
  comparator === 'GTE' ? value >= target : comparator === 'GT' ? value > target : comparator === 'LTE' ? value <= target : value < target;

/**
 * Horizontal bars of the units (districts, or communes of a district) for one target, green where the unit
 * meets it, with the target as a vertical rule line and the scope's own value as a dashed one.
 */
export function unitBarChart(input: {
  title: string;
  units: Array<{ name: string; value: number | null }>;
  target: number;
  comparator: string;
  overall: number | null;
  overallLabel: string;
}): string {
  const units = [...input.units].reverse();
  const height = Math.max(220, 60 + units.length * 22);
  const values = units.map((u) => u.value ?? 0);
  const max = niceCeil(Math.max(input.target, ...values) * 1.04);
  return render(640, height, {
    title: {
      text: input.title,
      subtext: input.overall === null ? `${input.overallLabel}: không có số liệu` : `${input.overallLabel}: ${num(input.overall)}% (đường đứt)`,
      left: 0,
      subtextStyle: { fontSize: 10, color: '#555', fontFamily: FONT },
      textStyle: { fontSize: 13, fontWeight: 'bold', fontFamily: FONT } },
    grid: { left: 170, right: 40, top: 56, bottom: 26 },
    xAxis: { type: 'value', min: 0, max, axisLabel: { formatter: '{value}%', fontSize: 10 } },
    yAxis: { type: 'category', data: units.map((u) => u.name), axisLabel: { fontSize: 10, width: 160, overflow: 'truncate' } },
    series: [{
      type: 'bar',
      barMaxWidth: 14,
      data: units.map((u) => ({
        value: u.value ?? 0,
        itemStyle: { color: u.value === null ? NO_DATA : meets(u.value, input.target, input.comparator) ? MET : NOT_MET },
        // A bar too short to hold its figure (a 0%, or no data) has it written beside it.
        ...(u.value === null || u.value < max * 0.12 ? { label: { position: 'right' as const, color: '#333' } } : {}),
      })),
      label: { show: true, position: 'insideRight', color: '#fff', fontSize: 9, formatter: (p: any) => (units[p.dataIndex].value === null ? 'không có số liệu' : num(units[p.dataIndex].value)) },
      markLine: {
        symbol: 'none',
        silent: true,
        data: [
          { xAxis: input.target, lineStyle: { color: '#0b3d62', width: 2, type: 'solid' }, label: { formatter: `Chỉ tiêu ${num(input.target, 1)}%`, fontSize: 10, color: '#0b3d62' } },
          ...(input.overall === null ? [] : [{ xAxis: input.overall, lineStyle: { color: '#555', width: 1, type: 'dashed' as const }, label: { show: false } }]),
        ],
      },
    }],
  });
}

/**
 * One small multiple: the scope's value of one indicator over the years, with each programme target set on
 * that indicator (2015, 2020) as a rule line.
 */
export function trendChart(input: { title: string; points: Array<{ year: number; value: number | null }>; targets: Array<{ year: number | null; value: number }>; highlightYear: number }): string {
  const values = input.points.map((p) => p.value).filter((v): v is number => v !== null);
  const all = [...values, ...input.targets.map((t) => t.value)];
  const lo = values.length ? niceFloor(Math.min(...all) - 2) : 0;
  const hi = values.length ? niceCeil(Math.max(...all) + 2) : 100;
  const styles = [{ color: NOT_MET, type: 'dashed' as const, position: 'insideStartTop' as const }, { color: '#ef6c00', type: 'dotted' as const, position: 'insideEndTop' as const }];
  return render(300, 170, {
    title: { text: input.title, left: 0, textStyle: { fontSize: 10, fontWeight: 'bold', fontFamily: FONT, width: 290, overflow: 'truncate' } },
    grid: { left: 40, right: 12, top: 34, bottom: 22 },
    xAxis: { type: 'category', data: input.points.map((p) => String(p.year)), axisLabel: { fontSize: 8, interval: 1 } },
    yAxis: { type: 'value', min: lo, max: hi, interval: (hi - lo) / 2, axisLabel: { fontSize: 8, formatter: '{value}%' } },
    series: [{
      type: 'line',
      data: input.points.map((p) => ({ value: p.value, symbolSize: p.year === input.highlightYear ? 7 : 3 })),
      lineStyle: { color: '#0b3d62', width: 1.5 },
      itemStyle: { color: '#0b3d62' },
      connectNulls: false,
      markLine: {
        symbol: 'none', silent: true,
        data: input.targets.map((t, i) => ({
          yAxis: t.value,
          lineStyle: { color: styles[i % 2].color, type: styles[i % 2].type, width: 1 },
          label: { formatter: `${t.year ?? ''} ${num(t.value, 1)}%`.trim(), fontSize: 8, color: styles[i % 2].color, position: styles[i % 2].position },
        })),
      },
    }],
  });
}

/** Planned, allocated and spent per funding source (million đồng), side by side. */
export function fundingChart(input: { title: string; rows: Array<{ label: string; planned: number | null; allocated: number | null; spent: number | null }> }): string {
  const million = (v: number | null) => (v === null ? 0 : Math.round(v / 1_000_000));
  const series = (['planned', 'allocated', 'spent'] as const).map((k, i) => ({
    name: ['Kế hoạch', 'Được giao', 'Đã chi'][i], type: 'bar' as const, barMaxWidth: 18, data: input.rows.map((r) => million(r[k])),
    itemStyle: { color: ['#90a4ae', '#0b3d62', MET][i] }, label: { show: true, position: 'top' as const, fontSize: 9, formatter: (p: any) => num(p.value, 0) },
  }));
  return render(640, 300, {
    title: { text: input.title, subtext: 'triệu đồng', left: 0, textStyle: { fontSize: 13, fontWeight: 'bold', fontFamily: FONT }, subtextStyle: { fontSize: 10, color: '#555', fontFamily: FONT } },
    legend: { top: 4, right: 0, textStyle: { fontSize: 10 } },
    grid: { left: 60, right: 20, top: 60, bottom: 40 },
    xAxis: { type: 'category', data: input.rows.map((r) => r.label), axisLabel: { fontSize: 10, interval: 0 } },
    yAxis: { type: 'value', axisLabel: { fontSize: 10 } },
    series,
  });
}

/** Horizontal bars of the units for one figure without a programme target (grey where a unit has no data). */
export function plainBarChart(input: { title: string; subtitle: string; units: Array<{ name: string; value: number | null }> }): string {
  const units = [...input.units].reverse();
  return render(640, Math.max(220, 60 + units.length * 22), {
    title: { text: input.title, subtext: input.subtitle, left: 0, textStyle: { fontSize: 13, fontWeight: 'bold', fontFamily: FONT }, subtextStyle: { fontSize: 10, color: '#555', fontFamily: FONT } },
    grid: { left: 170, right: 40, top: 56, bottom: 26 },
    xAxis: { type: 'value', min: 0, axisLabel: { fontSize: 10 } },
    yAxis: { type: 'category', data: units.map((u) => u.name), axisLabel: { fontSize: 10, width: 160, overflow: 'truncate' } },
    series: [{
      type: 'bar', barMaxWidth: 14,
      data: units.map((u) => ({ value: u.value ?? 0, itemStyle: { color: u.value === null ? NO_DATA : '#0b3d62' } })),
      label: { show: true, position: 'right', color: '#333', fontSize: 9, formatter: (p: any) => (units[p.dataIndex].value === null ? 'không có số liệu' : num(units[p.dataIndex].value)) },
    }],
  });
}
