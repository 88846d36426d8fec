package org.csm.onboarding.engine.validate;

import org.csm.onboarding.engine.detect.SheetLayout;
import org.csm.onboarding.model.ColumnMapping;
import org.csm.onboarding.model.DataIssue;
import org.csm.onboarding.model.Field;
import org.csm.onboarding.model.IssueCode;
import org.csm.onboarding.model.KpiCatalog;
import org.csm.onboarding.model.KpiDefinition;

import java.util.ArrayList;
import java.util.List;

/// File-level checks of a mapping against the file: required fields mapped, mapped headers
/// present, KPI columns the file lacks, and the seed's "region missing" warning.
public final class MappingCheck {

    private MappingCheck() {
    }

    public static List<DataIssue> check(SheetLayout layout, ColumnMapping mapping, KpiCatalog catalog) {
        List<DataIssue> issues = new ArrayList<>();
        String sheet = layout.sheet();
        int headerRow = layout.headerRow();
        mapping.headerByField().forEach((field, header) -> {
            if (layout.columnOf(header) < 0) {
                issues.add(DataIssue.error(sheet, headerRow, header, IssueCode.REQUIRED_FIELD_UNMAPPED,
                        "The mapping points " + field.key() + " at a column \"" + header + "\" that is not in this sheet."));
            }
        });
        for (Field field : Field.values()) {
            if (field.required() && !mapping.has(field)) {
                issues.add(DataIssue.error(sheet, headerRow, null, IssueCode.REQUIRED_FIELD_UNMAPPED,
                        "No column is mapped to " + field.key() + " (" + field.templateHeader()
                                + "); map one by hand or use the standard template."));
            }
        }
        for (KpiDefinition kpi : catalog.kpis()) {
            if (kpi.isCustom()) {
                issues.addAll(checkCustom(layout, mapping, kpi));
            } else if (!mapping.has(kpi.field())) {
                issues.add(DataIssue.warning(sheet, headerRow, null, IssueCode.KPI_COLUMN_UNMAPPED,
                        "No column for " + kpi.name() + ": this KPI is left out of every account's score."));
            }
        }
        if (!mapping.has(Field.REGION)) {
            issues.add(DataIssue.warning(sheet, null, null, IssueCode.REGION_MISSING,
                    "The file has no region column: accounts get region \"Unknown\"; set it by hand if your team reports by region."));
        }
        return issues;
    }

    /// The checks of the catalogue's custom KPIs only, for callers that checked the rest already.
    public static List<DataIssue> checkCustom(SheetLayout layout, ColumnMapping mapping, KpiCatalog catalog) {
        List<DataIssue> issues = new ArrayList<>();
        catalog.customKpis().forEach(kpi -> issues.addAll(checkCustom(layout, mapping, kpi)));
        return issues;
    }

    /// A custom KPI reads its own column: it must be in the sheet, and a column that also feeds a
    /// field would count one fact twice.
    private static List<DataIssue> checkCustom(SheetLayout layout, ColumnMapping mapping, KpiDefinition kpi) {
        if (layout.columnOf(kpi.column()) < 0) {
            return List.of(DataIssue.warning(layout.sheet(), layout.headerRow(), kpi.column(), IssueCode.KPI_COLUMN_UNMAPPED,
                    "No column \"" + kpi.column() + "\" for the custom KPI " + kpi.name()
                            + ": this KPI is left out of every account's score."));
        }
        return mapping.headerByField().entrySet().stream().filter(e -> e.getValue().equals(kpi.column())).findFirst()
                .map(e -> List.of(DataIssue.warning(layout.sheet(), layout.headerRow(), kpi.column(), IssueCode.KPI_COLUMN_UNMAPPED,
                        "\"" + kpi.column() + "\" feeds both " + e.getKey().key() + " and the custom KPI " + kpi.name()
                                + ": map the column to one of them.")))
                .orElse(List.of());
    }

    public static boolean blocksImport(List<DataIssue> mappingIssues) {
        return mappingIssues.stream().anyMatch(DataIssue::isError);
    }
}
