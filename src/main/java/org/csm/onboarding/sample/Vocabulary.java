package org.csm.onboarding.sample;

import java.util.List;

/// The words of the sample: labels of the categorical columns and company names. Names are
/// unique by construction: the first 35 come from a hand-written list, later ones combine word
/// lists that share no first word with it.
final class Vocabulary {

    static final List<String> CSMS = List.of("Priya Sharma", "Marcus Chen", "Elena Rossi", "David Okafor",
            "Sofia Martinez", "James Whitfield");
    static final List<String> INDUSTRIES = List.of("Financial Services", "E-commerce", "Healthcare",
            "Media & Entertainment", "Technology", "Retail", "Manufacturing", "Education", "Logistics",
            "Telecommunications");
    static final List<String> USE_CASES = List.of("Model Inference", "Scientific Computing", "Fine-tuning",
            "Batch Processing", "Computer Vision", "Speech Recognition", "Recommendation Systems");
    static final List<String> GPUS = List.of("L4", "L40S", "A100", "H100", "A10G", "T4");

    /// Index 6 is the published row's company (SRVL-3007).
    private static final List<String> SAMPLE_NAMES = List.of(
            "Northwind Analytics", "Quantum Leap Labs", "BlueRiver Health", "Apex Retail Group", "Helix Genomics",
            "StreamVista Media", PublishedRow.COMPANY_NAME, "Cobalt Financial", "Lumen Diagnostics",
            "Vertex Commerce", "Orbit Robotics", "Pinecrest Insurance", "Sable Security", "Nimbus Vision",
            "Redwood Capital Partners", "Crescent Bioinformatics", "Granite Logistics", "Aurora Learning",
            "Falcon Freight AI", "Meridian Bank", "Silverline Studios", "Tidal Energy Systems", "Kestrel Pharma",
            "Brightpath Tutoring", "Cascade Telecom", "Ironwood Manufacturing", "Solstice Travel", "Juniper Claims",
            "Polaris Weather", "Zephyr Games", "Mosaic Marketplace", "Harbor Health Network", "Summit Legal AI",
            "Evergreen Foods", "Atlas Geospatial");

    private static final List<String> PREFIXES = List.of("Amber", "Arc", "Argent", "Beacon", "Birch", "Blue",
            "Bright", "Cedar", "Cinder", "Clear", "Coral", "Crimson", "Delta", "Echo", "Ember", "Fern", "Flint",
            "Frost", "Gold", "Green", "Hawk", "Indigo", "Iris", "Jade", "Keystone", "Lark", "Maple", "Mesa", "North",
            "Oak", "Onyx", "Opal", "Pine", "Prism", "Quartz", "Raven", "River", "Sage", "Slate", "Stone");
    private static final List<String> CORES = List.of("Data", "Vision", "Logic", "Cloud", "Signal", "Bio",
            "Compute", "Insight", "Neural", "Vector", "Pixel", "Quant", "Sense", "Wave", "Grid", "Flow", "Metrics",
            "Mind", "Scale", "Sight", "Path", "Core", "Works", "Stack");
    private static final List<String> FORMS = List.of("Inc", "Labs", "Systems", "Technologies", "Analytics",
            "Group", "Corp", "Partners", "Solutions", "Networks");
    private static final List<String> REGIONS = List.of("", " EMEA", " APAC", " Americas", " Europe", " Japan",
            " India", " Nordics", " Canada", " Brazil", " Germany", " UK");
    private static final int COMBOS = PREFIXES.size() * CORES.size() * FORMS.size();
    /// A prime not dividing COMBOS: stepping by it visits every combination once per cycle, in
    /// an order that does not read like a counter.
    private static final int STRIDE = 7_919;

    private Vocabulary() {
    }

    /// The company name of row `index` (0-based); distinct indices give distinct names.
    static String companyName(int index) {
        if (index < SAMPLE_NAMES.size()) {
            return SAMPLE_NAMES.get(index);
        }
        int n = index - SAMPLE_NAMES.size();
        int combo = (int) ((long) (n % COMBOS) * STRIDE % COMBOS);
        int cycle = n / COMBOS;
        String name = PREFIXES.get(combo % PREFIXES.size()) + " "
                + CORES.get(combo / PREFIXES.size() % CORES.size()) + " "
                + FORMS.get(combo / (PREFIXES.size() * CORES.size()));
        String region = REGIONS.get(cycle % REGIONS.size());
        int round = cycle / REGIONS.size();
        return name + region + (round == 0 ? "" : " " + (round + 1));
    }

    /// An element of `options` chosen by a uniform draw in [0, 1).
    static String pick(List<String> options, double uniform) {
        return options.get(Math.min(options.size() - 1, (int) (uniform * options.size())));
    }
}
