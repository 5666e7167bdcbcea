-- The caseload's columns (GET /api/caseload; a tracking meeting's agenda reads the same row): the child by case
-- reference and age, and the next deadline, so that a page is filtered, sorted and counted in the database.
alter table case_timeliness
    add column case_reference         varchar(100),
    add column date_of_birth          date,
    add column expected_date_of_birth date,
    add column next_rule              varchar(60),
    add column next_due_on            date;

-- A page is of open cases, each index led by the council: a council's page in reference order (the default) is read
-- in the first index's order, the overdue filter and deadline order from the second, people's names by the last
-- two; an RAA's councils are gathered from the first and sorted (docs/caseload.md has the plans at 100,000 cases).
create index case_timeliness_caseload_reference_idx on case_timeliness (la_code, case_reference collate "C", case_id)
    where closed_on is null;
create index case_timeliness_caseload_next_due_idx on case_timeliness (la_code, next_due_on)
    where closed_on is null;
create index case_timeliness_social_worker_idx on case_timeliness (social_worker) where closed_on is null;
create index case_timeliness_family_finder_idx on case_timeliness (family_finder) where closed_on is null;

-- Rows written before this migration have none of the new columns: forgetting the rules they were computed under
-- makes the first sweep recompute every case from the journal (journal/RulesInForce), which fills them.
delete from rules_in_force;
