import { defineResource, f } from '../../common/define-resource';
import { User } from './user.entity';
import { userRules } from './user.rules';

export const userResource = defineResource({
  name: 'User',
  entity: User,
  single: 'user',
  plural: 'users',
  label: ['用户', 'User'],
  listRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN'],
  writeRoles: ['PLATFORM_ADMIN', 'ORG_ADMIN'],
  search: ['username', 'displayName'],
  defaultOrder: { username: 'ASC' },
  validate: userRules,
  fields: {
    username: f.field('用户名', 'Username', { filter: true, sort: true }),
    displayName: f.field('姓名', 'Display name', { filter: true, sort: true }),
    role: f.field('角色', 'Role', {
      filter: true,
      sort: true,
      description: 'Partner users need socialGroupId; organization admins and staff need organizationId',
    }),
    organizationId: f.field('所属组织', 'Organization', { filter: true }),
    socialGroupId: f.field('所属社会组织', 'Social organization', { filter: true }),
    active: f.field('启用', 'Active', { filter: true }),
    lastLoginAt: f.field('最近登录时间', 'Last login at', { readOnly: true, filter: true, sort: true }),
  },
});
