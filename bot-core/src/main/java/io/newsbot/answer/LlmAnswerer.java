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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers with a language model that writes from the retrieved passages only and cites them by number.
 * Citations that point to no retrieved passage are dropped; when the model fails or times out, the
 * extractive answer is given instead, with nothing alarming said to the user.
 */
public final class LlmAnswerer implements Answerer {
    private static final Logger log = LoggerFactory.getLogger(LlmAnswerer.class);
    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,2}(?:\\s*,\\s*\\d{1,2})*)]");
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

    public LlmAnswerer(Retriever retriever, ArticleStore store, ChatModel model, ExtractiveAnswerer fallback) {
        this.retriever = retriever;
        this.store = store;
        this.model = model;
        this.fallback = fallback;
    }

    @Override
    public Reply answer(Question question, Reply previous) {
        if (question.intent() == Question.Intent.WHO_SAID_THAT) return fallback.answer(question, previous);
        Retriever.Retrieval retrieval = retriever.retrieve(question, PASSAGES);
        if (!retrieval.covered()) return fallback.notCovered(question);
        List<Passage> passages = retrieval.result().passages();
        List<Article> articles = new ArrayList<>();
        for (Passage p : passages) articles.add(store.byId(p.articleId()).orElse(null));
        String text;
        try {
            text = model.chat(SystemMessage.from(INSTRUCTIONS), UserMessage.from(prompt(question, passages, articles))).aiMessage().text();
        } catch (RuntimeException e) {
            log.warn("The language model failed ({}); answering extractively", e.getClass().getSimpleName());
            return fallback.answer(question, previous);
        }
        if (text == null || text.isBlank()) return fallback.answer(question, previous);
        if (text.strip().startsWith(NOT_COVERED)) return fallback.notCovered(question);
        return compose(text, articles).orElseGet(() -> fallback.answer(question, previous));
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

    /** Turns the model's text into a reply: paragraphs as items, passage numbers mapped to article citations. */
    private static Optional<Reply> compose(String text, List<Article> articles) {
        Citations citations = new Citations();
        List<Reply.Item> items = new ArrayList<>();
        for (String paragraph : text.strip().split("\\n\\s*\\n")) {
            Set<Integer> cited = new LinkedHashSet<>();
            Matcher m = CITATION.matcher(paragraph);
            while (m.find()) {
                for (String n : m.group(1).split(",")) {
                    int i = Integer.parseInt(n.strip()) - 1;
                    if (i >= 0 && i < articles.size() && articles.get(i) != null) cited.add(citations.number(articles.get(i)));
                }
            }
            String clean = CITATION.matcher(paragraph).replaceAll("").replaceAll("[ \\t]+([.,;:])", "$1").replaceAll("[ \\t]{2,}", " ").strip();
            if (!clean.isEmpty()) items.add(new Reply.Item("", clean, List.copyOf(cited)));
        }
        if (items.isEmpty() || citations.list().isEmpty()) return Optional.empty();
        return Optional.of(new Reply(Reply.Kind.ANSWER, "", List.of(new Reply.Section("", items)), citations.list()));
    }
}
