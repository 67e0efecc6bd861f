package io.newsbot.answer;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.index.Chunk.Sentence;
import io.newsbot.index.Passage;
import io.newsbot.platform.Reply;
import io.newsbot.quote.Attribution;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The default answerer, with no language model: it quotes the sentences that answer the question, chosen for
 * relevance and diversity (maximal marginal relevance), grouped by article with citations, and leads with who
 * said what. It never writes a sentence of its own about the news.
 */
public final class ExtractiveAnswerer implements Answerer {
    private static final int PASSAGES = 8;
    private static final int MAX_SENTENCES = 5;
    private static final int MAX_CHARS = 1400;
    private static final double LAMBDA = 0.7;

    private final Retriever retriever;
    private final ArticleStore store;
    private final AttributionCache attributions;
    private final CorpusTopics topics;

    public ExtractiveAnswerer(Retriever retriever, ArticleStore store, AttributionCache attributions, CorpusTopics topics) {
        this.retriever = retriever;
        this.store = store;
        this.attributions = attributions;
        this.topics = topics;
    }

    @Override
    public Reply answer(Question question, Reply previous) {
        if (question.intent() == Question.Intent.WHO_SAID_THAT) return whoSaidThat(previous);
        Retriever.Retrieval retrieval = retriever.retrieve(question, PASSAGES);
        if (!retrieval.covered()) return notCovered(question);
        List<Candidate> candidates = candidates(question, retrieval.result().passages());
        if (question.intent() == Question.Intent.SPEAKER) {
            List<Candidate> bySpeaker = candidates.stream().filter(c -> c.attribution != null
                    && io.newsbot.quote.NameMatch.matches(c.attribution.speaker(), question.speaker())).toList();
            if (!bySpeaker.isEmpty()) candidates = bySpeaker;
            else return notQuoted(question, candidates);
        }
        List<Candidate> chosen = mmr(candidates);
        if (chosen.isEmpty()) return notCovered(question);
        return compose(question, chosen);
    }

