-- SSDA903 imports (uk.permanence.cases.imports): each import's state and counts, its files, and its report, kept so
-- that a poll after a restart still answers. The events themselves go to the event store through the aggregate.
create table ssda903_import (
    import_id                uuid primary key,
    la_code                  varchar(3)   not null,
    status                   varchar(12)  not null,
    requested_by             text         not null,
    children                 integer      not null default 0,
    children_imported        integer      not null default 0,
    children_refused         integer      not null default 0,
    children_unchanged       integer      not null default 0,
    events_appended          integer      not null default 0,
    milestones_already_held  integer      not null default 0,
    started_at               timestamptz  not null,
    finished_at              timestamptz,
    failure                  text
);

create table ssda903_import_file (
    import_id        uuid         not null references ssda903_import on delete cascade,
    position         integer      not null,
    name             text         not null,
    table_name       varchar(20),
    collection_year  varchar(7)   not null,
    row_count        integer,
    primary key (import_id, position)
);

create table ssda903_import_problem (
    import_id  uuid     not null references ssda903_import on delete cascade,
    position   integer  not null,
    child      text,
    file       text,
    table_name varchar(20),
    row_number integer,
    rule       varchar(10),
    field      text,
    message    text     not null,
    primary key (import_id, position)
);

create table ssda903_import_conflict (
    import_id  uuid     not null references ssda903_import on delete cascade,
    position   integer  not null,
    child      text     not null,
    milestone  text     not null,
    held       text     not null,
    imported   text     not null,
    message    text     not null,
    primary key (import_id, position)
);
