package com.guidecommerce.admin.common.web;

import com.guidecommerce.core.channel.event.EventProblem;
import com.guidecommerce.core.channel.event.FieldError;
import com.guidecommerce.core.common.Note;
import org.broadleafcommerce.openadmin.dto.Entity;
import org.broadleafcommerce.openadmin.web.form.component.ListGrid;
import org.broadleafcommerce.openadmin.web.form.component.ListGridRecord;
import org.broadleafcommerce.openadmin.web.form.entity.EntityForm;
import org.broadleafcommerce.openadmin.web.form.entity.Field;
import org.broadleafcommerce.openadmin.web.service.FormBuilderExtensionManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;

import java.math.BigDecimal;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Booleans, rates and notes in the plugin's grids and forms, as HQ reads them in Chinese. */
class ReadableValuesFormHandlerTest {

    private static final String CHANNEL = "com.guidecommerce.core.channel.domain.Channel";
    private static final String EVENT = "com.guidecommerce.core.channel.domain.ChannelEventRecord";
    private static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;

    private ReadableValues readable;
    private ReadableValuesFormHandler handler;

    @BeforeEach
    void setUp() {
        StaticMessageSource messages = new StaticMessageSource();
        messages.addMessage("gcValue_true", CHINESE, "\u662f");
        messages.addMessage("gcValue_false", CHINESE, "\u5426");
        messages.addMessage("gcNote.event.waitingForOrder", CHINESE, "\u7b49\u5f85\u8ba2\u5355 {0}");
        messages.addMessage("gcNote.eventProblem.atField", CHINESE, "{0}\uff1a{1}");
        messages.addMessage("gcNote.eventProblem.notAmount", CHINESE, "\u5fc5\u987b\u662f\u91d1\u989d");
        readable = new ReadableValues(messages) {
            @Override
            protected Locale locale() {
                return CHINESE;
            }
        };
        handler = new ReadableValuesFormHandler(new FormBuilderExtensionManager(), readable);
    }

    @Test
    void shouldShowYesAndNoInAGrid() {
        ListGridRecord record = record(header("active", "BOOLEAN"), cell("active", "false"));

        handler.modifyListGridRecord(CHANNEL, record, new Entity());

        assertEquals("\u5426", record.getField("active").getDisplayValue());
    }

    @Test
    void shouldShowARateWithoutTrailingZerosAndAPercentSign() {
        ListGridRecord record = record(header("ratePercent", "DECIMAL"), cell("ratePercent", "12.5000"));

        handler.modifyListGridRecord(CHANNEL, record, new Entity());

        assertEquals("12.5 %", record.getField("ratePercent").getDisplayValue());
        assertEquals("5 %", readable.rate(new BigDecimal("5.0000")));
        assertEquals("10 %", readable.rate(new BigDecimal("10")));
    }

    @Test
    void shouldShowANoteInTheReadersLanguageAndAnOlderSentenceAsStored() {
        ListGridRecord note = record(header("message", "STRING"),
                cell("message", Note.of("event.waitingForOrder", "TM-1").format()));
        ListGridRecord sentence = record(header("message", "STRING"), cell("message", "waiting for order TM-1"));

        handler.modifyListGridRecord(CHANNEL, note, new Entity());
        handler.modifyListGridRecord(CHANNEL, sentence, new Entity());

        assertEquals("\u7b49\u5f85\u8ba2\u5355 TM-1", note.getField("message").getDisplayValue());
        assertEquals("waiting for order TM-1", sentence.getField("message").getDisplayValue());
    }

    @Test
    void shouldShowWhyAnEventWasRejectedInTheReadersLanguageInTheGridAndTheForm() {
        String stored = new FieldError("lines[0].paidAmount", EventProblem.NOT_AMOUNT.note()).getNote().format();
        ListGridRecord record = record(header("message", "STRING"), cell("message", stored));
        Field message = header("message", "STRING");
        message.setReadOnly(true);
        message.setValue(stored);
        EntityForm form = new EntityForm();
        form.setCeilingEntityClassname(EVENT);
        form.addField(message);

        handler.modifyListGridRecord(EVENT, record, new Entity());
        handler.modifyPopulatedEntityForm(form, new Entity());

        assertEquals("lines[0].paidAmount\uff1a\u5fc5\u987b\u662f\u91d1\u989d", record.getField("message").getDisplayValue());
        assertEquals("lines[0].paidAmount\uff1a\u5fc5\u987b\u662f\u91d1\u989d", message.getDisplayValue());
    }

    @Test
    void shouldShowReadOnlyValuesAndKeepAnEditableRateTypeable() {
        Field active = header("active", "BOOLEAN");
        active.setReadOnly(true);
        active.setValue("true");
        Field cap = header("capPercent", "DECIMAL");
        cap.setValue("20.0000");
        EntityForm form = new EntityForm();
        form.setCeilingEntityClassname(CHANNEL);
        form.addField(active);
        form.addField(cap);

        handler.modifyPopulatedEntityForm(form, new Entity());

        assertEquals("\u662f", form.findField("active").getDisplayValue());
        assertEquals("20", form.findField("capPercent").getValue());
    }

    @Test
    void shouldLeaveBroadleafsOwnGridsAlone() {
        ListGridRecord record = record(header("active", "BOOLEAN"), cell("active", "true"));

        handler.modifyListGridRecord("org.broadleafcommerce.core.offer.domain.Offer", record, new Entity());

        assertEquals("true", record.getField("active").getDisplayValue());
    }

    private static Field header(String name, String fieldType) {
        Field field = new Field().withName(name);
        field.setFieldType(fieldType);
        return field;
    }

    private static Field cell(String name, String value) {
        return new Field().withName(name).withValue(value);
    }

    private static ListGridRecord record(Field header, Field cell) {
        ListGrid grid = new ListGrid();
        grid.getHeaderFields().add(header);
        ListGridRecord record = new ListGridRecord();
        record.setListGrid(grid);
        record.getFields().add(cell);
        return record;
    }
}
