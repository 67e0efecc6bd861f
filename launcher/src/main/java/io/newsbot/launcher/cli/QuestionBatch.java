package io.newsbot.launcher.cli;

import io.newsbot.platform.AnswerJson;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsbot.command.Bot;
import io.newsbot.ingest.IngestException;
import io.newsbot.launcher.console.ConsoleChat;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

/**
 * {@code ask --input FILE}: answers every line of a file in one process, for scripts and benchmarks. A line is a
 * question, or a JSON object with a {@code question} field (its {@code id}, if any, is copied to the answer). Each
 * line is a fresh conversation, so no question is read as a follow-up of the one before. The output has one line per
 * input line, in order: the answer (as {@code ask --json} prints it, or its plain text on one line), or, for a line
 * that is not a question, a JSON object {@code {"line": N, "error": "..."}} and the run goes on.
 */
final class QuestionBatch implements AutoCloseable {
    private final Bot bot;
    private final Clock clock;
    private final BufferedReader in;
    private final PrintStream out;
    private final boolean json;

    QuestionBatch(Bot bot, Clock clock, BufferedReader in, PrintStream out, boolean json) {
        this.bot = bot;
        this.clock = clock;
        this.in = in;
        this.out = out;
        this.json = json;
    }

    /** How many lines were answered and how many could not be. */
    record Counts(int answered, int failed) {
    }

    static BufferedReader open(String input) throws IOException {
        if (input.equals("-")) return new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        Path file = Path.of(input);
        if (!Files.isReadable(file) || Files.isDirectory(file)) throw new IngestException(file + " is not a readable file.");
        return Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    Counts run() throws IOException {
        int answered = 0;
        int failed = 0;
        int number = 0;
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            number++;
            ObjectNode result = answer(number, line);
            if (result.has("error")) failed++;
            else answered++;
            out.println(json || result.has("error") ? Json.MAPPER.writeValueAsString(result) : result.get("answer").asText().replace('\n', ' '));
        }
        out.flush();
        return new Counts(answered, failed);
    }

    private ObjectNode answer(int number, String line) {
        JsonNode id = null;
        String question = line.strip();
        if (question.startsWith("{")) {
            try {
                JsonNode node = Json.MAPPER.readTree(question);
                id = node.get("id");
                if (!node.path("question").isTextual()) return error(number, id, null, "Line " + number + " has no \"question\" text.");
                question = node.get("question").asText();
            } catch (JsonProcessingException e) {
                return error(number, null, null, "Line " + number + " is not valid JSON: " + e.getOriginalMessage());
            }
        }
        if (question.isBlank()) return error(number, id, question, "Line " + number + " is empty.");
        // Each line its own thread of the console chat: a fresh conversation, nothing carried over from the line before.
        InboundMessage message = new InboundMessage(ConsoleChat.CHAT, ConsoleChat.USER, question, "ask-" + number, clock.instant());
        Reply reply = bot.handle(message).orElse(Reply.error("No answer."));
        if (reply.kind() == Reply.Kind.ERROR) return error(number, id, question, reply.intro());
        ObjectNode result = AnswerJson.of(question, reply);
        if (id != null) result.set("id", id);
        return result;
    }

    private static ObjectNode error(int number, JsonNode id, String question, String message) {
        ObjectNode o = Json.MAPPER.createObjectNode();
        o.put("line", number);
        if (id != null) o.set("id", id);
        if (question != null) o.put("question", question);
        o.put("error", message);
        return o;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
