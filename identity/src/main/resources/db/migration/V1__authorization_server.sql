-- Spring Authorization Server's own tables (its oauth2-registered-client-schema.sql and
-- oauth2-authorization-schema.sql), as its notes say for PostgreSQL: blob as text, timestamp as timestamptz.
create table oauth2_registered_client (
    id varchar(100) not null primary key,
    client_id varchar(100) not null unique,
    client_id_issued_at timestamptz default current_timestamp not null,
    client_secret varchar(200) default null,
    client_secret_expires_at timestamptz default null,
    client_name varchar(200) not null,
    client_authentication_methods varchar(1000) not null,
    authorization_grant_types varchar(1000) not null,
    redirect_uris varchar(1000) default null,
    post_logout_redirect_uris varchar(1000) default null,
    scopes varchar(1000) not null,
    client_settings varchar(2000) not null,
    token_settings varchar(2000) not null
);

create table oauth2_authorization (
    id varchar(100) not null primary key,
    registered_client_id varchar(100) not null,
    principal_name varchar(200) not null,
    authorization_grant_type varchar(100) not null,
    authorized_scopes varchar(1000) default null,
    attributes text default null,
    state varchar(500) default null,
    authorization_code_value text default null,
    authorization_code_issued_at timestamptz default null,
    authorization_code_expires_at timestamptz default null,
    authorization_code_metadata text default null,
    access_token_value text default null,
    access_token_issued_at timestamptz default null,
    access_token_expires_at timestamptz default null,
    access_token_metadata text default null,
    access_token_type varchar(100) default null,
    access_token_scopes varchar(1000) default null,
    oidc_id_token_value text default null,
    oidc_id_token_issued_at timestamptz default null,
    oidc_id_token_expires_at timestamptz default null,
    oidc_id_token_metadata text default null,
    refresh_token_value text default null,
    refresh_token_issued_at timestamptz default null,
    refresh_token_expires_at timestamptz default null,
    refresh_token_metadata text default null,
    user_code_value text default null,
    user_code_issued_at timestamptz default null,
    user_code_expires_at timestamptz default null,
    user_code_metadata text default null,
    device_code_value text default null,
    device_code_issued_at timestamptz default null,
    device_code_expires_at timestamptz default null,
    device_code_metadata text default null
);

-- the service looks authorizations up by each token value (hash indexes: a signed token is longer than a btree
-- entry may be) and by the user's name
create index oauth2_authorization_state on oauth2_authorization (state);
create index oauth2_authorization_code on oauth2_authorization using hash (authorization_code_value);
create index oauth2_authorization_access_token on oauth2_authorization using hash (access_token_value);
create index oauth2_authorization_refresh_token on oauth2_authorization using hash (refresh_token_value);
create index oauth2_authorization_principal on oauth2_authorization (principal_name);
