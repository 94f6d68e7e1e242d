-- The certification evidence package (spec section 9): its runs, and the datasets it reads that
-- the analytics do not already have. Distributions, pay by level and components against their
-- assessments come from the views of V7 (rating_distribution, pay_by_level, component_ratings),
-- the same ones the check reads, so the report never counts differently from the check.

-- One row per report job: the load and the check run it describes, where it wrote, how it ended.
create table report_run (
    run_id           bigserial primary key,
    cycle_id         text        not null references cycle on delete cascade,
    load_id          bigint      not null references load,
    check_run_id     bigint      not null references check_run,
    out_dir          text        not null,
    started_at       timestamptz not null default now(),
    finished_at      timestamptz,
    status           text        not null default 'STARTED' check (status in ('STARTED', 'DONE', 'FAILED')),
    job_execution_id bigint
);

-- Findings of a check run by rule and severity, and how many subjects they concern.
create view finding_summary as
select run_id, cycle_id, rule, severity, count(*) as findings, count(distinct subject) as subjects
from finding
group by run_id, cycle_id, rule, severity;

-- What the cycle's records say about the appraisal process itself, one row per cycle: plans on
-- record (executives with element ratings), plans communicated on time (on or before the
-- appraisal start, the test PLAN_LATE applies), progress reviews, ratings shared, PRB reviews,
-- higher-level reviews.
create view executive_process_summary as
select cycle_id, count(*) as executives, count(final_level) as rated,
       count(*) filter (where exists (select 1 from element_rating r
                                      where r.cycle_id = e.cycle_id and r.executive_id = e.executive_id)) as plans,
       count(*) filter (where plan_communicated <= appraisal_start) as plans_on_time,
       count(*) filter (where plan_communicated > appraisal_start) as plans_late,
       count(*) filter (where plan_communicated is null) as plans_undated,
       count(progress_review) as progress_reviews,
       count(initial_shared) as initial_shared,
       count(prb_review) as prb_reviewed,
       count(*) filter (where hlr_requested) as hlr_requested,
       count(hlr_level) as hlr_given
from executive e
group by cycle_id;

-- How the plans weight each critical element: the balance the plans strike, as far as weights show it.
create view element_weights as
select cycle_id, element, count(*) as plans, min(weight) as min_weight, avg(weight) as mean_weight,
       max(weight) as max_weight, avg(level) as mean_level
from element_rating
group by cycle_id, element;

-- Each PRB: its members (career among them) and the executives it reviews (career among them).
-- A board named by executives but with no members listed shows 0 members.
create view prb_composition as
with boards as (
    select cycle_id, prb_id, count(*) as members, count(*) filter (where appointment_type = 'CAREER') as career_members
    from prb_member group by cycle_id, prb_id),
reviewed as (
    select cycle_id, prb_id, count(*) as reviewed, count(*) filter (where appointment_type = 'CAREER') as career_reviewed
    from executive where prb_id is not null group by cycle_id, prb_id)
select coalesce(b.cycle_id, r.cycle_id) as cycle_id, coalesce(b.prb_id, r.prb_id) as prb_id,
       coalesce(b.members, 0) as members, coalesce(b.career_members, 0) as career_members,
       coalesce(r.reviewed, 0) as reviewed, coalesce(r.career_reviewed, 0) as career_reviewed
from boards b full join reviewed r on r.cycle_id = b.cycle_id and r.prb_id = b.prb_id;

-- OPM Form 1558 Part B: one row per rated executive (final rating recorded). Percentages are
-- executive_pay's, the ones the pay analyses use, looked up per executive: joined as a whole, the
-- views of the current load make the planner expect a handful of rows and pair every executive
-- with every other (10 s for 10,000). Aggregate compensation is basic pay after the adjustment
-- plus the performance and other cash awards; the input holds a rank award's kind, not its amount.
create view opm_1558_part_b as
select e.cycle_id, e.executive_id, e.appointment_type, e.final_level, e.pay_pool,
       p.basic_pay_before, p.basic_pay_after, ep.raise_percent as adjustment_percent,
       p.performance_award, ep.award_percent, p.other_award, p.rank_award,
       p.basic_pay_after + p.performance_award + coalesce(p.other_award, 0) as aggregate_compensation
from executive e
left join pay p on p.cycle_id = e.cycle_id and p.executive_id = e.executive_id
left join lateral (
    select x.raise_percent, x.award_percent from executive_pay x
    where x.cycle_id = e.cycle_id and x.executive_id = e.executive_id
    limit 1) ep on true
where e.final_level is not null;

-- OPM Form 1558 Part A: counts by appointment type. The counts by level are rating_distribution's.
create view opm_1558_part_a as
with levels as (
    select cycle_id, unit as appointment_type, sum(executives) as rated,
           coalesce(sum(executives) filter (where level = 5), 0) as level_5,
           coalesce(sum(executives) filter (where level = 4), 0) as level_4,
           coalesce(sum(executives) filter (where level = 3), 0) as level_3,
           coalesce(sum(executives) filter (where level = 2), 0) as level_2,
           coalesce(sum(executives) filter (where level = 1), 0) as level_1
    from rating_distribution where unit_kind = 'APPOINTMENT_TYPE' and stage = 'FINAL'
    group by cycle_id, unit),
people as (
    select cycle_id, appointment_type, count(*) as executives from executive group by cycle_id, appointment_type),
awards as (
    select cycle_id, appointment_type, count(*) filter (where performance_award > 0) as awards_paid,
           sum(performance_award) as performance_awards
    from opm_1558_part_b group by cycle_id, appointment_type)
select p.cycle_id, p.appointment_type, p.executives, coalesce(l.rated, 0) as rated,
       coalesce(l.level_5, 0) as level_5, coalesce(l.level_4, 0) as level_4, coalesce(l.level_3, 0) as level_3,
       coalesce(l.level_2, 0) as level_2, coalesce(l.level_1, 0) as level_1,
       coalesce(a.awards_paid, 0) as awards_paid, coalesce(a.performance_awards, 0) as performance_awards
from people p
left join levels l on l.cycle_id = p.cycle_id and l.appointment_type = p.appointment_type
left join awards a on a.cycle_id = p.cycle_id and a.appointment_type = p.appointment_type;

-- How many people each mean of pay_by_level rests on: a disclosure shows a mean only when it
-- rests on enough of them.
create view pay_by_level_contributors as
select cycle_id, final_level, count(raise_percent) as raise_contributors,
       count(award_percent) filter (where appointment_type = 'CAREER') as award_contributors
from executive_pay
where final_level is not null
group by cycle_id, final_level;
