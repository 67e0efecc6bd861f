package io.newsbot.answer;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.index.Chunk.Sentence;
import io.newsbot.index.Passage;
import io.newsbot.platform.Reply;
import io.newsbot.statement.Excerpts;
import io.newsbot.statement.SpeakerKind;
import io.newsbot.statement.Statement;
import io.newsbot.statement.StatementStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers what the articles say about a topic: the sentence that best answers the question first, then a few more
 * chosen for relevance and variety (maximal marginal relevance), whole sentences, with who said them where the
 * statement store knows, grouped by article and cited. It never writes a sentence of its own about the news.
 */
final class TopicAnswerer {
    static final int PASSAGES = 8;
    private static final int MAX_SENTENCES = 5;
    private static final int MAX_CHARS = 1400;
    /** How far "more" can page: the ranking is computed this deep. */
    private static final int RANKED = 30;
    private static final double LAMBDA = 0.7;
    private final ArticleStore store;
    private final StatementStore statements;
    private final SentenceScorer scorer;

    TopicAnswerer(ArticleStore store, StatementStore statements, SentenceScorer scorer) {
        this.store = store;
        this.statements = statements;
        this.scorer = scorer;
    }

    /** The answer from the retrieved passages, or {@code null} when no sentence of them fits the question. */
    Reply answer(Question question, List<Passage> passages, Reply previous) {
        List<Candidate> ranked = mmr(candidates(question, passages));
        if (ranked.isEmpty()) return null;
        int from = 0;
        if (question.more()) {
            List<AnswerLayout.Entry> entries = ranked.stream().map(Candidate::entry).toList();
            from = Continuation.after(previous, entries);
            if (from >= ranked.size()) return Reply.info("That is all the articles I have say about " + question.topic() + ".");
        }
        List<Candidate> chosen = new ArrayList<>();
        int chars = 0;
        for (Candidate c : ranked.subList(from, ranked.size())) {
            if (chosen.size() == MAX_SENTENCES) break;
            if (!chosen.isEmpty() && chars + c.text().length() > MAX_CHARS) continue;
            chosen.add(c);
            chars += c.text().length();
        }
        return AnswerLayout.lay(intro(question), chosen.stream().map(Candidate::entry).toList(), ReplySize.ONE_MESSAGE).reply();
    }

    private static String intro(Question q) {
        return q.intent() == Question.Intent.LATEST ? "The newest on " + q.topic() + ":" : "Here is what the articles say about " + q.topic() + ":";
    }

    /** Every sentence of the passages, made whole and scored for the question, best first. */
    List<Candidate> candidates(Question question, List<Passage> passages) {
        SentenceScorer.Query query = scorer.query(question);
        double top = passages.isEmpty() ? 1 : passages.get(0).score();
        Map<Long, Article> articles = new HashMap<>();
        for (Article a : store.byIds(passages.stream().map(Passage::articleId).distinct().toList())) articles.put(a.id(), a);
        Map<Long, List<Statement>> said = new HashMap<>();
        for (Statement s : statements.byArticles(articles.keySet())) said.computeIfAbsent(s.articleId(), id -> new ArrayList<>()).add(s);
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int rank = 0; rank < passages.size(); rank++) {
            Passage p = passages.get(rank);
            Article article = articles.get(p.articleId());
            if (article == null) continue;
            for (Sentence s : p.sentences()) {
                Excerpts.Excerpt e = Excerpts.whole(article.body(), s.start(), s.end(), Excerpts.MAX_CHARS);
                if (!seen.add(article.id() + ":" + e.start())) continue;
                Set<String> terms = Terms.of(e.text());
                double score = scorer.score(query, e.text(), terms, p.score() / top, rank);
                if (score <= 0) continue;
                out.add(new Candidate(article, e, terms, speakerOf(said.get(article.id()), e), score));
            }
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> -c.score()));
        return out;
    }

    /**
     * Who said the sentence, where the statement store has one named speaker for it; a sentence that reports two people
     * ("Putin pledged ..., and Peskov warned ...") names them itself and gets no label.
     */
    private static String speakerOf(List<Statement> said, Excerpts.Excerpt e) {
        if (said == null) return "";
        Set<String> speakers = new HashSet<>();
        for (Statement s : said) {
            if (s.kind() != SpeakerKind.UNKNOWN && s.start() <= e.start() && s.end() >= e.end()) speakers.add(s.speaker());
        }
        return speakers.size() == 1 ? speakers.iterator().next() : "";
    }

    /** Maximal marginal relevance: relevant sentences that do not repeat each other or one article. */
    private static List<Candidate> mmr(List<Candidate> candidates) {
        List<Candidate> chosen = new ArrayList<>();
        List<Candidate> pool = new ArrayList<>(candidates);
        while (!pool.isEmpty() && chosen.size() < RANKED) {
            Candidate best = null;
            double bestValue = Double.NEGATIVE_INFINITY;
            for (Candidate c : pool) {
                double redundancy = 0;
                for (Candidate d : chosen) {
                    redundancy = Math.max(redundancy, jaccard(c.terms(), d.terms()) + (c.article().id() == d.article().id() ? 0.1 : 0));
                }
                double value = LAMBDA * c.score() - (1 - LAMBDA) * redundancy;
                if (value > bestValue) {
                    bestValue = value;
                    best = c;
                }
            }
            pool.remove(best);
            Candidate pick = best;
            if (chosen.stream().noneMatch(d -> jaccard(d.terms(), pick.terms()) > 0.8)) chosen.add(pick);
        }
        return chosen;
    }

    static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) return 0;
        int inter = 0;
        for (String s : a) if (b.contains(s)) inter++;
        return inter / (double) (a.size() + b.size() - inter);
    }

    /** A sentence that could go into the answer. */
    record Candidate(Article article, Excerpts.Excerpt excerpt, Set<String> terms, String speaker, double score) {
        String text() {
            return excerpt.text();
        }

        AnswerLayout.Entry entry() {
            return new AnswerLayout.Entry(article, speaker, excerpt.text());
        }
    }
}
