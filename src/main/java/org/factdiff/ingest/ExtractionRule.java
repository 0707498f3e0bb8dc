package org.factdiff.ingest;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

/**
 * The strict rules of main-text extraction that are given up one by one, in declaration
 * order, when a page yields too little text with them (Readability's retry "flags"): a
 * page whose story sits in a {@code class="comments-wrapper"} or whose paragraphs carry
 * negative class words still gets its text on a later try.
 */
enum ExtractionRule {
    /** Drop elements whose class or id names page furniture before scoring. */
    STRIP_UNLIKELY,
    /** Let class and id words push scores up ("article", "content") or down ("sidebar", "share"). */
    WEIGHT_CLASSES,
    /** Drop tables, lists, divs and forms inside the story that look like link lists or widgets. */
    CLEAN_CONDITIONALLY;

    /** All rules, then each rule given up in turn, ending with none: the order in which tries are made. */
    static List<EnumSet<ExtractionRule>> relaxations() {
        EnumSet<ExtractionRule> rules = EnumSet.allOf(ExtractionRule.class);
        List<EnumSet<ExtractionRule>> out = new ArrayList<>();
        out.add(EnumSet.copyOf(rules));
        for (ExtractionRule r : values()) {
            rules.remove(r);
            out.add(rules.isEmpty() ? EnumSet.noneOf(ExtractionRule.class) : EnumSet.copyOf(rules));
        }
        return List.copyOf(out);
    }
}
