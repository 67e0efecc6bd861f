package io.newsbot.store.jdbc;

import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.store.ChatStore;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** {@link ChatStore} on JDBC. */
public final class JdbcChatStore implements ChatStore {
    private final Jdbc jdbc;

    public JdbcChatStore(Database db) {
        this.jdbc = new Jdbc(db);
    }

    @Override
    public void seen(ChatRef chat, Instant at) {
        jdbc.run(c -> {
            int n = Jdbc.update(c, "update chats set active = true, chat_type = ? where platform = ? and chat_id = ?",
                    chat.type().name(), chat.platform(), chat.id());
            if (n == 0) {
                try {
                    Jdbc.update(c, "insert into chats (platform, chat_id, chat_type, active, first_seen_at) values (?,?,?,true,?)",
                            chat.platform(), chat.id(), chat.type().name(), at);
                } catch (SQLException e) {
                    if (!Jdbc.isDuplicateKey(e)) throw e;
                }
            }
            return null;
        });
    }

    @Override
    public void deactivate(ChatRef chat) {
        jdbc.update("update chats set active = false where platform = ? and chat_id = ?", chat.platform(), chat.id());
    }

    @Override
    public boolean isActive(ChatRef chat) {
        return jdbc.one("select active from chats where platform = ? and chat_id = ?", rs -> rs.getBoolean(1), chat.platform(), chat.id())
                .orElse(true);
    }

    @Override
    public List<ChatRef> active() {
        return jdbc.query("select platform, chat_id, chat_type from chats where active order by platform, chat_id",
                rs -> new ChatRef(rs.getString(1), rs.getString(2), ChatType.valueOf(rs.getString(3))));
    }
}
