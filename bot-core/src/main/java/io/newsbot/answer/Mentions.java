package io.newsbot.answer;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.guard.Echo;
import io.newsbot.index.Chunk.Sentence;
import io.newsbot.index.Passage;
import io.newsbot.platform.Reply;
import io.newsbot.statement.Excerpts;
import io.newsbot.statement.PersonNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The reply to "What did X say?" when the articles quote no one called X: it says so plainly, and shows where the
 * articles name X as a person, if they do.
 */
final class Mentions {
    private static final int PASSAGES = 12;
    private static final int SHOWN = 3;
    private final Retriever retriever;
    private final ArticleStore articles;

    Mentions(Retriever retriever, ArticleStore articles) {
        this.retriever = retriever;
        this.articles = articles;
    }

    Reply notQuoted(Question question) {
        String name = question.speaker().strip();
        List<AnswerLayout.Entry> entries = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (Passage p : retriever.search(name, question.filter(), PASSAGES).passages()) {
            if (entries.size() >= SHOWN || seen.contains(p.articleId())) continue;
            for (Sentence s : p.sentences()) {
                if (!PersonNames.mentions(s.text(), name)) continue;
                Article a = articles.byId(p.articleId()).orElse(null);
                if (a == null) break;
                Excerpts.Excerpt e = Excerpts.whole(a.body(), s.start(), s.end(), Excerpts.MAX_CHARS);
                entries.add(new AnswerLayout.Entry(a, "", e.text()));
                seen.add(a.id());
                break;
            }
        }
        String echoed = Echo.excerpt(name);
        if (entries.isEmpty()) return Reply.text(Reply.Kind.NOT_COVERED, "The articles I have don't quote " + echoed + " or mention them.");
        Reply mentioned = AnswerLayout.lay("The articles don't quote " + echoed + ", but they mention them:", entries, ReplySize.ONE_MESSAGE).reply();
        return new Reply(Reply.Kind.NOT_COVERED, mentioned.intro(), mentioned.sections(), mentioned.citations());
    }
}
