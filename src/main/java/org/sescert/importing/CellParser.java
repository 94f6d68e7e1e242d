package org.sescert.importing;

import java.util.function.UnaryOperator;

/**
 * How a column of a kind the importer does not know itself is read (a fiscal quarter): a pure
 * function from the cell's text to its canonical text, which throws an
 * {@link IllegalArgumentException} whose message a person can act on, and the reject code it gives.
 */
public record CellParser(String code, UnaryOperator<String> read) {
}
