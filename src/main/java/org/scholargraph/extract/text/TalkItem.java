package org.scholargraph.extract.text;

/** One talk as a talks section lists it: title, host (where or for whom), date as written and its year. */
record TalkItem(String title, String host, String date, Integer year, Line line) {
}
