package io.newsbot.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbot.platform.Reply;

/** A {@link Reply} as the JSON the outbox stores, and back. Unknown fields are ignored, so older rows stay readable. */
public final class ReplyJson {
    private static final ObjectMapper JSON = new ObjectMapper().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ReplyJson() {
    }

    public static String write(Reply reply) {
        try {
            return JSON.writeValueAsString(reply);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A reply could not be written as JSON", e);
        }
    }

    public static Reply read(String json) {
        try {
            return JSON.readValue(json, Reply.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored reply is not readable: " + e.getOriginalMessage(), e);
        }
    }
}
