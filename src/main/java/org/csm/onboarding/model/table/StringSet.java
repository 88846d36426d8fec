package org.csm.onboarding.model.table;

import java.nio.charset.StandardCharsets;

/// Distinct strings numbered in the order they were first added, packed as UTF-8 with an
/// open-addressing index: about 25 bytes per short string where a `HashMap<String, ...>` costs
/// over 100, which is what lets a check remember a million ids beside the accounts being read.
public final class StringSet {

    private final StringColumn.Builder values = new StringColumn.Builder();
    private final IdIndex index = IdIndex.over(values);

    /// The number of `value` when it is already in the set; otherwise adds it as number
    /// [#size()] - 1 (after the call) and returns -1.
    public int addIfAbsent(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        int hash = IdIndex.hash(utf8);
        int found = index.find(utf8, hash);
        if (found >= 0) {
            return found;
        }
        int number = values.size();
        values.addUtf8(utf8);
        index.put(number, utf8, hash);
        return -1;
    }

    /// The number of `value`, or -1 when it is not in the set.
    public int indexOf(String value) {
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8);
        return index.find(utf8, IdIndex.hash(utf8));
    }

    /// The string numbered `number`.
    public String get(int number) {
        return values.get(number);
    }

    public int size() {
        return values.size();
    }
}
