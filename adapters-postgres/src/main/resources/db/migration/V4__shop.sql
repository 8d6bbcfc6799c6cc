-- Shop: products, orders and their lines (API.md "Shop"; domain package dev.portside.domain.shop).
-- Money is numeric(19,4) (enough for every ISO 4217 scale: JPY 0, EUR 2, BHD 3) plus a char(3)
-- currency; the domain keeps amounts at the currency's scale. Times are timestamptz at millisecond
-- precision. Every row starts at version 1 and each update bumps it (optimistic locking).

create extension if not exists pg_trgm;

create table products (
    id         uuid          primary key,
    sku        varchar(64)   not null,
    name       varchar(255)  not null check (length(btrim(name)) > 0),
    category   varchar(100)  not null check (length(btrim(category)) > 0),
    price      numeric(19,4) not null check (price > 0),
    currency   char(3)       not null check (currency ~ '^[A-Z]{3}$'),
    stock      integer       not null check (stock >= 0),
    created_at timestamptz   not null,
    version    bigint        not null check (version >= 1),
    -- the domain stores skus upper case, so plain uniqueness is uniqueness ignoring case
    constraint products_sku_format check (sku ~ '^[A-Z0-9_-]{1,64}$'),
    constraint products_sku_unique unique (sku)
);

-- search: q matches inside the name or the sku ignoring case (lower(col) like lower(?))
create index products_name_trgm on products using gin (lower(name) gin_trgm_ops);
create index products_sku_trgm on products using gin (lower(sku) gin_trgm_ops);
-- search: category equals ignoring case
create index products_category_lower on products (lower(category));
-- listings sorted by name (binary order, as the domain compares strings), price or creation time,
-- ties by id
create index products_name_order on products (name collate "C", id);
create index products_price_order on products (price, id);
create index products_created_at_order on products (created_at, id);

-- customer_id deliberately has NO foreign key to users: orders only need the customer's id, the
-- contract suites place orders for random customer ids that have no user row, and the users table
-- belongs to another migration. The currency lives on the order: every line shares it.
create table orders (
    id          uuid        primary key,
    customer_id uuid        not null,
    status      varchar(16) not null
                check (status in ('PENDING', 'PROCESSING', 'SHIPPED', 'DELIVERED', 'CANCELLED')),
    currency    char(3)     not null check (currency ~ '^[A-Z]{3}$'),
    created_at  timestamptz not null,
    version     bigint      not null check (version >= 1)
);

-- a customer's orders, newest first (optionally with a status)
create index orders_customer_created_at on orders (customer_id, created_at, id);
-- all orders in a status, newest first
create index orders_status_created_at on orders (status, created_at, id);
-- all orders newest first, and the reports' date ranges
create index orders_created_at on orders (created_at, id);

-- One row per order line, a snapshot of the product as sold; lines never change after the insert.
create table order_items (
    order_id   uuid          not null references orders (id),
    line_no    smallint      not null check (line_no between 1 and 50),
    product_id uuid          not null references products (id),
    sku        varchar(64)   not null,
    name       varchar(255)  not null,
    category   varchar(100)  not null,
    quantity   integer       not null check (quantity between 1 and 1000),
    unit_price numeric(19,4) not null check (unit_price > 0),
    primary key (order_id, line_no),
    constraint order_items_one_line_per_product unique (order_id, product_id)
);

-- backs the foreign key to products (a product delete or key change would otherwise scan the lines)
create index order_items_product_id on order_items (product_id);
