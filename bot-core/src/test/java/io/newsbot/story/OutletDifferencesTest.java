package io.newsbot.story;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.story.OutletDifferences.Difference;
import io.newsbot.story.OutletDifferences.Kind;
import io.newsbot.story.OutletDifferences.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutletDifferencesTest {
    @Test
    void finds_a_count_two_outlets_give_differently_with_both_versions_and_their_articles() {
        List<Difference> found = OutletDifferences.among(List.of(
                new Statement(1, "BBC", "", "The earthquake killed at least 24 people in Aceh and injured more than 200."),
                new Statement(2, "Reuters", "", "At least five people were killed when the quake struck Aceh on Tuesday."),
                new Statement(2, "Reuters", "", "More than 200 people were injured, officials said.")));

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.NUMBER);
            assertThat(d.subject()).isEqualTo("dead");
            assertThat(d.versions()).extracting(v -> v.value() + "@" + v.statement().articleId()).containsExactly("24@1", "five@2");
        });
    }

    @Test
    void the_same_count_in_other_words_is_no_difference() {
        List<Difference> found = OutletDifferences.among(List.of(
                new Statement(1, "BBC", "", "Five people died in the fire on Monday."),
                new Statement(2, "Reuters", "", "The fire killed 5 people, police said."),
                new Statement(3, "AP", "", "The blaze broke out in 2019 and again on Monday.")));

        assertThat(found).isEmpty();
    }

    @Test
    void finds_a_quote_put_in_different_mouths() {
        List<Difference> found = OutletDifferences.among(List.of(
                new Statement(1, "BBC", "Sergei Lavrov", "We will not accept any deal that ignores the interests of Syria."),
                new Statement(2, "Reuters", "Maria Zakharova", "we will not accept any deal that ignores the interests of Syria"),
                new Statement(3, "AP", "Mr Lavrov", "We will not accept any deal that ignores Syria's interests.")));

        assertThat(found).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(Kind.SPEAKER);
            assertThat(d.versions()).extracting(OutletDifferences.Version::value).containsExactly("Sergei Lavrov", "Maria Zakharova");
        });
    }

    @Test
    void statements_of_one_article_never_differ_with_each_other() {
        assertThat(OutletDifferences.among(List.of(new Statement(1, "BBC", "", "Twelve people were killed on Monday."),
                new Statement(1, "BBC", "", "By Tuesday 30 people were killed.")))).isEmpty();
    }
}
