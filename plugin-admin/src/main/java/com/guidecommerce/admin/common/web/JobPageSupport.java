package com.guidecommerce.admin.common.web;

import com.guidecommerce.core.job.Job;
import com.guidecommerce.core.job.JobRunResult;
import com.guidecommerce.core.job.JobRunner;
import org.springframework.ui.Model;

/**
 * What an admin page that runs a job on demand shows about it, through the fragments of
 * {@code views/gc/jobRuns.html}: the result of the run just asked for ({@code jobResult}: ran, failed, or already
 * running on another node since a given time) and the job's last runs on any node ({@code jobRuns}), with this
 * node's name. Bean {@code gcJobPageSupport}.
 */
public class JobPageSupport {

    static final int LAST_RUNS = 10;

    private final JobRunner runner;

    public JobPageSupport(JobRunner runner) {
        this.runner = runner;
    }

    /** Runs the job now for the signed-in admin user, through the runner, and puts the result on the page. */
    public <T> JobRunResult<T> runNow(Job<T> job, String login, Model model) {
        JobRunResult<T> result = runner.runNow(job, login);
        model.addAttribute("jobResult", result);
        return result;
    }

    public void addLastRuns(Job<?> job, Model model) {
        model.addAttribute("jobRuns", runner.lastRuns(job.getName(), LAST_RUNS));
        model.addAttribute("jobNode", runner.getNodeName());
    }
}
