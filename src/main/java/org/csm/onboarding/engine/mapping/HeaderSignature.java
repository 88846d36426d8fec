package org.csm.onboarding.engine.mapping;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;

/// Identifies an export layout by its headers (order ignored, blanks dropped, case and spacing
/// normalised), so a mapping made once is found again for the next export from the same system.
public final class HeaderSignature {

    private HeaderSignature() {
    }

    public static String of(List<String> headers) {
        String joined = String.join("\n", headers.stream().filter(Objects::nonNull)
                .map(h -> h.trim().toLowerCase(java.util.Locale.ROOT)).filter(h -> !h.isEmpty()).sorted().toList());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(joined.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
