import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';

/**
 * The persisted operations that the README, the explorer, the annual report and the BI exports share: one
 * `.graphql` file per operation under gateway/operations/, each opening with `# title:`, `# description:`
 * and `# variables:` (example variables, JSON) comment lines. Kept in one place so that the query an
 * analyst sees in the explorer is the one the report and the export run.
 */
export interface PersistedOperation {
  /** File name without `.graphql`, e.g. `learning-society-dashboard`; the name exports publish it under. */
  name: string;
  /** The GraphQL operation name, e.g. `LearningSocietyDashboard`. */
  operationName: string;
  title: string;
  description: string;
  /** The operation's text, comment header included (GraphQL ignores comments). */
  document: string;
  /** Example variables from the header, which the README and the explorer preload. */
  exampleVariables: Record<string, unknown>;
}

export const OPERATIONS_DIR = join(__dirname, '..', 'operations');

function header(text: string, key: string): string | undefined {
  const m = new RegExp(`^#\\s*${key}:\\s*(.+)$`, 'm').exec(text);
  return m?.[1].trim();
}

/** Reads and checks every persisted operation: one named operation per file, a title, JSON example variables. */
export function loadOperations(dir = OPERATIONS_DIR): PersistedOperation[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.graphql'))
    .sort()
    .map((file) => {
      const document = readFileSync(join(dir, file), 'utf8');
      const ops = parse(document).definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
      if (ops.length !== 1 || !ops[0].name) throw new Error(`${file}: a persisted operation file holds exactly one named operation`);
      const title = header(document, 'title');
      if (!title) throw new Error(`${file}: missing "# title:" line`);
      const vars = header(document, 'variables');
      let exampleVariables: Record<string, unknown> = {};
      if (vars) {
        try {
          exampleVariables = JSON.parse(vars) as Record<string, unknown>;
        } catch {
          throw new Error(`${file}: "# variables:" is not JSON`);
        }
      }
      return {
        name: file.replace(/\.graphql$/, ''),
        operationName: ops[0].name.value,
        title,
        description: header(document, 'description') ?? '',
        document,
        exampleVariables,
      };
    });
}

/** One persisted operation by name, or undefined. */
export function findOperation(name: string, dir = OPERATIONS_DIR): PersistedOperation | undefined {
  return loadOperations(dir).find((o) => o.name === name);
}
