package org.csm.onboarding.engine.read;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RowPrefetcherTest {

    /// A sheet of `rows` numbered rows that can fail after `failAfter` rows, and remembers
    /// whether it was still reading when its caller returned.
    private static final class CountingReader implements TableReader {
        final int rows;
        final int failAfter;
        final AtomicInteger produced = new AtomicInteger();
        final AtomicBoolean reading = new AtomicBoolean();
        volatile Thread thread;

        CountingReader(int rows, int failAfter) {
            this.rows = rows;
            this.failAfter = failAfter;
        }

        @Override
        public void read(String sheet, RowVisitor visitor) throws IOException {
            reading.set(true);
            thread = Thread.currentThread();
            try {
                for (int r = 1; r <= rows; r++) {
                    if (r > failAfter) {
                        throw new IOException("damaged at row " + r);
                    }
                    produced.incrementAndGet();
                    if (!visitor.visit(new SheetRow(r, List.of(RawCell.text("row " + r))))) {
                        return;
                    }
                }
            } finally {
                reading.set(false);
            }
        }

        @Override
        public String fileName() {
            return "rows.csv";
        }

        @Override
        public String fileType() {
            return "csv";
        }

        @Override
        public List<String> sheetNames() {
            return List.of("rows");
        }

        @Override
        public char decimalSeparator() {
            return '.';
        }

        @Override
        public void close() {
        }
    }

    @Test
    void handsEveryRowOverInOrderOnTheCallersThreadWhileAnotherThreadReads() throws Exception {
        var reader = new CountingReader(10_000, Integer.MAX_VALUE);
        List<Integer> seen = new ArrayList<>();
        Thread caller = Thread.currentThread();
        RowPrefetcher.read(reader, "rows", row -> {
            assertSame(caller, Thread.currentThread());
            seen.add(row.rowNumber());
            return true;
        });
        assertEquals(10_000, seen.size());
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 1, seen.get(i));
        }
        assertNotEquals(caller, reader.thread);
        assertFalse(reader.reading.get());
    }

    @Test
    void stopsReadingWhenTheVisitorHasSeenEnough() throws Exception {
        var reader = new CountingReader(1_000_000, Integer.MAX_VALUE);
        AtomicInteger seen = new AtomicInteger();
        RowPrefetcher.read(reader, "rows", row -> seen.incrementAndGet() < 5);
        assertEquals(5, seen.get());
        assertFalse(reader.reading.get(), "the reading thread has let go of the reader");
        assertTrue(reader.produced.get() < 1_000_000, "the reading thread stopped early: " + reader.produced.get());
    }

    @Test
    void throwsWhatTheReadingThreadThrewAfterTheRowsBeforeIt() {
        var reader = new CountingReader(5_000, 3_000);
        AtomicInteger seen = new AtomicInteger();
        var error = assertThrows(IOException.class, () -> RowPrefetcher.read(reader, "rows", row -> {
            seen.incrementAndGet();
            return true;
        }));
        assertEquals("damaged at row 3001", error.getMessage());
        assertEquals(3_000, seen.get());
    }

    @Test
    void aCancelInTheVisitorStopsTheReadingThreadBeforeReturning() {
        var reader = new CountingReader(1_000_000, Integer.MAX_VALUE);
        assertThrows(IllegalStateException.class, () -> RowPrefetcher.read(reader, "rows", row -> {
            if (row.rowNumber() == 700) {
                throw new IllegalStateException("cancelled");
            }
            return true;
        }));
        assertFalse(reader.reading.get());
        assertTrue(reader.produced.get() < 1_000_000);
    }
}
