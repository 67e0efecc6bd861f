package io.newsbot.command.admin;

import static io.newsbot.command.admin.AdminTestKit.from;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsbot.app.NewsbotCore;
import io.newsbot.index.InPlaceReindexer;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.Messenger;
import io.newsbot.platform.Reply;
import io.newsbot.testing.TestCore;
import io.newsbot.testing.TestSettings;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /admin reindex} from Telegram: progress goes to the chat through the messenger, and questions are
 * answered from every article while the re-index is halfway, even when another writer commits meanwhile.
 * The messenger holds the re-index at its first progress report, so "halfway" is a certain point, not a race.
 */
class ReindexWhileAnsweringTest {
    @TempDir
    static Path dataDir;
    static NewsbotCore core;
    static final List<String> sent = new CopyOnWriteArrayList<>();
    static volatile CountDownLatch halfway;
    static volatile CountDownLatch resume;
    static volatile CountDownLatch finished;

    @BeforeEach
    void latches() {
        sent.clear();
        halfway = new CountDownLatch(1);
        resume = new CountDownLatch(1);
        finished = new CountDownLatch(1);
    }

    @AfterEach
    void letAnyReindexFinish() throws InterruptedException {
        resume.countDown();
        if (!sent.isEmpty()) assertThat(finished.await(60, TimeUnit.SECONDS)).isTrue();
    }

    @BeforeAll
    static void open() {
        core = TestCore.open(TestSettings.with(dataDir, Set.of("telegram:1"), TestSettings.localFetch()), Clock.fixed(TestCore.NOW, ZoneOffset.UTC));
        core.addMessenger(new Messenger() {
            @Override
            public String platform() {
                return "telegram";
            }

            @Override
            public void send(ChatRef chat, String threadId, Reply reply) {
                sent.add(chat.id() + ": " + reply.plainText());
                if (reply.plainText().startsWith("Re-indexing:")) {
                    halfway.countDown();
                    await(resume);
                }
                if (reply.plainText().startsWith("Re-index done") || reply.kind() == Reply.Kind.ERROR) finished.countDown();
            }
        });
    }

    @AfterAll
    static void close() {
        core.close();
    }

    @Test
    void keeps_answering_from_every_article_while_reindexing_and_reports_progress_in_the_chat() throws Exception {
        long chunksBefore = core.index().chunkCount();

        Reply started = core.bot().handle(from("telegram", "1", "-100", "/admin reindex")).orElseThrow();

        assertThat(started.plainText()).startsWith("Re-indexing 2 articles in the background");
        assertThat(halfway.await(60, TimeUnit.SECONDS)).isTrue();
        core.index().commit(); // another writer (an ingest, the feed poller) commits while the re-index is halfway
        assertAnswersFromBothArticles();

        resume.countDown();
        assertThat(finished.await(60, TimeUnit.SECONDS)).isTrue();
        assertThat(sent).containsExactly("-100: Re-indexing: 1 of 2 articles done.", sent.get(1));
        assertThat(sent.get(1)).startsWith("-100: Re-index done: 2 articles in " + chunksBefore + " chunks.");
        assertAnswersFromBothArticles();
        assertThat(core.index().chunkCount()).isEqualTo(chunksBefore);
        assertThat(core.audit().latest(1).get(0)).satisfies(e -> {
            assertThat(e.command()).isEqualTo("/admin reindex (finished)");
            assertThat(e.outcome()).isEqualTo("ok");
            assertThat(e.userId()).isEqualTo("1");
        });
    }

    @Test
    void refuses_a_second_reindex_while_one_runs() throws Exception {
        core.bot().handle(from("telegram", "1", "-100", "/admin reindex"));
        assertThat(halfway.await(60, TimeUnit.SECONDS)).isTrue();

        Reply second = core.bot().handle(from("telegram", "1", "-100", "/admin reindex")).orElseThrow();

        assertThat(second.plainText()).contains("already running");
        resume.countDown();
        assertThat(finished.await(60, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void runs_before_replying_where_no_messenger_is_running() {
        Reply reply = core.bot().handle(from("slack", "U1", "D1", "/admin reindex")).orElse(null);
        // slack:U1 is no admin here; the console is, and the console has no messenger in this core
        assertThat(reply.kind()).isEqualTo(Reply.Kind.REFUSED);

        Reply console = TestCore.ask(core, "/admin reindex");

        assertThat(console.plainText()).startsWith("Re-index done: 2 articles");
    }

    @Test
    void a_cancelled_reindex_commits_nothing_and_the_old_index_still_answers() {
        long chunksBefore = core.index().chunkCount();
        InPlaceReindexer reindexer = new InPlaceReindexer(core.articles(), core.indexer());
        int[] done = {0};

        assertThatThrownBy(() -> reindexer.run(n -> done[0] = n, () -> done[0] >= 1)).isInstanceOf(IllegalStateException.class);

        assertThat(core.index().chunkCount()).isEqualTo(chunksBefore);
        assertAnswersFromBothArticles();
    }

    private void assertAnswersFromBothArticles() {
        Reply crimea = TestCore.ask(core, "What was said about Crimea?");
        Reply syria = TestCore.ask(core, "What was said about Syria?");
        assertThat(crimea.kind()).as(crimea.plainText()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(crimea.citations()).extracting(Reply.Citation::title).contains("Focus at Four: What we know about the upcoming Trump-Putin summit");
        assertThat(syria.kind()).as(syria.plainText()).isEqualTo(Reply.Kind.ANSWER);
        assertThat(syria.citations()).extracting(Reply.Citation::title).contains("Trump may meet Putin");
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
