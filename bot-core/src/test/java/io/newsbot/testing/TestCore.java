package io.newsbot.testing;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** A real core on a temporary data directory with the demo articles, for tests here and in the adapters. */
public final class TestCore {
    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private TestCore() {
    }

    public static NewsbotCore open(Path dataDir) {
        return NewsbotCore.open(CoreSettings.defaults(dataDir), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public static NewsbotCore open(Path dataDir, Clock clock) {
        return NewsbotCore.open(CoreSettings.defaults(dataDir), clock);
    }

    /** A private-chat message from a console user. */
    public static InboundMessage console(String text) {
        return new InboundMessage(new ChatRef("console", "local", ChatType.PRIVATE), new Sender("console", "you", "you"), text, null, NOW);
    }

    public static InboundMessage from(String platform, String userId, String chatId, ChatType type, String text) {
        return new InboundMessage(new ChatRef(platform, chatId, type), new Sender(platform, userId, userId), text, null, NOW);
    }

    public static Reply ask(NewsbotCore core, String text) {
        return core.bot().handle(console(text)).orElseThrow();
    }
}
