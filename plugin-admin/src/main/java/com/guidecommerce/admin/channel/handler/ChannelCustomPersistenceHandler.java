package com.guidecommerce.admin.channel.handler;

import com.guidecommerce.admin.channel.rule.ChannelCodes;
import com.guidecommerce.admin.channel.rule.ChannelValidator;
import com.guidecommerce.admin.common.FieldViolation;
import com.guidecommerce.admin.common.RuleCheckingPersistenceHandler;
import com.guidecommerce.core.channel.domain.Channel;
import org.broadleafcommerce.openadmin.dto.Entity;

import java.util.List;

/** Applies {@link ChannelValidator} to channels saved in the admin. Bean {@code gcChannelCustomPersistenceHandler}. */
public class ChannelCustomPersistenceHandler extends RuleCheckingPersistenceHandler {

    private final ChannelValidator validator;

    public ChannelCustomPersistenceHandler(ChannelCodes channelCodes) {
        super(Channel.class);
        this.validator = new ChannelValidator(channelCodes);
    }

    @Override
    protected List<FieldViolation> check(Entity submitted, Long id) {
        return validator.validate(id, valueOf(submitted, ChannelValidator.CODE), valueOf(submitted, ChannelValidator.TIME_ZONE),
                valueOf(submitted, ChannelValidator.RETURN_WINDOW));
    }
}
