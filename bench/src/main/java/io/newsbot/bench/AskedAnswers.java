package io.newsbot.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsbot.app.NewsbotCore;
import io.newsbot.platform.ChatRef;
import io.newsbot.platform.ChatType;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.platform.Sender;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Questions asked through the core's one entry point ({@code Bot.handle}), each in a fresh conversation, with the
 * answers in the JSON shape of {@code newsbot ask --json} ({@link io.newsbot.platform.AnswerJson}), so the shared scorers read
 * them as they would read the command's output. Also runs those scorers.
 */
final class AskedAnswers {
    static final ObjectMapper JSON = new ObjectMapper();

    private AskedAnswers() {
    }

    /** Asks one question as the first message of a new private conversation. */
    static Reply ask(NewsbotCore core, String conversation, String question) {
        InboundMessage m = new InboundMessage(new ChatRef("bench", conversation, ChatType.PRIVATE), new Sender("bench", conversation, conversation),
                question, null, core.clock().instant());
        return core.bot().handle(m).orElseThrow();
    }

    /** The reply's text up to its list of sources: what a reader reads as the answer. */
    static String answerText(Reply reply) {
        String text = reply.plainText();
        int sources = text.indexOf("\nSources:\n");
        return (sources < 0 ? text : text.substring(0, sources)).strip();
    }

    /** Runs a scorer of the shared data ({@code python3 SCRIPT ARGS}) and reads the JSON line it prints last. */
    static JsonNode score(Path script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (p.waitFor() != 0) throw new IOException(script.getFileName() + " failed (exit " + p.exitValue() + ")");
        return JSON.readTree(out.substring(out.lastIndexOf('\n') + 1));
    }

    /** Runs a generator of the shared data and returns what it printed. */
    static String output(Path script, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("python3", script.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IOException(script.getFileName() + " failed (exit " + p.exitValue() + ")");
        return out;
    }
}
