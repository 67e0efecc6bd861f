package io.newsbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.index.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class StorySummariserTest {
    private final StorySummariser summariser = new StorySummariser(new SentenceSplitter());

    private static final List<StorySummariser.Source> SYRIA = List.of(
            new StorySummariser.Source("Russia and Turkey agree on Syria talks", Articles.SYRIA_TALKS),
            new StorySummariser.Source("Syria talks to be held in Astana", Articles.SYRIA_TALKS_AGAIN),
            new StorySummariser.Source("Turkey proposes a buffer zone at the Astana talks", Articles.SYRIA_TALKS_NEWS));

    @Test
    void sums_a_story_up_in_its_outlets_own_sentences_within_the_budget() {
        List<StorySummariser.Picked> summary = summariser.summarise(SYRIA);

        assertThat(summary).isNotEmpty().hasSizeLessThanOrEqualTo(StorySummariser.Weights.DEFAULT.maxSentences());
        for (StorySummariser.Picked p : summary) assertThat(SYRIA.get(p.source()).body()).contains(p.text());
        int words = summary.stream().mapToInt(p -> p.text().split("\\s+").length).sum();
        assertThat(words).isLessThan(StorySummariser.Weights.DEFAULT.wordBudget() + 45);
    }

    @Test
    void says_what_several_outlets_say_once() {
        List<StorySummariser.Picked> summary = summariser.summarise(SYRIA);

        for (int i = 0; i < summary.size(); i++) {
            for (int j = i + 1; j < summary.size(); j++) {
                assertThat(WordVector.of(summary.get(i).text()).cosine(WordVector.of(summary.get(j).text())))
                        .isLessThanOrEqualTo(StorySummariser.Weights.DEFAULT.maxRedundancy());
            }
        }
        assertThat(summary.stream().map(StorySummariser.Picked::source).distinct().count()).isGreaterThan(1);
    }

    @Test
    void keeps_a_leaning_sentence_right_after_the_one_it_leans_on_or_leaves_it_out() {
        String a = "Floods closed the main road into Carlisle on Sunday after two days of rain. "
                + "It was the third closure this year. Engineers said the river rose two metres overnight.";
        String b = "The river Eden burst its banks in Carlisle on Sunday and closed the main road. "
                + "However, no homes were flooded, the council said.";

        List<StorySummariser.Picked> summary = summariser.summarise(List.of(new StorySummariser.Source("Carlisle road closed by floods", a),
                new StorySummariser.Source("Eden bursts its banks", b)));

        for (int i = 0; i < summary.size(); i++) {
            StorySummariser.Picked p = summary.get(i);
            if (p.position() == 0 || !Dependence.needsPrevious(p.text())) continue;
            assertThat(i).isPositive();
            StorySummariser.Picked before = summary.get(i - 1);
            assertThat(before.source()).isEqualTo(p.source());
            assertThat(before.position()).isEqualTo(p.position() - 1);
        }
    }

    @Test
    void a_story_with_no_text_has_no_summary() {
        assertThat(summariser.summarise(List.of(new StorySummariser.Source("Title only", "")))).isEmpty();
    }
}
