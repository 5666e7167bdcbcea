-- The actions agreed for each child (case events ActionAgreed, ActionCompleted, ActionDropped), refolded from the
-- case's history like every read model here: a rebuild empties and refills it.
create table case_action (
    case_id     varchar(64)  not null,
    action_id   bigint       not null,
    what        varchar(500) not null,
    owner       varchar(100) not null,
    agreed_on   date         not null,
    due_on      date         not null,
    status      varchar(10)  not null,
    closed_on   date,
    drop_reason varchar(500),
    primary key (case_id, action_id)
);
create index case_action_open_idx on case_action (case_id, due_on) where status = 'OPEN';

-- A team manager's acknowledgement of an alert: tracking's own data, never emptied by a rebuild. Keyed by what
-- identifies the alert whatever its row: the case, the rule and the day its clock started (a re-raise at another
-- severity, or a rebuild of the alerts from the topic, gives a new alert id but the same key). The latest one of a key
-- is in force until its review date.
create table alert_acknowledgement (
    id              bigserial     primary key,
    case_id         varchar(64)   not null,
    rule            varchar(60)   not null,
    started_on      date          not null,
    alert_id        bigint        not null,
    justification   varchar(1000) not null,
    review_on       date          not null,
    acknowledged_by varchar(200)  not null,
    acknowledged_at timestamptz   not null
);
create index alert_acknowledgement_key_idx on alert_acknowledgement (case_id, rule, started_on, id);
