package org.factdiff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Where tests find the project and ../shared, and small helpers to write case and report folders. */
public final class TestFiles {
    private TestFiles() {
    }

    /** The project folder (Maven's basedir). */
    public static Path project() {
        return Path.of(System.getProperty("factdiff.basedir", ".")).toAbsolutePath().normalize();
    }

    /** The example case file. */
    public static Path exampleCase() {
        return project().resolve("inputs/at-tanf-2017/case.yaml");
    }

    /** ../shared beside the project, when present (CI has it; a user's clone may not). */
    public static Optional<Path> shared() {
        Path p = Path.of(System.getProperty("factdiff.shared", project().resolve("../shared").toString()))
                .toAbsolutePath().normalize();
        return Files.isDirectory(p) ? Optional.of(p) : Optional.empty();
    }

    /** A test resource folder or file. */
    public static Path resource(String relative) {
        return project().resolve("src/test/resources").resolve(relative);
    }

    public static Path write(Path file, String content) throws IOException {
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /**
     * A report folder recording {@code inputs} (name to SHA-256) the way the tool writes them:
     * every one in report.html's table, the articles (neither the case file nor a template) in
     * findings.json too, beside the tool's version and the report date 2017-05-20; the command
     * that rebuilds it is 'make report CASE=x'.
     */
    public static Path reportFolder(Path dir, String version, Map<String, String> inputs) throws IOException {
        StringBuilder articles = new StringBuilder();
        StringBuilder rows = new StringBuilder();
        for (var e : inputs.entrySet()) {
            if (!e.getKey().equals("case.yaml") && !e.getKey().endsWith(".css") && !e.getKey().endsWith(".ftlh")) {
                articles.append(articles.isEmpty() ? "" : ",").append("{\"id\": \"x\", \"file\": \"")
                        .append(e.getKey()).append("\", \"sha256\": \"").append(e.getValue()).append("\"}");
            }
            rows.append("<tr><td class=\"file\">").append(e.getKey()).append("</td><td><code class=\"hash\">")
                    .append(e.getValue()).append("</code></td></tr>\n");
        }
        write(dir.resolve("findings.json"), "{\"tool\": {\"name\": \"factdiff\", \"version\": \"" + version
                + "\"}, \"case\": {\"report_date\": \"2017-05-20\"}, \"articles\": [" + articles + "]}\n");
        write(dir.resolve("report.html"), "<html><body><section id=\"reproducibility\">"
                + "<pre class=\"command\">make report CASE=x</pre><table class=\"inputs\">"
                + "<thead><tr><th>Input</th><th>SHA-256</th></tr></thead><tbody>\n" + rows + "</tbody></table></section>\n");
        return dir;
    }
}
