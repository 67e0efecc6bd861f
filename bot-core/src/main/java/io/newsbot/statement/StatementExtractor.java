package io.newsbot.statement;

import io.newsbot.article.Article;
import io.newsbot.index.Chunk.Sentence;
import io.newsbot.index.SentenceSplitter;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns an article's attributions into statements as answers show them: the whole sentences that hold what was said
 * (a quote kept whole across its attribution and a paragraph break), labelled with the speaker's full name.
 */
public final class StatementExtractor {
    /** This class's own rules; a change here or in the attribution extractor re-extracts stored articles. */
    private static final String RULES = "statements-8";
    private static final java.util.Set<String> PRONOUNS = java.util.Set.of("he", "she", "they", "it", "we", "i", "who", "you");
    private final AttributionReader attributions;
    private final SentenceSplitter splitter;

    public StatementExtractor(AttributionReader attributions, SentenceSplitter splitter) {
        this.attributions = attributions;
        this.splitter = splitter;
    }

    /** Which rules made the statements: stored statements of another version are extracted again. */
    public String version() {
        return RULES + "/quotes-" + attributions.version();
    }

    public List<Statement> extract(Article article) {
        String body = article.body();
        List<Sentence> sentences = splitter.split(body);
        FullNames names = new FullNames(body);
        List<Statement> out = new ArrayList<>();
        List<AttributionReader.Found> found = attributions.in(body);
        for (AttributionReader.Found f : found) {
            if (NotStatements.unsaid(body, f)) continue;
            String speaker = f.speaker().strip();
            java.util.Optional<String> owned = Possessors.owned(body, f).or(() -> Principals.role(body, f, speaker));
            SpeakerKind kind = owned.isPresent() ? SpeakerKind.GROUP : PersonNames.kind(speaker);
            String label = owned.isPresent() ? owned.get() : switch (kind) {
                case PERSON -> byLastName(body, f, speaker, names);
                case ORGANISATION -> speaker.replaceFirst("^(?i:the)\\s+", "");
                default -> speaker;
            };
            Excerpts.Excerpt excerpt = Excerpts.around(body, sentences, f.contentStart(), f.contentEnd(), Excerpts.MAX_CHARS);
            if (excerpt.text().isBlank()) continue;
            AttributionBasis basis = basis(body, f, label, excerpt);
            if (basis == AttributionBasis.NAMED && Hearsay.reported(body, found, f)) basis = AttributionBasis.REPORTED;
            add(out, new Statement(article.id(), label, kind, f.cue(), f.direct(), excerpt.start(), excerpt.end(), excerpt.text(), basis));
        }
        return out;
    }

    /**
     * The speaker as the article names them at the statement when that is a last name alone ("Mr. Trump said"), so that
     * the statement's own words pick the person among those the article names in full; otherwise the extractor's speaker,
     * by the fullest name the article gives them.
     */
    private static String byLastName(String body, AttributionReader.Found f, String speaker, FullNames names) {
        String fullest = names.resolve(speaker, f.contentStart());
        if (f.sourceStart() < 0 || f.sourceEnd() > body.length() || f.sourceEnd() <= f.sourceStart()) return fullest;
        String said = PersonNames.name(body.substring(f.sourceStart(), f.sourceEnd()));
        if (PersonNames.words(said).size() != 1 || !PersonNames.surname(said).equals(PersonNames.surname(speaker))) return fullest;
        String person = names.resolve(said, f.sourceStart());
        return PersonNames.words(person).size() > 1 ? person : fullest;
    }

    /**
     * How the article credits a statement to its speaker: by name when the words at the statement that name its speaker
     * hold a word of the label's name ("Clinton said" for Hillary Clinton), by rules when they are a pronoun or a role,
     * and not at all when those words stand outside the statement's sentences (a quote carried from the one before).
     */
    static AttributionBasis basis(String body, AttributionReader.Found f, String label, Excerpts.Excerpt excerpt) {
        if (f.sourceStart() < 0 || f.sourceEnd() > body.length() || f.sourceEnd() <= excerpt.start() || f.sourceStart() >= excerpt.end()) {
            return AttributionBasis.CARRIED;
        }
        java.util.Set<String> said = new java.util.HashSet<>();
        // An unresolved "he" is its own label; it names no one.
        if (PRONOUNS.contains(body.substring(f.sourceStart(), f.sourceEnd()).strip().toLowerCase(java.util.Locale.ROOT))) return AttributionBasis.RESOLVED;
        for (String w : PersonNames.words(body.substring(f.sourceStart(), f.sourceEnd()))) said.add(w.toLowerCase(java.util.Locale.ROOT));
        for (String w : PersonNames.words(PersonNames.name(label))) {
            String l = w.toLowerCase(java.util.Locale.ROOT);
            if (said.contains(l) && !"the".equals(l)) return AttributionBasis.NAMED;
        }
        return AttributionBasis.RESOLVED;
    }

    /** Adds a statement unless the same speaker's statement already shows its sentences; a wider one replaces a narrower. */
    private static void add(List<Statement> out, Statement s) {
        for (int i = 0; i < out.size(); i++) {
            Statement o = out.get(i);
            if (!o.speaker().equals(s.speaker())) continue;
            if (o.start() <= s.start() && o.end() >= s.end()) {
                if (s.basis().compareTo(o.basis()) < 0) out.set(i, withBasis(o, s.basis()));
                return;
            }
            if (s.start() <= o.start() && s.end() >= o.end()) {
                out.set(i, s.basis().compareTo(o.basis()) <= 0 ? s : withBasis(s, o.basis()));
                out.subList(i + 1, out.size()).removeIf(x -> x.speaker().equals(s.speaker()) && s.start() <= x.start() && s.end() >= x.end());
                return;
            }
        }
        out.add(s);
    }

    /** The statement credited as surely as the narrower one it takes in: both show the same words. */
    private static Statement withBasis(Statement s, AttributionBasis basis) {
        return new Statement(s.articleId(), s.speaker(), s.kind(), s.cue(), s.direct(), s.start(), s.end(), s.text(), basis);
    }
}
