package io.newsbot.command;

import io.newsbot.answer.Question;
import io.newsbot.platform.Reply;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The last question and answer of each conversation, for follow-ups. Bounded; forgets the least recent. */
public final class ConversationMemory {
    /**
     * One remembered turn.
     *
     * @param question the question as parsed
     * @param reply    the reply sent to it
     * @param shown    everything shown for this question so far: the reply, plus what earlier replies showed when it
     *                 asked for more of them ("more", "what else did he say?"), so that asking again moves on
     */
    public record Turn(Question question, Reply reply, Reply shown) {
        public Turn {
            Objects.requireNonNull(question, "question");
            Objects.requireNonNull(reply, "reply");
            shown = shown == null ? reply : shown;
        }

        public Turn(Question question, Reply reply) {
            this(question, reply, reply);
        }

        /** The turn that follows this one: a request for more adds its reply to what was shown, anything else starts afresh. */
        Turn next(Question asked, Reply answered) {
            if (!asked.more()) return new Turn(asked, answered);
            // The new reply's citations are numbered on after the ones shown, so every item still points at its article.
            int offset = shown.citations().size();
            List<Reply.Section> sections = new ArrayList<>(shown.sections());
            for (Reply.Section section : answered.sections()) {
                sections.add(new Reply.Section(section.heading(), section.items().stream().map(i -> new Reply.Item(i.speaker(), i.text(),
                        i.citations().stream().map(n -> n + offset).toList())).toList()));
            }
            List<Reply.Citation> citations = new ArrayList<>(shown.citations());
            for (Reply.Citation c : answered.citations()) {
                citations.add(new Reply.Citation(c.number() + offset, c.articleId(), c.title(), c.source(), c.date(), c.url()));
            }
            return new Turn(asked, answered, new Reply(shown.kind(), shown.intro(), sections, citations));
        }
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
