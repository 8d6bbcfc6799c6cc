select * from accounts where id = any(array[(select id from bench_http.account_ids where n = :a), (select id from bench_http.account_ids where n = :b)]) order by id for update;
