package com.guidecommerce.core.board.service;

import com.guidecommerce.core.binding.service.BindingListener;
import com.guidecommerce.core.binding.service.NewBinding;
import com.guidecommerce.core.board.rule.FigurePlace;
import com.guidecommerce.core.board.rule.FigureRules;
import com.guidecommerce.core.board.rule.FigureSheet;

import java.util.Collections;
import java.util.Date;
import java.util.List;

/**
 * Binding figures from the bindings the binding feature makes: a binding for the guide, and a new member when it was
 * the member's first. Written when the binding's transaction commits. Bean {@code gcBindingFiguresListener}.
 */
public class BindingFiguresListener implements BindingListener {

    private final FigureLookups lookups;
    private final TransactionFigures figures;

    public BindingFiguresListener(FigureLookups lookups, TransactionFigures figures) {
        this.lookups = lookups;
        this.figures = figures;
    }

    @Override
    public void onBound(NewBinding binding) {
        FigurePlace place = lookups.read(Collections.<Long, List<Date>>emptyMap(),
                Collections.singleton(binding.getGuideId()), Collections.<Long>emptySet())
                .placeOf(binding.getGuideId());
        if (place != null) {
            FigureSheet sheet = new FigureSheet();
            FigureRules.addBinding(sheet, place, binding);
            figures.add(sheet);
        }
    }
}
