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
 * must have been answered exactly once, and nothing may be left in the outbox. Eight kills in {@code mvn verify};
 * {@code -Dnewsbot.faults.runs=60} for the full campaign whose figures are in docs/benchmarks.md, and
 * {@code -Dnewsbot.faults.seed=N} to replay one.
 */
class FaultInjectionJarIT {
    @TempDir
    Path home;

    @Test
    void killed_at_random_moments_the_bot_answers_every_question_and_none_twice() throws Exception {
        Path jar = Path.of(System.getProperty("newsbot.jar", "target/newsbot.jar")).toAbsolutePath();
        assertThat(jar).as("built by mvn package").exists();
        int runs = Integer.getInteger("newsbot.faults.runs", 8);
        long seed = Long.getLong("newsbot.faults.seed", 20261123L);
        System.out.println("Fault injection: " + runs + " kills, seed " + seed + " (replay with -Dnewsbot.faults.seed=" + seed + ")");

        CampaignReport report = new FaultCampaign(jar, home, seed, runs, System.out).run();

        System.out.println(report.table());
        report.inWindow().forEach(d -> System.out.println("  within the window: " + d));
        assertThat(report.unanswered()).as("questions never answered").isZero();
        assertThat(report.twice()).as("questions answered twice").isEmpty();
        assertThat(report.answeredOnce() + report.inWindow().size()).isEqualTo(report.questions());
        try (Database store = Database.openH2(home.resolve("data"))) {
            Outbox outbox = new JdbcOutbox(store);
            assertThat(outbox.backlog(Instant.EPOCH).pending()).as("replies left in the outbox after a clean stop").isZero();
        }
    }
}
