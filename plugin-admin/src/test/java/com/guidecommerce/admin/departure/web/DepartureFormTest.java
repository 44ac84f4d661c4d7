package com.guidecommerce.admin.departure.web;

import com.guidecommerce.core.departure.domain.DepartureStrategy;
import com.guidecommerce.core.departure.rule.DepartureError;
import com.guidecommerce.core.departure.rule.DepartureException;
import com.guidecommerce.core.departure.service.DepartureRequest;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class DepartureFormTest {

    @Test
    void shouldStartWithTheStoreManagerStrategy() {
        assertEquals(DepartureStrategy.STORE_MANAGER, new DepartureForm().toRequest().getStrategy());
    }

    @Test
    void shouldReadTheCapacityOfARoundRobin() {
        DepartureRequest request = form("ROUND_ROBIN", " 25 ", null).toRequest();

        assertEquals(DepartureStrategy.ROUND_ROBIN, request.getStrategy());
        assertEquals(Integer.valueOf(25), request.getCapacity());
    }

    @Test
    void shouldReadAnEmptyCapacityAsNoLimit() {
        assertNull(form("ROUND_ROBIN", "", null).toRequest().getCapacity());
    }

    @Test
    void shouldRefuseACapacityThatIsNotAWholeNumber() {
        DepartureException e = assertThrows(DepartureException.class, () -> form("ROUND_ROBIN", "ten", null).toRequest());

        assertEquals(DepartureError.INVALID_CAPACITY, e.getError());
    }

    @Test
    void shouldIgnoreTheCapacityOfOtherStrategies() {
        assertNull(form("NAMED_GUIDE", "ten", "G0009").toRequest().getCapacity());
    }

    @Test
    void shouldPassTheNamedGuideCodeOn() {
        assertEquals("G0009", form("NAMED_GUIDE", null, "G0009").toRequest().getNamedGuideCode());
    }

    private static DepartureForm form(String strategy, String capacity, String heirCode) {
        DepartureForm form = new DepartureForm();
        form.setStrategy(strategy);
        form.setCapacity(capacity);
        form.setHeirCode(heirCode);
        return form;
    }
}
