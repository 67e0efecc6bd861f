package io.newsbot.slack;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The manifest a workspace admin installs must ask for what the adapter handles. */
class SlackAppManifestTest {
    private static final Path MANIFEST = Path.of("../../config/slack-app-manifest.yml");

    @Test
    void declares_the_command_events_and_scopes_the_adapter_handles() throws Exception {
        String manifest = Files.readString(MANIFEST);

        assertThat(manifest).contains("command: " + SlashCommandSpelling.COMMAND)
                .containsPattern("bot_events:\\s+- app_mention\\s+- message.im")
                .contains("- app_mentions:read", "- chat:write", "- commands", "- im:history", "- users:read", "- reactions:write")
                .contains("socket_mode_enabled: true", "messages_tab_enabled: true", "messages_tab_read_only_enabled: false")
                .as("the 👍 / 👎 buttons need interactivity").containsPattern("interactivity:\\s+(#.*\\s+)*is_enabled: true");
    }

    @Test
    void advertises_only_subcommands_the_adapter_routes_as_commands() throws Exception {
        String hint = Files.readAllLines(MANIFEST).stream().filter(l -> l.strip().startsWith("usage_hint:")).findFirst().orElseThrow();

        Arrays.stream(hint.replaceFirst(".*usage_hint:\\s*\"", "").replace("\"", "").split("\\|"))
                .map(part -> part.strip().split("\\s+")[0])
                .forEach(word -> assertThat(SlashCommandSpelling.ADVERTISED).as(word).contains(word));
    }
}
