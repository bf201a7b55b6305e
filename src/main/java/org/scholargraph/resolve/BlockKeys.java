package org.scholargraph.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.scholargraph.rdf.Keys;

/**
 * The blocks a name or a title falls in: only nodes sharing a block are ever compared. Every key
 * is a function of the one name or title alone (never of corpus statistics), so the blocks of the
 * nodes an ingest did not touch stay valid, are stored in the resolution graph, and an
 * incremental resolution finds a new node's candidates by looking its keys up.
 */
final class BlockKeys {
    private static final int TYPO_BLOCK_PREFIX = 3;
    private static final int TITLE_END_WORDS = 3;

    private BlockKeys() {
    }

    /**
     * The blocks in which names are proposed as one person's: surname and first initial (catches
     * initials and missing middles), and the given names with the surname's first letters (catches
     * a surname's typo). Empty for a name without a given name.
     */
    static List<String> proposal(NameForm f) {
        if (f.isEmpty() || f.given().isEmpty()) {
            return List.of();
        }
        String prefix = f.surname().substring(0, Math.min(TYPO_BLOCK_PREFIX, f.surname().length()));
        return List.of("n:" + f.surname() + "|" + f.first().charAt(0), "g:" + String.join(" ", f.given()) + "|" + prefix);
    }

    /**
     * The proposal blocks and the key a canonical person's IRI is minted from: people whose
     * names give one IRI key must be resolved together, as homonyms are numbered among themselves.
     */
    static List<String> person(String name, NameForm f) {
        List<String> keys = new ArrayList<>(proposal(f));
        if (name != null && !name.isBlank()) {
            keys.add("k:" + Keys.ofName(name));
        }
        return keys;
    }

    /**
     * A title's first and last words: one typo, a dropped article or a changed word leaves at
     * least one of the two ends alike, which is what a near-identical title (at most one character
     * in twenty differs) allows.
     */
    static List<String> title(TitleForm f) {
        List<String> words = f.words();
        if (words.isEmpty()) {
            return List.of();
        }
        if (words.size() == 1) {
            return List.of("t<" + words.get(0));
        }
        int k = Math.min(TITLE_END_WORDS, words.size() / 2);
        return List.of("t<" + String.join(" ", words.subList(0, k)),
                "t>" + String.join(" ", words.subList(words.size() - k, words.size())));
    }

    /** A paper node's blocks from what its sources state: its title's ends (the first statement's title), its DOIs and arXiv ids. */
    static List<String> paper(List<PaperStatement> statements) {
        Set<String> keys = new TreeSet<>(title(TitleForm.of(statements.get(0).title())));
        for (PaperStatement s : statements) {
            Optional.ofNullable(doi(s.doi())).ifPresent(keys::add);
            Optional.ofNullable(arxiv(s.arxivId())).ifPresent(keys::add);
        }
        return List.copyOf(keys);
    }

    static String doi(String raw) {
        return raw == null || raw.isBlank() ? null : "doi:" + raw.strip().toLowerCase(Locale.ROOT);
    }

    static String arxiv(String raw) {
        return raw == null || raw.isBlank() ? null : "arXiv:" + raw.strip();
    }

    /** Whether a key is an identifier's, which joins papers without comparing their titles. */
    static boolean isIdentifier(String key) {
        return key.startsWith("doi:") || key.startsWith("arXiv:");
    }
}
