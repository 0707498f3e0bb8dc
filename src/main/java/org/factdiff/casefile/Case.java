package org.factdiff.casefile;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A validated case: one incident and the articles written about it.
 *
 * @param file        the case file as the user named it (for messages; never emitted)
 * @param folder      the folder holding the case file; article paths are relative to it
 * @param id          the case folder's name, e.g. {@code at-tanf-2017}
 * @param articles    in case-file order; at least one, ids unique
 * @param aliases     in case-file order
 * @param fullText    whether the PDF holds every article's full text ({@code full_text: true}; the
 *                    HTML always does)
 * @param boilerplate lines to drop from every article before analysis
 * @param sha256      SHA-256 of the case file's bytes (recorded in the report)
 */
public record Case(
        Path file,
        Path folder,
        String id,
        String title,
        Optional<LocalDate> incidentDate,
        Optional<LocalDate> reportDate,
        String language,
        Optional<Paper> paper,
        boolean fullText,
        List<ArticleRef> articles,
        List<AliasGroup> aliases,
        List<String> boilerplate,
        String sha256) {

    public Case {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(incidentDate, "incidentDate");
        Objects.requireNonNull(reportDate, "reportDate");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(paper, "paper");
        articles = List.copyOf(articles);
        aliases = List.copyOf(aliases);
        boilerplate = List.copyOf(boilerplate);
        Objects.requireNonNull(sha256, "sha256");
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("a case needs at least one article");
        }
        Set<String> ids = new HashSet<>();
        for (ArticleRef a : articles) {
            if (!ids.add(a.id())) {
                throw new IllegalArgumentException("duplicate article id '" + a.id() + "'");
            }
        }
    }

    /** The article with this id. */
    public ArticleRef article(String articleId) {
        return articles.stream().filter(a -> a.id().equals(articleId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no article '" + articleId + "' in case " + id));
    }
}
