package org.scholargraph.extract.text;

import java.util.List;

/**
 * One piece of a LaTeX document as {@link TexParser} reads it. Escapes, accents, symbols, dashes
 * and quotes are already text; what is left is structure: commands with their brace arguments,
 * bare groups, math, environments and line or paragraph breaks. Every node knows the line it
 * starts on.
 */
sealed interface TexNode {
    int line();

    /** Text, with LaTeX's characters already resolved ("ö", "–", "&"). */
    record Text(String text, int line) implements TexNode {
    }

    /**
     * A command and what it took: its {@code [optional]} arguments and its {@code {brace}}
     * arguments, each a list of nodes. The name has no backslash ("textbf", "section*").
     */
    record Command(String name, List<List<TexNode>> options, List<List<TexNode>> args, int line) implements TexNode {
        public Command {
            options = List.copyOf(options);
            args = List.copyOf(args);
        }

        boolean is(String... names) {
            for (String n : names) {
                if (name.equals(n)) {
                    return true;
                }
            }
            return false;
        }
    }

    /** A brace group that belongs to no command: "{Preprint}". */
    record Group(List<TexNode> body, int line) implements TexNode {
        public Group {
            body = List.copyOf(body);
        }
    }

    /** Inline or display math: "$^*$", "$\dagger$". */
    record Math(List<TexNode> body, int line) implements TexNode {
        public Math {
            body = List.copyOf(body);
        }
    }

    /** {@code \begin{name}…\end{name}} with the arguments given right after the name. */
    record Environment(String name, List<List<TexNode>> args, List<TexNode> body, int line) implements TexNode {
        public Environment {
            args = List.copyOf(args);
            body = List.copyOf(body);
        }
    }

    /** {@code \\}, {@code \newline} (a line break) or a blank line (a paragraph break). */
    record Break(boolean paragraph, int line) implements TexNode {
    }
}
