import { createHash } from 'node:crypto';
import { geoMercator, geoPath } from 'd3-geo';
import { scaleOrdinal, scaleQuantize } from 'd3-scale';
import { schemeTableau10, schemeYlGnBu } from 'd3-scale-chromatic';
import type { MapData, MapUnit } from './data';

/**
 * A choropleth of one subject over the units of a year, as a self-contained SVG: a <path data-code="<GSO code>"> per
 * unit (no ids on units, so two maps can share a page), a legend of the classes, the units' names, the year, the
 * sources, and the SYNTHETIC label when any figure drawn is synthetic. d3-geo projects (Mercator fitted to the
 * shapes) and draws; d3-scale cuts the classes; d3-scale-chromatic gives the colours.
 */
const WIDTH = 900;
const MAP_HEIGHT = 620;
const LEGEND_HEIGHT = 150;
const CLASSES = 5;
const NO_DATA = '#d9d9d9';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (n: number) => (Math.abs(n) >= 100 || Number.isInteger(n) ? n.toFixed(0) : n.toFixed(1));

/** The class bounds and colour of each class, from the subject's fixed domain or the values' own range. */
function numericClasses(data: MapData): { colourOf: (v: number) => string; legend: Array<{ colour: string; label: string }> } {
  const values = [...data.units.values()].map((u) => u.value).filter((v): v is number => v !== null);
  let [lo, hi] = data.subject.domain ?? [Math.min(...values), Math.max(...values)];
  if (!values.length && !data.subject.domain) [lo, hi] = [0, 1];
  if (lo === hi) hi = lo + 1;
  const colours = schemeYlGnBu[CLASSES] as readonly string[];
  const scale = scaleQuantize<string>().domain([lo, hi]).range(colours as string[]);
  const legend = colours.map((colour) => {
    const [a, b] = scale.invertExtent(colour);
    return { colour, label: `${fmt(a)} – ${fmt(b)}` };
  });
  return { colourOf: (v) => scale(v), legend };
}

function categoryClasses(data: MapData): { colourOf: (c: string) => string; legend: Array<{ colour: string; label: string }> } {
  const categories = [...new Set([...data.units.values()].map((u) => u.category).filter((c): c is string => c !== null))].sort();
  const scale = scaleOrdinal<string, string>().domain(categories).range(schemeTableau10 as string[]);
  return { colourOf: (c) => scale(c), legend: categories.map((c) => ({ colour: scale(c), label: c })) };
}

