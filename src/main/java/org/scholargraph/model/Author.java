package org.scholargraph.model;

/**
 * One author as a source lists them.
 *
 * @param name clean name (marks, markup and emphasis removed) — what identifies the person
 * @param printed the string exactly as the source printed it, marks included
 * @param equalContribution the source marks this author as contributing equally
 * @param equalGroup which equal-contribution group (1-based) the mark belongs to, 0 for none
 * @param siteOwner the source highlights this author as the site's owner (bold self-name, admin)
 */
public record Author(String name, String printed, boolean equalContribution, int equalGroup, boolean siteOwner) {
    public Author {
        Require.text(name, "author name");
        printed = printed == null ? name : printed;
    }

    public static Author plain(String name) {
        return new Author(name, name, false, 0, false);
    }
}
