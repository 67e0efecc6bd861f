package io.newsbot.platform;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * A reply in the JSON shape {@code newsbot ask --json} prints: what scripts read, and what the benchmarks hand to the
 * shared scorers. One shape in one place, so the two cannot drift apart.
 */
public final class AnswerJson {
    private static final ObjectMapper JSON = new ObjectMapper();

    private AnswerJson() {
    }

    public static ObjectNode of(String question, Reply reply) {
        ObjectNode root = JSON.createObjectNode();
        root.put("question", question);
        root.put("kind", reply.kind().name().toLowerCase(Locale.ROOT));
        root.put("not_covered", reply.kind() == Reply.Kind.NOT_COVERED);
        root.put("intro", reply.intro());
        root.put("answer", reply.plainText());
        ArrayNode items = root.putArray("items");
        for (Reply.Section s : reply.sections()) {
            for (Reply.Item i : s.items()) {
                ObjectNode item = items.addObject();
                item.put("section", s.heading());
                item.put("speaker", i.speaker());
                item.put("text", i.text());
                ArrayNode cites = item.putArray("citations");
                i.citations().forEach(cites::add);
            }
        }
        ArrayNode citations = root.putArray("citations");
        for (Reply.Citation c : reply.citations()) {
            ObjectNode o = citations.addObject();
            o.put("number", c.number());
            o.put("article_id", c.articleId());
            o.put("title", c.title());
            o.put("source", c.source());
            o.put("date", c.date());
            o.put("url", c.url());
        }
        return root;
    }
}
