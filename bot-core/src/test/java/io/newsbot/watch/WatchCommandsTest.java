package io.newsbot.watch;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.article.ArticleDraft;
import io.newsbot.ingest.Ingestor;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Reply;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/** Watches through the real core, as the console chat uses them: set, listed, alerted on ingest, stopped. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchCommandsTest {
    @TempDir
    static Path dir;
    static NewsbotCore core;
    static final io.newsbot.testing.MutableClock clock = new io.newsbot.testing.MutableClock(TestCore.NOW);
    static final Recorder console = new Recorder("console");

    @BeforeAll
    static void open() {
        core = TestCore.open(dir, clock);
        // The demo articles are stored before any watch is set: they never alert.
        clock.advance(java.time.Duration.ofMinutes(1));
        core.addMessenger(console);
        // Alerts reach the chat through the outbox, as in the running bot; its timer runs due work on the calling thread.
        core.addSender("console", new io.newsbot.outbox.OutboxSender(core.outbox(), new io.newsbot.outbox.MessengerCourier(console), clock,
                io.newsbot.testing.ManualScheduler.onCallingThread(clock), Runnable::run, io.newsbot.outbox.OutboxSender.Options.defaults("test")));
        core.chats().seen(TestCore.console("").chat(), TestCore.NOW);
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    @Order(1)
    void a_name_is_watched_as_a_person_and_other_words_as_a_topic() {
        assertThat(TestCore.ask(core, "/watch Lavrov").plainText()).startsWith("Watching Lavrov: new statements by them");
        assertThat(TestCore.ask(core, "/watch North Korea sanctions").plainText()).startsWith("Watching North Korea sanctions: new articles on it");
        assertThat(TestCore.ask(core, "/watch lavrov").plainText()).isEqualTo("This chat already watches Lavrov (number 1 in /watches).");

        assertThat(TestCore.ask(core, "/watches").plainText()).startsWith("""
                This chat watches:
                1. Lavrov (what they say)
                2. North Korea sanctions (news on it)
                At most 6 alerts an hour; none between 22:00 and 07:00 (UTC): those wait until the morning.""");
    }

    @Test
    @Order(2)
    void a_new_statement_by_the_watched_person_is_alerted_once_after_ingest() {
        core.watchAlerts().poll();
        clock.advance(java.time.Duration.ofSeconds(5));
        core.ingestor().ingestDrafts(List.of(new ArticleDraft("https://news.example/lavrov-sanctions", "https://news.example/lavrov-sanctions",
                "Moscow vows answer to new sanctions", "TASS", TestCore.NOW, "\"We will respond to these sanctions in a way that hurts,\" "
                        + "Sergei Lavrov told reporters in Moscow on Monday, after the European Union agreed a new package of measures against "
                        + "Russian banks and firms.", List.of())), null, Ingestor.Progress.NONE);

        core.watchAlerts().poll();
        core.watchAlerts().poll();

        assertThat(console.sent()).singleElement().satisfies(s -> assertThat(s.reply().plainText()).startsWith("""
                Watch: Lavrov
                Sergei Lavrov said: “We will respond to these sanctions in a way that hurts,” — TASS [1]"""));
    }

    @Test
    @Order(3)
    void another_outlet_reporting_the_same_story_does_not_alert_again() {
        clock.advance(java.time.Duration.ofSeconds(5));
        core.ingestor().ingestDrafts(List.of(new ArticleDraft("https://wire.example/russia-sanctions-answer", "https://wire.example/russia-sanctions-answer",
                "Moscow vows answer to new EU sanctions", "Example Wire", TestCore.NOW, "\"We will respond to these sanctions in a way that hurts,\" "
                        + "Sergei Lavrov told reporters in Moscow on Monday, after the European Union agreed a new package of measures against "
                        + "Russian banks and firms, officials said.", List.of())), null, Ingestor.Progress.NONE);
        var latest = core.articles().latest(2);
        assertThat(core.stories().storyOf(latest.get(0).id())).as("the second outlet's article joined the first one's story")
                .isPresent().isEqualTo(core.stories().storyOf(latest.get(1).id()));

        core.watchAlerts().poll();
        core.watchAlerts().poll();

        assertThat(console.sent()).as("one alert for the story, not one per outlet").hasSize(1);
    }

    @Test
    @Order(4)
    void unwatch_stops_a_watch_by_its_number_and_bad_numbers_get_one_clear_line() {
        assertThat(TestCore.ask(core, "/unwatch 7").plainText()).isEqualTo("Send /unwatch N with N from 1 to 2, as /watches numbers them.");
        assertThat(TestCore.ask(core, "/unwatch one").kind()).isEqualTo(Reply.Kind.ERROR);
        assertThat(TestCore.ask(core, "/watch").plainText()).startsWith("Tell me what to watch");

        assertThat(TestCore.ask(core, "/unwatch 1").plainText()).isEqualTo("Stopped watching Lavrov.");

        assertThat(core.watches().all()).extracting(Watch::subject).containsExactly("North Korea sanctions");
    }

    @Test
    @Order(5)
    void in_a_group_only_a_bot_admin_sets_or_stops_watches() {
        Reply refused = core.bot().handle(TestCore.from("telegram", "7", "-100200", ChatType.GROUP, "/watch Lavrov")).orElseThrow();
        Reply cap = core.bot().handle(TestCore.from("telegram", "7", "-100200", ChatType.GROUP, "/watches cap 50")).orElseThrow();
        Reply stop = core.bot().handle(TestCore.from("telegram", "7", "-100200", ChatType.GROUP, "/unwatch 1")).orElseThrow();

        assertThat(refused.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(cap.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(stop.kind()).as("refused before the chat's watches are read").isEqualTo(Reply.Kind.REFUSED);
        assertThat(core.watches().all()).extracting(Watch::subject).containsExactly("North Korea sanctions");
    }

    @Test
    @Order(6)
    void a_chat_sets_its_own_hourly_cap() {
        assertThat(TestCore.ask(core, "/watches cap 3").plainText()).isEqualTo("This chat now gets at most 3 alerts an hour; the rest wait for the next hour.");
        assertThat(TestCore.ask(core, "/watches cap lots").plainText()).isEqualTo("Usage: /watches cap N, with N from 1 to 100 alerts an hour.");
        assertThat(TestCore.ask(core, "/watches").plainText()).contains("At most 3 alerts an hour");
    }
}
