package com.guidecommerce.core.channel.service;

import com.guidecommerce.core.channel.domain.ChannelImpl;
import com.guidecommerce.core.channel.domain.ChannelSecretRotation;
import com.guidecommerce.core.channel.domain.ChannelSecretRotationImpl;
import com.guidecommerce.core.channel.rule.ChannelSecrets;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.util.Date;
import java.util.List;
import javax.persistence.EntityManager;
import javax.persistence.LockModeType;
import javax.persistence.PersistenceContext;

/**
 * Rotation in one transaction under the channel row's write lock: the new secret, the replaced one with the end of
 * its grace period and the rotation record are committed together, so a delivery verified meanwhile reads either the
 * secrets before or those after, never half of each, and two admin users rotating at once cannot both replace the same
 * secret (the second finds the version moved on). The secret columns are written by one statement of their own, which
 * Hibernate never writes (they are not updatable in the mapping), so a channel saved in the admin at the same moment
 * cannot put the old secret back.
 */
public class ChannelSecretServiceImpl implements ChannelSecretService {

    private static final Log LOG = LogFactory.getLog(ChannelSecretServiceImpl.class);
    private static final long HOUR_MILLIS = 3600000L;

    @PersistenceContext(unitName = "blPU")
    protected EntityManager em;

    private final JdbcTemplate jdbc;
    private final int graceHours;

    /** @param graceHours {@code gc.channel.secretGraceHours}: how long a replaced secret keeps verifying (0 or more) */
    public ChannelSecretServiceImpl(JdbcTemplate jdbc, int graceHours) {
        if (graceHours < 0) {
            throw new IllegalArgumentException("gc.channel.secretGraceHours must not be negative, not " + graceHours);
        }
        this.jdbc = jdbc;
        this.graceHours = graceHours;
    }

    @Override
    @Transactional("blTransactionManager")
    public RotatedSecret rotate(Long channelId, int expectedVersion, boolean endPreviousNow, String actor) {
        ChannelImpl channel = channelId == null ? null : em.find(ChannelImpl.class, channelId);
        if (channel == null) {
            throw new ChannelException(UNKNOWN_CHANNEL, "No channel has the id " + channelId);
        }
        // Read again under the lock: the caller's request may hold the row as it was before another rotation.
        em.refresh(channel, LockModeType.PESSIMISTIC_WRITE);
        if (channel.getSecretVersion() != expectedVersion) {
            throw new ChannelException(ROTATED_MEANWHILE, "The signing secret of channel " + channel.getCode()
                    + " is at version " + channel.getSecretVersion() + ", not " + expectedVersion);
        }
        Date now = SystemTime.asDate();
        boolean keepPrevious = ChannelSecrets.hasSecret(channel) && !endPreviousNow && graceHours > 0;
        Date previousValidUntil = keepPrevious ? new Date(now.getTime() + graceHours * HOUR_MILLIS) : null;
        String secret = ChannelSecrets.draw();
        int version = expectedVersion + 1;
        int changed = jdbc.update("UPDATE GC_CHANNEL SET SIGNING_SECRET = ?, PREVIOUS_SIGNING_SECRET = ?,"
                + " PREVIOUS_SECRET_VALID_UNTIL = ?, SECRET_VERSION = ?, SECRET_ROTATED_AT = ?, SECRET_ROTATED_BY = ?"
                + " WHERE CHANNEL_ID = ? AND COALESCE(SECRET_VERSION, 0) = ?",
                secret, keepPrevious ? channel.getSigningSecret() : null, timestamp(previousValidUntil), version,
                timestamp(now), actor, channel.getId(), expectedVersion);
        if (changed != 1) {
            // The version guard in the UPDATE decides: a database whose row lock does not hold readers back (HSQLDB)
            // lets both rotations read the same version, and only one UPDATE finds it.
            throw new ChannelException(ROTATED_MEANWHILE, "The signing secret of channel " + channel.getCode()
                    + " was rotated meanwhile; it is no longer at version " + expectedVersion);
        }
        em.refresh(channel);
        em.persist(new ChannelSecretRotationImpl(channel, now, actor, previousValidUntil));
        em.flush();
        LOG.info("Signing secret of channel " + channel.getCode() + " rotated to version " + version + " by " + actor
                + (previousValidUntil == null ? "; no earlier secret verifies"
                : "; the replaced one verifies until " + previousValidUntil));
        return new RotatedSecret(channel.getCode(), secret, version, previousValidUntil);
    }

    @Override
    public List<ChannelSecretRotation> findRotations(Long channelId) {
        return em.createQuery("select r from " + ChannelSecretRotationImpl.class.getName()
                + " r where r.channelId = :channel order by r.rotatedAt desc, r.id desc", ChannelSecretRotation.class)
                .setParameter("channel", channelId).getResultList();
    }

    @Override
    public int getGraceHours() {
        return graceHours;
    }

    private static Timestamp timestamp(Date moment) {
        return moment == null ? null : new Timestamp(moment.getTime());
    }
}
