-- Each person's TOTP secret, sealed (AES-256-GCM under the key-encryption key, as the signing keys are); enrolled_at
-- is null while the secret waits for its first code, and last_used_step is the 30-second step of the last code
-- accepted, so that no code is accepted twice. An admin's reset deletes the row: the person enrols again.
create table second_factor (
    username varchar(100) not null primary key references users (username) on delete cascade,
    secret text not null,
    created_at timestamptz not null,
    enrolled_at timestamptz,
    last_used_step bigint
);

-- A council's choice for its users; a council without a row follows
-- permanence.identity.second-factor.required-by-default, as RAA staff, VAA workers and platform admins do.
create table council_second_factor (
    council varchar(3) not null primary key,
    required boolean not null
);
