package org.csm.onboarding.model.table;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/// A dictionary-encoded column for low-cardinality text (industry, region, tier, CSM, a text
/// KPI's label): each row holds a code into [#dictionary()], -1 for null. A million rows of a
/// handful of regions cost 4 MB and one copy of each region name.
public final class TextColumn {

    /// The code of a null value.
    public static final int NULL = -1;

    private final int[] codes;
    private final List<String> dictionary;

    private TextColumn(int[] codes, List<String> dictionary) {
        this.codes = codes;
        this.dictionary = dictionary;
    }

    public int size() {
        return codes.length;
    }

    public String get(int row) {
        int code = codes[row];
        return code == NULL ? null : dictionary.get(code);
    }

    public int code(int row) {
        return codes[row];
    }

    /// The distinct values, in first-seen order; a code is an index into it.
    public List<String> dictionary() {
        return dictionary;
    }

    /// Appends values, sharing one dictionary entry per distinct value.
    public static final class Builder {
        private int[] codes = new int[64];
        private int size;
        private final List<String> dictionary = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        public Builder add(String value) {
            return addCode(value == null ? NULL : intern(value));
        }

        /// The code `value` has (or gets) in this builder's dictionary.
        public int intern(String value) {
            Integer code = index.get(value);
            if (code == null) {
                code = dictionary.size();
                dictionary.add(value);
                index.put(value, code);
            }
            return code;
        }

        /// Appends a code obtained from [#intern] (or [TextColumn#NULL]).
        public Builder addCode(int code) {
            if (size == codes.length) {
                codes = Arrays.copyOf(codes, size * 2);
            }
            codes[size++] = code;
            return this;
        }

        /// Appends NULL until the column has `rows` rows (a column first seen after row 0).
        public Builder padTo(int rows) {
            while (size < rows) {
                addCode(NULL);
            }
            return this;
        }

        public int size() {
            return size;
        }

        /// The column; the builder lets go of its codes (it builds once).
        public TextColumn build() {
            int[] built = Arrays.copyOf(codes, size);
            codes = new int[0];
            return new TextColumn(built, List.copyOf(dictionary));
        }
    }
}
