-- One row per case with the legal dates the scorecard measures run between. adopted_on is set once the adoption
-- order is made; a10_stop_on is when the foster placement began if the child's foster carers adopt.
create table adoption_journey (
    case_id              varchar(64) primary key,
    la_code              varchar(3)  not null,
    entered_care_on      date,
    placement_order_on   date,
    matched_on           date,
    placed_on            date,
    a10_stop_on          date,
    adopted_on           date
);
create index adoption_journey_adopted_idx on adoption_journey (la_code, adopted_on);
