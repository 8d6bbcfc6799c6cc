-- An idempotency record is inserted by the claim and then completed by an update of its response
-- columns only (ADR 3): no indexed column changes, so PostgreSQL can write the new row version on the
-- same page with no new index entries (a HOT update), if the page has room for it. Inserts fill a page
-- only to 80%, which leaves about 1.6 KB for the completed version of a row that was just inserted.
-- Applies to pages written from now on; older pages keep the default of 100.
alter table idempotency_records set (fillfactor = 80);
