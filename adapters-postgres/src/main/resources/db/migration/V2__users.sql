-- User accounts (domain: dev.portside.domain.user.User). Soft delete keeps the row, so a deleted
-- account's username and email stay reserved by the same unique indexes.
create extension if not exists pg_trgm;

create table users (
    id                    uuid        primary key,
    -- kept as typed for display; uniqueness and lookups use lower(username)
    username              text        not null check (username ~ '^[A-Za-z0-9_.-]{3,30}$'),
    -- the domain stores emails lower-cased, so a plain unique index ignores case
    email                 text        not null check (char_length(email) between 3 and 254),
    password_hash         text        not null check (password_hash <> ''),
    first_name            text        check (char_length(first_name) between 1 and 100),
    last_name             text        check (char_length(last_name) between 1 and 100),
    bio                   text        check (char_length(bio) between 1 and 1000),
    roles                 text[]      not null
                                      check (cardinality(roles) between 1 and 3
                                             and roles <@ array['USER', 'MODERATOR', 'ADMIN']),
    status                text        not null check (status in ('ACTIVE', 'DELETED')),
    created_at            timestamptz not null,
    last_login_at         timestamptz,
    failed_login_attempts integer     not null check (failed_login_attempts >= 0),
    locked_until          timestamptz,
    version               bigint      not null check (version >= 1)
);

-- The adapter maps these names to username_taken / email_taken. PostgreSQL checks unique indexes in
-- creation order (primary key first), so when both clash the username is reported first, as the
-- UserRepository contract requires: keep this order.
create unique index users_username_unique on users (lower(username));
create unique index users_email_unique on users (email);

-- admin search: "q contained in username, email, first or last name", each a trigram index so that
-- like '%q%' is an index scan (a BitmapOr of the four)
create index users_username_trgm on users using gin (lower(username) gin_trgm_ops);
create index users_email_trgm on users using gin (email gin_trgm_ops);
create index users_first_name_trgm on users using gin (lower(first_name) gin_trgm_ops);
create index users_last_name_trgm on users using gin (lower(last_name) gin_trgm_ops);

-- the default listing order (newest first) without a filter
create index users_created_at on users (created_at, id);
