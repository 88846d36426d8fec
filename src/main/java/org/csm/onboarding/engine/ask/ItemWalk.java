package org.csm.onboarding.engine.ask;

import java.util.List;
import java.util.Optional;

/// The tagged items of a question with which of them an interpretation has used, and the
/// moves a reading makes over them: the next or previous meaningful item, and a written
/// comparison ("over 5", "between 30 and 50", "10 or more") starting at an item.
abstract class ItemWalk {

    final List<Item> items;
    final boolean[] used;

    ItemWalk(List<Item> items) {
        this.items = items;
        this.used = new boolean[items.size()];
    }

    /// A comparison starting at item `i`: [op] number [to number] [post-op].
    Optional<Comparison> comparison(int i, Column.Numbers column) {
        Filter.Op op = null;
        int k = i;
        Item it = items.get(k);
        if (it.tag(Tag.Op.class).isPresent()) {
            op = it.tag(Tag.Op.class).get().op();
            k = nextAny(k);
        } else if (!it.isNumber()) {
            return Optional.empty();
        }
        if (k < 0 || !items.get(k).isNumber() || used[k]) {
            return Optional.empty();
        }
        double low = items.get(k).number().number();
        double high = low;
        int end = k + 1;
        int t = nextAny(k);
        if (t >= 0 && (items.get(t).is("TO") || items.get(t).is("AND")) && nextAny(t) >= 0 && items.get(nextAny(t)).isNumber()
                && (op == null || op == Filter.Op.BETWEEN || op == Filter.Op.GE)) {
            high = items.get(nextAny(t)).number().number();
            op = Filter.Op.BETWEEN;
            end = nextAny(t) + 1;
        } else if (t >= 0 && items.get(t).tag(Tag.Post.class).isPresent() && op == null) {
            op = items.get(t).tag(Tag.Post.class).get().op();
            end = t + 1;
        }
        boolean explicit = op != null;
        if (op == null) {
            op = Filter.Op.EQ;
        }
        if (op == Filter.Op.BETWEEN && low == high) {
            return Optional.empty();
        }
        return Optional.of(new Comparison(op, low, high, end, explicit));
    }

    void markUsed(int from, int to) {
        for (int k = from; k < to; k++) {
            used[k] = true;
        }
    }

    /// The next item after `i` that is not filler, or -1.
    int next(int i) {
        for (int k = i + 1; k < items.size(); k++) {
            if (!items.get(k).isFiller()) {
                return k;
            }
        }
        return -1;
    }

    /// Like [#next] but "and" and fillers are skipped only when they cannot close a range.
    int nextAny(int i) {
        for (int k = i + 1; k < items.size(); k++) {
            Item it = items.get(k);
            if (!it.isFiller() || it.is("TO")) {
                return k;
            }
        }
        return -1;
    }

    int previous(int i) {
        for (int k = i - 1; k >= 0; k--) {
            if (!items.get(k).isFiller()) {
                return k;
            }
        }
        return -1;
    }

    /// `explicit` when the question wrote the comparison ("over", "or more"), not a bare number.
    record Comparison(Filter.Op op, double low, double high, int end, boolean explicit) {
        Filter filter(Column.Numbers column) {
            return new Filter.Compare(column, op, low, high);
        }
    }
}
