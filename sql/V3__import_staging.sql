-- Staging: an import streams each sheet's valid rows here with COPY, checks what only the
-- whole sheet can tell (duplicates, rows for unknown executives) in SQL, and then publishes
-- the cycle in one transaction. Logged, not unlogged: a restarted load resumes from the rows
-- it staged before, so they must survive a database crash as the job repository does.
-- Column order after (load_id, row_number) is the sheet's column order in CycleLayout.

create table stage_executives (
    load_id            bigint not null,
    row_number         bigint not null,
    executive_id       text,
    name               text,
    appointment_type   text,
    component          text,
    rating_official_id text,
    pay_pool           text,
    appraisal_start    date,
    appraisal_end      date,
    plan_communicated  date,
    progress_review    date,
    initial_level      smallint,
    initial_shared     date,
    hlr_requested      boolean,
    hlr_level          smallint,
    prb_id             text,
    prb_review         date,
    prb_level          smallint,
    final_level        smallint,
    final_rating_date  date
);

create table stage_elements (
    load_id      bigint not null,
    row_number   bigint not null,
    executive_id text,
    element      text,
    weight       smallint,
    level        smallint
);

create table stage_pay (
    load_id           bigint not null,
    row_number        bigint not null,
    executive_id      text,
    basic_pay_before  numeric(12, 2),
    basic_pay_after   numeric(12, 2),
    performance_award numeric(12, 2),
    other_award       numeric(12, 2),
    rank_award        text
);

create table stage_orgassessments (
    load_id    bigint not null,
    row_number bigint not null,
    component  text,
    score      numeric(6, 2),
    level      smallint,
    source     text
);

create table stage_prbmembers (
    load_id          bigint not null,
    row_number       bigint not null,
    prb_id           text,
    member_id        text,
    appointment_type text,
    fr_published     date,
    service_start    date
);

create table stage_history (
    load_id           bigint not null,
    row_number        bigint not null,
    executive_id      text,
    cycle_id          text,
    final_level       smallint,
    final_rating_date date
);

-- The ids on Executives rows that were rejected, so that an Elements, Pay or History row
-- for such an executive can say why it is rejected too.
create table stage_rejected_executives (
    load_id      bigint not null,
    row_number   bigint not null,
    executive_id text   not null
);

create index stage_rejected_executives_key on stage_rejected_executives (load_id, executive_id);
