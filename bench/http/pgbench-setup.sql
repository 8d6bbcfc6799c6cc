-- Run by bench/http/run.sh after seeding through the API: numbers the service's seeded accounts
-- 1..n in ascending id order, in a schema of its own (bench_http), so that transfer.sql can pick
-- random accounts by number and still lock them in ascending id order, like bench/transfer.sql.
create schema bench_http;
create table bench_http.account_ids (n int primary key, id uuid not null unique);
insert into bench_http.account_ids (n, id)
select row_number() over (order by id), id from accounts where currency = 'EUR' and status = 'OPEN';
analyze bench_http.account_ids;
select count(*) as naccounts from bench_http.account_ids;
