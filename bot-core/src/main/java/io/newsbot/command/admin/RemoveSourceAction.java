package io.newsbot.command.admin;

import io.newsbot.article.Source;
import io.newsbot.article.SourceStore;
import io.newsbot.command.CommandContext;
import io.newsbot.platform.Reply;
import java.util.Optional;
import java.util.OptionalLong;

/** {@code /admin remove-source ID}: stops reading a source. Its articles stay until removed one by one. */
final class RemoveSourceAction implements AdminAction {
    private final SourceStore sources;

    RemoveSourceAction(SourceStore sources) {
        this.sources = sources;
    }

    @Override
    public String name() {
        return "remove-source";
    }

    @Override
    public String arguments() {
        return "ID";
    }

    @Override
    public String summary() {
        return "stop reading a source (ids from /admin sources)";
    }

    @Override
    public AdminResult run(CommandContext context) {
        OptionalLong id = AdminArgs.id(context.args());
        if (id.isEmpty()) return AdminResult.usage("/admin remove-source ID, with the ID from /admin sources");
        Optional<Source> source = sources.byId(id.getAsLong());
        if (source.isEmpty() || !sources.remove(id.getAsLong())) {
            return AdminResult.failed("There is no source #" + id.getAsLong() + ". /admin sources lists them.", "no such source");
        }
        Source s = source.get();
        return AdminResult.ok(Reply.info("Removed source #" + s.id() + " (" + s.location() + "); I will not read it again.",
                "Its " + s.articles() + (s.articles() == 1 ? " article stays" : " articles stay")
                        + "; /admin remove-article ID removes one."), "removed source #" + s.id() + " " + s.location());
    }
}
