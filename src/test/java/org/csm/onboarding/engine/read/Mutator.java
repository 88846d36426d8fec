package org.csm.onboarding.engine.read;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/// Makes mutants of a seed file for [MutationFuzzTest]: byte mutations (flips, random bytes,
/// inserts, deletes, truncation) of any file, and structure mutations that keep a file looking
/// like what it is, so they get past the first checks: for a workbook, its ZIP entries are
/// unpacked, one is edited as XML text (tags dropped or repeated, attribute values replaced by
/// hostile tokens, text cut) or dropped, renamed or swapped, and the whole is zipped again; for
/// CSV, lines are repeated, dropped or swapped and hostile tokens inserted.
final class Mutator {

    /// Values that have broken or nearly broken parsers: references beyond Excel, huge
    /// numbers, type codes, entities, control and direction characters, quotes and separators.
    private static final String[] TOKENS = {"-1", "0", "A0", "XFD1048576", "XFE1", "A1048577", "ZZZZZZZZ99", "99999999999",
        "1.0E308", "1e999", "NaN", "INF", "-0", "12,5", "s", "n", "e", "b", "d", "str", "inlineStr", "", " ", "&amp;", "&lt;",
        "&#0;", "&#x1F600;", "&bogus;", "<![CDATA[x]]>", "<!-- c -->", "<?pi x?>", "\u202E", "\u0000", "\uFEFF", "\"", "\"\"",
        ",", ";", "\t", "\r", "\n", "\r\n", "sep=;", "2024-02-30", "#DIV/0!", "#N/A", "100%", "$1,234.5", "(12)", "\u00FF\u00FE",
        "<row>", "</row>", "<c>", "</c>", "<v>", "</v>", "<is><t>x</t></is>", "<f>1+1</f>", "r=\"B2\"", "t=\"s\"", "s=\"999\"",
        "date1904=\"1\"", "state=\"hidden\"", "<!DOCTYPE x [<!ENTITY e \"e\">]>"};

    private final Random random;

    Mutator(long seed) {
        this.random = new Random(seed);
    }

