import type { EntityManager } from '@mikro-orm/postgresql';
import { subquery } from '../crud/subquery';
import { escapeLike } from '../crud/like';
import type { Query } from '../crud/query';
import type { ScopeParams } from './scope-params';

/**
 * Which rows of each entity a caller may see, in one place. Applied by a global MikroORM filter to
 * every read path (find, count, loaders) and checked again after every write (crud-service.ts).
 *
 * Organization users see their organization's subtree and what hangs off it: projects it sponsors,
 * their classes, sessions, enrollments and attendance, the people it registered or that are enrolled
 * in its classes. Partners see the projects their social group operates or partners in, what hangs
 * off those, and the people enrolled in them or registered by them.
 *
 * Conditions on related rows are `fk in (select …)` sub-queries, not joins (see crud/subquery.ts).
 */
type Scope = { orgPath?: string; groupId?: string };
type Rule = (s: Scope, q: Sub) => Query;
type Sub = (entity: string, cond: Query, select?: string) => Query;

const NOTHING: Query = { id: { $in: [] } };
const LIVE = { deletedAt: null };

const inSubtree = (orgPath: string): Query => ({ path: { $like: `${escapeLike(orgPath)}%` } });
const orgs = (s: Scope, q: Sub): Query => q('Organization', inSubtree(s.orgPath!));

/** Ids of the projects in scope: sponsored inside the subtree, or operated / partnered by the group. */
function projects(s: Scope, q: Sub): Query {
  if (s.orgPath) return q('ServiceProject', { sponsor: { $in: orgs(s, q) } });
  const partnered = q('ProjectPartner', { ...LIVE, socialGroup: s.groupId }, 'project');
  return q('ServiceProject', { $or: [{ operator: s.groupId }, { id: { $in: partnered } }] });
}
const classes = (s: Scope, q: Sub): Query => q('ServiceClass', { project: { $in: projects(s, q) } });
const ofProject: Rule = (s, q) => ({ project: { $in: projects(s, q) } });
const ofClass: Rule = (s, q) => ({ serviceClass: { $in: classes(s, q) } });

/** People registered in the subtree (or by the group), or enrolled in or applying to a class in scope. */
function people(s: Scope, q: Sub): Query {
  const enrolled = q('Enrollment', { ...LIVE, serviceClass: { $in: classes(s, q) } }, 'beneficiary');
  const rounds = q('ApplicationRound', { ...LIVE, serviceClass: { $in: classes(s, q) } });
  const applied = q('Application', { ...LIVE, round: { $in: rounds } }, 'beneficiary');
  const registered = s.orgPath ? { registeredBy: { $in: orgs(s, q) } } : { registeredByGroup: s.groupId };
  return { $or: [registered, { id: { $in: enrolled } }, { id: { $in: applied } }] };
}

export const SCOPE_RULES: Record<string, Rule> = {
  Organization: (s, q) =>
    s.orgPath
      ? inSubtree(s.orgPath)
      : {
          $or: [
            { id: { $in: q('ServiceProject', { ...LIVE, id: { $in: projects(s, q) } }, 'sponsor') } },
            { id: { $in: q('Partnership', { ...LIVE, socialGroup: s.groupId }, 'organization') } },
          ],
        },
  // The directory of partner organizations is shared by all staff; a partner sees its own.
  SocialGroup: (s) => (s.orgPath ? {} : { id: s.groupId }),
  Partnership: (s, q) => (s.orgPath ? { organization: { $in: orgs(s, q) } } : { socialGroup: s.groupId }),
  Venue: (s, q) =>
    s.orgPath
      ? { owner: { $in: orgs(s, q) } }
      : { id: { $in: q('ServiceClass', { ...LIVE, project: { $in: projects(s, q) } }, 'venue') } },
  ServiceProject: (s, q) => ({ id: { $in: projects(s, q) } }),
  ProjectPartner: ofProject,
  ApprovalStep: ofProject,
  SubsidyPolicy: ofProject,
  Evaluation: ofProject,
  ServiceClass: ofProject,
  ClassSession: ofClass,
  Enrollment: ofClass,
  ApplicationRound: ofClass,
  Application: (s, q) => ({ round: { $in: q('ApplicationRound', ofClass(s, q)) } }),
  RoundObjection: (s, q) => ({ round: { $in: q('ApplicationRound', ofClass(s, q)) } }),
  RoundCorrection: (s, q) => ({ round: { $in: q('ApplicationRound', ofClass(s, q)) } }),
  RoundClass: (s, q) => ({ round: { $in: q('ApplicationRound', ofClass(s, q)) } }),
  Attendance: (s, q) => ({ enrollment: { $in: q('Enrollment', ofClass(s, q)) } }),
  Beneficiary: people,
  Guardianship: (s, q) => ({ ward: { $in: q('Beneficiary', people(s, q)) } }),
  Consent: (s, q) => ({ beneficiary: { $in: q('Beneficiary', people(s, q)) } }),
  // One-to-one work is seen by the sponsor's subtree and the operator only (not by co-partners).
  ServiceRecord: (s, q) =>
    s.orgPath
      ? { project: { $in: q('ServiceProject', { sponsor: { $in: orgs(s, q) } }) } }
      : { $or: [{ socialGroup: s.groupId }, { project: { $in: q('ServiceProject', { operator: s.groupId }) } }] },
  NeedRequest: (s, q) => (s.orgPath ? { raisedBy: { $in: orgs(s, q) } } : { matchedProject: { $in: projects(s, q) } }),
  User: (s, q) => (s.orgPath ? { organization: { $in: orgs(s, q) } } : { socialGroup: s.groupId }),
  // Keys for an organization of the subtree, and keys its users made for partner organizations.
  ApiKey: (s, q) =>
    s.orgPath
      ? {
          $or: [
            { organization: { $in: orgs(s, q) } },
            { createdBy: { $in: q('User', { organization: { $in: orgs(s, q) } }) } },
          ],
        }
      : { socialGroup: s.groupId },
  AuditEvent: (s, q) => (s.orgPath ? { actor: { $in: q('User', { organization: { $in: orgs(s, q) } }) } } : NOTHING),
  RefreshToken: () => NOTHING,
};

