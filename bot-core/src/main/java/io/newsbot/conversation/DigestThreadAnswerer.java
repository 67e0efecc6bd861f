package io.newsbot.conversation;

import io.newsbot.answer.Answerer;
import io.newsbot.answer.Question;
import io.newsbot.answer.QuestionParser;
import io.newsbot.command.InReplyAnswerer;
import io.newsbot.digest.DigestStories;
import io.newsbot.digest.DigestThreads;
import io.newsbot.platform.InboundMessage;
import io.newsbot.platform.Reply;
import io.newsbot.statement.Statement;
import io.newsbot.statement.StatementStore;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * Answers a question asked in reply to a digest: from that digest's stories first, and says so ("From today's digest:");
 * when their articles do not answer it, from all the articles, and says that instead. "More on the second one" asks
 * about the digest's second story (leaving out what the digest already said of it); "who said that?" names who is
 * quoted in what the digest showed.
 */
public final class DigestThreadAnswerer implements InReplyAnswerer {
    private final DigestThreads digests;
    private final QuestionParser parser;
    private final Answerer answerer;
    private final StatementStore statements;
    private final Clock clock;
    private final ZoneId zone;

    /** @param digests the digests sent, by their messages: how a reply finds its digest */
    public DigestThreadAnswerer(DigestThreads digests, QuestionParser parser, Answerer answerer, StatementStore statements, Clock clock,
                                ZoneId zone) {
        this.digests = digests;
        this.parser = parser;
        this.answerer = answerer;
        this.statements = statements;
        this.clock = clock;
        this.zone = zone;
    }

    @Override
    public Optional<Answered> answer(InboundMessage message, String question, List<String> publishers) {
        if (message.repliesTo() == null) return Optional.empty();
        return digests.find(message.chat(), message.repliesTo()).map(sent -> answer(question, sent, publishers));
    }

    Answered answer(String text, DigestThreads.SentDigest sent, List<String> publishers) {
        DigestStories stories = DigestStories.of(sent.digest());
        String digest = name(sent);
        if (stories.stories().isEmpty()) {
            Question q = parser.parse(text, null, publishers);
            return new Answered(q, answerer.answer(q, null));
        }
        OptionalInt place = StoryOrdinals.in(text);
        Optional<DigestStories.Story> story = Optional.empty();
        if (place.isPresent()) {
            int n = place.getAsInt() == -1 ? stories.stories().size() : place.getAsInt();
            if (n > stories.stories().size()) {
                return new Answered(parser.parse(text, null, publishers), Reply.info(capital(digest) + " has " + stories.stories().size()
                        + (stories.stories().size() == 1 ? " story." : " stories.")));
            }
            story = Optional.of(stories.stories().get(n - 1));
        }
        Question about = parser.parse("What about " + story.orElse(stories.stories().get(0)).title() + "?", null, publishers);
        Question asked = parser.parse(text, about, publishers);
        Set<Long> scope = story.map(DigestStories.Story::articleIds).orElse(stories.articleIds());
        if (asked.intent() == Question.Intent.WHO_SAID_THAT) return new Answered(asked, whoSaidThat(sent.digest(), story, scope, digest));
        Question q = story.isPresent() ? about : parser.parse(text, null, publishers);
        // On a story the digest showed, what it already said is left out: "more" means more.
        Reply previous = story.isPresent() ? sent.digest() : null;
        String where = story.map(s -> digest + ", on " + s.title()).orElse(digest);
        Set<String> shown = new java.util.HashSet<>();
        story.ifPresent(s -> s.section().items().forEach(i -> shown.add(i.text().strip())));
        // Searched within the digest's articles first, so that one the whole archive outranks is still found.
        Optional<Reply> inside = DigestScope.within(answerer.answer(within(q, scope), previous), scope, shown);
        // The answer's own opening ("Here is what the articles say about ...") gives way to where it comes from. The
        // question is remembered unscoped: a follow-up outside the thread is about the whole archive.
        if (inside.isPresent()) return new Answered(q, new Reply(Reply.Kind.ANSWER, "From " + where + ":", inside.get().sections(),
                inside.get().citations()));
        Reply reply = answerer.answer(q, previous);
        String miss = story.isPresent() ? "The articles of " + where + " say no more than the digest did"
                : capital(digest) + " does not cover that";
        return new Answered(q, introduced(reply, miss + (reply.kind() == Reply.Kind.ANSWER ? "; from all the articles I have:" : ".")));
    }

    /** The question kept to the articles, on top of its own dates and publishers. */
    private static Question within(Question q, Set<Long> articleIds) {
        return new Question(q.text(), q.topic(), q.speaker(), q.filter().withArticles(articleIds), q.intent(), q.more(), q.datesPreferred());
    }

    /** Who is quoted in what the digest showed (or in the story asked about): its lines that are statements, with their speakers. */
    private Reply whoSaidThat(Reply digest, Optional<DigestStories.Story> story, Set<Long> scope, String name) {
        List<Reply.Section> shown = story.map(s -> List.of(s.section())).orElse(digest.sections());
        List<Statement> quoted = statements.byArticles(scope);
        List<Reply.Item> items = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Reply.Section s : shown) {
            for (Reply.Item line : s.items()) {
                for (Statement st : quoted) {
                    if (overlaps(line.text(), st.text()) && seen.add(st.speaker() + "|" + line.text())) {
                        items.add(new Reply.Item(st.speaker(), line.text(), line.citations()));
                    }
                }
            }
        }
        if (!items.isEmpty()) return new Reply(Reply.Kind.ANSWER, "From " + name + ", who said it:", List.of(new Reply.Section("", items)), digest.citations());
        // None of the digest's own lines is a quote: say so, and name who its articles do quote.
        for (Statement st : quoted) {
            if (items.size() == 6) break;
            int n = digest.citations().stream().filter(c -> c.articleId() == st.articleId()).map(Reply.Citation::number).findFirst().orElse(0);
            if (n > 0 && seen.add(st.speaker())) items.add(new Reply.Item(st.speaker(), st.text(), List.of(n)));
        }
        if (items.isEmpty()) return Reply.info("What " + name + " says is the outlets' own reporting; its articles quote no one by name.");
        return new Reply(Reply.Kind.ANSWER, "What " + name + " says is the outlets' own reporting. Quoted in its articles:",
                List.of(new Reply.Section("", items)), digest.citations());
    }

    private static boolean overlaps(String line, String statement) {
        String a = normal(line);
        String b = normal(statement);
        return !a.isEmpty() && !b.isEmpty() && (a.contains(b) || b.contains(a));
    }

    private static String normal(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static Reply introduced(Reply reply, String intro) {
        String text = reply.intro().isBlank() ? intro : intro + " " + reply.intro();
        return new Reply(reply.kind(), text, reply.sections(), reply.citations());
    }

    /** "today's digest", "yesterday's digest", or "the digest of 21 November". */
    private String name(DigestThreads.SentDigest sent) {
        LocalDate day = sent.sentAt().atZone(zone).toLocalDate();
        LocalDate today = clock.instant().atZone(zone).toLocalDate();
        if (day.equals(today)) return "today's digest";
        if (day.equals(today.minusDays(1))) return "yesterday's digest";
        return "the digest of " + day.format(DateTimeFormatter.ofPattern("d MMMM", Locale.ENGLISH));
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }
}
