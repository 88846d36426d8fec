package org.csm.onboarding.engine.mapping;

import org.csm.onboarding.engine.read.RawCell;
import org.csm.onboarding.engine.read.SheetRow;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/// The header-matching corpus under `src/test/resources/mapping-corpus/`: export styles, each a
/// list of columns with the field a person would map them to and generated sample values.
final class MappingCorpus {

    static final List<String> STYLES = List.of("crm", "billing", "warehouse", "german", "titlecase-units", "terse-db",
            "held-out-product-analytics", "held-out-cs-platform");

    private static final String[] COMPANIES = {"Elastic AI Corp", "Nimbus Labs", "Kraftwerk GmbH", "Blue Heron Ltd",
            "Quantum Retail", "Orbital Media", "Pine & Co", "Helios Health", "Vector Freight", "Lumen Bank"};
    private static final String[] PEOPLE = {"Anna Schmidt", "Raj Patel", "Maria Lopez", "John Carter", "Mei Chen"};

    record Column(String header, String expected, String spec) {
    }

    record Style(String name, char decimalSeparator, List<Column> columns) {

        List<String> headers() {
            return columns.stream().map(Column::header).toList();
        }

        /// `rows` generated rows, the same on every run.
        List<SheetRow> sample(int rows) {
            Random random = new Random(name.hashCode());
            List<SheetRow> out = new ArrayList<>();
            for (int r = 0; r < rows; r++) {
                List<RawCell> cells = new ArrayList<>();
                for (Column c : columns) {
                    cells.add(value(c.spec(), r, random, decimalSeparator));
                }
                out.add(new SheetRow(r + 2, cells));
            }
            return out;
        }
    }

    private MappingCorpus() {
    }

    static Style load(String name) {
        try (InputStream in = MappingCorpus.class.getResourceAsStream("/mapping-corpus/" + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("missing corpus style " + name);
            }
            char decimal = '.';
            List<Column> columns = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.startsWith("# decimal=")) {
                    decimal = line.charAt("# decimal=".length());
                } else if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\\|", 3);
                    columns.add(new Column(parts[0].strip(), parts[1].strip(), parts[2].strip()));
                }
            }
            return new Style(name, decimal, columns);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static RawCell value(String spec, int row, Random random, char decimal) {
        String kind = spec.contains(":") ? spec.substring(0, spec.indexOf(':')) : spec;
        String arg = spec.contains(":") ? spec.substring(spec.indexOf(':') + 1) : "";
        return switch (kind) {
            case "id" -> RawCell.text(arg + (4000 + row * 7));
            case "int" -> {
                double[] r = range(arg);
                long v = Math.round(r[0] + random.nextDouble() * (r[1] - r[0]));
                yield new RawCell(Long.toString(v), (double) v, false, false);
            }
            case "num" -> {
                double[] r = range(arg);
                double v = Math.round((r[0] + random.nextDouble() * (r[1] - r[0])) * 100) / 100.0;
                yield decimal == ',' ? RawCell.text(String.format(Locale.GERMANY, "%.2f", v))
                        : new RawCell(Double.toString(v), v, false, false);
            }
            case "money" -> {
                double[] r = range(arg);
                double v = r[0] + random.nextDouble() * (r[1] - r[0]);
                yield RawCell.text(decimal == ',' ? String.format(Locale.GERMANY, "%,.2f €", v)
                        : String.format(Locale.US, "$%,.2f", v));
            }
            case "pct" -> {
                double[] r = range(arg);
                yield RawCell.text(String.format(Locale.US, "%.1f%%", r[0] + random.nextDouble() * (r[1] - r[0])));
            }
            case "date" -> RawCell.text(LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1200)).toString());
            case "dmy" -> RawCell.text(LocalDate.of(2021, 1, 1).plusDays(random.nextInt(1200))
                    .format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
            case "hml" -> RawCell.text(List.of("High", "Medium", "Low").get(random.nextInt(3)));
            case "name" -> RawCell.text(COMPANIES[row % COMPANIES.length] + (row >= COMPANIES.length ? " " + row : ""));
            case "person" -> RawCell.text(PEOPLE[random.nextInt(PEOPLE.length)]);
            case "pick" -> {
                String[] options = arg.split(",");
                yield RawCell.text(options[random.nextInt(options.length)]);
            }
            case "email" -> RawCell.text("contact" + row + "@example" + (row % 5) + ".com");
            case "phone" -> RawCell.text("+49 30 " + (1000000 + random.nextInt(8999999)));
            case "url" -> RawCell.text("https://www.example" + row + ".com");
            case "text" -> RawCell.text(row % 3 == 0 ? "" : "Call back about renewal, " + row + " seats");
            case "bool" -> RawCell.text(random.nextBoolean() ? "true" : "false");
            default -> throw new IllegalArgumentException("unknown value spec " + spec);
        };
    }

    private static double[] range(String arg) {
        int dash = arg.indexOf('-', 1);
        return new double[] {Double.parseDouble(arg.substring(0, dash)), Double.parseDouble(arg.substring(dash + 1))};
    }
}
