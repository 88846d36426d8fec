package org.csm.onboarding.sample;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/// The `Dashboard` sheet: a header row and 17 (label, value) summary metrics, 18 rows as the
/// real export has. Totals are accumulated while the customer rows stream past, so the sheet
/// costs no memory per customer.
final class DashboardSheet {

    static final String NAME = "Dashboard";

    private long customers;
    private double spend;
    private double contract;
    private double health;
    private long churnHigh;
    private long churnMedium;
    private long churnLow;
    private long expansionHigh;
    private long production;
    private double errorRate;
    private double p95;
    private double coldStart;
    private long invocations30d;
    private double dailyInvocations;
    private long inactiveWeek;

    /// One summary line; `format` is the Excel number format of its value.
    record Line(String label, double value, String format) {
    }

    void add(CustomerRow row) {
        MetricSet m = row.metrics();
        customers++;
        spend += m.get(Metric.MONTHLY_SPEND);
        contract += m.contractValueAnnual();
        health += m.get(Metric.HEALTH_SCORE);
        switch (row.churnRisk()) {
            case "High" -> churnHigh++;
            case "Medium" -> churnMedium++;
            default -> churnLow++;
        }
        expansionHigh += "High".equals(row.expansionPotential()) ? 1 : 0;
        production += "Production Service".equals(row.customerSegment()) ? 1 : 0;
        errorRate += m.get(Metric.ERROR_RATE_PCT);
        p95 += m.p95LatencyMs();
        coldStart += m.get(Metric.COLD_START_PCT);
        invocations30d += m.invocations30d();
        dailyInvocations += m.get(Metric.DAILY_INVOCATIONS);
        // A week without calls is the seed's At Risk threshold for this KPI.
        inactiveWeek += m.get(Metric.DAYS_SINCE_LAST_INVOCATION) >= 7 ? 1 : 0;
    }

    List<Line> lines() {
        String count = "#,##0";
        String money = "\"$\"#,##0.00";
        List<Line> lines = new ArrayList<>();
        lines.add(new Line("Total customers", customers, count));
        lines.add(new Line("Total monthly spend ($)", spend, money));
        lines.add(new Line("Average monthly spend ($)", spend / customers, money));
        lines.add(new Line("Total annual contract value ($)", contract, money));
        lines.add(new Line("Average health score", health / customers, "0.0"));
        lines.add(new Line("Churn risk: High", churnHigh, count));
        lines.add(new Line("Churn risk: Medium", churnMedium, count));
        lines.add(new Line("Churn risk: Low", churnLow, count));
        lines.add(new Line("Expansion potential: High", expansionHigh, count));
        lines.add(new Line("Production Service customers", production, count));
        lines.add(new Line("Development/Testing customers", customers - production, count));
        lines.add(new Line("Average error rate (%)", errorRate / customers, "0.00"));
        lines.add(new Line("Average p95 latency (ms)", p95 / customers, count));
        lines.add(new Line("Average cold start (%)", coldStart / customers, "0.0"));
        lines.add(new Line("Total invocations (30 days)", invocations30d, count));
        lines.add(new Line("Average daily invocations", dailyInvocations / customers, count));
        lines.add(new Line("Customers inactive 7+ days", inactiveWeek, count));
        return lines;
    }

    /// Writes the header row and the summary lines.
    void write(Sheet sheet, CellStyles styles) {
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("Metric");
        header.createCell(1).setCellValue("Value");
        header.getCell(0).setCellStyle(styles.header());
        header.getCell(1).setCellStyle(styles.header());
        int r = 1;
        for (Line line : lines()) {
            Row row = sheet.createRow(r++);
            row.createCell(0).setCellValue(line.label());
            row.createCell(1).setCellValue(line.value());
            row.getCell(1).setCellStyle(styles.number(line.format()));
        }
        sheet.setColumnWidth(0, 34 * 256);
        sheet.setColumnWidth(1, 20 * 256);
    }
}
