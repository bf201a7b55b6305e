package org.scholargraph.resolve;

import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Whether two names could be one person's, and how alike they are. This only proposes: a
 * proposal becomes a merge when a second signal (a shared paper, co-author or homepage) agrees.
 * Compatible: the same surname (or one letter apart in a surname of five letters or more, with
 * the first names written out in full and equal), and given names that agree as far as both
 * go, an initial agreeing with any name it starts ("Chris J. Maddison" / "Chris Maddison",
 * "R. T. Q. Chen" / "Ricky T. Q. Chen"). "Kuan-Chieh Wang" and "Jackson Wang" are not.
 */
final class NameMatch {
    enum Kind { SAME, VARIANT, NONE }

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final LevenshteinDistance ONE_EDIT = new LevenshteinDistance(1);
    private static final int TYPO_MIN_LENGTH = 5;

    private NameMatch() {
    }

    static Kind compare(NameForm a, NameForm b) {
        if (a.isEmpty() || b.isEmpty() || a.given().isEmpty() || b.given().isEmpty()) {
            return Kind.NONE;
        }
        if (a.text().equals(b.text())) {
            return Kind.SAME;
        }
        boolean sameSurname = a.surname().equals(b.surname());
        if (!sameSurname && !surnameTypo(a, b)) {
            return Kind.NONE;
        }
        return givenAgree(a.given(), b.given()) ? Kind.VARIANT : Kind.NONE;
    }

    /** Jaro-Winkler similarity of the whole names, 0 to 1. */
    static double score(NameForm a, NameForm b) {
        return JARO_WINKLER.apply(a.text(), b.text());
    }

    private static boolean surnameTypo(NameForm a, NameForm b) {
        return Math.min(a.surname().length(), b.surname().length()) >= TYPO_MIN_LENGTH
                && ONE_EDIT.apply(a.surname(), b.surname()) == 1
                && a.given().size() == b.given().size()
                && a.given().equals(b.given())
                && a.first().length() > 1;
    }

    /**
     * Given names agree when the first names agree and the middle names agree as far as both sides
     * have them; a side without middle names agrees with any.
     */
    private static boolean givenAgree(List<String> a, List<String> b) {
        if (!tokenAgrees(a.get(0), b.get(0)) || goesByMiddleName(a, b) || goesByMiddleName(b, a)) {
            return false;
        }
        List<String> am = a.subList(1, a.size());
        List<String> bm = b.subList(1, b.size());
        int n = Math.min(am.size(), bm.size());
        for (int i = 0; i < n; i++) {
            if (!tokenAgrees(am.get(i), bm.get(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * "C. Karen Liu" goes by her middle name: a first initial followed by a written-out middle name
     * agrees with a written-out first name only when that name is the middle one ("Ce Liu" is
     * someone else).
     */
    private static boolean goesByMiddleName(List<String> a, List<String> b) {
        return a.size() > 1 && a.get(0).length() == 1 && a.get(1).length() > 1
                && b.get(0).length() > 1 && !b.get(0).equals(a.get(1));
    }

    private static boolean tokenAgrees(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        if (x.length() == 1 || y.length() == 1) {
            return x.charAt(0) == y.charAt(0);
        }
        return false;
    }
}
