-- Stories: each article joins the story of the same event told by other outlets, or starts one. A story's id is
-- the id of the article that started it (or of the older story it was merged into). Rows leave with their article.
create table story_articles (
    article_id   bigint primary key references articles(id) on delete cascade,
    story_id     bigint not null,
    outlet       varchar(256) not null,
    published_at timestamp with time zone,
    words        varchar(8000) not null,
    names        varchar(8000) not null,
    vector       varchar(4000) not null
);
create index story_articles_story on story_articles(story_id, published_at);

-- The candidate index: an article's heaviest terms, so a new article is compared with the few that share its rare
-- words within the time window, not with every story.
create table story_postings (
    term         varchar(64) not null,
    article_id   bigint not null references articles(id) on delete cascade,
    published_at timestamp with time zone,
    primary key (term, article_id)
);
create index story_postings_time on story_postings(term, published_at);
create index story_postings_article on story_postings(article_id);

-- How many grouped articles use each term (the row '#articles' counts them all), for TF-IDF weights.
create table story_terms (
    term      varchar(64) primary key,
    documents int not null
);

-- The articles each chat's digest of a day showed, so that a story already sent comes back only with what is new.
create table digest_articles (
    platform   varchar(32)  not null,
    chat_id    varchar(128) not null,
    local_date date         not null,
    article_id bigint       not null,
    primary key (platform, chat_id, local_date, article_id)
);
