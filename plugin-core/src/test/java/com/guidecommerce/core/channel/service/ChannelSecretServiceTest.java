package com.guidecommerce.core.channel.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.domain.ChannelSecretRotation;
import com.guidecommerce.core.channel.rule.ChannelSecrets;
import com.guidecommerce.core.channel.rule.EventSignature;
import com.guidecommerce.core.test.BroadleafContextExtension;
import com.guidecommerce.core.test.LedgerRows;
import com.guidecommerce.core.test.TestClock;
import org.broadleafcommerce.common.time.SystemTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.context.ApplicationContext;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.annotation.Resource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rotating a channel's signing secret on the real database, and verifying deliveries against what is stored: the
 * replaced secret within and after its grace period, rotations racing deliveries and each other.
 */
@ExtendWith(BroadleafContextExtension.class)
class ChannelSecretServiceTest {

    private static final long HOUR = 3600000L;
    private static final byte[] BODY = "{\"type\":\"ORDER_PAID\",\"orderNo\":\"TM-1\"}".getBytes(StandardCharsets.UTF_8);

    @RegisterExtension
    final TestClock clock = new TestClock();

    @Resource
    ApplicationContext context;

    @Resource(name = "gcChannelSecretService")
    ChannelSecretService secretService;

    @Resource(name = "gcChannelService")
    ChannelService channelService;

    LedgerRows rows;
    String code;
    String original;

    @BeforeEach
    void channel() {
        rows = new LedgerRows(context);
        code = rows.channel();
        original = stored().getSigningSecret();
        clock.at(0);
    }

    @Test
    void shouldVerifyTheOldSecretWithinTheGracePeriodAndOnlyTheNewOneAfter() {
        RotatedSecret rotated = secretService.rotate(stored().getId(), 0, false, "hq-ops");

        assertNotEquals(original, rotated.getSecret());
        assertEquals(clock.start() + secretService.getGraceHours() * HOUR, rotated.getPreviousValidUntil().getTime());
        assertNull(verify(original, 0), "the old secret still verifies right after the rotation");
        assertNull(verify(rotated.getSecret(), 0));
        assertNull(verify(original, secretService.getGraceHours() * HOUR - 1000), "and until the grace period ends");

        assertEquals(EventSignature.Problem.BAD_SIGNATURE, verify(original, secretService.getGraceHours() * HOUR));
        assertNull(verify(rotated.getSecret(), secretService.getGraceHours() * HOUR));
    }

    @Test
    void shouldRecordWhoRotatedAndWhenButNeverTheSecret() {
        Long id = stored().getId();
        RotatedSecret first = secretService.rotate(id, 0, false, "hq-ops");
        clock.at(HOUR);
        RotatedSecret second = secretService.rotate(id, 1, false, "hq-security");

        List<ChannelSecretRotation> rotations = secretService.findRotations(id);
        assertEquals(2, rotations.size());
        assertEquals("hq-security", rotations.get(0).getRotatedBy());
        assertEquals(2, rotations.get(0).getSecretVersion());
        assertEquals(clock.start() + HOUR, rotations.get(0).getRotatedAt().getTime());
        assertEquals("hq-ops", rotations.get(1).getRotatedBy());
        for (Map<String, Object> row : rows.jdbc().queryForList(
                "select * from GC_CHANNEL_SECRET_ROTATION where CHANNEL_ID = ?", id)) {
            for (Object value : row.values()) {
                String text = String.valueOf(value);
                assertFalse(text.contains(original) || text.contains(first.getSecret()) || text.contains(second.getSecret()),
                        "a rotation record holds no secret: " + row);
            }
        }
        Channel channel = stored();
        assertEquals("hq-security", channel.getSecretRotatedBy());
        assertEquals(2, channel.getSecretVersion());
    }

    @Test
    void shouldEndTheOldSecretAtOnceWhenItLeaked() {
        RotatedSecret rotated = secretService.rotate(stored().getId(), 0, true, "hq-security");

        assertNull(rotated.getPreviousValidUntil());
        assertEquals(EventSignature.Problem.BAD_SIGNATURE, verify(original, 0));
        assertNull(verify(rotated.getSecret(), 0));
    }

