package org.csm.onboarding.engine.ask;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/// Turns a question into tokens the way people write numbers: "200,000", "200k", "$1.5m",
/// "5%", "5 percent", "30-50", "twenty five", "two hundred thousand", "a dozen".
final class Tokenizer {

    private static final Pattern THOUSANDS = Pattern.compile("(\\d),(\\d{3})(?!\\d)");
    private static final Pattern SUFFIXED = Pattern.compile("(?<![\\w.])(\\d+(?:\\.\\d+)?)\\s?(k|m|mm|bn)\\b");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?|-?\\.\\d+");
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("dozen", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
            Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
            Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
            Map.entry("fourty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70),
            Map.entry("eighty", 80), Map.entry("ninety", 90));
    private static final Map<String, Integer> SCALES = Map.of("hundred", 100, "thousand", 1_000, "million", 1_000_000);

    private Tokenizer() {
    }

    static List<Token> tokenize(String question) {
        String s = question.toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'').replace('\u2018', '\'').replace('\u2013', '-').replace('\u2014', '-')
                .replace('\u2264', '<').replace('\u2265', '>');
        s = s.replaceAll("'s\\b", "").replace("'", "").replace("$", " ").replace("\u20ac", " ");
        Matcher m;
        while ((m = THOUSANDS.matcher(s)).find()) {
            s = m.replaceAll("$1$2");
        }
        s = expandSuffixes(s);
        s = s.replaceAll("(?<=\\d)\\s*-\\s*(?=\\d)", " to ")
                .replaceAll("(?<=[a-z])-(?=[a-z])", " ")
                .replaceAll("(>=|<=|=>|=<|!=|>|<|=|%|\\+)", " $1 ");
        List<Token> raw = new ArrayList<>();
        for (String part : s.split("[\\s,;:!?()\"\\[\\]{}/]+")) {
            String w = part.endsWith(".") && !NUMBER.matcher(part).matches() ? part.substring(0, part.length() - 1) : part;
            if (w.isEmpty()) {
                continue;
            }
            Double number = NUMBER.matcher(w).matches() ? Double.valueOf(w) : null;
            raw.add(new Token(w, stem(w), number, false, raw.size()));
        }
        return renumber(weeks(signs(percents(numberWords(raw)))));
    }

    /// The stems of a name's words, as the tokenizer would make them, without its number handling:
    /// fast enough to index 100,000 account names.
    static List<String> words(String text) {
        List<String> out = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).replace("'", "").replace("\u2019", "").split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.add(stem(w));
            }
        }
        return out;
    }

    /// "Companies" and "company", "days" and "day" compare equal after this.
    static String stem(String word) {
        if (word.length() > 4 && word.endsWith("ies")) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }

    private static String expandSuffixes(String s) {
        Matcher m = SUFFIXED.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            double factor = switch (m.group(2)) {
                case "k" -> 1e3;
                case "bn" -> 1e9;
                default -> 1e6;
            };
            double v = Double.parseDouble(m.group(1)) * factor;
            m.appendReplacement(out, v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v));
        }
        m.appendTail(out);
        return out.toString();
    }

    /// Folds runs of number words into one number token: "two hundred fifty thousand" = 250000.
    private static List<Token> numberWords(List<Token> in) {
        List<Token> out = new ArrayList<>();
        int i = 0;
        while (i < in.size()) {
            String w = in.get(i).text();
            if (in.get(i).isNumber() && i + 1 < in.size() && SCALES.containsKey(in.get(i + 1).text())) {
                // "2 thousand", "1.5 million"
                double v = in.get(i).number() * SCALES.get(in.get(i + 1).text());
                out.add(new Token(w + " " + in.get(i + 1).text(), w, v, false, 0));
                i += 2;
                continue;
            }
            boolean nextIsScale = i + 1 < in.size()
                    && (SCALES.containsKey(in.get(i + 1).text()) || in.get(i + 1).text().equals("dozen"));
            // "one" is a number only before a scale ("one hundred"): "which one" is not a count.
            boolean startsNumber = (UNITS.containsKey(w) && !w.equals("one")) || ((w.equals("a") || w.equals("one")) && nextIsScale);
            if (!startsNumber) {
                out.add(in.get(i++));
                continue;
            }
            long total = 0;
            long current = w.equals("a") || w.equals("one") ? 1 : 0;
            int j = w.equals("a") || w.equals("one") ? i + 1 : i;
            StringBuilder text = new StringBuilder();
            while (j < in.size()) {
                String t = in.get(j).text();
                if (UNITS.containsKey(t)) {
                    current += t.equals("dozen") && current > 0 ? current * 11 : UNITS.get(t);
                } else if (SCALES.containsKey(t) && (current > 0 || total > 0)) {
                    int scale = SCALES.get(t);
                    if (scale == 100) {
                        current *= 100;
                    } else {
                        total += Math.max(current, 1) * scale;
                        current = 0;
                    }
                } else if (t.equals("and") && j + 1 < in.size() && UNITS.containsKey(in.get(j + 1).text())
                        && (current >= 100 || total > 0)) {
                    // "two hundred and fifty"
                } else {
                    break;
                }
                text.append(text.isEmpty() ? "" : " ").append(t);
                j++;
            }
            double value = total + current;
            out.add(new Token(text.toString(), text.toString(), value, false, 0));
            i = j;
        }
        return out;
    }

    /// Attaches "%", "percent", "pct" and "per cent" to the number before them.
    private static List<Token> percents(List<Token> in) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            boolean isPercent = t.text().equals("%") || t.text().equals("percent") || t.text().equals("pct")
                    || (t.text().equals("per") && i + 1 < in.size() && in.get(i + 1).text().equals("cent"));
            if (isPercent && !out.isEmpty() && out.getLast().isNumber()) {
                out.set(out.size() - 1, out.getLast().withPercent());
                if (t.text().equals("per")) {
                    i++;
                }
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /// "minus 15" and "negative 15" are -15.
    private static List<Token> signs(List<Token> in) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            if ((t.text().equals("minus") || t.text().equals("negative")) && i + 1 < in.size() && in.get(i + 1).isNumber()) {
                Token n = in.get(++i);
                out.add(new Token("-" + n.text(), "-" + n.stem(), -n.number(), n.percent(), 0));
                continue;
            }
            out.add(t);
        }
        return out;
    }

    /// "two weeks" is 14 days: the KPIs count days, not weeks.
    private static List<Token> weeks(List<Token> in) {
        List<Token> out = new ArrayList<>();
        for (int i = 0; i < in.size(); i++) {
            Token t = in.get(i);
            if (t.isNumber() && !t.percent() && i + 1 < in.size() && Set.of("week", "weeks", "wk", "wks").contains(in.get(i + 1).text())) {
                out.add(new Token(t.text(), t.stem(), t.number() * 7, false, 0));
                out.add(new Token("days", "day", null, false, 0));
                i++;
                continue;
            }
            out.add(t);
        }
        return out;
    }

    private static List<Token> renumber(List<Token> in) {
        List<Token> out = new ArrayList<>(in.size());
        for (Token t : in) {
            out.add(t.at(out.size()));
        }
        return out;
    }
}
