import { defineResource, f } from '../../common/resource';
import { UserRole } from './account.enums';
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
    username: f.string('用户名', 'Username', { required: true, filter: true, sort: true, maxLength: 50 }),
    displayName: f.string('姓名', 'Display name', { required: true, filter: true, sort: true, maxLength: 100 }),
    role: f.enum(UserRole, 'UserRole', '角色', 'Role', {
      required: true,
      filter: true,
      sort: true,
      description: 'Partner users need socialGroupId; organization admins and staff need organizationId',
    }),
    organizationId: f.ref('Organization', 'organization', '所属组织', 'Organization', { filter: true }),
    socialGroupId: f.ref('SocialGroup', 'socialGroup', '所属社会组织', 'Social organization', { filter: true }),
    active: f.boolean('启用', 'Active', { filter: true }),
    lastLoginAt: f.datetime('最近登录时间', 'Last login at', { readOnly: true, filter: true, sort: true }),
  },
});
