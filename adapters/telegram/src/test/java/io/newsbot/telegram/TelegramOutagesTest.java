package io.newsbot.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.ILoggingEvent;
import io.newsbot.platform.PlatformStatus;
import io.newsbot.telegram.fake.FakeBotApi.Chat;
import io.newsbot.telegram.fake.FakeBotApi.User;
import io.newsbot.testing.LogRecorder;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import io.newsbot.testing.ClassCore;

/**
 * Telegram down, refusing the token, closing connections, or starting its update ids again: the adapter keeps going,
 * says so once per change, and loses no question. Backoff waits pass when the test moves the adapter's clock.
 */
class TelegramOutagesTest extends TelegramAdapterFixture {
    @RegisterExtension
    static final ClassCore core = ClassCore.open();

    final LogRecorder log = new LogRecorder();

    TelegramOutagesTest() {
        super(core);
    }

    @AfterEach
    void stopRecording() {
        log.close();
    }

    TelegramAdapter adapter(String token) {
        return newAdapter(TelegramSettings.polling(token, fake.uri()));
    }

    @Test
    void starts_while_telegram_is_unreachable_keeps_trying_and_answers_once_it_is_back() throws Exception {
        fake.outage(true);
        adapter(fake.token()).start();
        assertThat(adapter.status().state()).isEqualTo(PlatformStatus.State.UNREACHABLE);
        sitOut(Duration.ofSeconds(1));
        sitOut(Duration.ofSeconds(2));
        Duration third = timer.awaitDelay(w -> w.compareTo(Duration.ofSeconds(4)) >= 0, WAIT);
        assertThat(adapter.status().state()).isEqualTo(PlatformStatus.State.UNREACHABLE);

        fake.outage(false);
        clock.advance(third);
        timer.runDue();
        User ann = user();
        fake.userSends(Chat.privateWith(ann), ann, "/help");

        assertThat(fake.awaitSent(ann.id(), 1, WAIT).get(0).text()).contains("/ask");
        assertThat(adapter.status().state()).isEqualTo(PlatformStatus.State.CONNECTED);
        assertThat(log.lines("Telegram cannot be reached")).as("said once, not once per try").hasSize(1);
        assertThat(log.lines("Telegram is reachable again")).hasSize(1);
        assertThat(log.atLeast(Level.WARN)).allSatisfy(e -> assertThat(e.getThrowableProxy()).as("no stack trace").isNull());
    }

    @Test
    void says_in_one_line_that_telegram_refused_the_token_and_never_logs_it() throws Exception {
        String wrong = "123:AAE-not_the_token";

        adapter(wrong).start();
        sitOut(Duration.ofSeconds(30));

        assertThat(adapter.status().state()).isEqualTo(PlatformStatus.State.REJECTED);
        assertThat(adapter.status().detail()).contains("NEWSBOT_TELEGRAM_TOKEN");
        assertThat(log.atLeast(Level.ERROR)).singleElement().satisfies(e -> {
            assertThat(e.getFormattedMessage()).contains("Telegram refused the bot token").contains("NEWSBOT_TELEGRAM_TOKEN");
            assertThat(e.getThrowableProxy()).isNull();
        });
        assertThat(log.events()).extracting(ILoggingEvent::getFormattedMessage).noneMatch(m -> m.contains(wrong));
    }

    @Test
    void a_poll_whose_connection_the_server_closed_is_asked_again_without_an_error_or_a_lost_question() throws Exception {
        adapter(fake.token()).start();
        fake.awaitCalls("getUpdates", 1, WAIT);
        fake.dropNext("getUpdates", 1);
        User ben = user();

        fake.userSends(Chat.privateWith(ben), ben, "/help");

        assertThat(fake.awaitSent(ben.id(), 1, WAIT)).hasSize(1);
        // The poll in flight carries the question; the one after it is dropped, and may come after the answer on a busy machine.
        fake.awaitCalls("getUpdates", 3, WAIT);
        assertThat(fake.events()).contains("getupdates dropped");
        assertThat(log.atLeast(Level.WARN)).isEmpty();
        assertThat(adapter.status().state()).isEqualTo(PlatformStatus.State.CONNECTED);
    }

    @Test
    void answers_again_when_telegram_starts_its_update_ids_below_the_stored_offset_after_a_quiet_week() throws Exception {
        String offsetKey = "telegram.offset." + fake.bot().id();
        core.get().values().put(offsetKey, "100000");
        core.get().values().put(offsetKey + ".at", clock.instant().minus(Duration.ofDays(8)).toString());
        fake.restartUpdateIdsAt(42);
        User cy = user();
        fake.userSends(Chat.privateWith(cy), cy, "/help");

        adapter(fake.token()).start();

        assertThat(fake.awaitSent(cy.id(), 1, WAIT)).hasSize(1);
        fake.awaitCall("getUpdates", c -> c.params().path("offset").asInt() == 43, WAIT);
        assertThat(core.get().values().get(offsetKey)).contains("42");
    }
}
