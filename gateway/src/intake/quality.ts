import type { ApolloServer, ApolloServerPlugin } from '@apollo/server';
import { GraphQLError, Kind, valueFromASTUntyped, type DocumentNode, type FieldNode, type SelectionSetNode } from 'graphql';
import type { GatewayContext } from '../context';
import { IntakeRefusal, reportingUnit, runner, type ReportingUnit, type RunGraphQL } from './units';

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
 *
 * One check, in front of every submission that passes the gateway: `submissionCheckPlugin` runs it for each
 * `submit<Dept>Period` of a /graphql mutation (refused with a GraphQL error coded QUALITY_ERRORS or
 * QUALITY_WARNING_NEEDS_COMMENT, `extensions.findings` and `extensions.acknowledgedWarnings` listing the keys to
 * acknowledge), and the intake's `POST /intake/submit/<dept>` runs it for the page's answer (findings in full)
 * before calling the mutation itself (marked checked, so it is not run twice).
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

export function concerns(f: QualityFinding, department: string): boolean {
  return f.department === department || f.left?.department === department || f.right?.department === department;
}

/** A finding's key, what a GraphQL client acknowledges: rule, unit and year ("XD-WORKING-AGE-AGREE 03646 2017"). */
export const findingKey = (f: QualityFinding) => `${f.ruleCode} ${f.unitCode} ${f.year}`;

/** One line per finding, as audited with an acknowledged submission: its key, then both sides' sources and values. */
export function findingLine(f: QualityFinding): string {
  const side = (s: QualitySide | null) => (s ? `${s.department ?? '?'}/${s.dataset ?? '?'} [${s.row ?? s.label ?? ''}] = ${s.value ?? 'not recorded'}` : '');
  return `${findingKey(f)}: ${side(f.left)}${f.right ? ` vs ${side(f.right)}` : ''}`.slice(0, 500);
}

/**
 * The findings of a reporting unit's year that concern `department`, errors first: a district's from the district,
 * a commune's from its province of that year (from 2025 there are no districts), whichever province it lies in.
 */
