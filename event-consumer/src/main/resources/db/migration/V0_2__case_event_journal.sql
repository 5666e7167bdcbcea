-- Every case event this service has applied, as published: read models are recomputed from a case's whole
-- history, so a correction or a void recomputes everything that depended on the event it names.
create table case_event (
    case_id  varchar(64) not null,
    sequence bigint      not null,
    message  text        not null,
    primary key (case_id, sequence)
);
