package io.newsbot.quote;

/** Patterns for the names and descriptions of speakers as they stand next to a verb of saying. */
final class Names {
    /** A run of capitalised words, allowing initials, hyphens and apostrophes: "Sergei Lavrov", "Rex W. Tillerson". */
    static final String NAME = "(?:[A-Z][\\p{L}'\\u2019./-]*\\.?(?:\\s+(?:[A-Z][\\p{L}'\\u2019./-]*\\.?|(?:de|van|von|al|bin|la|le|da|du)(?=\\s+[A-Z])))*)";
    static final String DESCRIPTOR = "(?:(?:the|a|an|one|another)\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:official|officials|spokesman|spokeswoman|"
            + "spokesperson|source|sources|aide|aides|diplomat|diplomats|analyst|analysts|expert|experts|statement|report|"
            + "president|minister|secretary|senator|lawmaker|lawmakers|leader|leaders|campaign|company|ministry|agency|"
            + "government|court|police|military|army|embassy|administration|white house|kremlin))";

    private Names() {
    }
}
