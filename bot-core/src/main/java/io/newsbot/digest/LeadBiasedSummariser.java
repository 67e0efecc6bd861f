package io.newsbot.digest;

import io.newsbot.index.Chunk.Sentence;
import io.newsbot.index.SentenceSplitter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An extractive summariser that starts from the lead, as news is written, and corrects it: each sentence
 * scores for its position (decaying from the first), for how central it is to the article (cosine of its
 * content words with the rest), and loses for being very short, very long, a photo caption, a question or
 * a bare quotation. The best sentences are taken, skipping near-repeats, until two of them reach the word
 * budget or three are taken, never a sentence that leans on one it leaves out ("She added:", "But ..."). On held-out
 * CNN/DailyMail articles it scores Lead-3 within noise (docs/benchmarks.md, "Digest summaries").
 */
public final class LeadBiasedSummariser implements Summariser {
    /**
     * Datelines and page furniture in front of the first words: "(CNN)", "Oct. 4 (UPI) —", "WASHINGTON (AP) —",
     * "WASHINGTON ―", "Scroll down for video".
     */
    private static final Pattern LEAD_TAG = Pattern.compile("^(?:(?:[A-Z][A-Za-z0-9.,' ]{0,40}?\\s*)?\\((?:CNN|AP|UPI|Reuters|AFP|The Hollywood Reporter)\\)"
            + "\\s*(?:[-–—―]+\\s*)?|[A-Z][A-Z.,' ]{2,40}\\s+[–—―-]+\\s+|Scroll down for video\\s*)");
    private static final Pattern CAPTION = Pattern.compile(
            "\\((pictured|above|below|left|right|centre|center|file photo|stock image)[^)]*\\)|\\bpictured\\b|\\((?-i:L|R|C)\\)"
                    + "|Getty Images|\\bAP Photo\\b|\\b(AFP|Reuters|EPA)/", Pattern.CASE_INSENSITIVE);
    private static final Pattern CREDIT = Pattern.compile("Getty Images|\\bAP Photo\\b|\\b(AFP|Reuters|EPA)/|\\bPhoto(graph)?: ");
    private static final int CAPTION_BLOCK_WORDS = 60;
    private static final double TITLE_REPEAT = 0.9;
    private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

    private final SentenceSplitter splitter;
    private final Weights weights;

    /**
     * How sentences are scored and picked; {@link #DEFAULT} was tuned on half of the CNN/DailyMail sample and
     * checked on the other half.
     *
     * @param positionDecay   the first sentence scores 1, sentence i (from 0) scores 1 / (1 + i)^positionDecay
     * @param centrality      weight of the cosine between the sentence and the rest of the article
     * @param minWords        sentences shorter than this lose {@code shortPenalty}
     * @param shortPenalty    what a too-short sentence loses
     * @param maxWords        sentences longer than this lose {@code longPenalty} per {@code maxWords} words over
     * @param longPenalty     what a too-long sentence loses per {@code maxWords} words over
     * @param captionPenalty  what a sentence that reads like a photo caption loses
     * @param questionPenalty what a question loses
     * @param quotePenalty    what a sentence opening with a quotation mark loses
     * @param wordBudget      once two sentences reach this many words, no third is added
     * @param maxRedundancy   a sentence this similar (cosine) to a picked one is skipped
     * @param standalone      whether a sentence that leans on the one before it ("She added:", "But") is only taken right
     *                        after it; false reproduces the summariser before that rule, for comparison
     */
    public record Weights(double positionDecay, double centrality, int minWords, double shortPenalty, int maxWords, double longPenalty,
                          double captionPenalty, double questionPenalty, double quotePenalty, int wordBudget, double maxRedundancy,
                          boolean standalone) {
        public static final Weights DEFAULT = new Weights(0.75, 0.1, 8, 0.5, 40, 2.0, 0.3, 0.3, 0.1, 70, 0.6, true);

        public Weights {
            if (positionDecay < 0) throw new IllegalArgumentException("positionDecay must not be negative");
            if (minWords < 0 || maxWords < 1) throw new IllegalArgumentException("minWords must be >= 0 and maxWords >= 1");
            if (wordBudget < 1) throw new IllegalArgumentException("wordBudget must be at least 1");
        }
    }

    public LeadBiasedSummariser(SentenceSplitter splitter) {
        this(splitter, Weights.DEFAULT);
    }

