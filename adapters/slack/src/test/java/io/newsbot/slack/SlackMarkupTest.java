package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackMarkupTest {

    @Test
    void escapes_only_slack_s_control_characters() {
        assertThat(SlackMarkup.escape("<!channel> & <http://x|y> *bold*")).isEqualTo("&lt;!channel&gt; &amp; &lt;http://x|y&gt; *bold*");
    }

    @Test
    void links_http_urls_only() {
        assertThat(SlackMarkup.link("https://example.com/?a=1&b=<2>", "T & <U>")).isEqualTo("<https://example.com/?a=1&amp;b=%3C2%3E|T &amp; &lt;U&gt;>");
        assertThat(SlackMarkup.link("ftp://example.com/x", "T")).isEqualTo("T");
        assertThat(SlackMarkup.link("", "<T>")).isEqualTo("&lt;T&gt;");
    }
}
