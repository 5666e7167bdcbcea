-- Which cases exist and with which VAAs they are shared, for listing; rebuilt from the event store by the
-- case-listing tracking processor.
create table case_listing (
    case_id        varchar(64)  primary key,
    la_code        varchar(3)   not null,
    case_reference varchar(100) not null,
    opened_on      date         not null
);
create index case_listing_la_idx on case_listing (la_code, case_reference);

create table case_vaa_share (
    case_id   varchar(64)  not null,
    vaa_id    varchar(100) not null,
    shared_on date         not null,
    primary key (case_id, vaa_id)
);
create index case_vaa_share_vaa_idx on case_vaa_share (vaa_id);
