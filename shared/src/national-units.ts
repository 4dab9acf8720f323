import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AdminUnits, loadAdminUnits, sonLaUnits, type AdminUnitData, type FormedFromLink } from './admin-units';

/**
 * The administrative units of every province of Viet Nam, from the two national catalogues copied into
 * shared/data (each file's `source` names where it comes from; shared/data/README.md):
 * - vn-units-2025-03-01.json: the 63 provinces, 696 districts and 10,047 communes before 01/07/2025 (GSO, 01/03/2025);
 * - vn-units-2025-07-01.json: the 34 provinces and 3,321 communes from 01/07/2025, each commune with the old units it
 *   was formed from, `full` (the whole old unit) or `partial` (a part of it: shares territory, never a population share).
 *
 * Year rules (an honest simplification, said in the geography schema): the files hold no older history, so outside
 * Sơn La the 01/03/2025 snapshot stands for every year before 2025 (validFrom null), and from 01/07/2025 the 34
 * provinces and 3,321 communes. Sơn La keeps its own checked file (shared/data/admin-units.json: Vân Hồ 2013, the
 * early-2025 changes, its NQ 1681 merge), which wins over the national files there, including their four `partial`
 * links in Sơn La (name look-alike errors, see that file's sources.merge2025Crosscheck).
 *
 * Which provinces a service serves is ADMIN_UNITS_PROVINCES (config.ts): `14` (default) is Sơn La alone, exactly the
 * unit set of sonLaUnits(); `all` the country; or a comma list of province codes. A code selects the province of
 * today it lies in together with every province that one was formed from (02 Hà Giang and 08 Tuyên Quang both load
 * old 02, old 08 and the new 08), so that a commune of today can always be read in earlier years.
 */
const SON_LA = '14';
const REFORM_DAY = '2025-07-01';
const LAST_OLD_DAY = '2025-06-30';
const dataFile = (name: string) => join(__dirname, '..', 'data', name);

/** Said on every unit outside Sơn La from the 01/03/2025 snapshot, and in the geography schema. */
export const SNAPSHOT_NOTE =
  'GSO catalogue of 01/03/2025 (the national file holds no older history): read as the unit of every year before 2025, a simplification, not a year-true claim.';
const REFORM_NOTE = 'From 01/07/2025: Nghị quyết 202/2025/QH15 (provinces) and the provinces\' NQ 1654–1687/NQ-UBTVQH15 (communes).';

type OldCommune = [code: string, name: string, type: string];
type OldDistrict = [code: string, name: string, type: string, communes: OldCommune[]];
type OldProvince = [code: string, name: string, type: string, districts: OldDistrict[]];
type NewCommune = [code: string, name: string, formedFrom: Array<[code: string, share: 'full' | 'partial']>];
type NewProvince = [code: string, name: string, formedFromProvinces: string[], communes: NewCommune[]];
interface Before2025File { source: string; data_date: string; provinces: OldProvince[] }
interface From2025File { source: string; effective: string; provinces: NewProvince[] }

let files: { before: Before2025File; from: From2025File } | undefined;
/** The two national files, parsed once per process. */
export function nationalFiles(): { before: Before2025File; from: From2025File } {
  if (!files) {
    files = {
      before: JSON.parse(readFileSync(dataFile('vn-units-2025-03-01.json'), 'utf8')) as Before2025File,
      from: JSON.parse(readFileSync(dataFile('vn-units-2025-07-01.json'), 'utf8')) as From2025File,
    };
  }
  return files;
}

/** Every province code of either catalogue (the 63 of before 01/07/2025; the 34 of after reuse 34 of them). */
export function knownProvinceCodes(): string[] {
  const { before, from } = nationalFiles();
  return [...new Set([...before.provinces.map((p) => p[0]), ...from.provinces.map((p) => p[0])])].sort();
}

export type ProvinceSelection = 'all' | string[];

/** Thrown for an ADMIN_UNITS_PROVINCES the catalogues cannot serve; the message names the setting and the code. */
export class ProvinceSelectionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ProvinceSelectionError';
  }
}

/**
 * Parses ADMIN_UNITS_PROVINCES: `all`, or a comma list of two-digit GSO province codes (spaces allowed), each one
 * a province of 01/03/2025 or of 01/07/2025. Returns `all` or the codes sorted without repeats.
 */
export function parseProvinceSelection(text: string): ProvinceSelection {
  const v = text.trim();
  if (v.toLowerCase() === 'all') return 'all';
  const parts = v.split(',').map((p) => p.trim());
  if (parts.length === 0 || parts.some((p) => p === '')) {
    throw new ProvinceSelectionError(`ADMIN_UNITS_PROVINCES must be "all" or a comma list of province codes (e.g. "14" or "01,14"), got "${text}"`);
  }
  const known = new Set(knownProvinceCodes());
  for (const p of parts) {
    if (!/^\d{2}$/.test(p)) throw new ProvinceSelectionError(`ADMIN_UNITS_PROVINCES: "${p}" is not a province code (two digits, e.g. 14 for Sơn La)`);
    if (!known.has(p)) throw new ProvinceSelectionError(`ADMIN_UNITS_PROVINCES: no province has code "${p}" (known codes: ${[...known].join(', ')})`);
  }
  return [...new Set(parts)].sort();
}

