-- Loads are versions (README, "Loads are versions"). Every load keeps its own rows in the load_*
-- tables; the cycle row names its current load, and the views with the old table names
-- (executive, element_rating, pay, org_assessment, prb_member, rating_history) show the current
-- load of each cycle. Switching a cycle to another load is one update of cycle.load_id, and
-- every reader (rules, analytics, reports) sees the switch at once, in one transaction.

-- The views that read the domain tables are rebuilt on the new views below.
drop view award_level_table, pay_by_level, pay_pool_totals, component_ratings, prb_movement, executive_pay, rating_distribution;

alter table rating_history drop constraint rating_history_cycle_id_executive_id_fkey;
alter table pay drop constraint pay_cycle_id_executive_id_fkey;
alter table element_rating drop constraint element_rating_cycle_id_executive_id_fkey;
alter table executive drop constraint executive_cycle_id_fkey;
alter table org_assessment drop constraint org_assessment_cycle_id_fkey;
alter table prb_member drop constraint prb_member_cycle_id_fkey;
drop index executive_by_id;

alter table executive rename to load_executive;
alter table element_rating rename to load_element_rating;
alter table pay rename to load_pay;
alter table org_assessment rename to load_org_assessment;
alter table prb_member rename to load_prb_member;
alter table rating_history rename to load_rating_history;

-- Rows already loaded belong to their cycle's current load.
alter table load_executive add column load_id bigint;
alter table load_element_rating add column load_id bigint;
alter table load_pay add column load_id bigint;
alter table load_org_assessment add column load_id bigint;
alter table load_prb_member add column load_id bigint;
alter table load_rating_history add column load_id bigint;
update load_executive t set load_id = c.load_id from cycle c where c.cycle_id = t.cycle_id;
update load_element_rating t set load_id = c.load_id from cycle c where c.cycle_id = t.cycle_id;
update load_pay t set load_id = c.load_id from cycle c where c.cycle_id = t.cycle_id;
update load_org_assessment t set load_id = c.load_id from cycle c where c.cycle_id = t.cycle_id;
update load_prb_member t set load_id = c.load_id from cycle c where c.cycle_id = t.cycle_id;
update load_rating_history t set load_id = c.load_id from cycle c where c.cycle_id = t.cycle_id;

alter table load_executive alter column load_id set not null,
    drop constraint executive_pkey, add primary key (load_id, executive_id),
    add foreign key (load_id) references load on delete cascade;
alter table load_element_rating alter column load_id set not null,
    drop constraint element_rating_pkey, add primary key (load_id, executive_id, element),
    add foreign key (load_id, executive_id) references load_executive on delete cascade;
alter table load_pay alter column load_id set not null,
    drop constraint pay_pkey, add primary key (load_id, executive_id),
    add foreign key (load_id, executive_id) references load_executive on delete cascade;
alter table load_org_assessment alter column load_id set not null,
    drop constraint org_assessment_pkey, add primary key (load_id, component),
    add foreign key (load_id) references load on delete cascade;
alter table load_prb_member alter column load_id set not null,
    drop constraint prb_member_pkey, add primary key (load_id, prb_id, member_id),
    add foreign key (load_id) references load on delete cascade;
alter table load_rating_history alter column load_id set not null,
    drop constraint rating_history_pkey, add primary key (load_id, executive_id, history_cycle_id),
    add foreign key (load_id, executive_id) references load_executive on delete cascade;

-- Poor-performance rules look an executive up in every other cycle's current load.
create index load_executive_by_id on load_executive (executive_id, load_id);

-- The current load of each cycle, under the names every reader already uses.
create view executive as
select c.cycle_id, e.executive_id, e.name, e.appointment_type, e.component, e.rating_official_id, e.pay_pool,
       e.appraisal_start, e.appraisal_end, e.plan_communicated, e.progress_review, e.initial_level, e.initial_shared,
       e.hlr_requested, e.hlr_level, e.prb_id, e.prb_review, e.prb_level, e.final_level, e.final_rating_date
from cycle c join load_executive e on e.load_id = c.load_id;

create view element_rating as
select c.cycle_id, t.executive_id, t.element, t.weight, t.level
from cycle c join load_element_rating t on t.load_id = c.load_id;

