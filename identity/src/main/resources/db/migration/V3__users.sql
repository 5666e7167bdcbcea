-- People who sign in: a password hash (Spring's {id}-prefixed format), one role and one tenant as the token
-- carries them (councils, an RAA or a VAA), and the lockout after repeated wrong passwords.
create table users (
    username varchar(100) not null primary key,
    password_hash varchar(200) not null,
    role varchar(40) not null,
    councils varchar(3)[] not null default '{}',
    raa varchar(100),
    vaa varchar(100),
    enabled boolean not null default true,
    failed_attempts integer not null default 0,
    locked_until timestamptz,
    created_at timestamptz not null default now(),
    constraint one_tenant check ((cardinality(councils) > 0)::int + (raa is not null)::int + (vaa is not null)::int <= 1)
);
