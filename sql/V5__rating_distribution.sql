-- Rating distributions by stage (initial, PRB, final) and unit: the agency, each component,
-- rating official, pay pool, PRB and appointment type, in counts and shares. The analytics and
-- the certification report read these; nothing counts ratings in Java loops.
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

-- Pay and awards as shares of basic pay, per executive; the pay analyses aggregate these.
create view executive_pay as
select e.cycle_id, e.executive_id, e.appointment_type, e.component, e.pay_pool, e.final_level,
       p.basic_pay_before, p.basic_pay_after, p.performance_award,
       case when p.basic_pay_before > 0 then round(100 * p.performance_award / p.basic_pay_before, 4) end as award_percent,
       case when p.basic_pay_before > 0 then round(100 * (p.basic_pay_after - p.basic_pay_before) / p.basic_pay_before, 4) end as raise_percent
from executive e
join pay p using (cycle_id, executive_id);
