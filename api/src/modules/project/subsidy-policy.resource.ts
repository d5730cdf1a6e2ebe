import { defineResource, f } from '../../common/resource';
import { BeneficiaryCategory } from '../beneficiary/beneficiary.enums';
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
    projectId: f.ref('ServiceProject', 'project', '服务项目', 'Project', {
      required: true,
      filter: true,
      description: 'At most one policy per project',
    }),
    rateBp: f.bp('补贴比例', 'Subsidy rate', {
      required: true,
      max: 5000,
      sort: true,
      description: 'Share of the fee the sponsor pays, in basis points; at most 5000 (half)',
    }),
    capPerPersonFen: f.money('每人补贴上限', 'Cap per person'),
    eligibleCategories: f.enumList(BeneficiaryCategory, 'BeneficiaryCategory', '补贴对象类别', 'Eligible categories', {
      filter: true,
    }),
    membershipOrganizationId: f.ref(
      'Organization',
      'membershipOrganization',
      '工会关系所属范围',
      'Membership organization',
      {
        filter: true,
        description: "The worker's union membership must be in this organization's subtree (工会关系在本区)",
      },
    ),
    note: f.string('备注', 'Note', { maxLength: 500 }),
  },
});
