-- The PIO's quarterly priority-goal review (README, "For the PIO"): the goals workbook is loaded
-- as versions, like a cycle. A load's kind says which workbook it is; a goals load's subject
-- (load.cycle_id) is GOALS, the agency's set of priority goals.
alter table load add column kind text not null default 'CYCLE' check (kind in ('CYCLE', 'GOALS')),
    alter column agency_code drop not null,
    alter column period_start drop not null,
    alter column period_end drop not null;

-- The keys of rejected rows of any sheet that other sheets refer to (an executive, a goal, an
-- indicator), so that a row of a child sheet can say its parent row was rejected. Replaces the
-- executives-only table of V3.
create table stage_rejected_key (
    load_id    bigint not null,
    sheet      text   not null,
    row_number bigint not null,
    key        text   not null
);
create index stage_rejected_key_lookup on stage_rejected_key (load_id, sheet, key);
drop table stage_rejected_executives;

create table stage_goals (
    load_id        bigint not null,
    row_number     bigint not null,
    goal_id        text,
    title          text,
    statement      text,
    goal_leader    text,
    start_quarter  text,
    end_quarter    text,
    strategic_link text
);

create table stage_indicators (
    load_id          bigint not null,
    row_number       bigint not null,
    indicator_id     text,
    goal_id          text,
    name             text,
    unit             text,
    direction        text,
    baseline         numeric,
    baseline_quarter text,
    target           numeric,
    target_quarter   text
);

create table stage_actuals (
    load_id      bigint not null,
    row_number   bigint not null,
    indicator_id text,
    quarter      text,
    actual       numeric,
    planned      numeric
);

create table stage_milestones (
    load_id           bigint not null,
    row_number        bigint not null,
    goal_id           text,
    milestone         text,
    due_quarter       text,
    completed_quarter text
);

create table stage_contributors (
    load_id     bigint not null,
    row_number  bigint not null,
    goal_id     text,
    contributor text,
    kind        text,
    on_track    boolean,
    note        text
);

create table stage_strategies (
    load_id    bigint not null,
    row_number bigint not null,
    goal_id    text,
    quarter    text,
    strategy   text
);

-- Each goals load's own rows. Quarters are kept as FY2026Q4, which sorts as text in time order.
create table load_goal (
    load_id        bigint not null references load on delete cascade,
    goal_id        text   not null,
    title          text   not null,
    statement      text,
    goal_leader    text   not null,
    start_quarter  text   not null,
    end_quarter    text   not null,
    strategic_link text,
    primary key (load_id, goal_id)
);

create table load_indicator (
    load_id          bigint  not null,
    indicator_id     text    not null,
    goal_id          text    not null,
    name             text    not null,
    unit             text,
    direction        text    not null check (direction in ('INCREASE', 'DECREASE')),
    baseline         numeric not null,
    baseline_quarter text    not null,
    target           numeric not null,
    target_quarter   text    not null,
    primary key (load_id, indicator_id),
    foreign key (load_id, goal_id) references load_goal on delete cascade
);

create table load_indicator_actual (
    load_id      bigint  not null,
    indicator_id text    not null,
    quarter      text    not null,
    actual       numeric not null,
    planned      numeric,
    primary key (load_id, indicator_id, quarter),
    foreign key (load_id, indicator_id) references load_indicator on delete cascade
);

create table load_milestone (
    load_id           bigint not null,
    row_number        bigint not null,
    goal_id           text   not null,
    milestone         text   not null,
    due_quarter       text   not null,
    completed_quarter text,
    primary key (load_id, row_number),
    foreign key (load_id, goal_id) references load_goal on delete cascade
);

create table load_contributor (
    load_id     bigint not null,
    row_number  bigint not null,
    goal_id     text   not null,
    contributor text   not null,
    kind        text,
    on_track    boolean,
    note        text,
    primary key (load_id, row_number),
    foreign key (load_id, goal_id) references load_goal on delete cascade
);

create table load_strategy (
    load_id    bigint not null,
    row_number bigint not null,
    goal_id    text   not null,
    quarter    text   not null,
    strategy   text   not null,
    primary key (load_id, row_number),
    foreign key (load_id, goal_id) references load_goal on delete cascade
);

-- The agency's current goals load, as cycle names a cycle's current load.
create table goal_set (
    set_id  text   primary key check (set_id = 'GOALS'),
    load_id bigint not null references load
);

create view goal as
select t.goal_id, t.title, t.statement, t.goal_leader, t.start_quarter, t.end_quarter, t.strategic_link
from goal_set s join load_goal t on t.load_id = s.load_id;

create view indicator as
select t.indicator_id, t.goal_id, t.name, t.unit, t.direction, t.baseline, t.baseline_quarter, t.target, t.target_quarter
from goal_set s join load_indicator t on t.load_id = s.load_id;

create view indicator_actual as
select t.indicator_id, t.quarter, t.actual, t.planned
from goal_set s join load_indicator_actual t on t.load_id = s.load_id;

create view milestone as
select t.row_number, t.goal_id, t.milestone, t.due_quarter, t.completed_quarter
from goal_set s join load_milestone t on t.load_id = s.load_id;

create view contributor as
select t.row_number, t.goal_id, t.contributor, t.kind, t.on_track, t.note
from goal_set s join load_contributor t on t.load_id = s.load_id;

create view strategy as
select t.row_number, t.goal_id, t.quarter, t.strategy
from goal_set s join load_strategy t on t.load_id = s.load_id;

-- A review of the goals for one quarter: the goals load it read, the settings it applied (with
-- their hash), and its findings, in the findings' columns (cycle_id holds the review quarter).
create table goal_review_run (
    run_id           bigserial primary key,
    quarter          text        not null,
    load_id          bigint      not null references load,
    settings_source  text        not null,
    settings_sha256  text        not null,
    settings_yaml    text        not null,
    out_dir          text        not null,
    started_at       timestamptz not null default now(),
    finished_at      timestamptz,
    status           text        not null default 'STARTED' check (status in ('STARTED', 'DONE', 'FAILED')),
    job_execution_id bigint
);

-- Each goal's risk category at a review, with the reasons that put it there.
create table goal_review_goal (
    run_id  bigint not null references goal_review_run on delete cascade,
    goal_id text   not null,
    risk    text   not null check (risk in ('HIGH', 'MEDIUM', 'LOW', 'UNKNOWN')),
    reasons text,
    primary key (run_id, goal_id)
);

create table goal_finding (
    run_id   bigint not null references goal_review_run on delete cascade,
    cycle_id text   not null,
    rule     text   not null,
    severity text   not null check (severity in ('ERROR', 'WARNING', 'INFO')),
    scope    text   not null check (scope = 'GOAL'),
    subject  text   not null,
    message  text   not null,
    evidence text
);
create index goal_finding_run on goal_finding (run_id, severity, rule);