create view pay as
select c.cycle_id, t.executive_id, t.basic_pay_before, t.basic_pay_after, t.performance_award, t.other_award, t.rank_award
from cycle c join load_pay t on t.load_id = c.load_id;

create view org_assessment as
select c.cycle_id, t.component, t.score, t.level, t.source
from cycle c join load_org_assessment t on t.load_id = c.load_id;

create view prb_member as
select c.cycle_id, t.prb_id, t.member_id, t.appointment_type, t.fr_published, t.service_start
from cycle c join load_prb_member t on t.load_id = c.load_id;

create view rating_history as
select c.cycle_id, t.executive_id, t.history_cycle_id, t.final_level, t.final_rating_date
from cycle c join load_rating_history t on t.load_id = c.load_id;

-- A load that would make the cycle worse is REFUSED: kept, with its counts, rejects and reason,
-- but never current.
alter table load drop constraint load_status_check,
    add constraint load_status_check check (status in ('STARTED', 'LOADED', 'REFUSED', 'FAILED')),
    add column refusal text,
    add column replaces_load_id bigint references load;

-- Findings belong to the load they were found in; going back to a load brings its findings back.
alter table check_run add column load_id bigint references load;
update check_run r set load_id = c.load_id from cycle c where c.cycle_id = r.cycle_id;

-- The views of V5 and V6, unchanged, now over the current loads.
create view rating_distribution as
with staged as not materialized (
    select e.cycle_id, s.stage, s.level, e.component, e.rating_official_id, e.pay_pool, e.prb_id, e.appointment_type
    from executive e
    cross join lateral (values ('INITIAL', e.initial_level), ('PRB', e.prb_level), ('FINAL', e.final_level)) as s(stage, level)
    where s.level is not null),
units as (
    select cycle_id, stage, level, 'AGENCY' as unit_kind, 'AGENCY' as unit from staged
    union all select cycle_id, stage, level, 'COMPONENT', component from staged
    union all select cycle_id, stage, level, 'RATING_OFFICIAL', rating_official_id from staged where rating_official_id is not null
    union all select cycle_id, stage, level, 'PAY_POOL', pay_pool from staged
    union all select cycle_id, stage, level, 'PRB', prb_id from staged where prb_id is not null
    union all select cycle_id, stage, level, 'APPOINTMENT_TYPE', appointment_type from staged)
select cycle_id, stage, unit_kind, unit, level, count(*) as executives,
       round(count(*)::numeric / sum(count(*)) over (partition by cycle_id, stage, unit_kind, unit), 4) as share
from units
group by cycle_id, stage, unit_kind, unit, level;

create view executive_pay as
select e.cycle_id, e.executive_id, e.appointment_type, e.component, e.pay_pool, e.final_level,
       p.basic_pay_before, p.basic_pay_after, p.performance_award,
       case when p.basic_pay_before > 0 then round(100 * p.performance_award / p.basic_pay_before, 4) end as award_percent,
       case when p.basic_pay_before > 0 then round(100 * (p.basic_pay_after - p.basic_pay_before) / p.basic_pay_before, 4) end as raise_percent
from executive e
join pay p using (cycle_id, executive_id);

create view prb_movement as
select cycle_id, prb_id, component, initial_level, final_level, count(*) as executives
from executive
where prb_id is not null and initial_level is not null and final_level is not null
group by cycle_id, prb_id, component, initial_level, final_level;

create view component_ratings as
select e.cycle_id, e.component, o.score, o.level as assessment_level,
       count(e.final_level) as rated, avg(e.final_level) as mean_final
from executive e
left join org_assessment o on o.cycle_id = e.cycle_id and o.component = e.component
group by e.cycle_id, e.component, o.score, o.level;

create view pay_pool_totals as
select cycle_id, pay_pool,
       coalesce(sum(basic_pay_before) filter (where appointment_type = 'CAREER'), 0) as career_basic_pay,
       sum(performance_award) as awards
from executive_pay
group by cycle_id, pay_pool;

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

create view award_level_table as
select cycle_id, final_level, round(award_percent, 2) as award_percent, count(*) as executives
from executive_pay
where appointment_type = 'CAREER' and final_level is not null and award_percent is not null
group by cycle_id, final_level, round(award_percent, 2);
