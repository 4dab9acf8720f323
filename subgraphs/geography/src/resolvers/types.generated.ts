import type { GraphQLResolveInfo } from 'graphql';
import type { UnitModel, CommunePageModel, CommuneYearModel, DistrictYearModel, ProvinceYearModel, CommuneVersionModel, ProvinceVersionModel } from './models';
import type { GeographyContext } from './context';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** SYNTHETIC: derived from the code by the demo generator; no public per-commune list was at hand. */
export type AreaClasses = {
  __typename?: 'AreaClasses';
  /** Border commune (xã biên giới) — SYNTHETIC. */
  border: Scalars['Boolean']['output'];
  /** Extremely difficult (đặc biệt khó khăn) — SYNTHETIC. */
  extremelyDifficult: Scalars['Boolean']['output'];
  /** Highland (vùng cao) — SYNTHETIC. */
  highland: Scalars['Boolean']['output'];
  /** Resettlement area (vùng tái định cư) — SYNTHETIC. */
  resettlement: Scalars['Boolean']['output'];
  /** Always SYNTHETIC for now; says where the classes come from. */
  source: Scalars['String']['output'];
};

/** Which boundaries a commune's yearly figures are read in. */
export type Boundaries =
  /**
   * The commune as it is since 01/07/2025; earlier years are the sums of the units whose area it took. Outside Sơn La
   * (national formed-from file) a sum is complete only where every old unit it was formed from went to it whole
   * (`full`); a commune formed from any `partial` link is read with complete: false and not graded.
   */
  | 'CURRENT'
  /** The unit that carried the code in that year, as it reported (2013–2024 data: the units of before 2025). */
  | 'REPORTED';

/**
 * Xã / phường / thị trấn, by GSO code. GSO reused codes in the 2025 reform (e.g. \"04000\" is both the old Xã Đoàn
 * Kết and the merged Xã Đoàn Kết of 01/07/2025), so a Commune is a code with its history: the fields below
 * describe its latest unit, `versions` every unit that carried it, and `inYear` the unit of a given year.
 */
export type Commune = {
  __typename?: 'Commune';
  /** SYNTHETIC area classes (no public per-commune list was at hand). */
  areaClasses: AreaClasses;
  /** The date the fields of this commune describe when it was reached through a dated list or link; null = its latest unit. */
  asOf?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  /** True when the latest unit is valid today. */
  current: Scalars['Boolean']['output'];
  /** The district of the unit on asOf, else the district this code last belonged to (until 30/06/2025). */
  district?: Maybe<District>;
  /**
   * Outside Sơn La, for a commune of 01/07/2025: the old units it was formed from with how much of each (national file;
   * empty when the file gives none). Null for Sơn La, read from its own checked merge file (see predecessors).
   */
  formedFrom?: Maybe<Array<FormedFromLink>>;
  formerNames: Array<FormerName>;
  /**
   * The commune in one data year (figures as of 31 December). REPORTED (default): the unit with this code that
   * year, null if none. CURRENT: the commune of today, earlier years summed over its predecessors.
   */
  inYear?: Maybe<CommuneYear>;
  /**
   * Name of the unit on asOf when the commune was reached through a dated list or link (a predecessor carries the
   * name it had on the day before the merge), else of the latest unit with this code.
   */
  name: Scalars['String']['output'];
  /** For a commune formed on 01/07/2025: the units merged into it, each named as on the day before (30/06/2025). */
  predecessors: Array<Commune>;
  /** The province of the unit on asOf, else on its last day. */
  province?: Maybe<Province>;
  /** For an ended unit: the unit that took over its area, where a source names it, as it stood on the day after the end. */
  successor?: Maybe<Commune>;
  /** Source of the successor link, or why there is none. */
  successorNote?: Maybe<Scalars['String']['output']>;
  /** Xã, Phường or Thị trấn, on asOf (else of the latest unit). */
  type: Scalars['String']['output'];
  /** First day of the unit (on asOf, else the latest); null = at least since 2021. */
  validFrom?: Maybe<Scalars['String']['output']>;
  /** Last day of the unit (on asOf, else the latest); null = still valid. */
  validTo?: Maybe<Scalars['String']['output']>;
  /** Source or caveat of the validity dates. */
  validityNote?: Maybe<Scalars['String']['output']>;
  /** Every unit that has carried this code, oldest first. */
  versions: Array<CommuneVersion>;
};


