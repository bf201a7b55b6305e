package org.scholargraph.extract.html.homepage;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** BibTeX values as plain text: accents ({@code {\"u}} → ü), escapes and braces resolved. */
final class TexText {
    private static final Map<String, String> ACCENTS = Map.ofEntries(Map.entry("\"", "\u0308"),
            Map.entry("'", "\u0301"), Map.entry("`", "\u0300"), Map.entry("^", "\u0302"), Map.entry("~", "\u0303"),
            Map.entry("=", "\u0304"), Map.entry(".", "\u0307"), Map.entry("c", "\u0327"), Map.entry("v", "\u030C"),
            Map.entry("u", "\u0306"), Map.entry("H", "\u030B"), Map.entry("r", "\u030A"), Map.entry("k", "\u0328"));
    private static final Map<String, String> LETTERS = Map.ofEntries(Map.entry("ss", "ß"), Map.entry("o", "ø"),
            Map.entry("O", "Ø"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"),
            Map.entry("OE", "Œ"), Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("i", "ı"), Map.entry("aa", "å"),
            Map.entry("AA", "Å"));
    private static final Pattern SYMBOL_ACCENT = Pattern.compile("\\\\([\"'`^~=.])\\s*\\{?\\s*(\\\\?[A-Za-z])\\}?");
    private static final Pattern LETTER_ACCENT = Pattern.compile("\\\\([cvuHrk])(?:\\s*\\{\\s*([A-Za-z])\\s*\\}|\\s+([A-Za-z]))");
    private static final Pattern LETTER = Pattern.compile("\\\\(ss|ae|AE|oe|OE|aa|AA|o|O|l|L|i)(?![A-Za-z])\\s*");
    private static final Pattern COMMAND = Pattern.compile("\\\\[A-Za-z]+\\*?\\s*");

    private TexText() {
    }

    static String plain(String tex) {
        String s = tex.replace("\\&", "&").replace("\\%", "%").replace("\\$", "$").replace("\\_", "_")
                .replace("\\#", "#").replace("---", "—").replace("--", "–");
        s = accent(SYMBOL_ACCENT.matcher(s), 2).replace('~', ' ');
        s = LETTER_ACCENT.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                (m.group(2) != null ? m.group(2) : m.group(3)) + ACCENTS.get(m.group(1))));
        s = LETTER.matcher(s).replaceAll(m -> Matcher.quoteReplacement(LETTERS.get(m.group(1))));
        s = COMMAND.matcher(s).replaceAll("");
        s = s.replace("{", "").replace("}", "");
        return TextForm.squash(Normalizer.normalize(s, Normalizer.Form.NFC));
    }

    private static String accent(Matcher m, int letterGroup) {
        return m.replaceAll(r -> {
            String letter = r.group(letterGroup).replace("\\i", "i").replace("\\", "");
            return Matcher.quoteReplacement(letter + ACCENTS.get(r.group(1)));
        });
    }
}
