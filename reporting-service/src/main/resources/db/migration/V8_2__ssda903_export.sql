-- The SSDA903 rows the platform can derive for each case, every year's at once, versioned by recording time like
-- the other read models; the export picks a collection year's rows from them. child is the case reference (the
-- return's CHILD). An episode's dec and rec, and a decision's ceased date and reason, are as known now: the export
-- leaves out those after the year it answers for. decision_ended_on: when the decision stopped being in force (its
-- reversal, or the end of the period of care); null while it is.
create table ssda903_episode (
    case_id       varchar(64) not null,
    number        int         not null,
    la_code       varchar(3)  not null,
    child         varchar(64) not null,
    date_of_birth date,
    decom         date        not null,
    rne           varchar(1)  not null,
    ls            varchar(2),
    place         varchar(2),
    dec           date,
    rec           varchar(3),
    known_from    timestamptz not null,
    known_until   timestamptz
);
create index ssda903_episode_latest_idx on ssda903_episode (la_code, decom) where known_until is null;
create index ssda903_episode_known_idx on ssda903_episode (la_code, decom, known_from);
create index ssda903_episode_case_idx on ssda903_episode (case_id);

create table ssda903_placed_adoption (
    case_id              varchar(64) not null,
    number               int         not null,
    la_code              varchar(3)  not null,
    child                varchar(64) not null,
    date_of_birth        date,
    date_placed          date        not null,
    date_placed_ceased   date,
    reason_placed_ceased varchar(3),
    decision_ended_on    date,
    known_from           timestamptz not null,
    known_until          timestamptz
);
create index ssda903_placed_adoption_latest_idx on ssda903_placed_adoption (la_code, date_placed)
    where known_until is null;
create index ssda903_placed_adoption_known_idx on ssda903_placed_adoption (la_code, date_placed, known_from);
create index ssda903_placed_adoption_case_idx on ssda903_placed_adoption (case_id);

create table ssda903_ad1 (
    case_id       varchar(64) not null,
    number        int         not null,
    la_code       varchar(3)  not null,
    child         varchar(64) not null,
    date_of_birth date,
    adopted_on    date        not null,
    date_int      date,
    date_match    date,
    foster_care   varchar(1),
    known_from    timestamptz not null,
    known_until   timestamptz
);
create index ssda903_ad1_latest_idx on ssda903_ad1 (la_code, adopted_on) where known_until is null;
create index ssda903_ad1_known_idx on ssda903_ad1 (la_code, adopted_on, known_from);
create index ssda903_ad1_case_idx on ssda903_ad1 (case_id);
