package io.newsbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.article.Article;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class TopicGrouperTest {

    @Test
    void groups_texts_on_the_same_story_and_keeps_others_apart() {
        List<String> texts = List.of(Articles.SYRIA_TALKS, Articles.FOOTBALL, Articles.SYRIA_AID);

        List<List<Integer>> groups = new TopicGrouper(new WordHashEmbedder(), 0.2).group(texts);

        assertThat(groups).hasSize(2);
        assertThat(groups.get(0)).containsExactlyInAnyOrder(0, 2);
        assertThat(groups.get(1)).containsExactly(1);
    }

    @Test
    void a_threshold_of_one_keeps_every_text_alone() {
        List<List<Integer>> groups = new TopicGrouper(new WordHashEmbedder(), 1.0).group(List.of(Articles.SYRIA_TALKS, Articles.SYRIA_AID));

        assertThat(groups).hasSize(2);
    }

    @Test
    void names_a_group_by_the_names_its_articles_share() {
        Article talks = article(1, "Russia and Turkey agree on Syria talks", Articles.SYRIA_TALKS);
        Article aid = article(2, "Aid reaches Idlib", Articles.SYRIA_AID);
        Article football = article(3, "Arsenal beat Chelsea", Articles.FOOTBALL);

        String name = KeyTerms.name(List.of(talks, aid), List.of(talks, aid, football));

        assertThat(name.split(", ")).hasSizeBetween(1, 3).contains("Idlib").doesNotContain("Arsenal", "The");
        assertThat(KeyTerms.name(List.of(football), List.of(talks, aid, football))).contains("Arsenal");
    }

    private static Article article(long id, String title, String body) {
        Instant t = Instant.parse("2026-11-23T08:00:00Z");
        return new Article(id, "x" + id, "", title, "", t, t, "en", "h" + id, body);
    }
}
