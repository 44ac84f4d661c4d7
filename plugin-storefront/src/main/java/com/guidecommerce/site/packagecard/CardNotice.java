package com.guidecommerce.site.packagecard;

import com.guidecommerce.core.binding.rule.BindingOutcome;
import com.guidecommerce.core.packagecard.service.ClaimResult;

import java.io.Serializable;

/**
 * What the card's page tells a member after their claim: what happened to the order ({@code gc.card.outcome.*}, with
 * the number of orders now theirs) and to their guide ({@code gc.card.binding.*}, with a guide's name).
 */
public final class CardNotice implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String outcomeKey;
    private final int ordersAttributed;
    private final String bindingKey;
    private final String guideName;

    CardNotice(String outcomeKey, int ordersAttributed, String bindingKey, String guideName) {
        this.outcomeKey = outcomeKey;
        this.ordersAttributed = ordersAttributed;
        this.bindingKey = bindingKey;
        this.guideName = guideName;
    }

    static CardNotice of(ClaimResult result, String cardGuideName) {
        String bindingKey = null;
        String guideName = null;
        if (result.getBinding() != null) {
            boolean toCardGuide = result.getBinding().getOutcome().changesBinding();
            bindingKey = "gc.card.binding." + (toCardGuide ? "bound" : "kept");
            guideName = toCardGuide || result.getBinding().getBinding() == null ? cardGuideName
                    : result.getBinding().getBinding().getGuide().getName();
            if (result.getBinding().getOutcome() == BindingOutcome.REFUSED) {
                bindingKey = "gc.card.binding.refused";
            }
        }
        return new CardNotice("gc.card.outcome." + result.getOutcome().name(), result.getOrdersAttributed(),
                bindingKey, guideName);
    }

    public String getOutcomeKey() {
        return outcomeKey;
    }

    public int getOrdersAttributed() {
        return ordersAttributed;
    }

    /** {@code null} when nothing was asked of the binding (another account's order, a second claim). */
    public String getBindingKey() {
        return bindingKey;
    }

    public String getGuideName() {
        return guideName;
    }
}
