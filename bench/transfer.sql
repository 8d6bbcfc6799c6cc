-- The raw SQL equivalent of one TransferMoneyService transfer, for pgbench -M prepared:
-- a random pair of distinct seeded accounts, both rows locked FOR UPDATE in ascending id order
-- (seeded ids sort like their number n), both balances updated, one ledger entry inserted.
\set a random(1, :naccounts)
\set b 1 + (:a + random(0, :naccounts - 2)) % :naccounts
\set lo least(:a, :b)
\set hi greatest(:a, :b)
\set cents random(1, 10000)
BEGIN;
SELECT id, owner_id, currency, balance, status, created_at, version FROM accounts
 WHERE id = ('00000000-0000-4000-8000-' || lpad(to_hex(:lo::int), 12, '0'))::uuid FOR UPDATE;
SELECT id, owner_id, currency, balance, status, created_at, version FROM accounts
 WHERE id = ('00000000-0000-4000-8000-' || lpad(to_hex(:hi::int), 12, '0'))::uuid FOR UPDATE;
UPDATE accounts SET balance = balance - :cents::int / 100.0, version = version + 1
 WHERE id = ('00000000-0000-4000-8000-' || lpad(to_hex(:a::int), 12, '0'))::uuid;
UPDATE accounts SET balance = balance + :cents::int / 100.0, version = version + 1
 WHERE id = ('00000000-0000-4000-8000-' || lpad(to_hex(:b::int), 12, '0'))::uuid;
INSERT INTO transfers (id, from_account_id, to_account_id, amount, currency, reference, created_at)
VALUES (gen_random_uuid(), ('00000000-0000-4000-8000-' || lpad(to_hex(:a::int), 12, '0'))::uuid,
        ('00000000-0000-4000-8000-' || lpad(to_hex(:b::int), 12, '0'))::uuid, :cents::int / 100.0, 'EUR', NULL, now());
END;
