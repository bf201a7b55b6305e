package org.scholargraph.extract.html.homepage;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The YAML front matter an unbuilt Jekyll page starts with ({@code ---} … {@code ---}). The body keeps
 * its line numbers: the front matter is replaced by as many empty lines, so positions jsoup reports
 * are positions in the file.
 *
 * @param fields the front matter's keys (empty when there is none or it does not parse)
 * @param body the page with the front matter blanked out
 * @param lines how many lines the front matter took, 0 when none
 * @param toml true when the page opens with TOML front matter ({@code +++}), as Hugo content does
 * @param broken a message when the front matter is there but is not YAML, else null
 */
record FrontMatter(Map<String, Object> fields, String body, int lines, boolean toml, String broken) {
    private static final Pattern YAML = Pattern.compile("\\A(?:\\uFEFF)?---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(?:\\r?\\n|\\z)",
            Pattern.DOTALL);

    static FrontMatter split(String text) {
        if (text.startsWith("+++")) {
            return new FrontMatter(Map.of(), text, 0, true, null);
        }
        Matcher m = YAML.matcher(text);
        if (!m.find()) {
            return new FrontMatter(Map.of(), text, 0, false, null);
        }
        String head = text.substring(0, m.end());
        int lines = (int) head.chars().filter(c -> c == '\n').count();
        String body = "\n".repeat(lines) + text.substring(m.end());
        try {
            Object parsed = new Load(LoadSettings.builder().build()).loadFromString(m.group(1));
            @SuppressWarnings("unchecked")
            Map<String, Object> fields = parsed instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
            return new FrontMatter(fields, body, lines, false, null);
        } catch (YamlEngineException e) {
            return new FrontMatter(Map.of(), body, lines, false, e.getMessage().lines().findFirst().orElse("invalid"));
        }
    }

    boolean present() {
        return lines > 0;
    }

    String field(String key) {
        Object v = fields.get(key);
        return v instanceof String s ? s : null;
    }
}
