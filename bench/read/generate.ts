import argon2 from 'argon2';
import { Client } from 'pg';
import { ENROLLED_COUNTS, loggedStep } from '../report/bench-db';

/**
 * The read benchmark's dataset (issue 16): what a grown city looks like in the console's lists, generated
 * inside PostgreSQL (generate_series; md5-derived uuids, so the same on every run) into its own database.
 *
 * 1 province → 4 cities → 40 districts → 400 streets (Chinese names, so that pinyin order and substring
 * search mean something); 100 social groups; 1,000 venues; 2,000 projects; 10,000 classes (ten kinds of
 * class, numbered: `书法班123`); 70,000 people (50,000 children, 20,000 parents; names from 30 surnames and
 * 60 given names); 40,000 guardianships; 10 enrollments per class (100,000: 9 enrolled, 1 waitlisted); 1% of
 * classes and enrollments soft-deleted, which every contestant must hide. Each step prints its row count and
 * time as it finishes.
 */
export const PASSWORD = 'bench-password-1';
const id = (prefix: string, expr: string) => `md5('${prefix}' || ${expr})::uuid`;
const SURNAMES = `array['王','李','张','刘','陈','杨','黄','赵','吴','周','徐','孙','马','朱','胡','郭','何','高','林','罗',
  '郑','梁','谢','宋','唐','许','韩','冯','邓','曹']`;
const GIVEN = `array['子涵','欣怡','梓轩','浩然','雨萱','一诺','思琪','俊熙','嘉懿','沐辰','若曦','晓彤','宇航','诗涵','明哲',
  '佳怡','天佑','梦瑶','锦程','书瑶','睿泽','可馨','博文','语嫣','奕辰','心怡','皓轩','雅琪','俊杰','紫萱','志强','丽华',
  '建国','秀英','海燕','春梅','文静','晓东','红霞','立新','桂兰','德明','玉珍','国庆','爱民','淑芬','永刚','慧敏','建华',
  '凤英','家豪','欣然','子墨','若彤','梓涵','一鸣','思远','佳琪','浩宇','雨桐']`;
const CLASS_KINDS = `array['暑期托管班','书法班','围棋班','舞蹈班','美术班','编程班','英语角','合唱团','篮球班','家长课堂']`;
const PLACES = `array['翠湖','大观','华山','护国','金碧','龙翔','莲华','丰宁','圆通','北京路']`;
export const CLASSES = 10_000;
export const PEOPLE = 70_000;
const CHILDREN = 50_000;

