package io.newsbot.answer;

import io.newsbot.statement.PersonNames;
import io.newsbot.statement.StatementStore;

/** {@link KnownSpeakers} over the statement store: a name is quoted when a person speaker with its last name matches it. */
public final class QuotedSpeakers implements KnownSpeakers {
    private final StatementStore statements;

    public QuotedSpeakers(StatementStore statements) {
        this.statements = statements;
    }

    @Override
    public boolean isQuoted(String name) {
        String surname = PersonNames.surname(name);
        if (surname.isEmpty()) return false;
        return statements.speakers(surname).stream().anyMatch(s -> PersonNames.refersTo(s.name(), s.kind(), name));
    }
}
