package org.scholargraph.extract.html.homepage;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.Employment;

/**
 * Positions from an experience section: "Research Intern, Google Brain, 2019, hosted by Mohammad
 * Norouzi" — role, organisation, years and hosts.
 */
final class EmploymentItems {
    private static final Pattern HOSTS = Pattern.compile("(?i)\\b(?:hosted by|host:|hosts:|mentor(?:ed by|s?:)|"
            + "manager:|supervis(?:ed by|or:)|advis(?:ed by|or:)|working with|with)\\s+(.+)$");
    private static final Pattern HONORIFIC = Pattern.compile("(?i)\\b(prof|dr)\\.?\\s+");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,|@;–—]\\s*|\\s+at\\s+|\\s+-\\s+");

    private EmploymentItems() {
    }

    static Optional<Employment> read(SectionItems.Item item) {
        String text = item.content();
        Years years = Years.in(text);
        String rest = Years.RANGE_TEXT.matcher(text).replaceAll(" ");
        java.util.List<String> hosts = new java.util.ArrayList<>();
        Matcher h = HOSTS.matcher(rest);
        if (h.find()) {
            NameList.read(HONORIFIC.matcher(h.group(1)).replaceAll("")).items()
                    .forEach(n -> hosts.add(n.name()));
            rest = rest.substring(0, h.start());
        }
        String[] parts = SEPARATOR.split(rest);
        java.util.List<String> kept = new java.util.ArrayList<>();
        for (String p : parts) {
            String t = TextForm.trimPunctuation(p);
            if (!t.isEmpty()) {
                kept.add(t);
            }
        }
        if (kept.isEmpty()) {
            return Optional.empty();
        }
        String role = kept.size() > 1 ? kept.get(0) : null;
        String org = kept.size() > 1 ? kept.get(1) : kept.get(0);
        return Optional.of(new Employment(role, org, hosts, years.start() != null ? years.start() : years.end(),
                years.end()));
    }
}
