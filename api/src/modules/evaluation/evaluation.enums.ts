import { defineEnum, type EnumValue } from '../../common/enums';

export const EvaluationKind = defineEnum('EvaluationKind', {
  MIDTERM: ['中期评估', 'Midterm'],
  FINAL: ['结项评估', 'Final'],
  PERIODIC: ['定期评估', 'Periodic'],
});
export type EvaluationKind = EnumValue<typeof EvaluationKind>;
