package org.csm.onboarding.engine.mapping;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/// Reduces a header as people write it ("Monthly Spend ($)", "Customer ID", "p95-latency [ms]")
/// to the snake_case form the catalogue uses, so equal meanings compare equal.
///
/// Header search normalises every cell of the first rows of every sheet against every field,
/// and the catalogue's own names over and over: the patterns are compiled once and recent
/// results are remembered, so a 10,000-column sheet costs milliseconds, not seconds.
public final class HeaderNormalizer {

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern BRACKETED = Pattern.compile("[(\\[{][^)\\]}]*[)\\]}]");
    private static final Pattern CAMEL = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern NON_WORD = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_UNDERSCORES = Pattern.compile("^_+|_+$");
    private static final Pattern TRAILING_PCT = Pattern.compile("(_pct)+$");
    /// Remembered results; cleared when full, so memory stays bounded whatever the file holds.
    private static final int CACHE_SIZE = 8192;
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private HeaderNormalizer() {
    }

    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String cached = CACHE.get(header);
        if (cached != null) {
            return cached;
        }
        String normalized = compute(header);
        if (CACHE.size() >= CACHE_SIZE) {
            CACHE.clear();
        }
        CACHE.put(header, normalized);
        return normalized;
    }

    private static String compute(String header) {
        String s = isAscii(header) ? header : MARKS.matcher(Normalizer.normalize(header, Normalizer.Form.NFKD)).replaceAll("");
        // Units in brackets are decoration: "Monthly Spend ($)" is monthly_spend.
        s = BRACKETED.matcher(s).replaceAll(" ");
        s = s.replace("%", " pct ").replace("&", " and ").replace("#", " number ");
        // camelCase exports ("customerId") split into words.
        s = CAMEL.matcher(s).replaceAll("$1 $2");
        s = NON_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("_");
        s = EDGE_UNDERSCORES.matcher(s).replaceAll("");
        // "pct" may appear twice when the header says both "%" and "pct".
        s = TRAILING_PCT.matcher(s).replaceAll("_pct").replace("_pct_pct", "_pct");
        return s;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
