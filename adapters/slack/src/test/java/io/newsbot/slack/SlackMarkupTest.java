package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackMarkupTest {

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
