-- The RS256 keys that sign access tokens, each as a JWK with its private part sealed (AES-256-GCM, base64) under a
-- key-encryption key that is not in the database; a key is deleted once no token it signed can still be valid.
create table signing_key (
    kid varchar(64) not null primary key,
    jwk text not null,
    created_at timestamptz not null,
    activates_at timestamptz not null
);
