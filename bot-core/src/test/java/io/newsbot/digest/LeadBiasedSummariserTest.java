package io.newsbot.digest;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.index.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class LeadBiasedSummariserTest {
    private final Summariser summariser = new LeadBiasedSummariser(new SentenceSplitter());

    @Test
    void takes_two_or_three_sentences_from_the_lead_in_article_order() {
        List<String> summary = summariser.summarise("", Articles.SYRIA_TALKS);

        assertThat(summary).hasSizeBetween(2, 3);
        assertThat(summary.get(0)).startsWith("Russia and Turkey agreed");
        assertThat(Articles.SYRIA_TALKS.indexOf(summary.get(1))).isGreaterThan(Articles.SYRIA_TALKS.indexOf(summary.get(0)));
        assertThat(summary).allSatisfy(s -> assertThat(Articles.SYRIA_TALKS).contains(s));
    }

    @Test
    void drops_datelines_captions_and_a_repeated_headline() {
        String body = "Aid reaches Idlib\n\n(CNN) Aid convoys reached Idlib on Tuesday after weeks of fighting in the region. "
                + "Families (pictured) wait at the border crossing in the cold. "
                + "The United Nations said the convoys carried food and medicine for thousands of families. "
                + "Officials said more convoys would follow before the winter begins in earnest.";

        List<String> summary = summariser.summarise("Aid reaches Idlib", body);

        assertThat(summary.get(0)).isEqualTo("Aid convoys reached Idlib on Tuesday after weeks of fighting in the region.");
        assertThat(summary).noneMatch(s -> s.contains("pictured")).noneMatch(s -> s.equals("Aid reaches Idlib"));
    }

    @Test
    void skips_a_photo_caption_paragraph_at_the_top() {
        String body = "U.S. President Donald Trump (R) and Russia's President Vladimir Putin speak during their meeting in Hamburg. "
                + "Getty Images/ AFP/Mikhail Klimentiev\n\n" + Articles.SYRIA_TALKS;

        List<String> summary = summariser.summarise("Syria talks", body);

        assertThat(summary.get(0)).startsWith("Russia and Turkey agreed");
        assertThat(summary).noneMatch(s -> s.contains("Hamburg") || s.contains("Getty"));
    }

    @Test
    void stops_at_two_sentences_when_they_are_long_enough() {
        String longSentence = "The finance ministers of the eurozone met in Brussels on Monday night to discuss the terms of a "
                + "new loan for Greece, which must repay the International Monetary Fund by the end of the month or default. ";
        String body = longSentence + longSentence.replace("Monday", "Tuesday").replace("Greece", "Portugal")
                + "A third sentence follows here with more detail about the meeting and the people who attended it.";

        assertThat(summariser.summarise("", body)).hasSize(2);
    }

    @Test
    void returns_what_a_short_article_has() {
        assertThat(summariser.summarise("", "Just one sentence about the weather in Paris today.")).hasSize(1);
        assertThat(summariser.summarise("", "")).isEmpty();
    }

    @Test
    void never_shows_a_sentence_that_leans_on_one_it_leaves_out() {
        String body = "Mayor Quimby (pictured) spoke.\n\n"
                + "He said the town would raise the tax on fuel by ten percent from next April to pay for two new hospitals. "
                + "Opposition leaders in Springfield said the plan would hurt families who drive to work every day. "
                + "She added: \"Now, they're going to pay twice for the same road.\" "
                + "But the council's own figures show that most residents take the bus to work.";

        List<String> summary = summariser.summarise("Springfield opens its bridge", body);

        for (int i = 0; i < summary.size(); i++) {
            String s = summary.get(i);
            if (!Dependence.needsPrevious(s)) continue;
            int at = body.indexOf(s);
            assertThat(i).as("'%s' is shown after the sentence it leans on", s).isPositive();
            assertThat(body.substring(0, at).strip()).endsWith(summary.get(i - 1));
        }
        assertThat(summary).noneMatch(s -> s.startsWith("He said"));
    }
}
