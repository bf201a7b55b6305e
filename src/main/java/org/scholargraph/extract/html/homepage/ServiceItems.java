package org.scholargraph.extract.html.homepage;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.scholargraph.model.Origin;
import org.scholargraph.model.Service;
import org.scholargraph.model.VenueCatalog;
import org.scholargraph.model.VenueRef;

/**
 * Reviewing and organising service: "Lead Area Chair, ICCV 2025", "Reviewer: NeurIPS 2019, 2020;
 * ICML 2020 (Top 10% Reviewer)" — one record per venue served, with the role and any distinction.
 */
final class ServiceItems {
    private static final Pattern ROLE = Pattern.compile("(?i)\\b(reviewer|chair|organi[sz]er|committee|editor|"
            + "member|program|area chair|referee|judge|volunteer|moderator|board)\\b");
    private static final Pattern DISTINCTION = Pattern.compile("(?i)\\b(top\\s*\\d+\\s*%[^,;()]*|outstanding "
            + "review\\w*|best review\\w*|highlighted review\\w*|distinguished review\\w*|expert review\\w*)");
    private static final Pattern EMPTY_PARENTHESES = Pattern.compile("\\(\\s*\\)");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;:|]\\s*|\\s+[-–—]\\s+");
    private static final Pattern TRAILING_PREPOSITION = Pattern.compile("(?i)\\b(for|at|of)\\s*$");
    private static final Pattern REVIEW = Pattern.compile("(?i).*review.*");

    private final VenueCatalog catalog;

    ServiceItems(VenueCatalog catalog) {
        this.catalog = catalog;
    }

    List<Service> read(SectionItems.Item item, String person, Origin origin) {
        String text = item.content();
        List<Service> out = new ArrayList<>();
        if (text.isBlank()) {
            return out;
        }
        Matcher d = DISTINCTION.matcher(text);
        String distinction = d.find() ? TextForm.trimPunctuation(d.group(1)) : null;
        String cleaned = distinction == null ? text
                : EMPTY_PARENTHESES.matcher(text.replace(d.group(1), " ")).replaceAll(" ");
        List<String> roleParts = new ArrayList<>();
        List<VenueRef> venues = new ArrayList<>();
        VenueCatalog.Series last = null;
        for (String part : SEPARATOR.split(cleaned)) {
            String p = TextForm.trimPunctuation(part);
            if (p.isEmpty()) {
                continue;
            }
            Optional<VenueCatalog.Series> s = catalog.findIn(p);
            Integer year = VenueText.lastYear(p).orElse(null);
            if (s.isPresent()) {
                last = s.get();
                venues.add(s.get().ref(year));
                String before = p.substring(0, Math.max(0, indexOfSeries(p, s.get())));
                if (ROLE.matcher(before).find()) {
                    roleParts.add(TextForm.trimPunctuation(TRAILING_PREPOSITION.matcher(before).replaceAll("")));
                }
            } else if (year != null && last != null && VenueText.isYearOnly(p)) {
                venues.add(last.ref(year));
            } else if (ROLE.matcher(p).find()) {
                roleParts.add(p);
            }
        }
        String role = roleParts.isEmpty() ? (REVIEW.matcher(text).matches() ? "Reviewer" : null)
                : String.join(", ", roleParts);
        if (role == null || role.isBlank()) {
            return out;
        }
        if (venues.isEmpty()) {
            out.add(new Service(person, role, null, distinction, origin));
        }
        for (VenueRef v : venues) {
            out.add(new Service(person, role, v, distinction, origin));
        }
        return out;
    }

    private static int indexOfSeries(String text, VenueCatalog.Series s) {
        String lower = text.toLowerCase(java.util.Locale.ROOT);
        int best = -1;
        List<String> names = new ArrayList<>(s.aliases());
        names.add(s.shortName());
        if (s.fullName() != null) {
            names.add(s.fullName());
        }
        for (String n : names) {
            int i = lower.indexOf(n.toLowerCase(java.util.Locale.ROOT));
            if (i >= 0 && (best < 0 || i < best)) {
                best = i;
            }
        }
        return best < 0 ? 0 : best;
    }
}
