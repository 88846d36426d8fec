package org.csm.onboarding.model;

import java.time.LocalDate;

/// Descriptive data kept beside an account (seed step 4B); not scored.
public record ProfileMetadata(String externalAccountId, String industry, String useCase, String gpuTypePrimary,
                              LocalDate signupDate, String customerSegment) {
}
