package io.newsbot.launcher.config;

import java.util.Map;

/**
 * Tokens and keys, from the environment only. {@link #toString()} never shows them.
 */
public record Secrets(String telegramToken, String telegramWebhookSecret, String slackBotToken, String slackAppToken,
                      String slackSigningSecret, String llmApiKey, String postgresUser, String postgresPassword) {
    public static Secrets fromEnvironment(Map<String, String> env) {
        return new Secrets(get(env, "NEWSBOT_TELEGRAM_TOKEN"), get(env, "NEWSBOT_TELEGRAM_WEBHOOK_SECRET"),
                get(env, "NEWSBOT_SLACK_BOT_TOKEN"), get(env, "NEWSBOT_SLACK_APP_TOKEN"), get(env, "NEWSBOT_SLACK_SIGNING_SECRET"),
                get(env, "NEWSBOT_LLM_API_KEY"), get(env, "NEWSBOT_POSTGRES_USER"), get(env, "NEWSBOT_POSTGRES_PASSWORD"));
    }

    private static String get(Map<String, String> env, String name) {
        String v = env.get(name);
        return v == null ? "" : v.strip();
    }

    @Override
    public String toString() {
        return "Secrets[telegramToken=" + shown(telegramToken) + ", telegramWebhookSecret=" + shown(telegramWebhookSecret)
                + ", slackBotToken=" + shown(slackBotToken) + ", slackAppToken=" + shown(slackAppToken) + ", slackSigningSecret="
                + shown(slackSigningSecret) + ", llmApiKey=" + shown(llmApiKey) + ", postgresUser=" + shown(postgresUser)
                + ", postgresPassword=" + shown(postgresPassword) + "]";
    }

    private static String shown(String secret) {
        return secret.isEmpty() ? "unset" : "set";
    }
}
