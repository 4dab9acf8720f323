import { FIRST_DATA_YEAR, LAST_DATA_YEAR, col, communePeriod, defineDataset, partOf, yearEnd, type AdminUnits, type InputProblem } from '@lsp/shared';
import { BookCabinetEntity, CultureCommuneEntity, HOLDER_KINDS } from '../store';

/**
 * What Sở Văn hóa, Thể thao và Du lịch writes (QĐ 354/QĐ-UBND IV.2, V.6), declared once (shared/src/kit/README.md):
 * the book cabinets of households, agencies and units, and community learning centres per commune and year; and
 * each commune's households, people, public libraries or reading rooms and cultural houses used for learning.
 * Mutations, CSV imports, the command line, audit, locks and the intake templates derive from these definitions.
 */
const communeCode = () => col.text(10, { aliases: ['commune_code'], doc: 'GSO code of a reporting commune of the year' });
const year = () => col.dataYear({ min: FIRST_DATA_YEAR, max: LAST_DATA_YEAR }, { doc: 'data year, 2010 to the current year' });

function communeProblems(units: AdminUnits, row: number, code: string | null, y: number): InputProblem[] {
  if (!code) return [];
  if (!units.commune(code)) return [{ row, field: 'communeCode', code: 'UNKNOWN_COMMUNE', message: `commune code "${code}" is not a Sơn La commune` }];
  if (!units.commune(code, yearEnd(y))) return [{ row, field: 'communeCode', code: 'COMMUNE_NOT_VALID_IN_YEAR', message: `commune ${code} did not exist on 31/12/${y}` }];
  return [];
}

export const bookCabinets = defineDataset({
  name: 'bookCabinets',
  cliKind: 'book-cabinets',
  department: 'culture',
  title: 'Book cabinets of households, agencies and units, or community learning centres of a commune in a year',
  titleVi: 'Tủ sách của hộ gia đình, cơ quan đơn vị, trung tâm học tập cộng đồng của xã trong năm',
  labels: {
    communeCode: { vi: 'Mã xã', en: 'Commune code' },
    year: { vi: 'Năm', en: 'Year' },
    holderKind: { vi: 'Loại chủ tủ sách', en: 'Holder kind' },
    cabinets: { vi: 'Số tủ sách', en: 'Book cabinets' },
    books: { vi: 'Số sách', en: 'Books' },
    readers: { vi: 'Số người đọc', en: 'Readers' },
  },
  columns: {
    communeCode: communeCode(),
    year: year(),
    holderKind: col.oneOf(HOLDER_KINDS, { doc: 'HOUSEHOLD, AGENCY (agencies and units) or CLC (community learning centres)' }),
    cabinets: col.count({ doc: 'holders with a book cabinet (households, agencies and units, or centres)' }),
    books: col.count({ doc: 'books in those cabinets' }),
    readers: col.count({ doc: 'people who read from them in the year' }),
  },
  key: ['communeCode', 'year', 'holderKind'],
  check: (rows, ctx) => rows.flatMap(({ row, values: v }) => communeProblems(ctx.units, row, v.communeCode, v.year)),
  period: (r, units) => communePeriod(units, r.year, r.communeCode),
  graphql: { upsert: 'recordBookCabinets', input: 'BookCabinetsInput', importCsv: 'importBookCabinetsCsv' },
  tables: [{
    entity: BookCabinetEntity, auditEntity: 'BookCabinet', key: ['communeCode', 'year', 'holderKind'], constants: { synthetic: false },
    fields: { communeCode: 'communeCode', year: 'year', holderKind: 'holderKind', cabinets: 'cabinets', books: 'books', readers: 'readers' },
  }],
});

export const cultureCommunes = defineDataset({
  name: 'cultureCommunes',
  cliKind: 'culture-communes',
  department: 'culture',
  title: 'Households, people, public libraries or reading rooms and cultural houses used for learning of a commune in a year',
  titleVi: 'Số hộ, số dân, thư viện, phòng đọc và nhà văn hóa dùng cho học tập của xã trong năm',
  labels: {
    communeCode: { vi: 'Mã xã', en: 'Commune code' },
    year: { vi: 'Năm', en: 'Year' },
    households: { vi: 'Số hộ', en: 'Households' },
    population: { vi: 'Số dân', en: 'Population' },
    libraries: { vi: 'Thư viện, phòng đọc', en: 'Libraries and reading rooms' },
    libraryBooks: { vi: 'Sách của thư viện', en: 'Library books' },
    culturalHouses: { vi: 'Nhà văn hóa', en: 'Cultural houses' },
    culturalHousesForLearning: { vi: 'Nhà văn hóa dùng cho học tập', en: 'Cultural houses used for learning' },
  },
  columns: {
    communeCode: communeCode(),
    year: year(),
    households: col.count({ doc: 'households of the commune (the denominator of households with a book cabinet)' }),
    population: col.count({ doc: 'people of the commune (the denominator of books per person)' }),
    libraries: col.count({ doc: 'public libraries and reading rooms' }),
    libraryBooks: col.count({ doc: 'books of those libraries and reading rooms' }),
    culturalHouses: col.count({ doc: 'cultural houses of the commune and its villages' }),
    culturalHousesForLearning: col.count({ doc: 'of them, those used for learning (classes of the CLC, talks), at most culturalHouses' }),
  },
  key: ['communeCode', 'year'],
  rules: [partOf('culturalHousesForLearning', 'culturalHouses')],
  check: (rows, ctx) => rows.flatMap(({ row, values: v }) => communeProblems(ctx.units, row, v.communeCode, v.year)),
  period: (r, units) => communePeriod(units, r.year, r.communeCode),
  graphql: { upsert: 'recordCultureCommune', input: 'CultureCommuneInput', importCsv: 'importCultureCommunesCsv' },
  tables: [{
    entity: CultureCommuneEntity, auditEntity: 'CultureCommune', key: ['communeCode', 'year'], constants: { synthetic: false },
    fields: {
      communeCode: 'communeCode', year: 'year', households: 'households', population: 'population', libraries: 'libraries', libraryBooks: 'libraryBooks',
      culturalHouses: 'culturalHouses', culturalHousesForLearning: 'culturalHousesForLearning',
    },
  }],
});

export const cultureDatasets = [bookCabinets, cultureCommunes];
