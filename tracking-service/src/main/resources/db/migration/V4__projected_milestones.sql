-- Every stage a child has been through (ADM decision to placement order, order to match, match to placement,
-- placement to adoption order), with what the projection groups children by: the sample its medians come from.
create table stage_duration (
    case_id       varchar(64) not null,
    la_code       varchar(3)  not null,
    milestone     varchar(20) not null,
    ended_on      date        not null,
    days          integer     not null,
    age_band      varchar(20) not null,
    sibling_group boolean     not null,
    primary key (case_id, milestone, ended_on)
);
create index stage_duration_la_ended_idx on stage_duration (la_code, ended_on);

-- Each child on an adoption plan: when the milestones ahead are projected and from what, and the A1, A10 and A2
-- the child would have at placement.
create table case_projection (
    case_id        varchar(64) primary key,
    la_code        varchar(3)  not null,
    projected_on   date        not null,
    a1_started_on  date        not null,
    a1_stops_on    date        not null,
    a1_days        integer     not null,
    a10_stops_on   date        not null,
    a10_days       integer     not null,
    a2_started_on  date,
    a2_stops_on    date,
    a2_days        integer
);
create index case_projection_la_idx on case_projection (la_code);

create table case_projected_milestone (
    case_id         varchar(64) not null,
    milestone       varchar(20) not null,
    projected_on    date        not null,
    stage_starts_on date        not null,
    median_days     integer     not null,
    sample_size     integer     not null,
    sample_group    varchar(60) not null,
    primary key (case_id, milestone)
);

-- The thresholds a child's projection breaches: the alerts of kind PROJECTED are synced to these.
create table case_projected_breach (
    case_id    varchar(64) not null,
    rule       varchar(60) not null,
    started_on date        not null,
    due_on     date        not null,
    primary key (case_id, rule)
);

-- Stage durations come from every case's history: forgetting the rules makes the first sweep recompute every case.
delete from rules_in_force;
