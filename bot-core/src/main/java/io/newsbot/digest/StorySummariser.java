package io.newsbot.digest;

import io.newsbot.index.Chunk.Sentence;
import io.newsbot.index.SentenceSplitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Sums a story up from several outlets' articles in a few of their own sentences: what most outlets say is
 * the story, so a sentence scores for how much it shares with the other outlets' articles and with all their
 * titles, on top of its position in its article (the lead comes first in news). The best sentences are taken,
 * skipping any too like one already taken (outlets repeat each other) and any that leans on a sentence not
 * taken ("But ...", "She added:"), until the word budget is reached. No sentence is written, only chosen.
 */
public final class StorySummariser {
    private final SentenceSplitter splitter;
    private final Weights weights;

    /**
     * How sentences are scored and picked; {@link #DEFAULT} was tuned on the even-numbered stories of neus-val and
     * checked on the odd ones (docs/benchmarks.md, "Story summaries").
     *
     * @param positionDecay sentence i (from 0) of its article scores 1 / (1 + i)^positionDecay
     * @param consensus     weight of the cosine between the sentence and the other articles' text
     * @param titles        weight of the cosine between the sentence and all the articles' titles
     * @param maxRedundancy a sentence this like (cosine) a picked one is skipped
     * @param wordBudget    sentences are added until the summary has this many words
     * @param maxSentences  the most sentences a summary has
     */
    public record Weights(double positionDecay, double consensus, double titles, double maxRedundancy, int wordBudget, int maxSentences) {
        public static final Weights DEFAULT = new Weights(0.75, 1.0, 2.0, 0.3, 55, 4);

        public Weights {
            if (positionDecay < 0) throw new IllegalArgumentException("positionDecay must not be negative");
            if (wordBudget < 1) throw new IllegalArgumentException("wordBudget must be at least 1");
            if (maxSentences < 1) throw new IllegalArgumentException("maxSentences must be at least 1");
        }
    }

    /**
     * One outlet's article.
     *
     * @param title its title, may be empty
     * @param body  its text, paragraphs separated by blank lines
     */
    public record Source(String title, String body) {
        public Source {
            title = title == null ? "" : title;
            Objects.requireNonNull(body, "body");
        }
    }

    /**
     * A sentence of the summary and where it comes from.
     *
     * @param text     the sentence, verbatim (a dateline in front removed)
     * @param source   the index of its article among the sources
     * @param position its index among its article's sentences
     */
    public record Picked(String text, int source, int position) {
    }

    public StorySummariser(SentenceSplitter splitter) {
        this(splitter, Weights.DEFAULT);
    }

    public StorySummariser(SentenceSplitter splitter, Weights weights) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    /** The summary's sentences, most telling first, each right after the sentence it leans on when it leans on one. */
    public List<Picked> summarise(List<Source> sources) {
        List<Candidate> candidates = new ArrayList<>();
        List<WordVector> titles = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            titles.add(WordVector.of(sources.get(s).title()));
            int position = 0;
            for (Sentence sentence : splitter.split(LeadBiasedSummariser.withoutCaptionBlocks(sources.get(s).body()))) {
                String text = LeadBiasedSummariser.withoutLeadTag(sentence.text());
                if (!text.isEmpty()) candidates.add(new Candidate(s, position, text, WordVector.of(text), text.split("\\s+").length));
                position++;
            }
        }
        WordVector allTitles = WordVector.sum(titles);
        List<WordVector> bySource = new ArrayList<>();
        for (int s = 0; s < sources.size(); s++) {
            int source = s;
            bySource.add(WordVector.sum(candidates.stream().filter(c -> c.source() == source).map(Candidate::words).toList()));
        }
        WordVector all = WordVector.sum(bySource);
        List<Scored> ranked = new ArrayList<>();
        for (Candidate c : candidates) {
            WordVector others = all.minus(bySource.get(c.source()));
            double score = 1.0 / Math.pow(1 + c.position(), weights.positionDecay()) + weights.consensus() * c.words().cosine(others)
                    + weights.titles() * c.words().cosine(allTitles);
            if (c.length() < 8) score -= 0.5;
            if (c.length() > 45) score -= 0.3;
            if ("\"'‘“".indexOf(c.text().charAt(0)) >= 0) score -= 0.2;
            if (c.text().endsWith("?")) score -= 0.3;
            ranked.add(new Scored(c, score));
        }
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(s -> s.candidate().position())
                .thenComparingInt(s -> s.candidate().source()));
        return order(pick(ranked));
    }

    private List<Candidate> pick(List<Scored> ranked) {
        List<Candidate> picked = new ArrayList<>();
        int words = 0;
        for (Scored s : ranked) {
            if (picked.size() >= weights.maxSentences() || words >= weights.wordBudget()) break;
            Candidate c = s.candidate();
            if (picked.stream().anyMatch(p -> p.words().cosine(c.words()) > weights.maxRedundancy())) continue;
            if (c.position() > 0 && Dependence.needsPrevious(c.text()) && picked.stream().noneMatch(p -> p.isRightBefore(c))) continue;
            picked.add(c);
            words += c.length();
        }
        return picked;
    }

    /** Keeps the picking order, but puts a sentence that leans on another right after it. */
    private static List<Picked> order(List<Candidate> picked) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : picked) {
            if (out.contains(c)) continue;
            out.add(c);
            Candidate last = c;
            for (Candidate next = follower(picked, last); next != null && !out.contains(next); next = follower(picked, last)) {
                out.add(next);
                last = next;
            }
        }
        return out.stream().map(c -> new Picked(c.text(), c.source(), c.position())).toList();
    }

    private static Candidate follower(List<Candidate> picked, Candidate c) {
        return picked.stream().filter(c::isRightBefore).findFirst().orElse(null);
    }

    private record Candidate(int source, int position, String text, WordVector words, int length) {
        boolean isRightBefore(Candidate other) {
            return source == other.source && position == other.position - 1;
        }
    }

    private record Scored(Candidate candidate, double score) {
    }
}
