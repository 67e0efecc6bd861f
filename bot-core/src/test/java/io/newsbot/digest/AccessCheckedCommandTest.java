package io.newsbot.digest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.newsbot.command.Command;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.Reply;
import io.newsbot.store.DigestGrants;
import io.newsbot.testing.TestCore;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class AccessCheckedCommandTest {
    /** A command that counts its runs. */
    record Counted(AtomicInteger runs) implements Command {
        @Override
        public String name() {
            return "settest";
        }

        @Override
        public String arguments() {
            return "X";
        }

        @Override
        public String summary() {
            return "changes this chat (test only)";
        }

        @Override
        public Reply run(CommandContext context) {
            runs.incrementAndGet();
            return Reply.info("Changed.");
        }
    }

    /** No chat has a grant. */
    static final DigestGrants NO_GRANTS = new DigestGrants() {
        @Override
        public boolean isGranted(String chatKey) {
            return false;
        }

        @Override
        public boolean grant(String chatKey, String grantedBy, Instant at) {
            throw new UnsupportedOperationException();
        }

        @Override
        public boolean revoke(String chatKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<String> all() {
            return List.of();
        }
    };

    final AtomicInteger runs = new AtomicInteger();
    final Command guarded = new AccessCheckedCommand(new Counted(runs), new SubscriptionAccess(NO_GRANTS), "set watches");

    static CommandContext from(ChatType type, boolean admin) {
        return new CommandContext(TestCore.from("telegram", "7", type == ChatType.PRIVATE ? "7" : "-100200", type, "/settest X"), "X", admin);
    }

    @Test
    void refuses_a_group_member_without_running_the_command() {
        Reply reply = guarded.run(from(ChatType.GROUP, false));

        assertThat(reply.kind()).isEqualTo(Reply.Kind.REFUSED);
        assertThat(reply.plainText()).startsWith("Only a bot admin can set watches in a group or channel.");
        assertThat(runs).hasValue(0);
    }

    @Test
    void runs_the_command_for_a_bot_admin_in_a_group_and_for_anyone_in_a_private_chat() {
        Reply inGroup = guarded.run(from(ChatType.GROUP, true));
        Reply inPrivate = guarded.run(from(ChatType.PRIVATE, false));

        assertThat(List.of(inGroup.plainText(), inPrivate.plainText())).containsOnly("Changed.");
        assertThat(runs).hasValue(2);
    }

    @Test
    void is_listed_as_the_command_it_guards() {
        assertThat(List.of(guarded.name(), guarded.arguments(), guarded.summary())).containsExactly("settest", "X", "changes this chat (test only)");
    }

    @Test
    void needs_the_action_it_refuses_named() {
        assertThatThrownBy(() -> new AccessCheckedCommand(new Counted(runs), new SubscriptionAccess(NO_GRANTS), " "))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("action");
    }
}
