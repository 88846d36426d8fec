package org.csm.onboarding.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.csm.onboarding.model.Account;
import org.csm.onboarding.model.table.AccountTable;
import org.csm.onboarding.model.table.AccountTableBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/// A segment decodes to exactly the rows it was encoded from, stored or deflated, and a payload
/// of an unknown format is refused instead of misread.
class SegmentCodecTest {

    @ParameterizedTest(name = "deflate = {0}")
    @ValueSource(booleans = {false, true})
    void rowsSurviveARoundTrip(boolean deflate) {
        var builder = new AccountTableBuilder();
        for (int i = 0; i < 300; i++) {
            Account account = i % 7 == 0 ? new Account("S-" + i, null, null, null, null, null, null, null)
                    : TestData.account("A-" + i + "-é", i);
            builder.add(account, i % 3 == 0 ? null : TestData.profile(account), i % 5 == 0 ? List.of() : TestData.kpis(account, i));
        }
        AccountTable table = builder.build();
        AccountTable decoded = AccountTable.concat(List.of(
                SegmentCodec.decode(SegmentCodec.encode(table, 0, 100, deflate)),
                SegmentCodec.decode(SegmentCodec.encode(table, 100, 300, deflate))));
        assertEquals(records(table), records(decoded));
        // One thread's scratch reused: a large segment, then smaller ones, must not leak bytes
        // from one payload into the next, and a scratch that starts too small grows.
        var scratch = new SegmentCodec.Scratch();
        List<AccountTable> parts = new ArrayList<>();
        for (int[] range : new int[][] {{0, 300}, {0, 10}, {10, 11}, {11, 300}}) {
            byte[] payload = SegmentCodec.encode(table, range[0], range[1], deflate, scratch);
            assertArrayEquals(SegmentCodec.encode(table, range[0], range[1], deflate), payload,
                    "the same payload with or without a reused scratch");
            parts.add(SegmentCodec.decode(payload));
        }
        assertEquals(records(table), records(parts.getFirst()));
        assertEquals(records(table), records(AccountTable.concat(parts.subList(1, parts.size()))));
    }

    @ParameterizedTest(name = "deflate = {0}")
    @ValueSource(booleans = {false, true})
    void aPayloadLargerThanTheScratchStillRoundTrips(boolean deflate) {
        var builder = new AccountTableBuilder();
        // ~200 bytes an account of unique text: several times the scratch's first 64 KB, and
        // hardly compressible, so the deflated output grows too.
        var random = new java.util.Random(8);
        for (int i = 0; i < 2_000; i++) {
            String name = new java.math.BigInteger(800, random).toString(36);
            builder.add(new Account("R-" + i, name, null, null, null, null, null, null), null, List.of());
        }
        AccountTable table = builder.build();
        assertEquals(records(table), records(SegmentCodec.decode(
                SegmentCodec.encode(table, 0, table.size(), deflate, new SegmentCodec.Scratch()))));
    }

    @ParameterizedTest(name = "format byte {0}")
    @ValueSource(bytes = {0, 2, 99})
    void anUnknownFormatIsRefused(byte format) {
        byte[] payload = SegmentCodec.encode(new AccountTableBuilder().build(), 0, 0, false);
        payload[0] = format;
        assertThrows(IllegalStateException.class, () -> SegmentCodec.decode(payload));
    }

    private static List<StoredAccount> records(AccountTable table) {
        var all = new ArrayList<StoredAccount>();
        for (int row = 0; row < table.size(); row++) {
            all.add(AccountRepository.stored(table, row));
        }
        return all;
    }
}
