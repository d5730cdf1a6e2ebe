/**
 * The rules the services keep, as SQL counting the rows that break them: the demo data keeps every one
 * (demo-data.test.ts as the story is written, demo-current.test.ts as of a later day).
 */
export const DEMO_RULES: Record<string, string> = {
  // Every enrolled child under 14 has a guardian's consent, given before the enrollment.
  'consent before enrollment': `select count(*) n from enrollment e join beneficiary b on b.id = e.beneficiary_id
        where age(e.created_at, b.birth_date) < interval '14 years'
          and not exists (select 1 from consent c join guardianship g on g.guardian_id = c.given_by_id and g.ward_id = b.id
                           where c.beneficiary_id = b.id and c.purpose = 'SERVICE_ENROLLMENT' and c.notice_version = 'v1'
                             and c.given_at < e.created_at and c.withdrawn_at is null)`,
  // Money: fee = days × daily fee = subsidy + payable; at most half subsidised.
  'fee adds up': `select count(*) n from enrollment e join service_class c on c.id = e.class_id
        where e.fee_fen <> e.subsidy_fen + e.payable_fen or e.fee_fen <> e.days_booked * c.fee_per_day_fen or e.subsidy_fen * 2 > e.fee_fen`,
  // Subsidies only for eligible workers whose union is in the policy's subtree.
  'subsidy only for eligible workers': `select count(*) n from enrollment e
          join service_class c on c.id = e.class_id join subsidy_policy sp on sp.project_id = c.project_id
          join organization m on m.id = sp.membership_organization_id
          left join beneficiary a on a.id = coalesce(e.applicant_id, e.beneficiary_id)
          left join organization u on u.id = a.union_organization_id
        where e.subsidy_fen > 0 and not (u.path like m.path || '%' and a.categories && sp.eligible_categories)`,
  // enrolled_count is what the trigger says; never above capacity.
  'enrolled count and capacity': `select count(*) n from service_class c where c.enrolled_count <> (select count(*) from enrollment e
        where e.class_id = c.id and e.status = 'ENROLLED' and e.deleted_at is null) or c.enrolled_count > c.capacity`,
  // Waitlists only on full classes, positions 1..n.
  'waitlist positions 1..n': `select count(*) n from (select class_id, array_agg(waitlist_position order by waitlist_position) p, count(*) k
        from enrollment where status = 'WAITLISTED' group by class_id) w join service_class c on c.id = w.class_id
        where c.enrolled_count < c.capacity or w.p <> (select array_agg(i) from generate_series(1, w.k::int) i)`,
  // Attendance: held sessions of the enrollment's own class.
  'attendance of held sessions of the own class': `select count(*) n from attendance a join enrollment e on e.id = a.enrollment_id join class_session s on s.id = a.session_id
        where s.class_id <> e.class_id or s.status <> 'HELD' or e.status not in ('ENROLLED', 'COMPLETED')`,
  // Pick-up only by a guardian allowed to.
  'pick-up by an allowed guardian': `select count(*) n from attendance a join enrollment e on e.id = a.enrollment_id
        where a.picked_up_by_id is not null and not exists (select 1 from guardianship g
          where g.guardian_id = a.picked_up_by_id and g.ward_id = e.beneficiary_id and g.may_pick_up)`,
  // Classes run within their projects' dates.
  'classes within their projects': `select count(*) n from service_class c join service_project p on p.id = c.project_id
        where c.deleted_at is null and (c.starts_on < p.starts_on or c.ends_on > p.ends_on)`,
  // Check-in within the session's window (an hour before the start to its end), LATE when over 15 minutes after
  // the start; check-out within 3 hours of the end, leftEarly when over 15 minutes before it.
  'check-in and check-out windows': `select count(*) n from attendance a join class_session s on s.id = a.session_id,
          lateral (select (s.date + s.starts_at) at time zone 'Asia/Shanghai' as st, (s.date + s.ends_at) at time zone 'Asia/Shanghai' as en) w
        where a.check_in_at is not null and (a.check_in_at < w.st - interval '60 minutes' or a.check_in_at > w.en
           or (a.status = 'PRESENT' and a.check_in_at > w.st + interval '15 minutes')
           or a.check_out_at > w.en + interval '180 minutes'
           or a.left_early <> coalesce(a.check_out_at < w.en - interval '15 minutes', false))`,
  // A partner's own service records are about people the partner may see (the API's link rule).
  'partner records about people it may see': `select count(*) n from service_record r where r.deleted_at is null and r.social_group_id is not null
        and not exists (select 1 from beneficiary b where b.id = r.beneficiary_id and (b.registered_by_group_id = r.social_group_id
          or b.id in (select e.beneficiary_id from enrollment e join service_class c on c.id = e.class_id
                        join service_project p on p.id = c.project_id
                       where e.deleted_at is null and (p.operator_id = r.social_group_id or p.id in
                         (select project_id from project_partner where deleted_at is null and social_group_id = r.social_group_id)))))`,
};