/** The old (before 01/07/2025) and new (from 01/07/2025) province codes a selection loads (see the module comment). */
export function provinceFamily(selection: ProvinceSelection): { old: string[]; new: string[] } {
  const { before, from } = nationalFiles();
  if (selection === 'all') return { old: before.provinces.map((p) => p[0]).sort(), new: from.provinces.map((p) => p[0]).sort() };
  const news = new Set<string>();
  for (const code of selection) {
    for (const p of from.provinces) if (p[0] === code || p[2].includes(code)) news.add(p[0]);
  }
  const olds = new Set<string>(selection.filter((c) => before.provinces.some((p) => p[0] === c)));
  for (const p of from.provinces) if (news.has(p[0])) for (const o of p[2]) olds.add(o);
  return { old: [...olds].sort(), new: [...news].sort() };
}

/** "Xã Ba Chẽ" → "Xã"; the 2025 file gives names with their type in front. */
function typeOfName(name: string): string {
  for (const t of ['Thị trấn', 'Đặc khu', 'Phường', 'Xã']) if (name.startsWith(`${t} `)) return t;
  return name.split(' ')[0];
}
const provinceTypeOfName = (name: string) => (name.startsWith('Thành phố ') ? 'Thành phố Trung ương' : 'Tỉnh');

/**
 * The unit data of a selection of provinces, in the shape AdminUnits reads: Sơn La from its checked file where
 * selected, every other province from the national files.
 */
