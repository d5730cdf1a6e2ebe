import { escapeLike, type Query } from '../crud/where-translate';
import type { ScopeParams } from './scope-params';

/**
 * Which rows of each entity a caller may see, in one place. Applied by a global MikroORM filter to
 * every read path (find, count, loaders, relation filters' roots) and checked again after every write.
 *
 * Organization users see their organization's subtree and what hangs off it: projects it sponsors,
 * their classes, sessions, enrolments and attendance, the people it registered or that are enrolled
 * in its classes. Partners see the projects their social group operates or partners in, what hangs
 * off those, and the people enrolled in them or registered by them.
 */
type Rule = (s: { orgPath?: string; groupId?: string }) => Query;

const NOTHING: Query = { id: { $in: [] } };
const live = (q: Query): Query => ({ ...q, deletedAt: null });

const inSubtree = (orgPath: string): Query => ({ path: { $like: `${escapeLike(orgPath)}%` } });

/** Projects in scope: sponsored inside the subtree, or operated / partnered by the group. */
const project: Rule = ({ orgPath, groupId }) =>
  orgPath
    ? { sponsor: inSubtree(orgPath) }
    : { $or: [{ operator: groupId }, { partners: { $some: live({ socialGroup: groupId }) } }] };

const ofProject: Rule = (s) => ({ project: project(s) });
const ofClass: Rule = (s) => ({ serviceClass: ofProject(s) });

const person: Rule = (s) =>
  s.orgPath
    ? { $or: [{ registeredBy: inSubtree(s.orgPath) }, { enrollments: { $some: live(ofClass(s)) } }] }
    : { $or: [{ registeredByGroup: s.groupId }, { enrollments: { $some: live(ofClass(s)) } }] };

export const SCOPE_RULES: Record<string, Rule> = {
  Organization: (s) =>
    s.orgPath
      ? inSubtree(s.orgPath)
      : {
          $or: [
            { sponsoredProjects: { $some: live(project(s)) } },
            { partnerships: { $some: live({ socialGroup: s.groupId }) } },
          ],
        },
  // The directory of partner organizations is shared by all staff; a partner sees its own.
  SocialGroup: (s) => (s.orgPath ? {} : { id: s.groupId }),
  Partnership: (s) => (s.orgPath ? { organization: inSubtree(s.orgPath) } : { socialGroup: s.groupId }),
  Venue: (s) => (s.orgPath ? { owner: inSubtree(s.orgPath) } : { classes: { $some: live(ofProject(s)) } }),
  ServiceProject: project,
  ProjectPartner: ofProject,
  ApprovalStep: ofProject,
  SubsidyPolicy: ofProject,
  Evaluation: ofProject,
  ServiceClass: ofProject,
  ClassSession: ofClass,
  Enrollment: ofClass,
  Attendance: (s) => ({ enrollment: ofClass(s) }),
  Beneficiary: person,
  Guardianship: (s) => ({ ward: person(s) }),
  Consent: (s) => ({ beneficiary: person(s) }),
  // One-to-one work is seen by the sponsor's subtree and the operator only (not by co-partners).
  ServiceRecord: (s) =>
    s.orgPath
      ? { project: { sponsor: inSubtree(s.orgPath) } }
      : { $or: [{ socialGroup: s.groupId }, { project: { operator: s.groupId } }] },
  NeedRequest: (s) => (s.orgPath ? { raisedBy: inSubtree(s.orgPath) } : { matchedProject: project(s) }),
  User: (s) => (s.orgPath ? { organization: inSubtree(s.orgPath) } : { socialGroup: s.groupId }),
  ApiKey: (s) => (s.orgPath ? { organization: inSubtree(s.orgPath) } : { socialGroup: s.groupId }),
  AuditEvent: (s) => (s.orgPath ? { actor: { organization: inSubtree(s.orgPath) } } : NOTHING),
  RefreshToken: () => NOTHING,
};

/** The filter condition for one entity and one caller. */
export function scopeCondition(entityName: string, params: ScopeParams | undefined): Query {
  if (!params || 'none' in params) return NOTHING;
  if ('all' in params) return {};
  const rule = SCOPE_RULES[entityName];
  if (!rule) return NOTHING; // an entity without a rule is visible to platform admins only
  return rule(params);
}
