-- bench/transfer.sql over the accounts the HTTP benchmark seeded through the API (random UUIDs):
-- the same statements, with each account id looked up by its number in bench_http.account_ids
-- (a primary-key subquery inside the same statement: no extra round trip). A random pair of
-- distinct accounts, both locked FOR UPDATE in ascending id order, both balances updated, one
-- ledger entry inserted. Needs -D naccounts=<count of bench_http.account_ids>.
\set a random(1, :naccounts)
\set b 1 + (:a + random(0, :naccounts - 2)) % :naccounts
\set lo least(:a, :b)
\set hi greatest(:a, :b)
\set cents random(1, 99)
BEGIN;
SELECT id, owner_id, currency, balance, status, created_at, version FROM accounts
 WHERE id = (SELECT id FROM bench_http.account_ids WHERE n = :lo) FOR UPDATE;
SELECT id, owner_id, currency, balance, status, created_at, version FROM accounts
 WHERE id = (SELECT id FROM bench_http.account_ids WHERE n = :hi) FOR UPDATE;
UPDATE accounts SET balance = balance - :cents::int / 100.0, version = version + 1
 WHERE id = (SELECT id FROM bench_http.account_ids WHERE n = :a);
UPDATE accounts SET balance = balance + :cents::int / 100.0, version = version + 1
 WHERE id = (SELECT id FROM bench_http.account_ids WHERE n = :b);
INSERT INTO transfers (id, from_account_id, to_account_id, amount, currency, reference, created_at)
VALUES (gen_random_uuid(), (SELECT id FROM bench_http.account_ids WHERE n = :a),
        (SELECT id FROM bench_http.account_ids WHERE n = :b), :cents::int / 100.0, 'EUR', NULL, now());
END;
