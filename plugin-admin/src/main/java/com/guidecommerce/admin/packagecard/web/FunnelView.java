package com.guidecommerce.admin.packagecard.web;

import com.guidecommerce.core.packagecard.domain.FunnelStage;
import com.guidecommerce.core.packagecard.service.CampaignFunnel;
import com.guidecommerce.core.packagecard.service.FunnelFigures;
import com.guidecommerce.core.packagecard.service.ReferenceRates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A campaign's funnel as the page and its CSV show it: the stages in order with their counts, the conversion rates
 * (members per card issued and first orders per member beside the reference bands), and the same per channel and
 * store.
 */
public final class FunnelView {

    /** The words of the view in the reader's language, by message key. */
    public interface Words {
        String text(String messageKey);
    }

    /** The stages as the page shows them, in the order a buyer goes through them. */
    static final List<FunnelStage> STAGES = Collections.unmodifiableList(Arrays.asList(FunnelStage.ISSUED,
            FunnelStage.SCAN, FunnelStage.REGISTER, FunnelStage.CLAIM, FunnelStage.BIND, FunnelStage.LINK,
            FunnelStage.FIRST_MALL_ORDER, FunnelStage.FIRST_ANY_ORDER));

    private final List<String> stageLabels;
    private final Part total;
    private final List<Part> parts;

    private FunnelView(List<String> stageLabels, Part total, List<Part> parts) {
        this.stageLabels = stageLabels;
        this.total = total;
        this.parts = parts;
    }

    static FunnelView of(CampaignFunnel funnel, String channelCode, ReferenceRates references, Words words) {
        List<String> labels = new ArrayList<String>();
        for (FunnelStage stage : STAGES) {
            labels.add(words.text("gcCardFunnelStage_" + stage.name()));
        }
        Part total = new Part(channelCode, null, funnel.getTotal(), references, words);
        List<Part> parts = new ArrayList<Part>();
        for (Map.Entry<String, FunnelFigures> part : funnel.getByChannelAndStore().entrySet()) {
            String key = part.getKey();
            int slash = key.indexOf('/');
            String store = key.substring(slash + 1);
            parts.add(new Part(key.substring(0, slash), "-".equals(store) ? null : store, part.getValue(), references,
                    words));
        }
        return new FunnelView(Collections.unmodifiableList(labels), total, Collections.unmodifiableList(parts));
    }

    /** The stages' labels, in {@link #STAGES} order. */
    public List<String> getStageLabels() {
        return stageLabels;
    }

    public Part getTotal() {
        return total;
    }

    /** One part per channel and store, in channel and store order. */
    public List<Part> getParts() {
        return parts;
    }

    /** The figures of the whole campaign or of one channel and store. */
    public static final class Part {

        /** A share of the cards issued is a fraction rounded half-up to four places, as the funnel's rates are. */
        private static final int SHARE_SCALE = 4;

        private final String channelCode;
        private final String storeCode;
        private final List<Long> counts = new ArrayList<Long>();
        private final List<FunnelRate> rates = new ArrayList<FunnelRate>();

        Part(String channelCode, String storeCode, FunnelFigures figures, ReferenceRates references, Words words) {
            this.channelCode = channelCode;
            this.storeCode = storeCode;
            for (FunnelStage stage : STAGES) {
                counts.add(figures.count(stage));
            }
            rates.add(new FunnelRate("scan", words.text("gcCardFunnelRate_scan"), figures.getScanRate(), null));
            rates.add(new FunnelRate("member", words.text("gcCardFunnelRate_member"), figures.getMemberRate(),
                    references.getMemberRate()));
            rates.add(new FunnelRate("firstOrder", words.text("gcCardFunnelRate_firstOrder"),
                    figures.getFirstOrderRate(), references.getFirstOrderRate()));
            rates.add(new FunnelRate("firstMallOrder", words.text("gcCardFunnelRate_firstMallOrder"),
                    figures.getFirstMallOrderRate(), null));
        }

        public String getChannelCode() {
            return channelCode;
        }

        /** The store the cards belong to; {@code null} for none (and for the whole campaign). */
        public String getStoreCode() {
            return storeCode;
        }

        /** The counts of the stages, in {@link #STAGES} order. */
        public List<Long> getCounts() {
            return Collections.unmodifiableList(counts);
        }

        /** Scans per card issued, members per card issued, first orders per member, first own-mall orders per member. */
        public List<FunnelRate> getRates() {
            return Collections.unmodifiableList(rates);
        }

        /** A stage's count as a share of the cards issued. */
        public String shareOfIssued(int stageIndex) {
            long issued = counts.get(0);
            return issued == 0 ? FunnelRate.percent(null) : FunnelRate.percent(BigDecimal.valueOf(counts.get(stageIndex))
                    .divide(BigDecimal.valueOf(issued), SHARE_SCALE, RoundingMode.HALF_UP));
        }
    }
}
