import type { BeneficiaryCategory } from '../../modules/beneficiary/beneficiary.enums';
import type { PartnerRole, ProjectCategory, ProjectStatus } from '../../modules/project/project.enums';

/** A service project of the demo's story (demo-projects*.ts). */
export interface ProjectDef {
  key: string;
  name: string;
  brand?: string;
  edition?: number;
  category: ProjectCategory;
  sponsor: string;
  operator?: string;
  parent?: string;
  startsOn: string;
  endsOn: string;
  /** 元; stored in fen. */
  budgetYuan?: number;
  targets: BeneficiaryCategory[];
  status: ProjectStatus;
  description?: string;
  partners?: { org?: string; group?: string; role: PartnerRole; note?: string }[];
  /**
   * The approver's rejection comment: with status REJECTED the project waits to be revised; with a
   * later status it was rejected once and approved on resubmission (the full workflow).
   */
  rejectedFirst?: string;
  /** When a SUBMITTED or REJECTED project was (last) submitted; default 2025-08-11. */
  submittedOn?: string;
}
