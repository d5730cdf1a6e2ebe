import { Organization } from '../src/modules/organization/organization.entity';
import { ServiceClass } from '../src/modules/class/service-class.entity';
import { systemFork } from '../src/db/database';
import { buildWorld } from './support/fixtures';
import { startTestApp } from './support/test-app';
it('x', async () => {
  const app = await startTestApp();
  const w = await buildWorld(app);
  const em = systemFork(app.orm);
  const sub = em
    .createQueryBuilder(Organization, 'x')
    .select('x.id')
    .where({ name: { $like: '%区%' }, deletedAt: null });
  app.resetStatements();
  const rows = await em.find(ServiceClass, { project: { sponsor: { $in: sub.getKnexQuery() } } } as never);
  console.log(rows.length, app.statements);
  app.resetStatements();
  const r2 = await em.find(ServiceClass, {
    $not: {
      id: {
        $in: em
          .createQueryBuilder(ServiceClass, 'y')
          .select('y.id')
          .where({ capacity: { $gt: 100 } })
          .getKnexQuery(),
      },
    },
  } as never);
  console.log(r2.length, app.statements);
  app.resetStatements();
  const r3 = await em.find(ServiceClass, { weekdays: { $contained: [] } } as never).catch((e) => String(e));
  console.log(r3, app.statements);
  app.resetStatements();
  const r4 = await em.count(ServiceClass, {
    project: {
      $in: em
        .createQueryBuilder('ServiceProject', 'p')
        .select('p.id')
        .where({ name: { $ne: null } })
        .getKnexQuery(),
    },
  } as never);
  console.log(r4, app.statements);
  void w;
  await app.close();
});
