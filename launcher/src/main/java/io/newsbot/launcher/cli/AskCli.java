package io.newsbot.launcher.cli;

import io.newsbot.NewsbotCore;
import io.newsbot.launcher.console.ConsoleChat;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsbot ask QUESTION}: one answer on stdout. */
@Command(name = "ask", description = "Answer one question from the articles and exit.")
public final class AskCli implements Callable<Integer> {
    @Mixin
    GlobalOptions global;

    @Parameters(arity = "1..*", paramLabel = "QUESTION", description = "the question")
    String[] words;

    @Option(names = "--json", description = "print the answer, its citations and whether it was covered, as JSON")
    boolean json;

    @Override
    public Integer call() throws Exception {
        String question = String.join(" ", words);
        try (NewsbotCore core = GlobalOptions.open(global.load(System.getenv()))) {
            Reply reply = core.bot().handle(new InboundMessage(ConsoleChat.CHAT, ConsoleChat.USER, question, null, core.clock().instant()))
                    .orElseThrow();
            System.out.println(json ? Json.MAPPER.writeValueAsString(Json.reply(question, reply)) : reply.plainText());
            return reply.kind() == Reply.Kind.ERROR ? 1 : 0;
        }
    }
}
