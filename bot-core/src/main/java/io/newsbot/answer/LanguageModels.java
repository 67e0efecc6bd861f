package io.newsbot.answer;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import java.time.Duration;

/**
 * Builds the optional language model: any OpenAI-compatible endpoint, or Ollama through its
 * OpenAI-compatible {@code /v1} API. No retries: on failure the extractive answer is given at once.
 */
public final class LanguageModels {
    private LanguageModels() {
    }

    /**
     * @param provider {@code openai} or {@code ollama}
     * @param baseUrl  e.g. {@code https://api.openai.com/v1}, or {@code http://localhost:11434} for Ollama
     * @param apiKey   may be empty for Ollama
     */
    public static ChatModel create(String provider, String baseUrl, String model, String apiKey, Duration timeout) {
        String url = baseUrl;
        String key = apiKey;
        if (provider.equals("ollama")) {
            if (url.isBlank()) url = "http://localhost:11434";
            if (!url.replaceAll("/+$", "").endsWith("/v1")) url = url.replaceAll("/+$", "") + "/v1";
            if (key.isBlank()) key = "ollama";
        } else if (!provider.equals("openai")) {
            throw new IllegalArgumentException("provider must be openai or ollama, not '" + provider + "'");
        }
        return OpenAiChatModel.builder().baseUrl(url.isBlank() ? null : url).apiKey(key).modelName(model).timeout(timeout)
                .maxRetries(0).temperature(0.0).build();
    }
}
