package io.newsbot.answer;

import io.newsbot.platform.Reply;

/**
 * How long a reply is once a chat platform renders it, counted generously: the text, a bullet and bold markup per item, a
 * link per citation marker and per source line, and escaped markup characters. Answers are built to stay under
 * {@link #ONE_MESSAGE}, so that they normally fit one Telegram message (4,096 characters, markup counted).
 */
public final class ReplySize {
    /** What an answer may take: one Telegram message, less a margin for the adapter's own lines. */
    public static final int ONE_MESSAGE = 3_800;

    private ReplySize() {
    }

    public static int of(Reply reply) {
        int n = escaped(reply.intro()) + 2;
        for (Reply.Section s : reply.sections()) {
            n += s.heading().isEmpty() ? 0 : escaped(s.heading()) + 9;
            for (Reply.Item i : s.items()) n += item(i, reply);
        }
        n += reply.citations().isEmpty() ? 0 : 20;
        for (Reply.Citation c : reply.citations()) n += citation(c);
        return n;
    }

    static int item(Reply.Item i, Reply reply) {
        int n = 3 + escaped(i.text()) + (i.speaker().isEmpty() ? 0 : escaped(i.speaker()) + 9);
        for (int c : i.citations()) n += 5 + linkLength(reply, c);
        return n;
    }

    static int citation(Reply.Citation c) {
        return 12 + escaped(c.title()) + c.source().length() + c.date().length() + 2 * c.url().length() + 20;
    }

    private static int linkLength(Reply reply, int number) {
        for (Reply.Citation c : reply.citations()) if (c.number() == number) return c.url().isEmpty() ? 0 : c.url().length() + 15;
        return 0;
    }

    /** Length after HTML escaping (&, < and > grow). */
    static int escaped(String text) {
        int n = text.length();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '&') n += 4;
            else if (c == '<' || c == '>') n += 3;
        }
        return n;
    }
}
