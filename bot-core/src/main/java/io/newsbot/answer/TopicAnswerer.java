package io.newsbot.answer;

import io.newsbot.index.Terms;
import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.guard.Echo;
import io.newsbot.index.Passage;
import io.newsbot.platform.Reply;
import io.newsbot.statement.Excerpts;
import io.newsbot.statement.SpeakerKind;
import io.newsbot.statement.Statement;
import io.newsbot.statement.StatementStore;
import io.newsbot.story.Stories;
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
 * statement store knows, grouped by story (several outlets' articles of one event under one heading) and cited. It never writes a sentence of its own about the news.
 */
final class TopicAnswerer {
    static final int PASSAGES = 8;
    /** How far "more" can page: the ranking is computed this deep. */
    private static final int RANKED = 30;
    private static final double LAMBDA = 0.7;
    /** Topics up to this long are echoed in the intro, as {@link Echo} allows; a longer one (a whole quiz question) is not. */
    private static final int INTRO_TOPIC = Echo.MAX_CHARS;
    private final ArticleStore store;
    private final StatementStore statements;
    private final SentenceScorer scorer;
    private final Limits limits;
    /** The stories articles belong to, or {@code null} to group by article. */
    private final Stories stories;
    /** The sentences' closeness in meaning to the question, or {@code null} to score by words alone. */
    private final SentenceMeaning meaning;

    /**
     * How much a topic answer shows: at most {@code sentences} sentences of at most {@code chars} characters in all, so
     * that an answer reads in a glance (benchmarked: no longer than the answers before this one).
     */
    record Limits(int sentences, int chars) {
        static final Limits DEFAULT = new Limits(5, 1400);
    }

    TopicAnswerer(ArticleStore store, StatementStore statements, SentenceScorer scorer) {
        this(store, statements, scorer, Limits.DEFAULT, null, null);
    }

    TopicAnswerer(ArticleStore store, StatementStore statements, SentenceScorer scorer, Limits limits, Stories stories, SentenceMeaning meaning) {
        this.store = store;
        this.statements = statements;
        this.scorer = scorer;
        this.limits = limits;
        this.stories = stories;
        this.meaning = meaning;
    }

    /** The answer from the retrieved passages, or {@code null} when no sentence of them fits the question. */
    Reply answer(Question question, List<Passage> passages, Reply previous) {
        return answerFrom(question, candidates(question, passages), previous);
    }

    /** The answer from scored candidate sentences, best first. */
    Reply answerFrom(Question question, List<Candidate> candidates, Reply previous) {
        List<Candidate> ranked = mmr(candidates);
        if (ranked.isEmpty()) return null;
        int from = 0;
        if (question.more()) {
            List<AnswerLayout.Entry> entries = ranked.stream().map(Candidate::entry).toList();
            from = Continuation.after(previous, entries);
            if (from >= ranked.size()) return Reply.info("That is all the articles I have say about " + Echo.excerpt(question.topic()) + ".");
        }
        List<Candidate> chosen = new ArrayList<>();
        int chars = 0;
        for (Candidate c : ranked.subList(from, ranked.size())) {
            if (chosen.size() == limits.sentences()) break;
            if (!chosen.isEmpty() && chars + c.text().length() > limits.chars()) continue;
            chosen.add(c);
            chars += c.text().length();
        }
        List<AnswerLayout.Entry> entries = chosen.stream().map(Candidate::entry).toList();
        Map<Long, io.newsbot.story.Story> byArticle = stories == null ? Map.of()
                : stories.byArticle(entries.stream().map(AnswerLayout.Entry::article).distinct().toList());
        return AnswerLayout.lay(intro(question), entries, ReplySize.ONE_MESSAGE, byArticle).reply();
    }

    /** The first line; a long topic (a whole quiz question) is not repeated back. */
    private static String intro(Question q) {
        boolean shortTopic = q.topic().length() <= INTRO_TOPIC;
        if (q.intent() == Question.Intent.LATEST) return shortTopic ? "The newest on " + q.topic() + ":" : "The newest:";
        return shortTopic ? "Here is what the articles say about " + q.topic() + ":" : "Here is what the articles say:";
    }

    /** Every sentence of the passages, made whole and scored for the question, best first. */
    List<Candidate> candidates(Question question, List<Passage> passages) {
        double top = passages.isEmpty() ? 1 : passages.get(0).score();
        Map<Long, Article> articles = new HashMap<>();
        for (Article a : store.byIds(passages.stream().map(Passage::articleId).distinct().toList())) articles.put(a.id(), a);
        Map<Long, List<Statement>> said = new HashMap<>();
        for (Statement s : statements.byArticles(articles.keySet())) said.computeIfAbsent(s.articleId(), id -> new ArrayList<>()).add(s);
        List<Sentence> pool = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int rank = 0; rank < passages.size(); rank++) {
            Passage p = passages.get(rank);
            Article article = articles.get(p.articleId());
            if (article == null) continue;
            for (io.newsbot.index.Chunk.Sentence s : p.sentences()) {
                Excerpts.Excerpt e = Excerpts.whole(article.body(), s.start(), s.end(), Excerpts.MAX_CHARS);
                if (seen.add(article.id() + ":" + e.start())) pool.add(new Sentence(article, e, Terms.of(e.text()), p.score() / top, rank));
            }
        }
        SentenceScorer.Query query = scorer.weighted(scorer.query(question), pool.stream().map(Sentence::terms).toList(),
                pool.stream().map(s -> s.excerpt().text()).toList());
        double[] cosines = new double[pool.size()];
        double[] scores = scoreAll(query, pool, cosines);
        if (scorer.usesMeaning() && meaning != null) {
            List<Integer> leading = leading(scores);
            double[] near = meaning.cosines(question.searchText(), leading.stream().map(i -> pool.get(i).excerpt().text()).toList());
            for (int k = 0; k < near.length; k++) cosines[leading.get(k)] = near[k];
            scores = scoreAll(query, pool, cosines);
        }
        List<Candidate> out = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            Sentence s = pool.get(i);
            if (scores[i] > 0) out.add(new Candidate(s.article(), s.excerpt(), s.terms(), speakerOf(said.get(s.article().id()), s.excerpt()), scores[i]));
        }
        out.sort(Comparator.comparingDouble((Candidate c) -> -c.score()));
        return out;
    }

    private double[] scoreAll(SentenceScorer.Query query, List<Sentence> pool, double[] cosines) {
        double[] scores = new double[pool.size()];
        for (int i = 0; i < pool.size(); i++) {
            Sentence s = pool.get(i);
            scores[i] = scorer.score(query, s.excerpt().text(), s.terms(), s.passageScore(), s.rank(), cosines[i]);
        }
        return scores;
    }

    /**
     * The sentences the words rank highest, which meaning then re-orders: twice what an answer shows, so the cost of
     * embedding stays a few sentences per question however many passages are read.
     */
    private List<Integer> leading(double[] scores) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < scores.length; i++) if (scores[i] > 0) order.add(i);
        order.sort(Comparator.comparingDouble((Integer i) -> -scores[i]));
        return order.subList(0, Math.min(order.size(), 2 * limits.sentences()));
    }

    /** A sentence of a passage before it is scored. */
    private record Sentence(Article article, Excerpts.Excerpt excerpt, Set<String> terms, double passageScore, int rank) {
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
        return speakers.size() == 1 && readsAsName(speakers.iterator().next()) ? speakers.iterator().next() : "";
    }

    /**
     * Whether a speaker found by the extractor reads as a name worth a label: "Sergei Lavrov", "the Kremlin" are;
     * "its allies", "his address in Seoul" or "Syrian government's" (a phrase the extractor took for a speaker) are
     * not, and an unlabelled sentence is better than a wrong label.
     */
    static boolean readsAsName(String speaker) {
        String s = speaker.strip();
        if (s.isEmpty() || s.endsWith("'s") || s.endsWith("\u2019s")) return false;
        String first = s.startsWith("the ") ? s.substring(4) : s;
        return !first.isEmpty() && Character.isUpperCase(first.codePointAt(0));
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
