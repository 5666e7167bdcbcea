-- Every read of children's case data through the API, from every service, for the platform admin.
create table audit_read (
    read_id        uuid         primary key,
    read_at        timestamptz  not null,
    user_id        varchar(200) not null,
    role           varchar(40),
    tenant         varchar(300) not null,
    case_id        varchar(64),
    service        varchar(40)  not null,
    endpoint       varchar(200) not null,
    query          varchar(1000),
    correlation_id varchar(64)
);
create index audit_read_case_idx on audit_read (case_id, read_at);
create index audit_read_user_idx on audit_read (user_id, read_at);
create index audit_read_at_idx on audit_read (read_at);
