package io.newsbot.watch;

import io.newsbot.index.Terms;
import io.newsbot.article.Article;
import io.newsbot.index.Embedder;
import io.newsbot.quote.Attribution;
import io.newsbot.quote.NameMatch;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which watches a new article matches. A person watch matches a statement whose speaker the watched name refers to (the
 * same {@link NameMatch} the answers use, so "Lavrov" is Sergei Lavrov and "White" is not the White House). A topic
 * watch matches when the article holds every stemmed word of the topic, or when the topic's embedding comes close
 * enough to that of the article's title and lead (cosine at least the threshold). The article's statements, words and
 * embedding are worked out once, and only when some watch needs them; each topic's words and embedding are cached.
 */
public final class WatchMatcher {
    private static final int LEAD_WORDS = 80;
    private static final int MAX_TEXT = 240;
    private static final int CACHED_TOPICS = 10_000;
    private final Statements statements;
    private final Embedder embedder;
    private final double threshold;
    private final Map<String, Topic> topics = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Topic> eldest) {
            return size() > CACHED_TOPICS;
        }
    });

    /** A topic's stemmed words and embedding. */
    private record Topic(Set<String> terms, float[] vector) {
    }

    /**
     * @param threshold the least cosine between a topic and an article's title and lead that counts as on the topic
     */
    public WatchMatcher(Statements statements, Embedder embedder, double threshold) {
        this.statements = statements;
        this.embedder = embedder;
        if (threshold <= 0 || threshold > 1) throw new IllegalArgumentException("threshold must be in (0, 1]");
        this.threshold = threshold;
    }

    /** The matches of the article among the watches, at most one per watch. */
    public List<Match> match(Article article, List<Watch> watches) {
        List<Attribution> said = null;
        Set<String> words = null;
        float[] vector = null;
        List<Match> out = new ArrayList<>();
        for (Watch w : watches) {
            if (w.kind() == Watch.Kind.PERSON) {
                if (said == null) said = statements.of(article);
                person(w, said).ifPresent(out::add);
                continue;
            }
            Topic topic = topics.computeIfAbsent(w.subject(), s -> new Topic(Terms.of(s), embedder.embedQuery(s)));
            if (words == null) words = Terms.of(article.title() + "\n" + article.body());
            if (!topic.terms().isEmpty() && words.containsAll(topic.terms())) {
                out.add(new Match(w, "On " + w.subject(), lead(article), "words"));
                continue;
            }
            if (vector == null) vector = embedder.embedPassages(List.of(passage(article))).get(0);
            if (cosine(topic.vector(), vector) >= threshold) out.add(new Match(w, "On " + w.subject(), lead(article), "meaning"));
        }
        return out;
    }

    /** What of an article is compared with a topic's meaning: its title and first words. */
    public static String passage(Article article) {
        return article.title() + "\n" + leadWords(article.body());
    }

    private static java.util.Optional<Match> person(Watch w, List<Attribution> said) {
        for (Attribution a : said) {
            if (!NameMatch.refersTo(w.subject(), a.source())) continue;
            return java.util.Optional.of(new Match(w, a.speaker() + " said", "“" + shorten(a.content().strip()) + "”", "speaker"));
        }
        return java.util.Optional.empty();
    }

    private static String lead(Article article) {
        String body = article.body().strip();
        int end = body.indexOf(". ");
        String first = end > 0 ? body.substring(0, end + 1) : body;
        return article.title() + ": " + shorten(first);
    }

    private static String leadWords(String body) {
        String[] words = body.strip().split("\\s+", LEAD_WORDS + 1);
        return String.join(" ", java.util.Arrays.asList(words).subList(0, Math.min(words.length, LEAD_WORDS)));
    }

    private static String shorten(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_TEXT) return text;
        return text.substring(0, text.offsetByCodePoints(0, MAX_TEXT - 1)).stripTrailing() + "…";
    }

    public static double cosine(float[] a, float[] b) {
        double dot = 0;
        double na = 0;
        double nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }
}
