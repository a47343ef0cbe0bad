/**
 * The extractive summary: rank an {@link org.lector.text.Article}'s body sentences and pick the
 * ones that best carry the story, given back in article order.
 *
 * <p>The entry point is {@link org.lector.summary.Summarizer}. Uses only {@code org.lector.text},
 * the JDK, Commons Text and OpenNLP's Porter stemmer; no training data, no network.
 */
package org.lector.summary;
