package io.newsbot.feedback.jdbc;

import io.newsbot.store.jdbc.Sql;
import io.newsbot.feedback.AnsweredQuestion;
import io.newsbot.feedback.FeedbackStore;
import io.newsbot.feedback.QuestionKind;
import io.newsbot.feedback.Vote;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.store.jdbc.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** {@link FeedbackStore} on H2 or PostgreSQL (migration V9). */
public final class JdbcFeedbackStore implements FeedbackStore {
    private static final String ANSWER = "a.id, a.platform, a.chat_id, a.chat_type, a.question, a.kind, a.topic, a.article_ids, a.covered, a.answered_at";
    private final Sql sql;

    public JdbcFeedbackStore(Database db) {
        this.sql = new Sql(db, "The feedback store");
    }

    @Override
    public long record(AnsweredQuestion q) {
        String ids = q.articleIds().stream().limit(100).map(String::valueOf).collect(Collectors.joining(","));
        return sql.insert("insert into answered_questions (platform, chat_id, chat_type, question, kind, topic, article_ids, covered,"
                + " answered_at) values (?,?,?,?,?,?,?,?,?)", q.chat().platform(), q.chat().id(), q.chat().type().name(), q.question(), q.kind().name(), cut(q.topic(), 200), ids,
                q.covered(), q.answeredAt());
    }

    @Override
    public Optional<AnsweredQuestion> answer(long id) {
        return sql.query("select " + ANSWER + " from answered_questions a where a.id = ?", JdbcFeedbackStore::answer, id).stream().findFirst();
    }

    @Override
    public Optional<AnsweredQuestion> lastAnswer(ChatRef chat) {
        return sql.query("select " + ANSWER + " from answered_questions a where a.platform = ? and a.chat_id = ? order by a.id desc limit 1",
                JdbcFeedbackStore::answer, chat.platform(), chat.id()).stream().findFirst();
    }

    @Override
    public void vote(Vote v) {
        sql.run(c -> {
            Object reason = v.reason() == null ? null : v.reason().name();
            int updated = Sql.update(c, "update answer_votes set good = ?, reason = ?, voted_at = ? where answer_id = ? and voter = ?", v.good(),
                    reason, v.at(), v.answerId(), v.voter());
            if (updated > 0) return null;
            try {
                Sql.update(c, "insert into answer_votes (answer_id, voter, good, reason, voted_at) values (?,?,?,?,?)", v.answerId(), v.voter(),
                        v.good(), reason, v.at());
            } catch (SQLException e) {
                if (!Sql.isDuplicateKey(e)) throw e;
                Sql.update(c, "update answer_votes set good = ?, reason = ?, voted_at = ? where answer_id = ? and voter = ?", v.good(), reason,
                        v.at(), v.answerId(), v.voter());
            }
            return null;
        });
    }

    @Override
    public boolean explain(long answerId, String voter, Vote.Reason reason) {
        return sql.update("update answer_votes set reason = ? where answer_id = ? and voter = ? and good = ?", reason.name(), answerId, voter,
                false) > 0;
    }

    @Override
    public List<Rated> latestVotes(int limit) {
        return sql.query("select v.answer_id, v.voter, v.good, v.reason, v.voted_at, " + ANSWER + " from answer_votes v"
                + " join answered_questions a on a.id = v.answer_id order by v.voted_at desc, v.answer_id desc limit ?", rs -> new Rated(
                new Vote(rs.getLong("answer_id"), rs.getString("voter"), rs.getBoolean("good"),
                        rs.getString("reason") == null ? null : Vote.Reason.valueOf(rs.getString("reason")), Sql.instant(rs, "voted_at")),
                answer(rs)), limit);
    }

    @Override
    public List<KindCount> votesByKind() {
        return sql.query("select a.kind, count(*) as votes, sum(case when v.good then 0 else 1 end) as bad from answer_votes v"
                + " join answered_questions a on a.id = v.answer_id group by a.kind order by a.kind", rs -> new KindCount(
                QuestionKind.valueOf(rs.getString("kind")), rs.getInt("votes"), rs.getInt("bad")));
    }

    @Override
    public List<TopicCount> notCovered(int limit) {
        return sql.query("select topic, count(*) as questions, max(question) as example from answered_questions where covered = ?"
                + " group by topic order by questions desc, topic limit ?", rs -> new TopicCount(rs.getString("topic"), rs.getInt("questions"),
                rs.getString("example")), false, limit);
    }

    private static AnsweredQuestion answer(ResultSet rs) throws SQLException {
        String ids = rs.getString("article_ids");
        return new AnsweredQuestion(rs.getLong("id"), new ChatRef(rs.getString("platform"), rs.getString("chat_id"),
                ChatType.valueOf(rs.getString("chat_type"))),
                rs.getString("question"), QuestionKind.valueOf(rs.getString("kind")), rs.getString("topic"),
                ids.isEmpty() ? List.of() : Arrays.stream(ids.split(",")).map(Long::valueOf).toList(), rs.getBoolean("covered"),
                Sql.instant(rs, "answered_at"));
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
