-- Every event in effect (corrections applied, voided events left out) with its legal date, for counts by period.
create table milestone_event (
    case_id     varchar(64) not null,
    sequence    bigint      not null,
    la_code     varchar(3)  not null,
    type        varchar(60) not null,
    occurred_on date        not null,
    primary key (case_id, sequence)
);
create index milestone_event_la_type_idx on milestone_event (la_code, type, occurred_on);
