package com.guidecommerce.core.fraud.rule;

/** When a pattern is suspicious enough to put a guide on the review list (runtime properties {@code gc.fraud.*}). */
public final class FraudThresholds {

    private final int burstBindingsPerHour;
    private final int noPurchaseMinimumMembers;
    private final double noPurchaseRatio;
    private final int noPurchaseAfterDays;
    private final int sharedPhonePrefixMembers;
    private final int sharedAddressMembers;

    public FraudThresholds(int burstBindingsPerHour, int noPurchaseMinimumMembers, double noPurchaseRatio,
                           int noPurchaseAfterDays, int sharedPhonePrefixMembers, int sharedAddressMembers) {
        if (burstBindingsPerHour < 2 || noPurchaseMinimumMembers < 1 || noPurchaseRatio <= 0 || noPurchaseRatio > 1
                || noPurchaseAfterDays < 1 || sharedPhonePrefixMembers < 2 || sharedAddressMembers < 2) {
            throw new IllegalArgumentException("Fraud thresholds out of range");
        }
        this.burstBindingsPerHour = burstBindingsPerHour;
        this.noPurchaseMinimumMembers = noPurchaseMinimumMembers;
        this.noPurchaseRatio = noPurchaseRatio;
        this.noPurchaseAfterDays = noPurchaseAfterDays;
        this.sharedPhonePrefixMembers = sharedPhonePrefixMembers;
        this.sharedAddressMembers = sharedAddressMembers;
    }

    public int getBurstBindingsPerHour() {
        return burstBindingsPerHour;
    }

    public int getNoPurchaseMinimumMembers() {
        return noPurchaseMinimumMembers;
    }

    public double getNoPurchaseRatio() {
        return noPurchaseRatio;
    }

    public int getNoPurchaseAfterDays() {
        return noPurchaseAfterDays;
    }

    public int getSharedPhonePrefixMembers() {
        return sharedPhonePrefixMembers;
    }

    public int getSharedAddressMembers() {
        return sharedAddressMembers;
    }
}
