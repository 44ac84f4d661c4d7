package com.guidecommerce.core.common;

import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;

import java.util.List;
import java.util.Locale;

/**
 * Shows stored {@link Note}s in a reader's language: each note through its message ({@code gcNote.} + key), its
 * label arguments translated and the notes inside it shown the same way, several notes joined by
 * {@code gcNote.separator}. Stored text that is no note, or a note
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
            try {
                out.append(out.length() == 0 ? "" : separator).append(render(note, locale));
            } catch (NoSuchMessageException e) {
                return stored;
            }
        }
        return out.toString();
    }

    private String render(Note note, Locale locale) {
        Object[] args = new Object[note.getArgs().size()];
        for (int i = 0; i < args.length; i++) {
            String arg = note.getArgs().get(i);
            String labelKey = Note.labelKey(arg);
            List<Note> inner = labelKey != null && labelKey.startsWith(Note.MESSAGE_PREFIX)
                    ? Note.parse(labelKey.substring(Note.MESSAGE_PREFIX.length())) : null;
            if (inner != null && inner.size() == 1) {
                args[i] = render(inner.get(0), locale);
            } else {
                args[i] = labelKey == null ? Note.literal(arg) : messages.getMessage(labelKey, null, labelKey, locale);
            }
        }
        return messages.getMessage(Note.MESSAGE_PREFIX + note.getKey(), args, locale);
    }
}
