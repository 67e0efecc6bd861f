-- The PostgreSQL search index (io.newsbot.index.postgres.PostgresSearchIndex): one row per chunk with its sentences,
-- its text for full-text search and its vector. H2 has none: there the index is Lucene, beside the database.
-- "if not exists": databases from before this migration have these tables already, made by the index itself.
-- The vectors start as real[], which needs no extension; the index turns the column into pgvector's vector(n), n the
-- configured model's dimension, where that extension is installed (an extension and a model are not the schema's to know).
create table if not exists search_chunks (
    article_id   bigint not null,
    ordinal      int not null,
    published_at timestamp with time zone not null,
    publisher    text not null,
    sentences    text not null,
    lexical      tsvector not null,
    embedding    real[],
    primary key (article_id, ordinal)
);
create index if not exists search_chunks_lexical on search_chunks using gin (lexical);
create index if not exists search_chunks_published on search_chunks (published_at);
create index if not exists search_chunks_publisher on search_chunks (publisher);

create table if not exists search_meta (
    name  text primary key,
    value text not null
);

-- Cosine of unit vectors kept as real[]; float8: products of tiny float4 components underflow, which PostgreSQL reports
-- as an error.
create or replace function newsbot_dot(a real[], b real[]) returns double precision
    language sql immutable strict parallel safe as $$ select sum(x::float8 * y::float8) from unnest(a, b) as t(x, y) $$;
