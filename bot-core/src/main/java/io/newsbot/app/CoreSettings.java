package io.newsbot.app;

import io.newsbot.answer.Coverage;
import io.newsbot.index.RankFusion;
import io.newsbot.ingest.ContentLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the core needs to know to start, loaded once by the launcher.
 *
 * @param dataDir          where the store and the index live
 * @param embeddingModel   one of {@link io.newsbot.index.ModelDescription#names()}
 * @param chunkWords       target words per indexed chunk
 * @param coverage         when the articles count as covering a question
 * @param fusion           how lexical and vector results are fused
 * @param zone             the zone for "today" and "this week" in questions
 * @param maxQuestionChars the longest message accepted
 * @param userPerMinute    messages per minute one user may send (burst of the same size)
 * @param chatPerMinute    messages per minute one chat may send
 * @param admins           user keys ({@code platform:userId}) that are admins by configuration
 * @param fetch            limits for fetching URLs and feeds
 * @param seedDemo         whether to ingest the demo articles into an empty store
 * @param limits           how much of one article is taken in
 */
public record CoreSettings(Path dataDir, String embeddingModel, int chunkWords, Coverage coverage, RankFusion fusion, ZoneId zone,
                           int maxQuestionChars, int userPerMinute, int chatPerMinute, Set<String> admins, Fetch fetch,
                           boolean seedDemo, ContentLimits limits) {
    /** Settings with the default content limits. */
    public CoreSettings(Path dataDir, String embeddingModel, int chunkWords, Coverage coverage, RankFusion fusion, ZoneId zone,
                        int maxQuestionChars, int userPerMinute, int chatPerMinute, Set<String> admins, Fetch fetch, boolean seedDemo) {
        this(dataDir, embeddingModel, chunkWords, coverage, fusion, zone, maxQuestionChars, userPerMinute, chatPerMinute, admins, fetch,
                seedDemo, ContentLimits.DEFAULT);
    }

    public CoreSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(embeddingModel, "embeddingModel");
        Objects.requireNonNull(coverage, "coverage");
        Objects.requireNonNull(fusion, "fusion");
        Objects.requireNonNull(zone, "zone");
        admins = Set.copyOf(admins);
        Objects.requireNonNull(fetch, "fetch");
        Objects.requireNonNull(limits, "limits");
    }

    /** Defaults for a data directory: what a fresh install uses. */
    public static CoreSettings defaults(Path dataDir) {
        return new CoreSettings(dataDir, "all-minilm-l6-v2-q", 120, Coverage.DEFAULT, RankFusion.DEFAULT, ZoneId.of("UTC"), 2000, 20,
                60, Set.of(), Fetch.DEFAULT, true);
    }

    public CoreSettings withSeedDemo(boolean seed) {
        return new CoreSettings(dataDir, embeddingModel, chunkWords, coverage, fusion, zone, maxQuestionChars, userPerMinute,
                chatPerMinute, admins, fetch, seed, limits);
    }

    public CoreSettings withLimits(ContentLimits newLimits) {
        return new CoreSettings(dataDir, embeddingModel, chunkWords, coverage, fusion, zone, maxQuestionChars, userPerMinute,
                chatPerMinute, admins, fetch, seedDemo, newLimits);
    }

    /**
     * Limits for fetching from the web.
     *
     * @param allowPrivateAddresses whether URLs may point to loopback or private networks
     * @param maxBytes              the largest document read
     * @param timeout               per request
     * @param maxRedirects          hops followed, each checked
     */
    public record Fetch(boolean allowPrivateAddresses, long maxBytes, Duration timeout, int maxRedirects) {
        public static final Fetch DEFAULT = new Fetch(false, 5L * 1024 * 1024, Duration.ofSeconds(15), 5);
    }
}
