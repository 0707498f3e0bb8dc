package org.factdiff.ingest;

import java.io.IOException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF articles: PDFBox text extraction in reading order. Scripts, forms and attachments a
 * PDF may carry are never run or read; only the text of its pages is.
 */
public final class PdfReader implements ArticleReader {
    @Override
    public String read(byte[] bytes, String name) throws IngestException {
        BundledFontMapper.install();
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new IngestException(name + ": the PDF forbids text extraction; "
                        + "save the article as text or an unprotected PDF");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setLineSeparator("\n");
            stripper.setParagraphEnd("\n");
            stripper.setPageEnd("\n\n");
            return stripper.getText(doc);
        } catch (InvalidPasswordException e) {
            throw new IngestException(name + ": the PDF is encrypted with a password; "
                    + "save an unprotected copy of the article");
        } catch (IOException e) {
            throw new IngestException(name + ": not a readable PDF (" + InputMessages.brief(e) + ")");
        }
    }
}
