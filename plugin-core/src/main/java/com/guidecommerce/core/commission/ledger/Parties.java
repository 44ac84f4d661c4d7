package com.guidecommerce.core.commission.ledger;

import com.guidecommerce.core.distribution.service.DistributorProfile;
import com.guidecommerce.core.organisation.service.GuideProfile;

import java.util.HashMap;
import java.util.Map;

/** The guides and distributors one batch may credit, read up front, by id and by code. */
final class Parties {

    private final Map<Long, GuideProfile> guidesById = new HashMap<Long, GuideProfile>();
    private final Map<String, GuideProfile> guidesByCode = new HashMap<String, GuideProfile>();
    private final Map<Long, DistributorProfile> distributorsById = new HashMap<Long, DistributorProfile>();
    private final Map<String, DistributorProfile> distributorsByCode = new HashMap<String, DistributorProfile>();

    GuideProfile guide(Long id) {
        return id == null ? null : guidesById.get(id);
    }

    GuideProfile guideByCode(String code) {
        return code == null ? null : guidesByCode.get(code);
    }

    DistributorProfile distributor(Long id) {
        return id == null ? null : distributorsById.get(id);
    }

    DistributorProfile distributorByCode(String code) {
        return code == null ? null : distributorsByCode.get(code);
    }

    Parties add(GuideProfile guide) {
        guidesById.put(guide.getId(), guide);
        guidesByCode.put(guide.getCode(), guide);
        return this;
    }

    Parties add(DistributorProfile distributor) {
        distributorsById.put(distributor.getId(), distributor);
        distributorsByCode.put(distributor.getCode(), distributor);
        return this;
    }
}
