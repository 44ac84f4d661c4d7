package com.guidecommerce.admin.channel.web;

import com.guidecommerce.admin.channel.handler.ChannelOrderListPersistenceHandler;
import com.guidecommerce.admin.common.web.SectionController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The Unmatched orders section: Broadleaf's own entity screens over channel orders, at their own address, listing
 * only orders whose buyer is not yet known to be a member. Broadleaf maps the more specific address here before its
 * generic {@code /{sectionKey}} controller, and passes {@link #getSectionCustomCriteria()} with every request, which
 * {@link ChannelOrderListPersistenceHandler} reads. Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/" + UnmatchedOrderController.SECTION_KEY)
public class UnmatchedOrderController extends SectionController {

    public static final String SECTION_KEY = "gc-unmatched-order";

    public UnmatchedOrderController() {
        super(SECTION_KEY);
    }

    @Override
    protected String[] getSectionCustomCriteria() {
        return new String[] {ChannelOrderListPersistenceHandler.UNMATCHED_ONLY};
    }
}
