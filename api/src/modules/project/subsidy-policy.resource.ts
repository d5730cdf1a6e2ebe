import { defineResource, f } from '../../common/define-resource';
import { SubsidyPolicy } from './subsidy-policy.entity';

export const subsidyPolicyResource = defineResource({
  name: 'SubsidyPolicy',
  entity: SubsidyPolicy,
  single: 'subsidyPolicy',
  plural: 'subsidyPolicies',
  title: ['project.name', 'membershipOrganization.name'],
  label: ['补贴政策', 'Subsidy policy'],
  writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN', 'ORG_STAFF'],
  search: ['note'],
  defaultOrder: { createdAt: 'DESC' },
  fields: {
    projectId: f.field('服务项目', 'Project', { filter: true, description: 'At most one policy per project' }),
    rateBp: f.bp('补贴比例', 'Subsidy rate', {
      sort: true,
      description: 'Share of the fee the sponsor pays, in basis points; at most 5000 (half)',
    }),
    capPerPersonFen: f.money('每人补贴上限', 'Cap per person'),
    eligibleCategories: f.field('补贴对象类别', 'Eligible categories', { filter: true }),
    membershipOrganizationId: f.field('工会关系所属范围', 'Membership organization', {
      filter: true,
      description: "The worker's union membership must be in this organization's subtree (工会关系在本区)",
    }),
    note: f.field('备注', 'Note'),
  },
});
