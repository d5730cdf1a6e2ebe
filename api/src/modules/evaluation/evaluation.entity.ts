import { Check, Entity, Enum, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../common/base.entity';
import { enumValues } from '../../common/enums';
import { Organization } from '../organization/organization.entity';
import { ServiceProject } from '../project/service-project.entity';
import { EvaluationKind } from './evaluation.enums';

/** An evaluation (评估) of a project: midterm, final or periodic. */
@Entity()
@Index({ properties: ['evaluatedOn'] })
@Check({ name: 'evaluation_score_check', expression: 'score >= 0 and score <= 100' })
@Check({ name: 'evaluation_satisfaction_bp_check', expression: 'satisfaction_bp >= 0 and satisfaction_bp <= 10000' })
export class Evaluation extends BaseEntity {
  @ManyToOne(() => ServiceProject, { deleteRule: 'restrict' })
  project!: Rel<ServiceProject>;

  @ManyToOne(() => Organization, { nullable: true, deleteRule: 'restrict' })
  evaluatorOrganization?: Rel<Organization> | null;

  @Enum({ items: enumValues(EvaluationKind) })
  kind!: EvaluationKind;

  @Property({ type: 'date' })
  evaluatedOn!: string;

  @Property({ type: 'integer' })
  score!: number;

  @Property({ type: 'integer', nullable: true })
  satisfactionBp?: number | null;

  @Property({ type: 'text', nullable: true })
  comment?: string | null;
}
