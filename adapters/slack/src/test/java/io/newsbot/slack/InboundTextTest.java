package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InboundTextTest {
    final InboundText text = new InboundText(id -> Optional.ofNullable(Map.of("U42", "Maria Lopez").get(id)));

    @Test
    void removes_the_bot_s_mention_wherever_it_stands() {
        assertThat(text.read("<@UBOT> What did Lavrov say?", "UBOT")).isEqualTo("What did Lavrov say?");
        assertThat(text.read("Hey <@UBOT>, what did Lavrov say?", "UBOT")).isEqualTo("Hey, what did Lavrov say?");
        assertThat(text.read("What did Lavrov say? <@UBOT>", "UBOT")).isEqualTo("What did Lavrov say?");
        assertThat(text.read("<@UBOT> help", "UBOT")).isEqualTo("help");
        assertThat(text.read("<@UBOT>", "UBOT")).isEmpty();
        assertThat(text.read(null, "UBOT")).isEmpty();
    }

    @Test
    void names_other_users_and_never_shows_their_ids() {
        assertThat(text.read("<@UBOT> what did <@U42> say about AT&amp;T &lt;3?", "UBOT")).isEqualTo("what did Maria Lopez say about AT&T <3?");
        assertThat(text.read("<@UBOT> what did <@U99> say?", "UBOT")).isEqualTo("what did say?");
        assertThat(text.read("what did <@U7|ann> say", "UBOT")).isEqualTo("what did ann say");
    }

    @Test
    void reads_channels_links_and_special_mentions_as_words() {
        assertThat(text.read("<@UBOT> in <#C1|general> <!here> see <https://example.com/a|example.com/a> and <https://x.org/f.xml>", "UBOT"))
                .isEqualTo("in general see https://example.com/a and https://x.org/f.xml");
        assertThat(text.read("news from <!subteam^S1|@editors> on <https://example.com|the site>", "UBOT")).isEqualTo("news from editors on the site");
        assertThat(text.read("<!channel> what was said about <#C2>?", "UBOT")).isEqualTo("what was said about?");
    }
}
