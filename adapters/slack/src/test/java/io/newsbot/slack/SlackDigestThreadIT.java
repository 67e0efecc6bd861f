package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.outbox.Outgoing;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Reply;
import io.newsbot.slack.fake.FakeSlackApi;
import io.newsbot.slack.fake.SlackPayloads;
import io.newsbot.testing.ClassCore;
import io.newsbot.testing.TestDigests;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Questions in a digest's Slack thread, over Socket Mode: answered in the thread, from the digest's stories. */
class SlackDigestThreadIT {
    /** The real clock on both sides: the digest is "today's" when it was sent today. */
    @RegisterExtension
    static final SlackAdapterFixture slack = SlackAdapterFixture.socketMode().on(ClassCore.open(Clock.systemUTC()));

    @Test
    void a_mention_in_the_digests_thread_is_answered_there_from_its_stories_and_more_and_who_said_that_work_there() throws Exception {
        CountDownLatch delivered = new CountDownLatch(1);
        slack.adapter().sender().setListener((m, status) -> {
            if (m.outgoing().reply().kind() == Reply.Kind.DIGEST) delivered.countDown();
        });
        Instant now = Instant.now();
        slack.core().outbox().queue(new Outgoing(new ChatRef("slack", "C700", ChatType.GROUP), null, "", TestDigests.demo(slack.core()), "digest:today", now,
                now.plusSeconds(3600)));
        slack.adapter().sender().wake();
        FakeSlackApi.Post digest = slack.api().awaitPost();
        assertThat(delivered.await(30, TimeUnit.SECONDS)).isTrue();

        slack.socket().deliver(SlackPayloads.eventsEnvelope("env-d1", "Ev-d1",
                SlackPayloads.mention("C700", "U700", "<@UBOT> What was said about Syria?", "1800000700.000200", digest.ts()), 0));
        FakeSlackApi.Post answer = slack.api().awaitPost();
        slack.socket().deliver(SlackPayloads.eventsEnvelope("env-d2", "Ev-d2",
                SlackPayloads.mention("C700", "U700", "<@UBOT> more on the second one", "1800000700.000300", digest.ts()), 0));
        FakeSlackApi.Post more = slack.api().awaitPost();
        slack.socket().deliver(SlackPayloads.eventsEnvelope("env-d3", "Ev-d3",
                SlackPayloads.mention("C700", "U700", "<@UBOT> who said that?", "1800000700.000400", digest.ts()), 0));
        FakeSlackApi.Post who = slack.api().awaitPost();

        assertThat(digest.buttons()).as("no buttons on a digest").isEmpty();
        assertThat(answer.threadTs()).isEqualTo(digest.ts());
        assertThat(answer.blocksText()).startsWith("From today's digest:").contains("Syria");
        assertThat(answer.buttons()).isNotEmpty();
        assertThat(more.threadTs()).isEqualTo(digest.ts());
        assertThat(more.blocksText()).startsWith("From today's digest, on " + TestDigests.SECOND_TITLE + ":");
        assertThat(who.blocksText()).startsWith("From today's digest, who said it:").contains("*Donald Trump*: " + TestDigests.TOP);
    }

    @Test
    void a_mention_outside_any_digest_thread_is_answered_as_usual() throws Exception {
        slack.socket().deliver(SlackPayloads.eventsEnvelope("env-d9", "Ev-d9",
                SlackPayloads.mention("C701", "U701", "<@UBOT> What was said about Syria?", "1800000701.000100", null), 0));

        assertThat(slack.api().awaitPost().blocksText()).doesNotContain("digest").contains("Syria");
    }
}
