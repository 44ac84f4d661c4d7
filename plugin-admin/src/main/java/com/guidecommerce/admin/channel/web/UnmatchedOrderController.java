package com.guidecommerce.admin.channel.web;

import com.guidecommerce.admin.channel.handler.ChannelOrderListPersistenceHandler;
import org.broadleafcommerce.openadmin.web.controller.entity.AdminBasicEntityController;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

import java.util.Map;

/**
 * The Unmatched orders section: Broadleaf's own entity screens over channel orders, at their own address, listing
 * only orders whose buyer is not yet known to be a member. Broadleaf maps the more specific address here before its
 * generic {@code /{sectionKey}} controller, and passes {@link #getSectionCustomCriteria()} with every request, which
 * {@link ChannelOrderListPersistenceHandler} reads. Declared in {@code gc-admin-applicationContext-servlet.xml}.
 */
@Controller
@RequestMapping("/" + UnmatchedOrderController.SECTION_KEY)
public class UnmatchedOrderController extends AdminBasicEntityController {

    public static final String SECTION_KEY = "gc-unmatched-order";

    @Override
    protected String getSectionKey(Map<String, String> pathVars) {
        String sectionKey = super.getSectionKey(pathVars);
        return sectionKey == null ? SECTION_KEY : sectionKey;
    }

    @Override
    protected String[] getSectionCustomCriteria() {
        return new String[] {ChannelOrderListPersistenceHandler.UNMATCHED_ONLY};
    }
}