export async function generateReadData(url: string): Promise<void> {
  const db = new Client({ connectionString: url });
  await db.connect();
  const q = loggedStep(db);
  // All or nothing: an interrupted run leaves an empty database, generated again next time.
  await db.query('begin');
  await q(
    'organizations',
    `insert into organization (id, name, kind, level, parent_id)
     select ${id('o', '0')}, '云南省总工会', 'UNION', 'PROVINCE', null
     union all select ${id('o', 'n')}, (array['昆明','曲靖','玉溪','大理'])[n] || '市总工会', 'UNION', 'CITY', ${id('o', '0')}
       from generate_series(1, 4) n
     union all select ${id('o', 'n')}, (${PLACES})[1 + n % 10] || '区总工会' || n, 'UNION', 'DISTRICT',
       ${id('o', '(1 + (n - 10) / 10)')} from generate_series(10, 49) n
     union all select ${id('o', 'n')}, (${PLACES})[1 + (n * 7) % 10] || '街道工会' || n, 'UNION', 'STREET',
       ${id('o', '(10 + (n - 100) / 10)')} from generate_series(100, 499) n`,
  );
  await db.query(`set session_replication_role = replica`);
  await q(
    'social groups',
    `insert into social_group (id, name, kind, registration_status)
     select ${id('g', 'n')}, (${PLACES})[1 + n % 10] || '社工服务中心' || n, 'SOCIAL_WORK_CENTER', 'UNREGISTERED'
     from generate_series(0, 99) n`,
  );
  await q(
    'venues',
    `insert into venue (id, name, kind, owner_id)
     select ${id('v', 'n')}, (${PLACES})[1 + n % 10] || '职工之家' || n, 'SHARED_SPACE', ${id('o', '(100 + n % 400)')}
     from generate_series(0, 999) n`,
  );
  await q(
    'projects',
    `insert into service_project (id, name, category, sponsor_id, operator_id, starts_on, ends_on, status, budget_fen)
     select ${id('p', 'n')}, (${PLACES})[1 + n % 10] || '暑期托管项目' || n, 'SUMMER_CARE',
       case when n % 5 = 0 then ${id('o', '(10 + n % 40)')} else ${id('o', '(100 + n % 400)')} end,
       case when n % 10 = 0 then null else ${id('g', '(n % 100)')} end,
       date '2023-01-01' + (n * 37) % 1000, date '2023-03-01' + (n * 37) % 1000, 'ACTIVE', (n % 50) * 100000
     from generate_series(0, 1999) n`,
  );
  await q(
    'classes',
    `insert into service_class (id, project_id, venue_id, name, care_type, capacity, starts_on, ends_on, weekdays,
       daily_start, daily_end, fee_per_day_fen, status, deleted_at)
     select ${id('c', 'c')}, ${id('p', '(c / 5)')}, case when c % 5 = 4 then null else ${id('v', '(c % 1000)')} end,
       (${CLASS_KINDS})[1 + c % 10] || (c / 10), 'HALF_DAY', 12, date '2023-01-02' + (c * 37) % 1000,
       date '2023-01-02' + (c * 37) % 1000 + 60, '{1,2,3,4,5}', '08:30', '11:30', (c % 3) * 5000, 'OPEN',
       case when c % 100 = 99 then timestamptz '2025-06-01 10:00+08' end
     from generate_series(0, ${CLASSES - 1}) c`,
  );
  await q(
    'people',
    `insert into beneficiary (id, name, gender, birth_date, categories, registered_by_id)
     select ${id('b', 'n')}, (${SURNAMES})[1 + n % 30] || (${GIVEN})[1 + (n / 30) % 60],
       case when n % 2 = 0 then 'FEMALE' else 'MALE' end,
       case when n < ${CHILDREN} then date '2012-01-01' + (n * 7919) % 4000 else date '1975-01-01' + (n * 7919) % 6000 end,
       case when n < ${CHILDREN} then array['CHILD'] else array['WORKER'] end, ${id('o', '(100 + n % 400)')}
     from generate_series(0, ${PEOPLE - 1}) n`,
  );
  await q(
    'guardianships',
    `insert into guardianship (id, guardian_id, ward_id, relation, is_primary, may_pick_up, created_at)
     select ${id('gs', 'n')}, ${id('b', `(${CHILDREN} + n % 20000)`)}, ${id('b', 'n')},
       case when n % 2 = 0 then 'MOTHER' else 'FATHER' end, true, true,
       timestamptz '2024-01-01 09:00+08' + n * interval '1 minute'
     from generate_series(0, 39999) n`,
  );
  await q(
    'enrollments',
    `insert into enrollment (id, class_id, beneficiary_id, status, days_booked, fee_fen, subsidy_fen, payable_fen,
       created_at, enrolled_at, waitlist_position, deleted_at)
     select ${id('e', `c || '-' || j`)}, ${id('c', 'c')}, ${id('b', `(((c * 10 + j)::bigint * 7919) % ${CHILDREN})`)},
       case when j = 9 then 'WAITLISTED' else 'ENROLLED' end, 20, (c % 3) * 100000, (c % 3) * 50000, (c % 3) * 50000,
       timestamptz '2025-01-01 08:00+08' + (c * 10 + j) * interval '37 seconds',
       case when j = 9 then null else timestamptz '2025-01-01 08:00+08' + (c * 10 + j) * interval '37 seconds' end,
       case when j = 9 then 1 end, case when (c * 10 + j) % 100 = 57 then timestamptz '2025-06-01 10:00+08' end
     from generate_series(0, ${CLASSES - 1}) c, generate_series(0, 9) j`,
  );
  await db.query(`set session_replication_role = origin`);
  await q('enrolled counts', ENROLLED_COUNTS);
  // Loaded with triggers off: the live-row counts start again from the tables (live-count.functions.ts).
  await q('live-row counts', 'select live_count_recount()');
  const hash = await argon2.hash(PASSWORD, { type: argon2.argon2id });
  await db.query(
    `insert into app_user (id, username, password_hash, display_name, role) values
     (gen_random_uuid(), 'bench-admin', $1, 'bench', 'PLATFORM_ADMIN')`,
    [hash],
  );
  await db.query('commit');
  await q('analyze', 'vacuum analyze');
  await db.end();
}
