package io.newsbot.digest;

import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import java.time.Instant;

/** Stores made-up articles for digest tests. */
final class Articles {
    private Articles() {
    }

    static Article put(ArticleStore store, String title, String body, Instant ingestedAt) {
        return put(store, "Example News", title, body, ingestedAt);
    }

    static Article put(ArticleStore store, String publisher, String title, String body, Instant ingestedAt) {
        String key = Integer.toHexString((publisher + title + body).hashCode());
        String locator = "https://news.example/" + key;
        Article a = new Article(0, locator, locator, title, publisher, ingestedAt, ingestedAt, "en", key, body);
        return store.put(a, null, r -> { }).article();
    }

    static final String SYRIA_TALKS = "Russia and Turkey agreed on Monday to hold new talks on a ceasefire in Syria. The talks in Astana "
            + "are meant to end the fighting around Idlib, where rebels still hold ground. Russian officials said the Syrian government "
            + "would attend the talks. Turkey wants guarantees for civilians in Idlib before any agreement. Aid groups say the fighting "
            + "has forced thousands of families to flee toward the border in recent weeks.";
    static final String SYRIA_AID = "Aid convoys reached Idlib in Syria on Tuesday after the ceasefire talks between Russia and Turkey. "
            + "The United Nations said the convoys carried food and medicine for families who fled the fighting. Syrian government forces "
            + "let the trucks pass at the border crossing. Aid groups warned that more convoys would be needed before winter.";
    static final String SYRIA_TALKS_AGAIN = "Turkey and Russia will hold new ceasefire talks on Syria in Astana, officials said on Monday. "
            + "The talks aim to end the fighting around Idlib. Syrian government officials are expected to attend. "
            + "Turkey has asked for guarantees for civilians in Idlib.";
    static final String SYRIA_TALKS_NEWS = "The Astana talks on Syria opened on Wednesday with a new proposal from Turkey. "
            + "Turkish diplomats offered to monitor a buffer zone north of Idlib with their own troops. "
            + "Russian officials said they would study the proposal before the talks resume on Friday.";
    static final String FOOTBALL = "Arsenal beat Chelsea two goals to one at the Emirates Stadium on Sunday. The winning goal came in "
            + "the last minute from a header after a corner. The manager praised the defence, which held firm under late pressure. "
            + "Arsenal moved to second place in the league table with the win.";
}
