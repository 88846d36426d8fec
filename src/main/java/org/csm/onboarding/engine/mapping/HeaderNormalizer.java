package org.csm.onboarding.engine.mapping;

import java.text.Normalizer;
import java.util.Locale;

/// Reduces a header as people write it ("Monthly Spend ($)", "Customer ID", "p95-latency [ms]")
/// to the snake_case form the catalogue uses, so equal meanings compare equal.
public final class HeaderNormalizer {

    private HeaderNormalizer() {
    }

    public static String normalize(String header) {
        if (header == null) {
            return "";
        }
        String s = Normalizer.normalize(header, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        // Units in brackets are decoration: "Monthly Spend ($)" is monthly_spend.
        s = s.replaceAll("[(\\[{][^)\\]}]*[)\\]}]", " ");
        s = s.replace("%", " pct ").replace("&", " and ").replace("#", " number ");
        // camelCase exports ("customerId") split into words.
        s = s.replaceAll("([a-z0-9])([A-Z])", "$1 $2");
        s = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        s = s.replaceAll("^_+|_+$", "");
        // "pct" may appear twice when the header says both "%" and "pct".
        s = s.replaceAll("(_pct)+$", "_pct").replaceAll("_pct_pct", "_pct");
        return s;
    }
}
