package io.newsbot.answer;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CorpusTopicsTest {
    private static Article article(long id, String title, String body) {
        return new Article(id, "l" + id, "", title, "p", Instant.EPOCH, Instant.EPOCH, "en", "h" + id, body);
    }

    @Test
    void names_mentioned_in_most_articles_come_first_and_sentence_openers_are_not_names() {
        List<String> topics = CorpusTopics.compute(List.of(
                article(1, "Talks", "Ahead of the talks, officials met Angela Merkel in Berlin. They said Berlin was calm."),
                article(2, "More talks", "Ahead of the vote, leaders in Berlin spoke. Voters backed Angela Merkel again."),
                article(3, "Other", "Meanwhile the markets in Tokyo rose while Berlin slept.")));
        assertThat(topics).startsWith("Berlin", "Angela Merkel").doesNotContain("Ahead");
    }
}
