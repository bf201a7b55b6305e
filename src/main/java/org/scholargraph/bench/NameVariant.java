package org.scholargraph.bench;

import java.util.Locale;

/**
 * The ways documents print one person's name: as given, in capitals (CVs), with diacritics
 * spelled in ASCII (ö → oe), with initials for the given names, or without the middle initials.
 * These are exactly the differences entity resolution has to see through.
 */
enum NameVariant {
    AS_GIVEN, UPPER, ASCII, INITIALS, NO_MIDDLE;

    String print(SyntheticPerson p) {
        return switch (this) {
            case UPPER -> p.name().toUpperCase(Locale.ROOT);
            case ASCII -> ascii(p.name());
            case INITIALS -> initials(p.given()) + (p.middle().isEmpty() ? "" : " " + p.middle()) + " " + p.family();
            case NO_MIDDLE -> p.given() + " " + p.family();
            case AS_GIVEN -> p.name();
        };
    }

    /** German-style transliteration for umlauts, plain letters for the other accents. */
    static String ascii(String s) {
        StringBuilder out = new StringBuilder(s.length() + 4);
        for (char c : s.toCharArray()) {
            out.append(asciiOf(c));
        }
        return out.toString();
    }

    private static String asciiOf(char c) {
        return switch (c) {
            case 'ö' -> "oe";
            case 'ü' -> "ue";
            case 'ä' -> "ae";
            case 'Ö' -> "Oe";
            case 'Ü' -> "Ue";
            case 'é', 'è' -> "e";
            case 'á' -> "a";
            case 'ñ' -> "n";
            case 'ø' -> "o";
            case 'å' -> "aa";
            case 'ç', 'ć' -> "c";
            case 'š' -> "s";
            default -> String.valueOf(c);
        };
    }

    /** "Jörn-Henrik" → "J.-H.", "Will" → "W.". */
    private static String initials(String given) {
        String[] parts = given.split("-");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < parts.length; i++) {
            out.append(i > 0 ? "-" : "").append(parts[i].charAt(0)).append('.');
        }
        return out.toString();
    }
}
