package io.newsbot.testing;

import io.newsbot.app.CoreSettings;
import io.newsbot.app.EmbedderFactory;
import io.newsbot.app.NewsbotCore;
import io.newsbot.app.StoreSettings;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/**
 * A real core on a temporary data directory with the demo articles, for tests here and in the adapters. It embeds with
 * the {@link HashingEmbedder}, so that no ONNX model is loaded, unless the test asks for the model (it tests what the
 * model's vectors decide: retrieval, refusal, answers). {@code -Dnewsbot.test.embedder=onnx} runs every test on the
 * model, to compare the suite's time.
 */
public final class TestCore {
    public static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private TestCore() {
    }

    /** The embedder of tests that do not test embeddings. */
    public static final EmbedderFactory FAKE_EMBEDDER = "onnx".equals(System.getProperty("newsbot.test.embedder"))
            ? EmbedderFactory.ONNX : (model, executor) -> new HashingEmbedder();

    public static NewsbotCore open(Path dataDir) {
        return open(dataDir, Clock.fixed(NOW, ZoneOffset.UTC));
    }

    public static NewsbotCore open(Path dataDir, Clock clock) {
        return open(CoreSettings.defaults(dataDir), clock);
    }

    public static NewsbotCore open(CoreSettings settings, Clock clock) {
        return open(settings, StoreSettings.EMBEDDED, clock);
    }

    public static NewsbotCore open(CoreSettings settings, StoreSettings store, Clock clock) {
        return NewsbotCore.open(settings, store, clock, null, FAKE_EMBEDDER);
    }

    /** On the ONNX model the settings name: for tests of what its vectors decide. */
    public static NewsbotCore openOnModel(Path dataDir) {
        return NewsbotCore.open(CoreSettings.defaults(dataDir), Clock.fixed(NOW, ZoneOffset.UTC));
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
