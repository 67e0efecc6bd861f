package io.newsbot.launcher.faults;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.outbox.Outbox;
import io.newsbot.store.jdbc.Database;
import io.newsbot.store.jdbc.JdbcOutbox;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The promise "never answers twice, loses nothing", checked on the built jar: it is killed with SIGKILL at random
 * moments (receiving, answering, sending, after sending, any time) while people ask on a fake Telegram and a fake
 * Slack, with 429 and 5xx bursts and a Telegram outage in between, and restarted each time; at the end every question
 * must have been answered exactly once, and nothing may be left in the outbox. Six kills in {@code mvn verify};
 * {@code -Dnewsbot.faults.runs=60} for the full campaign whose figures are in docs/benchmarks.md, and
 * {@code -Dnewsbot.faults.seed=N} to replay one.
 */
class FaultInjectionJarIT {
    @TempDir
    Path home;

    /** What the store says about every message, to tell why one went out twice. */
    private void printOutbox() throws Exception {
        try (Database store = Database.openH2(home.resolve("data"))) {
            store.run("listing the outbox", c -> {
                try (var rs = c.createStatement().executeQuery("select id, platform, chat_id, tag, status, attempts, parts_sent, leased_by,"
                        + " created_at, settled_at, last_error from outbox order by id")) {
                    while (rs.next()) {
                        System.out.printf("outbox #%d %s:%s %s %s attempts=%d parts=%d leased=%s created=%s settled=%s error=%s%n", rs.getLong(1),
                                rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6), rs.getInt(7), rs.getString(8),
                                rs.getString(9), rs.getString(10), rs.getString(11));
                    }
                }
                return null;
            });
        }
    }

    @Test
    void killed_at_random_moments_the_bot_answers_every_question_and_none_twice() throws Exception {
        Path jar = Path.of(System.getProperty("newsbot.jar", "target/newsbot.jar")).toAbsolutePath();
        assertThat(jar).as("built by mvn package").exists();
        int runs = Integer.getInteger("newsbot.faults.runs", 6);
        long seed = Long.getLong("newsbot.faults.seed", 20261123L);
        System.out.println("Fault injection: " + runs + " kills, seed " + seed + " (replay with -Dnewsbot.faults.seed=" + seed + ")");

        CampaignReport report = new FaultCampaign(jar, home, seed, runs, System.out).run();

        System.out.println(report.table());
        report.inWindow().forEach(d -> System.out.println("  within the window: " + d));
        long pending;
        try (Database store = Database.openH2(home.resolve("data"))) {
            Outbox outbox = new JdbcOutbox(store);
            pending = outbox.backlog(Instant.EPOCH).pending();
        }
        if (!report.twice().isEmpty() || pending > 0) printOutbox();
        assertThat(report.unanswered()).as("questions never answered").isZero();
        assertThat(report.twice()).as("questions answered twice").isEmpty();
        assertThat(report.answeredOnce() + report.inWindow().size()).isEqualTo(report.questions());
        assertThat(pending).as("replies left in the outbox after a clean stop").isZero();
    }
}
