package org.factdiff.ingest;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text extraction, stopped at the first character past a page's or the document's
 * bound and at the first operator past the document's bound of work.
 *
 * <p>The stripper keeps every glyph of a page (a few hundred bytes each) until the page ends, to
 * sort them into reading order, so a short content stream that shows the same string millions
 * of times fills the heap before the page ends; characters are therefore counted as they are
 * found, not when the page is written. Operators are counted because a form drawn from a form
 * drawn from a form... multiplies the work of a few bytes without decoding anything new.
 *
 * <p>{@code processTextPosition} cannot throw, and PDFBox swallows an {@link IOException} raised
 * inside a form, so a bound once passed stays passed: every later operator fails, and the
 * caller asks {@link #exceeded()} after {@code getText}, whatever it returned.
 */
final class BoundedTextStripper extends PDFTextStripper {
    private final int maxPageChars;
    private final int maxDocumentChars;
    private final long maxOperators;
    private int pageChars;
    private long documentChars;
    private long operators;
    private String exceeded;

    BoundedTextStripper(int maxPageChars, int maxDocumentChars, long maxOperators) {
        this.maxPageChars = maxPageChars;
        this.maxDocumentChars = maxDocumentChars;
        this.maxOperators = maxOperators;
    }

    /** The bound that was passed first, as the user should read it, if one was. */
    Optional<String> exceeded() {
        return Optional.ofNullable(exceeded);
    }

    @Override
    protected void startPage(PDPage page) throws IOException {
        pageChars = 0;
        super.startPage(page);
    }

    @Override
    protected void processTextPosition(TextPosition text) {
        if (exceeded != null) {
            return;
        }
        String unicode = text.getUnicode();
        int n = unicode == null ? 1 : unicode.length();
        pageChars += n;
        documentChars += n;
        if (pageChars > maxPageChars) {
            exceeded = PdfReader.pageBound(getCurrentPageNo());
        } else if (documentChars > maxDocumentChars) {
            exceeded = PdfReader.textBound();
        } else {
            super.processTextPosition(text);
        }
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        if (exceeded == null && ++operators > maxOperators) {
            exceeded = PdfReader.operatorBound();
        }
        if (exceeded != null) {
            throw new IOException("text extraction stopped: " + exceeded);
        }
        super.processOperator(operator, operands);
    }
}
