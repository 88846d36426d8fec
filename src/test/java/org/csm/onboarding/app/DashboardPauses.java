package org.csm.onboarding.app;

import java.nio.file.Path;

import org.csm.onboarding.store.Store;
import org.csm.onboarding.store.dialect.DbLocation;

/// Times the dashboard on an already imported workspace, without the rest of `bench` (which
/// imports the file first): `java -Xmx512m -cp target/classes:target/test-classes:target/lib/*
/// org.csm.onboarding.app.DashboardPauses DATA_FOLDER WORKSPACE [REPEATS]`. Not a test: it
/// prints the numbers of [FxDashboardProbe] for each run.
public final class DashboardPauses {

    private DashboardPauses() {
    }

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 2 ? Integer.parseInt(args[2]) : 1;
        try (Store store = Store.open(DbLocation.h2(Path.of(args[0])))) {
            for (int i = 0; i < repeats; i++) {
                var result = new FxPauseProbe().dashboard(store, args[1]);
                System.out.println("max pause ms " + result.maxPauseMs());
                System.out.println("done after ms " + result.doneMs());
            }
        }
        javafx.application.Platform.exit();
    }
}
