package io.newsbot.app;

import io.newsbot.index.ModelDescription;
import io.newsbot.outbox.OutboxSender;
import io.newsbot.store.Transactions;
import io.newsbot.story.Stories;
import io.newsbot.watch.AlertSender;
import io.newsbot.watch.ArticleGroups;
import io.newsbot.watch.ChatAlertRules;
import io.newsbot.watch.RunningPlatforms;
import io.newsbot.watch.Statements;
import io.newsbot.watch.WatchAlerts;
import io.newsbot.watch.WatchMatcher;
import io.newsbot.watch.WatchScanner;
import io.newsbot.watch.WatchSettings;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Optional;
import java.util.function.Function;

/** The watches' parts: when a chat takes alerts, and what matches new articles against watches and sends the alerts. */
record CoreWatches(WatchSettings settings, ChatAlertRules rules, WatchAlerts alerts) {

    static CoreWatches wire(CoreStores stores, SearchParts search, Stories stories, Transactions transactions,
                            Function<String, Optional<OutboxSender>> senders, ModelDescription model, ZoneId zone, Clock clock, String instanceId) {
        WatchSettings settings = WatchSettings.DEFAULT.withTopicThreshold(model.topicCosine());
        ChatAlertRules rules = new ChatAlertRules(stores.subscriptions(), stores.values(), zone, settings);
        WatchMatcher matcher = new WatchMatcher(Statements.extractedBy(search.attributions()), search.embedder(), settings.topicThreshold());
        WatchAlerts alerts = new WatchAlerts(
                new WatchScanner(stores.articles(), stores.watches(), stores.alerts(), matcher, ArticleGroups.byStory(stories), stores.values(), clock),
                new AlertSender(stores.alerts(), stores.watches(), stores.articles(), stores.chats(), rules, stores.outbox(), transactions,
                        RunningPlatforms.of(senders), clock, instanceId), settings);
        return new CoreWatches(settings, rules, alerts);
    }
}
