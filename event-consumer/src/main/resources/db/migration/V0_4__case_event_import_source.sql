-- For an event imported from a council's SSDA903 return, the row it came from (the import-source header of the
-- case-events topic), kept with the event so that a rebuild from the journal still knows it: its recording time
-- is the import's, so measures of recording lag leave it out.
alter table case_event add column import_source text;
alter table held_case_event add column import_source text;
