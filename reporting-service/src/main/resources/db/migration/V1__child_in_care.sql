-- One row per child known to reporting, with the dates the counts need.
create table child_in_care (
    case_id         varchar(64) primary key,
    la_code         varchar(3)  not null,
    entered_care_on date        not null,
    left_care_on    date
);

create index child_in_care_la_code_idx on child_in_care (la_code);
