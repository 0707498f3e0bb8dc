package org.factdiff.report;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The Freemarker set-up for report templates: the templates packed in the jar, or a user's
 * folder (given with {@code --templates}) whose files take precedence over them.
 *
 * <p>Settings make output independent of the machine (locale ROOT, UTC, "computer" number
 * format), escape every interpolation as HTML ({@code .ftlh}), and take away what could run
 * code from a template ({@code ?new}, {@code ?api}). Templates are only ever read from these
 * two places; no input data is ever evaluated as a template.
 */
public final class Templates {
    /** The main template; it includes the others. */
    public static final String MAIN = "report.ftlh";

    private final Configuration config;
    private final String origin;

    private Templates(TemplateLoader loader, String origin) {
        this.origin = origin;
        Configuration c = new Configuration(Configuration.VERSION_2_3_33);
        c.setTemplateLoader(loader);
        c.setDefaultEncoding("UTF-8");
        c.setOutputEncoding("UTF-8");
        c.setLocale(Locale.ROOT);
        c.setTimeZone(TimeZone.getTimeZone("UTC"));
        c.setSQLDateAndTimeTimeZone(TimeZone.getTimeZone("UTC"));
        c.setNumberFormat("computer");
        c.setBooleanFormat("c");
        c.setOutputFormat(HTMLOutputFormat.INSTANCE);
        c.setRecognizeStandardFileExtensions(true);
        c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        c.setLogTemplateExceptions(false);
        c.setWrapUncheckedExceptions(true);
        c.setFallbackOnNullLoopVariable(false);
        c.setLocalizedLookup(false);
        c.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        c.setAPIBuiltinEnabled(false);
        c.setObjectWrapper(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_33).build());
        this.config = c;
    }

    /** Every file the report is made from; a user's folder may override any of them. */
    public static final List<String> FILES = List.of(MAIN, "macros.ftlh", "report.css");

    /**
     * The files a user's template folder gives, as "folder/file", to their SHA-256: the
     * reproducibility section lists them with the inputs.
     */
    public static Map<String, String> overrides(Optional<Path> folder) throws TemplateException {
        Map<String, String> out = new java.util.TreeMap<>();
        if (folder.isEmpty()) {
            return out;
        }
        for (String name : FILES) {
            Path file = folder.get().resolve(name);
            if (Files.isRegularFile(file)) {
                try {
                    out.put(folder.get().toString().replace('\\', '/') + "/" + name,
                            org.factdiff.base.Sha256.hex(Files.readAllBytes(file)));
                } catch (IOException e) {
                    throw new TemplateException(file + ": cannot read template: " + e.getMessage());
                }
            }
        }
        return out;
    }

    /** The templates packed in the jar, overridden file by file by {@code folder} when given. */
    public static Templates of(Optional<Path> folder) throws TemplateException {
        ClassTemplateLoader builtIn = new ClassTemplateLoader(Templates.class, "/templates");
        if (folder.isEmpty()) {
            return new Templates(builtIn, "templates");
        }
        Path dir = folder.get();
        if (!Files.isDirectory(dir)) {
            throw new TemplateException(dir + ": template folder not found");
        }
        try {
            FileTemplateLoader user = new FileTemplateLoader(dir.toFile());
            return new Templates(new MultiTemplateLoader(new TemplateLoader[] {user, builtIn}), dir.toString());
        } catch (IOException e) {
            throw new TemplateException(dir + ": cannot read template folder: " + e.getMessage());
        }
    }

    /** Renders {@code name} with {@code model} bound to {@code report}; line ends are {@code \n}. */
    public String render(String name, ReportModel model) throws TemplateException {
        StringWriter out = new StringWriter();
        try {
            render(name, model, out);
        } catch (IOException e) {
            throw new TemplateException(origin + "/" + name + ": " + e.getMessage());
        }
        return out.toString();
    }

    /**
     * As above, written as it is made: the report of a large case is tens of megabytes, never
     * held whole in memory. An error of the writer is an {@link IOException}; the template's own
     * errors are {@link TemplateException}s.
     */
    public void render(String name, ReportModel model, java.io.Writer out) throws TemplateException, IOException {
        Template template = load(name);
        LineEnds lf = new LineEnds(out);
        try {
            template.process(Map.of("report", model), lf);
        } catch (freemarker.template.TemplateException e) {
            String where = position(e.getTemplateSourceName(), e.getLineNumber(), e.getColumnNumber());
            String message = firstLine(e.getMessageWithoutStackTop());
            String blamed = e.getBlamedExpressionString();
            if (blamed != null && !message.contains(blamed)) {
                message = message.replaceAll("[:.]$", "") + ": " + blamed;
            }
            throw new TemplateException(where + ": " + message);
        }
        lf.finish();
    }

    /**
     * Passes text on with every {@code \r\n} written as {@code \n} (a user's template saved with
     * Windows line ends), also when the two characters come in two writes.
     */
    static final class LineEnds extends java.io.Writer {
        private final java.io.Writer out;
        private boolean pendingCr;

        LineEnds(java.io.Writer out) {
            this.out = out;
        }

        @Override
        public void write(char[] buf, int off, int len) throws IOException {
            int from = off;
            int end = off + len;
            for (int i = off; i < end; i++) {
                char c = buf[i];
                if (pendingCr) {
                    pendingCr = false;
                    if (c != '\n') {
                        out.write('\r');
                    }
                }
                if (c == '\r') {
                    out.write(buf, from, i - from);
                    pendingCr = true;
                    from = i + 1;
                }
            }
            out.write(buf, from, end - from);
        }

        /** Writes a carriage return left at the very end. */
        void finish() throws IOException {
            if (pendingCr) {
                out.write('\r');
                pendingCr = false;
            }
            out.flush();
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            finish();
        }
    }

    private Template load(String name) throws TemplateException {
        try {
            return config.getTemplate(name);
        } catch (TemplateNotFoundException e) {
            throw new TemplateException(origin + "/" + name + ": template not found");
        } catch (ParseException e) {
            String where = position(e.getTemplateName(), e.getLineNumber(), e.getColumnNumber());
            throw new TemplateException(where + ": " + firstLine(e.getEditorMessage()));
        } catch (IOException e) {
            throw new TemplateException(origin + "/" + name + ": " + e.getMessage());
        }
    }

    private String position(String template, Integer line, Integer column) {
        String file = origin + "/" + (template == null ? MAIN : template);
        if (line == null || line <= 0) {
            return file;
        }
        return file + ":" + line + ":" + (column == null ? 1 : column);
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "template error";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        String first = nl < 0 ? m : m.substring(0, nl);
        // Freemarker's first line is the gist; its tips and stack follow.
        return first.replace("----", "").strip();
    }
}
