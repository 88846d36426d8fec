package org.csm.onboarding.engine.detect;

import org.csm.onboarding.engine.mapping.ColumnMatcher;
import org.csm.onboarding.engine.mapping.HeaderNormalizer;
import org.csm.onboarding.engine.template.StandardTemplate;
import org.csm.onboarding.model.Field;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/// Names the layout from the headers alone. The serverless export is recognised by its 21
/// columns in any order, in snake_case or Title Case and with units ("Monthly Spend ($)");
/// the standard template by its own headers. Extra columns do not matter.
public final class FormatDetector {

    private FormatDetector() {
    }

    public static FileFormat detect(List<String> headers) {
        Set<String> present = headers.stream().map(HeaderNormalizer::normalize).collect(Collectors.toSet());
        // The template's own headers first: they name every serverless field too.
        boolean template = StandardTemplate.headers().stream().map(HeaderNormalizer::normalize).allMatch(present::contains);
        if (template) {
            return FileFormat.STANDARD_TEMPLATE;
        }
        // Fields named by key or alias, so bracketed units ("P95 Latency (ms)", "Cold Start (%)") still count.
        Set<Field> named = ColumnMatcher.namedFields(headers);
        boolean serverless = Arrays.stream(Field.values()).filter(Field::inServerlessExport).allMatch(named::contains);
        return serverless ? FileFormat.DATA_CENTER_SERVERLESS : FileFormat.UNKNOWN;
    }
}
