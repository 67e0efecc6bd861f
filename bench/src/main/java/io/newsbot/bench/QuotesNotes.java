package io.newsbot.bench;

/** The prose of the "Who said what" section that is not computed: what moved the figures, and what is left. */
final class QuotesNotes {
    static final String BEFORE = "\nTODO before\n";
    static final String AFTER = "\nTODO after\n";

    private QuotesNotes() {
    }
}
