package io.newsbot.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsbot.outbox.EventReplies;
import io.newsbot.outbox.Outbox;
import io.newsbot.outbox.OutboxMessage;
import io.newsbot.outbox.Outgoing;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Reply;
import io.newsbot.testing.Race;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link Outbox} does, with the event ledger and transactions of the same store, whatever it runs on. */
public abstract class OutboxContract {
    private static final Instant T0 = Instant.parse("2026-11-20T08:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final ChatRef ANN = new ChatRef("telegram", "501", ChatType.PRIVATE);
    private static final ChatRef NEWSROOM = new ChatRef("telegram", "-100777", ChatType.GROUP);
    private Outbox outbox;
    private EventLedger events;
    private Transactions transactions;

    protected abstract Outbox outbox();

    protected abstract EventLedger events();

    protected abstract Transactions transactions();

    @BeforeEach
    void open() {
        outbox = outbox();
        events = events();
        transactions = transactions();
    }

    private static Outgoing answer(ChatRef chat, String text) {
        Reply reply = new Reply(Reply.Kind.ANSWER, "Here is what I found:", List.of(new Reply.Section("Trump may meet Putin",
                List.of(new Reply.Item("Sergei Lavrov", text, List.of(1))))),
                List.of(new Reply.Citation(1, 7, "Trump may meet Putin", "Wire", "2026-11-20", "https://example.com/a?x=1&y=2")));
        return new Outgoing(chat, "1800000000.000100", "reply_to=42", reply, "telegram:1:" + text.hashCode(), T0, T0.plus(Duration.ofMinutes(10)));
    }

    @Test
    void keeps_a_queued_reply_whole_with_its_route_and_deadline() {
        Outgoing queued = answer(ANN, "They can help us with Syria & <more>.");

        long id = outbox.queue(queued);

        OutboxMessage m = outbox.find(id).orElseThrow();
        assertThat(m.outgoing()).isEqualTo(queued);
        assertThat(m.status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(m.attempts()).isZero();
        assertThat(m.partsSent()).isZero();
        assertThat(m.nextAttemptAt()).isEqualTo(T0);
    }

    @Test
    void leases_the_oldest_message_of_each_chat_and_holds_back_the_rest_of_that_chat() {
        long first = outbox.queue(answer(ANN, "one"));
        long second = outbox.queue(answer(ANN, "two"));
        long other = outbox.queue(answer(NEWSROOM, "three"));

        List<OutboxMessage> leased = outbox.lease("telegram", T0, "a", LEASE, 10);

        assertThat(leased).extracting(OutboxMessage::id).containsExactly(first, other);
        assertThat(outbox.lease("telegram", T0, "b", LEASE, 10)).as("leased ones are not handed out again").isEmpty();
        outbox.sent(first, "a", T0);
        assertThat(outbox.lease("telegram", T0, "b", LEASE, 10)).extracting(OutboxMessage::id).containsExactly(second);
        assertThat(outbox.lease("slack", T0, "b", LEASE, 10)).as("other platforms' messages").isEmpty();
    }

    @Test
    void a_lease_that_ran_out_goes_to_another_sender_and_the_first_cannot_write_any_more() {
        long id = outbox.queue(answer(ANN, "one"));
        outbox.lease("telegram", T0, "a", LEASE, 10);
        assertThat(outbox.progress(id, "a", 1, T0.plus(LEASE))).isTrue();

        List<OutboxMessage> takenOver = outbox.lease("telegram", T0.plus(LEASE), "b", LEASE, 10);

        assertThat(takenOver).singleElement().satisfies(m -> assertThat(m.partsSent()).as("b goes on after the part a sent").isEqualTo(1));
        assertThat(outbox.progress(id, "a", 2, T0.plus(LEASE).plusSeconds(1))).isFalse();
        assertThat(outbox.sent(id, "a", T0)).as("a is told it no longer held the message").isFalse();
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxMessage.Status.PENDING);
        assertThat(outbox.sent(id, "b", T0.plus(LEASE))).isTrue();
        assertThat(outbox.find(id).orElseThrow().status()).isEqualTo(OutboxMessage.Status.SENT);
    }

    @Test
    void releasing_the_leases_of_a_crashed_run_makes_its_messages_due_at_once() {
        long id = outbox.queue(answer(ANN, "one"));
        outbox.lease("telegram", T0, "crashed", LEASE, 10);

        assertThat(outbox.releaseLeases()).isEqualTo(1);

        assertThat(outbox.lease("telegram", T0, "restarted", LEASE, 10)).extracting(OutboxMessage::id).containsExactly(id);
    }

    @Test
    void a_retried_message_waits_until_its_time_and_keeps_the_error() {
        long id = outbox.queue(answer(ANN, "one"));
        outbox.lease("telegram", T0, "a", LEASE, 10);

        outbox.retryAt(id, "a", T0.plusSeconds(3), 1, "429 Too Many Requests: retry after 3");

        assertThat(outbox.lease("telegram", T0.plusSeconds(2), "a", LEASE, 10)).isEmpty();
        assertThat(outbox.lease("telegram", T0.plusSeconds(3), "a", LEASE, 10)).singleElement().satisfies(m -> {
            assertThat(m.attempts()).isEqualTo(1);
            assertThat(m.lastError()).contains("429");
        });
    }

    @Test
    void a_failed_message_stops_holding_back_its_chat_and_counts_for_admins() {
        long first = outbox.queue(answer(ANN, "one"));
        long second = outbox.queue(answer(ANN, "two"));
        outbox.lease("telegram", T0, "a", LEASE, 10);

        outbox.failed(first, "a", T0.plusSeconds(5), 4, "deadline passed");

        assertThat(outbox.lease("telegram", T0.plusSeconds(5), "a", LEASE, 10)).extracting(OutboxMessage::id).containsExactly(second);
        Outbox.Backlog backlog = outbox.backlog(T0);
        assertThat(backlog.pending()).isEqualTo(1);
        assertThat(backlog.oldestPending()).contains(T0);
        assertThat(backlog.failed()).isEqualTo(1);
        assertThat(outbox.backlog(T0.plusSeconds(6)).failed()).as("failed before the time asked about").isZero();
    }

    @Test
    void finds_a_chats_message_by_its_tag_and_forgets_settled_ones() {
        long id = outbox.queue(new Outgoing(NEWSROOM, null, "", Reply.info("Digest"), "digest:2026-11-20", T0, T0.plus(Duration.ofHours(12))));
        assertThat(outbox.findTagged("telegram", "-100777", "digest:2026-11-20")).map(OutboxMessage::id).contains(id);
        assertThat(outbox.findTagged("telegram", "-100777", "digest:2026-11-21")).isEmpty();
        outbox.lease("telegram", T0, "a", LEASE, 10);
        outbox.sent(id, "a", T0);

        assertThat(outbox.purgeSettledBefore(T0.plusSeconds(1))).isEqualTo(1);
        assertThat(outbox.find(id)).isEmpty();
    }

    @Test
    void gives_a_contested_message_to_exactly_one_sender() throws Exception {
        outbox.queue(answer(ANN, "one"));

        List<Integer> leased = Race.run(8, i -> () -> outbox.lease("telegram", T0, "instance-" + i, LEASE, 10).size());

        assertThat(leased.stream().mapToInt(Integer::intValue).sum()).isEqualTo(1);
    }

    @Test
    void claims_an_event_and_queues_its_reply_together_once() {
        EventReplies replies = new EventReplies(transactions, events, outbox);
        Outgoing reply = answer(ANN, "one");

        assertThat(replies.commit(List.of("telegram:1:5"), T0, Optional.of(reply))).isEqualTo(EventReplies.Outcome.QUEUED);
        assertThat(replies.commit(List.of("telegram:1:5"), T0, Optional.of(reply))).isEqualTo(EventReplies.Outcome.ALREADY_HANDLED);
        assertThat(replies.commit(List.of("telegram:1:6"), T0, Optional.empty())).isEqualTo(EventReplies.Outcome.CLAIMED);

        assertThat(replies.handledBefore(List.of("telegram:1:5"))).isTrue();
        assertThat(outbox.backlog(T0).pending()).as("one reply queued").isEqualTo(1);
    }

    @Test
    void an_event_claimed_under_one_of_its_keys_is_not_answered_and_its_other_keys_stay_free() {
        EventReplies replies = new EventReplies(transactions, events, outbox);
        events.claim("slack:message:D1:1800.1", T0);

        EventReplies.Outcome outcome = replies.commit(List.of("slack:event:Ev2", "slack:message:D1:1800.1"), T0, Optional.of(answer(ANN, "x")));

        assertThat(outcome).isEqualTo(EventReplies.Outcome.ALREADY_HANDLED);
        assertThat(events.isClaimed("slack:event:Ev2")).as("rolled back").isFalse();
        assertThat(outbox.backlog(T0).pending()).isZero();
    }

    @Test
    void a_reply_that_cannot_be_written_leaves_the_event_unclaimed_so_it_is_answered_when_redelivered() {
        EventReplies replies = new EventReplies(transactions, events, outbox);
        Outgoing unwritable = new Outgoing(new ChatRef("telegram", "x".repeat(300), ChatType.PRIVATE), null, "", Reply.info("hi"), "", T0, T0);

        assertThatThrownBy(() -> replies.commit(List.of("telegram:1:9"), T0, Optional.of(unwritable))).isInstanceOf(StoreException.class);

        assertThat(events.isClaimed("telegram:1:9")).isFalse();
    }

    @Test
    void gives_a_contested_event_to_exactly_one_commit() throws Exception {
        EventReplies replies = new EventReplies(transactions, events, outbox);

        List<EventReplies.Outcome> outcomes = Race.run(6, i -> () -> replies.commit(List.of("slack:event:Ev9"), T0, Optional.of(answer(ANN, "r" + i))));

        assertThat(outcomes).filteredOn(o -> o == EventReplies.Outcome.QUEUED).hasSize(1);
        assertThat(outcomes).filteredOn(o -> o == EventReplies.Outcome.ALREADY_HANDLED).hasSize(5);
        assertThat(outbox.backlog(T0).pending()).isEqualTo(1);
    }
}
