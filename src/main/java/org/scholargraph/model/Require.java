package org.scholargraph.model;

/** Constructor checks shared by the records, so a blank title never reaches the graph. */
final class Require {
    private Require() {
    }

    static String text(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
