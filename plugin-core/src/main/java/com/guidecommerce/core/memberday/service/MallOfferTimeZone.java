package com.guidecommerce.core.memberday.service;

import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.service.processor.OfferTimeZoneProcessor;

import java.util.TimeZone;

/**
 * Replaces Broadleaf's {@code blOfferTimeZoneProcessor}, which takes the request's zone (a shopper can set it with a
 * {@code blTimeZoneCode} parameter), with the own mall's zone for every offer: no request can move an offer's dates or
 * a TIME rule's "Wednesday".
 */
public class MallOfferTimeZone implements OfferTimeZoneProcessor {

    private final TimeZone zone;

    public MallOfferTimeZone(String zoneId) {
        this.zone = TimeZone.getTimeZone(java.time.ZoneId.of(zoneId));
    }

    @Override
    public TimeZone getTimeZone(Offer offer) {
        return (TimeZone) zone.clone();
    }
}
