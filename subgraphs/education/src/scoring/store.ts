import { EntitySchema, Table, type DataSource, type MigrationInterface, type QueryRunner } from 'typeorm';
import { column, loadTargetCatalogue } from '@lsp/shared';
import { cultureScoringModel, defaultScoringModels } from './default-models';
import type { Comparator, GradeBand, ScoringModelSpec, SourceDepartment } from './engine';

/**
 * Scoring models are stored and versioned: a model never changes once stored; a new version gets a new id.
 * The one exception is the two default models, derived from the target catalogue: a correction of how the
 * catalogue is read rebuilds them by migration (scoring/revisions.ts).
 */
export interface ScoringModelRow {
  id: string;
  name: string;
  description: string;
  validFromYear: number;
  validToYear: number | null;
  minCoverageForGrade: number;
}
export interface ScoringComponentRow {
  modelId: string;
  position: number;
  indicatorCode: string;
  source: string;
  clause: string;
  targetId: string | null;
  targetValue: number;
  comparator: string;
  weight: number;
}
export interface GradeBandRow {
  modelId: string;
  grade: string;
  minTotal: number;
  label: string;
}

export const ScoringModelEntity = new EntitySchema<ScoringModelRow>({
  name: 'ScoringModel',
  tableName: 'scoring_model',
  columns: {
    id: { type: 'varchar', length: 40, primary: true },
    name: { type: 'varchar', length: 200 },
    description: { type: 'text' },
    validFromYear: { name: 'valid_from_year', type: 'int' },
    validToYear: { name: 'valid_to_year', type: 'int', nullable: true },
    minCoverageForGrade: { name: 'min_coverage_for_grade', type: 'double' },
  },
});
export const ScoringComponentEntity = new EntitySchema<ScoringComponentRow>({
  name: 'ScoringComponent',
  tableName: 'scoring_component',
  columns: {
    modelId: { name: 'model_id', type: 'varchar', length: 40, primary: true },
    position: { type: 'int', primary: true },
    indicatorCode: { name: 'indicator_code', type: 'varchar', length: 60 },
    source: { type: 'varchar', length: 20 },
    clause: { type: 'varchar', length: 20 },
    targetId: { name: 'target_id', type: 'varchar', length: 80, nullable: true },
    targetValue: { name: 'target_value', type: 'double' },
    comparator: { type: 'varchar', length: 5 },
    weight: { type: 'double' },
  },
});
export const GradeBandEntity = new EntitySchema<GradeBandRow>({
  name: 'GradeBand',
  tableName: 'scoring_grade_band',
  columns: {
    modelId: { name: 'model_id', type: 'varchar', length: 40, primary: true },
    grade: { type: 'varchar', length: 10, primary: true },
    minTotal: { name: 'min_total', type: 'double' },
    label: { type: 'text' },
  },
});

export class CreateScoringModels1764000000300 implements MigrationInterface {
  name = 'CreateScoringModels1764000000300';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(new Table({
      name: 'scoring_model',
      columns: [
        { ...column.code('id', 40), isPrimary: true }, column.code('name', 200), column.text('description', false),
        column.int('valid_from_year', false), column.int('valid_to_year', true), column.real('min_coverage_for_grade', false),
      ],
    }));
    await qr.createTable(new Table({
      name: 'scoring_component',
      columns: [
        { ...column.code('model_id', 40), isPrimary: true }, { ...column.int('position', false), isPrimary: true },
        column.code('indicator_code', 60), column.code('source', 20), column.code('clause', 20), column.code('target_id', 80, true),
        column.real('target_value', false), column.code('comparator', 5), column.real('weight', false),
      ],
      foreignKeys: [{ columnNames: ['model_id'], referencedTableName: 'scoring_model', referencedColumnNames: ['id'] }],
    }));
    await qr.createTable(new Table({
      name: 'scoring_grade_band',
      columns: [{ ...column.code('model_id', 40), isPrimary: true }, { ...column.code('grade', 10), isPrimary: true }, column.real('min_total', false), column.text('label', false)],
      foreignKeys: [{ columnNames: ['model_id'], referencedTableName: 'scoring_model', referencedColumnNames: ['id'] }],
    }));
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('scoring_grade_band');
    await qr.dropTable('scoring_component');
    await qr.dropTable('scoring_model');
  }
}

/** Stores the default models built from the target catalogue (reference data: present without demo data). */
export class LoadDefaultScoringModels1764000000310 implements MigrationInterface {
  name = 'LoadDefaultScoringModels1764000000310';
  async up(qr: QueryRunner): Promise<void> {
    for (const m of defaultScoringModels(loadTargetCatalogue())) {
      await qr.manager.insert(ScoringModelEntity, { id: m.id, name: m.name, description: m.description, validFromYear: m.validFromYear, validToYear: m.validToYear, minCoverageForGrade: m.minCoverageForGrade });
      await qr.manager.insert(ScoringComponentEntity, m.components.map((c, i) => ({
        modelId: m.id, position: i + 1, indicatorCode: c.indicatorCode, source: c.source, clause: c.clause, targetId: c.targetId ?? null,
        targetValue: c.targetValue, comparator: c.comparator, weight: c.weight,
      })));
      await qr.manager.insert(GradeBandEntity, m.bands.map((b) => ({ modelId: m.id, grade: b.grade, minTotal: b.minTotal, label: b.label })));
    }
  }
  async down(qr: QueryRunner): Promise<void> {
    const ids = defaultScoringModels(loadTargetCatalogue()).map((m) => m.id);
    for (const id of ids) {
      await qr.manager.delete(GradeBandEntity, { modelId: id });
      await qr.manager.delete(ScoringComponentEntity, { modelId: id });
      await qr.manager.delete(ScoringModelEntity, { id });
    }
  }
}

