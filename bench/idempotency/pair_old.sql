-- claim then completion, the statements of IdempotencyRecordRows (bench/idempotency/run.sh)
-- (before V8: the completion moves the expiry to its own time + 1 day, as the service computed it in Java)
\set k random(1, 1000000000000)
BEGIN;
insert into idem_old (scope, idem_key, fingerprint, claimed_at, expires_at) values ('01a23149-5535-7333-8314-a0deedd27b2e', 'bench-' || :client_id::text || '-' || :k::text, 'a6e38258dab43997cef42715df5862381ea88ae45e5d109bd0bb1d3cfe3a4aa8', now(), now() + interval '1 day') on conflict (scope, idem_key) do update set fingerprint = excluded.fingerprint, claimed_at = excluded.claimed_at, expires_at = excluded.expires_at, response_status = null, response_headers = null, response_body = null where idem_old.expires_at <= excluded.claimed_at or idem_old.response_status is null;
update idem_old set response_status = 201, response_headers = 'Content-Type: application/json', response_body = '{"id": "01a23149-70af-735c-bd85-8d7cf64211f6","fromAccountId": "01a23149-5705-73d5-b1a7-db88948b59c5","toAccountId": "01a23149-5748-7731-8b60-3ea6e979c9e5","amount": {"amount": "1.00","currency": "EUR"},"reference": null,"createdAt": "2026-12-01T11:07:06.287Z"}', expires_at = clock_timestamp() + interval '1 day' where scope = '01a23149-5535-7333-8314-a0deedd27b2e' and idem_key = 'bench-' || :client_id::text || '-' || :k::text and response_status is null;
END;
