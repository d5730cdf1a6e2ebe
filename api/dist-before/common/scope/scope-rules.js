"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.SCOPE_RULES = void 0;
exports.scopeCondition = scopeCondition;
const subquery_1 = require("../crud/subquery");
const like_1 = require("../crud/like");
const NOTHING = { id: { $in: [] } };
const LIVE = { deletedAt: null };
const inSubtree = (orgPath) => ({ path: { $like: `${(0, like_1.escapeLike)(orgPath)}%` } });
const orgs = (s, q) => q('Organization', inSubtree(s.orgPath));
/** Ids of the projects in scope: sponsored inside the subtree, or operated / partnered by the group. */
function projects(s, q) {
    if (s.orgPath)
        return q('ServiceProject', { sponsor: { $in: orgs(s, q) } });
    const partnered = q('ProjectPartner', { ...LIVE, socialGroup: s.groupId }, 'project');
    return q('ServiceProject', { $or: [{ operator: s.groupId }, { id: { $in: partnered } }] });
}
const classes = (s, q) => q('ServiceClass', { project: { $in: projects(s, q) } });
const ofProject = (s, q) => ({ project: { $in: projects(s, q) } });
const ofClass = (s, q) => ({ serviceClass: { $in: classes(s, q) } });
/** People registered in the subtree (or by the group), or enrolled in a class in scope. */
function people(s, q) {
    const enrolled = q('Enrollment', { ...LIVE, serviceClass: { $in: classes(s, q) } }, 'beneficiary');
    const registered = s.orgPath ? { registeredBy: { $in: orgs(s, q) } } : { registeredByGroup: s.groupId };
    return { $or: [registered, { id: { $in: enrolled } }] };
}
exports.SCOPE_RULES = {
    Organization: (s, q) => s.orgPath
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
    Venue: (s, q) => s.orgPath
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
    Attendance: (s, q) => ({ enrollment: { $in: q('Enrollment', ofClass(s, q)) } }),
    Beneficiary: people,
    Guardianship: (s, q) => ({ ward: { $in: q('Beneficiary', people(s, q)) } }),
    Consent: (s, q) => ({ beneficiary: { $in: q('Beneficiary', people(s, q)) } }),
    // One-to-one work is seen by the sponsor's subtree and the operator only (not by co-partners).
    ServiceRecord: (s, q) => s.orgPath
        ? { project: { $in: q('ServiceProject', { sponsor: { $in: orgs(s, q) } }) } }
        : { $or: [{ socialGroup: s.groupId }, { project: { $in: q('ServiceProject', { operator: s.groupId }) } }] },
    NeedRequest: (s, q) => (s.orgPath ? { raisedBy: { $in: orgs(s, q) } } : { matchedProject: { $in: projects(s, q) } }),
    User: (s, q) => (s.orgPath ? { organization: { $in: orgs(s, q) } } : { socialGroup: s.groupId }),
    // Keys for an organization of the subtree, and keys its users made for partner organizations.
    ApiKey: (s, q) => s.orgPath
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
/** The filter condition for one entity and one caller. */
function scopeCondition(em, entityName, params) {
    if (!params || 'none' in params)
        return NOTHING;
    if ('all' in params)
        return {};
    const rule = exports.SCOPE_RULES[entityName];
    if (!rule)
        return NOTHING; // an entity without a rule is visible to platform admins only
    return rule(params, (entity, cond, select) => (0, subquery_1.subquery)(em, entity, cond, select));
}
//# sourceMappingURL=scope-rules.js.map