package io.newsbot.testing;

import io.newsbot.app.CoreSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;

/** Core settings for tests that need admins, fetching from 127.0.0.1, or particular limits. */
public final class TestSettings {
    private TestSettings() {
    }

    /**
     * The defaults, with the given admins, fetch limits and generous rate limits (tests that send many
     * messages are not about rate limiting unless they say so).
     */
    public static CoreSettings with(Path dataDir, Set<String> admins, CoreSettings.Fetch fetch) {
        CoreSettings d = CoreSettings.defaults(dataDir);
        return new CoreSettings(dataDir, d.embeddingModel(), d.chunkWords(), d.coverage(), d.fusion(), d.zone(), d.maxQuestionChars(),
                100_000, 100_000, admins, fetch, true);
    }

    /** Fetching allowed from loopback (where test servers run), with small limits. */
    public static CoreSettings.Fetch localFetch() {
        return new CoreSettings.Fetch(true, 256 * 1024, Duration.ofSeconds(5), 3);
    }
}
