package io.newsbot.store.jdbc;

import io.newsbot.store.QuestionLog;
import java.time.Instant;
import java.util.List;

/** {@link QuestionLog} on JDBC. */
public final class JdbcQuestionLog implements QuestionLog {
    private final Jdbc jdbc;

    public JdbcQuestionLog(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public void record(Instant at, String platform, long latencyMillis, String outcome) {
        jdbc.update("insert into questions (at, platform, latency_ms, outcome) values (?,?,?,?)", at, platform,
                (int) Math.min(Integer.MAX_VALUE, latencyMillis), outcome);
    }

    @Override
    public List<Long> latenciesSince(Instant since) {
        return jdbc.query("select latency_ms from questions where at >= ? order by latency_ms", rs -> rs.getLong(1), since);
    }
}
