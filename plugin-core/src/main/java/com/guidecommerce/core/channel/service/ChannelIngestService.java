package com.guidecommerce.core.channel.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.event.ChannelEvent;

import java.util.List;
import java.util.Map;

/**
 * The one way orders, completions and refunds enter the commission ledger, from every channel: the HTTP API, CSV
 * uploads, the own mall's checkout and the benchmark all come through here.
 *
 * <p>Contract: each delivery's raw payload is stored, in the transaction that applies it or, if that fails, on its own
 * before the failure is reported, so no delivery is applied unstored or lost; processing is exactly-once
 * per the event's natural key ({@link ChannelEvent#key()}), so a second delivery answers {@code DUPLICATE} and changes
 * nothing; deliveries of one order are applied one at a time, whatever thread or node received them; a completion or
 * refund that comes before its order waits and is applied when the order arrives; bad input is answered
 * {@code REJECTED} with field-level reasons; a delivery that cannot be applied because of a fault on our side is stored
 * {@code FAILED} with the reason and holds up nothing else. None of these throws (but see below). Authentication is the
 * caller's job. The batch methods return one result per input, in order.
 *
 * <p>While {@code gc.share.secret} or {@code gc.identity.phoneSalt} is a placeholder ({@code gcPluginSecrets}), share
 * codes and phone hashes in events could not be trusted or kept safe, so every method that takes events in or applies
 * them throws a {@link ChannelException} with code {@link ChannelException#SECRETS_NOT_SET} before anything is stored.
 */
public interface ChannelIngestService {

    IngestResult ingest(Channel channel, IngestSource source, String rawBody);

    IngestResult ingest(Channel channel, IngestSource source, ChannelEvent event);

    List<IngestResult> ingestAll(Channel channel, IngestSource source, List<String> rawBodies);

    List<IngestResult> ingestEvents(Channel channel, IngestSource source, List<ChannelEvent> events);

    /**
     * Applies the channel's deliveries that were stored but not applied (status RECEIVED, left by a server that
     * stopped, or FAILED), oldest first, at most {@code maxEvents}; one result per delivery taken.
     *
     * @throws ChannelException {@code BUSY} when another process is writing the same deliveries (try again)
     */
    List<IngestResult> processAgain(Channel channel, int maxEvents);

    /** How many deliveries are stored but not applied, per channel code (channels with none are left out). */
    Map<String, Long> unappliedCounts();
}
