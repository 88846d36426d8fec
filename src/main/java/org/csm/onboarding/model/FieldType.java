package org.csm.onboarding.model;

/// How a field's cells are read: free text, a number (money, percentages, counts), a date, or a label from a closed set.
public enum FieldType {
    TEXT, NUMBER, DATE, LABEL
}
