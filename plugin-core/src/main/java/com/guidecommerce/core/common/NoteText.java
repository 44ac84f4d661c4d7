package com.guidecommerce.core.common;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

import java.util.List;
import java.util.Locale;

/**
 * Shows stored {@link Note}s in a reader's language: each note through its message ({@code gcNote.} + key), its
 * label arguments translated, several notes joined by {@code gcNote.separator}. Stored text that is no note, or a note
 * whose key has no message, is shown as it is stored.
 */
public final class NoteText {

    private final MessageSource messages;

    public NoteText(MessageSource messages) {
        this.messages = messages;
    }

    public String render(String stored, Locale locale) {
        List<Note> notes = Note.parse(stored);
        if (notes == null) {
            return stored;
        }
        StringBuilder out = new StringBuilder();
        String separator = messages.getMessage(Note.MESSAGE_PREFIX + "separator", null, "; ", locale);
        for (Note note : notes) {
            Object[] args = new Object[note.getArgs().size()];
            for (int i = 0; i < args.length; i++) {
                String arg = note.getArgs().get(i);
                String labelKey = Note.labelKey(arg);
                args[i] = labelKey == null ? Note.literal(arg) : messages.getMessage(labelKey, null, labelKey, locale);
            }
            try {
                out.append(out.length() == 0 ? "" : separator)
                        .append(messages.getMessage(Note.MESSAGE_PREFIX + note.getKey(), args, locale));
            } catch (NoSuchMessageException e) {
                return stored;
            }
        }
        return out.toString();
    }
}