    public LeadBiasedSummariser(SentenceSplitter splitter, Weights weights) {
        this.splitter = Objects.requireNonNull(splitter, "splitter");
        this.weights = Objects.requireNonNull(weights, "weights");
    }

    @Override
    public List<String> summarise(String title, String body) {
        List<Candidate> candidates = new ArrayList<>();
        WordVector headline = WordVector.of(title == null ? "" : title);
        int position = 0;
        for (Sentence s : splitter.split(withoutCaptionBlocks(body))) {
            String text = withoutLeadTag(s.text());
            WordVector words = WordVector.of(text);
            // Many pages repeat the headline as the first line of the text: it says nothing the title does not.
            boolean repeatsTitle = words.cosine(headline) > TITLE_REPEAT;
            if (!text.isEmpty() && !repeatsTitle) candidates.add(new Candidate(position, text, words, SPACES.split(text).length));
            position++;
        }
        WordVector whole = WordVector.sum(candidates.stream().map(Candidate::words).toList());
        List<Scored> ranked = new ArrayList<>();
        for (Candidate c : candidates) ranked.add(new Scored(c, score(c, whole)));
        ranked.sort(Comparator.comparingDouble(Scored::score).reversed().thenComparingInt(s -> s.candidate().position()));
        return pick(ranked);
    }

    /** The sentence without a dateline or page furniture in front ("(CNN)", "WASHINGTON (AP) —"). */
    static String withoutLeadTag(String sentence) {
        return LEAD_TAG.matcher(sentence).replaceFirst("").strip();
    }

    /** Drops short paragraphs that carry a photo credit: they caption a picture the text no longer has. */
    static String withoutCaptionBlocks(String body) {
        StringBuilder out = new StringBuilder(body.length());
        for (String paragraph : body.split("\n\n")) {
            if (CREDIT.matcher(paragraph).find() && SPACES.split(paragraph.strip()).length < CAPTION_BLOCK_WORDS) continue;
            if (out.length() > 0) out.append("\n\n");
            out.append(paragraph);
        }
        return out.toString();
    }

    private double score(Candidate c, WordVector whole) {
        Weights w = weights;
        double score = 1.0 / Math.pow(1 + c.position(), w.positionDecay()) + w.centrality() * c.words().cosine(whole.minus(c.words()));
        if (c.length() < w.minWords()) score -= w.shortPenalty();
        if (c.length() > w.maxWords()) score -= w.longPenalty() * (c.length() - w.maxWords()) / w.maxWords();
        if (CAPTION.matcher(c.text()).find()) score -= w.captionPenalty();
        if (c.text().endsWith("?")) score -= w.questionPenalty();
        if ("\"'‘“".indexOf(c.text().charAt(0)) >= 0) score -= w.quotePenalty();
        return score;
    }

    private List<String> pick(List<Scored> ranked) {
        List<Candidate> picked = new ArrayList<>();
        int words = 0;
        for (Scored s : ranked) {
            if (picked.size() == 3 || picked.size() >= 2 && words >= weights.wordBudget()) break;
            Candidate c = s.candidate();
            if (picked.stream().anyMatch(p -> p.words().cosine(c.words()) > weights.maxRedundancy())) continue;
            if (weights.standalone() && c.position() > 0 && Dependence.needsPrevious(c.text())
                    && picked.stream().noneMatch(p -> p.position() == c.position() - 1)) {
                continue;
            }
            picked.add(c);
            words += c.length();
        }
        picked.sort(Comparator.comparingInt(Candidate::position));
        return (weights.standalone() ? standalone(picked) : picked).stream().map(Candidate::text).toList();
    }

    /**
     * Leaves out picked sentences that lean on a sentence the summary does not show right before them ("She added:",
     * "But ..."): the first sentence of the article leans on nothing but its title.
     */
    private static List<Candidate> standalone(List<Candidate> picked) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : picked) {
            boolean follows = !out.isEmpty() && out.get(out.size() - 1).position() == c.position() - 1;
            if (c.position() == 0 || follows || !Dependence.needsPrevious(c.text())) out.add(c);
        }
        return out;
    }

    private record Candidate(int position, String text, WordVector words, int length) {
    }

    private record Scored(Candidate candidate, double score) {
    }
}
