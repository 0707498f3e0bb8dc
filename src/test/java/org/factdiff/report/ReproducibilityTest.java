package org.factdiff.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import org.factdiff.TestFiles;
import org.junit.jupiter.api.Test;

/** The same inputs give the same bytes, whatever the default locale, time zone or run. */
class ReproducibilityTest {
    @Test
    void twoRunsGiveIdenticalFiles() throws Exception {
        Map<String, byte[]> first = ReportFixtures.render(TestFiles.exampleCase(), EnumSet.allOf(OutputFormat.class));
        Map<String, byte[]> second = ReportFixtures.render(TestFiles.exampleCase(), EnumSet.allOf(OutputFormat.class));
        assertEquals(first.keySet(), second.keySet());
        for (String name : first.keySet()) {
            assertArrayEquals(first.get(name), second.get(name), name + " differs between two runs");
        }
    }

    @Test
    void localeAndTimeZoneDoNotLeakIntoOutput() throws Exception {
        Map<String, byte[]> reference = ReportFixtures.render(TestFiles.exampleCase(), EnumSet.allOf(OutputFormat.class));
        Locale locale = Locale.getDefault();
        TimeZone zone = TimeZone.getDefault();
        try {
            for (String tag : new String[] {"tr-TR", "ar-EG", "de-DE"}) {
                Locale.setDefault(Locale.forLanguageTag(tag));
                TimeZone.setDefault(TimeZone.getTimeZone("Pacific/Kiritimati"));
                Map<String, byte[]> other = ReportFixtures.render(TestFiles.exampleCase(), EnumSet.allOf(OutputFormat.class));
                for (String name : reference.keySet()) {
                    assertArrayEquals(reference.get(name), other.get(name), name + " differs under locale " + tag);
                }
            }
        } finally {
            Locale.setDefault(locale);
            TimeZone.setDefault(zone);
        }
    }

    @Test
    void nothingMachineSpecificIsWritten() throws Exception {
        Map<String, byte[]> files = ReportFixtures.render(TestFiles.exampleCase(), EnumSet.of(OutputFormat.HTML, OutputFormat.JSON));
        String project = TestFiles.project().toString();
        String user = System.getProperty("user.name");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            String text = new String(f.getValue(), StandardCharsets.UTF_8);
            assertFalse(text.contains(project), f.getKey() + " holds the project path");
            assertFalse(text.contains("/home/") || text.contains("/root/") || text.contains("/tmp/"), f.getKey() + " holds a path");
            if (user != null && user.length() > 3) {
                assertFalse(text.contains(user), f.getKey() + " holds the user name");
            }
            assertFalse(text.contains("\r"), f.getKey() + " has CR line ends");
        }
    }
}
