-- Events a projection failed on (a poison event), or messages that could not be read at all (no case). The case's
-- position stays before the failed event, so its later events are held behind it; other cases keep flowing. Each
-- is retried on demand (POST /admin/case-events/retry) once the cause is fixed.
create table failed_case_event (
    id        bigserial   primary key,
    case_id   varchar(64),
    sequence  bigint,
    message   text        not null,
    error     text        not null,
    attempts  int         not null,
    failed_at timestamptz not null
);
create unique index failed_case_event_case_sequence_idx on failed_case_event (case_id, sequence)
    where case_id is not null;
