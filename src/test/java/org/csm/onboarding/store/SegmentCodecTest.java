package org.csm.onboarding.store;

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
