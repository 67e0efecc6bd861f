package io.newsbot.watch;

import io.newsbot.article.Article;
import io.newsbot.platform.Reply;
import java.time.ZoneOffset;
import java.util.List;

/** An alert as a chat sees it: one line, "Sergei Lavrov said: “…” — TASS [1]", and the article it cites. */
final class AlertReply {
    private AlertReply() {
    }

    static Reply of(Alert alert, Article article, String subject) {
        String outlet = article.publisher().isEmpty() ? "" : " — " + article.publisher();
        Reply.Item item = new Reply.Item(alert.headline(), alert.text() + outlet, List.of(1));
        Reply.Citation citation = new Reply.Citation(1, article.id(), article.title(), article.publisher(),
                article.publishedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString(), article.url());
        return new Reply(Reply.Kind.ALERT, "Watch: " + subject, List.of(new Reply.Section("", List.of(item))), List.of(citation));
    }
}
