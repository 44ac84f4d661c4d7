package com.guidecommerce.admin.departure.web;

import com.guidecommerce.core.departure.service.DepartureLine;
import com.guidecommerce.core.departure.service.DistributorLine;
import com.guidecommerce.core.distribution.domain.Distributor;
import com.guidecommerce.core.organisation.domain.Guide;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class DepartureSummaryTest {

    private final Guide departing = guide("G0002");
    private final Guide manager = guide("G0001");
    private final Guide colleague = guide("G0003");

    @Test
    void shouldCountTheDistributorsEachHeirGetsByGuideCode() {
        List<DistributorLine> distributors = Arrays.asList(distributorTo(colleague), distributorTo(manager),
                distributorTo(colleague));

        DepartureSummary summary = new DepartureSummary(Arrays.asList(memberTo(manager)), distributors);

        assertEquals(3, summary.getDistributorCount());
        assertEquals(Arrays.asList("G0001 1", "G0003 2"), shares(summary.getDistributorShares()));
        assertEquals(Arrays.asList("G0001 1"), shares(summary.getHeirShares()));
    }

    @Test
    void shouldShowNoDistributorSharesForAGuideWithoutDistributors() {
        DepartureSummary summary = new DepartureSummary(Arrays.asList(memberTo(manager)),
                Collections.<DistributorLine>emptyList());

        assertEquals(0, summary.getDistributorCount());
        assertEquals(Collections.emptyList(), summary.getDistributorShares());
    }

    private DepartureLine memberTo(Guide heir) {
        return new DepartureLine(mock(Customer.class), departing, heir);
    }

    private DistributorLine distributorTo(Guide heir) {
        return new DistributorLine(mock(Distributor.class), departing, heir);
    }

    private static Guide guide(String code) {
        Guide guide = mock(Guide.class);
        when(guide.getGuideCode()).thenReturn(code);
        return guide;
    }

    private static List<String> shares(List<DepartureSummary.HeirShare> shares) {
        String[] texts = new String[shares.size()];
        for (int i = 0; i < texts.length; i++) {
            texts[i] = shares.get(i).getHeir().getGuideCode() + " " + shares.get(i).getCount();
        }
        return Arrays.asList(texts);
    }
}
