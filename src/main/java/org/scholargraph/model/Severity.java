package org.scholargraph.model;

/** WARNING: the source loads but something was doubtful; ERROR: the source cannot be loaded. */
public enum Severity {
    WARNING, ERROR
}
