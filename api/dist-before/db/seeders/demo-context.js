"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DemoContext = void 0;
const demo_ids_1 = require("./demo-ids");
const demo_random_1 = require("./demo-random");
/**
 * Everything one seeding run shares: the id and random streams, the rows built so far, and look-ups by
 * short keys ('xishan', 'xiaocao' …). A fresh context per run: nothing is module-level state, so two
 * seedings in one process (the determinism test) produce identical rows.
 */
class DemoContext {
    constructor(pii, seed = 20250714) {
        this.pii = pii;
        this.rows = {
            organization: [],
            socialGroup: [],
            partnership: [],
            venue: [],
            user: [],
            serviceProject: [],
            projectPartner: [],
            approvalStep: [],
            subsidyPolicy: [],
            serviceClass: [],
            classSession: [],
            beneficiary: [],
            guardianship: [],
            consent: [],
            enrollment: [],
            attendance: [],
            serviceRecord: [],
            needRequest: [],
            evaluation: [],
        };
        /**
         * 考勤核验 of held sessions, applied after the attendance rows are in (a verified session's
         * attendance is frozen by a trigger, so it cannot be inserted into one).
         */
        this.verifications = [];
        /** Parent of each organization, for subtree checks (subsidy eligibility) and insertion by depth. */
        this.orgParent = new Map();
        this.keys = new Map();
        this.keyOfId = new Map();
        this.org = (key) => this.ref('org', key);
        this.group = (key) => this.ref('group', key);
        this.venue = (key) => this.ref('venue', key);
        this.project = (key) => this.ref('project', key);
        this.klass = (key) => this.ref('class', key);
        this.user = (key) => this.ref('user', key);
        this.id = (0, demo_ids_1.createIdFactory)();
        this.rng = new demo_random_1.DemoRandom(seed);
    }
    /** Remembers the id of a row under `kind:key`. */
    register(kind, key, id) {
        const k = `${kind}:${key}`;
        if (this.keys.has(k))
            throw new Error(`demo data: duplicate key ${k}`);
        this.keys.set(k, id);
        this.keyOfId.set(id, key);
        return id;
    }
    ref(kind, key) {
        const id = this.keys.get(`${kind}:${key}`);
        if (!id)
            throw new Error(`demo data: unknown ${kind} "${key}"`);
        return id;
    }
    /** The short key a row was registered under. */
    keyOf(id) {
        return this.keyOfId.get(id);
    }
    /** createdAt/updatedAt fixed to a moment of the story rather than to the time of seeding. */
    static stamp(at) {
        return { createdAt: at, updatedAt: at };
    }
}
exports.DemoContext = DemoContext;
//# sourceMappingURL=demo-context.js.map