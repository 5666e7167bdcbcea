-- Reports "as known on a date": every row of the per-case read models is now one version of what was known, from
-- the recording time of the event that made it so (known_from) until a later event changed it (known_until; null
-- while it is still the latest). Rows from before this migration count as known from the start; POST
-- /admin/rebuild recomputes their exact history from the journal.
alter table adoption_journey drop constraint adoption_journey_pkey;
alter table adoption_journey add column known_from timestamptz not null default '-infinity';
alter table adoption_journey add column known_until timestamptz;
alter table adoption_journey alter column known_from drop default;
drop index adoption_journey_adopted_idx;
create index adoption_journey_latest_idx on adoption_journey (la_code, adopted_on) where known_until is null;
create index adoption_journey_known_idx on adoption_journey (la_code, adopted_on, known_from);
create index adoption_journey_case_idx on adoption_journey (case_id);

alter table milestone_event drop constraint milestone_event_pkey;
alter table milestone_event add column known_from timestamptz not null default '-infinity';
alter table milestone_event add column known_until timestamptz;
alter table milestone_event alter column known_from drop default;
drop index milestone_event_la_type_idx;
create index milestone_event_latest_idx on milestone_event (la_code, type, occurred_on) where known_until is null;
create index milestone_event_known_idx on milestone_event (la_code, type, occurred_on, known_from);

alter table child_in_care drop constraint child_in_care_pkey;
alter table child_in_care add column known_from timestamptz not null default '-infinity';
alter table child_in_care add column known_until timestamptz;
alter table child_in_care alter column known_from drop default;
drop index child_in_care_la_code_idx;
create index child_in_care_latest_idx on child_in_care (la_code) where known_until is null;
create index child_in_care_case_idx on child_in_care (case_id);
