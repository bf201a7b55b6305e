package org.scholargraph.extract.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Which marks in one author list mean equal contribution, and the group each stands for. A mark
 * does when two authors or more carry it, or when the document notes that it does ("* Denotes
 * equal contribution"); a mark on a single author with no such note (a corresponding author)
 * does not. Groups are numbered in the order their marks first appear.
 */
final class EqualMarks {
    private final List<Character> groups = new ArrayList<>();

    EqualMarks(List<PrintedName> names, boolean noted) {
        for (PrintedName n : names) {
            for (char c : n.marks().toCharArray()) {
                if (!groups.contains(c) && (noted && c == '*' || count(names, c) >= 2)) {
                    groups.add(c);
                }
            }
        }
    }

    /** The 1-based group of a name, 0 when it carries no equal-contribution mark. */
    int groupOf(PrintedName name) {
        for (char c : name.marks().toCharArray()) {
            int i = groups.indexOf(c);
            if (i >= 0) {
                return i + 1;
            }
        }
        return 0;
    }

    private static long count(List<PrintedName> names, char mark) {
        return names.stream().filter(n -> n.marks().indexOf(mark) >= 0).count();
    }
}
