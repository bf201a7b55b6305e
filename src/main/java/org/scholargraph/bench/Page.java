package org.scholargraph.bench;

import java.util.List;

/** One generated document's text and the papers it prints. */
record Page(String text, List<ExpectedPaper> papers) {
}