/**
 * Xã / phường / thị trấn, by GSO code. GSO reused codes in the 2025 reform (e.g. \"04000\" is both the old Xã Đoàn
 * Kết and the merged Xã Đoàn Kết of 01/07/2025), so a Commune is a code with its history: the fields below
 * describe its latest unit, `versions` every unit that carried it, and `inYear` the unit of a given year.
 */
export type CommuneInYearArgs = {
  boundaries?: InputMaybe<Boundaries>;
  year: Scalars['Int']['input'];
};

export type CommuneFilter = {
  /** Only communes of this district (GSO code). */
  districtCode?: InputMaybe<Scalars['String']['input']>;
  /** Only communes of this province (GSO code) on validOn (else on the unit's last day); "VN" or absent: every loaded province. */
  provinceCode?: InputMaybe<Scalars['String']['input']>;
  /** Only this type: Xã, Phường or Thị trấn. */
  type?: InputMaybe<Scalars['String']['input']>;
  /** Only communes valid on this date (YYYY-MM-DD), named and placed in their district as on it; e.g. 2025-07-01 for the 75 communes of today. */
  validOn?: InputMaybe<Scalars['String']['input']>;
};

export type CommunePage = {
  __typename?: 'CommunePage';
  /** Cursor of the last node; pass as `after` for the next page. */
  endCursor?: Maybe<Scalars['String']['output']>;
  hasNextPage: Scalars['Boolean']['output'];
  nodes: Array<Commune>;
  totalCount: Scalars['Int']['output'];
};

/** One unit that carried a commune code. */
export type CommuneVersion = {
  __typename?: 'CommuneVersion';
  code: Scalars['String']['output'];
  districtCode?: Maybe<Scalars['String']['output']>;
  formerNames: Array<FormerName>;
  name: Scalars['String']['output'];
  type: Scalars['String']['output'];
  validFrom?: Maybe<Scalars['String']['output']>;
  validTo?: Maybe<Scalars['String']['output']>;
};

/**
 * A commune in one data year. Every department adds its figures to this entity.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type CommuneYear = {
  __typename?: 'CommuneYear';
  boundaries: Boundaries;
  communeCode: Scalars['String']['output'];
  /**
   * False when part of the area cannot be attributed to it (a predecessor whose successor is not known; outside Sơn
   * La, a CURRENT commune formed from any `partial` link or without a formed-from list). Not graded then.
   */
  complete: Scalars['Boolean']['output'];
  /** The district in that year (REPORTED); null from 2025 and for CURRENT. */
  district?: Maybe<DistrictYear>;
  /** District on 31 December of that year; null from 2025 and for CURRENT. */
  districtCode?: Maybe<Scalars['String']['output']>;
  /** SYNTHETIC number of households on 31 December. */
  households?: Maybe<Scalars['Int']['output']>;
  /** Name of the unit on 31 December of that year (REPORTED: 03646 in 2015 is Phường Chiềng Lề) or today's name (CURRENT). */
  name: Scalars['String']['output'];
  /** SYNTHETIC population on 31 December (sum over reporting units). */
  population?: Maybe<Scalars['Int']['output']>;
  /** Source of population and households: SYNTHETIC. */
  populationSource: Scalars['String']['output'];
  /** Province on 31 December of that year (REPORTED) or today (CURRENT). */
  provinceCode?: Maybe<Scalars['String']['output']>;
  /** Codes of the reporting units whose figures make up this entity. */
  reportingUnits: Array<Scalars['String']['output']>;
  /** Xã, Phường or Thị trấn on 31 December of that year (REPORTED) or today (CURRENT). */
  type: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** Huyện / thị xã / thành phố: a district, until 30/06/2025. */
