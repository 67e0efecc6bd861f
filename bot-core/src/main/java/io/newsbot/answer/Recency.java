package io.newsbot.answer;

/**
 * How much a question that names no dates prefers the news of the last few days: a user of a news bot asking "which
 * country ..." means what happened now, yet an older article is still the answer when nothing recent covers it. The
 * passages of the last {@code days} days gain {@code boost} on their fused score; older ones keep theirs.
 *
 * @param days  how far back "recent" reaches, in days before the clock's now; 0 turns the preference off
 * @param boost what a recent passage adds to its fused score (about 1.5 is the most a passage scores)
 */
public record Recency(int days, double boost) {
    /**
     * The last 7 days gain 0.1, about a tenth of a good match: enough to settle a near tie between this week's article
     * and an older one, not to lift a poor match over a good one (calibrated on RealTimeQA's even lines,
     * docs/benchmarks.md).
     */
    public static final Recency DEFAULT = new Recency(7, 0.10);
    /** No preference: every date ranks alike. */
    public static final Recency NONE = new Recency(0, 0);

    public Recency {
        if (days < 0) throw new IllegalArgumentException("days must not be negative");
        if (boost < 0) throw new IllegalArgumentException("boost must not be negative");
    }

    /** Whether any preference applies. */
    public boolean on() {
        return days > 0 && boost > 0;
    }
}
