package org.factdiff.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Cuts an article's clean text into paragraphs (one per line of the clean text) of segments,
 * each segment carrying the marks (reused span, claim) that cover it, so that templates only
 * loop and print.
 */
final class TextMarkup {
    private TextMarkup() {
    }

    /**
     * A highlighted span of the text.
     *
     * @param cssClass class of the mark, e.g. {@code reused}
     * @param anchor   id the first segment of the span gets, so that findings can link to it
     * @param href     where the span links to (a finding), or "" for none
     * @param title    tooltip text
     */
    record Mark(int start, int end, String cssClass, String anchor, String href, String title) {
        Mark {
            Objects.requireNonNull(cssClass, "cssClass");
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(href, "href");
            Objects.requireNonNull(title, "title");
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad mark span [" + start + "," + end + ")");
            }
        }
    }

    static List<ReportModel.Paragraph> paragraphs(String text, List<Mark> marks) {
        List<ReportModel.Paragraph> paragraphs = new ArrayList<>();
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (lineEnd > lineStart) {
                paragraphs.add(new ReportModel.Paragraph(segments(text, lineStart, lineEnd, marks),
                        direction(text, lineStart, lineEnd)));
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        return paragraphs;
    }

    private static List<ReportModel.Segment> segments(String text, int from, int to, List<Mark> marks) {
        TreeSet<Integer> cuts = new TreeSet<>();
        cuts.add(from);
        cuts.add(to);
        for (Mark m : marks) {
            if (m.start() > from && m.start() < to) {
                cuts.add(m.start());
            }
            if (m.end() > from && m.end() < to) {
                cuts.add(m.end());
            }
        }
        List<ReportModel.Segment> out = new ArrayList<>();
        Integer prev = null;
        for (int cut : cuts) {
            if (prev != null) {
                out.add(segment(text.substring(prev, cut), prev, marks));
            }
            prev = cut;
        }
        return out;
    }

    private static ReportModel.Segment segment(String piece, int start, List<Mark> marks) {
        StringBuilder classes = new StringBuilder();
        List<String> anchors = new ArrayList<>();
        String href = "";
        String title = "";
        for (Mark m : marks) {
            if (m.start() <= start && start < m.end()) {
                if (!(" " + classes + " ").contains(" " + m.cssClass() + " ")) {
                    classes.append(classes.length() == 0 ? "" : " ").append(m.cssClass());
                }
                if (!m.anchor().isEmpty() && isFirstSegment(m, start) && !anchors.contains(m.anchor())) {
                    anchors.add(m.anchor());
                }
                if (href.isEmpty()) {
                    href = m.href();
                    title = m.title();
                }
            }
        }
        return new ReportModel.Segment(piece, classes.toString(), anchors, href, title);
    }

    /** The direction of a line by its first strong character, as the Unicode bidi algorithm does. */
    static String direction(String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            byte d = Character.getDirectionality(cp);
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return "rtl";
            }
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return "ltr";
            }
            i += Character.charCount(cp);
        }
        return "ltr";
    }

    private static boolean isFirstSegment(Mark m, int start) {
        return m.start() == start;
    }
}