export function renderMapSvg(data: MapData): string {
  const { shapes, units, subject, year } = data;
  // A per-map prefix for the one id the SVG needs (the no-data hatch), so maps sharing a page do not collide.
  const prefix = `m${createHash('sha1').update(`${subject.code}|${year}|${data.boundaries}|${shapes.level}`).digest('hex').slice(0, 8)}`;
  const collection = { type: 'FeatureCollection' as const, features: shapes.features };
  const projection = geoMercator().fitExtent([[20, 70], [WIDTH - 20, MAP_HEIGHT - 10]], collection);
  const path = geoPath(projection);
  const numeric = subject.scale === 'numeric' ? numericClasses(data) : undefined;
  const category = subject.scale === 'category' ? categoryClasses(data) : undefined;
  const fillOf = (u: MapUnit | undefined): string => {
    if (!u || !u.complete) return `url(#${prefix}-nodata)`;
    if (numeric) return u.value === null ? `url(#${prefix}-nodata)` : numeric.colourOf(u.value);
    return u.category === null ? `url(#${prefix}-nodata)` : category!.colourOf(u.category);
  };
  const valueText = (u: MapUnit | undefined): string => {
    if (!u) return 'không có số liệu / no data';
    if (!u.complete) return 'không đầy đủ / incomplete';
    if (numeric) return u.value === null ? 'không có số liệu / no data' : `${fmt(u.value)} ${subject.unit === 'percent' ? '%' : subject.unit}`;
    return u.category ?? 'không có số liệu / no data';
  };
  const paths = shapes.features.map((f) => {
    const code = f.properties.code;
    const u = units.get(code);
    const name = u?.name ?? f.properties.name;
    return `<path class="unit" data-code="${esc(code)}" data-value="${u?.value ?? ''}" fill="${fillOf(u)}" stroke="#ffffff" stroke-width="${shapes.level === 'district' ? 1.2 : 0.6}" d="${path(f)}"><title>${esc(`${name} (${code}): ${valueText(u)}`)}</title></path>`;
  });
  const labels = shapes.features.map((f) => {
    const [x, y] = path.centroid(f);
    const name = units.get(f.properties.code)?.name ?? f.properties.name;
    const short = name.replace(/^(Thành phố|Huyện|Thị xã|Phường|Xã|Thị trấn)\s+/, '');
    return `<text x="${x.toFixed(1)}" y="${y.toFixed(1)}" class="label ${shapes.level}">${esc(short)}</text>`;
  });
  const legendItems = [...(numeric?.legend ?? category!.legend), { colour: `url(#${prefix}-nodata)`, label: 'không có số liệu / no data' }];
  const legend = legendItems.map((item, i) => {
    const x = 20 + (i % 3) * 290;
    const y = MAP_HEIGHT + 22 + Math.floor(i / 3) * 24;
    return `<rect x="${x}" y="${y}" width="22" height="14" fill="${item.colour}" stroke="#777" stroke-width="0.5"/><text x="${x + 30}" y="${y + 11}" class="legend">${esc(item.label)}</text>`;
  });
  const levelText = shapes.level === 'district'
    ? `${shapes.features.length} huyện, thành phố / districts${year < 2013 ? ' (Vân Hồ thuộc Mộc Châu / Vân Hồ part of Mộc Châu)' : ''}`
    : `${shapes.features.length} xã, phường của ngày 01/07/2025 / communes of today${year < 2025 ? ', tổng hợp từ đơn vị cũ / summed from predecessors' : ''}`;
  const footerY = MAP_HEIGHT + LEGEND_HEIGHT - 40;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${MAP_HEIGHT + LEGEND_HEIGHT}" width="${WIDTH}" height="${MAP_HEIGHT + LEGEND_HEIGHT}" role="img" aria-label="${esc(`${subject.titleVi} ${year}`)}" data-subject="${esc(subject.code)}" data-year="${year}" data-level="${shapes.level}">`,
    `<defs><pattern id="${prefix}-nodata" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="${NO_DATA}"/><line x1="0" y1="0" x2="0" y2="6" stroke="#9e9e9e" stroke-width="1.5"/></pattern>`,
    `<style>text{font-family:'DejaVu Sans',Arial,sans-serif;fill:#222}.title{font-size:20px;font-weight:bold}.subtitle{font-size:13px}.label{font-size:11px;text-anchor:middle;paint-order:stroke;stroke:#fff;stroke-width:2.5px}.label.commune{font-size:6.5px;stroke-width:1.5px}.legend{font-size:12px}.source{font-size:10px;fill:#555}.synthetic{font-size:13px;font-weight:bold;fill:#b00020}</style></defs>`,
    `<text x="20" y="28" class="title">${esc(`${subject.titleVi} năm ${year}`)}</text>`,
    `<text x="20" y="50" class="subtitle">${esc(`${subject.title}, ${year} · ${levelText}`)}</text>`,
    `<g class="units">${paths.join('')}</g>`,
    `<g class="labels">${labels.join('')}</g>`,
    `<g class="legend">${legend.join('')}</g>`,
    data.synthetic ? `<text x="20" y="${footerY}" class="synthetic">DỮ LIỆU MẪU · SYNTHETIC: the figures are demo data from the platform's generator, not official statistics</text>` : '',
    `<text x="20" y="${footerY + 18}" class="source">${esc(`Ranh giới / boundaries: ${shapes.source}`)}</text>`,
    `<text x="20" y="${footerY + 32}" class="source">${esc('Số liệu / figures: nền tảng dữ liệu xã hội học tập Sơn La (QĐ 354/QĐ-UBND, 2013)')}</text>`,
    '</svg>',
  ].join('\n');
}
