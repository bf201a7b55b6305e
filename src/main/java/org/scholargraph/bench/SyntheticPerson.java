package org.scholargraph.bench;

/**
 * A generated researcher. The canonical name is how the generator knows them; documents print a
 * {@link NameVariant} of it.
 *
 * @param given given name, possibly hyphenated or with diacritics ("Jörn-Henrik")
 * @param middle middle initials with dots ("T. Q."), empty when none
 * @param family family name, possibly with diacritics
 */
record SyntheticPerson(String given, String middle, String family) {
    String name() {
        return middle.isEmpty() ? given + " " + family : given + " " + middle + " " + family;
    }

    /** The file-name form of the name: ASCII letters and hyphens. */
    String slug() {
        return NameVariant.ASCII.print(this).toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z]+", "-");
    }
}
