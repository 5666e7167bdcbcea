-- One row per tracked case: the dates its clocks start from. Days are computed against today when read.
create table case_timeliness (
    case_id         varchar(64) primary key,
    la_code         varchar(3)  not null,
    entered_care_on date        not null
);

create index case_timeliness_la_code_idx on case_timeliness (la_code);
