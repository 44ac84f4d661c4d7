package com.guidecommerce.core.channel.ingest;

/** Configuration of the ingest pipeline (see the {@code gc.identity.*} properties). */
public final class IngestSettings {

    private final String phoneSalt;

    public IngestSettings(String phoneSalt) {
        this.phoneSalt = phoneSalt;
    }

    /** Salt of the phone-number hashes buyers are matched by. */
    public String getPhoneSalt() {
        return phoneSalt;
    }
}
