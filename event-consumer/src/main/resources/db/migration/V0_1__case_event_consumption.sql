-- Where this service has got to in each case's event stream, and events held back by a gap in it.
create table case_event_position (
    case_id       varchar(64) primary key,
    last_sequence bigint      not null,
    updated_at    timestamptz not null
);

create table held_case_event (
    case_id  varchar(64) not null,
    sequence bigint      not null,
    envelope text        not null,
    held_at  timestamptz not null,
    primary key (case_id, sequence)
);
