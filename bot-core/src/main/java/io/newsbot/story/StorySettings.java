package io.newsbot.story;

import java.time.Duration;
import java.util.Objects;

/**
 * How articles are grouped into stories: one setting for every feed, chosen by cross-validation on two public
 * story sets (docs/benchmarks.md, "Stories").
 *
 * @param threshold       the mean similarity an article (or a story) needs with a story's articles to join it
 * @param wordWeight      weight of the cosine of the two articles' TF-IDF words
 * @param nameWeight      weight of the cosine of the names they mention
 * @param vectorWeight    weight of the cosine of their embeddings (when both have one; otherwise the other two
 *                        weights are scaled up to make the same total)
 * @param window          how far apart in publication time two articles may be and still be compared
 * @param candidates      stored articles compared with a new one at most: those sharing most of its rarest terms
 * @param membersPerStory a story's most recent articles it is compared by, at most
 * @param indexedTerms    an article's heaviest terms written to the candidate index
 * @param reexamined      stored articles near an arrival looked at again once it is placed, at most: each moves to
 *                        another story of the neighbourhood if it is now more like it than like its own (0: none)
 * @param otherYearShare  the share of their similarity two articles keep when one has no date and they report events
 *                        of different years ({@link StoryProfile#yearsDiffer}): 1 ignores the years
 * @param mergeCohesion   when an article links a second story, the share of that story's own mean similarity (between
 *                        its articles) the article and the story it joined must reach with it for the two to merge: two
 *                        events of one topic each hold together better than they match each other (0: any link that
 *                        reaches the threshold merges)
 */
public record StorySettings(double threshold, double wordWeight, double nameWeight, double vectorWeight, Duration window, int candidates,
                            int membersPerStory, int indexedTerms, int reexamined, double otherYearShare, double mergeCohesion) {
    /** Chosen by cross-validation on four folds of ECB+ and Giveme5W1H (docs/benchmarks.md, "Stories"). */
    public static final StorySettings DEFAULT = new StorySettings(0.25, 0.5, 0.25, 0.25, Duration.ofDays(30), 50, 20, 24, 10, 0.5, 0.7);

    public StorySettings {
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (0, 1]");
        if (wordWeight < 0 || nameWeight < 0 || vectorWeight < 0 || wordWeight + nameWeight + vectorWeight <= 0) {
            throw new IllegalArgumentException("wordWeight, nameWeight and vectorWeight must not be negative and must not all be 0");
        }
        Objects.requireNonNull(window, "window");
        if (window.isNegative() || window.isZero()) throw new IllegalArgumentException("window must be positive");
        if (candidates < 1) throw new IllegalArgumentException("candidates must be at least 1");
        if (membersPerStory < 1) throw new IllegalArgumentException("membersPerStory must be at least 1");
        if (indexedTerms < 1) throw new IllegalArgumentException("indexedTerms must be at least 1");
        if (reexamined < 0) throw new IllegalArgumentException("reexamined must not be negative");
        if (!(otherYearShare >= 0 && otherYearShare <= 1)) throw new IllegalArgumentException("otherYearShare must be in [0, 1]");
        if (!(mergeCohesion >= 0 && mergeCohesion <= 1)) throw new IllegalArgumentException("mergeCohesion must be in [0, 1]");
    }

    /** How alike two articles are, from 0 to 1 (a weighted mean of three cosines, less when their years differ). */
    public double similarity(StoryProfile a, StoryProfile b) {
        double share = a.yearsDiffer(b) ? otherYearShare : 1;
        return share == 0 ? 0 : share * cosines(a, b);
    }

    private double cosines(StoryProfile a, StoryProfile b) {
        double lexical = wordWeight * a.words().dot(b.words()) + nameWeight * a.names().dot(b.names());
        double cosine = a.vectorCosine(b);
        if (Double.isNaN(cosine) || vectorWeight == 0) return wordWeight + nameWeight == 0 ? 0 : lexical / (wordWeight + nameWeight);
        return (lexical + vectorWeight * Math.max(0, cosine)) / (wordWeight + nameWeight + vectorWeight);
    }

    public StorySettings withThreshold(double t) {
        return new StorySettings(t, wordWeight, nameWeight, vectorWeight, window, candidates, membersPerStory, indexedTerms, reexamined, otherYearShare, mergeCohesion);
    }

    public StorySettings withWeights(double words, double names, double vector) {
        return new StorySettings(threshold, words, names, vector, window, candidates, membersPerStory, indexedTerms, reexamined, otherYearShare, mergeCohesion);
    }

    public StorySettings withOtherYearShare(double share) {
        return new StorySettings(threshold, wordWeight, nameWeight, vectorWeight, window, candidates, membersPerStory, indexedTerms, reexamined, share, mergeCohesion);
    }

    public StorySettings withReexamined(int n) {
        return new StorySettings(threshold, wordWeight, nameWeight, vectorWeight, window, candidates, membersPerStory, indexedTerms, n, otherYearShare, mergeCohesion);
    }

    public StorySettings withWindow(Duration w) {
        return new StorySettings(threshold, wordWeight, nameWeight, vectorWeight, w, candidates, membersPerStory, indexedTerms, reexamined, otherYearShare, mergeCohesion);
    }

    public StorySettings withMergeCohesion(double share) {
        return new StorySettings(threshold, wordWeight, nameWeight, vectorWeight, window, candidates, membersPerStory, indexedTerms, reexamined, otherYearShare, share);
    }
}
