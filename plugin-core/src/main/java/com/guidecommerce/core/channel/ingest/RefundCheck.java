package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventLine;
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
                        "order " + order.orderNo + " has no line " + l.getLineNo()));
                continue;
            }
            BigDecimal left = line.paidAmount.subtract(line.refundedAmount);
            if (l.getAmount().compareTo(left) > 0) {
                errors.add(new FieldError("lines[" + i + "].amount", "is more than the " + left.toPlainString()
                        + " left to refund on line " + l.getLineNo()));
            }
        }
        return errors;
    }
}
