package io.newsbot.launcher.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsbot.app.NewsbotCore;
import io.newsbot.article.Article;
import io.newsbot.index.SentenceSplitter;
import io.newsbot.ingest.IngestException;
import io.newsbot.quote.Attribution;
import io.newsbot.quote.AttributionExtractor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsbot quotes FILE|ARTICLE_ID}: who said what in one article. For a file, offsets are into the file's
 * own text, so they can be scored against annotations of that file.
 */
@Command(name = "quotes", description = "Print the attributions (who said what) found in a file or a stored article.")
public final class QuotesCli implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(paramLabel = "FILE|ARTICLE_ID")
    String target;

    @Option(names = "--json", description = "one JSON object per attribution")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<Attribution> found;
        String name;
        if (target.matches("\\d+") && !Files.exists(Path.of(target))) {
            try (NewsbotCore core = GlobalOptions.open(global.load(System.getenv()))) {
                Article a = core.articles().byId(Long.parseLong(target))
                        .orElseThrow(() -> new IngestException("There is no article with id " + target + "."));
                found = core.attributions().extract(a.body());
                name = target;
            }
        } else {
            Path file = Path.of(target);
            if (!Files.isReadable(file) || Files.isDirectory(file)) throw new IngestException(file + " is not a readable file.");
            found = new AttributionExtractor(new SentenceSplitter()).extract(Files.readString(file, StandardCharsets.UTF_8));
            name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        }
        for (Attribution a : found) {
            if (json) {
                ObjectNode o = Json.MAPPER.createObjectNode();
                o.put("article", name);
                o.put("source", a.speaker());
                o.put("name", a.source().name());
                o.put("role", a.source().role());
                o.put("kind", a.source().kind().name().toLowerCase(java.util.Locale.ROOT));
                o.put("source_start", a.sourceStart());
                o.put("source_end", a.sourceEnd());
                o.put("cue", a.cue());
                o.put("content", a.content());
                o.put("content_start", a.contentStart());
                o.put("content_end", a.contentEnd());
                o.put("direct", a.direct());
                System.out.println(Json.MAPPER.writeValueAsString(o));
            } else {
                String who = a.speaker().isEmpty() ? "(unknown)" : a.speaker();
                if (!a.source().name().isEmpty() && !a.source().role().isEmpty()) who += " (" + a.source().role() + ")";
                System.out.println(who + (a.direct() ? " [quote]: " : " [reported]: ") + a.content());
            }
        }
        return 0;
    }
}
