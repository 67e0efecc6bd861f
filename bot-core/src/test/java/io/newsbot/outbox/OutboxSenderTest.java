package io.newsbot.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.platform.Backoff;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.DeliveryException;
import io.newsbot.platform.Reply;
import io.newsbot.store.jdbc.JdbcOutbox;
import io.newsbot.testing.ManualScheduler;
import io.newsbot.testing.MutableClock;
import io.newsbot.testing.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sender over a real outbox (H2) and a scripted courier, on a clock the test moves: no test here waits for real time. */
class OutboxSenderTest {
    private static final Instant T0 = Instant.parse("2026-11-23T10:00:00Z");
    private static final ChatRef ANN = new ChatRef("telegram", "501", ChatType.PRIVATE);
    private static final ChatRef BEN = new ChatRef("telegram", "502", ChatType.PRIVATE);
    private static final Duration ANSWER_DEADLINE = Duration.ofMinutes(10);

    @RegisterExtension
    final TestDatabase db = TestDatabase.h2();
    final MutableClock clock = new MutableClock(T0);
    final ManualScheduler timer = ManualScheduler.onCallingThread(clock);
    final ScriptedCourier courier = new ScriptedCourier();
    final List<String> settled = new CopyOnWriteArrayList<>();
    Outbox outbox;

    @BeforeEach
    void open() {
        outbox = new JdbcOutbox(db.get());
    }

    OutboxSender sender(String holder) {
        OutboxSender sender = new OutboxSender(outbox, courier, clock, timer, Runnable::run,
                new OutboxSender.Options(holder, Duration.ofSeconds(5), Duration.ofMinutes(2), new Backoff(Duration.ofSeconds(1), Duration.ofSeconds(30)), 20));
        sender.setListener((m, status) -> settled.add(m.id() + " " + status));
        return sender;
    }

    long queue(ChatRef chat, int parts) {
        List<Reply.Item> items = new ArrayList<>();
        for (int i = 1; i <= parts; i++) items.add(Reply.Item.plain("part " + i));
        Reply reply = new Reply(Reply.Kind.ANSWER, "", List.of(new Reply.Section("", items)), List.of());
        return outbox.queue(new Outgoing(chat, null, "", reply, "", clock.instant(), clock.instant().plus(ANSWER_DEADLINE)));
    }

    void advance(Duration by) {
        clock.advance(by);
        timer.runDue();
    }

