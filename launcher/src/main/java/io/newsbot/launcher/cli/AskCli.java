package io.newsbot.launcher.cli;

import io.newsbot.platform.AnswerJson;
import io.newsbot.app.CoreSettings;
import io.newsbot.app.NewsbotCore;
import io.newsbot.launcher.config.NewsbotConfig;
import io.newsbot.launcher.console.ConsoleChat;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsbot ask QUESTION}: one answer on stdout; {@code --input FILE}: one answer per line of questions. */
@Command(name = "ask", description = "Answer one question from the articles, or every question of a file (--input), and exit.")
public final class AskCli implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "0..*", paramLabel = "QUESTION", description = "the question")
    String[] words = {};

    @Option(names = "--json", description = "print the answer, its citations and whether it was covered, as JSON")
    boolean json;

    @Option(names = "--input", paramLabel = "FILE", description = "answer each line of FILE (- for stdin): a question, or a JSON object with "
            + "a \"question\" field; one answer per line, in order, each a fresh conversation")
    String input;

    @Override
    public Integer call() throws Exception {
        if (input == null && words.length == 0) throw new CommandLine.ParameterException(spec.commandLine(), "Give a QUESTION or --input FILE.");
        if (input != null && words.length > 0) throw new CommandLine.ParameterException(spec.commandLine(), "Give a QUESTION or --input FILE, not both.");
        NewsbotConfig config = global.load(System.getenv());
        if (input != null) {
            try (java.io.BufferedReader lines = QuestionBatch.open(input);
                 NewsbotCore core = GlobalOptions.open(withoutRateLimits(config));
                 QuestionBatch batch = new QuestionBatch(core.bot(), core.clock(), lines, System.out, json)) {
                return batch.run().failed() > 0 ? 1 : 0;
            }
        }
        String question = String.join(" ", words);
        try (NewsbotCore core = GlobalOptions.open(config)) {
            Reply reply = core.bot().handle(new InboundMessage(ConsoleChat.CHAT, ConsoleChat.USER, question, null, core.clock().instant()))
                    .orElseThrow();
            System.out.println(json ? Json.MAPPER.writeValueAsString(AnswerJson.of(question, reply)) : reply.plainText());
            return reply.kind() == Reply.Kind.ERROR ? 1 : 0;
        }
    }

    /** A batch is one local user asking many questions on purpose: the per-user and per-chat limits are for chats. */
    private static NewsbotConfig withoutRateLimits(NewsbotConfig c) {
        CoreSettings s = c.core();
        CoreSettings open = new CoreSettings(s.dataDir(), s.embeddingModel(), s.chunkWords(), s.coverage(), s.fusion(), s.zone(), s.maxQuestionChars(),
                Integer.MAX_VALUE / 2, Integer.MAX_VALUE / 2, s.admins(), s.fetch(), s.seedDemo());
        return new NewsbotConfig(open, c.logFormat(), c.llm(), c.feedPollMinutes(), c.http(), c.telegram(), c.slack(), c.digestEmptyDay(),
                c.secrets(), c.store(), c.answerDeadline());
    }
}
