-- The check of a cycle: each run records the policy it applied (name or file, and the SHA-256 of
-- its bytes), and its findings. A cycle's current findings are those of its latest completed
-- run; a new run replaces them in one transaction.

create table check_run (
    run_id           bigserial primary key,
    cycle_id         text        not null references cycle on delete cascade,
    policy_id        text        not null,
    policy_source    text        not null,
    policy_sha256    text        not null,
    started_at       timestamptz not null default now(),
    finished_at      timestamptz,
    status           text        not null default 'STARTED' check (status in ('STARTED', 'DONE', 'FAILED')),
    job_execution_id bigint
);

create table finding (
    run_id   bigint not null references check_run on delete cascade,
    cycle_id text   not null,
    rule     text   not null,
    severity text   not null check (severity in ('ERROR', 'WARNING', 'INFO')),
    scope    text   not null check (scope in ('EXECUTIVE', 'UNIT', 'AGENCY')),
    subject  text   not null,
    message  text   not null,
    evidence text
);
create index finding_run on finding (run_id, severity, rule);

-- Which run's findings are the cycle's current ones.
create table cycle_check (
    cycle_id text   primary key references cycle on delete cascade,
    run_id   bigint not null references check_run on delete cascade
);

-- Poor-performance rules look an executive up in every other imported cycle.
create index executive_by_id on executive (executive_id);
