package io.newsbot.command.admin;

import io.newsbot.command.CommandContext;
import io.newsbot.feedback.FeedbackStore;
import io.newsbot.platform.Reply;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;

/** {@code /admin feedback [N]}: the latest votes on answers, and the share of 👎 by kind of question. */
final class FeedbackAction implements AdminAction {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);
    private final FeedbackStore feedback;
    private final ZoneId zone;

    FeedbackAction(FeedbackStore feedback, ZoneId zone) {
        this.feedback = feedback;
        this.zone = zone;
    }

    @Override
    public String name() {
        return "feedback";
    }

    @Override
    public String arguments() {
        return "[N]";
    }

    @Override
    public String summary() {
        return "the latest N votes on answers (default 10, at most 50) and the share of 👎 by kind of question";
    }

    @Override
    public AdminResult run(CommandContext context) {
        OptionalInt n = AdminArgs.count(context.args(), 10, 50);
        if (n.isEmpty()) return AdminResult.usage("/admin feedback [N], with N from 1 to 50");
        List<FeedbackStore.Rated> votes = feedback.latestVotes(n.getAsInt());
        if (votes.isEmpty()) return AdminResult.ok(Reply.info("Nobody has rated an answer yet."), "0 votes");
        List<Reply.Item> latest = new ArrayList<>();
        for (FeedbackStore.Rated r : votes) {
            String reason = r.vote().reason() == null ? "" : " — " + r.vote().reason().label();
            latest.add(new Reply.Item((r.vote().good() ? "👍" : "👎") + " #" + r.answer().id(), "“" + AdminArgs.shorten(r.answer().question(), 120)
                    + "” (" + r.answer().kind().label() + ", " + r.answer().chat().key() + ", " + WHEN.format(r.vote().at().atZone(zone)) + ")"
                    + reason, List.of()));
        }
        List<Reply.Item> shares = feedback.votesByKind().stream().map(k -> Reply.Item.plain(k.kind().label() + ": " + k.bad() + " 👎 of "
                + k.votes() + " (" + Math.round(100.0 * k.bad() / k.votes()) + "%)")).toList();
        return AdminResult.ok(new Reply(Reply.Kind.INFO, "The latest " + votes.size() + (votes.size() == 1 ? " vote:" : " votes:"),
                List.of(new Reply.Section("", latest), new Reply.Section("Share of 👎 by kind of question", shares)), List.of()),
                votes.size() + " listed");
    }
}
