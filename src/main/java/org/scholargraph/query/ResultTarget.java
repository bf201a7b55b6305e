package org.scholargraph.query;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.jena.graph.Graph;
import org.apache.jena.query.ARQ;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.apache.jena.riot.rowset.RowSetWriter;
import org.apache.jena.riot.rowset.RowSetWriterRegistry;
import org.apache.jena.sparql.exec.RowSet;

/**
 * Where query results go, written by Jena's result-set and RDF writers: a byte stream (every
 * format streams) or a character writer such as a command line's {@code PrintWriter}. Jena
 * writes JSON, XML, ASK answers and (short of a deprecated call) Turtle only to byte streams, so a
 * character target renders those in memory first; pass a byte stream for very large results.
 */
sealed interface ResultTarget {

    void rows(ResultFormat format, RowSet rows);

    void ask(ResultFormat format, boolean answer);

    /** CONSTRUCT and DESCRIBE results, always as Turtle. */
    void graph(Graph graph);

    static ResultTarget of(OutputStream out) {
        return new Bytes(out);
    }

    static ResultTarget of(Writer out) {
        return new Chars(out);
    }

    private static RowSetWriter writer(ResultFormat format) {
        Lang lang = format.lang();
        return RowSetWriterRegistry.getFactory(lang).create(lang);
    }

    private static RDFWriter turtle(Graph graph) {
        return RDFWriter.source(graph).format(RDFFormat.TURTLE_PRETTY).build();
    }

    record Bytes(OutputStream out) implements ResultTarget {
        @Override
        public void rows(ResultFormat format, RowSet rows) {
            writer(format).write(out, rows, ARQ.getContext());
            flush();
        }

        @Override
        public void ask(ResultFormat format, boolean answer) {
            writer(format).write(out, answer, ARQ.getContext());
            flush();
        }

        @Override
        public void graph(Graph graph) {
            turtle(graph).output(out);
            flush();
        }

        private void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    record Chars(Writer out) implements ResultTarget {
        @Override
        public void rows(ResultFormat format, RowSet rows) {
            if (format.writesToCharacters()) {
                writer(format).write(out, rows, ARQ.getContext());
                flush();
            } else {
                ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                new Bytes(bytes).rows(format, rows);
                write(bytes);
            }
        }

        @Override
        public void ask(ResultFormat format, boolean answer) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new Bytes(bytes).ask(format, answer);
            write(bytes);
        }

        @Override
        public void graph(Graph graph) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            new Bytes(bytes).graph(graph);
            write(bytes);
        }

        private void write(ByteArrayOutputStream bytes) {
            try {
                out.write(bytes.toString(StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            flush();
        }

        private void flush() {
            try {
                out.flush();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
