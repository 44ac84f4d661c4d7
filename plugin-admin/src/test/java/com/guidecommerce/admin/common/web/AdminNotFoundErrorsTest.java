package com.guidecommerce.admin.common.web;

import org.broadleafcommerce.common.exception.ServiceException;
import org.junit.jupiter.api.Test;
import org.springframework.util.Assert;
import org.springframework.web.util.NestedServletException;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The failures Broadleaf's admin throws for addresses that name nothing, wrapped as they reach the resolver. */
class AdminNotFoundErrorsTest {

    private final AdminNotFoundErrors errors = new AdminNotFoundErrors();

    @Test
    void shouldKnowARecordThatIsNotThere() {
        IllegalArgumentException missing = assertionFailure(AdminNotFoundErrors.ENTITY_NOT_FOUND);

        assertTrue(errors.isNotFound(wrapped(missing), "/gc-guide/999999"));
    }

    @Test
    void shouldKnowAnIdInTheAddressThatIsNotANumber() {
        ServiceException fetch = new ServiceException("Unable to fetch results for com.guidecommerce.core.organisation.domain.Guide",
                parse("abc"));

        assertTrue(errors.isNotFound(wrapped(fetch), "/gc-guide/abc"));
    }

    @Test
    void shouldKnowASectionThatDoesNotExist() {
        ServiceException inspect = new ServiceException("Problem inspecting results for nonexistent",
                new ClassNotFoundException("nonexistent"));

        assertTrue(errors.isNotFound(wrapped(inspect), "/nonexistent"));
    }

    @Test
    void shouldTakeANumberThatFailsToParseElsewhereForAFailure() {
        ServiceException fetch = new ServiceException("Unable to fetch results", parse("12,50"));

        assertFalse(errors.isNotFound(wrapped(fetch), "/gc-commission-plan/7"));
    }

    @Test
    void shouldTakeAClassThatFailsToLoadElsewhereForAFailure() {
        assertFalse(errors.isNotFound(wrapped(new ClassNotFoundException("com.example.Missing")), "/gc-guide/7"));
    }

    @Test
    void shouldTakeOtherFailuresForFailures() {
        assertFalse(errors.isNotFound(wrapped(new IllegalStateException("the database is gone")), "/gc-guide/7"));
        assertFalse(errors.isNotFound(assertionFailure("Entity must not be null"), "/gc-guide/7"));
    }

    @Test
    void shouldStopAtACauseChainThatLoops() {
        LoopingFailure failure = new LoopingFailure();

        assertFalse(errors.isNotFound(failure, "/gc-guide/7"));
    }

    private static IllegalArgumentException assertionFailure(String message) {
        try {
            Assert.isTrue(false, message);
            throw new AssertionError("unreachable");
        } catch (IllegalArgumentException e) {
            return e;
        }
    }

    private static NumberFormatException parse(String text) {
        try {
            Long.valueOf(text);
            throw new AssertionError(text + " parsed");
        } catch (NumberFormatException e) {
            return e;
        }
    }

    /** As the admin's request filter passes it on. */
    private static RuntimeException wrapped(Throwable failure) {
        return new RuntimeException(new NestedServletException("Request processing failed", failure));
    }

    private static final class LoopingFailure extends RuntimeException {

        @Override
        public synchronized Throwable getCause() {
            return this;
        }
    }
}