export function nationalUnitData(selection: ProvinceSelection): AdminUnitData {
  const { before, from } = nationalFiles();
  const family = provinceFamily(selection);
  const sonLa = JSON.parse(readFileSync(dataFile('admin-units.json'), 'utf8')) as AdminUnitData;
  const withSonLa = family.old.includes(SON_LA);
  const oldProvinces = before.provinces.filter((p) => family.old.includes(p[0]));
  const newProvinces = from.provinces.filter((p) => family.new.includes(p[0]));

  // Links of the 2025 communes outside Sơn La, read from the old units' side: the one commune of today an old
  // commune went to whole (`full`: its successor), or the communes of today sharing it (`partial`).
  const fullIn = new Map<string, string>();
  const partialIn = new Map<string, string[]>();
  for (const p of newProvinces) {
    if (p[0] === SON_LA) continue;
    for (const [code, , links] of p[3]) {
      for (const [old, share] of links) {
        if (share === 'full') fullIn.set(old, code);
        else partialIn.set(old, [...(partialIn.get(old) ?? []), code]);
      }
    }
  }

  const provinces: NonNullable<AdminUnitData['provinces']> = [];
  const newByCode = new Map(newProvinces.map((p) => [p[0], p]));
  for (const p of oldProvinces) {
    const [code, name, type] = p;
    const successor = newProvinces.find((n) => n[2].includes(code));
    const continues = successor && successor[0] === code && successor[2].length === 1;
    if (code === SON_LA) {
      provinces.push({ ...sonLa.province, validFrom: null, validTo: null, validityNote: null, formerNames: [], successorCode: null, successorNote: null, predecessorCodes: [] });
    } else if (continues) {
      // One unit throughout (its communes changed, its territory did not): e.g. 01 Thành phố Hà Nội.
      const later = successor[1];
      provinces.push({
        code, name: later, type, validFrom: null, validTo: null, validityNote: SNAPSHOT_NOTE,
        formerNames: later === name ? [] : [{ name, type, validTo: LAST_OLD_DAY }], successorCode: null, successorNote: null, predecessorCodes: [],
      });
    } else {
      provinces.push({
        code, name, type, validFrom: null, validTo: LAST_OLD_DAY, validityNote: SNAPSHOT_NOTE, formerNames: [],
        successorCode: successor?.[0] ?? null,
        successorNote: successor ? `Merged into ${successor[1]} (${successor[0]}) on 01/07/2025, Nghị quyết 202/2025/QH15.` : null,
        predecessorCodes: [],
      });
    }
  }
  for (const [code, name, formedFrom] of newProvinces) {
    if (formedFrom.length === 1 && formedFrom[0] === code) continue; // the same unit as before (above)
    provinces.push({
      code, name, type: provinceTypeOfName(name), validFrom: REFORM_DAY, validTo: null, validityNote: REFORM_NOTE, formerNames: [],
      successorCode: null, successorNote: null, predecessorCodes: [...formedFrom],
    });
  }

  const districts: AdminUnitData['districts'] = [];
  const communes: AdminUnitData['communes'] = [];
  const communes2025: AdminUnitData['communes2025'] = [];
  for (const p of oldProvinces) {
    if (p[0] === SON_LA) {
      districts.push(...sonLa.districts.map((d) => ({ ...d, provinceCode: SON_LA })));
      communes.push(...sonLa.communes);
      continue;
    }
    for (const [dCode, dName, dType, cs] of p[3]) {
      districts.push({ code: dCode, name: dName, type: dType, validFrom: null, validTo: LAST_OLD_DAY, validityNote: SNAPSHOT_NOTE, formerNames: [], provinceCode: p[0] });
      for (const [code, name, type] of cs) {
        const whole = fullIn.get(code);
        const shared = partialIn.get(code) ?? [];
        communes.push({
          code, name, type, districtCode: dCode, validFrom: null, validTo: LAST_OLD_DAY, validityNote: SNAPSHOT_NOTE, formerNames: [],
          successorCode: whole ?? null,
          successorNote: whole
            ? 'Whole unit merged on 01/07/2025 (national formed-from file, `full`).'
            : shared.length
              ? `Divided on 01/07/2025: part of its territory went to ${shared.join(', ')} (national formed-from file, \`partial\`): its figures cannot be placed.`
              : 'Not named in the national formed-from file.',
          partialIn: whole ? [] : shared,
        });
      }
    }
  }
  for (const p of newProvinces) {
    if (p[0] === SON_LA) {
      communes2025.push(...sonLa.communes2025.map((c) => ({ ...c, provinceCode: SON_LA })));
      continue;
    }
    for (const [code, name, links] of p[3]) {
      const formedFrom: FormedFromLink[] = links.map(([c, share]) => ({ code: c, share }));
      communes2025.push({
        code, name, type: typeOfName(name), validFrom: REFORM_DAY, validTo: null, predecessorCodes: formedFrom.map((l) => l.code),
        provinceCode: p[0], formedFrom, validityNote: formedFrom.length ? REFORM_NOTE : `${REFORM_NOTE} The national file gives no formed-from list for it.`,
      });
    }
  }
  const home = withSonLa ? sonLa.province : (() => {
    const first = [...provinces].sort((a, b) => a.code.localeCompare(b.code) || (b.validFrom ?? '').localeCompare(a.validFrom ?? ''))[0];
    return { code: first.code, name: newByCode.get(first.code)?.[1] ?? first.name, type: first.type };
  })();
  return {
    about: `Administrative units of ${selection === 'all' ? 'every province of Viet Nam' : `provinces ${family.old.join(', ')} (before 01/07/2025) and ${family.new.join(', ')} (from 01/07/2025)`}: Sơn La from its checked file, the others from the national catalogues.`,
    sources: {
      ...(withSonLa ? sonLa.sources : {}),
      nationalBefore2025: `shared/data/vn-units-2025-03-01.json: ${before.source}; data date ${before.data_date}`,
      nationalFrom2025: `shared/data/vn-units-2025-07-01.json: ${from.source}; effective ${from.effective}`,
      nationalYears: `Outside Sơn La: ${SNAPSHOT_NOTE}`,
      ...(withSonLa ? { sonLaWins: 'Sơn La (14) is read from its own checked file (admin-units.json), not from the national files.' } : {}),
    },
    province: home,
    provinces,
    districts,
    communes,
    communes2025,
  };
}

const loaded = new Map<string, AdminUnits>();
/**
 * The units of a selection, built once per process: `14` is sonLaUnits() itself (the default, exactly as before the
 * national files); any other selection is built from nationalUnitData.
 */
export function unitsOf(selection: ProvinceSelection): AdminUnits {
  if (selection !== 'all' && selection.length === 1 && selection[0] === SON_LA) return sonLaUnits();
  const key = selection === 'all' ? 'all' : selection.join(',');
  let units = loaded.get(key);
  if (!units) loaded.set(key, (units = new AdminUnits(nationalUnitData(selection))));
  return units;
}

/**
 * The units a service serves, from its configuration: ADMIN_UNITS_FILE wins when set (a whole unit set of the
 * admin-units.json shape, e.g. a test's); otherwise ADMIN_UNITS_PROVINCES (default `14`, Sơn La).
 */
export function unitsFromConfig(cfg: { ADMIN_UNITS_FILE?: string; ADMIN_UNITS_PROVINCES?: ProvinceSelection }): AdminUnits {
  if (cfg.ADMIN_UNITS_FILE) return loadAdminUnits(cfg.ADMIN_UNITS_FILE);
  return unitsOf(cfg.ADMIN_UNITS_PROVINCES ?? [SON_LA]);
}