    @Test
    void delivers_a_queued_reply_as_soon_as_it_is_woken_and_records_it_sent() {
        OutboxSender sender = sender("a");
        sender.start();
        long id = queue(ANN, 2);

        sender.wake();

        assertThat(courier.sent).containsExactly(id + ":1", id + ":2");
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxMessage.Status.SENT);
        assertThat(settled).containsExactly(id + " SENT");
    }

    @Test
    void sends_what_an_earlier_run_left_pending_as_soon_as_it_starts() {
        long id = queue(ANN, 1);

        sender("restarted").start();

        assertThat(courier.sent).containsExactly(id + ":1");
    }

    @Test
    void waits_exactly_as_long_as_a_rate_limit_asks_before_trying_again() {
        OutboxSender sender = sender("a");
        sender.start();
        courier.failures.add(DeliveryException.transientFailure("429 Too Many Requests: retry after 7", Duration.ofSeconds(7), null));
        long id = queue(ANN, 1);

        sender.wake();
        assertThat(courier.sent).isEmpty();
        assertThat(timer.delaysAsked()).contains(Duration.ofSeconds(7));
        advance(Duration.ofSeconds(6));
        assertThat(courier.sent).as("not before the 7 s are up").isEmpty();
        advance(Duration.ofSeconds(1));

        assertThat(courier.sent).containsExactly(id + ":1");
        assertThat(outbox.find(id).orElseThrow().attempts()).isEqualTo(1);
    }

    @Test
    void backs_off_from_server_errors_doubling_up_to_its_cap() {
        OutboxSender sender = sender("a");
        sender.start();
        for (int i = 0; i < 7; i++) courier.failures.add(DeliveryException.transientFailure("502 Bad Gateway", null, null));
        long id = queue(ANN, 1);

        sender.wake();
        while (courier.sent.isEmpty() && clock.instant().isBefore(T0.plus(ANSWER_DEADLINE))) {
            advance(Duration.between(clock.instant(), timer.nextDue().orElseThrow()));
        }

        assertThat(courier.sent).containsExactly(id + ":1");
        List<Duration> retries = timer.delaysAsked();
        long[] bases = {1, 2, 4, 8, 16, 30, 30};
        assertThat(retries).hasSize(7);
        for (int i = 0; i < 7; i++) {
            assertThat(retries.get(i)).as("wait %d", i + 1).isBetween(Duration.ofSeconds(bases[i]), Duration.ofSeconds(Math.min(30, bases[i] * 5 / 4 + 1)));
        }
    }

    @Test
    void keeps_trying_through_an_outage_until_the_deadline_then_gives_up_and_says_why() {
        OutboxSender sender = sender("a");
        sender.start();
        courier.failAlways = DeliveryException.transientFailure("Telegram could not be reached: Connection refused", null, null);
        long id = queue(ANN, 1);

        sender.wake();
        while (timer.nextDue().isPresent() && settled.isEmpty()) advance(Duration.between(clock.instant(), timer.nextDue().get()));

        OutboxMessage given = outbox.find(id).orElseThrow();
        assertThat(given.status()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(given.attempts()).isGreaterThan(10);
        assertThat(given.lastError()).contains("deadline").contains("Connection refused");
        assertThat(clock.instant()).isBefore(T0.plus(ANSWER_DEADLINE));
        assertThat(settled).containsExactly(id + " FAILED");
    }

    @Test
    void does_not_retry_what_the_platform_refused_for_good() {
        OutboxSender sender = sender("a");
        sender.start();
        courier.failures.add(new DeliveryException("Forbidden: bot was blocked by the user", true, null));
        long id = queue(ANN, 1);

        sender.wake();

        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxMessage.Status.FAILED);
        assertThat(timer.delaysAsked()).isEmpty();
    }

    @Test
    void after_a_crash_mid_reply_the_next_run_sends_only_the_parts_not_yet_accepted() {
        long id = queue(ANN, 3);
        // The crashed run leased it, and the platform accepted part 1 before the crash.
        outbox.lease("telegram", clock.instant(), "crashed", Duration.ofMinutes(2), 10);
        outbox.progress(id, "crashed", 1, clock.instant().plus(Duration.ofMinutes(2)));
        OutboxSender restarted = sender("restarted");
        restarted.start();
        assertThat(courier.sent).as("the crashed run's lease still holds").isEmpty();

        advance(Duration.ofMinutes(2));

        assertThat(courier.sent).containsExactly(id + ":2", id + ":3");
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxMessage.Status.SENT);
    }

    @Test
    void a_chats_later_reply_waits_behind_an_earlier_one_while_other_chats_go_on() {
        OutboxSender sender = sender("a");
        sender.start();
        courier.failures.add(DeliveryException.transientFailure("429 Too Many Requests: retry after 5", Duration.ofSeconds(5), null));
        long first = queue(ANN, 1);
        sender.wake();
        long second = queue(ANN, 1);
        long other = queue(BEN, 1);

        sender.wake();
        assertThat(courier.sent).containsExactly(other + ":1");
        advance(Duration.ofSeconds(5));

        assertThat(courier.sent).containsExactly(other + ":1", first + ":1", second + ":1");
    }

    /** Sends each message as many parts as its reply has items, failing as the test scripts. */
    static final class ScriptedCourier implements Courier {
        final Deque<DeliveryException> failures = new ArrayDeque<>();
        final List<String> sent = new CopyOnWriteArrayList<>();
        volatile DeliveryException failAlways;

        @Override
        public String platform() {
            return "telegram";
        }

        @Override
        public void deliver(OutboxMessage message, Accepted accepted) {
            DeliveryException failure = failAlways != null ? failAlways : failures.poll();
            if (failure != null) throw failure;
            int parts = message.outgoing().reply().sections().get(0).items().size();
            for (int p = message.partsSent(); p < parts; p++) {
                sent.add(message.id() + ":" + (p + 1));
                accepted.parts(p + 1, parts);
            }
        }
    }
}
