-- Bank: accounts and the append-only ledger that explains their balances (deposits, transfers).
--
-- accounts.owner_id deliberately has NO foreign key to users: the bank contract suites open accounts
-- for random owner ids without creating users, and the users table belongs to another migration
-- written in parallel. Ownership is checked by the application (AccountAccess), not by the schema.

create table accounts (
    id         uuid          primary key,
    owner_id   uuid          not null,
    currency   char(3)       not null,
    balance    numeric(19,4) not null,
    status     varchar(6)    not null,
    created_at timestamptz   not null,
    version    bigint        not null,
    constraint accounts_balance_not_negative check (balance >= 0),
    constraint accounts_status_known check (status in ('OPEN', 'FROZEN', 'CLOSED')),
    constraint accounts_version_stored check (version >= 1)
);

-- findByOwner: owner's accounts oldest first, served in index order
create index accounts_owner_created_idx on accounts (owner_id, created_at, id);

create table deposits (
    id         uuid          primary key,
    account_id uuid          not null references accounts (id),
    amount     numeric(19,4) not null,
    currency   char(3)       not null,
    created_at timestamptz   not null,
    constraint deposits_amount_positive check (amount > 0)
);

-- ledger balances per account (and the foreign key's lookups); amount included for index-only scans
create index deposits_account_idx on deposits (account_id) include (amount, currency);

create table transfers (
    id              uuid          primary key,
    from_account_id uuid          not null references accounts (id),
    to_account_id   uuid          not null references accounts (id),
    amount          numeric(19,4) not null,
    currency        char(3)       not null,
    reference       varchar(140),
    created_at      timestamptz   not null,
    constraint transfers_amount_positive check (amount > 0),
    constraint transfers_distinct_accounts check (from_account_id <> to_account_id)
);

-- statements are keyset-paged newest first over both directions: one index per direction, each
-- read in order by one branch of a UNION ALL; ledger balances use them too (equality on the account)
create index transfers_from_created_idx on transfers (from_account_id, created_at desc, id desc);
create index transfers_to_created_idx on transfers (to_account_id, created_at desc, id desc);
