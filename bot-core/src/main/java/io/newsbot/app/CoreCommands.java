package io.newsbot.app;

import io.newsbot.answer.Answerer;
import io.newsbot.answer.CorpusTopics;
import io.newsbot.answer.QuestionParser;
import io.newsbot.answer.QuotedSpeakers;
import io.newsbot.command.AskCommand;
import io.newsbot.command.CommandRouter;
import io.newsbot.command.ConversationMemory;
import io.newsbot.command.HelpCommand;
import io.newsbot.command.LatestCommand;
import io.newsbot.command.SourcesCommand;
import io.newsbot.command.StartCommand;
import io.newsbot.command.admin.AdminCommand;
import io.newsbot.command.admin.AdminPorts;
import io.newsbot.command.feedback.RateCommand;
import io.newsbot.command.feedback.ReasonPrompt;
import io.newsbot.conversation.DigestThreadAnswerer;
import io.newsbot.digest.DigestCommand;
import io.newsbot.digest.DigestComposer;
import io.newsbot.digest.AccessCheckedCommand;
import io.newsbot.digest.SubscribeCommand;
import io.newsbot.digest.SubscriptionAccess;
import io.newsbot.digest.SubscriptionsCommand;
import io.newsbot.digest.UnsubscribeCommand;
import io.newsbot.watch.ChatAlertRules;
import io.newsbot.watch.UnwatchCommand;
import io.newsbot.watch.WatchCommand;
import io.newsbot.watch.WatchSettings;
import io.newsbot.watch.WatchesCommand;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.concurrent.ExecutorService;

/** The commands the bot understands, in the order {@code /help} lists them, each given the ports it uses. */
final class CoreCommands {
    private CoreCommands() {
    }

    static void register(CommandRouter router, CoreStores stores, Answerer answerer, DigestComposer digests, CorpusTopics topics,
                         ChatAlertRules alertRules, WatchSettings watch, AdminPorts admin, ExecutorService background, ZoneId zone, Clock clock) {
        ConversationMemory memory = new ConversationMemory(10_000);
        ReasonPrompt reasons = new ReasonPrompt(stores.feedback());
        SubscriptionAccess subscribing = new SubscriptionAccess(stores.digestGrants());
        QuestionParser parser = new QuestionParser(clock, zone, new QuotedSpeakers(stores.statements()));
        router.register(new StartCommand(stores.articles(), topics))
                .register(new HelpCommand(() -> new ArrayList<>(router.commands())))
                .register(new AskCommand(parser, answerer, memory, stores.articles(), stores.questions(), clock, stores.feedback(),
                        new DigestThreadAnswerer(stores.digestThreads(), parser, answerer, stores.statements(), clock, zone)))
                .register(new SourcesCommand(stores.articles()))
                .register(new LatestCommand(stores.articles()))
                .register(new AccessCheckedCommand(new SubscribeCommand(stores.subscriptions(), stores.digestLedger(), zone, clock), subscribing,
                        "subscribe this chat to digests"))
                .register(new AccessCheckedCommand(new UnsubscribeCommand(stores.subscriptions()), subscribing, "unsubscribe this chat from digests"))
                .register(new SubscriptionsCommand(stores.subscriptions(), stores.digestLedger(), clock))
                .register(new DigestCommand(digests, stores.subscriptions(), stores.digestLedger(), zone, clock))
                .register(new AccessCheckedCommand(new WatchCommand(stores.watches(), clock, watch.maxPerChat()), subscribing, "set watches"))
                .register(new WatchesCommand(stores.watches(), alertRules, subscribing))
                .register(new AccessCheckedCommand(new UnwatchCommand(stores.watches()), subscribing, "change watches"))
                .register(RateCommand.good(stores.feedback(), reasons, clock))
                .register(RateCommand.bad(stores.feedback(), reasons, clock))
                .register(AdminCommand.over(admin, background));
        router.await(reasons);
    }
}
