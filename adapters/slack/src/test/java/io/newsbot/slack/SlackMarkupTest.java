package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackMarkupTest {

    @Test
    void removes_the_bot_s_mention_and_reads_the_rest_as_typed() {
        assertThat(SlackMarkup.toPlainText("<@UBOT> What did <@U42|maria> say about AT&amp;T &lt;3?", "UBOT"))
                .isEqualTo("What did @maria say about AT&T <3?");
    }

    @Test
    void reads_channels_links_and_special_mentions_as_words() {
        assertThat(SlackMarkup.toPlainText("<@UBOT> in <#C1|general> <!here> see <https://example.com/a|example.com/a> and <https://x.org/f.xml>",
                "UBOT")).isEqualTo("in #general @here see https://example.com/a and https://x.org/f.xml");
        assertThat(SlackMarkup.toPlainText("news from <!subteam^S1|@editors> on <https://example.com|the site>", "UBOT"))
                .isEqualTo("news from @editors on the site");
    }

    @Test
    void a_mention_alone_leaves_nothing() {
        assertThat(SlackMarkup.toPlainText("<@UBOT>", "UBOT")).isEmpty();
        assertThat(SlackMarkup.toPlainText(null, "UBOT")).isEmpty();
    }

    @Test
    void escapes_slack_s_control_characters() {
        assertThat(SlackMarkup.escape("<!channel> & <http://x|y>")).isEqualTo("&lt;!channel&gt; &amp; &lt;http://x|y&gt;");
    }

    @Test
    void leaves_no_mrkdwn_formatting_in_text_however_it_is_marked() {
        String escaped = SlackMarkup.escape("*bold* _italic_ ~struck~ `code` ```block```\n> quoted\n  > indented quote, and 3 > 2");

        assertThat(escaped).doesNotContain("*", "_", "~", "`").doesNotContainPattern("(?m)^\\s*&gt;")
                .contains("∗bold∗").contains("ˍitalicˍ").contains("∼struck∼").contains("ˋcodeˋ").contains("3 &gt; 2");
    }

    @Test
    void keeps_characters_inside_a_word_where_they_cannot_format() {
        assertThat(SlackMarkup.escape("America/New_York, snake_case and a*b")).isEqualTo("America/New_York, snake_case and a*b");
        assertThat(SlackMarkup.escape("_New_York_")).isEqualTo("ˍNew_Yorkˍ");
    }

    @Test
    void shortens_long_text_at_a_word_with_an_ellipsis() {
        assertThat(SlackMarkup.shorten("short", 10)).isEqualTo("short");
        assertThat(SlackMarkup.shorten("one two three four", 12)).isEqualTo("one two…");
    }

    @Test
    void links_http_urls_only() {
        assertThat(SlackMarkup.link("https://example.com/?a=1&b=<2>", "T & <U>")).isEqualTo("<https://example.com/?a=1&amp;b=%3C2%3E|T &amp; &lt;U&gt;>");
        assertThat(SlackMarkup.link("ftp://example.com/x", "T")).isEqualTo("T");
        assertThat(SlackMarkup.link("", "<T>")).isEqualTo("&lt;T&gt;");
    }
}
