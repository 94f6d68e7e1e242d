package org.sescert.rating;

/**
 * The summary level the element ratings derive, with the arithmetic that shows it,
 * e.g. {@code 4x15+5x15+3x15+4x15+4x40=400 -> L4}.
 */
public record DerivedRating(int score, int level, String arithmetic) {
}
