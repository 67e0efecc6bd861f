package io.newsbot.digest.jdbc;

import io.newsbot.digest.DigestThreads;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.Reply;
import io.newsbot.store.jdbc.Database;
import io.newsbot.store.jdbc.ReplyJson;
import io.newsbot.store.jdbc.Sql;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Optional;

/** {@link DigestThreads} on H2 or PostgreSQL (migration V11). */
public final class JdbcDigestThreads implements DigestThreads {
    private final Sql sql;

    public JdbcDigestThreads(Database db) {
        this.sql = new Sql(db, "The digest threads");
    }

    @Override
    public void sent(ChatRef chat, String messageId, Reply digest, Instant at) {
        sql.run(c -> {
            try {
                Sql.update(c, "insert into digest_messages (platform, chat_id, message_id, digest, sent_at) values (?,?,?,?,?)", chat.platform(),
                        chat.id(), messageId, ReplyJson.write(digest), at);
            } catch (SQLException e) {
                // A part sent again after a crash gets a new id; the same id twice is the same message: nothing to add.
                if (!Sql.isDuplicateKey(e)) throw e;
            }
            return null;
        });
    }

    @Override
    public Optional<SentDigest> find(ChatRef chat, String messageId) {
        return sql.query("select digest, sent_at from digest_messages where platform = ? and chat_id = ? and message_id = ?",
                rs -> new SentDigest(ReplyJson.read(rs.getString("digest")), Sql.instant(rs, "sent_at")), chat.platform(), chat.id(), messageId)
                .stream().findFirst();
    }

    @Override
    public int forgetSentBefore(Instant before) {
        return sql.run(c -> Sql.update(c, "delete from digest_messages where sent_at < ?", before));
    }
}
