package org.csm.onboarding.engine.ask;

/// One word of a question after normalising: `text` as typed (lower case), `stem` without a
/// plural ending, `number` when the word (or the words it came from, "twenty five") is a number.
record Token(String text, String stem, Double number, boolean percent, int index) {

    boolean isNumber() {
        return number != null;
    }

    Token withPercent() {
        return new Token(text, stem, number, true, index);
    }

    Token at(int newIndex) {
        return new Token(text, stem, number, percent, newIndex);
    }
}
