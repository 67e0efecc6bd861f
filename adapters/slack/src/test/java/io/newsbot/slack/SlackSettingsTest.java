package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SlackSettingsTest {

    @Test
    void never_shows_the_tokens() {
        SlackSettings s = new SlackSettings(SlackSettings.Mode.SOCKET, "https://slack.com/api/", "/slack/events", "xoxb-secret-1", "xapp-secret-2", "");

        assertThat(s.toString()).doesNotContain("secret").contains("botToken=set", "appToken=set", "signingSecret=unset");
    }

    @Test
    void requires_the_token_each_mode_needs() {
        assertThatThrownBy(() -> new SlackSettings(SlackSettings.Mode.SOCKET, "https://slack.com/api/", "/slack/events", "xoxb-1", "", "s"))
                .hasMessageContaining("appToken");
        assertThatThrownBy(() -> new SlackSettings(SlackSettings.Mode.HTTP, "https://slack.com/api/", "/slack/events", "xoxb-1", "xapp-1", ""))
                .hasMessageContaining("signingSecret");
        assertThatThrownBy(() -> new SlackSettings(SlackSettings.Mode.HTTP, "https://slack.com/api", "/slack/events", "xoxb-1", "", "s"))
                .hasMessageContaining("apiUrl");
    }

    @Test
    void reads_the_mode_as_configured() {
        assertThat(SlackSettings.Mode.of("socket")).isEqualTo(SlackSettings.Mode.SOCKET);
        assertThat(SlackSettings.Mode.of("http")).isEqualTo(SlackSettings.Mode.HTTP);
        assertThatThrownBy(() -> SlackSettings.Mode.of("rtm")).hasMessageContaining("socket or http");
    }
}
