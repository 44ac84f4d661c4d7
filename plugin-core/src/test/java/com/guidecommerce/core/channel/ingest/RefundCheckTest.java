package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventProblem;
import com.guidecommerce.core.channel.event.EventType;
import com.guidecommerce.core.channel.event.FieldError;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Date;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Whether an order can take a refund, line by line, against what is left of each line. */
class RefundCheckTest {

    @Test
    void shouldTakeARefundUpToWhatIsLeftOfEachLine() {
        OrderState order = order(line("1", "100.00", "60.00"), line("2", "50.00", "0.00"));

        assertTrue(RefundCheck.problems(refund(EventLine.refund("1", new BigDecimal("40.00")),
                EventLine.refund("2", new BigDecimal("50.00"))), order).isEmpty());
    }

    @Test
    void shouldRefuseMoreThanIsLeftAndLinesTheOrderDoesNotHaveNamingEachRefundLine() {
        OrderState order = order(line("1", "100.00", "60.00"));

        List<FieldError> problems = RefundCheck.problems(refund(EventLine.refund("1", new BigDecimal("40.01")),
                EventLine.refund("9", new BigDecimal("1.00"))), order);

        assertEquals(2, problems.size());
        assertEquals("lines[0].amount", problems.get(0).getField());
        assertEquals("is more than the 40.00 left to refund on line 1", problems.get(0).getReason());
        assertEquals("lines[1].lineNo", problems.get(1).getField());
        assertEquals("order TM-1 has no line 9", problems.get(1).getReason());
    }

    @Test
    void shouldNameTheAmountLeftAndTheMissingLineInItsNotes() {
        OrderState order = order(line("1", "100.00", "60.00"));

        List<FieldError> problems = RefundCheck.problems(refund(EventLine.refund("1", new BigDecimal("40.01")),
                EventLine.refund("9", new BigDecimal("1.00"))), order);

        assertEquals(EventProblem.REFUND_TOO_LARGE.note("40.00", "1"), problems.get(0).getProblem());
        assertEquals(EventProblem.NO_SUCH_LINE.note("TM-1", "9"), problems.get(1).getProblem());
    }

    private static ChannelEvent refund(EventLine... lines) {
        ChannelEvent.Builder refund = ChannelEvent.builder(EventType.REFUND, "TM-1").refundNo("R1")
                .occurredAt(new Date(0L));
        for (EventLine line : lines) {
            refund.line(line);
        }
        return refund.build();
    }

    private static OrderState order(LineState... lines) {
        OrderState order = new OrderState();
        order.orderNo = "TM-1";
        for (LineState line : lines) {
            order.lines.put(line.lineNo, line);
        }
        return order;
    }

    private static LineState line(String lineNo, String paid, String refunded) {
        LineState line = new LineState();
        line.lineNo = lineNo;
        line.paidAmount = new BigDecimal(paid);
        line.refundedAmount = new BigDecimal(refunded);
        return line;
    }
}
