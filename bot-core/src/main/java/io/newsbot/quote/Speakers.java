package io.newsbot.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the speaker phrases of one article into {@link Speaker}s, in context: a bare last name becomes the full name
 * the article used ("Lavrov" after "Sergei Lavrov"), and "he" or "she" the nearest named person of that gender who is
 * a speaker or a sentence's subject before it, whichever is nearer (so "Kremlin spokesman Dmitry Peskov said Putin ...
 * He warned" is Peskov's, and "Cruz on Friday played down the deal. "...," he said" Cruz's), "they" the last group or organisation that spoke. One per article.
 */
final class Speakers {
    /** How far back, in characters, a pronoun looks for the person it stands for. */
    private static final int REACH = 1500;
    private static final int LOOK_BACK = 12;

    private record Spoken(int offset, Speaker speaker, char gender) {
    }

    private final ArticleNames names;
    private final List<Spoken> history = new ArrayList<>();

    Speakers(ArticleNames names) {
        this.names = names;
    }

    /** The speaker a phrase stands for, and where the phrase is. */
    SourceMention resolve(SpeakerFinder.Phrase phrase) {
        if (phrase.isEmpty()) return SourceMention.NONE;
        int offset = phrase.start();
        Speaker raw = SpeakerPhrase.parse(phrase.text());
        Speaker s = resolve(raw, offset);
        if (!s.name().isEmpty() && !SpeakerPhrase.isPronoun(s.name()) && !known(offset)) {
            history.add(new Spoken(offset, s, s.kind() == Speaker.Kind.PERSON ? names.genderOf(s.name()) : '?'));
        }
        return s.isEmpty() ? SourceMention.NONE : new SourceMention(s, phrase.start(), phrase.end());
    }

    /** Whether a speaker named at {@code offset} is already in the history (a paragraph's quotes are read twice). */
    private boolean known(int offset) {
        for (int i = history.size() - 1; i >= 0 && i >= history.size() - LOOK_BACK; i--) if (history.get(i).offset() == offset) return true;
        return false;
    }

    private Speaker resolve(Speaker raw, int offset) {
        String name = raw.name();
        if (SpeakerPhrase.isPronoun(name)) return pronoun(raw, name.toLowerCase(Locale.ROOT), offset);
        if (raw.kind() != Speaker.Kind.PERSON || name.isEmpty()) return raw;
        String[] words = name.split("\\s+");
        if (words.length == 1) {
            if (names.commonNoun(name) || SpeakerWords.NOT_NAMES.contains(SpeakerWords.lower(name))) {
                return raw.role().isEmpty() ? Speaker.NONE : new Speaker("", raw.role(), Speaker.Kind.UNKNOWN);
            }
            String full = names.fullName(name, offset);
            if (!full.isEmpty()) return raw.withName(full);
        }
        return raw;
    }

    private Speaker pronoun(Speaker raw, String pronoun, int offset) {
        switch (pronoun) {
            case "he", "she" -> {
                Speaker found = person(offset, pronoun.equals("he") ? 'm' : 'f');
                return found == null ? raw : found;
            }
            case "they", "it", "who" -> {
                for (int i = history.size() - 1; i >= 0 && i >= history.size() - LOOK_BACK; i--) {
                    Spoken s = history.get(i);
                    if (s.offset() > offset || offset - s.offset() > REACH) continue;
                    boolean fits = pronoun.equals("who") ? offset - s.offset() < 200
                            : pronoun.equals("it") ? s.speaker().kind() == Speaker.Kind.ORGANISATION
                            : s.speaker().kind() == Speaker.Kind.GROUP || s.speaker().kind() == Speaker.Kind.ORGANISATION;
                    if (fits) return s.speaker();
                }
                return raw;
            }
            default -> {
                return raw;
            }
        }
    }

    /** The nearest person before {@code offset}, of a compatible gender, who spoke or opened a sentence. */
    private Speaker person(int offset, char gender) {
        Spoken best = null;
        for (int i = history.size() - 1; i >= 0 && i >= history.size() - LOOK_BACK; i--) {
            Spoken s = history.get(i);
            if (s.offset() > offset || offset - s.offset() > REACH || s.speaker().kind() != Speaker.Kind.PERSON) continue;
            if (s.gender() != '?' && s.gender() != gender) continue;
            if (best == null || s.offset() > best.offset()) best = s;
        }
        // A person opening a sentence after the last speaker is the likelier "he" ("Cruz on Friday played down the deal.
        // "...," he said"): the nearer of the two wins.
        for (ArticleNames.Mention m : names.before(offset, LOOK_BACK)) {
            if (offset - m.offset() > REACH || best != null && m.offset() < best.offset()) break;
            char g = m.gender() != '?' ? m.gender() : names.genderOf(m.name());
            if (!m.subject() || g != '?' && g != gender) continue;
            if (best != null && m.name().equals(best.speaker().name())) break;
            return new Speaker(m.name(), "", Speaker.Kind.PERSON);
        }
        return best == null ? null : best.speaker();
    }
}