    /** Every sentence of the top passages, scored for the question. */
    List<Candidate> candidates(Question question, List<Passage> passages) {
        Set<String> queryTerms = Terms.of(question.searchText());
        double top = passages.isEmpty() ? 1 : passages.get(0).score();
        Map<Long, Article> articles = new HashMap<>();
        List<Candidate> out = new ArrayList<>();
        for (int rank = 0; rank < passages.size(); rank++) {
            Passage p = passages.get(rank);
            Article article = articles.computeIfAbsent(p.articleId(), id -> store.byId(id).orElse(null));
            if (article == null) continue;
            List<Attribution> found = attributions.of(article);
            for (Sentence s : p.sentences()) {
                Set<String> terms = Terms.of(s.text());
                double overlap = queryTerms.isEmpty() ? 0 : intersection(queryTerms, terms) / (double) queryTerms.size();
                Attribution a = attributionIn(found, s);
                double score = overlap + 0.5 * p.score() / top + (a != null && !a.speaker().isEmpty() ? 0.2 : 0);
                if (overlap > 0 || rank == 0 || (a != null && question.intent() == Question.Intent.SPEAKER)) {
                    out.add(new Candidate(article, s, terms, a, score));
                }
            }
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> -c.score));
        return out;
    }

    private static Attribution attributionIn(List<Attribution> found, Sentence s) {
        Attribution best = null;
        for (Attribution a : found) {
            int overlap = Math.min(a.contentEnd(), s.end()) - Math.max(a.contentStart(), s.start());
            if (overlap > 0 && (best == null || best.speaker().isEmpty() && !a.speaker().isEmpty())) best = a;
        }
        return best;
    }

    /** Maximal marginal relevance: relevant sentences that do not repeat each other or one article. */
    private static List<Candidate> mmr(List<Candidate> candidates) {
        List<Candidate> chosen = new ArrayList<>();
        List<Candidate> pool = new ArrayList<>(candidates);
        int chars = 0;
        while (!pool.isEmpty() && chosen.size() < MAX_SENTENCES) {
            Candidate best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (Candidate c : pool) {
                double redundancy = 0;
                for (Candidate d : chosen) {
                    double sim = jaccard(c.terms, d.terms) + (c.article.id() == d.article.id() ? 0.1 : 0);
                    redundancy = Math.max(redundancy, sim);
                }
                double value = LAMBDA * c.score - (1 - LAMBDA) * redundancy;
                if (value > bestValue) {
                    bestValue = value;
                    best = c;
                }
            }
            pool.remove(best);
            Candidate pick = best;
            if (chars + pick.sentence.text().length() > MAX_CHARS && !chosen.isEmpty()) continue;
            if (chosen.stream().anyMatch(d -> jaccard(d.terms, pick.terms) > 0.8)) continue;
            chosen.add(pick);
            chars += pick.sentence.text().length();
        }
        return chosen;
    }

    private Reply compose(Question question, List<Candidate> chosen) {
        Map<Long, List<Candidate>> byArticle = new LinkedHashMap<>();
        for (Candidate c : chosen) byArticle.computeIfAbsent(c.article.id(), id -> new ArrayList<>()).add(c);
        Citations citations = new Citations();
        List<Reply.Section> sections = new ArrayList<>();
        List<List<Candidate>> groups = new ArrayList<>(byArticle.values());
        if (question.intent() == Question.Intent.LATEST) {
            groups.sort(Comparator.comparing((List<Candidate> g) -> g.get(0).article.publishedAt()).reversed());
        }
        for (List<Candidate> group : groups) {
            Article article = group.get(0).article;
            int n = citations.number(article);
            group.sort(Comparator.comparingInt((Candidate c) -> c.attribution != null && !c.attribution.speaker().isEmpty() ? 0 : 1)
                    .thenComparingInt(c -> c.sentence.start()));
            List<Reply.Item> items = group.stream()
                    .map(c -> new Reply.Item(c.attribution == null ? "" : c.attribution.speaker(), c.sentence.text(), List.of(n)))
                    .toList();
            sections.add(new Reply.Section(article.title(), items));
        }
        return new Reply(Reply.Kind.ANSWER, intro(question), sections, citations.list());
    }

    private static String intro(Question q) {
        return switch (q.intent()) {
            case SPEAKER -> "What " + q.speaker() + " said, according to the articles:";
            case LATEST -> "The newest on " + q.topic() + ":";
            default -> "Here is what the articles say about " + q.topic() + ":";
        };
    }

    private Reply notQuoted(Question question, List<Candidate> candidates) {
        if (candidates.isEmpty()) return notCovered(question);
        Reply about = compose(new Question(question.text(), question.searchText(), "", question.filter(), Question.Intent.ABOUT), mmr(candidates));
        return new Reply(Reply.Kind.ANSWER, "The articles do not quote " + question.speaker() + ", but they mention them:",
                about.sections(), about.citations());
    }

    /** The reply for a question the articles do not cover, naming what they do cover. */
    public Reply notCovered(Question question) {
        List<String> main = topics.top(5);
        String suggestion = main.isEmpty() ? "" : " They mostly cover " + String.join(", ", main) + ".";
        return Reply.text(Reply.Kind.NOT_COVERED, "The articles I have don't cover that." + suggestion);
    }

    private static Reply whoSaidThat(Reply previous) {
        if (previous == null || previous.kind() != Reply.Kind.ANSWER) {
            return Reply.info("Ask me something first, then I can tell you who said it.");
        }
        List<Reply.Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Reply.Section s : previous.sections()) {
            for (Reply.Item i : s.items()) {
                if (!i.speaker().isEmpty() && seen.add(i.speaker())) items.add(new Reply.Item(i.speaker(), i.text(), i.citations()));
            }
        }
        if (items.isEmpty()) return Reply.info("Those statements are the articles' own reporting, not attributed to anyone.");
        return new Reply(Reply.Kind.ANSWER, "Who said it:", List.of(new Reply.Section("", items)), previous.citations());
    }

    private static int intersection(Set<String> a, Set<String> b) {
        int n = 0;
        for (String s : a) if (b.contains(s)) n++;
        return n;
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        int inter = intersection(a, b);
        return inter / (double) (a.size() + b.size() - inter);
    }

    /** A sentence that could go into the answer. */
    record Candidate(Article article, Sentence sentence, Set<String> terms, Attribution attribution, double score) {
    }
}
