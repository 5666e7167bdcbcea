-- A kept-aside event keeps the import-source header it was delivered with, so that once a retry applies it the
-- journal still knows it was imported (and recording-lag measures still leave it out).
alter table failed_case_event add column import_source text;
