import type { Scenario } from './scenarios';

export async function computeSqlFloor(_dbUrl: (service: string) => string, _unitsFile: string | undefined, _sc: Scenario, _answer: unknown): Promise<{ ms: number; check: string } | undefined> {
  return undefined;
}
