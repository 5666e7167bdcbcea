-- Idempotency keys belong to the client (the organisation a token acts for: its VAA, or the councils it may see),
-- not to the token's subject, so that a retry under a new token meets its key. Keys recorded before this change hold
-- a user there and are simply never met again: they were only ever for retries.
alter table idempotency_record rename column recorded_by to client;
-- an RAA's or an operator's token acts for many councils
alter table idempotency_record alter column client type text;
