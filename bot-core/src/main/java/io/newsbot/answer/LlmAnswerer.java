package io.newsbot.answer;

import dev.langchain4j.data.message.SystemMessage;
import dev.langchain4j.data.message.UserMessage;
import dev.langchain4j.model.chat.ChatModel;
import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.index.Passage;
import io.newsbot.platform.Reply;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a language model that writes from the retrieved passages only and cites them by number. Each sentence
 * it writes is checked: it must cite a passage that exists and that supports it, or it is dropped; when fewer than half
 * survive, or the model fails or times out, the extractive answer is given instead, with nothing alarming said to the
 * user. Speaker questions and "more" are answered from the statements and sentences themselves.
 */
public final class LlmAnswerer implements Answerer {
    private static final Logger log = LoggerFactory.getLogger(LlmAnswerer.class);
    private static final String NOT_COVERED = "NOT_COVERED";
    private static final int PASSAGES = 6;
    static final String INSTRUCTIONS = """
            You answer questions about news articles using ONLY the numbered passages given to you.
            Rules: Do not use any knowledge beyond the passages. Quote people exactly and say who said what.
            Cite the passages you use by number in square brackets, like [1] or [2][3], after each statement.
            Keep the answer under 150 words, in short paragraphs. If the passages do not answer the question,
            reply with exactly NOT_COVERED and nothing else.""";

    private final Retriever retriever;
    private final ArticleStore store;
    private final ChatModel model;
    private final ExtractiveAnswerer fallback;
    private final SupportMeasure support;

    public LlmAnswerer(Retriever retriever, ArticleStore store, ChatModel model, ExtractiveAnswerer fallback, SupportMeasure support) {
        this.retriever = retriever;
        this.store = store;
        this.model = model;
        this.fallback = fallback;
        this.support = support;
    }

    @Override
    public Reply answer(Question question, Reply previous) {
        // Who said what, and "more" of an answer, come from the statements and sentences themselves.
        if (question.intent() == Question.Intent.WHO_SAID_THAT || question.intent() == Question.Intent.SPEAKER || question.more()) {
            return fallback.answer(question, previous);
        }
        Retriever.Retrieval retrieval = retriever.retrieve(question, PASSAGES);
        if (!retrieval.covered()) return fallback.notCovered(question);
        List<Passage> passages = retrieval.result().passages();
        List<Article> articles = new ArrayList<>();
        for (Passage p : passages) articles.add(store.byId(p.articleId()).orElse(null));
        String text;
        try {
            text = model.chat(SystemMessage.from(INSTRUCTIONS), UserMessage.from(prompt(question, passages, articles))).aiMessage().text();
        } catch (RuntimeException e) {
            log.warn("The language model failed; answering extractively", e);
            return fallback.answer(question, previous);
        }
        if (text == null || text.isBlank()) return fallback.answer(question, previous);
        if (text.strip().startsWith(NOT_COVERED)) return fallback.notCovered(question);
        return checked(text, passages, articles).orElseGet(() -> fallback.answer(question, previous));
    }

    static String prompt(Question question, List<Passage> passages, List<Article> articles) {
        StringBuilder sb = new StringBuilder("Passages:\n");
        for (int i = 0; i < passages.size(); i++) {
            Article a = articles.get(i);
            if (a == null) continue;
            sb.append('[').append(i + 1).append("] ").append(a.title()).append(" (").append(a.publisher()).append(", ")
                    .append(a.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate()).append(")\n").append(passages.get(i).text()).append("\n\n");
        }
        return sb.append("Question: ").append(question.text()).toString();
    }

    /**
     * The model's answer, sentence by sentence: a sentence stays only if it cites a passage that exists and those passages
     * support it ({@link SupportMeasure}); empty when fewer than half of the sentences stay.
     */
    private Optional<Reply> checked(String text, List<Passage> passages, List<Article> articles) {
        List<ModelClaims.Claim> claims = ModelClaims.of(text);
        Citations citations = new Citations();
        List<Reply.Item> items = new ArrayList<>();
        int kept = 0;
        int paragraph = -1;
        for (ModelClaims.Claim claim : claims) {
            List<Integer> cited = claim.passages().stream().filter(n -> n >= 1 && n <= passages.size() && articles.get(n - 1) != null).toList();
            if (cited.isEmpty() || !support.supports(claim.text(), cited.stream().map(n -> passages.get(n - 1).text()).toList())) continue;
            kept++;
            Set<Integer> numbers = new LinkedHashSet<>();
            for (int n : cited) numbers.add(citations.number(articles.get(n - 1)));
            if (claim.paragraph() == paragraph && !items.isEmpty()) {
                Reply.Item last = items.remove(items.size() - 1);
                Set<Integer> all = new LinkedHashSet<>(last.citations());
                all.addAll(numbers);
                items.add(new Reply.Item("", last.text() + " " + claim.text(), List.copyOf(all)));
            } else {
                items.add(new Reply.Item("", claim.text(), List.copyOf(numbers)));
            }
            paragraph = claim.paragraph();
        }
        if (kept < claims.size()) log.info("Dropped {} of {} sentences of the model's answer: no passage they cite supports them", claims.size() - kept, claims.size());
        if (kept == 0 || kept * 2 < claims.size()) return Optional.empty();
        return Optional.of(new Reply(Reply.Kind.ANSWER, "", List.of(new Reply.Section("", items)), citations.list()));
    }
}
