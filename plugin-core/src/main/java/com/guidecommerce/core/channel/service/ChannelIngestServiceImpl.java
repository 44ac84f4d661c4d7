package com.guidecommerce.core.channel.service;

import com.guidecommerce.core.channel.domain.Channel;
import com.guidecommerce.core.channel.event.ChannelEvent;
import com.guidecommerce.core.channel.event.EventWriter;
import com.guidecommerce.core.channel.ingest.IngestPipeline;
import com.guidecommerce.core.common.PluginSecrets;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.annotation.Resource;

/**
 * Adapts the ingest pipeline to the service contract. Events built in code (CSV rows, checkouts) are stored as the JSON
 * a channel would have sent and parsed back, so every source passes the same validation. Nothing goes in while the
 * plugin's secrets are placeholders.
 */
public class ChannelIngestServiceImpl implements ChannelIngestService {

    @Resource(name = "gcIngestPipeline")
    protected IngestPipeline pipeline;

    @Resource(name = "gcPluginSecrets")
    protected PluginSecrets secrets;

    @Override
    public IngestResult ingest(Channel channel, IngestSource source, String rawBody) {
        requireSecrets();
        return pipeline.ingest(channel, source, Collections.singletonList(rawBody)).get(0);
    }

    @Override
    public IngestResult ingest(Channel channel, IngestSource source, ChannelEvent event) {
        return ingestEvents(channel, source, Collections.singletonList(event)).get(0);
    }

    @Override
    public List<IngestResult> ingestAll(Channel channel, IngestSource source, List<String> rawBodies) {
        requireSecrets();
        return pipeline.ingest(channel, source, rawBodies);
    }

    @Override
    public List<IngestResult> ingestEvents(Channel channel, IngestSource source, List<ChannelEvent> events) {
        requireSecrets();
        List<String> bodies = new ArrayList<String>(events.size());
        for (ChannelEvent event : events) {
            bodies.add(EventWriter.write(event));
        }
        return pipeline.ingest(channel, source, bodies);
    }

    @Override
    public List<IngestResult> processAgain(Channel channel, int maxEvents) {
        requireSecrets();
        return pipeline.processAgain(channel, maxEvents);
    }

    @Override
    public Map<String, Long> unappliedCounts() {
        return pipeline.unappliedCounts();
    }

    private void requireSecrets() {
        if (!secrets.areSet()) {
            throw new ChannelException(ChannelException.SECRETS_NOT_SET, secrets.describeProblem());
        }
    }
}
