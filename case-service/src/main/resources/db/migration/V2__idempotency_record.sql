-- The answer given to each command sent with an Idempotency-Key, so that a retry gets the same answer and appends
-- nothing. Written in the same transaction as the command's events.
create table idempotency_record (
    recorded_by         varchar(200) not null,
    idempotency_key     varchar(200) not null,
    request_fingerprint varchar(64)  not null,
    case_id             varchar(64)  not null,
    status_code         integer      not null,
    case_version        bigint       not null,
    created_at          timestamptz  not null default now(),
    primary key (recorded_by, idempotency_key)
);
