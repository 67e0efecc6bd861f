package io.newsbot.command;

import io.newsbot.platform.Sender;
import io.newsbot.store.AdminStore;
import java.util.Set;

/**
 * Who is a bot admin: the console user, the users named in configuration, and those granted in chat.
 * Decided on platform user ids, never on display names.
 */
public final class Access {
    public static final String CONSOLE = "console";
    private final AdminStore admins;
    private final Set<String> configured;

    /** @param configured user keys ({@code platform:userId}) that are admins by configuration */
    public Access(AdminStore admins, Set<String> configured) {
        this.admins = admins;
        this.configured = Set.copyOf(configured);
    }

    public boolean isAdmin(Sender sender) {
        return isOperator(sender) || configured.contains(sender.key()) || admins.isAdmin(sender.key());
    }

    /**
     * Whether the sender is the operator at the console: the person running newsbot, who is neither rate-limited
     * nor refused anything. Only the in-process console adapter speaks as the console platform.
     */
    public static boolean isOperator(Sender sender) {
        return sender.platform().equals(CONSOLE);
    }

    public boolean isConfigured(String userKey) {
        return configured.contains(userKey);
    }

    public Set<String> configured() {
        return configured;
    }
}
