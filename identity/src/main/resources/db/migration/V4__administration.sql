-- A council's or RAA's admin manages the people of its own tenant; a platform admin (role admin) everyone.
alter table users add column administers boolean not null default false;

-- Every change an admin makes: who, what, to whom, when.
create table admin_audit (
    id bigserial primary key,
    at timestamptz not null,
    actor varchar(100) not null,
    action varchar(40) not null,
    target varchar(200) not null,
    detail text not null
);
create index admin_audit_at on admin_audit (at);
