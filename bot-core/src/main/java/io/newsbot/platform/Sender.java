package io.newsbot.platform;

/**
 * Who sent a message. Authorisation uses {@link #id()}, never the display name.
 *
 * @param platform    the platform's short name
 * @param id          the platform's stable user id
 * @param displayName a name to show; may be empty, never trusted
 */
public record Sender(String platform, String id, String displayName) {
    public Sender {
        ChatRef.requireText(platform, "platform");
        ChatRef.requireText(id, "id");
        displayName = displayName == null ? "" : displayName;
    }

    /** The key used to store things per user, such as admin grants. */
    public String key() {
        return platform + ":" + id;
    }
}
