-- Remote partitioning (issue 13): the manager of a partitioned step sends each partition's request
-- to the workers through a queue that is a table of this database (Spring Integration's JDBC
-- channel message store), so no message broker is needed: the database the workers share for the
-- job repository carries the requests too. From spring-integration-jdbc's schema-postgresql.sql,
-- the channel queue's part only; "if not exists", as the scheduler may bring the same tables.

create sequence if not exists int_message_seq start with 1 increment by 1 no cycle;

create table if not exists int_channel_message (
    message_id       char(36)     not null,
    group_key        char(36)     not null,
    created_date     bigint       not null,
    message_priority bigint,
    message_sequence bigint       not null default nextval('int_message_seq'),
    message_content  bytea,
    region           varchar(100) not null,
    constraint int_channel_message_pk primary key (region, group_key, created_date, message_sequence)
);

create index if not exists int_channel_msg_delete_idx on int_channel_message (region, group_key, message_id);
