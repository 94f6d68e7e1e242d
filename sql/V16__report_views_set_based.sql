-- Two report views of V8 looked rows up one executive at a time (an EXISTS in a filter, a LATERAL
-- with LIMIT). With the per-row keys gone from the load tables (V13), each lookup reads the whole
-- load: at 50,000 executives the evidence package spent minutes here. The same figures, as joins
-- the planner can hash.

create or replace view executive_process_summary as
select e.cycle_id, count(*) as executives, count(e.final_level) as rated,
       count(planned.executive_id) as plans,
       count(*) filter (where e.plan_communicated <= e.appraisal_start) as plans_on_time,
       count(*) filter (where e.plan_communicated > e.appraisal_start) as plans_late,
       count(*) filter (where e.plan_communicated is null) as plans_undated,
       count(e.progress_review) as progress_reviews,
       count(e.initial_shared) as initial_shared,
       count(e.prb_review) as prb_reviewed,
       count(*) filter (where e.hlr_requested) as hlr_requested,
       count(e.hlr_level) as hlr_given
from executive e
left join (select distinct cycle_id, executive_id from element_rating) planned
       on planned.cycle_id = e.cycle_id and planned.executive_id = e.executive_id
group by e.cycle_id;

-- Percentages are still executive_pay's, the ones the pay analyses use (an executive's pay row is
-- unique in a published load: the import rejects duplicates).
create or replace view opm_1558_part_b as
select e.cycle_id, e.executive_id, e.appointment_type, e.final_level, e.pay_pool,
       p.basic_pay_before, p.basic_pay_after, ep.raise_percent as adjustment_percent,
       p.performance_award, ep.award_percent, p.other_award, p.rank_award,
       p.basic_pay_after + p.performance_award + coalesce(p.other_award, 0) as aggregate_compensation
from executive e
left join pay p on p.cycle_id = e.cycle_id and p.executive_id = e.executive_id
left join executive_pay ep on ep.cycle_id = e.cycle_id and ep.executive_id = e.executive_id
where e.final_level is not null;
