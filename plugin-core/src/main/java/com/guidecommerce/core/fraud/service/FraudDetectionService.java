package com.guidecommerce.core.fraud.service;

import com.guidecommerce.core.fraud.domain.FraudSignal;
import com.guidecommerce.core.organisation.domain.Guide;

import java.util.List;

/** Puts guides whose members look padded on HQ's review list. Bean name {@code gcFraudDetectionService}. */
public interface FraudDetectionService {

    /** Checks one guide's recent bindings and members; returns the signals raised or refreshed. */
    List<FraudSignal> detect(Guide guide);

    /** Checks every guide who is not departed; returns how many signals were raised or refreshed. */
    int detectAll();

    List<FraudSignal> findSignalsOf(Guide guide);
}
