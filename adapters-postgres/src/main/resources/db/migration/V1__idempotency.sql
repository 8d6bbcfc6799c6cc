-- Idempotent requests (API.md "Idempotency"): one row per caller-scoped key.
-- A row without a response is a request in flight; claimed_at bounds how long it blocks retries.
create table idempotency_records (
    scope            text        not null,
    idem_key         text        not null check (length(idem_key) between 1 and 255),
    fingerprint      text        not null,
    claimed_at       timestamptz not null,
    expires_at       timestamptz not null,
    response_status  integer     check (response_status between 100 and 599),
    response_headers text,
    response_body    text,
    primary key (scope, idem_key)
);

-- purging expired records scans by expiry
create index idempotency_records_expires_at on idempotency_records (expires_at);
