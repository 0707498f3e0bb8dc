/**
 * Turns each article file of a case (.txt, .md, .html, .pdf) into clean text: decoded,
 * main text only, Unicode NFC, whitespace normalised, boilerplate lines dropped, with the
 * SHA-256 of the file bytes. All offsets in findings refer to this clean text. Web pages
 * also tell what they say about themselves ({@link org.factdiff.ingest.PageMetadata}).
 */
package org.factdiff.ingest;