export type District = {
  __typename?: 'District';
  /** The date name and type describe, when the district was reached through a dated list or link; null = its last day. */
  asOf?: Maybe<Scalars['String']['output']>;
  code: Scalars['String']['output'];
  /**
   * DATED: communes of the district valid on validOn (default: asOf, else its last day, 30/06/2025: 200 communes in
   * all), each named as on that date. For a data year use inYear(year) { communes }.
   */
  communes: Array<Commune>;
  formerNames: Array<FormerName>;
  /** The district in one data year (null from 2025, when it no longer exists). */
  inYear?: Maybe<DistrictYear>;
  /** Name on asOf when the district was reached through a dated list or link, else its last name (e.g. Thị xã Mộc Châu). */
  name: Scalars['String']['output'];
  /** The province of the district (as it stood on asOf, else on the district's last day). */
  province: Province;
  /** Type on asOf, else its last type. */
  type: Scalars['String']['output'];
  /** First day of validity; null = at least since 2021 (earlier changes not checked, see Province.sources). */
  validFrom?: Maybe<Scalars['String']['output']>;
  /** Last day of validity: 2025-06-30 for every district (two-tier local government from 01/07/2025). */
  validTo?: Maybe<Scalars['String']['output']>;
  /** Source of validFrom where it is known (Vân Hồ: Nghị quyết 72/NQ-CP, 10/06/2013). */
  validityNote?: Maybe<Scalars['String']['output']>;
};


/** Huyện / thị xã / thành phố: a district, until 30/06/2025. */
export type DistrictCommunesArgs = {
  validOn?: InputMaybe<Scalars['String']['input']>;
};


/** Huyện / thị xã / thành phố: a district, until 30/06/2025. */
export type DistrictInYearArgs = {
  year: Scalars['Int']['input'];
};

/**
 * A district in one data year (2010–2024; Vân Hồ from 2013), as it stood on 31 December of that year.
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type DistrictYear = {
  __typename?: 'DistrictYear';
  /** Communes that reported in that year. */
  communeCount: Scalars['Int']['output'];
  /** The communes that reported in that year (existing on 31 December), in code order, each with its name of that year. */
  communes: Array<CommuneYear>;
  districtCode: Scalars['String']['output'];
  /** SYNTHETIC households. */
  households?: Maybe<Scalars['Int']['output']>;
  /** Name on 31 December of that year (123 in 2015: Huyện Mộc Châu). */
  name: Scalars['String']['output'];
  /** SYNTHETIC population (sum over communes). */
  population?: Maybe<Scalars['Int']['output']>;
  populationSource: Scalars['String']['output'];
  /** Type on 31 December of that year (Huyện, Thị xã, Thành phố). */
  type: Scalars['String']['output'];
  year: Scalars['Int']['output'];
};

/** An old unit a commune of 01/07/2025 was formed from. */
export type FormedFromLink = {
  __typename?: 'FormedFromLink';
  /** GSO code of the old unit (a commune; for a đặc khu, the island district it replaced). */
  code: Scalars['String']['output'];
  /** The whole old unit or a part of it. */
  share: LinkShare;
};

/** A former name or type of a unit, and until when it applied. */
export type FormerName = {
  __typename?: 'FormerName';
  name: Scalars['String']['output'];
  type: Scalars['String']['output'];
  validTo: Scalars['String']['output'];
};

/** How much of an old unit went into a commune of 01/07/2025 (national formed-from file). */
export type LinkShare =
  /** The whole old unit. */
  | 'FULL'
  /** A part of it: the two share territory (never read as a population share). */
  | 'PARTIAL';

/**
 * Tỉnh / thành phố trung ương: a province, by GSO code; or the national root "VN" (type Quốc gia). Province codes
 * were reused in the 2025 merges, so a Province is a code with its history like a Commune: the fields describe the
 * version on asOf when reached through a dated list or link, else the latest version.
 */
