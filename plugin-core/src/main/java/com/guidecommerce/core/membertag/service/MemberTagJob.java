package com.guidecommerce.core.membertag.service;

import com.guidecommerce.core.common.Note;
import com.guidecommerce.core.job.Job;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * Recomputes every member's automatic tags once a day, for the tags that change with time alone (dormant, new member
 * and first purchase expiring, windows moving on). Safe to run again and on several nodes: a member's tags are
 * recomputed under their lock and only changes are written. Runs through the job runner, scheduled daily in the
 * admin context ({@code gc.memberTag.cron}).
 */
public class MemberTagJob implements Job<Integer> {

    public static final String NAME = "MEMBER_TAGS";

    private static final Log LOG = LogFactory.getLog(MemberTagJob.class);

    private final MemberTagService tags;

    public MemberTagJob(MemberTagService tags) {
        this.tags = tags;
    }

    @Override
    public String getName() {
        return NAME;
    }

    @Override
    public Integer run() {
        int changes = tags.retagEveryone();
        LOG.info("Member tags: " + changes + " changes");
        return changes;
    }

    @Override
    public String summarize(Integer changes) {
        return Note.of("job.memberTagsChanged", changes).format();
    }
}
