import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AGENCIES, TASKS, dueIn, overdueAt, taskById } from '../src/catalogue';

/**
 * Section V of the decision, read from the project's copy of the seed text: every bullet or paragraph under an
 * agency's numbered heading is one task of the data, in order, citing its clause, with the wording verbatim.
 */
const SEED = join(__dirname, '..', '..', '..', 'shared', 'data', 'qd-354-2013-son-la-learning-society.txt');

function sectionV(): Array<{ clause: string; heading: string; paragraphs: string[] }> {
  const lines = readFileSync(SEED, 'utf8').split('\n').map((l) => l.trim());
  const start = lines.indexOf('V. TỔ CHỨC THỰC HIỆN');
  const end = lines.findIndex((l) => l.startsWith('Trên đây là Chương trình'));
  expect(start).toBeGreaterThan(0);
  expect(end).toBeGreaterThan(start);
  const out: Array<{ clause: string; heading: string; paragraphs: string[] }> = [];
  for (const l of lines.slice(start + 1, end).filter(Boolean)) {
    const m = /^(\d+)\. (.*)$/.exec(l);
    if (m) out.push({ clause: `V.${m[1]}`, heading: m[2], paragraphs: [] });
    else out[out.length - 1].paragraphs.push(l);
  }
  return out;
}

it('has one task per bullet or paragraph of section V, citing its clause, worded as the seed', () => {
  const clauses = sectionV();
  const paragraphs = clauses.flatMap((c) => c.paragraphs.map((text, i) => ({ id: `${c.clause}-${i + 1}`, clause: c.clause, text })));
  expect(clauses.map((c) => c.clause)).toEqual(Array.from({ length: 12 }, (_, i) => `V.${i + 1}`));
  expect(TASKS.length).toBe(paragraphs.length);
  expect(TASKS.map((t) => ({ id: t.id, clause: t.clause, text: t.wordingVi }))).toEqual(paragraphs);
  // Each clause's lead agency is the clause's heading.
  for (const c of clauses) {
    const agency = AGENCIES.find((a) => a.clause === c.clause)!;
    expect(TASKS.filter((t) => t.clause === c.clause).every((t) => t.agencyCode === agency.code)).toBe(true);
    const squash = (x: string) => x.replace(/\s+/g, '').toLowerCase();
    expect(squash(c.heading)).toContain(squash(agency.nameVi.split(',')[0]).slice(0, 12));
  }
});

it('reads due dates and recurrences from the wording only', () => {
  expect(taskById('V.11-1')).toMatchObject({ dueDate: '2013-06-30', recurrence: null });
  expect(taskById('V.1-5')).toMatchObject({ dueDate: '2015-12-31', recurrence: 'YEARLY' });
  for (const t of TASKS) {
    if (t.recurrence === 'YEARLY') expect(t.wordingVi.toLowerCase()).toMatch(/hàng năm|hàngnăm|từng năm|hàng\s*năm/);
    if (t.dueDate) expect(t.wordingVi).toMatch(new RegExp(t.dueDate.slice(0, 4)));
  }
});

it('says when a task is due and whether it is overdue', () => {
  const yearly = taskById('V.8-2')!;
  const dated = taskById('V.11-1')!;
  const ongoing = taskById('V.6-1')!;
  expect([dueIn(yearly, 2015), dueIn(dated, 2013), dueIn(dated, 2015), dueIn(ongoing, 2015)]).toEqual(['2015-12-31', '2013-06-30', null, null]);
  expect(overdueAt(yearly, 2015, [{ year: 2015, status: 'DONE' }])).toBe(false);
  expect(overdueAt(yearly, 2015, [{ year: 2014, status: 'DONE' }, { year: 2015, status: 'IN_PROGRESS' }])).toBe(true);
  expect(overdueAt(yearly, 2015, [])).toBe(true);
  expect(overdueAt(dated, 2012, [])).toBe(false);
  expect(overdueAt(dated, 2014, [{ year: 2013, status: 'IN_PROGRESS' }])).toBe(true);
  expect(overdueAt(dated, 2014, [{ year: 2014, status: 'DONE' }])).toBe(false);
  expect(overdueAt(ongoing, 2015, [])).toBe(false);
});
