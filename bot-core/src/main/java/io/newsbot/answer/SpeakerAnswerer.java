package io.newsbot.answer;

import io.newsbot.index.Terms;
import io.newsbot.article.Article;
import io.newsbot.article.ArticleStore;
import io.newsbot.guard.Echo;
import io.newsbot.index.SearchQuery;
import io.newsbot.platform.Reply;
import io.newsbot.statement.PersonNames;
import io.newsbot.statement.Statement;
import io.newsbot.statement.StatementStore;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Answers "What did X say?" from every statement the articles attribute to X (the statement store), not from the few
 * passages a search returns: X matched as a person ("White" is not "White House"), each person of an ambiguous last
 * name listed by full name, statements ranked by the topic when the question has one, whole statements labelled with
 * the speaker's full name and cited.
 */
final class SpeakerAnswerer {
    /** How many other statements to offer when the speaker said nothing on the topic asked about. */
    private static final int OTHERS = 3;
    private final StatementStore statements;
    private final ArticleStore articles;
    private final Mentions mentions;

    SpeakerAnswerer(StatementStore statements, ArticleStore articles, Mentions mentions) {
        this.statements = statements;
        this.articles = articles;
        this.mentions = mentions;
    }

    Reply answer(Question question, Reply previous) {
        String asked = question.speaker().strip();
        // What the user typed is echoed only as a short excerpt (Echo); names found in the articles are shown whole.
        String askedEcho = Echo.excerpt(asked);
        String topicEcho = Echo.excerpt(question.topic());
        List<Statement> found = statementsOf(asked, question.filter());
        if (found.isEmpty()) return mentions.notQuoted(question);
        Map<Long, Article> byId = articlesOf(found);
        List<String> people = people(found);
        String who = people.size() == 1 ? people.get(0) : askedEcho;
        List<Statement> ranked;
        String intro;
        if (question.topic().isBlank()) {
            ranked = byRecency(found, byId);
            intro = people.size() == 1 ? "What " + who + " said, according to the articles:"
                    : "The articles quote " + people.size() + " people called " + askedEcho + ": " + String.join(", ", people) + ".";
        } else {
            ranked = onTopic(found, question.topic());
            if (ranked.isEmpty()) {
                List<Statement> others = new ArrayList<>(byRecency(found, byId));
                others.sort(Comparator.comparing(Statement::basis));
                return SpeakerPages.page("The articles don't quote " + who + " on " + topicEcho + ".", "Other things " + who + " said:", who,
                        others.subList(0, Math.min(OTHERS, others.size())), byId, previous, question.more());
            }
            intro = "What " + who + " said about " + topicEcho + ", according to the articles:";
        }
        return SpeakerPages.page("", intro, who, ranked, byId, previous, question.more());
    }

    /** X's statements: the speakers with X's last name that X refers to, within the question's dates and publishers. */
    private List<Statement> statementsOf(String asked, SearchQuery.Filter filter) {
        String surname = PersonNames.surname(asked);
        if (surname.isEmpty()) return List.of();
        Set<String> names = new java.util.HashSet<>();
        Set<String> byFirstName = new java.util.HashSet<>();
        for (StatementStore.Speaker s : statements.speakers(surname)) {
            if (!PersonNames.refersTo(s.name(), s.kind(), asked)) continue;
            (PersonNames.surname(s.name()).equals(surname) ? names : byFirstName).add(s.name());
        }
        // A first name alone ("Hillary") is read as one only when no one has it as a last name ("Warren").
        Set<String> chosen = names.isEmpty() ? byFirstName : names;
        if (chosen.isEmpty()) return List.of();
        List<Statement> out = statements.byName(surname).stream().filter(s -> chosen.contains(s.speaker())).toList();
        if (filter.isNone()) return out;
        Map<Long, Article> byId = articlesOf(out);
        return out.stream().filter(s -> byId.containsKey(s.articleId()) && Filters.accepts(filter, byId.get(s.articleId()))).toList();
    }

    private Map<Long, Article> articlesOf(List<Statement> found) {
        Map<Long, Article> byId = new HashMap<>();
        for (Article a : articles.byIds(found.stream().map(Statement::articleId).distinct().toList())) byId.put(a.id(), a);
        return byId;
    }

    /** The full names of the people among the statements, most quoted first. */
    private static List<String> people(List<Statement> found) {
        Map<String, Integer> count = new LinkedHashMap<>();
        Map<String, String> display = new HashMap<>();
        for (Statement s : found) {
            String key = PersonNames.personKey(s.speaker());
            count.merge(key, 1, Integer::sum);
            display.merge(key, s.speaker(), (a, b) -> b.length() > a.length() ? b : a);
        }
        // "Clinton" alone, where the articles also name a Hillary and a Bill Clinton, is one of them, not a third person.
        if (count.size() > 1) count.keySet().removeIf(k -> !k.contains(" ") && count.keySet().stream().anyMatch(o -> o.endsWith(" " + k)));
        return count.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).map(e -> display.get(e.getKey())).toList();
    }

    /** Newest articles first, each article's statements in the order it gives them. */
    private static List<Statement> byRecency(List<Statement> found, Map<Long, Article> byId) {
        List<Statement> out = new ArrayList<>(found);
        out.sort(Comparator.comparing((Statement s) -> byId.containsKey(s.articleId()) ? byId.get(s.articleId()).publishedAt() : java.time.Instant.EPOCH)
                .reversed().thenComparingLong(Statement::articleId).thenComparingInt(Statement::start));
        return out;
    }

    /** The statements that speak of the topic, those that name most of its words first. */
    private static List<Statement> onTopic(List<Statement> found, String topic) {
        Set<String> terms = Terms.of(topic);
        if (terms.isEmpty()) return List.of();
        Map<Statement, Double> score = new HashMap<>();
        for (Statement s : found) {
            Set<String> words = Terms.of(s.text());
            long hits = terms.stream().filter(words::contains).count();
            if (hits * 2 >= terms.size() && hits > 0) score.put(s, hits / (double) terms.size());
        }
        return found.stream().filter(score::containsKey)
                .sorted(Comparator.comparingDouble((Statement s) -> -score.get(s)).thenComparingLong(Statement::articleId).thenComparingInt(Statement::start))
                .toList();
    }
}