/**
 * Rows about one person (who they are, whom they care for, what they attended, what was said in a home
 * visit). Analysts see aggregates only: none of these rows, through any path.
 */
export const PER_PERSON_ENTITIES: ReadonlySet<string> = new Set([
  'Beneficiary',
  'Guardianship',
  'Consent',
  'Enrollment',
  'Application',
  // An objection's reason is free text that may name a person.
  'RoundObjection',
  'Attendance',
  'ServiceRecord',
]);

/** The organization itself and every organization above it: the ids of its tree path. */
const pathIds = (orgPath: string): string[] => orgPath.split('/').filter(Boolean);

/**
 * Which rows a caller may point a foreign key at, where that is narrower than what it may read.
 * Social groups are a shared directory every staff member reads, but naming a group as a project's
 * operator or partner, as the registrar of people or as the provider of a home visit hands it people's
 * data: that needs an active partnership between the group and the caller's organization, an
 * organization above it or one below it. Forming the partnership itself may name any group of the
 * directory (the field says `link: 'visible'`).
 */
export const LINK_RULES: Record<string, { rule: Rule; message: string }> = {
  SocialGroup: {
    rule: (s, q) =>
      s.orgPath
        ? {
            id: {
              $in: q(
                'Partnership',
                {
                  ...LIVE,
                  status: 'ACTIVE',
                  $or: [{ organization: { $in: pathIds(s.orgPath) } }, { organization: { $in: orgs(s, q) } }],
                },
                'socialGroup',
              ),
            },
          }
        : { id: s.groupId },
    message: '该社会组织与本单位没有合作关系，不能关联',
  },
};

/**
 * Which rows a caller may change (update, delete, restore), where that is narrower than what it may
 * read: an entry of the shared directory of social groups is kept by the organization that manages it
 * (and its parents); one with no managing organization by platform admins only.
 */
export const WRITE_RULES: Record<string, { rule: Rule; message: string }> = {
  SocialGroup: {
    rule: (s, q) => (s.orgPath ? { managedBy: { $in: orgs(s, q) } } : NOTHING),
    message: '该社会组织由其他单位管理，不能修改',
  },
};

const sub =
  (em: EntityManager): Sub =>
  (entity, cond, select) =>
    subquery(em, entity, cond, select);

/** The filter condition for one entity and one caller. */
export function scopeCondition(em: EntityManager, entityName: string, params: ScopeParams | undefined): Query {
  if (!params || 'none' in params) return NOTHING;
  if (params.aggregatesOnly && PER_PERSON_ENTITIES.has(entityName)) return NOTHING;
  if ('all' in params) return {};
  const rule = SCOPE_RULES[entityName];
  if (!rule) return NOTHING; // an entity without a rule is visible to platform admins only
  return rule(params, sub(em));
}

/**
 * The extra condition of a link or write rule for one entity and caller, or null when the read scope
 * is the whole rule (platform admins, and entities without such a rule).
 */
export function narrowerCondition(
  em: EntityManager,
  rules: Record<string, { rule: Rule; message: string }>,
  entityName: string,
  params: ScopeParams | undefined,
): { cond: Query; message: string } | null {
  const entry = rules[entityName];
  if (!entry || !params || 'all' in params) return null;
  if ('none' in params) return { cond: NOTHING, message: entry.message };
  return { cond: entry.rule(params, sub(em)), message: entry.message };
}
