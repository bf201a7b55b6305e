package org.scholargraph.extract.hugo;

/**
 * Front matter that cannot be read, located in the page's own lines (1-based line and column),
 * not in the front-matter block the parser saw.
 */
public final class FrontMatterException extends Exception {
    private static final long serialVersionUID = 1L;

    private final int line;
    private final int column;

    public FrontMatterException(int line, int column, String message) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    /** "12:3", the form {@link org.scholargraph.model.Origin#where()} takes. */
    public String where() {
        return line + ":" + column;
    }
}
