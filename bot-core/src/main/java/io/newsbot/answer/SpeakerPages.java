package io.newsbot.answer;

import io.newsbot.article.Article;
import io.newsbot.platform.Reply;
import io.newsbot.statement.AttributionBasis;
import io.newsbot.statement.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Lays a speaker's ranked statements out as replies, surest credit first: the statements where the article names the
 * speaker come on their own pages, and those it credits only through "he", a title, the quote before (resolved by
 * rules, so sometimes wrong) or another speaker's account ("the source said X demanded ...") come after them, under an intro that says so. A reader asking "What did X say?" first sees
 * what the articles plainly give as X's; the rest is one "more" away, and is shown at once when there is nothing surer.
 */
final class SpeakerPages {
    private SpeakerPages() {
    }

    /**
     * The page that starts where the previous reply stopped (or at the first statement).
     *
     * @param caveat what every page must say first, whichever statements it shows ("The articles don't quote X on
     *               Y."); empty for none
     * @param intro  the intro of the surest statements' pages
     * @param who    how the reply names the speaker
     * @param ranked the statements in the order the answer ranks them
     */
    static Reply page(String caveat, String intro, String who, List<Statement> ranked, Map<Long, Article> byId, Reply previous,
                      boolean more) {
        List<AnswerLayout.Entry> entries = new ArrayList<>();
        int named = 0;
        for (boolean sure : new boolean[] {true, false}) {
            for (Statement s : ranked) {
                Article a = byId.get(s.articleId());
                if (a == null || (s.basis() == AttributionBasis.NAMED) != sure) continue;
                entries.add(new AnswerLayout.Entry(a, s.speaker(), s.text()));
                if (sure) named++;
            }
        }
        int from = more ? Continuation.after(previous, entries) : 0;
        if (from >= entries.size()) return Reply.info("That is all the articles quote. Ask about another person or topic.");
        boolean sure = from < named;
        List<AnswerLayout.Entry> rest = entries.subList(from, sure ? named : entries.size());
        String head = (caveat.isEmpty() ? "" : caveat + " ") + (sure ? intro : "Credited to " + who + " from context (the article says \"he\" or "
                + "\"she\", gives a title, quotes on after " + who + ", or gives someone else's account of it):");
        AnswerLayout.Laid laid = AnswerLayout.lay(head, rest, ReplySize.ONE_MESSAGE);
        int left = entries.size() - from - laid.shown();
        if (left > 0) {
            int lessSure = Math.min(left, entries.size() - named);
            String which = !sure || lessSure == 0 ? "" : lessSure == left ? " credited from context" : ", " + lessSure + " of them credited from context";
            laid = AnswerLayout.lay(head.replaceFirst(":$", "") + " (" + left + " more" + which + ": ask \"more\"):", rest, ReplySize.ONE_MESSAGE);
        }
        return laid.reply();
    }
}
