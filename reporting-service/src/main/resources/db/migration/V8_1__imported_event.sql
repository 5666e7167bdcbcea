-- The events that came from a council's SSDA903 return (the import-source header): recorded when imported, not
-- when the council knew, so the data-quality report's recording lag leaves them out.
create table imported_event (
    case_id       varchar(64) not null,
    sequence      bigint      not null,
    import_source text        not null,
    primary key (case_id, sequence)
);
