package io.newsbot.answer;

import io.newsbot.platform.Reply;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Where an answer continues when the user asks for more: after the last of its ranked excerpts that the previous reply
 * showed, so that each "more" brings the next ones and none twice.
 */
final class Continuation {
    private Continuation() {
    }

    static int after(Reply previous, List<AnswerLayout.Entry> ranked) {
        if (previous == null) return 0;
        Set<String> shown = new HashSet<>();
        for (Reply.Section s : previous.sections()) for (Reply.Item i : s.items()) shown.add(i.text());
        int last = -1;
        for (int i = 0; i < ranked.size(); i++) if (shown.contains(ranked.get(i).text())) last = i;
        return last + 1;
    }
}
