package org.scholargraph.extract.text;

/**
 * One name in an author list.
 *
 * @param name the name in proper case, marks and markup removed
 * @param printed the name as printed, marks kept, markup removed
 * @param marks the marks after the name ("*", "†", "*†"), empty for none
 * @param bold the source set the name in bold (how CVs and sites mark their owner)
 */
record PrintedName(String name, String printed, String marks, boolean bold) {
}
