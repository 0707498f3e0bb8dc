package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.EnumSet;
import java.util.stream.Collectors;
import org.factdiff.TestFiles;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The example report checked with veraPDF, the reference validator of the PDF Association. */
class PdfArchivalTest {
    static byte[] pdf;

    @BeforeAll
    static void render() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        pdf = ReportFixtures.render(TestFiles.exampleCase(), EnumSet.of(OutputFormat.PDF)).get("report.pdf");
    }

    static ValidationResult validate(PDFAFlavour flavour) throws Exception {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
            PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false);
            return validator.validate(parser);
        }
    }

    static String failures(ValidationResult r) {
        return r.getTestAssertions().stream().filter(a -> a.getStatus() != TestAssertion.Status.PASSED)
                .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                .distinct().limit(20).collect(Collectors.joining("\n"));
    }

    @Test
    void isTaggedPdfUa1() throws Exception {
        ValidationResult r = validate(PDFAFlavour.PDFUA_1);
        assertTrue(r.isCompliant(), "PDF/UA-1 failures:\n" + failures(r));
    }

    @Test
    void isPdfA2b() throws Exception {
        ValidationResult r = validate(PDFAFlavour.PDFA_2_B);
        assertTrue(r.isCompliant(), "PDF/A-2b failures:\n" + failures(r));
    }
}
