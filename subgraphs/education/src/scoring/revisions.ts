import type { MigrationInterface, QueryRunner } from 'typeorm';
import { loadTargetCatalogue } from '@lsp/shared';
import { ProgrammeTargetEntity } from '../store/programme-target';
import { defaultScoringModels } from './default-models';
import { GradeBandEntity, ScoringComponentEntity, ScoringModelEntity } from './store';

/**
 * Each target read on its own wording (issue 16): V.11 measured by two indicators, district committees
 * (EDU_DISTRICT_COMMITTEE_ON_TIME) and commune committees (EDU_COMMUNE_COMMITTEE_ON_TIME), where one mixed both;
 * the 2020 kindergarten target on ages 3 to under 5 (EDU_KINDERGARTEN_3_4), its non-public sub-share not measured.
 *
 * Brings a database created before this correction to the catalogue file: the indicator, label and note of
 * every target, and the two default models rebuilt from it. The default models are derived reference data,
 * corrected here under the same ids so that `learningSociety` keeps picking them by year; models stored by
 * users are left alone. On a new database the earlier migrations already read the corrected file, and this
 * one writes the same values again.
 */
export class ReadTargetsOnTheirWording1764000000400 implements MigrationInterface {
  name = 'ReadTargetsOnTheirWording1764000000400';
  async up(qr: QueryRunner): Promise<void> {
    const targets = loadTargetCatalogue();
    for (const t of targets) {
      await qr.manager.update(ProgrammeTargetEntity, { id: t.id }, { indicatorCode: t.indicatorCode, labelEn: t.labelEn, note: t.note });
    }
    for (const m of defaultScoringModels(targets)) {
      await qr.manager.delete(GradeBandEntity, { modelId: m.id });
      await qr.manager.delete(ScoringComponentEntity, { modelId: m.id });
      await qr.manager.delete(ScoringModelEntity, { id: m.id });
      await qr.manager.insert(ScoringModelEntity, {
        id: m.id, name: m.name, description: m.description, validFromYear: m.validFromYear, validToYear: m.validToYear, minCoverageForGrade: m.minCoverageForGrade,
      });
      await qr.manager.insert(ScoringComponentEntity, m.components.map((c, i) => ({
        modelId: m.id, position: i + 1, indicatorCode: c.indicatorCode, source: c.source, clause: c.clause, targetId: c.targetId ?? null,
        targetValue: c.targetValue, comparator: c.comparator, weight: c.weight,
      })));
      await qr.manager.insert(GradeBandEntity, m.bands.map((b) => ({ modelId: m.id, grade: b.grade, minTotal: b.minTotal, label: b.label })));
    }
  }

  // The earlier reading mixed both V.11 deadlines in one indicator that no longer exists: there is nothing true to go back to.
  async down(): Promise<void> {}
}
