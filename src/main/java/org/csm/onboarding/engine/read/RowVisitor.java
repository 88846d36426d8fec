package org.csm.onboarding.engine.read;

/// Receives rows one at a time; returning false stops the read early (header sniffing reads a few rows only).
@FunctionalInterface
public interface RowVisitor {
    boolean visit(SheetRow row);
}
