package io.newsbot.store;

import java.time.Instant;
import java.util.List;

/** Answered questions with their latency, for {@code /admin stats}. Never the question's text. */
public interface QuestionLog {
    void record(Instant at, String platform, long latencyMillis, String outcome);

    /** Latencies in milliseconds of questions answered since the given time. */
    List<Long> latenciesSince(Instant since);
}