/**
 * Which components of a model are optional (counted only with data: engine.ts). A table of its own, so the stored
 * models and the migrations that wrote them stay exactly as they were: a model without rows here has none.
 */
export interface OptionalComponentRow {
  modelId: string;
  position: number;
}
export const OptionalComponentEntity = new EntitySchema<OptionalComponentRow>({
  name: 'ScoringOptionalComponent',
  tableName: 'scoring_optional_component',
  columns: {
    modelId: { name: 'model_id', type: 'varchar', length: 40, primary: true },
    position: { type: 'int', primary: true },
  },
});

/** Stores a model with its components, optional flags and bands. */
async function insertModel(qr: QueryRunner, m: ScoringModelSpec): Promise<void> {
  await qr.manager.insert(ScoringModelEntity, { id: m.id, name: m.name, description: m.description, validFromYear: m.validFromYear, validToYear: m.validToYear, minCoverageForGrade: m.minCoverageForGrade });
  await qr.manager.insert(ScoringComponentEntity, m.components.map((c, i) => ({
    modelId: m.id, position: i + 1, indicatorCode: c.indicatorCode, source: c.source, clause: c.clause, targetId: c.targetId ?? null,
    targetValue: c.targetValue, comparator: c.comparator, weight: c.weight,
  })));
  const optional = m.components.map((c, i) => ({ modelId: m.id, position: i + 1, optional: c.optional === true })).filter((c) => c.optional);
  if (optional.length) await qr.manager.insert(OptionalComponentEntity, optional.map(({ modelId, position }) => ({ modelId, position })));
  await qr.manager.insert(GradeBandEntity, m.bands.map((b) => ({ modelId: m.id, grade: b.grade, minTotal: b.minTotal, label: b.label })));
}

/**
 * A new model version with the culture department's book cabinets as optional components (issue 25); the models
 * stored before are not touched (QD354-2015, QD354-2020 answer as before).
 */
export class AddCultureScoringModel1768000000000 implements MigrationInterface {
  name = 'AddCultureScoringModel1768000000000';
  async up(qr: QueryRunner): Promise<void> {
    await qr.createTable(new Table({
      name: 'scoring_optional_component',
      columns: [{ ...column.code('model_id', 40), isPrimary: true }, { ...column.int('position', false), isPrimary: true }],
      foreignKeys: [{ columnNames: ['model_id'], referencedTableName: 'scoring_model', referencedColumnNames: ['id'] }],
    }));
    await insertModel(qr, cultureScoringModel(loadTargetCatalogue()));
  }
  async down(qr: QueryRunner): Promise<void> {
    await qr.manager.delete(GradeBandEntity, { modelId: 'QD354-2015-CULTURE' });
    await qr.manager.delete(ScoringComponentEntity, { modelId: 'QD354-2015-CULTURE' });
    await qr.dropTable('scoring_optional_component');
    await qr.manager.delete(ScoringModelEntity, { id: 'QD354-2015-CULTURE' });
  }
}

export const scoringEntities = [ScoringModelEntity, ScoringComponentEntity, GradeBandEntity, OptionalComponentEntity];
export const scoringMigrations = [CreateScoringModels1764000000300, LoadDefaultScoringModels1764000000310];

/** Every stored model with its components and bands: four statements, whatever the request asks. */
export async function loadScoringModels(db: DataSource): Promise<ScoringModelSpec[]> {
  const [models, components, bands, optional] = await Promise.all([
    db.getRepository(ScoringModelEntity).find({ order: { validFromYear: 'ASC', id: 'ASC' } }),
    db.getRepository(ScoringComponentEntity).find({ order: { modelId: 'ASC', position: 'ASC' } }),
    db.getRepository(GradeBandEntity).find({ order: { minTotal: 'DESC' } }),
    db.getRepository(OptionalComponentEntity).find(),
  ]);
  const isOptional = new Set(optional.map((o) => `${o.modelId}|${Number(o.position)}`));
  return models.map((m) => ({
    id: m.id, name: m.name, description: m.description, validFromYear: Number(m.validFromYear),
    validToYear: m.validToYear === null ? null : Number(m.validToYear), minCoverageForGrade: Number(m.minCoverageForGrade),
    components: components.filter((c) => c.modelId === m.id).map((c) => ({
      indicatorCode: c.indicatorCode, source: c.source as SourceDepartment, clause: c.clause, targetId: c.targetId ?? undefined,
      targetValue: Number(c.targetValue), comparator: c.comparator as Comparator, weight: Number(c.weight),
      ...(isOptional.has(`${c.modelId}|${Number(c.position)}`) ? { optional: true } : {}),
    })),
    bands: bands.filter((b) => b.modelId === m.id).map((b): GradeBand => ({ grade: b.grade, minTotal: Number(b.minTotal), label: b.label })),
  }));
}