export async function unitFindings(run: RunGraphQL, unit: ReportingUnit, year: number, department: string): Promise<QualityFinding[]> {
  if (unit.level === 'commune' && !unit.provinceCode) {
    throw new IntakeRefusal(503, 'QUALITY_CHECK_UNAVAILABLE', `the data-quality check could not be run: the province of commune ${unit.code} in ${year} is not known`);
  }
  const r = unit.level === 'district'
    ? await run(`query IntakeQuality($code: String!, $year: Int!) { district(code: $code) { inYear(year: $year) { dataQuality { ${FINDING} } } } }`, { code: unit.code, year })
    : await run(`query IntakeQuality($code: String!, $year: Int!) { province(code: $code) { inYear(year: $year) { dataQuality { ${FINDING} } } } }`, { code: unit.provinceCode, year });
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

export interface SubmissionCheck {
  findings: QualityFinding[];
  errors: QualityFinding[];
  warnings: QualityFinding[];
  refusal: { code: 'QUALITY_ERRORS' | 'QUALITY_WARNING_NEEDS_COMMENT'; message: string } | null;
}

/**
 * The submission check of a unit-year for a department: any ERROR refuses (QUALITY_ERRORS, a comment does not
 * lift it); warnings need a comment (QUALITY_WARNING_NEEDS_COMMENT) and, when `acknowledged` is given (the
 * GraphQL path), each warning's key (or its line) among them: a client acknowledges what it was shown, not what
 * came after.
 */
export async function checkSubmission(
  run: RunGraphQL, department: string, year: number, unitCode: string, comment: string | null, acknowledged: string[] | null,
): Promise<SubmissionCheck> {
  const unit = await reportingUnit(run, unitCode, year);
  const findings = await unitFindings(run, unit, year, department);
  const errors = findings.filter((f) => f.importance === 'ERROR');
  const warnings = findings.filter((f) => f.importance !== 'ERROR');
  const rules = (xs: QualityFinding[]) => [...new Set(xs.map((f) => f.ruleCode))].join(', ');
  const what = `${department} ${year} ${unitCode}`;
  let refusal: SubmissionCheck['refusal'] = null;
  if (errors.length) {
    refusal = { code: 'QUALITY_ERRORS', message: `${errors.length} data-quality finding(s) of importance ERROR for ${what} (${rules(errors)}): correct the figures (either side may be the wrong one) before submitting` };
  } else if (warnings.length && !comment?.trim()) {
    refusal = { code: 'QUALITY_WARNING_NEEDS_COMMENT', message: `${warnings.length} data-quality warning(s) for ${what} (${rules(warnings)}): correct them, or submit with a comment saying why the figures stand` };
  } else if (warnings.length && acknowledged) {
    const missing = warnings.map(findingKey).filter((k) => !acknowledged.some((a) => a === k || a.startsWith(`${k}:`)));
    if (missing.length) refusal = { code: 'QUALITY_WARNING_NEEDS_COMMENT', message: `${missing.length} data-quality warning(s) for ${what} not acknowledged: pass each one's key (rule unit year, as in extensions.acknowledgedWarnings or DistrictYear.dataQuality) in acknowledgedWarnings, with the comment` };
  }
  return { findings, errors, warnings, refusal };
}

/** The root fields of an operation, through inline fragments and fragment spreads. */
function rootFields(set: SelectionSetNode, document: DocumentNode, seen = new Set<string>()): FieldNode[] {
  const out: FieldNode[] = [];
  for (const sel of set.selections) {
    if (sel.kind === Kind.FIELD) out.push(sel);
    else if (sel.kind === Kind.INLINE_FRAGMENT) out.push(...rootFields(sel.selectionSet, document, seen));
    else if (!seen.has(sel.name.value)) {
      seen.add(sel.name.value);
      const def = document.definitions.find((d) => d.kind === Kind.FRAGMENT_DEFINITION && d.name.value === sel.name.value);
      if (def && def.kind === Kind.FRAGMENT_DEFINITION) out.push(...rootFields(def.selectionSet, document, seen));
    }
  }
  return out;
}

/** The submission check in front of every `submit<Dept>Period` mutation through the gateway (see above). */
export function submissionCheckPlugin(apollo: () => ApolloServer<GatewayContext>): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, request, contextValue }) {
          if (operation?.operation !== 'mutation' || contextValue.submissionChecked) return;
          for (const field of rootFields(operation.selectionSet, document)) {
            const m = /^submit([A-Z]\w*)Period$/.exec(field.name.value);
            if (!m) continue;
            const args = Object.fromEntries((field.arguments ?? []).map((a) => [a.name.value, valueFromASTUntyped(a.value, request.variables ?? {})]));
            // Arguments of the wrong shape are the department's to refuse (BAD_USER_INPUT), as without the check.
            if (typeof args.year !== 'number' || typeof args.unitCode !== 'string') continue;
            const department = m[1][0].toLowerCase() + m[1].slice(1);
            const acknowledged = Array.isArray(args.acknowledgedWarnings) ? args.acknowledgedWarnings.map(String) : [];
            let check: SubmissionCheck;
            try {
              check = await checkSubmission(runner(apollo(), { ...contextValue, submissionChecked: true }), department, args.year, args.unitCode,
                typeof args.comment === 'string' ? args.comment : null, acknowledged);
            } catch (err) {
              if (err instanceof IntakeRefusal && err.status === 400) continue; // a unit of no such year: the department says so
              if (err instanceof IntakeRefusal) throw new GraphQLError(err.message, { extensions: { code: err.code, http: { status: err.status } } });
              throw err;
            }
            if (check.refusal) {
              throw new GraphQLError(check.refusal.message, {
                // Keys, not lines: extension values are clipped (plugins/errors.ts), at most 20 listed; the counts say how many.
                extensions: {
                  code: check.refusal.code, http: { status: 422 }, errors: check.errors.length, warnings: check.warnings.length,
                  findings: check.findings.map(findingKey), acknowledgedWarnings: check.warnings.map(findingKey),
                },
              });
            }
          }
        },
      };
    },
  };
}
