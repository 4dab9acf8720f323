// One-off import: turns the provided reference files (../shared/data, outside this repository)
// into shared/data/admin-units.json, the project's own copy. Run by hand when the source changes;
// nothing reads ../shared at run time.
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';

const src = resolve(process.argv[2] ?? '../shared/data');
const units = JSON.parse(readFileSync(`${src}/son-la-admin-units.json`, 'utf8'));
const merge = JSON.parse(readFileSync(`${src}/son-la-2025-merge.json`, 'utf8'));
const changes = units.changes_from_previous_snapshot;

const UNIT_TYPES = ['Thành phố', 'Thị xã', 'Thị trấn', 'Huyện', 'Phường', 'Xã'];
const typeOf = (name) => UNIT_TYPES.find((t) => name.startsWith(t));
const NQ1280 = 'Nghị quyết 1280/NQ-UBTVQH15 (14/11/2024), sắp xếp ĐVHC cấp huyện, cấp xã tỉnh Sơn La 2023-2025';
const EARLY_2025_VALIDITY_NOTE =
  `${NQ1280}. The exact effective date was not confirmed; the GSO catalogue lists the change between its ` +
  `01/01/2025 and 01/03/2025 snapshots, so the platform takes 2025-01-01 as the boundary (data years up to 2024 use the old units).`;
// Successors of the units removed in early 2025, only where a source says so.
const EARLY_2025_SUCCESSORS = {
  '03751': {
    code: '03748',
    note: `${NQ1280}, as reported by nongnghiep.vn (11/12/2024): the whole of xã Chiềng Ly, after part of it was moved into thị trấn Thuận Châu (03721), forms xã Phổng Ly (03748).`,
  },
  '03898': {
    code: '03910',
    note: `${NQ1280}, as reported by nongnghiep.vn (11/12/2024): thị trấn Quang Huy (03910) is formed from the whole of thị trấn Phù Yên.`,
  },
};
const UNCONFIRMED_SUCCESSOR = 'Successor not confirmed: the text of NQ 1280/NQ-UBTVQH15 for this unit was not read. Data of this unit is not attributed to any 2025 unit.';

// Vân Hồ (128) was formed from 14 communes of Mộc Châu (123) by Nghị quyết 72/NQ-CP (10/06/2013); the GSO
// catalogue snapshots (2021 onwards) do not show it, so it is written here with its source.
const NQ72 = 'Nghị quyết 72/NQ-CP (10/06/2013) of the Government, điều chỉnh địa giới hành chính huyện Mộc Châu để thành lập huyện Vân Hồ';
const VAN_HO = { code: '128', from: '2013-06-10', parentBefore: '123', parentBeforeTo: '2013-06-09' };
const districts = units.districts.map((d) => {
  const dc = changes.district_changes.find((c) => c.code === d.code);
  const vanHo = d.code === VAN_HO.code;
  return {
    code: d.code,
    name: d.name,
    type: d.type,
    validFrom: vanHo ? VAN_HO.from : null,
    validTo: '2025-06-30',
    validityNote: vanHo
      ? `Established by ${NQ72}, in force from its signature on 10/06/2013, from 14 communes of huyện Mộc Châu (123). Date and resolution number as recorded in the project's architecture notes; the resolution text was not read here.`
      : null,
    formerNames: dc ? [{ name: dc.before, type: typeOf(dc.before), validTo: '2024-12-31' }] : [],
  };
});

const successor2025 = new Map();
for (const u of merge.units) for (const old of u.old_communes) successor2025.set(old, u.code);

const communes = [];
for (const d of units.districts) {
  for (const c of d.communes) {
    const renamed = changes.renamed_or_retyped.find((r) => r.code === c.code);
    const added = changes.added.find((a) => a.code === c.code);
    communes.push({
      code: c.code,
      name: c.name,
      type: c.type,
      districtCode: d.code,
      validFrom: added ? '2025-01-01' : null,
      validTo: '2025-06-30',
      validityNote: added ? `Established by ${EARLY_2025_VALIDITY_NOTE}` : null,
      formerNames: renamed
        ? [{ name: renamed.before, type: typeOf(renamed.before), validTo: '2024-12-31' }]
        : [],
      successorCode: successor2025.get(c.code),
      successorNote: 'Nghị quyết 1681/NQ-UBTVQH15 (16/06/2025), effective 2025-07-01',
      // The communes of Vân Hồ belonged to Mộc Châu until the district was formed.
      formerDistricts: d.code === VAN_HO.code ? [{ districtCode: VAN_HO.parentBefore, validTo: VAN_HO.parentBeforeTo, note: NQ72 }] : [],
    });
  }
}
for (const r of changes.removed) {
  const s = EARLY_2025_SUCCESSORS[r.code];
  communes.push({
    code: r.code,
    name: r.name,
    type: r.type,
    districtCode: r.district_code,
    validFrom: null,
    validTo: '2024-12-31',
    validityNote: `Removed by ${EARLY_2025_VALIDITY_NOTE}`,
    formerNames: [],
    successorCode: s ? s.code : null,
    successorNote: s ? s.note : UNCONFIRMED_SUCCESSOR,
    formerDistricts: [],
  });
}
communes.sort((a, b) => a.code.localeCompare(b.code));

const communes2025 = merge.units.map((u) => ({
  code: u.code,
  name: u.name,
  type: u.type,
  validFrom: '2025-07-01',
  validTo: null,
  predecessorCodes: u.old_communes,
  resolutionItem: u.nq1681_item,
  unchanged: u.unchanged,
}));

const out = {
  about:
    'Administrative units of Sơn La province (GSO codes) for the learning-society platform: the 12 districts and ' +
    'their communes from 2013 to 30/06/2025 (the 200 units of the 01/03/2025 catalogue plus the 7 removed in early 2025), ' +
    'and the 75 communes from 01/07/2025 with their predecessors. Generated by scripts/import-admin-units.mjs.',
  sources: {
    units: units.source,
    unitsLicence: units.license_note,
    changesEarly2025: changes.note,
    merge2025: merge.source,
    merge2025Effective: merge.effective,
    merge2025Crosscheck: merge.crosscheck.result,
    validFromNote:
      'validFrom null: the unit is in the GSO catalogue at least from the 01/11/2021 snapshot with the same 204 units. The platform reads such a unit as existing throughout 2010-2021 too; that is an assumption, NOT verified: commune-level changes between 2013 and 2021 (splits, mergers, renames, moves between districts) were not checked against any resolution.',
    vanHo2013: `District 128 Huyện Vân Hồ: ${NQ72}. Valid from 2013-06-10; its 14 communes (the communes of 128 in the GSO catalogue) are read as communes of huyện Mộc Châu (123) until 2013-06-09. Which communes the resolution moved was taken from the later catalogue, not from the resolution text (NOT verified).`,
    verifiedBefore2021: 'Verified before 2021: only the formation of Vân Hồ (above). Not verified: every other unit, name and boundary before the 01/11/2021 GSO snapshot.',
  },
  province: { code: units.province.code, name: units.province.name, type: units.province.type },
  districts,
  communes,
  communes2025,
};
writeFileSync(resolve('shared/data/admin-units.json'), JSON.stringify(out, null, 1) + '\n');
console.log(`districts ${districts.length}, communes until 2025-06-30 ${communes.length}, communes from 2025-07-01 ${communes2025.length}`);
