package io.newsbot.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NewsbotConfigTest {
    @TempDir
    Path dir;

    private Path file(String yaml) throws Exception {
        Path f = dir.resolve("newsbot.yml");
        Files.writeString(f, yaml);
        return f;
    }

    @Test
    void defaults_start_the_console_bot_with_no_platform() {
        NewsbotConfig c = NewsbotConfig.load(null, Map.of());
        assertThat(c.core().dataDir()).isEqualTo(Path.of("./data"));
        assertThat(c.core().embeddingModel()).isEqualTo("all-minilm-l6-v2-q");
        assertThat(c.telegram().enabled()).isFalse();
        assertThat(c.slack().enabled()).isFalse();
        assertThat(c.http().port()).isZero();
    }

    @Test
    void file_values_override_defaults_and_environment_overrides_the_file() throws Exception {
        Path f = file("timezone: Europe/Berlin\nlimits:\n  user-messages-per-minute: 5\n");
        NewsbotConfig c = NewsbotConfig.load(f, Map.of("NEWSBOT_LIMITS_USER_MESSAGES_PER_MINUTE", "7"));
        assertThat(c.core().zone().getId()).isEqualTo("Europe/Berlin");
        assertThat(c.core().userPerMinute()).isEqualTo(7);
    }

    @Test
    void a_bad_time_zone_names_the_key_and_the_allowed_values() throws Exception {
        Path f = file("timezone: Mars/Olympus\n");
        assertThatThrownBy(() -> NewsbotConfig.load(f, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("timezone").hasMessageContaining("Mars/Olympus").hasMessageContaining("IANA time zone");
    }

    @Test
    void an_unknown_key_is_refused() throws Exception {
        Path f = file("embedding:\n  modle: bge\n");
        assertThatThrownBy(() -> NewsbotConfig.load(f, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("Unknown setting 'embedding.modle'");
    }

    @Test
    void a_negative_number_is_refused() {
        assertThatThrownBy(() -> NewsbotConfig.load(null, Map.of("NEWSBOT_FEEDS_POLL_MINUTES", "-5")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("feeds.poll-minutes").hasMessageContaining("-5")
                .hasMessageContaining("NEWSBOT_FEEDS_POLL_MINUTES");
    }

    @Test
    void an_enabled_adapter_without_its_token_is_refused() {
        assertThatThrownBy(() -> NewsbotConfig.load(null, Map.of("NEWSBOT_TELEGRAM_ENABLED", "true")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("NEWSBOT_TELEGRAM_TOKEN");
        assertThatThrownBy(() -> NewsbotConfig.load(null, Map.of("NEWSBOT_SLACK_BOT_TOKEN", "xoxb-1")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("NEWSBOT_SLACK_APP_TOKEN");
    }

    @Test
    void a_token_turns_its_adapter_on() {
        NewsbotConfig c = NewsbotConfig.load(null, Map.of("NEWSBOT_TELEGRAM_TOKEN", "123:abc"));
        assertThat(c.telegram().enabled()).isTrue();
    }

    @Test
    void an_unknown_embedding_model_lists_the_known_ones() {
        assertThatThrownBy(() -> NewsbotConfig.load(null, Map.of("NEWSBOT_EMBEDDING_MODEL", "gpt")))
                .hasMessageContaining("all-minilm-l6-v2-q").hasMessageContaining("bge-small-en-v1.5-q");
    }

    @Test
    void the_coverage_cosine_is_the_models_unless_set() {
        NewsbotConfig byModel = NewsbotConfig.load(null, Map.of());
        assertThat(byModel.core().coverage().minCosine()).isEqualTo(io.newsbot.index.ModelDescription.ALL_MINILM_L6_V2_Q.coverageCosine());
        NewsbotConfig set = NewsbotConfig.load(null, Map.of("NEWSBOT_ANSWERS_MIN_COSINE", "0.61"));
        assertThat(set.core().coverage().minCosine()).isEqualTo(0.61);
    }

    @Test
    void bge_answers_with_the_coverage_cosine_calibrated_on_bge() {
        NewsbotConfig bge = NewsbotConfig.load(null, Map.of("NEWSBOT_EMBEDDING_MODEL", "bge-small-en-v1.5-q"));
        assertThat(bge.core().coverage().minCosine()).isEqualTo(io.newsbot.index.ModelDescription.BGE_SMALL_EN_V15_Q.coverageCosine())
                .isNotEqualTo(io.newsbot.index.ModelDescription.ALL_MINILM_L6_V2_Q.coverageCosine());
    }

    @Test
    void broken_yaml_is_one_clear_line() throws Exception {
        Path f = file("timezone: [unclosed\n");
        assertThatThrownBy(() -> NewsbotConfig.load(f, Map.of())).isInstanceOf(ConfigException.class)
                .hasMessageContaining("not valid YAML").satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    }

    @Test
    void secrets_never_show_in_to_string() {
        NewsbotConfig c = NewsbotConfig.load(null, Map.of("NEWSBOT_TELEGRAM_TOKEN", "123:supersecret", "NEWSBOT_LLM_API_KEY", "sk-secret"));
        assertThat(c.toString()).doesNotContain("supersecret").doesNotContain("sk-secret");
        assertThat(c.secrets().toString()).contains("telegramToken=set").contains("slackBotToken=unset");
    }

    @Test
    void the_shipped_config_file_is_valid_and_documents_every_key() throws Exception {
        Path shipped = Path.of("..", "config", "newsbot.yml");
        NewsbotConfig c = NewsbotConfig.load(shipped, Map.of());
        assertThat(c.core().seedDemo()).isTrue();
        String text = Files.readString(shipped);
        for (String key : RawConfig.load(null, Map.of()).keys()) {
            assertThat(text).as(key).contains(key.substring(key.lastIndexOf('.') + 1) + ":");
        }
    }
}
