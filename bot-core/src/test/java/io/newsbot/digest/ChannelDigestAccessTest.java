package io.newsbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.app.NewsbotCore;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Reply;
import io.newsbot.testing.TestCore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Telegram channel gets digests without being made a bot admin: a bot admin allows the channel to manage its own
 * digest, and the channel's posts (which speak as the channel) may then subscribe it, and nothing more.
 */
class ChannelDigestAccessTest {
    static final String CHANNEL = "-1005550001";
    @TempDir
    Path dir;
    NewsbotCore core;

    @BeforeEach
    void open() {
        core = TestCore.open(dir);
    }

    @AfterEach
    void close() {
        core.close();
    }

    private Reply channelPost(String text) {
        return core.bot().handle(TestCore.from("telegram", CHANNEL, CHANNEL, ChatType.CHANNEL, text)).orElseThrow();
    }

    @Test
    void a_channel_is_refused_until_an_admin_allows_it_and_is_told_how() {
        Reply refused = channelPost("/subscribe 09:00 Europe/Berlin");

        assertThat(refused.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(refused.plainText()).contains("/admin allow-digests telegram:" + CHANNEL);
        assertThat(core.subscriptions().all()).isEmpty();
    }

    @Test
    void an_allowed_channel_subscribes_and_unsubscribes_itself_but_is_no_admin() {
        // Given a bot admin (the operator) allows the channel
        assertThat(TestCore.ask(core, "/admin allow-digests telegram:" + CHANNEL).plainText()).contains("It is not an admin");

        // When the channel posts /subscribe, then it is subscribed
        assertThat(channelPost("/subscribe 09:00 Europe/Berlin").plainText()).startsWith("Subscribed");
        assertThat(core.subscriptions().all()).singleElement().satisfies(s -> assertThat(s.chat().id()).isEqualTo(CHANNEL));

        // And /admin stays closed to it
        assertThat(channelPost("/admin grant telegram:666").kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(core.admins().all()).isEmpty();
        assertThat(core.access().isAdmin(new io.newsbot.platform.Sender("telegram", CHANNEL, "News"))).isFalse();

        assertThat(channelPost("/unsubscribe").plainText()).startsWith("Unsubscribed");
    }

    @Test
    void the_grant_covers_only_the_chat_speaking_as_itself() {
        TestCore.ask(core, "/admin allow-digests telegram:" + CHANNEL);

        // A post of the channel forwarded into its linked discussion group speaks as the channel, in another chat
        Reply inGroup = core.bot().handle(TestCore.from("telegram", CHANNEL, "-1005550002", ChatType.GROUP, "/subscribe 09:00")).orElseThrow();
        // A person in the channel's chat is not the channel either
        Reply person = core.bot().handle(TestCore.from("telegram", "4242", CHANNEL, ChatType.CHANNEL, "/subscribe 09:00")).orElseThrow();

        assertThat(inGroup.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(person.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(core.subscriptions().all()).isEmpty();
    }

    @Test
    void disallowing_takes_the_grant_back() {
        TestCore.ask(core, "/admin allow-digests telegram:" + CHANNEL);
        TestCore.ask(core, "/admin disallow-digests telegram:" + CHANNEL);

        assertThat(channelPost("/subscribe 09:00").kind()).isEqualTo(Reply.Kind.REFUSED);
    }
}
