package io.newsbot.quote;

import static org.assertj.core.api.Assertions.assertThat;

import io.newsbot.index.SentenceSplitter;
import java.util.List;
import org.junit.jupiter.api.Test;

class AttributionExtractorTest {
    private final AttributionExtractor extractor = new AttributionExtractor(new SentenceSplitter());

    private Attribution only(String text) {
        List<Attribution> found = extractor.extract(text);
        assertThat(found).hasSize(1);
        return found.get(0);
    }

    @Test
    void finds_a_quote_followed_by_its_speaker() {
        Attribution a = only("\"President Putin denied such involvement, as I think he has in the past,\" Tillerson said at the time.");
        assertThat(a.speaker()).isEqualTo("Tillerson");
        assertThat(a.direct()).isTrue();
        assertThat(a.content()).startsWith("President Putin denied");
    }

    @Test
    void finds_a_quote_introduced_by_speaker_and_colon() {
        String text = "Trump emphasized the significance of meeting with Putin and told Fox News: \"Putin is very important because they can help us.\"";
        Attribution a = only(text);
        assertThat(a.speaker()).isEqualTo("Trump");
        assertThat(text.substring(a.contentStart(), a.contentEnd())).isEqualTo(a.content());
    }

    @Test
    void finds_reported_speech_and_strips_titles_from_the_speaker() {
        Attribution a = only("Russian Foreign Minister Sergei Lavrov said on state-run TV this week that any agreement would be undermined.");
        assertThat(a.speaker()).isEqualTo("Sergei Lavrov");
        assertThat(a.direct()).isFalse();
        assertThat(a.content()).isEqualTo("any agreement would be undermined");
    }

    @Test
    void resolves_a_pronoun_to_the_last_named_speaker() {
        List<Attribution> found = extractor.extract("Sergei Lavrov said that talks would fail.\n\n\"They will become an element of political games,\" he said.");
        assertThat(found).extracting(Attribution::speaker).containsExactly("Sergei Lavrov", "Sergei Lavrov");
    }

    @Test
    void takes_the_speaker_cited_by_a_news_outlet() {
        Attribution a = only("\"Regarding a Putin meeting, there was never a meeting confirmed,\" CNN cited Sanders as saying.");
        assertThat(a.speaker()).isEqualTo("Sanders");
    }

    @Test
    void finds_according_to() {
        Attribution a = only("According to Radio Liberty, Trump also hopes that Russia can mount additional pressure on North Korea.");
        assertThat(a.speaker()).isEqualTo("Radio Liberty");
        assertThat(a.content()).startsWith("Trump also hopes");
    }
}
