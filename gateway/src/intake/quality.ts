import { IntakeRefusal, type ReportingUnit, type RunGraphQL } from './units';

/**
 * The submission check of the data-quality rules (issue 22 with issue 24), asked of the supergraph as the
 * caller: the findings education serves as `DistrictYear.dataQuality` (until 2024 a district reports) or the
 * province's findings of that commune (from 2025 each commune reports). The gateway keeps no rule and no
 * department word: it reads the findings and their sides' departments, as any client could.
 *
 * A finding concerns the submitting department when the rule is declared by it or either side's figure comes
 * from it (`department`, `left.department`, `right.department`): vocational's submission is held by "vocational's
 * trained workers above education's working-age population", and so is education's, since the same two figures
 * cannot both be right and either may be the wrong one; workforce's is not.
 */
export interface QualitySide {
  label: string | null;
  value: number | null;
  year: number | null;
  department: string | null;
  dataset: string | null;
  row: string | null;
  indicator: string | null;
  part: string | null;
  provenance: string | null;
}

export interface QualityFinding {
  kind: string;
  ruleCode: string;
  importance: 'ERROR' | 'WARNING';
  department: string;
  unitCode: string;
  unitName: string | null;
  year: number;
  message: string;
  messageVi: string | null;
  left: QualitySide;
  right: QualitySide | null;
}

const SIDE = 'label value year department dataset row indicator part provenance';
const FINDING = `kind ruleCode importance department unitCode unitName year message messageVi left { ${SIDE} } right { ${SIDE} }`;
/** Sơn La, whose findings hold a commune's from 2025 (no districts then). */
export const QUALITY_PROVINCE = '14';

export function concerns(f: QualityFinding, department: string): boolean {
  return f.department === department || f.left?.department === department || f.right?.department === department;
}

/** One line per finding, as audited with an acknowledged submission: rule, unit and year, both sides' sources and values. */
export function findingLine(f: QualityFinding): string {
  const side = (s: QualitySide | null) => (s ? `${s.department ?? '?'}/${s.dataset ?? '?'} [${s.row ?? s.label ?? ''}] = ${s.value ?? 'not recorded'}` : '');
  return `${f.ruleCode} ${f.unitCode} ${f.year}: ${side(f.left)}${f.right ? ` vs ${side(f.right)}` : ''}`.slice(0, 500);
}

/** The findings of a reporting unit's year that concern `department`, errors first. */
export async function unitFindings(run: RunGraphQL, unit: ReportingUnit, year: number, department: string): Promise<QualityFinding[]> {
  const r = unit.level === 'district'
    ? await run(`query IntakeQuality($code: String!, $year: Int!) { district(code: $code) { inYear(year: $year) { dataQuality { ${FINDING} } } } }`, { code: unit.code, year })
    : await run(`query IntakeQuality($code: String!, $year: Int!) { province(code: $code) { inYear(year: $year) { dataQuality { ${FINDING} } } } }`, { code: QUALITY_PROVINCE, year });
  const all: QualityFinding[] | undefined = unit.level === 'district' ? r.data?.district?.inYear?.dataQuality : r.data?.province?.inYear?.dataQuality;
  if (r.errors?.length || !all) {
    const e = r.errors?.[0];
    const code = String(e?.extensions?.code ?? 'SUBGRAPH_UNAVAILABLE');
    if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') throw new IntakeRefusal(code === 'FORBIDDEN' ? 403 : 401, code, e!.message);
    // Fail closed: a submission is not taken without its check.
    throw new IntakeRefusal(503, 'QUALITY_CHECK_UNAVAILABLE', `the data-quality check could not be run (${e?.message ?? 'no answer'}): try again when the departments answer`);
  }
  const own = all.filter((f) => concerns(f, department) && (unit.level === 'district' || f.unitCode === unit.code));
  return [...own.filter((f) => f.importance === 'ERROR'), ...own.filter((f) => f.importance !== 'ERROR')];
}
