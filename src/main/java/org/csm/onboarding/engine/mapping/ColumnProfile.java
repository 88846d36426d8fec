package org.csm.onboarding.engine.mapping;

import org.csm.onboarding.engine.read.CellValues;
import org.csm.onboarding.engine.read.ParsedNumber;
import org.csm.onboarding.engine.read.RawCell;
import org.csm.onboarding.engine.read.SheetRow;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/// What a column's sampled values look like: how many are numbers, whole numbers, money or
/// percentages, dates, High/Medium/Low labels, e-mail addresses; their range and how many are
/// distinct. The matcher weighs a header against this ("Health" holding 4..71 whole numbers is
/// a 0-100 score; "Customer" holding e-mail addresses is not a company name).
public record ColumnProfile(int count, double numberShare, double wholeShare, double moneyShare, double percentShare,
                            double dateShare, double levelShare, double contactShare, double distinctShare,
                            double codeShare, double min, double max) {

    /// Labels read as High/Medium/Low (English and German), matching the churn and expansion KPIs.
    public static final Set<String> LEVEL_LABELS = Set.of("high", "medium", "low", "med", "hoch", "mittel", "niedrig");

    private static final Pattern MONEY = Pattern.compile(".*[$€£¥]|(?i).*\\b(usd|eur|gbp|chf)\\b.*");
    private static final Pattern CONTACT = Pattern.compile("(?i).*(@|https?://|www\\.).*|\\+?[\\d ()/-]{9,}");
    /// An identifier: letters and digits with at least one digit, no spaces ("ACC-1001", "cus_N8x4000").
    private static final Pattern CODE = Pattern.compile("(?=.*\\d)[A-Za-z0-9][A-Za-z0-9_.:/-]*");

    public static ColumnProfile of(List<SheetRow> sample, int column, char decimalSeparator) {
        int count = 0;
        int numbers = 0;
        int whole = 0;
        int money = 0;
        int percent = 0;
        int dates = 0;
        int levels = 0;
        int contacts = 0;
        int codes = 0;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        Set<String> distinct = new HashSet<>();
        for (SheetRow row : sample) {
            RawCell cell = row.cell(column);
            if (CellValues.isMissing(cell)) {
                continue;
            }
            count++;
            String text = cell.text().strip();
            distinct.add(text.toLowerCase(Locale.ROOT));
            ParsedNumber n = CellValues.parseNumber(cell, decimalSeparator);
            if (cell.dateFormatted() && CellValues.parseDate(cell).isValid()) {
                dates++;
            } else if (n.isValid()) {
                numbers++;
                double v = n.value();
                min = Math.min(min, v);
                max = Math.max(max, v);
                whole += v == Math.rint(v) ? 1 : 0;
                money += MONEY.matcher(text).matches() ? 1 : 0;
                percent += text.endsWith("%") || cell.percentFormatted() ? 1 : 0;
            } else if (CellValues.parseDate(cell).isValid()) {
                dates++;
            } else {
                contacts += CONTACT.matcher(text).matches() ? 1 : 0;
            }
            levels += LEVEL_LABELS.contains(text.toLowerCase(Locale.ROOT)) ? 1 : 0;
            codes += cell.number() == null && CODE.matcher(text).matches() ? 1 : 0;
        }
        if (count == 0) {
            return new ColumnProfile(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        }
        double c = count;
        return new ColumnProfile(count, numbers / c, whole / c, money / c, percent / c, dates / c, levels / c, contacts / c,
                distinct.size() / c, codes / c, numbers == 0 ? 0 : min, numbers == 0 ? 0 : max);
    }

    public boolean empty() {
        return count == 0;
    }

    public boolean numeric() {
        return count > 0 && numberShare >= 0.9;
    }

    /// Mostly text: names, categories, labels.
    public boolean textual() {
        return count > 0 && numberShare < 0.2 && dateShare < 0.2;
    }

    /// Distinct on (almost) every row, as ids and names are.
    public boolean unique() {
        return count > 0 && distinctShare >= 0.95;
    }

    /// A closed set repeated across rows, as a segment or region is (needs enough rows to tell).
    public boolean categorical() {
        return count < 8 || distinctShare <= 0.6;
    }
}
