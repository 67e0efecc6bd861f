package io.newsbot.quote;

/** Whether a name in a question ("Lavrov", "Sarah Sanders") refers to a speaker found in an article. */
public final class NameMatch {
    private NameMatch() {
    }

    public static boolean matches(String speaker, String queryName) {
        return Names.matches(speaker, queryName);
    }
}
