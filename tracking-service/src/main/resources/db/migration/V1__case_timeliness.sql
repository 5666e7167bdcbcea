-- One row per tracked case: where the journey stands and the dates its clocks run between.
create table case_timeliness (
    case_id                     varchar(64) primary key,
    la_code                     varchar(3)  not null,
    team                        varchar(100),
    social_worker               varchar(100),
    family_finder               varchar(100),
    stage                       varchar(40) not null,
    stage_since                 date,
    permanence_plan             varchar(40),
    entered_care_on             date,
    adoption_decision_on        date,
    placement_order_on          date,
    matched_on                  date,
    placed_on                   date,
    foster_placement_started_on date,
    closed_on                   date
);
create index case_timeliness_la_code_idx on case_timeliness (la_code);
create index case_timeliness_team_idx on case_timeliness (team);

-- Every deadline a case has not yet met, as derived by the rules table.
create table case_deadline (
    case_id    varchar(64) not null,
    rule       varchar(60) not null,
    kind       varchar(40) not null,
    started_on date        not null,
    due_on     date        not null,
    primary key (case_id, rule)
);
create index case_deadline_due_on_idx on case_deadline (due_on);

-- Alerts raised for deadlines that are due soon or overdue, and cleared when met or no longer relevant.
create table alert (
    id            bigserial primary key,
    case_id       varchar(64)  not null,
    la_code       varchar(3)   not null,
    team          varchar(100),
    social_worker varchar(100),
    rule          varchar(60)  not null,
    kind          varchar(40)  not null,
    severity      varchar(20)  not null,
    started_on    date         not null,
    due_on        date         not null,
    status        varchar(10)  not null,
    raised_at     timestamptz  not null,
    cleared_at    timestamptz,
    cleared_because varchar(200)
);
create unique index alert_one_open_per_rule on alert (case_id, rule) where status = 'open';
create index alert_la_status_idx on alert (la_code, status);

-- Alert events waiting to be published to Kafka (published at least once, in order).
create table alert_outbox (
    id           bigserial primary key,
    case_id      varchar(64) not null,
    message      text        not null,
    published_at timestamptz
);
create index alert_outbox_unpublished_idx on alert_outbox (id) where published_at is null;
