package io.newsbot.answer;

import io.newsbot.index.Terms;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores a sentence of a retrieved passage for a question: how many of the question's words it holds, how well its
 * passage matched, and whether it holds the kind of fact the question asks for that the question does not already give
 * (a number for "how many", a year for "when", a name for "who" or "which country"), so the answer leads with the
 * sentence that holds the fact. Weights are calibrated on RealTimeQA (docs/benchmarks.md).
 */
public final class SentenceScorer {
    /**
     * @param passage  how much the passage's own search score counts, against the share of the question's words the
     *                 sentence holds
     * @param fact     what holding the asked-for kind of fact adds
     * @param echo     what a sentence loses that only restates the question (almost no word of its own)
     * @param question what a sentence loses that is itself a question
     * @param caption  what a photo caption or credit loses ("Hide Caption 3 of 9", "Getty Images")
     * @param rarity   how far (0..1) the question's words are weighted by how few of the candidate sentences hold them,
     *                 so the words that tell the answer apart count more than the topic they all share
     * @param ask      how much more the words of the asking clause count ("Who was the designer?" after the context)
     * @param agreed   what holding the asked-for kind of fact that most other candidate sentences also name adds: the
     *                 answer to a news question tends to be repeated across articles
     * @param meaning  how much the sentence's cosine to the question (by the index's embedder) counts, so the sentence
     *                 that answers can lead when it shares few words with the question; 0 embeds nothing
     */
    public record Weights(double passage, double fact, double echo, double question, double caption, double rarity, double ask, double agreed,
                          double meaning) {
        public static final Weights DEFAULT = new Weights(0.5, 0.3, 0.0, 0.3, 0.3, 0.6, 2.0, 0.3, 0.5);

        public Weights withMeaning(double meaning) {
            return new Weights(passage, fact, echo, question, caption, rarity, ask, agreed, meaning);
        }
    }

    /** The kind of fact a question asks for. */
    enum Fact { NUMBER, YEAR, NAME, ANY }

