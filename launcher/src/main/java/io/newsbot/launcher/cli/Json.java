package io.newsbot.launcher.cli;

import com.fasterxml.jackson.databind.ObjectMapper;

/** JSON output for scripts (a reply's shape: {@link io.newsbot.platform.AnswerJson}). */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }
}
