-- The datasets the analytics read and the reports will read: one definition each, here, so that a
-- report never counts differently from the check. Java receives these small tables.

-- How each PRB moved ratings from the initial to the final level, by component.
create view prb_movement as
select cycle_id, prb_id, component, initial_level, final_level, count(*) as executives
from executive
where prb_id is not null and initial_level is not null and final_level is not null
group by cycle_id, prb_id, component, initial_level, final_level;

-- Each component with rated executives: its organizational assessment (if any) and its ratings.
create view component_ratings as
select e.cycle_id, e.component, o.score, o.level as assessment_level,
       count(e.final_level) as rated, avg(e.final_level) as mean_final
from executive e
left join org_assessment o on o.cycle_id = e.cycle_id and o.component = e.component
group by e.cycle_id, e.component, o.score, o.level;

-- Each pay pool's aggregate career basic pay and its performance awards.
create view pay_pool_totals as
select cycle_id, pay_pool,
       coalesce(sum(basic_pay_before) filter (where appointment_type = 'CAREER'), 0) as career_basic_pay,
       sum(performance_award) as awards
from executive_pay
group by cycle_id, pay_pool;

-- Raises and awards by final level: means (awards among career executives, who alone may get
-- them), medians, and the range of the awards actually paid.
create view pay_by_level as
select cycle_id, final_level, count(*) as executives,
       avg(raise_percent) as mean_raise_percent,
       percentile_cont(0.5) within group (order by raise_percent) as median_raise_percent,
       avg(award_percent) filter (where appointment_type = 'CAREER') as mean_career_award_percent,
       percentile_cont(0.5) within group (order by award_percent) filter (where appointment_type = 'CAREER') as median_career_award_percent,
       count(*) filter (where performance_award > 0) as awards_paid,
       min(award_percent) filter (where performance_award > 0) as min_paid_award_percent,
       max(award_percent) filter (where performance_award > 0) as max_paid_award_percent
from executive_pay
where final_level is not null
group by cycle_id, final_level;

-- Career executives by final level and award % (to the hundredth): the contingency table of
-- Kendall's tau-b between rating and award.
create view award_level_table as
select cycle_id, final_level, round(award_percent, 2) as award_percent, count(*) as executives
from executive_pay
where appointment_type = 'CAREER' and final_level is not null and award_percent is not null
group by cycle_id, final_level, round(award_percent, 2);

-- A check run keeps the policy text it applied, so that every step of the run, and a restart in
-- another process, applies exactly the bytes whose SHA-256 the run records.
alter table check_run add column policy_yaml text;
