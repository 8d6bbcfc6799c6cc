\set a random(1, :naccounts)
\set b 1 + (:a + random(0, :naccounts - 2)) % :naccounts
\set cents random(1, 99)
\set k random(1, 1000000000000)
BEGIN;
