import { randomUUID } from 'node:crypto';
import { scopedFork } from '../../../src/db/database';
import { findInScope } from '../../../src/common/scope/find-in-scope';
import type { ScopeParams } from '../../../src/common/scope/scope-params';
import { Organization } from '../../../src/modules/organization/organization.entity';
import { ServiceProject } from '../../../src/modules/project/service-project.entity';
import { useTestApp } from '../../support/use-app';

/**
 * findInScope (the prepared look-up the report's scopeId uses) finds exactly what the caller's scoped
 * EntityManager finds: same rows under every kind of scope, soft-deleted rows hidden, none without a scope.
 */
const { app } = useTestApp();
const orgs: string[] = [];
const projects: string[] = [];
let group = '';

beforeAll(async () => {
  const org = async (parent: string | null, deleted = false) => {
    const id = randomUUID();
    await app.sql(
      `insert into organization (id, name, kind, level, parent_id, deleted_at) values ($1, $2, 'UNION', 'CITY', $3, $4)`,
      [id, `查找测试${orgs.length}`, parent, deleted ? new Date() : null],
    );
    orgs.push(id);
    return id;
  };
  const root = await org(null);
  const a = await org(root);
  await org(a);
  await org(a, true);
  await org(root);
  await org(null);
  group = randomUUID();
  await app.sql(
    `insert into social_group (id, name, kind, registration_status) values ($1, '查找社工', 'SOCIAL_WORK_CENTER', 'UNREGISTERED')`,
    [group],
  );
  for (const [i, sponsor] of [orgs[2], orgs[4], orgs[5]].entries()) {
    const id = randomUUID();
    await app.sql(
      `insert into service_project (id, name, category, sponsor_id, operator_id, starts_on, ends_on, status)
       values ($1, $2, 'SUMMER_CARE', $3, $4, '2025-01-01', '2025-12-31', 'ACTIVE')`,
      [id, `查找项目${i}`, sponsor, i === 1 ? group : null],
    );
    projects.push(id);
  }
});

describe('findInScope', () => {
  it('finds what the scoped EntityManager finds, for every kind of scope', async () => {
    const [root, a] = await app.sql<{ path: string }>(
      `select path from organization where id = any($1) order by length(path)`,
      [[orgs[0], orgs[1]]],
    );
    const scopes: ScopeParams[] = [{ all: true }, { orgPath: root.path }, { orgPath: a.path }, { groupId: group }];
    let found = 0;
    for (const scope of scopes) {
      for (const [entity, ids] of [
        [Organization, orgs],
        [ServiceProject, projects],
      ] as const) {
        for (const id of [...ids, randomUUID()]) {
          // A fresh fork each time: the identity map of one look-up must not answer the next.
          const want = await scopedFork(app.orm, scope).findOne(entity as never, { id });
          const got = await findInScope<{ id: string }>(scopedFork(app.orm, scope), entity.name, id, ['id']);
          expect({ scope, id, got: got?.id ?? null }).toEqual({
            scope,
            id,
            got: (want as { id: string } | null)?.id ?? null,
          });
          if (got) found++;
        }
      }
    }
    // Not vacuous: all but the deleted organization under {all}, a's subtree, the partner's project…
    expect(found).toBeGreaterThan(12);
    const deleted = await findInScope(scopedFork(app.orm, { all: true }), 'Organization', orgs[3], ['id']);
    expect(deleted).toBeNull();
  });

  it('returns the columns asked for, and finds nothing without credentials', async () => {
    const row = await findInScope<{ id: string; name: string }>(
      scopedFork(app.orm, { all: true }),
      'Organization',
      orgs[1],
      ['id', 'name'],
    );
    expect(row).toEqual({ id: orgs[1], name: '查找测试1' });
    expect(await findInScope(scopedFork(app.orm, { none: true }), 'Organization', orgs[1], ['id'])).toBeNull();
  });

  it('works inside a transaction too, and gives partners of different groups one statement text', async () => {
    const [a] = await app.sql<{ path: string }>(`select path from organization where id = $1`, [orgs[1]]);
    const inTx = await scopedFork(app.orm, { orgPath: a.path }).transactional((tx) =>
      findInScope<{ id: string }>(tx, 'Organization', orgs[2], ['id']),
    );
    expect(inTx?.id).toBe(orgs[2]);
    app.resetStatements();
    for (const groupId of [group, randomUUID()])
      await findInScope(scopedFork(app.orm, { groupId }), 'ServiceProject', projects[1], ['id']);
    // The logged line is the statement's text plus its timing (and colours): compare the text only.
    const text = (s: string) =>
      s.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g'), '').replace(/\[took.*$/, '');
    const texts = new Set(app.statements.filter((s) => s.includes('service_project')).map(text));
    expect(app.statements.filter((s) => s.includes('service_project'))).toHaveLength(2);
    expect(texts.size).toBe(1);
  });
});
