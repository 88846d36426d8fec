package org.csm.onboarding.model;

/// The five KPI categories a health score is built from, in the wizard's order.
public enum Category {
    PRODUCT_USAGE("Product Usage", 35),
    BUSINESS_OUTCOMES("Business Outcomes", 25),
    SUPPORT("Support", 20),
    CUSTOMER_SENTIMENT("Customer Sentiment", 15),
    RELATIONSHIP_STRENGTH("Relationship Strength", 5);

    private final String label;
    private final int defaultWeight;

    Category(String label, int defaultWeight) {
        this.label = label;
        this.defaultWeight = defaultWeight;
    }

    public String label() {
        return label;
    }

    /// The seed's recommended weight (percent); the five add up to 100.
    public int defaultWeight() {
        return defaultWeight;
    }

    /// Accepts the enum name, the label, or the seed's "Product Usage KPI" form, any case.
    public static Category parse(String text) {
        String norm = text.trim().replaceAll("(?i)\\s*kpi$", "").replace('_', ' ').toLowerCase(java.util.Locale.ROOT);
        for (Category c : values()) {
            if (c.label.toLowerCase(java.util.Locale.ROOT).equals(norm)) {
                return c;
            }
        }
        throw new IllegalArgumentException("Unknown category: " + text);
    }
}
