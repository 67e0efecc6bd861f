package io.newsbot.store.jdbc;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * {@link ArticleStore} on any JDBC database with the newsbot schema. Fields longer than their columns are made to fit
 * (see {@link ArticleColumns}), so an article with a very long title is kept, not refused with a database error.
 */
public final class JdbcArticleStore implements ArticleStore {
    private static final String COLUMNS =
            "id, locator, url, title, publisher, published_at, ingested_at, language, content_hash, body";
    private final Jdbc jdbc;

    public JdbcArticleStore(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public PutResult put(Article given, Long sourceId, Consumer<PutResult> beforeCommit) {
        Article article = ArticleColumns.fit(given);
        return jdbc.inTransaction(c -> {
            List<Article> same = Jdbc.query(c, "select " + COLUMNS + " from articles where locator = ?", JdbcArticleStore::map,
                    article.locator());
            PutResult result;
            if (!same.isEmpty()) {
                Article old = same.get(0);
                if (old.contentHash().equals(article.contentHash())) return new PutResult(PutOutcome.UNCHANGED, old);
                Article replaced = article.withId(old.id());
                Jdbc.update(c, "update articles set url=?, title=?, publisher=?, published_at=?, ingested_at=?, language=?, "
                                + "content_hash=?, body=?, source_id=coalesce(?, source_id) where id=?",
                        replaced.url(), replaced.title(), replaced.publisher(), replaced.publishedAt(), replaced.ingestedAt(),
                        replaced.language(), replaced.contentHash(), replaced.body(), sourceId, old.id());
                result = new PutResult(PutOutcome.REPLACED, replaced);
            } else {
                List<Article> dup = Jdbc.query(c, "select " + COLUMNS + " from articles where content_hash = ?",
                        JdbcArticleStore::map, article.contentHash());
                if (!dup.isEmpty()) return new PutResult(PutOutcome.DUPLICATE, dup.get(0));
                long id = Jdbc.insert(c, "insert into articles (locator, url, title, publisher, published_at, ingested_at, "
                                + "language, content_hash, body, source_id) values (?,?,?,?,?,?,?,?,?,?)",
                        article.locator(), article.url(), article.title(), article.publisher(), article.publishedAt(),
                        article.ingestedAt(), article.language(), article.contentHash(), article.body(), sourceId);
                result = new PutResult(PutOutcome.ADDED, article.withId(id));
            }
            beforeCommit.accept(result);
            return result;
        });
    }

    @Override
    public Optional<Article> byId(long id) {
        return jdbc.one("select " + COLUMNS + " from articles where id = ?", JdbcArticleStore::map, id);
    }

    @Override
    public List<Article> byIds(List<Long> ids) {
        List<Article> out = new ArrayList<>();
        for (Long id : ids) byId(id).ifPresent(out::add);
        return out;
    }

    @Override
    public List<Long> allIds() {
        return jdbc.query("select id from articles order by id", rs -> rs.getLong(1));
    }

    @Override
    public List<Article> ingestedBetween(Instant from, Instant to) {
        return jdbc.query("select " + COLUMNS + " from articles where ingested_at >= ? and ingested_at < ? order by ingested_at, id",
                JdbcArticleStore::map, from, to);
    }

    @Override
    public List<Article> latest(int limit) {
        return jdbc.query("select " + COLUMNS + " from articles order by published_at desc, id desc limit ?",
                JdbcArticleStore::map, limit);
    }

    @Override
    public boolean remove(long id, Runnable beforeCommit) {
        return jdbc.inTransaction(c -> {
            int n = Jdbc.update(c, "delete from articles where id = ?", id);
            if (n > 0) beforeCommit.run();
            return n > 0;
        });
    }

    @Override
    public long count() {
        return jdbc.count("select count(*) from articles");
    }

    @Override
    public Optional<Instant[]> dateRange() {
        // min/max over no rows is one row of nulls: map it to empty rather than to a null element.
        return jdbc.one("select min(published_at) lo, max(published_at) hi from articles", rs -> {
            Instant lo = Jdbc.instant(rs, "lo");
            return Optional.ofNullable(lo == null ? null : new Instant[] {lo, Jdbc.instant(rs, "hi")});
        }).flatMap(r -> r);
    }

    @Override
    public List<PublisherCount> publishers() {
        return jdbc.query("select publisher, count(*) n from articles group by publisher order by n desc, publisher",
                rs -> new PublisherCount(rs.getString(1), rs.getLong(2)));
    }

    static Article map(ResultSet rs) throws SQLException {
        return new Article(rs.getLong("id"), rs.getString("locator"), rs.getString("url"), rs.getString("title"),
                rs.getString("publisher"), Jdbc.instant(rs, "published_at"), Jdbc.instant(rs, "ingested_at"),
                rs.getString("language"), rs.getString("content_hash"), rs.getString("body"));
    }

}
