/**
 * Reading order: load an article file, decode it, clean away page furniture, find its structure
 * (title, subtitle, byline, dates, paragraphs, source) and split paragraphs into sentences.
 *
 * <p>The entry point is {@link org.lector.text.ArticlePipeline}. Every value it hands out is an
 * immutable record, safe to share between threads. This package may use the JDK, Commons Text
 * and jsoup; it knows nothing of Swing, speech or the command line.
 */
package org.lector.text;