    @Test
    void shouldRefuseARotationOfAVersionAlreadyReplacedAndChangeNothing() {
        Long id = stored().getId();
        RotatedSecret rotated = secretService.rotate(id, 0, false, "hq-ops");

        ChannelException refused = assertThrows(ChannelException.class, () -> secretService.rotate(id, 0, false, "hq-ops"));

        assertEquals(ChannelSecretService.ROTATED_MEANWHILE, refused.getCode());
        assertEquals(rotated.getSecret(), stored().getSigningSecret());
        assertNull(verify(original, 0), "the secret the channel still uses keeps its grace period");
        assertEquals(1, secretService.findRotations(id).size());
    }

    @Test
    void shouldLetExactlyOneOfTwoSimultaneousRotationsThrough() throws Exception {
        final Long id = stored().getId();
        final CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<Future<String>>();
            for (int i = 0; i < 2; i++) {
                final String actor = "hq-" + i;
                outcomes.add(pool.submit(new Callable<String>() {
                    @Override
                    public String call() throws Exception {
                        start.await();
                        try {
                            return secretService.rotate(id, 0, false, actor).getSecret();
                        } catch (ChannelException e) {
                            return e.getCode();
                        }
                    }
                }));
            }
            start.countDown();
            String a = outcomes.get(0).get(60, TimeUnit.SECONDS);
            String b = outcomes.get(1).get(60, TimeUnit.SECONDS);

            assertTrue(ChannelSecretService.ROTATED_MEANWHILE.equals(a) ^ ChannelSecretService.ROTATED_MEANWHILE.equals(b),
                    a + " / " + b);
            String secret = ChannelSecretService.ROTATED_MEANWHILE.equals(a) ? b : a;
            assertEquals(secret, stored().getSigningSecret());
            assertEquals(original, stored().getPreviousSigningSecret(), "the replaced secret is the channel's own");
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Deliveries signed with the old secret keep arriving while HQ rotates: each is verified against the channel as
     * stored at that moment (a fresh read, as the channel API does per request), and not one is refused, whether it
     * read the row before the rotation or after.
     */
    @Test
    void shouldNotRefuseADeliverySignedWithTheOldSecretWhileARotationHappens() throws Exception {
        final Long id = stored().getId();
        final int afterRotation = 30;
        final CountDownLatch verifying = new CountDownLatch(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<int[]>> outcomes = new ArrayList<Future<int[]>>();
            for (int i = 0; i < 2; i++) {
                outcomes.add(pool.submit(new Callable<int[]>() {
                    @Override
                    public int[] call() {
                        int refused = 0;
                        int before = 0;
                        int after = 0;
                        verifying.countDown();
                        while (after < afterRotation) {
                            Channel channel = channelService.findByCode(code);
                            if (verify(channel, original) != null) {
                                refused++;
                            }
                            if (channel.getSecretVersion() == 0) {
                                before++;
                            } else {
                                after++;
                            }
                        }
                        return new int[] {refused, before, after};
                    }
                }));
            }
            verifying.await();
            secretService.rotate(id, 0, false, "hq-ops");

            for (Future<int[]> outcome : outcomes) {
                int[] counts = outcome.get(120, TimeUnit.SECONDS);
                assertEquals(0, counts[0], "deliveries refused: " + counts[0] + " of " + (counts[1] + counts[2]));
                assertEquals(afterRotation, counts[2]);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private EventSignature.Problem verify(String signedWith, long offsetMillis) {
        clock.at(offsetMillis);
        return verify(channelService.findByCode(code), signedWith);
    }

    private static EventSignature.Problem verify(Channel channel, String signedWith) {
        String timestamp = String.valueOf(SystemTime.asMillis() / 1000);
        return ChannelSecrets.check(channel, timestamp, EventSignature.sign(signedWith, timestamp, BODY), BODY,
                SystemTime.asMillis(), EventSignature.DEFAULT_SKEW_SECONDS);
    }

    private Channel stored() {
        return channelService.findByCode(code);
    }
}
