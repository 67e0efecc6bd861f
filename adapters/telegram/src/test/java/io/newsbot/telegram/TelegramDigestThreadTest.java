package io.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.outbox.Outgoing;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.telegram.fake.FakeBotApi.Chat;
import io.newsbot.telegram.fake.FakeBotApi.Sent;
import io.newsbot.telegram.fake.FakeBotApi.User;
import io.newsbot.testing.MutableClock;
import io.newsbot.testing.TestCore;
import io.newsbot.testing.TestDigests;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.newsbot.testing.ClassCore;

/** Replies to a digest in Telegram, against the fake Bot API: answered from the digest's stories, as a reply. */
class TelegramDigestThreadTest extends TelegramAdapterFixture {
    static final MutableClock coreClock = new MutableClock(TestCore.NOW);
    @RegisterExtension
    static final ClassCore core = ClassCore.open(coreClock);

    TelegramDigestThreadTest() {
        super(core, coreClock);
    }

    @BeforeEach
    void start() {
        startPolling();
    }

    /** The day's digest, queued in the outbox as the scheduler queues it, and delivered. */
    Sent digestSentTo(Chat chat, int before) throws InterruptedException {
        java.util.concurrent.CountDownLatch delivered = new java.util.concurrent.CountDownLatch(1);
        adapter.sender().setListener((m, status) -> {
            if (m.outgoing().reply().kind() == io.newsbot.platform.Reply.Kind.DIGEST) delivered.countDown();
        });
        ChatRef ref = new ChatRef("telegram", Long.toString(chat.id()), chat.type().equals("private") ? ChatType.PRIVATE : ChatType.GROUP);
        core.get().outbox().queue(new Outgoing(ref, null, "", TestDigests.demo(core.get()), "digest:2026-11-23", clock.instant(), clock.instant().plusSeconds(3600)));
        adapter.sender().wake();
        // Settled: every part accepted and recorded, with the message ids replies will name.
        assertThat(delivered.await(WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        return fake.awaitSent(chat.id(), before + 1, WAIT).get(before);
    }

    @Test
    void a_reply_to_the_digest_is_answered_from_its_stories_as_a_reply_and_more_on_the_second_one_and_who_said_that_work_there() throws Exception {
        User ann = new User(8_100_000_101L, "Ann", "ann");
        Chat chat = Chat.privateWith(ann);
        fake.userSends(chat, ann, "/start");
        fake.awaitSent(chat.id(), 1, WAIT);
        Sent digest = digestSentTo(chat, 1);

        int asked = fake.userReplies(chat, ann, digest.messageId(), "What was said about Syria?");
        Sent answer = fake.awaitSent(chat.id(), 3, WAIT).get(2);
        fake.userReplies(chat, ann, digest.messageId(), "more on the second one");
        fake.userReplies(chat, ann, digest.messageId(), "who said that?");
        List<Sent> all = fake.awaitSent(chat.id(), 5, WAIT);

        assertThat(digest.buttons()).as("no buttons on a digest").isEmpty();
        assertThat(answer.text()).startsWith("From today's digest:").contains("Syria");
        assertThat(answer.replyTo()).isEqualTo(asked);
        assertThat(answer.buttons()).as("rated like any answer").isNotEmpty();
        assertThat(all.get(3).text()).startsWith("From today's digest, on " + TestDigests.SECOND_TITLE + ":").doesNotContain(TestDigests.SECOND);
        assertThat(all.get(4).text()).startsWith("From today's digest, who said it:").contains("Donald Trump: " + TestDigests.TOP);
    }

    @Test
    void a_question_not_replying_to_the_digest_is_answered_as_usual() throws Exception {
        User bob = new User(8_100_000_102L, "Bob", "bob");
        Chat chat = Chat.privateWith(bob);
        fake.userSends(chat, bob, "/start");
        fake.awaitSent(chat.id(), 1, WAIT);
        digestSentTo(chat, 1);

        fake.userSends(chat, bob, "What was said about Syria?");

        Sent answer = fake.awaitSent(chat.id(), 3, WAIT).get(2);
        assertThat(answer.text()).doesNotContain("digest").contains("Syria");
        assertThat(answer.replyTo()).isNull();
    }
}
