package io.newsbot.answer;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * {@link KnownSpeakers} from the look of a name alone, for when no list of the corpus's speakers is at hand: one to
 * four capitalised words ("Lavrov", "Sarah Sanders") that are not a country, a region, a day or a month, and not an
 * acronym ("NATO"). It cannot tell a person typed in lower case from a topic, so it says no to those.
 */
public final class NameShapes implements KnownSpeakers {
    private static final Pattern NAME = Pattern.compile("\\p{Lu}[\\p{L}'.-]*\\p{Ll}[\\p{L}'.-]*(?:\\s+(?:\\p{Lu}[\\p{L}'.-]*|de|van|von|al|bin|da|di|le|la))"
            + "{0,3}");
    private static final Set<String> PLACES_AND_TIMES = places();

    @Override
    public boolean isQuoted(String name) {
        String n = name.strip().replaceFirst("(?i)^the\\s+", "");
        return NAME.matcher(n).matches() && !PLACES_AND_TIMES.contains(n.toLowerCase(Locale.ROOT));
    }

    private static Set<String> places() {
        Set<String> out = new HashSet<>();
        for (String code : Locale.getISOCountries()) {
            out.add(new Locale("", code).getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT));
        }
        for (String s : ("america|britain|great britain|england|scotland|wales|europe|asia|africa|latin america|south america|north america|"
                + "middle east|the middle east|gaza|west bank|crimea|donbas|donbass|kashmir|tibet|taiwan|hong kong|kosovo|palestine|"
                + "washington|moscow|beijing|london|paris|berlin|kyiv|kiev|tehran|damascus|pyongyang|seoul|jerusalem|brussels|"
                + "monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|"
                + "september|october|november|december|christmas|easter|wall street|silicon valley|the west|the arctic|antarctica")
                .split("\\|")) {
            out.add(s);
        }
        return Set.copyOf(out);
    }
}
