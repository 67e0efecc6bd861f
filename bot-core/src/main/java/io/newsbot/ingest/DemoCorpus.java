package io.newsbot.ingest;

import io.newsbot.article.ArticleDraft;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The two demo articles bundled in the jar, ingested on the first start with an empty store. */
public final class DemoCorpus {
    public static final String PUBLISHER = "newsbot demo corpus";

    private DemoCorpus() {
    }

    public static List<ArticleDraft> drafts() {
        List<ArticleDraft> out = new ArrayList<>();
        for (String name : read("demo/articles.list").split("\n")) {
            if (name.isBlank()) continue;
            ArticleDraft parsed = new PlainTextParser().parse("demo:" + name.strip(), read("demo/" + name.strip())).get(0);
            out.add(new ArticleDraft(parsed.locator(), "", parsed.title(), PUBLISHER, null, parsed.text()));
        }
        return out;
    }

    private static String read(String resource) {
        try (InputStream in = DemoCorpus.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("The jar lacks its demo resource " + resource);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
