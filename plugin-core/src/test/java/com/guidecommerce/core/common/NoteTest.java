package com.guidecommerce.core.common;

import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import java.util.Arrays;
import java.util.Collections;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Notes stored as codes with arguments: the stored form, reading it back, and showing it in each language. */
class NoteTest {

    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    @Test
    void shouldStoreAKeyAndItsArguments() {
        assertEquals("event.waitingForOrder|TM-1", Note.of("event.waitingForOrder", "TM-1").format());
        assertEquals("bounty.vested", Note.of("bounty.vested").format());
        assertEquals("rule.category|7|", Note.of("rule.category", 7, null).format());
    }

    @Test
    void shouldReadBackWhatItStored() {
        Note note = Note.of("fraud.burst", "a|b;c\\d", "#not a label", Note.label("GuideTier_SUPER"));

        assertEquals(Collections.singletonList(note), Note.parse(note.format()));
        assertEquals("fraud.burst|a\\|b\\;c\\\\d|\\\\#not a label|#GuideTier_SUPER", note.format());
    }

    @Test
    void shouldJoinAndSplitSeveralNotes() {
        String stored = Note.append(Note.of("attribution.noGuide").format(), Note.of("attribution.sharerInactive", "G3"));

        assertEquals("attribution.noGuide;attribution.sharerInactive|G3", stored);
        assertEquals(Arrays.asList(Note.of("attribution.noGuide"), Note.of("attribution.sharerInactive", "G3")),
                Note.parse(stored));
        assertEquals(stored, Note.join(Note.parse(stored)));
        assertEquals("bounty.vested", Note.append(null, Note.of("bounty.vested")));
    }

    @Test
    void shouldNotTakePlainTextForNotes() {
        assertNull(Note.parse("registered via guide link"));
        assertNull(Note.parse("rate for BOUND_GUIDE, channel TMALL"));
        assertNull(Note.parse("processing failed (the disk is full)"));
        assertNull(Note.parse("shopper@example.com"));
        assertNull(Note.parse("hq-admin"));
        assertNull(Note.parse(""));
        assertNull(Note.parse(null));
    }

    @Test
    void shouldRefuseAKeyThatCouldNotBeReadBack() {
        assertThrows(IllegalArgumentException.class, () -> Note.of("no spaces allowed"));
        assertThrows(IllegalArgumentException.class, () -> Note.of("single"));
    }

    @Test
    void shouldShowANoteInTheReadersLanguageWithItsLabelsTranslated() {
        NoteText text = new NoteText(messages());
        String stored = Note.join(Arrays.asList(Note.of("rule.rate", Note.label("CommissionRole_BOUND_GUIDE")),
                Note.of("rule.channel", "TMALL")));

        assertEquals("Rate for Bound guide; channel TMALL", text.render(stored, Locale.ENGLISH));
        assertEquals("专属导购比例；渠道 TMALL", text.render(stored, CHINESE));
    }

    @Test
    void shouldShowArgumentsAsTheyWereGiven() {
        NoteText text = new NoteText(messages());
        String stored = Note.of("event.waitingForOrder", "#12|3").format();

        assertEquals("Waiting for order #12|3", text.render(stored, Locale.ENGLISH));
        assertEquals("等待订单 #12|3", text.render(stored, CHINESE));
    }

    @Test
    void shouldShowANoteInsideAnotherInTheReadersLanguage() {
        NoteText text = new NoteText(messages());
        String stored = Note.of("rule.channel", Note.of("event.waitingForOrder", "T|1;2")).format();

        assertEquals("channel Waiting for order T|1;2", text.render(stored, Locale.ENGLISH));
        assertEquals("渠道 等待订单 T|1;2", text.render(stored, CHINESE));
        assertEquals(Note.of("event.waitingForOrder", "T|1;2").format(),
                Note.parse(stored).get(0).getArgs().get(0).substring("#gcNote.".length()));
    }

    @Test
    void shouldShowOlderSentencesAndUnknownNotesAsTheyAreStored() {
        NoteText text = new NoteText(messages());

        assertEquals("registered via guide link", text.render("registered via guide link", CHINESE));
        assertEquals("rate for BOUND_GUIDE 规则 -1", text.render("rate for BOUND_GUIDE 规则 -1", CHINESE));
        assertEquals("binding.notKnownHere|x", text.render("binding.notKnownHere|x", CHINESE));
        assertNull(text.render(null, CHINESE));
    }

    private static StaticMessageSource messages() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("gcNote.separator", Locale.ENGLISH, "; ");
        messages.addMessage("gcNote.separator", CHINESE, "；");
        messages.addMessage("gcNote.rule.rate", Locale.ENGLISH, "Rate for {0}");
        messages.addMessage("gcNote.rule.rate", CHINESE, "{0}比例");
        messages.addMessage("gcNote.rule.channel", Locale.ENGLISH, "channel {0}");
        messages.addMessage("gcNote.rule.channel", CHINESE, "渠道 {0}");
        messages.addMessage("gcNote.event.waitingForOrder", Locale.ENGLISH, "Waiting for order {0}");
        messages.addMessage("gcNote.event.waitingForOrder", CHINESE, "等待订单 {0}");
        messages.addMessage("CommissionRole_BOUND_GUIDE", Locale.ENGLISH, "Bound guide");
        messages.addMessage("CommissionRole_BOUND_GUIDE", CHINESE, "专属导购");
        return messages;
    }
}
