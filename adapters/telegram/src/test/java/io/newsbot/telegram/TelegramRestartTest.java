package io.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.telegram.fake.FakeBotApi.Chat;
import io.newsbot.telegram.fake.FakeBotApi.User;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.newsbot.testing.ClassCore;

/**
 * A restart between receiving, answering and sending: the outbox sends what was queued, the claims keep an update from
 * being answered again, whatever the offset says. (Killing the process for real is the launcher's FaultInjectionJarIT.)
 */
class TelegramRestartTest extends TelegramAdapterFixture {
    @RegisterExtension
    static final ClassCore core = ClassCore.open();

    TelegramRestartTest() {
        super(core);
    }

    /** A new adapter on the same store, as after a restart of the process. */
    TelegramAdapter start() {
        return startPolling();
    }

    @Test
    void an_answer_that_could_not_be_sent_before_a_restart_is_sent_after_it_and_the_question_is_not_answered_again() throws Exception {
        start();
        User ann = user();
        fake.dropNext("sendMessage", 1);
        fake.userSends(Chat.privateWith(ann), ann, "/help");
        timer.awaitDelay(d -> d.compareTo(Duration.ofSeconds(1)) >= 0, WAIT); // the send failed and waits for its retry
        int update = fake.lastUpdateId();
        fake.awaitCall("getUpdates", c -> c.params().path("offset").asInt() > update, WAIT); // the update is claimed and confirmed

        clock.advance(Duration.ofSeconds(5));
        start();

        assertThat(fake.awaitSent(ann.id(), 1, WAIT).get(0).text()).contains("/ask");
        fake.userSends(Chat.privateWith(ann), ann, "/sources");
        assertThat(fake.awaitSent(ann.id(), 2, WAIT).get(1).text()).as("the next answer comes after it, none twice").contains("My articles come from");
        assertThat(fake.sent(ann.id())).hasSize(2);
    }

    @Test
    void an_update_telegram_sends_again_after_its_answer_was_queued_is_not_answered_twice() throws Exception {
        start();
        User ben = user();
        fake.userSends(Chat.privateWith(ben), ben, "/help");
        fake.awaitSent(ben.id(), 1, WAIT);
        int update = fake.lastUpdateId();
        fake.awaitCall("getUpdates", c -> c.params().path("offset").asInt() > update, WAIT);
        adapter.close();
        // As if the process died after queueing the answer but before the offset was stored or confirmed.
        core.get().values().put("telegram.offset." + fake.bot().id(), Integer.toString(update - 1));
        fake.unconfirm(update);

        start();
        fake.awaitCall("getUpdates", c -> c.params().path("offset").asInt() > update, WAIT);
        fake.userSends(Chat.privateWith(ben), ben, "/sources");

        assertThat(fake.awaitSent(ben.id(), 2, WAIT).get(1).text()).contains("My articles come from");
        assertThat(fake.sent(ben.id())).as("/help answered once").hasSize(2);
    }
}
