package com.guidecommerce.core.channel.ingest;

import com.guidecommerce.core.share.ShareCodes;

/** Configuration of the ingest pipeline (see {@code gc.attribution.*} and {@code gc.identity.*} properties). */
public final class IngestSettings {

    final ShareCodes shareCodes;
    final String phoneSalt;
    final int attributionWindowDays;

    public IngestSettings(ShareCodes shareCodes, String phoneSalt, int attributionWindowDays) {
        this.shareCodes = shareCodes;
        this.phoneSalt = phoneSalt;
        this.attributionWindowDays = attributionWindowDays;
    }

    public String getPhoneSalt() {
        return phoneSalt;
    }
}
