-- The rules every stored deadline was derived under; when they change, every case is recomputed once.
create table rules_in_force (
    singleton  boolean primary key default true check (singleton),
    rules      text        not null,
    applied_at timestamptz not null
);

-- A10 stops when the child starts living with the people who adopt them: a foster placement of carers who adopt,
-- or an early permanence placement before the placement for adoption is recorded.
alter table case_timeliness rename column foster_placement_started_on to living_with_adopters_since;
