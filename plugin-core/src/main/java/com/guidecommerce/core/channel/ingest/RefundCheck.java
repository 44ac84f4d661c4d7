package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
import com.guidecommerce.core.channel.event.EventProblem;
import com.guidecommerce.core.channel.event.FieldError;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an order can take a refund: every line it names must exist, and no line may get back more than is left of
 * what was paid for it (paid minus refunded before). A refund that does not fit changes nothing; the reasons name the
 * refund's lines.
 */
final class RefundCheck {

    private RefundCheck() {
    }

    static List<FieldError> problems(ChannelEvent refund, OrderState order) {
        List<FieldError> errors = new ArrayList<FieldError>();
        for (int i = 0; i < refund.getLines().size(); i++) {
            EventLine l = refund.getLines().get(i);
            LineState line = order.lines.get(l.getLineNo());
            if (line == null) {
                errors.add(new FieldError("lines[" + i + "].lineNo",
                        EventProblem.NO_SUCH_LINE.note(order.orderNo, l.getLineNo())));
                continue;
            }
            BigDecimal left = line.paidAmount.subtract(line.refundedAmount);
            if (l.getAmount().compareTo(left) > 0) {
                errors.add(new FieldError("lines[" + i + "].amount",
                        EventProblem.REFUND_TOO_LARGE.note(left.toPlainString(), l.getLineNo())));
            }
        }
        return errors;
    }
}
