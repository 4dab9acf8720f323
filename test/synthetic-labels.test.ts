import { readFileSync } from 'node:fs';
import { Kind, parse, type ObjectTypeDefinitionNode } from 'graphql';
import { SUPERGRAPH_FILE } from '../gateway/src/subgraphs';

/**
 * Composition keeps type and field descriptions but drops each subgraph's schema-level description, so the
 * SYNTHETIC label of the demo data must live on the types themselves. Reads the committed supergraph.
 */
const SERVING_DEMO_FIGURES = [
  'CommuneYear', 'DistrictYear', 'ProvinceYear', 'IndicatorValue', 'AreaClasses',
  // education
  'EducationRate', 'PreschoolIndicators', 'FlexibleLearningIndicators', 'LiteracyIndicators', 'EducationCounts', 'CommuneEducationStatistics',
  'CommunityLearningCentre', 'CommunityLearningCentreSummary', 'ContinuingEducationCentre', 'SteeringCommittee',
  'LearningSocietyScore', 'ScoreComponent', 'TargetProgress',
  // vocational
  'LabourForceFigures', 'LabourForceRow', 'LabourIndicators', 'LabourRatio', 'TechnologyTransfer', 'VocationalTrainingFigures', 'TrainingGroup',
  'CourseEnrolment', 'TrainingProvider', 'VocationalCourse',
  // workforce
  'WorkforceFigures', 'WorkforceRatio', 'Person', 'Posting', 'Qualification', 'TrainingRecord', 'PositionStandard',
  // awards
  'RecognitionShare', 'RecognitionCount', 'Assessment', 'Commendation', 'CommendationSummary', 'GradeCount',
];

describe('the composed supergraph keeps the SYNTHETIC label', () => {
  const doc = parse(readFileSync(SUPERGRAPH_FILE, 'utf8'));
  const types = new Map(
    doc.definitions.filter((d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION).map((d) => [d.name.value, d]),
  );

  it('on every type that serves demo figures', () => {
    const unlabelled = SERVING_DEMO_FIGURES.filter((name) => !/SYNTHETIC/.test(types.get(name)?.description?.value ?? ''));
    expect(unlabelled).toEqual([]);
  });

  it('with the provenance of each figure on the indicator lists, the score and target progress', () => {
    for (const name of ['IndicatorValue', 'ScoreComponent', 'LearningSocietyScore', 'TargetProgress', 'EducationRate']) {
      const field = types.get(name)!.fields!.find((f) => f.name.value === 'provenance');
      expect({ name, type: field?.type.kind === Kind.NAMED_TYPE ? field.type.name.value : null }).toEqual({ name, type: 'Provenance' });
    }
  });
});
