package org.csm.onboarding.engine.read;

import java.util.logging.Logger;
import org.apache.poi.openxml4j.util.ZipSecureFile;

/// POI's zip-bomb guards, set once for the whole process before any workbook is opened.
///
/// The values are chosen for customer exports: a sheet's XML compresses very well (repeated
/// tags), so the inflate ratio stays at POI's proven 1:100, while one entry may grow to 1 GiB,
/// which is several times a 100,000-row, 21-column sheet yet far below what would exhaust disk
/// or time. POI then stops with an exception that the readers turn into a refusal.
final class PoiLimits {

    private static final Logger LOG = Logger.getLogger(PoiLimits.class.getName());

    static final double MIN_INFLATE_RATIO = 0.01;
    static final long MAX_ENTRY_SIZE = 1L << 30;

    private static volatile boolean applied;

    private PoiLimits() {
    }

    static void apply() {
        if (applied) {
            return;
        }
        synchronized (PoiLimits.class) {
            if (!applied) {
                ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
                ZipSecureFile.setMaxEntrySize(MAX_ENTRY_SIZE);
                applied = true;
                LOG.fine(() -> "POI zip limits: min inflate ratio " + MIN_INFLATE_RATIO + ", max entry " + MAX_ENTRY_SIZE);
            }
        }
    }
}
