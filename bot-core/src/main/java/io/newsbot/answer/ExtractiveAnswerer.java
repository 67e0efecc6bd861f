package io.newsbot.answer;

import io.newsbot.article.ArticleStore;
import io.newsbot.platform.Reply;
import io.newsbot.statement.PersonNames;
import io.newsbot.statement.StatementStore;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The default answerer, with no language model: "What did X say?" from X's statements across the corpus, other
 * questions from the sentences of the best passages, "who said that?" from the previous answer. It never writes a
 * sentence of its own about the news.
 */
public final class ExtractiveAnswerer implements Answerer {
    private final Retriever retriever;
    private final CorpusTopics topics;
    private final SpeakerAnswerer speakers;
    /** How many passages a topic answer's sentences are drawn from by default. */
    public static final int PASSAGES = TopicAnswerer.PASSAGES;
    private final TopicAnswerer sentences;
    private final int passages;

    /** Scores a topic answer's sentences by their words alone, without their closeness in meaning to the question. */
    public ExtractiveAnswerer(Retriever retriever, ArticleStore store, StatementStore statements, CorpusTopics topics, SentenceScorer scorer) {
        this(retriever, store, statements, topics, scorer, null, null, PASSAGES);
    }

    /**
     * @param stories  the stories articles belong to, so a topic answer groups one event's outlets; {@code null} groups by article
     * @param meaning  the sentences' closeness in meaning to the question, or {@code null} to score them by words alone
     * @param passages how many passages a topic answer's sentences are drawn from
     */
    public ExtractiveAnswerer(Retriever retriever, ArticleStore store, StatementStore statements, CorpusTopics topics, SentenceScorer scorer,
                              io.newsbot.story.Stories stories, SentenceMeaning meaning, int passages) {
        if (passages < 1) throw new IllegalArgumentException("passages must be at least 1");
        this.retriever = retriever;
        this.topics = topics;
        this.passages = passages;
        this.speakers = new SpeakerAnswerer(statements, store, new Mentions(retriever, store));
        this.sentences = new TopicAnswerer(store, statements, scorer, TopicAnswerer.Limits.DEFAULT, stories, meaning);
    }

    @Override
    public Reply answer(Question question, Reply previous) {
        if (question.intent() == Question.Intent.WHO_SAID_THAT) return whoSaidThat(previous);
        if (question.intent() == Question.Intent.SPEAKER && !question.speaker().isBlank()) {
            Reply said = speakers.answer(question, previous);
            // "the spokesman" is a description, not a name the store can match: what such a speaker said is searched for
            // in the passages, as any topic is; a name the articles never quote is said so.
            if (said.kind() != Reply.Kind.NOT_COVERED || !PersonNames.isRoleOnly(question.speaker())) return said;
        }
        Retriever.Retrieval retrieval = retriever.retrieve(question, passages);
        if (!retrieval.covered()) return notCovered(question);
        Reply reply = sentences.answer(question, retrieval.result().passages(), previous);
        return reply == null ? notCovered(question) : reply;
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
}
