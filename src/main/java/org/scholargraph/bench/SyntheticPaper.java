package org.scholargraph.bench;

/**
 * A generated paper: its authors (people-pool ranks, in author order), venue and year. The title
 * comes from the number, see {@link Titles}.
 *
 * @param equalFirst whether the first two authors contributed equally (printed with '*' where the
 *     format has marks)
 */
record SyntheticPaper(int id, String title, int[] authors, Venue venue, int year, boolean equalFirst) {
    /** The venues papers appear at, with the long names Hugo pages print. */
    enum Venue {
        ICML("International Conference on Machine Learning", "icml.cc"),
        NEURIPS("Advances in Neural Information Processing Systems", "neurips.cc"),
        ICLR("International Conference on Learning Representations", "iclr.cc"),
        AISTATS("International Conference on Artificial Intelligence and Statistics", "aistats.org"),
        CVPR("IEEE/CVF Conference on Computer Vision and Pattern Recognition", "cvpr.thecvf.com"),
        AAAI("AAAI Conference on Artificial Intelligence", "aaai.org");

        final String longName;
        final String host;

        Venue(String longName, String host) {
            this.longName = longName;
            this.host = host;
        }

        String shortName() {
            return this == NEURIPS ? "NeurIPS" : name();
        }
    }
}
