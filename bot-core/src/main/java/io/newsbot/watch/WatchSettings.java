package io.newsbot.watch;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Objects;

/**
 * How watches alert.
 *
 * @param poll           how often new articles are matched and queued alerts sent: an alert leaves at most this long
 *                       after its article is stored (outside quiet hours and the cap)
 * @param hourlyCap      alerts a chat gets in any hour unless it set its own ({@code /watches cap N}); the rest wait
 * @param quietFrom      quiet hours start at this local time of the chat
 * @param quietUntil     and end at this one (may be the next day); equal times mean no quiet hours
 * @param topicThreshold the least cosine between a topic and an article's title and lead that counts as on the topic
 * @param deliverWithin  how long the outbox tries to deliver an alert (through a platform's outage) before it gives
 *                       it up: after a few hours the news is old and an alert would only be noise
 * @param maxPerChat     watches a chat may have
 */
public record WatchSettings(Duration poll, int hourlyCap, LocalTime quietFrom, LocalTime quietUntil, double topicThreshold, 
                            Duration deliverWithin, int maxPerChat) {
    /** Defaults: the threshold suits all-MiniLM-L6-v2 (see docs/benchmarks.md, "Watches"). */
    public static final WatchSettings DEFAULT = new WatchSettings(Duration.ofSeconds(10), 6, LocalTime.of(22, 0), LocalTime.of(7, 0), 0.45,
            Duration.ofHours(3), 50);

    public WatchSettings {
        if (poll == null || poll.isNegative() || poll.isZero()) throw new IllegalArgumentException("poll must be positive");
        if (hourlyCap < 1) throw new IllegalArgumentException("hourlyCap must be at least 1");
        Objects.requireNonNull(quietFrom, "quietFrom");
        Objects.requireNonNull(quietUntil, "quietUntil");
        if (topicThreshold <= 0 || topicThreshold > 1) throw new IllegalArgumentException("topicThreshold must be in (0, 1]");
        if (deliverWithin == null || deliverWithin.isNegative() || deliverWithin.isZero()) {
            throw new IllegalArgumentException("deliverWithin must be positive");
        }
        if (maxPerChat < 1) throw new IllegalArgumentException("maxPerChat must be at least 1");
    }

    public WatchSettings withTopicThreshold(double threshold) {
        return new WatchSettings(poll, hourlyCap, quietFrom, quietUntil, threshold, deliverWithin, maxPerChat);
    }

    /** Whether a local time falls in the quiet hours. */
    public boolean isQuiet(LocalTime local) {
        if (quietFrom.equals(quietUntil)) return false;
        return quietFrom.isBefore(quietUntil) ? !local.isBefore(quietFrom) && local.isBefore(quietUntil)
                : !local.isBefore(quietFrom) || local.isBefore(quietUntil);
    }
}
