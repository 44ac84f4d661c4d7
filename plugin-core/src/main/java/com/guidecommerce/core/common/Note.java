package com.guidecommerce.core.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A note the plugin stores beside a record (why a binding changed, why a bounty was decided, what became of an event,
 * the evidence of a fraud signal, why an order credits no one, which rule priced a ledger entry) as a code with
 * arguments, so that each reader sees it in their own language ({@link NoteText} renders it).
 *
 * <p>Stored form, parsed by this class alone:
 * <pre>
 *   notes := note (';' note)*
 *   note  := key ('|' arg)*
 *   key   := word ('.' word)+          a word starts with a lower-case letter: binding.registeredViaGuideLink
 *   arg   := any text, with '\' '|' ';' written as '\\' '\|' '\;'
 * </pre>
 * An argument starting with {@code #} names a message key (an enumeration's label such as
 * {@code #CommissionRole_BOUND_GUIDE}) and is shown translated; an argument that is text starting with {@code #} is
 * marked by a backslash in front ({@code \\#} once escaped). An argument {@code #gcNote.} + a note's stored form is
 * that note, shown in the reader's language inside this one (a place and, in it, what is wrong there).
 * The message of a note is {@code gcNote.} + its key, with {@code {0}}, {@code {1}} … for its arguments.
 *
 * <p>Text that does not parse (a sentence stored before notes were codes, something a person typed) is no note and
 * is shown as it is.
 */
public final class Note {

    /** The prefix of a note's message key. */
    public static final String MESSAGE_PREFIX = "gcNote.";

    private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[a-z][A-Za-z0-9]*)+");

    private final String key;
    private final List<String> args;

    private Note(String key, List<String> args) {
        this.key = key;
        this.args = Collections.unmodifiableList(args);
    }

    /**
     * A note; arguments are written with {@link String#valueOf}, {@code null} as an empty argument, a
     * {@link #label} as the message key it names and a note as that note, shown inside this one.
     */
    public static Note of(String key, Object... args) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("Not a note key: " + key);
        }
        List<String> texts = new ArrayList<String>();
        for (Object arg : args) {
            String text = arg == null ? "" : arg instanceof Note ? "#" + MESSAGE_PREFIX + ((Note) arg).format()
                    : String.valueOf(arg);
            texts.add(arg instanceof Label || arg instanceof Note || !text.startsWith("#") ? text : "\\" + text);
        }
        return new Note(key, texts);
    }

    /** An argument shown as the text of a message key (an enumeration's label, e.g. {@code CommissionRole_SHARER}). */
    public static Object label(String messageKey) {
        return new Label(messageKey);
    }

    public String getKey() {
        return key;
    }

    public List<String> getArgs() {
        return args;
    }

    /** The stored form. */
    public String format() {
        StringBuilder out = new StringBuilder(key);
        for (String arg : args) {
            out.append('|');
            for (int i = 0; i < arg.length(); i++) {
                char c = arg.charAt(i);
                if (c == '\\' || c == '|' || c == ';') {
                    out.append('\\');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return format();
    }

    /** Several notes in their stored form; {@code null} when there are none. */
    public static String join(List<Note> notes) {
        StringBuilder out = new StringBuilder();
        for (Note note : notes) {
            out.append(out.length() == 0 ? "" : ";").append(note.format());
        }
        return out.length() == 0 ? null : out.toString();
    }

    /** Adds a note to what is stored already ({@code null} or notes). */
    public static String append(String stored, Note note) {
        return stored == null || stored.isEmpty() ? note.format() : stored + ";" + note.format();
    }

    /** The notes in a stored text; {@code null} when the text is not notes (plain text, such as an older sentence). */
    public static List<Note> parse(String stored) {
        if (stored == null || stored.isEmpty()) {
            return null;
        }
        List<Note> notes = new ArrayList<Note>();
        List<String> parts = new ArrayList<String>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < stored.length(); i++) {
            char c = stored.charAt(i);
            if (c == '\\' && i + 1 < stored.length()) {
                part.append(stored.charAt(++i));
            } else if (c == '|' || c == ';') {
                parts.add(part.toString());
                part.setLength(0);
                if (c == ';' && !close(parts, notes)) {
                    return null;
                }
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return close(parts, notes) ? notes : null;
    }

    private static boolean close(List<String> parts, List<Note> notes) {
        if (!KEY.matcher(parts.get(0)).matches()) {
            return false;
        }
        notes.add(new Note(parts.get(0), new ArrayList<String>(parts.subList(1, parts.size()))));
        parts.clear();
        return true;
    }

    /** An argument naming a message key. */
    private static final class Label {
        private final String key;

        Label(String key) {
            this.key = key;
        }

        @Override
        public String toString() {
            return "#" + key;
        }
    }

    /** Whether an argument names a message key to translate, and which. */
    static String labelKey(String arg) {
        return arg.length() > 1 && arg.charAt(0) == '#' ? arg.substring(1) : null;
    }

    /** An argument as text: the mark of a literal leading '#' removed. */
    static String literal(String arg) {
        return arg.startsWith("\\#") ? arg.substring(1) : arg;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Note && key.equals(((Note) other).key) && args.equals(((Note) other).args);
    }

    @Override
    public int hashCode() {
        return Arrays.asList(key, args).hashCode();
    }
}
