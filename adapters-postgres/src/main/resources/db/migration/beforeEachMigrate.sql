-- Flyway callback, run on the migration's connection before each migration: PostgreSQL's NOTICEs
-- ("extension ... already exists, skipping") are not worth a WARN line at every start; real
-- warnings and errors still come through.
set client_min_messages = warning;
