package io.newsbot.command.admin;

import io.newsbot.command.CommandContext;
import io.newsbot.feedback.FeedbackStore;
import io.newsbot.platform.Reply;
import java.util.List;
import java.util.OptionalInt;

/** {@code /admin unanswered [N]}: the topics most often answered "not covered", so admins see which sources to add. */
final class UnansweredAction implements AdminAction {
    private final FeedbackStore feedback;

    UnansweredAction(FeedbackStore feedback) {
        this.feedback = feedback;
    }

    @Override
    public String name() {
        return "unanswered";
    }

    @Override
    public String arguments() {
        return "[N]";
    }

    @Override
    public String summary() {
        return "the N topics (default 10, at most 50) most often answered \"not covered\", with counts";
    }

    @Override
    public AdminResult run(CommandContext context) {
        OptionalInt n = AdminArgs.count(context.args(), 10, 50);
        if (n.isEmpty()) return AdminResult.usage("/admin unanswered [N], with N from 1 to 50");
        List<FeedbackStore.TopicCount> topics = feedback.notCovered(n.getAsInt());
        if (topics.isEmpty()) return AdminResult.ok(Reply.info("No question has been answered \"not covered\" yet."), "0 topics");
        List<Reply.Item> items = topics.stream().map(t -> new Reply.Item(t.topic().isEmpty() ? "(no topic)" : t.topic(), t.questions()
                + (t.questions() == 1 ? " question" : " questions") + ", e.g. “" + AdminArgs.shorten(t.example(), 120) + "”", List.of())).toList();
        return AdminResult.ok(new Reply(Reply.Kind.INFO, "Topics answered \"not covered\", most asked first:", List.of(new Reply.Section("", items)),
                List.of()), topics.size() + " topics");
    }
}
