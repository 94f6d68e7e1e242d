-- The appraisal-cycle domain: what an import loads and every later job reads.
-- Columns follow the cycle workbook (spec section 3); one row of a sheet is one row here.

-- Each import is a load: who, when, from what, and what became of every row.
create table load (
    load_id              bigserial primary key,
    cycle_id             text        not null,
    agency_code          text        not null,
    agency_name          text,
    period_start         date        not null,
    period_end           date        not null,
    policy               text,
    administration_start date,
    source_kind          text        not null check (source_kind in ('XLSX', 'CSV', 'DATABASE')),
    source_name          text        not null,
    loaded_by            text        not null,
    started_at           timestamptz not null default now(),
    finished_at          timestamptz,
    status               text        not null default 'STARTED'
        check (status in ('STARTED', 'LOADED', 'FAILED')),
    job_execution_id     bigint
);

-- The files (or tables) a load read, with their SHA-256 so that evidence can name its inputs.
create table load_input (
    load_id bigint not null references load on delete cascade,
    name    text   not null,
    sha256  text,
    bytes   bigint,
    primary key (load_id, name)
);

-- Per sheet: rows read = rows loaded + rows rejected.
create table load_sheet_count (
    load_id       bigint not null references load on delete cascade,
    sheet         text   not null,
    rows_read     bigint not null,
    rows_loaded   bigint not null,
    rows_rejected bigint not null,
    primary key (load_id, sheet),
    check (rows_read = rows_loaded + rows_rejected)
);

-- Every problem found in a row; a row with two bad cells has two entries.
create table reject (
    reject_id  bigserial primary key,
    load_id    bigint not null references load on delete cascade,
    file       text   not null,
    sheet      text   not null,
    row_number bigint not null,
    column_name text,
    value      text,
    code       text   not null,
    message    text   not null
);
create index reject_load_sheet on reject (load_id, sheet, row_number);

create table cycle (
    cycle_id             text primary key,
    agency_code          text   not null,
    agency_name          text,
    period_start         date   not null,
    period_end           date   not null,
    policy               text,
    administration_start date,
    load_id              bigint not null references load
);

create table executive (
    cycle_id           text     not null references cycle on delete cascade,
    executive_id       text     not null,
    name               text,
    appointment_type   text     not null
        check (appointment_type in ('CAREER', 'NONCAREER', 'LIMITED_TERM', 'LIMITED_EMERGENCY')),
    component          text     not null,
    rating_official_id text,
    pay_pool           text     not null,
    appraisal_start    date     not null,
    appraisal_end      date     not null,
    plan_communicated  date,
    progress_review    date,
    initial_level      smallint check (initial_level between 1 and 5),
    initial_shared     date,
    hlr_requested      boolean,
    hlr_level          smallint check (hlr_level between 1 and 5),
    prb_id             text,
    prb_review         date,
    prb_level          smallint check (prb_level between 1 and 5),
    final_level        smallint check (final_level between 1 and 5),
    final_rating_date  date,
    primary key (cycle_id, executive_id)
);

create table element_rating (
    cycle_id     text     not null,
    executive_id text     not null,
    element      text     not null,
    weight       smallint not null check (weight between 0 and 100),
    level        smallint not null check (level between 1 and 5),
    primary key (cycle_id, executive_id, element),
    foreign key (cycle_id, executive_id) references executive on delete cascade
);

create table pay (
    cycle_id          text          not null,
    executive_id      text          not null,
    basic_pay_before  numeric(12, 2) not null check (basic_pay_before >= 0),
    basic_pay_after   numeric(12, 2) not null check (basic_pay_after >= 0),
    performance_award numeric(12, 2) not null default 0 check (performance_award >= 0),
    other_award       numeric(12, 2) check (other_award >= 0),
    rank_award        text check (rank_award in ('MERITORIOUS', 'DISTINGUISHED')),
    primary key (cycle_id, executive_id),
    foreign key (cycle_id, executive_id) references executive on delete cascade
);

create table org_assessment (
    cycle_id  text          not null references cycle on delete cascade,
    component text          not null,
    score     numeric(6, 2) not null check (score between 0 and 100),
    level     smallint check (level between 1 and 5),
    source    text,
    primary key (cycle_id, component)
);

create table prb_member (
    cycle_id         text not null references cycle on delete cascade,
    prb_id           text not null,
    member_id        text not null,
    appointment_type text not null
        check (appointment_type in ('CAREER', 'NONCAREER', 'LIMITED_TERM', 'LIMITED_EMERGENCY')),
    fr_published     date,
    service_start    date,
    primary key (cycle_id, prb_id, member_id)
);

-- Final ratings of earlier cycles that were not imported here, as the cycle's History sheet gave them.
create table rating_history (
    cycle_id          text     not null,
    executive_id      text     not null,
    history_cycle_id  text     not null,
    final_level       smallint not null check (final_level between 1 and 5),
    final_rating_date date     not null,
    primary key (cycle_id, executive_id, history_cycle_id),
    foreign key (cycle_id, executive_id) references executive on delete cascade
);
