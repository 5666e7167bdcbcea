-- Every set of care proceedings of a case (number: its order in the case), with its 26-week last day moved by the
-- court's extensions, whether it concluded within 26 weeks of issue (null while open), and the coded reasons given
-- for the extensions; versioned by recording time like the other read models.
create table care_proceedings (
    case_id         varchar(64) not null,
    number          int         not null,
    la_code         varchar(3)  not null,
    issued_on       date        not null,
    last_day        date        not null,
    concluded_on    date,
    within_26_weeks boolean,
    extension_weeks int         not null,
    delay_reasons   varchar(400) not null,
    known_from      timestamptz not null,
    known_until     timestamptz
);
create index care_proceedings_latest_idx on care_proceedings (la_code, concluded_on) where known_until is null;
create index care_proceedings_known_idx on care_proceedings (la_code, concluded_on, known_from);
create index care_proceedings_case_idx on care_proceedings (case_id);