export type Province = {
  __typename?: 'Province';
  /** The date the fields describe when the province was reached through a dated list or link; null = its latest version. */
  asOf?: Maybe<Scalars['String']['output']>;
  /** GSO code, "14" for Sơn La; "VN" for the national root. */
  code: Scalars['String']['output'];
  /**
   * DATED: the communes valid on one date (default: today, i.e. the 75 communes since 01/07/2025), each named as on
   * that date. For a data year use inYear(year) { communes }, the units that reported in that year.
   */
  communes: Array<Commune>;
  /**
   * DATED: the districts valid on one date (default: the last day districts existed, 30/06/2025), each named as on
   * that date. For a data year use inYear(year) { districts }, the districts that reported in that year.
   */
  districts: Array<District>;
  formerNames: Array<FormerName>;
  /** The province in one data year, which departments extend with their figures: the entry point for yearly questions. */
  inYear: ProvinceYear;
  name: Scalars['String']['output'];
  /** For a province formed on 01/07/2025: the provinces merged into it, as on the day before. */
  predecessors: Array<Province>;
  /** DATED, national root only: the provinces valid on validOn (default today); empty under a province. */
  provinces: Array<Province>;
  /** Where the administrative-unit data comes from. */
  sources: Array<Scalars['String']['output']>;
  /** For a province merged on 01/07/2025: the province of today it went into, as on that day. */
  successor?: Maybe<Province>;
  /** Source of the successor link (Nghị quyết 202/2025/QH15), or null. */
  successorNote?: Maybe<Scalars['String']['output']>;
  /** Tỉnh, Thành phố Trung ương; Quốc gia for the national root. */
  type: Scalars['String']['output'];
  /** First day of the version; null = at least since the 01/03/2025 catalogue, read as every earlier year (see the schema description). */
  validFrom?: Maybe<Scalars['String']['output']>;
  /** Last day of the version; null = still valid (2025-06-30 for a province merged on 01/07/2025). */
  validTo?: Maybe<Scalars['String']['output']>;
  /** Source or caveat of the validity dates. */
  validityNote?: Maybe<Scalars['String']['output']>;
  /** Every province version that carried this code, oldest first. */
  versions: Array<ProvinceVersion>;
};


/**
 * Tỉnh / thành phố trung ương: a province, by GSO code; or the national root "VN" (type Quốc gia). Province codes
 * were reused in the 2025 merges, so a Province is a code with its history like a Commune: the fields describe the
 * version on asOf when reached through a dated list or link, else the latest version.
 */
