package io.newsbot.launcher.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsbot.app.NewsbotCore;
import io.newsbot.article.Article;
import io.newsbot.index.Passage;
import io.newsbot.index.SearchQuery;
import io.newsbot.index.SearchResult;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsbot search QUERY}: the ranked passages with scores, for scripts and evaluation. */
@Command(name = "search", description = "Print the passages that best match a query, with scores.")
public final class SearchCli implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(arity = "1..*", paramLabel = "QUERY")
    String[] words;

    @Option(names = "--k", defaultValue = "10", description = "how many passages (default ${DEFAULT-VALUE})")
    int k;

    @Option(names = "--json", description = "print JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        if (k < 1 || k > 1000) throw new picocli.CommandLine.ParameterException(new picocli.CommandLine(this), "--k must be from 1 to 1000");
        String query = String.join(" ", words);
        try (NewsbotCore core = GlobalOptions.open(global.load(System.getenv()))) {
            SearchResult result = core.retriever().search(query, SearchQuery.Filter.NONE, k);
            ObjectNode root = Json.MAPPER.createObjectNode();
            root.put("query", query);
            root.put("lexical_coverage", result.lexicalCoverage());
            root.put("best_cosine", result.bestCosine());
            ArrayNode passages = root.putArray("passages");
            int rank = 1;
            for (Passage p : result.passages()) {
                Article a = core.articles().byId(p.articleId()).orElse(null);
                ObjectNode o = passages.addObject();
                o.put("rank", rank++);
                o.put("score", p.score());
                o.put("article_id", p.articleId());
                o.put("title", a == null ? "" : a.title());
                o.put("chunk", p.ordinal());
                o.put("lexical_rank", p.lexicalRank());
                o.put("vector_rank", p.vectorRank());
                if (!Double.isNaN(p.cosine())) o.put("cosine", p.cosine());
                o.put("text", p.text());
                if (!json) System.out.printf("%2d. %.4f  [%d] %s%n    %s%n", rank - 1, p.score(), p.articleId(), a == null ? "" : a.title(),
                        p.text().length() > 200 ? p.text().substring(0, 200) + "…" : p.text());
            }
            if (json) System.out.println(Json.MAPPER.writeValueAsString(root));
            return 0;
        }
    }
}
