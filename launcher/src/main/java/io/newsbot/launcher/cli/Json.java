package io.newsbot.launcher.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsbot.platform.Reply;

/** JSON output for scripts. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    static ObjectNode reply(String question, Reply reply) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("question", question);
        root.put("kind", reply.kind().name().toLowerCase());
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
