package org.scholargraph.model;

/**
 * An abstract a source shows without its paper's title (a site captured as text that kept the
 * abstracts but lost the headings). Never turned into an untitled paper: a later step links it
 * to a titled paper from another source by text similarity.
 *
 * @param text the abstract as printed, without its "Abstract:" label
 * @param owner the person whose page shows it, null when the page does not name them
 */
public record PaperAbstract(String text, String owner, Origin origin) implements Record {
    public PaperAbstract {
        Require.text(text, "abstract text");
    }
}