export type ProvinceCommunesArgs = {
  validOn?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Tỉnh / thành phố trung ương: a province, by GSO code; or the national root "VN" (type Quốc gia). Province codes
 * were reused in the 2025 merges, so a Province is a code with its history like a Commune: the fields describe the
 * version on asOf when reached through a dated list or link, else the latest version.
 */
export type ProvinceDistrictsArgs = {
  validOn?: InputMaybe<Scalars['String']['input']>;
};


/**
 * Tỉnh / thành phố trung ương: a province, by GSO code; or the national root "VN" (type Quốc gia). Province codes
 * were reused in the 2025 merges, so a Province is a code with its history like a Commune: the fields describe the
 * version on asOf when reached through a dated list or link, else the latest version.
 */
export type ProvinceInYearArgs = {
  year: Scalars['Int']['input'];
};


/**
 * Tỉnh / thành phố trung ương: a province, by GSO code; or the national root "VN" (type Quốc gia). Province codes
 * were reused in the 2025 merges, so a Province is a code with its history like a Commune: the fields describe the
 * version on asOf when reached through a dated list or link, else the latest version.
 */
export type ProvinceProvincesArgs = {
  validOn?: InputMaybe<Scalars['String']['input']>;
};

/** One province version that carried a code. */
export type ProvinceVersion = {
  __typename?: 'ProvinceVersion';
  /** GSO province code. */
  code: Scalars['String']['output'];
  /** Earlier names or spellings (e.g. Tỉnh Thanh Hóa until 30/06/2025, Tỉnh Thanh Hoá since). */
  formerNames: Array<FormerName>;
  /** Last name of the version. */
  name: Scalars['String']['output'];
  /** Tỉnh or Thành phố Trung ương. */
  type: Scalars['String']['output'];
  /** First day; null = at least since the 01/03/2025 catalogue, read as every earlier year. */
  validFrom?: Maybe<Scalars['String']['output']>;
  /** Last day; null = still valid. */
  validTo?: Maybe<Scalars['String']['output']>;
  /** Source or caveat of the validity dates. */
  validityNote?: Maybe<Scalars['String']['output']>;
};

/**
 * The province in one data year: the entry point for every yearly question (the units as they stood that year).
 * SYNTHETIC in the demo databases: seeded figures are generated demo data, not official statistics (each figure's provenance or source says which).
 */
export type ProvinceYear = {
  __typename?: 'ProvinceYear';
  /** Communes that reported in that year. */
  communeCount: Scalars['Int']['output'];
  /**
   * The communes that reported in that year (existing on 31 December), in code order, named as then: 204 in
   * 2013–2024, 75 from 2025.
   */
  communes: Array<CommuneYear>;
  /**
   * The districts that reported in that year (existing on 31 December), in code order, named as then: 12 in
   * 2013–2024, 11 before Vân Hồ (2013-06-10), none from 2025 (districts were abolished on 01/07/2025).
   */
  districts: Array<DistrictYear>;
  /** SYNTHETIC households. */
  households?: Maybe<Scalars['Int']['output']>;
  /** Name of the province version valid on 31 December (null when none carried the code then). */
  name?: Maybe<Scalars['String']['output']>;
  /** SYNTHETIC population (sum over communes). */
  population?: Maybe<Scalars['Int']['output']>;
  populationSource: Scalars['String']['output'];
  /** GSO code; "VN" for the national root (every loaded province). */
  provinceCode: Scalars['String']['output'];
  /** National root only: the provinces of that year (valid on 31 December), in code order; empty under a province. */
  provinces: Array<ProvinceYear>;
  year: Scalars['Int']['output'];
};

/**
 * Geography subgraph (owner: Sở Nội vụ for administrative units; statistics office for population).
 * Real administrative units with their GSO codes, of the provinces this service loads (ADMIN_UNITS_PROVINCES; default
 * Sơn La alone). Sơn La: GSO catalogue via github.com/daohoangson/dvhcvn, 01/03/2025, with its checked history (Vân Hồ
 * 2013, early-2025 changes) and Nghị quyết 1681/NQ-UBTVQH15 for the units of 01/07/2025. Other provinces: the GSO
 * catalogue of 01/03/2025 (63 provinces, 696 districts, 10,047 communes) and the 34 provinces and 3,321 communes of
 * 01/07/2025 with the old units each was formed from (Province.sources names the files).
 * SIMPLIFICATION outside Sơn La: the national files hold no older history, so the 01/03/2025 snapshot stands for every
 * year before 2025 (a unit of that snapshot is read as existing, under the same name and district, in 2010–2024); this
 * is not a year-true claim. Population and households are SYNTHETIC.
 */
export type Query = {
  __typename?: 'Query';
  /** A commune code (xã, phường, thị trấn), including codes no longer in use. NOT_FOUND for an unknown code. */
  commune?: Maybe<Commune>;
  /** Commune codes, filtered, in code order, keyset-paged (pass the previous page's endCursor as after). */
  communes: CommunePage;
  /**
   * The national root (code "VN"): every province this service loads asked as one, e.g. country { inYear(year: 2015)
   * { communes { ... } } } for every commune of the country. Its `provinces` lists them; with the default settings it
   * holds Sơn La alone.
   */
  country: Province;
  /** A district (huyện, thị xã, thành phố) by GSO code. Districts were abolished on 01/07/2025. */
  district?: Maybe<District>;
  /**
   * A province by GSO code (Sơn La is \"14\"), its latest version (codes were reused in the 2025 merges: 08 is Tỉnh
   * Tuyên Quang before and after 01/07/2025, see versions); "VN" is the national root (as `country`). NOT_FOUND for a
   * province this service does not load.
   */
  province?: Maybe<Province>;
};


/**
 * Geography subgraph (owner: Sở Nội vụ for administrative units; statistics office for population).
 * Real administrative units with their GSO codes, of the provinces this service loads (ADMIN_UNITS_PROVINCES; default
 * Sơn La alone). Sơn La: GSO catalogue via github.com/daohoangson/dvhcvn, 01/03/2025, with its checked history (Vân Hồ
 * 2013, early-2025 changes) and Nghị quyết 1681/NQ-UBTVQH15 for the units of 01/07/2025. Other provinces: the GSO
 * catalogue of 01/03/2025 (63 provinces, 696 districts, 10,047 communes) and the 34 provinces and 3,321 communes of
 * 01/07/2025 with the old units each was formed from (Province.sources names the files).
 * SIMPLIFICATION outside Sơn La: the national files hold no older history, so the 01/03/2025 snapshot stands for every
 * year before 2025 (a unit of that snapshot is read as existing, under the same name and district, in 2010–2024); this
 * is not a year-true claim. Population and households are SYNTHETIC.
 */
export type QueryCommuneArgs = {
  code: Scalars['String']['input'];
};


/**
 * Geography subgraph (owner: Sở Nội vụ for administrative units; statistics office for population).
 * Real administrative units with their GSO codes, of the provinces this service loads (ADMIN_UNITS_PROVINCES; default
 * Sơn La alone). Sơn La: GSO catalogue via github.com/daohoangson/dvhcvn, 01/03/2025, with its checked history (Vân Hồ
 * 2013, early-2025 changes) and Nghị quyết 1681/NQ-UBTVQH15 for the units of 01/07/2025. Other provinces: the GSO
 * catalogue of 01/03/2025 (63 provinces, 696 districts, 10,047 communes) and the 34 provinces and 3,321 communes of
 * 01/07/2025 with the old units each was formed from (Province.sources names the files).
 * SIMPLIFICATION outside Sơn La: the national files hold no older history, so the 01/03/2025 snapshot stands for every
 * year before 2025 (a unit of that snapshot is read as existing, under the same name and district, in 2010–2024); this
 * is not a year-true claim. Population and households are SYNTHETIC.
 */
export type QueryCommunesArgs = {
  after?: InputMaybe<Scalars['String']['input']>;
  filter?: InputMaybe<CommuneFilter>;
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Geography subgraph (owner: Sở Nội vụ for administrative units; statistics office for population).
 * Real administrative units with their GSO codes, of the provinces this service loads (ADMIN_UNITS_PROVINCES; default
 * Sơn La alone). Sơn La: GSO catalogue via github.com/daohoangson/dvhcvn, 01/03/2025, with its checked history (Vân Hồ
 * 2013, early-2025 changes) and Nghị quyết 1681/NQ-UBTVQH15 for the units of 01/07/2025. Other provinces: the GSO
 * catalogue of 01/03/2025 (63 provinces, 696 districts, 10,047 communes) and the 34 provinces and 3,321 communes of
 * 01/07/2025 with the old units each was formed from (Province.sources names the files).
 * SIMPLIFICATION outside Sơn La: the national files hold no older history, so the 01/03/2025 snapshot stands for every
 * year before 2025 (a unit of that snapshot is read as existing, under the same name and district, in 2010–2024); this
 * is not a year-true claim. Population and households are SYNTHETIC.
 */
export type QueryDistrictArgs = {
  code: Scalars['String']['input'];
};


/**
 * Geography subgraph (owner: Sở Nội vụ for administrative units; statistics office for population).
 * Real administrative units with their GSO codes, of the provinces this service loads (ADMIN_UNITS_PROVINCES; default
 * Sơn La alone). Sơn La: GSO catalogue via github.com/daohoangson/dvhcvn, 01/03/2025, with its checked history (Vân Hồ
 * 2013, early-2025 changes) and Nghị quyết 1681/NQ-UBTVQH15 for the units of 01/07/2025. Other provinces: the GSO
 * catalogue of 01/03/2025 (63 provinces, 696 districts, 10,047 communes) and the 34 provinces and 3,321 communes of
 * 01/07/2025 with the old units each was formed from (Province.sources names the files).
 * SIMPLIFICATION outside Sơn La: the national files hold no older history, so the 01/03/2025 snapshot stands for every
 * year before 2025 (a unit of that snapshot is read as existing, under the same name and district, in 2010–2024); this
 * is not a year-true claim. Population and households are SYNTHETIC.
 */
export type QueryProvinceArgs = {
  code: Scalars['String']['input'];
};



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Commune: Commune;
  CommuneYear: CommuneYear;
  District: District;
  DistrictYear: DistrictYear;
  Province: Province;
  ProvinceYear: ProvinceYear;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Commune:
    ( { __typename: 'Commune' }
    & GraphQLRecursivePick<FederationTypes['Commune'], {"code":true}> );
  CommuneYear:
    ( { __typename: 'CommuneYear' }
    & GraphQLRecursivePick<FederationTypes['CommuneYear'], {"communeCode":true,"year":true,"boundaries":true}> );
  District:
    ( { __typename: 'District' }
    & GraphQLRecursivePick<FederationTypes['District'], {"code":true}> );
  DistrictYear:
    ( { __typename: 'DistrictYear' }
    & GraphQLRecursivePick<FederationTypes['DistrictYear'], {"districtCode":true,"year":true}> );
  Province:
    ( { __typename: 'Province' }
    & GraphQLRecursivePick<FederationTypes['Province'], {"code":true}> );
  ProvinceYear:
    ( { __typename: 'ProvinceYear' }
    & GraphQLRecursivePick<FederationTypes['ProvinceYear'], {"provinceCode":true,"year":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  AreaClasses: ResolverTypeWrapper<AreaClasses>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Boundaries: Boundaries;
  Commune: ResolverTypeWrapper<UnitModel>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  CommuneFilter: CommuneFilter;
  CommunePage: ResolverTypeWrapper<CommunePageModel>;
  CommuneVersion: ResolverTypeWrapper<CommuneVersionModel>;
  CommuneYear: ResolverTypeWrapper<CommuneYearModel>;
  District: ResolverTypeWrapper<UnitModel>;
  DistrictYear: ResolverTypeWrapper<DistrictYearModel>;
  FormedFromLink: ResolverTypeWrapper<FormedFromLink>;
  FormerName: ResolverTypeWrapper<FormerName>;
  LinkShare: LinkShare;
  Province: ResolverTypeWrapper<UnitModel>;
  ProvinceVersion: ResolverTypeWrapper<ProvinceVersionModel>;
  ProvinceYear: ResolverTypeWrapper<ProvinceYearModel>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AreaClasses: AreaClasses;
  Boolean: Scalars['Boolean']['output'];
  String: Scalars['String']['output'];
  Commune: UnitModel;
  Int: Scalars['Int']['output'];
  CommuneFilter: CommuneFilter;
  CommunePage: CommunePageModel;
  CommuneVersion: CommuneVersionModel;
  CommuneYear: CommuneYearModel;
  District: UnitModel;
  DistrictYear: DistrictYearModel;
  FormedFromLink: FormedFromLink;
  FormerName: FormerName;
  Province: UnitModel;
  ProvinceVersion: ProvinceVersionModel;
  ProvinceYear: ProvinceYearModel;
  Query: Record<PropertyKey, never>;
};

export type AreaClassesResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['AreaClasses'] = ResolversParentTypes['AreaClasses']> = {
  border?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  extremelyDifficult?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  highland?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  resettlement?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type CommuneResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['Commune'] = ResolversParentTypes['Commune'], FederationReferenceType extends FederationReferenceTypes['Commune'] = FederationReferenceTypes['Commune']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Commune']> | FederationReferenceType, FederationReferenceType, ContextType>;
  areaClasses?: Resolver<ResolversTypes['AreaClasses'], ParentType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  current?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType>;
  formedFrom?: Resolver<Maybe<Array<ResolversTypes['FormedFromLink']>>, ParentType, ContextType>;
  formerNames?: Resolver<Array<ResolversTypes['FormerName']>, ParentType, ContextType>;
  inYear?: Resolver<Maybe<ResolversTypes['CommuneYear']>, ParentType, ContextType, RequireFields<CommuneInYearArgs, 'boundaries' | 'year'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['Commune']>, ParentType, ContextType>;
  province?: Resolver<Maybe<ResolversTypes['Province']>, ParentType, ContextType>;
  successor?: Resolver<Maybe<ResolversTypes['Commune']>, ParentType, ContextType>;
  successorNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validityNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['CommuneVersion']>, ParentType, ContextType>;
};

export type CommunePageResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['CommunePage'] = ResolversParentTypes['CommunePage']> = {
  endCursor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  hasNextPage?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['Commune']>, ParentType, ContextType>;
  totalCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type CommuneVersionResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['CommuneVersion'] = ResolversParentTypes['CommuneVersion']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  districtCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  formerNames?: Resolver<Array<ResolversTypes['FormerName']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type CommuneYearResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['CommuneYear'] = ResolversParentTypes['CommuneYear'], FederationReferenceType extends FederationReferenceTypes['CommuneYear'] = FederationReferenceTypes['CommuneYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['CommuneYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  boundaries?: Resolver<ResolversTypes['Boundaries'], ParentType, ContextType>;
  communeCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  complete?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['DistrictYear']>, ParentType, ContextType>;
  districtCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  households?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  populationSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinceCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  reportingUnits?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type DistrictResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['District'] = ResolversParentTypes['District'], FederationReferenceType extends FederationReferenceTypes['District'] = FederationReferenceTypes['District']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['District']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communes?: Resolver<Array<ResolversTypes['Commune']>, ParentType, ContextType, Partial<DistrictCommunesArgs>>;
  formerNames?: Resolver<Array<ResolversTypes['FormerName']>, ParentType, ContextType>;
  inYear?: Resolver<Maybe<ResolversTypes['DistrictYear']>, ParentType, ContextType, RequireFields<DistrictInYearArgs, 'year'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  province?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validityNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type DistrictYearResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['DistrictYear'] = ResolversParentTypes['DistrictYear'], FederationReferenceType extends FederationReferenceTypes['DistrictYear'] = FederationReferenceTypes['DistrictYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['DistrictYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  communeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communes?: Resolver<Array<ResolversTypes['CommuneYear']>, ParentType, ContextType>;
  districtCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  households?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  populationSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type FormedFromLinkResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['FormedFromLink'] = ResolversParentTypes['FormedFromLink']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  share?: Resolver<ResolversTypes['LinkShare'], ParentType, ContextType>;
};

export type FormerNameResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['FormerName'] = ResolversParentTypes['FormerName']> = {
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validTo?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ProvinceResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['Province'] = ResolversParentTypes['Province'], FederationReferenceType extends FederationReferenceTypes['Province'] = FederationReferenceTypes['Province']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Province']> | FederationReferenceType, FederationReferenceType, ContextType>;
  asOf?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  communes?: Resolver<Array<ResolversTypes['Commune']>, ParentType, ContextType, Partial<ProvinceCommunesArgs>>;
  districts?: Resolver<Array<ResolversTypes['District']>, ParentType, ContextType, Partial<ProvinceDistrictsArgs>>;
  formerNames?: Resolver<Array<ResolversTypes['FormerName']>, ParentType, ContextType>;
  inYear?: Resolver<ResolversTypes['ProvinceYear'], ParentType, ContextType, RequireFields<ProvinceInYearArgs, 'year'>>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  predecessors?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType>;
  provinces?: Resolver<Array<ResolversTypes['Province']>, ParentType, ContextType, Partial<ProvinceProvincesArgs>>;
  sources?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  successor?: Resolver<Maybe<ResolversTypes['Province']>, ParentType, ContextType>;
  successorNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validityNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  versions?: Resolver<Array<ResolversTypes['ProvinceVersion']>, ParentType, ContextType>;
};

export type ProvinceVersionResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['ProvinceVersion'] = ResolversParentTypes['ProvinceVersion']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  formerNames?: Resolver<Array<ResolversTypes['FormerName']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  validFrom?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validTo?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  validityNote?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ProvinceYearResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['ProvinceYear'] = ResolversParentTypes['ProvinceYear'], FederationReferenceType extends FederationReferenceTypes['ProvinceYear'] = FederationReferenceTypes['ProvinceYear']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['ProvinceYear']> | FederationReferenceType, FederationReferenceType, ContextType>;
  communeCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  communes?: Resolver<Array<ResolversTypes['CommuneYear']>, ParentType, ContextType>;
  districts?: Resolver<Array<ResolversTypes['DistrictYear']>, ParentType, ContextType>;
  households?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  name?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  population?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  populationSource?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinceCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  provinces?: Resolver<Array<ResolversTypes['ProvinceYear']>, ParentType, ContextType>;
  year?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = GeographyContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  commune?: Resolver<Maybe<ResolversTypes['Commune']>, ParentType, ContextType, RequireFields<QueryCommuneArgs, 'code'>>;
  communes?: Resolver<ResolversTypes['CommunePage'], ParentType, ContextType, RequireFields<QueryCommunesArgs, 'first'>>;
  country?: Resolver<ResolversTypes['Province'], ParentType, ContextType>;
  district?: Resolver<Maybe<ResolversTypes['District']>, ParentType, ContextType, RequireFields<QueryDistrictArgs, 'code'>>;
  province?: Resolver<Maybe<ResolversTypes['Province']>, ParentType, ContextType, RequireFields<QueryProvinceArgs, 'code'>>;
};

export type Resolvers<ContextType = GeographyContext> = {
  AreaClasses?: AreaClassesResolvers<ContextType>;
  Commune?: CommuneResolvers<ContextType>;
  CommunePage?: CommunePageResolvers<ContextType>;
  CommuneVersion?: CommuneVersionResolvers<ContextType>;
  CommuneYear?: CommuneYearResolvers<ContextType>;
  District?: DistrictResolvers<ContextType>;
  DistrictYear?: DistrictYearResolvers<ContextType>;
  FormedFromLink?: FormedFromLinkResolvers<ContextType>;
  FormerName?: FormerNameResolvers<ContextType>;
  Province?: ProvinceResolvers<ContextType>;
  ProvinceVersion?: ProvinceVersionResolvers<ContextType>;
  ProvinceYear?: ProvinceYearResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

