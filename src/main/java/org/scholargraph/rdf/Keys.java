package org.scholargraph.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalised keys: the strings instance IRIs are minted from. Two spellings of one name or title
 * ("Jörn-Henrik Jacobsen", "Jorn-Henrik Jacobsen*", "<b>Jorn-Henrik Jacobsen</b>") give one key,
 * so the same entity from two sources meets on one IRI. A key holds only lower-case letters,
 * digits and single hyphens; letters outside Latin (CJK, Greek…) are kept, as IRIs allow them.
 */
public final class Keys {
    /** Keys longer than this are cut (at a hyphen when one is near) and given a hash suffix. */
    static final int MAX_LENGTH = 80;
    private static final int HASH_HEX = 8;

    private static final Pattern TAG = Pattern.compile("<[^>]{0,200}>");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#x[0-9a-fA-F]{1,6}|[a-zA-Z]{2,10});");
    private static final Pattern APOSTROPHE = Pattern.compile("['\u2019\u2018`\u00b4]");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_KEY = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-|-$");
    // Superscript and subscript digits in an author list are affiliation marks, not part of a name.
    private static final Pattern SCRIPT_DIGITS = Pattern.compile("[\u00b9\u00b2\u00b3\u2070-\u209f]");
    // Letters NFKD does not decompose into a base letter plus a mark.
    private static final Map<Character, String> FOLDS = Map.ofEntries(
            Map.entry('ø', "o"), Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('œ', "oe"),
            Map.entry('ł', "l"), Map.entry('đ', "d"), Map.entry('ð', "d"), Map.entry('þ', "th"),
            Map.entry('ı', "i"), Map.entry('ħ', "h"), Map.entry('ŀ', "l"));

    private Keys() {
    }

    /** The key of a title, a venue name or an award label. Blank text has no key. */
    public static String of(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("cannot make a key of blank text");
        }
        String key = plainAscii(text) ? asciiKey(text) : unicodeKey(text);
        if (key.isEmpty()) {
            // Nothing but punctuation ("???"): still deterministic, still distinct from other text.
            return "x-" + hash(text.strip());
        }
        return shorten(key);
    }

    /** The key of a person's name: as {@link #of} but superscript marks ("Vicol¹") dropped. */
    public static String ofName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("cannot make a key of a blank name");
        }
        return of(plainAscii(name) ? name : SCRIPT_DIGITS.matcher(name).replaceAll(""));
    }

    /** The key of any text, before shortening: markup, accents and punctuation dealt with by regular expressions. */
    static String unicodeKey(String text) {
        String folded = fold(stripMarkup(text));
        return EDGE_HYPHENS.matcher(NOT_KEY.matcher(folded).replaceAll("-")).replaceAll("");
    }

    /**
     * ASCII without tags or entities, which is most titles and names: nothing to fold or strip, so
     * one pass gives what {@link #unicodeKey} gives (a test holds them equal). Keys are made for
     * every title, name and venue a source states, and the general way was a tenth of the time
     * spent reading and mapping a source.
     */
    static boolean plainAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 128 || c == '<' || c == '&') {
                return false;
            }
        }
        return true;
    }

    static String asciiKey(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '`') {
                continue; // apostrophes join: "O'Brien" is "obrien"
            }
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                gap = appendAfterGap(out, gap, c);
            } else if (c >= 'A' && c <= 'Z') {
                gap = appendAfterGap(out, gap, (char) (c + ('a' - 'A')));
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    private static boolean appendAfterGap(StringBuilder out, boolean gap, char c) {
        if (gap && out.length() > 0) {
            out.append('-');
        }
        out.append(c);
        return false;
    }

    private static String stripMarkup(String text) {
        String s = TAG.matcher(text).replaceAll(" ");
        s = ENTITY.matcher(s).replaceAll(" ");
        return APOSTROPHE.matcher(s).replaceAll("");
    }

    private static String fold(String text) {
        // Lower-casing first: "İ" lower-cases to "i" plus a combining dot, which NFKD then drops;
        // and again after, as compatibility forms can decompose to capitals ("ℌ" → "H").
        String s = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("").toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String f = FOLDS.get(c);
            if (f != null) {
                out.append(f);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String shorten(String key) {
        if (key.length() <= MAX_LENGTH) {
            return key;
        }
        String head = key.substring(0, MAX_LENGTH);
        int hyphen = head.lastIndexOf('-');
        if (hyphen > MAX_LENGTH / 2) {
            head = head.substring(0, hyphen);
        }
        return head.replaceAll("-$", "") + "-" + hash(key);
    }

    /** The first 8 hex digits of the SHA-256 of a text: keeps cut keys distinct. */
    public static String hash(String text) {
        return hash(text, HASH_HEX);
    }

    /**
     * The first 16 hex digits (64 bits) of the SHA-256 of a text, for keys minted by the hundred
     * thousand: among the 102,244 decision nodes of a 10,000-document resolution, 32 bits give
     * two decisions one IRI with odds of about 70% (1.2 collisions expected); 64 bits make it
     * about one chance in 35 million at ten times as many.
     */
    public static String longHash(String text) {
        return hash(text, 2 * HASH_HEX);
    }

    private static String hash(String text, int hexDigits) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, hexDigits);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
