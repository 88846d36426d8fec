package org.csm.onboarding.model.table;


/// Finds a row by its external id without a `HashMap<String, Integer>` (which would cost ~100
/// bytes per account): open addressing over row numbers, comparing the packed UTF-8 bytes.
final class IdIndex {

    /// Access to the keys of the indexed rows.
    interface Keys {
        int hash(int row);

        boolean same(int row, byte[] utf8);
    }

    private final Keys keys;
    private int[] slots = new int[64]; // row + 1; 0 = empty
    private int count;

    IdIndex(Keys keys) {
        this.keys = keys;
    }

    static int hash(byte[] utf8) {
        return StringColumn.hash(utf8, 0, utf8.length);
    }

    /// The row holding `utf8`, or -1.
    int find(byte[] utf8, int hash) {
        int mask = slots.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                return -1;
            }
            if (keys.same(slot - 1, utf8)) {
                return slot - 1;
            }
        }
    }

    /// Indexes `row` under `utf8`; returns the row it replaces, or -1 when the key is new.
    int put(int row, byte[] utf8, int hash) {
        if ((count + 1) * 2 > slots.length) {
            grow();
        }
        int mask = slots.length - 1;
        for (int i = hash & mask; ; i = (i + 1) & mask) {
            int slot = slots[i];
            if (slot == 0) {
                slots[i] = row + 1;
                count++;
                return -1;
            }
            if (keys.same(slot - 1, utf8)) {
                slots[i] = row + 1;
                return slot - 1;
            }
        }
    }

    private void grow() {
        int[] old = slots;
        slots = new int[old.length * 2];
        int mask = slots.length - 1;
        for (int slot : old) {
            if (slot != 0) {
                int i = keys.hash(slot - 1) & mask;
                while (slots[i] != 0) {
                    i = (i + 1) & mask;
                }
                slots[i] = slot;
            }
        }
    }

    /// An empty index over the values `builder` holds (each row is [#put] as it is added).
    static IdIndex over(StringColumn.Builder builder) {
        return new IdIndex(new Keys() {
            @Override
            public int hash(int row) {
                return builder.hash(row);
            }

            @Override
            public boolean same(int row, byte[] utf8) {
                return builder.equalsUtf8(row, utf8);
            }
        });
    }

    /// An index over every row of `column` (ids are unique in a built table).
    static IdIndex of(StringColumn column) {
        IdIndex index = new IdIndex(new Keys() {
            @Override
            public int hash(int row) {
                return column.hash(row);
            }

            @Override
            public boolean same(int row, byte[] utf8) {
                return column.equalsUtf8(row, utf8);
            }
        });
        int capacity = Integer.highestOneBit(Math.max(32, column.size()) * 2) * 2;
        index.slots = new int[capacity];
        for (int row = 0; row < column.size(); row++) {
            index.put(row, column.utf8(row), column.hash(row));
        }
        return index;
    }
}
