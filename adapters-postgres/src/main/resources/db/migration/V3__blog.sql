-- Blog posts and their comments (domain: dev.portside.domain.blog). Authors are users (V2__users.sql);
-- users are only ever soft-deleted, so the foreign keys to them never block anything.

create table posts (
    id           uuid        primary key,
    author_id    uuid        not null references users (id),
    title        text        not null check (char_length(title) between 1 and 255),
    content      text        not null check (char_length(content) <= 100000),
    -- normalised by the domain (trimmed, lower-case, distinct), in the author's order
    tags         text[]      not null check (cardinality(tags) <= 10 and array_position(tags, null) is null),
    status       text        not null check (status in ('DRAFT', 'PUBLISHED')),
    created_at   timestamptz not null,
    updated_at   timestamptz not null,
    published_at timestamptz,
    version      bigint      not null check (version >= 1),
    constraint posts_published_at_iff_published check ((status = 'PUBLISHED') = (published_at is not null))
);

-- The public listing (PostCatalog) only ever reads published posts, so its indexes are partial:
-- drafts cost them nothing. Each listing sort has an index in its order, ties by id.
create index posts_published_by_date on posts (published_at, id) where status = 'PUBLISHED';
create index posts_published_by_title on posts (title collate "C", id) where status = 'PUBLISHED';
create index posts_published_by_author on posts (author_id, published_at, id) where status = 'PUBLISHED';
-- tags: ALL is tags @> array[...], ANY is tags && array[...]; both are GIN array operators
create index posts_published_tags on posts using gin (tags) where status = 'PUBLISHED';
-- q: contained in the title or the content, ignoring case, as like '%q%' on lower(...)
-- (pg_trgm is created by V2__users.sql)
create index posts_published_title_trgm on posts using gin (lower(title) gin_trgm_ops) where status = 'PUBLISHED';
create index posts_published_content_trgm on posts using gin (lower(content) gin_trgm_ops) where status = 'PUBLISHED';

-- every post of an author (foreign key, statistics) and the active-authors question
create index posts_author_created on posts (author_id, created_at);
create index posts_created_author on posts (created_at, author_id);

create table comments (
    id         uuid        primary key,
    -- the application deletes a post's comments before the post; the cascade also covers a comment
    -- that a concurrent transaction committed in between, which would otherwise fail the delete
    post_id    uuid        not null references posts (id) on delete cascade,
    author_id  uuid        not null references users (id),
    content    text        not null check (char_length(content) between 1 and 10000),
    created_at timestamptz not null,
    version    bigint      not null check (version >= 1)
);

-- a post's comments in listing order; also serves the comment counts of the post listing and the
-- foreign key to posts
create index comments_post_created on comments (post_id, created_at, id);
create index comments_author on comments (author_id);
