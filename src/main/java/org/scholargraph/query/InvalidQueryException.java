package org.scholargraph.query;

/**
 * A query the user asked for cannot run as given: it does not parse, its header is incomplete,
 * it is not in the catalog, or its parameters do not match. The message is one line meant for
 * the user, naming the file (with line:col) or the parameter at fault.
 */
public class InvalidQueryException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public InvalidQueryException(String message) {
        super(message);
    }

    public InvalidQueryException(String message, Throwable cause) {
        super(message, cause);
    }
}
