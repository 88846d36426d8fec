package org.csm.onboarding.engine.read;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;

/// Reads a sheet on a second thread while the caller works on the rows already read: on a
/// two-core laptop, scanning a workbook's XML and transforming its rows then overlap instead of
/// taking turns (a million-row import spends about half its time in each).
///
/// The caller's visitor still sees every row in order, on the caller's thread; returning false,
/// or throwing (a cancel), stops the reading thread, and the call returns only after that
/// thread has let go of the reader, so the reader can be closed right after. What the reading
/// thread throws is thrown here.
public final class RowPrefetcher {

    /// Rows handed over at a time: few enough hand-overs to cost nothing, small enough to be cheap.
    private static final int BATCH = 256;
    /// Batches read ahead: enough to ride out a GC pause on either side, a few MB at most.
    private static final int AHEAD = 8;
    private static final Object END = new Object();

    private record Failure(Throwable error) {
    }

    private RowPrefetcher() {
    }

    /// Streams every row of `sheet` to `visitor`, as [TableReader#read] does.
    public static void read(TableReader reader, String sheet, RowVisitor visitor) throws IOException, FileRefusedException {
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
        AtomicBoolean stop = new AtomicBoolean();
        Thread producer = Thread.ofPlatform().daemon().name("sheet-reader").unstarted(() -> produce(reader, sheet, queue, stop));
        producer.start();
        try {
            consume(queue, visitor);
        } finally {
            stop.set(true);
            Handoff.awaitEnd(producer, queue);
        }
    }

    private static void produce(TableReader reader, String sheet, BlockingQueue<Object> queue, AtomicBoolean stop) {
        Object last = END;
        List<List<SheetRow>> batch = new ArrayList<>(List.of(new ArrayList<>(BATCH)));
        try {
            reader.read(sheet, row -> {
                batch.getFirst().add(row);
                if (batch.getFirst().size() == BATCH) {
                    Handoff.offer(queue, batch.getFirst(), stop);
                    batch.set(0, new ArrayList<>(BATCH));
                }
                return !stop.get();
            });
        } catch (Throwable e) {
            last = new Failure(e);
        }
        // The rows read before a failure are the caller's too, as they would be without this thread.
        Handoff.offer(queue, batch.getFirst(), stop);
        Handoff.offer(queue, last, stop);
    }


    @SuppressWarnings("unchecked")
    private static void consume(BlockingQueue<Object> queue, RowVisitor visitor) throws IOException, FileRefusedException {
        while (true) {
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("reading the sheet was interrupted");
            }
            if (item == END) {
                return;
            }
            if (item instanceof Failure(Throwable error)) {
                throw rethrow(error);
            }
            for (SheetRow row : (List<SheetRow>) item) {
                if (!visitor.visit(row)) {
                    return;
                }
            }
        }
    }

    private static RuntimeException rethrow(Throwable error) throws IOException, FileRefusedException {
        switch (error) {
            case IOException e -> throw e;
            case FileRefusedException e -> throw e;
            case RuntimeException e -> throw e;
            case Error e -> throw e;
            default -> throw new IllegalStateException(error);
        }
    }

}
