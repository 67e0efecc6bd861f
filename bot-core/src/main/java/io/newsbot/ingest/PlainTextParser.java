package io.newsbot.ingest;

import io.newsbot.article.ArticleDraft;
import java.util.List;

/**
 * Plain text and Markdown: the title on the first non-empty line (a leading {@code #} dropped), the body
 * after it.
 */
public final class PlainTextParser implements ArticleParser {
    @Override
    public List<ArticleDraft> parse(String locator, String content) {
        String text = content.replace("\r\n", "\n");
        String[] lines = text.split("\n", -1);
        int i = 0;
        while (i < lines.length && lines[i].isBlank()) i++;
        if (i == lines.length) throw new IngestException(locator + " is empty.");
        String title = lines[i].strip().replaceFirst("^#+\\s*", "");
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length))
                .replaceAll("(?m)^#+\\s*", "");
        return List.of(new ArticleDraft(locator, "", title, "", null, body));
    }
}
