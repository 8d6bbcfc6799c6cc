-- Three copies of idempotency_records (V1) for bench/idempotency/run.sh: old and new100 as V1 made it,
-- new with V8's fillfactor.

create table idem_old (scope text not null, idem_key text not null check (length(idem_key) between 1 and 255), fingerprint text not null, claimed_at timestamptz not null, expires_at timestamptz not null, response_status integer check (response_status between 100 and 599), response_headers text, response_body text, primary key (scope, idem_key));
create index on idem_old (expires_at);
create table idem_new (like idem_old including all) with (fillfactor = 80);
create table idem_new100 (like idem_old including all);
