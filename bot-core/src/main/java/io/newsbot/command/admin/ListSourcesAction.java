package io.newsbot.command.admin;

import io.newsbot.article.Source;
import io.newsbot.article.SourceStore;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** {@code /admin sources}: the sources admins added, with their article counts and last fetch. */
final class ListSourcesAction implements AdminAction {
    private final SourceStore sources;
    private final DateTimeFormatter time;

    ListSourcesAction(SourceStore sources, ZoneId zone) {
        this.sources = sources;
        this.time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z", Locale.ROOT).withZone(zone);
    }

    @Override
    public String name() {
        return "sources";
    }

    @Override
    public String arguments() {
        return "";
    }

    @Override
    public String summary() {
        return "the sources, with article counts and last fetch";
    }

    @Override
    public AdminResult run(CommandContext context) {
        List<Source> all = sources.all();
        if (all.isEmpty()) return AdminResult.ok(Reply.info("No sources yet. Add one with /admin add-source URL."), "0 sources");
        List<Reply.Item> items = all.stream().map(this::item).toList();
        return AdminResult.ok(new Reply(Reply.Kind.INFO, all.size() + (all.size() == 1 ? " source:" : " sources:"),
                List.of(new Reply.Section("", items)), List.of()), all.size() + " sources");
    }

    private Reply.Item item(Source s) {
        StringBuilder line = new StringBuilder(s.kind().name().toLowerCase(Locale.ROOT)).append(' ').append(s.location())
                .append(" — ").append(s.articles()).append(s.articles() == 1 ? " article" : " articles")
                .append(", ").append(s.lastFetchAt() == null ? "never fetched" : "last fetched " + time.format(s.lastFetchAt()));
        if (s.lastError() != null && !s.lastError().isBlank()) line.append(" — last problem: ").append(AdminArgs.shorten(s.lastError(), 200));
        return new Reply.Item("#" + s.id(), line.toString(), List.of());
    }
}
