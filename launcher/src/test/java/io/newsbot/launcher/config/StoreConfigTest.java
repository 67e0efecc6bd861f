package io.newsbot.launcher.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsbot.app.StoreSettings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoreConfigTest {
    @Test
    void uses_the_embedded_store_by_default() {
        NewsbotConfig config = NewsbotConfig.load(null, Map.of());
        assertThat(config.store()).isEqualTo(StoreSettings.EMBEDDED);
    }

    @Test
    void takes_the_postgres_url_from_config_and_credentials_from_the_environment() {
        NewsbotConfig config = NewsbotConfig.load(null, Map.of("NEWSBOT_STORE", "postgres", "NEWSBOT_POSTGRES_URL",
                "jdbc:postgresql://db.example.com:5432/newsbot", "NEWSBOT_POSTGRES_USER", "bot", "NEWSBOT_POSTGRES_PASSWORD", "s3cret-pw"));
        assertThat(config.store()).isEqualTo(StoreSettings.postgres("jdbc:postgresql://db.example.com:5432/newsbot", "bot", "s3cret-pw"));
        assertThat(config.store().toString()).doesNotContain("s3cret-pw");
        assertThat(config.secrets().toString()).doesNotContain("s3cret-pw").contains("postgresPassword=set");
    }

    @Test
    void names_the_setting_when_postgres_has_no_url() {
        assertThatThrownBy(() -> NewsbotConfig.load(null, Map.of("NEWSBOT_STORE", "postgres")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("postgres.url");
    }

    @Test
    void refuses_a_password_in_the_url() {
        assertThatThrownBy(() -> NewsbotConfig.load(null, Map.of("NEWSBOT_STORE", "postgres", "NEWSBOT_POSTGRES_URL",
                "jdbc:postgresql://db/newsbot?password=oops")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("NEWSBOT_POSTGRES_PASSWORD").hasMessageNotContaining("oops");
    }

    @Test
    void refuses_an_unknown_store() {
        assertThatThrownBy(() -> NewsbotConfig.load(null, Map.of("NEWSBOT_STORE", "mysql")))
                .isInstanceOf(ConfigException.class).hasMessageContaining("h2, postgres");
    }
}
