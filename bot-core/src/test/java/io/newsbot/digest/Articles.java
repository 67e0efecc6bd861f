package io.newsbot.digest;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import java.time.Instant;

/** Stores made-up articles for digest tests. */
final class Articles {
    private Articles() {
    }

    static Article put(ArticleStore store, String title, String body, Instant ingestedAt) {
        String locator = "https://news.example/" + Integer.toHexString((title + body).hashCode());
        Article a = new Article(0, locator, locator, title, "Example News", ingestedAt, ingestedAt, "en",
                Integer.toHexString((title + body).hashCode()), body);
        return store.put(a, null, r -> { }).article();
    }

    static final String SYRIA_TALKS = "Russia and Turkey agreed on Monday to hold new talks on a ceasefire in Syria. The talks in Astana "
            + "are meant to end the fighting around Idlib, where rebels still hold ground. Russian officials said the Syrian government "
            + "would attend the talks. Turkey wants guarantees for civilians in Idlib before any agreement. Aid groups say the fighting "
            + "has forced thousands of families to flee toward the border in recent weeks.";
    static final String SYRIA_AID = "Aid convoys reached Idlib in Syria on Tuesday after the ceasefire talks between Russia and Turkey. "
            + "The United Nations said the convoys carried food and medicine for families who fled the fighting. Syrian government forces "
            + "let the trucks pass at the border crossing. Aid groups warned that more convoys would be needed before winter.";
    static final String FOOTBALL = "Arsenal beat Chelsea two goals to one at the Emirates Stadium on Sunday. The winning goal came in "
            + "the last minute from a header after a corner. The manager praised the defence, which held firm under late pressure. "
            + "Arsenal moved to second place in the league table with the win.";
}
