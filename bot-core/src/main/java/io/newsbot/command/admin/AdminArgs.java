package io.newsbot.command.admin;

import java.util.OptionalInt;
import java.util.OptionalLong;

/** Reads what admins type after a sub-command, and shortens user text before echoing it back. */
final class AdminArgs {
    private AdminArgs() {
    }

    /** An id such as the 12 in {@code /admin remove-article 12} (or {@code #12}); empty unless a positive number. */
    static OptionalLong id(String text) {
        String t = text.strip();
        if (t.startsWith("#")) t = t.substring(1);
        if (!t.matches("[0-9]{1,18}")) return OptionalLong.empty();
        long id = Long.parseLong(t);
        return id > 0 ? OptionalLong.of(id) : OptionalLong.empty();
    }

    /** A count from 1 to {@code max}, or {@code fallback} when nothing was typed; empty when it is not one. */
    static OptionalInt count(String text, int fallback, int max) {
        if (text.isBlank()) return OptionalInt.of(fallback);
        if (!text.strip().matches("[0-9]{1,6}")) return OptionalInt.empty();
        int n = Integer.parseInt(text.strip());
        return n >= 1 && n <= max ? OptionalInt.of(n) : OptionalInt.empty();
    }

    /** At most {@code max} code points of user text, never splitting a surrogate pair. */
    static String shorten(String text, int max) {
        if (text.codePointCount(0, text.length()) <= max) return text;
        return text.substring(0, text.offsetByCodePoints(0, max)) + "…";
    }
}
