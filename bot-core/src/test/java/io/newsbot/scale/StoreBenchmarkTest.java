package io.newsbot.scale;

import io.newsbot.CoreSettings;
import io.newsbot.NewsbotCore;
import io.newsbot.StoreSettings;
import io.newsbot.article.ArticleDraft;
import io.newsbot.ingest.Ingestor;
import io.newsbot.platform.ChatType;
import io.newsbot.testing.TestCore;
import io.newsbot.testing.TestDatabase;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ingest rate and question latency on the embedded store (H2 + Lucene) and on PostgreSQL, on one synthetic
 * corpus. Not a test: runs only with NEWSBOT_BENCH=1 (and NEWSBOT_TEST_PG_URL for the PostgreSQL half), e.g.
 * {@code NEWSBOT_BENCH=1 mvn -B -q test -pl bot-core -Dtest=StoreBenchmarkTest}. Figures go to docs/benchmarks.md.
 */
@EnabledIfEnvironmentVariable(named = "NEWSBOT_BENCH", matches = "1")
class StoreBenchmarkTest {
    private static final int ARTICLES = Integer.parseInt(System.getenv().getOrDefault("NEWSBOT_BENCH_ARTICLES", "400"));
    private static final int QUESTIONS = Integer.parseInt(System.getenv().getOrDefault("NEWSBOT_BENCH_QUESTIONS", "300"));
    private static final String[] PEOPLE = {"Anna Keller", "Omar Haddad", "Li Wei", "Maria Costa", "Pavel Orlov", "Grace Mensah",
        "Kenji Sato", "Lucia Romero", "David Cohen", "Amara Okafor", "Jonas Berg", "Fatima Zahra"};
    private static final String[] TOPICS = {"the port strike", "wheat exports", "the grid upgrade", "rail fares", "the fishing quota",
        "the water tariff", "vaccine supply", "the border talks", "steel tariffs", "the bond auction", "wildfire season", "the metro line",
        "coal subsidies", "the housing law", "chip factories", "the pension reform"};
    private static final String[] PLACES = {"Lisbon", "Nairobi", "Osaka", "Gdansk", "Lima", "Tbilisi", "Accra", "Bergen", "Hanoi", "Quito"};
    private static final String[] VERBS = {"said", "told reporters", "warned", "argued", "insisted", "added"};
    @TempDir
    Path dir;

    static List<ArticleDraft> corpus() {
        Random random = new Random(42);
        List<ArticleDraft> drafts = new ArrayList<>();
        for (int i = 0; i < ARTICLES; i++) {
            String topic = TOPICS[random.nextInt(TOPICS.length)];
            String place = PLACES[random.nextInt(PLACES.length)];
            StringBuilder body = new StringBuilder();
            for (int p = 0; p < 6; p++) {
                String who = PEOPLE[random.nextInt(PEOPLE.length)];
                String other = TOPICS[random.nextInt(TOPICS.length)];
                body.append("Officials in ").append(place).append(" met on Tuesday to discuss ").append(topic).append(" and ").append(other)
                        .append(", article ").append(i).append(" reports. ")
                        .append('"').append("We cannot wait another year on ").append(topic).append(',').append('"').append(' ')
                        .append(VERBS[random.nextInt(VERBS.length)]).append(' ').append(who).append(". ")
                        .append("Critics said the plan for ").append(other).append(" would cost ").append(10 + random.nextInt(900))
                        .append(" million and take until ").append(2027 + random.nextInt(5)).append(". ")
                        .append(who.split(" ")[1]).append(" added that ").append(place).append(" would publish figures next month.\n\n");
            }
            drafts.add(new ArticleDraft("bench:" + i, "https://example.com/" + i, place + " weighs " + topic, "Bench " + (i % 7),
                    Instant.parse("2026-10-01T00:00:00Z").plusSeconds(3600L * i), body.toString()));
        }
        return drafts;
    }

    static List<String> questions() {
        Random random = new Random(7);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < QUESTIONS; i++) {
            out.add(switch (i % 3) {
                case 0 -> "What did " + PEOPLE[random.nextInt(PEOPLE.length)] + " say about " + TOPICS[random.nextInt(TOPICS.length)] + "?";
                case 1 -> "What is new on " + TOPICS[random.nextInt(TOPICS.length)] + " in " + PLACES[random.nextInt(PLACES.length)] + "?";
                default -> "Who talked about " + TOPICS[random.nextInt(TOPICS.length)] + "?";
            });
        }
        return out;
    }

    @Test
    void embedded() {
        measure("H2 + Lucene (embedded)", StoreSettings.EMBEDDED, dir.resolve("h2"));
    }

    @Test
    void postgres() {
        String schema = TestDatabase.uniqueName();
        try {
            measure("PostgreSQL", StoreSettings.postgres(TestDatabase.newSchemaUrl(schema), "", ""), dir.resolve("pg"));
        } finally {
            TestDatabase.dropSchema(schema);
        }
    }

    private static void measure(String name, StoreSettings store, Path dataDir) {
        CoreSettings settings = CoreSettings.defaults(dataDir).withSeedDemo(false);
        try (NewsbotCore core = NewsbotCore.open(settings, store, Clock.systemUTC())) {
            List<ArticleDraft> drafts = corpus();
            long t0 = System.nanoTime();
            core.ingestor().ingestDrafts(drafts, null, Ingestor.Progress.NONE);
            double ingestSeconds = (System.nanoTime() - t0) / 1e9;
            long chunks = core.index().chunkCount();
            List<String> questions = questions();
            for (int i = 0; i < 20; i++) ask(core, questions.get(i), -1 - i); // warm up
            List<Double> millis = new ArrayList<>();
            for (int i = 0; i < questions.size(); i++) {
                long q0 = System.nanoTime();
                ask(core, questions.get(i), i);
                millis.add((System.nanoTime() - q0) / 1e6);
            }
            Collections.sort(millis);
            System.out.printf("BENCH %s: %d articles, %d chunks, ingest %.1f s = %.1f articles/s, %.1f chunks/s; "
                            + "questions %d: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms%n", name, drafts.size(), chunks, ingestSeconds,
                    drafts.size() / ingestSeconds, chunks / ingestSeconds, millis.size(), pct(millis, 50), pct(millis, 90), pct(millis, 99));
        }
    }

    private static void ask(NewsbotCore core, String question, int n) {
        // A user and chat per question, so the rate limits never refuse one.
        core.bot().handle(TestCore.from("console", "u" + n, "c" + n, ChatType.PRIVATE, question)).orElseThrow();
    }

    private static double pct(List<Double> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
