package org.scholargraph.extract.hugo;

/**
 * How to read publication pages.
 *
 * @param includeDrafts keep pages marked {@code draft = true} (skipped and reported by default)
 * @param siteOwner the name the {@code admin} author placeholder stands for, null when unknown
 *     (read it with {@link SiteOwnerProfile} when a whole site is ingested)
 */
public record HugoOptions(boolean includeDrafts, String siteOwner) {
    public HugoOptions {
        siteOwner = siteOwner == null || siteOwner.isBlank() ? null : siteOwner.strip();
    }

    public static HugoOptions defaults() {
        return new HugoOptions(false, null);
    }

    public HugoOptions withDrafts(boolean include) {
        return new HugoOptions(include, siteOwner);
    }

    public HugoOptions withSiteOwner(String name) {
        return new HugoOptions(includeDrafts, name);
    }
}
