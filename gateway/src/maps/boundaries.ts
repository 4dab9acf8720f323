import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { geoArea } from 'd3-geo';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';

/**
 * Boundaries of Sơn La's units, copied into shared/data/boundaries/ from ../shared/data with their `source` (see
 * shared/data/boundaries/README.md): the 12 districts valid 10/06/2013-30/06/2025 and the 75 communes from 01/07/2025.
 * A map of a year draws the units that reported in that year: districts up to 2024, communes from 2025 (or for an
 * earlier year read with boundaries CURRENT, today's communes from their predecessors' sums).
 */
export type UnitShape = Feature<Polygon | MultiPolygon, { code: string; name: string }>;

export interface BoundarySet {
  level: 'district' | 'commune';
  /** Where the shapes come from (the file's `source`). */
  source: string;
  features: UnitShape[];
}

const DATA_DIR = join(__dirname, '..', '..', '..', 'shared', 'data', 'boundaries');
/** Mộc Châu, and Vân Hồ, formed from part of it on 10/06/2013 (NQ 72/NQ-CP): before that year's end they are one district. */
const MOC_CHAU = '123';
const VAN_HO = '128';
const VAN_HO_FIRST_YEAR = 2013;

/**
 * d3-geo reads polygons on the sphere, where a ring's winding says which side is inside; the files follow RFC 7946
 * (counter-clockwise exteriors), which d3 reads as "everything but the unit". A shape whose spherical area exceeds a
 * hemisphere is rewound, so both windings draw the unit itself.
 */
function rewound(feature: UnitShape): UnitShape {
  if (geoArea(feature) <= 2 * Math.PI) return feature;
  const rings = (polygon: number[][][]) => polygon.map((ring) => [...ring].reverse());
  const g = feature.geometry;
  const geometry: Polygon | MultiPolygon = g.type === 'Polygon' ? { type: 'Polygon', coordinates: rings(g.coordinates) } : { type: 'MultiPolygon', coordinates: g.coordinates.map(rings) };
  return { ...feature, geometry };
}

function load(file: string): { source: string; features: UnitShape[] } {
  const collection = JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) as FeatureCollection<Polygon | MultiPolygon, { code: string; name: string }> & { source: string };
  return { source: collection.source, features: collection.features.map((f) => rewound({ ...f, id: String(f.properties.code) } as UnitShape)) };
}

let districts: { source: string; features: UnitShape[] } | undefined;
let communes: { source: string; features: UnitShape[] } | undefined;
let mocChauBefore2013: UnitShape | undefined;

/** The 12 districts (2013-2024), or for 2012 and earlier the 11, with Mộc Châu drawn over Vân Hồ's future territory too. */
export function districtBoundaries(year: number): BoundarySet {
  districts ??= load('son-la-districts-2013-2025.geojson');
  if (year >= VAN_HO_FIRST_YEAR) return { level: 'district', source: districts.source, features: districts.features };
  if (!mocChauBefore2013) {
    // Dissolve the shared border (topology merge), so the old district is one shape, not two with a line between.
    const pair = districts.features.filter((f) => f.properties.code === MOC_CHAU || f.properties.code === VAN_HO);
    const topo = topology({ pair: { type: 'FeatureCollection', features: pair } as FeatureCollection });
    const geometries = (topo.objects.pair as unknown as { geometries: Parameters<typeof merge>[1] }).geometries;
    const mocChau = pair.find((f) => f.properties.code === MOC_CHAU)!;
    mocChauBefore2013 = rewound({ type: 'Feature', id: MOC_CHAU, properties: mocChau.properties, geometry: merge(topo, geometries) });
  }
  const features = districts.features.filter((f) => f.properties.code !== VAN_HO).map((f) => (f.properties.code === MOC_CHAU ? mocChauBefore2013! : f));
  return { level: 'district', source: districts.source, features };
}

/** The 75 communes of 01/07/2025. */
export function communeBoundaries(): BoundarySet {
  communes ??= load('son-la-communes-2025-07-01.geojson');
  return { level: 'commune', source: communes.source, features: communes.features };
}
