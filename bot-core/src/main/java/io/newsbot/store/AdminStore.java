package io.newsbot.store;

import java.time.Instant;
import java.util.List;

/** Who may run admin commands, by platform user key ({@code platform:userId}). */
public interface AdminStore {
    boolean isAdmin(String userKey);

    /** @return false when the user already was an admin */
    boolean grant(String userKey, String grantedBy, Instant at);

    /** @return false when the user was not an admin */
    boolean revoke(String userKey);

    List<String> all();
}
