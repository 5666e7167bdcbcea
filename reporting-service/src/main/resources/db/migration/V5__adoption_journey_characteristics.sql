-- The harder-to-place characteristics and early permanence, for the scorecard's splits.
alter table adoption_journey add column date_of_birth date;
alter table adoption_journey add column sibling_group boolean not null default false;
alter table adoption_journey add column disability boolean not null default false;
alter table adoption_journey add column ethnicity_group varchar(20);
alter table adoption_journey add column early_permanence boolean not null default false;
