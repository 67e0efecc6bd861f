package io.newsbot.command.admin;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the user an admin names in {@code grant} and {@code revoke}: {@code platform:userId}, or a bare id on
 * the admin's own platform (a Slack mention {@code <@U123>} counts as one). Ids only: a display name or
 * {@code @username} can change or be copied, so it never names an admin.
 */
final class UserKeys {
    private static final Pattern PLATFORM = Pattern.compile("[a-z][a-z0-9_-]{0,31}");
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9_.-]{1,128}");
    private static final Pattern SLACK_MENTION = Pattern.compile("<@([A-Za-z0-9]+)(?:\\|[^>]*)?>");

    private UserKeys() {
    }

    /** A user key, or the sentence saying what is wrong with what was typed. */
    record Parsed(String key, String problem) {
        boolean ok() {
            return problem == null;
        }
    }

    static Parsed parse(String typed, String callerPlatform) {
        String t = typed.strip();
        Matcher mention = SLACK_MENTION.matcher(t);
        if (mention.matches()) t = mention.group(1);
        if (t.startsWith("@")) {
            return problem("Name the user by id, not by @username, which can change: the numeric id in Telegram, the member id (U…) in Slack.");
        }
        String platform = callerPlatform;
        String id = t;
        int colon = t.indexOf(':');
        if (colon >= 0) {
            platform = t.substring(0, colon).toLowerCase(Locale.ROOT);
            id = t.substring(colon + 1);
        }
        if (platform.equals("console")) {
            return problem("The console user is always an admin. Name a chat user as platform:id, e.g. telegram:123456789 or slack:U0123ABC.");
        }
        if (!PLATFORM.matcher(platform).matches() || !ID.matcher(id).matches()) {
            return problem("Name the user as platform:id, e.g. telegram:123456789 or slack:U0123ABC, or give a bare id on this platform.");
        }
        return new Parsed(platform + ":" + id, null);
    }

    private static Parsed problem(String sentence) {
        return new Parsed(null, sentence);
    }
}
