package io.newsbot.ingest;

/** Where to cut text that is over a limit: at a paragraph break if one is near, else between words, never inside a character. */
final class Cut {
    private Cut() {
    }

    /** An offset at most {@code max} where the text may be cut; the text's length when it is not longer. */
    static int at(String text, int max) {
        if (text.length() <= max) return text.length();
        int paragraph = text.lastIndexOf("\n\n", max);
        if (paragraph >= max / 2) return paragraph;
        for (int i = max; i > max / 2; i--) {
            if (Character.isWhitespace(text.charAt(i))) return i;
        }
        return Character.isLowSurrogate(text.charAt(max)) ? max - 1 : max;
    }

    /** How many words the text has, counting no further than {@code enough}. */
    static int words(String text, int enough) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length() && words < enough; i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && !inWord) words++;
            inWord = !space;
        }
        return words;
    }
}
