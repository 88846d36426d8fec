package org.csm.onboarding.store;

import java.nio.file.Path;

/// Runs in a second JVM for [SecondProcessTest]: H2 shares a file between connections of one
/// JVM, so a real lock conflict and a real crash need another process.
public final class StoreChild {

    private StoreChild() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[1]);
        switch (args[0]) {
            case "open" -> {
                try (Store _ = Store.open(dir)) {
                    System.out.println("OPENED");
                } catch (StoreException e) {
                    System.out.println(e.kind() + "|" + e.getMessage());
                }
            }
            case "import-then-die" -> {
                Store store = Store.open(dir);
                long ws = TestData.workspace(store, "Acme");
                TestData.importAccounts(store, ws, "crash.xlsx", 42, TestData.ids("C", 50));
                System.out.println("COMMITTED");
                System.out.flush();
                // Like kill -9 right after "Import complete": no close, no shutdown hook.
                Runtime.getRuntime().halt(0);
            }
            default -> throw new IllegalArgumentException(args[0]);
        }
    }
}
