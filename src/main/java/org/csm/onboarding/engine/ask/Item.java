package org.csm.onboarding.engine.ask;

import java.util.List;
import java.util.Optional;

/// A span of the question's tokens with what it may mean. A number token has no tags; a word
/// nothing matched has none either and is `unknown`.
record Item(int start, int end, List<Tag> tags, Token number, boolean fuzzy, String text) {

    boolean isNumber() {
        return number != null;
    }

    boolean unknown() {
        return number == null && tags.isEmpty();
    }

    boolean isFiller() {
        return !tags.isEmpty() && tags.stream().allMatch(t -> t instanceof Tag.Filler);
    }

    boolean is(String word) {
        return tags.stream().anyMatch(t -> t instanceof Tag.Word w && w.name().equals(word));
    }

    <T extends Tag> Optional<T> tag(Class<T> type) {
        return tags.stream().filter(type::isInstance).map(type::cast).findFirst();
    }
}