    /// A mutant of `seed`; `zip` says the seed is a workbook (structure mutations then edit its entries).
    byte[] mutate(byte[] seed, boolean zip) {
        int rounds = 1 + random.nextInt(3);
        byte[] mutant = seed;
        for (int i = 0; i < rounds; i++) {
            if (zip && random.nextInt(4) != 0) {
                mutant = mutateZip(mutant);
            } else if (!zip && random.nextBoolean()) {
                mutant = mutateText(new String(mutant, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
            } else {
                mutant = mutateBytes(mutant);
            }
        }
        return mutant;
    }

    private byte[] mutateBytes(byte[] bytes) {
        if (bytes.length == 0) {
            return new byte[] {(byte) random.nextInt(256)};
        }
        int at = random.nextInt(bytes.length);
        return switch (random.nextInt(6)) {
            case 0 -> {
                byte[] copy = bytes.clone();
                copy[at] ^= (byte) (1 << random.nextInt(8));
                yield copy;
            }
            case 1 -> {
                byte[] copy = bytes.clone();
                for (int i = 0; i < 1 + random.nextInt(16) && at + i < copy.length; i++) {
                    copy[at + i] = (byte) random.nextInt(256);
                }
                yield copy;
            }
            case 2 -> splice(bytes, at, at, randomBytes(1 + random.nextInt(32)));
            case 3 -> splice(bytes, at, Math.min(bytes.length, at + 1 + random.nextInt(64)), new byte[0]);
            case 4 -> java.util.Arrays.copyOf(bytes, at);
            default -> splice(bytes, at, at, java.util.Arrays.copyOfRange(bytes, random.nextInt(at + 1), at));
        };
    }

    private byte[] mutateZip(byte[] zip) {
        Map<String, byte[]> entries;
        try {
            entries = unzip(zip);
        } catch (IOException | RuntimeException e) {
            return mutateBytes(zip);
        }
        if (entries.isEmpty()) {
            return mutateBytes(zip);
        }
        List<String> names = new ArrayList<>(entries.keySet());
        String name = pickEntry(names);
        switch (random.nextInt(10)) {
            case 0 -> entries.remove(name);
            case 1 -> entries.put(name.replace(".xml", random.nextBoolean() ? ".XML" : "2.xml"), entries.remove(name));
            case 2 -> {
                String other = names.get(random.nextInt(names.size()));
                byte[] swap = entries.get(other);
                entries.put(other, entries.get(name));
                entries.put(name, swap);
            }
            default -> entries.put(name, mutateXml(new String(entries.get(name), StandardCharsets.UTF_8))
                    .getBytes(StandardCharsets.UTF_8));
        }
        try {
            return zip(entries);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /// Sheets and shared strings most of the time: they hold the data.
    private String pickEntry(List<String> names) {
        List<String> data = names.stream().filter(n -> n.contains("sheet") || n.contains("sharedStrings")).toList();
        return !data.isEmpty() && random.nextInt(3) != 0 ? data.get(random.nextInt(data.size())) : names.get(random.nextInt(names.size()));
    }

    private String mutateXml(String xml) {
        if (xml.isEmpty()) {
            return token();
        }
        int at = random.nextInt(xml.length());
        int tag = xml.indexOf('<', at);
        int end = tag < 0 ? -1 : xml.indexOf('>', tag);
        return switch (random.nextInt(7)) {
            case 0 -> tag < 0 || end < 0 ? xml : xml.substring(0, tag) + xml.substring(end + 1);
            case 1 -> {
                int close = tag < 0 ? -1 : xml.indexOf('<', Math.min(xml.length(), end + 1));
                int closeEnd = close < 0 ? -1 : xml.indexOf('>', close);
                yield closeEnd < 0 ? xml : xml.substring(0, closeEnd + 1) + xml.substring(tag, closeEnd + 1).repeat(1 + random.nextInt(50))
                        + xml.substring(closeEnd + 1);
            }
            case 2 -> {
                int quote = xml.indexOf('"', at);
                int closing = quote < 0 ? -1 : xml.indexOf('"', quote + 1);
                yield closing < 0 ? xml : xml.substring(0, quote + 1) + token() + xml.substring(closing);
            }
            case 3 -> xml.substring(0, at);
            case 4 -> {
                int gt = xml.indexOf('>', at);
                yield gt < 0 ? xml : xml.substring(0, gt + 1) + token() + xml.substring(gt + 1);
            }
            case 5 -> xml.substring(0, at) + token() + xml.substring(at);
            default -> xml.replaceFirst("\\d+", java.util.regex.Matcher.quoteReplacement(token()));
        };
    }

    private String mutateText(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        int at = random.nextInt(lines.size());
        switch (random.nextInt(6)) {
            case 0 -> lines.add(at, lines.get(random.nextInt(lines.size())));
            case 1 -> lines.remove(at);
            case 2 -> java.util.Collections.swap(lines, at, random.nextInt(lines.size()));
            case 3 -> lines.set(at, "A".repeat(random.nextInt(40_000)));
            default -> {
                String line = lines.get(at);
                int pos = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
                lines.set(at, line.substring(0, pos) + token() + line.substring(pos));
            }
        }
        return String.join("\n", lines);
    }

    private String token() {
        return TOKENS[random.nextInt(TOKENS.length)];
    }

    private byte[] randomBytes(int n) {
        byte[] bytes = new byte[n];
        random.nextBytes(bytes);
        return bytes;
    }

    private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
        byte[] out = new byte[bytes.length - (to - from) + insert.length];
        System.arraycopy(bytes, 0, out, 0, from);
        System.arraycopy(insert, 0, out, from, insert.length);
        System.arraycopy(bytes, to, out, from + insert.length, bytes.length - to);
        return out;
    }

    static Map<String, byte[]> unzip(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readNBytes(8 << 20));
            }
        }
        return entries;
    }

    static byte[] zip(Map<String, byte[]> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
