package io.newsbot.bench;

import io.newsbot.article.Article;
import io.newsbot.store.jdbc.Database;
import io.newsbot.store.jdbc.JdbcAdminStore;
import io.newsbot.store.jdbc.JdbcArticleStore;
import io.newsbot.store.jdbc.JdbcEventLedger;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * What durable commits cost on the embedded store: the same writes with H2's defaults (commits written by a
 * background thread within 500 ms, never forced to disk) and with newsbot's setting (each commit written and forced
 * before it returns). Admin grants and claimed events are one small transaction each; an ingested article is its
 * row with its body, one transaction (its chunks go to the Lucene index, which is unchanged).
 */
final class DurabilityBench {
    /** Per-write latency of each kind of write under one setting. */
    record Costs(Database.Durability durability, Latencies grants, Latencies claims, Latencies articles) {
    }

    private DurabilityBench() {
    }

    static List<Costs> run(Path work, List<String> articleTexts, int writes) throws Exception {
        Costs delayed = measure(work.resolve("durability-delayed"), Database.Durability.DELAYED, articleTexts, writes);
        Costs synced = measure(work.resolve("durability-synced"), Database.Durability.SYNCED, articleTexts, writes);
        return List.of(delayed, synced);
    }

    private static Costs measure(Path dir, Database.Durability durability, List<String> texts, int writes) throws Exception {
        BenchCorpus.deleteTree(dir);
        Latencies grants = new Latencies();
        Latencies claims = new Latencies();
        Latencies articles = new Latencies();
        try (Database db = Database.openH2(dir, durability)) {
            JdbcAdminStore admins = new JdbcAdminStore(db);
            JdbcEventLedger events = new JdbcEventLedger(db);
            JdbcArticleStore store = new JdbcArticleStore(db);
            for (int i = 0; i < writes; i++) {
                long t0 = System.nanoTime();
                admins.grant("telegram:" + i, "console:local-user", Instant.now());
                grants.add(System.nanoTime() - t0);
                t0 = System.nanoTime();
                events.claim("bench:event:" + i, Instant.now());
                claims.add(System.nanoTime() - t0);
            }
            for (int i = 0; i < Math.min(writes, texts.size()); i++) {
                String body = texts.get(i);
                Instant now = Instant.now();
                Article a = new Article(0, "bench:durability/" + i, "", "Article " + i, "bench", now, now, "en",
                        Integer.toHexString(body.hashCode()) + "-" + i, body);
                long t0 = System.nanoTime();
                store.put(a, null, r -> { });
                articles.add(System.nanoTime() - t0);
            }
        }
        System.out.printf("  %s: grant %s; claim %s; article %s%n", durability, grants, claims, articles);
        return new Costs(durability, grants, claims, articles);
    }
}
