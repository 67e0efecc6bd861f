package io.newsbot.command;

import io.newsbot.answer.Question;
import io.newsbot.platform.Reply;
import java.util.LinkedHashMap;
import java.util.Map;

/** The last question and answer of each conversation, for follow-ups. Bounded; forgets the least recent. */
public final class ConversationMemory {
    /** One remembered turn. */
    public record Turn(Question question, Reply reply) {
    }

    private final Map<String, Turn> turns;

    public ConversationMemory(int capacity) {
        this.turns = new LinkedHashMap<>(64, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Turn> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized Turn last(String conversationKey) {
        return turns.get(conversationKey);
    }

    public synchronized void remember(String conversationKey, Turn turn) {
        turns.put(conversationKey, turn);
    }
}
