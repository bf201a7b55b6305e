package org.scholargraph.model;

/** A talk given by a person: title, where or for whom (host), and date as written (year when known). */
public record Talk(String speaker, String title, String host, String date, Integer year, Origin origin)
        implements Record {
    public Talk {
        Require.text(speaker, "speaker");
        Require.text(title, "talk title");
    }
}
