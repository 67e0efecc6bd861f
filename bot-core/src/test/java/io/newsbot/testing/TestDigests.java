package io.newsbot.testing;

import io.newsbot.app.NewsbotCore;
import io.newsbot.article.Article;
import io.newsbot.platform.Reply;
import java.util.List;

/** A digest of the two demo articles, as the composer writes one: a section per story, its heading naming the outlet, its lines cited. */
public final class TestDigests {
    /** The top story's line: a statement of Donald Trump's in the demo article. */
    public static final String TOP = "They can help us with Syria.";
    public static final String SECOND = "During his historic summit with Kim Jong Un last month, Trump met for about an hour with just the North Korean "
            + "dictator, joined only by their translators.";
    public static final String SECOND_TITLE = "Focus at Four: What we know about the upcoming Trump-Putin summit";

    private TestDigests() {
    }

    public static Reply demo(NewsbotCore core) {
        long trump = id(core, "Trump may meet Putin");
        long summit = id(core, SECOND_TITLE);
        return new Reply(Reply.Kind.DIGEST, "Daily digest, Monday 23 November 2026: 2 new articles in 2 stories.", List.of(
                new Reply.Section("Top of the day: Trump may meet Putin (newsbot demo corpus)", List.of(new Reply.Item("", TOP, List.of(1)))),
                new Reply.Section(SECOND_TITLE + " (newsbot demo corpus)", List.of(new Reply.Item("", SECOND, List.of(2))))),
                List.of(new Reply.Citation(1, trump, "Trump may meet Putin", "newsbot demo corpus", "2026-11-23", ""),
                        new Reply.Citation(2, summit, SECOND_TITLE, "newsbot demo corpus", "2026-11-23", "")));
    }

    public static long id(NewsbotCore core, String title) {
        return core.articles().latest(1000).stream().filter(a -> a.title().equals(title)).map(Article::id).findFirst()
                .orElseThrow(() -> new IllegalStateException("no demo article " + title));
    }
}
