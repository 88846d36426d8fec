package org.csm.onboarding.model;

/// An account as the seed's step 4A builds it.
public record Account(String externalAccountId, String accountName, Double revenue, String industry,
                      String region, String accountStatus, String accountTier, String assignedCsm) {
}
