package org.scholargraph.extract.html;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.tomlj.Toml;
import org.tomlj.TomlParseResult;

/**
 * The front matter of a Jekyll/Hugo source (YAML between {@code ---} lines, TOML between
 * {@code +++} lines) split from its body. The body keeps the front matter's lines as blank
 * lines so line numbers found in it are the file's own.
 *
 * @param title the front matter's {@code title}, null when absent or unreadable
 * @param body the text after the front matter, front matter lines blanked
 * @param found whether the text had a front matter at all
 */
record FrontMatter(String title, String body, boolean found) {
    private static final Pattern BLOCK = Pattern.compile("\\A(---|\\+\\+\\+)[ \\t]*\\r?\\n(.*?)\\r?\\n(?:\\1|\\.\\.\\.)[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL);

    static FrontMatter split(String text) {
        Matcher m = BLOCK.matcher(text);
        if (!m.find()) {
            return new FrontMatter(null, text, false);
        }
        String blanks = "\n".repeat((int) m.group().chars().filter(c -> c == '\n').count());
        String title = m.group(1).equals("---") ? yamlTitle(m.group(2)) : tomlTitle(m.group(2));
        return new FrontMatter(title, blanks + text.substring(m.end()), true);
    }

    // A broken front matter is the Hugo extractor's business; here it only loses the title.
    private static String yamlTitle(String yaml) {
        try {
            Object data = new Load(LoadSettings.builder().build()).loadFromString(yaml);
            return data instanceof Map<?, ?> map && map.get("title") != null ? map.get("title").toString() : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static String tomlTitle(String toml) {
        TomlParseResult result = Toml.parse(toml);
        return result.hasErrors() ? null : result.getString("title");
    }
}
