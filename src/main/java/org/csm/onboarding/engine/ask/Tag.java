package org.csm.onboarding.engine.ask;

import java.util.Set;

import org.csm.onboarding.model.HealthStatus;

/// One meaning a phrase of the question can have. A phrase may carry several ("and" joins
/// conditions and closes a range); the interpreter picks by position.
sealed interface Tag {

    /// A keyword from the vocabulary: WHY, ACTION, TOP, GROUP, AND, ...
    record Word(String name) implements Tag {
    }

    /// A comparison written before its number ("over 5").
    record Op(Filter.Op op) implements Tag {
    }

    /// A comparison written after its number ("5 or more").
    record Post(Filter.Op op) implements Tag {
    }

    record Agg(Query.Aggregate aggregate) implements Tag {
    }

    record Status(Set<HealthStatus> statuses) implements Tag {
    }

    record Field(Column column) implements Tag {
    }

    /// One or more values of a text column; `whole` when the question spelled a whole value.
    record Value(Column.Texts column, Set<String> values, boolean whole) implements Tag {
    }

    record Filler() implements Tag {
    }
}