    private static final Pattern NUMBER_QUESTION = Pattern.compile("\\b(?:how (?:many|much|long|old|far|tall|high|big|large|fast|deep|heavy|often)|"
            + "what (?:percentage|percent|age|number|score|share|proportion|amount|price|sum)|by how|at what age|magnitude)\\b");
    private static final Pattern YEAR_QUESTION = Pattern.compile("\\b(?:(?:what|which|in what) (?:year|decade|century)|when)\\b");
    private static final Pattern NAME_QUESTION = Pattern.compile("\\b(?:who|whom|whose|which|where|what (?:country|city|state|nation|company|team|"
            + "film|movie|show|book|song|album|brand|is the name|was the name|name)|named|called|titled)\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b(?:\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
            + "twenty|thirty|forty|fifty|hundred|thousand|million|billion|trillion|dozen|half)\\b|%");
    private static final Pattern YEAR = Pattern.compile("\\b(?:1[5-9]\\d\\d|20\\d\\d)\\b|\\b(?:January|February|March|April|May|June|July|August|"
            + "September|October|November|December)\\b");
    private static final Pattern CAPITALISED = Pattern.compile("\\b[A-Z][\\p{L}'\u2019.-]*[\\p{L}]");
    private static final Set<String> NOT_NAMES = Set.of("the", "a", "an", "he", "she", "it", "they", "we", "i", "his", "her", "their", "its",
            "but", "and", "in", "on", "at", "for", "as", "if", "when", "while", "after", "before", "this", "that", "these", "those", "there",
            "mr", "mrs", "ms", "dr", "according", "however", "meanwhile", "also", "still", "now", "so", "yet", "what", "who", "which",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    private static final Pattern CAPTION = Pattern.compile("(?i)hide caption|\\bphotos?:|getty images|/AP\\b|/AFP\\b|/Reuters\\b|\\bcredit:|"
            + "\\(photo\\b|^\\s*(?:read more|more|related|watch|click)\\s*:");
    /** Below this share of words of its own, a sentence only restates the question. */
    private static final double ECHO = 0.25;
    private final Weights weights;

    public SentenceScorer(Weights weights) {
        this.weights = weights;
    }

    /** Whether sentences need their cosine to the question. */
    boolean usesMeaning() {
        return weights.meaning() != 0;
    }

    /**
     * What a question looks for, computed once per question.
     *
     * @param weights each of the question's terms and what it counts for, once the candidates are known
     */
    record Query(Set<String> terms, Set<String> askTerms, Set<String> words, Fact fact, Map<String, Double> weights, Map<String, Double> agreement) {
    }

    Query query(Question question) {
        String text = question.text().toLowerCase(Locale.ROOT);
        Fact fact = NUMBER_QUESTION.matcher(text).find() ? Fact.NUMBER : YEAR_QUESTION.matcher(text).find() ? Fact.YEAR
                : NAME_QUESTION.matcher(text).find() ? Fact.NAME : Fact.ANY;
        Set<String> words = new HashSet<>();
        for (String w : text.split("[^\\p{L}\\p{N}]+")) if (!w.isEmpty()) words.add(w);
        // Quizzes and long questions give context first and ask last: "Kim Kardashian wore ... . Who designed the dress?"
        String[] clauses = question.text().strip().split("(?<=[.!?:])\\s+(?=[A-Z\"“])");
        Set<String> ask = clauses.length > 1 ? Terms.of(clauses[clauses.length - 1]) : Set.of();
        Set<String> terms = Terms.of(question.searchText());
        return new Query(terms, ask, words, fact, Map.of(), Map.of());
    }

    /**
     * The query with its terms weighted by how rare they are among the candidate sentences' terms, and the facts of the
     * asked-for kind weighted by how many candidate sentences name them.
     */
    Query weighted(Query q, Collection<Set<String>> candidates, Collection<String> texts) {
        Map<String, Double> agreement = new HashMap<>();
        if (weights.agreed() > 0) {
            Map<String, Integer> count = new HashMap<>();
            for (String text : texts) for (String f : facts(q, text)) count.merge(f, 1, Integer::sum);
            int most = count.values().stream().mapToInt(Integer::intValue).max().orElse(1);
            count.forEach((f, c) -> agreement.put(f, c > 1 ? c / (double) most : 0));
        }
        Map<String, Double> w = new HashMap<>();
        int n = candidates.size();
        for (String t : q.terms()) {
            int df = 0;
            for (Set<String> c : candidates) if (c.contains(t)) df++;
            double rare = Math.log(1 + n / (1.0 + df));
            double weight = (1 - weights.rarity()) + weights.rarity() * rare;
            w.put(t, weight * (q.askTerms().contains(t) ? weights.ask() : 1));
        }
        return new Query(q.terms(), q.askTerms(), q.words(), q.fact(), w, agreement);
    }

    /**
     * The sentence's score, or 0 to leave it out (it holds none of the question's words and its passage is not the best).
     *
     * @param passageScore its passage's search score over the best passage's
     * @param rank         its passage's rank, from 0
     * @param cosine       its cosine to the question, or 0 when not embedded
     */
    double score(Query q, String text, Set<String> terms, double passageScore, int rank, double cosine) {
        int hits = 0;
        double total = 0;
        double held = 0;
        for (String t : q.terms()) {
            double w = q.weights().getOrDefault(t, 1.0);
            total += w;
            if (terms.contains(t)) {
                hits++;
                held += w;
            }
        }
        double overlap = total == 0 ? 0 : held / total;
        if (overlap == 0 && rank > 0) return 0;
        double score = overlap + weights.passage() * passageScore + weights.meaning() * cosine + 1e-9;
        if (weights.fact() > 0 && holdsFact(q, text)) score += weights.fact();
        if (weights.agreed() > 0) {
            double best = 0;
            for (String f : facts(q, text)) best = Math.max(best, q.agreement().getOrDefault(f, 0.0));
            score += weights.agreed() * best;
        }
        if (weights.echo() > 0 && hits < terms.size() && (terms.size() - hits) < ECHO * terms.size()) score -= weights.echo();
        if (weights.echo() > 0 && hits == terms.size()) score -= weights.echo();
        if (text.stripTrailing().endsWith("?")) score -= weights.question();
        if (CAPTION.matcher(text).find()) score -= weights.caption();
        return Math.max(score, 1e-9);
    }

    /** Whether the sentence holds a fact of the kind asked for that the question itself does not give. */
    static boolean holdsFact(Query q, String text) {
        return switch (q.fact()) {
            case NUMBER -> newMatch(NUMBER, text, q.words());
            case YEAR -> newMatch(YEAR, text, q.words());
            case NAME -> newName(text, q.words());
            case ANY -> newName(text, q.words()) || newMatch(NUMBER, text, q.words());
        };
    }

    /** The facts of the asked-for kind in a sentence that the question does not give, in lower case. */
    static Set<String> facts(Query q, String text) {
        Set<String> out = new HashSet<>();
        if (q.fact() == Fact.NUMBER || q.fact() == Fact.ANY) collect(NUMBER, text, q.words(), out);
        if (q.fact() == Fact.YEAR) collect(YEAR, text, q.words(), out);
        if (q.fact() == Fact.NAME || q.fact() == Fact.ANY) collect(CAPITALISED, text, q.words(), out);
        return out;
    }

    private static void collect(Pattern p, String text, Set<String> questionWords, Set<String> out) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("['’]s$", "").replaceAll("[,.]$", "");
            if (!NOT_NAMES.contains(w) && !questionWords.contains(w) && !w.isEmpty()) out.add(w);
        }
    }

    private static boolean newMatch(Pattern p, String text, Set<String> questionWords) {
        Matcher m = p.matcher(text);
        while (m.find()) if (!questionWords.contains(m.group().toLowerCase(Locale.ROOT).replaceAll("[,.]$", ""))) return true;
        return false;
    }

    private static boolean newName(String text, Set<String> questionWords) {
        Matcher m = CAPITALISED.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT).replaceAll("['\u2019]s$", "");
            if (!NOT_NAMES.contains(w) && !questionWords.contains(w)) return true;
        }
        return false;
    }
}
