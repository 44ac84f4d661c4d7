package com.guidecommerce.site.memberday;

import com.guidecommerce.core.common.ShortLivedCache;
import com.guidecommerce.core.membertier.domain.MemberTier;
import com.guidecommerce.core.membertier.service.MemberTierService;
import org.broadleafcommerce.common.time.SystemTime;
import org.springframework.context.MessageSource;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The name a shopper reads for a member tier code: the ladder's own name (the Chinese name for a Chinese shopper, the
 * English one otherwise, as HQ wrote them under Membership → Member tiers); for a code the ladder does not have, the
 * storefront message {@code gc.memberTier.<CODE>}, else the code itself. The ladder is read at most once a minute
 * (every page shows the member-day banner). Bean {@code gcMemberTierNames}.
 */
public class MemberTierNames {

    public static final String KEY_PREFIX = "gc.memberTier.";

    private final MessageSource messages;
    private final MemberTierService tiers;
    /** Tier code to its Chinese and English names, as the ladder had them in a given minute. */
    private final ShortLivedCache<Map<String, String[]>> ladders = new ShortLivedCache<Map<String, String[]>>(4);

    public MemberTierNames(MessageSource messages, MemberTierService tiers) {
        this.messages = messages;
        this.tiers = tiers;
    }

    public String nameOf(String tierCode, Locale locale) {
        if (tierCode == null) {
            return null;
        }
        String[] names = ladder().get(tierCode);
        if (names != null) {
            boolean chinese = locale != null && "zh".equals(locale.getLanguage());
            String name = chinese || names[1] == null || names[1].isEmpty() ? names[0] : names[1];
            if (name != null && !name.isEmpty()) {
                return name;
            }
        }
        return messages.getMessage(KEY_PREFIX + tierCode, null, tierCode, locale);
    }

    private Map<String, String[]> ladder() {
        long minute = TimeUnit.MILLISECONDS.toMinutes(SystemTime.asMillis());
        return ladders.get("ladder@" + minute, () -> {
            Map<String, String[]> names = new HashMap<String, String[]>();
            for (MemberTier tier : tiers.findTiers()) {
                names.put(tier.getCode(), new String[] {tier.getName(), tier.getNameEn()});
            }
            return names;
        });
    }
}
