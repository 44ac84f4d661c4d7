package com.guidecommerce.core.memberday.service;

import com.guidecommerce.core.memberday.rule.CalendarBenefit;
import com.guidecommerce.core.memberday.rule.CalendarCampaign;
import com.guidecommerce.core.memberday.rule.MemberDayOfferRules;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.time.FixedTimeSource;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.offer.domain.Offer;
import org.broadleafcommerce.core.offer.domain.OrderAdjustment;
import org.broadleafcommerce.core.offer.domain.OrderItemPriceDetailAdjustment;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.domain.OrderItem;
import org.broadleafcommerce.core.order.domain.OrderItemPriceDetail;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.domain.CustomerAttribute;
import org.broadleafcommerce.profile.core.domain.CustomerAttributeImpl;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * "A 金卡 member in store HZ001 on 2026-12-09 gets …": prices a sample cart through Broadleaf's own OrderService and
 * pricing workflow once per member tier, with Broadleaf's clock at noon of the day in the store's zone on this
 * thread only. Each tier gets a throw-away customer carrying the tier attribute and a cart of the sample items, in a
 * transaction of its own that is always rolled back: nothing stays in the database. The thread's Broadleaf request
 * context (currency CNY) and clock are put back afterwards. Bean {@code gcMemberDayPreview}.
 */
public class MemberDayPreview {

    /** How many catalog products make the default sample cart. */
    static final int DEFAULT_PRODUCTS = 3;
    static final int MAX_PRODUCTS = 10;
    static final int MAX_QUANTITY = 99;
    private static final String CURRENCY = "CNY";

    private final TransactionTemplate rolledBack;
    private final OrderService orderService;
    private final CustomerService customerService;
    private final CatalogService catalogService;
    private final BroadleafCurrencyService currencyService;
    private final MemberDayService memberDayService;
    private final MarketingCalendar calendar;

    public MemberDayPreview(PlatformTransactionManager transactionManager, OrderService orderService,
                            CustomerService customerService, CatalogService catalogService,
                            BroadleafCurrencyService currencyService, MemberDayService memberDayService,
                            MarketingCalendar calendar) {
        this.rolledBack = new TransactionTemplate(transactionManager);
        this.rolledBack.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.orderService = orderService;
        this.customerService = customerService;
        this.catalogService = catalogService;
        this.currencyService = currencyService;
        this.memberDayService = memberDayService;
        this.calendar = calendar;
    }

    /**
     * Prices the sample cart for every tier of {@link MarketingCalendar#tierCodes()}.
     *
     * @param storeCode a store whose zone decides the day, {@code null} for the own mall
     * @param productIds the sample items; none for the first active products of the catalog
     * @param quantity of each item, 1 to 99
     * @throws IllegalArgumentException when there is no product to put in the cart or the quantity is out of range
     */
    public PreviewResult preview(String storeCode, LocalDate day, List<Long> productIds, int quantity) {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new IllegalArgumentException("The quantity must be 1 to " + MAX_QUANTITY);
        }
        ZoneId zone = calendar.zoneOf(storeCode);
        Date noon = Date.from(day.atTime(LocalTime.NOON).atZone(zone).toInstant());
        List<String> tiers = calendar.tierCodes();
        List<CalendarCampaign> campaigns = calendar.campaignsOn(storeCode, day);
        BroadleafRequestContext previous = BroadleafRequestContext.getBroadleafRequestContext();
        SystemTime.setLocalTimeSource(new FixedTimeSource(noon.getTime()));
        try {
            return rolledBack.execute(status -> {
                status.setRollbackOnly();
                useYuan(previous);
                List<Product> products = products(productIds);
                List<String> names = new ArrayList<String>();
                for (Product product : products) {
                    names.add(product.getName());
                }
                List<TierPreview> results = new ArrayList<TierPreview>();
                for (String tier : tiers) {
                    results.add(price(tier, products, quantity, multiplier(campaigns, tier)));
                }
                return new PreviewResult(storeCode, day, zone, noon, names, quantity, results);
            });
        } finally {
            SystemTime.resetLocalTimeSource();
            BroadleafRequestContext.setBroadleafRequestContext(previous);
        }
    }

    private TierPreview price(String tier, List<Product> products, int quantity, BigDecimal multiplier) {
        try {
            Order cart = orderService.createNewCartForCustomer(customerOf(tier));
            for (Product product : products) {
                cart = orderService.addItem(cart.getId(), new OrderItemRequestDTO(product.getId(),
                        product.getDefaultSku().getId(), quantity), false);
            }
            Order priced = orderService.save(cart, true);
            return read(tier, priced, multiplier);
        } catch (Exception e) {
            throw new IllegalStateException("Broadleaf could not price the sample cart for tier " + tier, e);
        }
    }

    private TierPreview read(String tier, Order priced, BigDecimal multiplier) {
        List<Long> offerIds = new ArrayList<Long>();
        List<Offer> offers = new ArrayList<Offer>();
        List<Money> amounts = new ArrayList<Money>();
        BigDecimal subtotal = BigDecimal.ZERO;
        for (OrderItem item : priced.getOrderItems()) {
            subtotal = subtotal.add(item.getTotalPriceBeforeAdjustments(true).getAmount());
            for (OrderItemPriceDetail detail : item.getOrderItemPriceDetails()) {
                for (OrderItemPriceDetailAdjustment adjustment : detail.getOrderItemPriceDetailAdjustments()) {
                    offers.add(adjustment.getOffer());
                    amounts.add(adjustment.getValue().multiply(detail.getQuantity()));
                }
            }
        }
        for (OrderAdjustment adjustment : priced.getOrderAdjustments()) {
            offers.add(adjustment.getOffer());
            amounts.add(adjustment.getValue());
        }
        for (Offer offer : offers) {
            offerIds.add(offer.getId());
        }
        Set<Long> memberDayOffers = offerIds.isEmpty() ? Collections.<Long>emptySet()
                : new HashSet<Long>(memberDayOffersOf(offerIds));
        List<TierPreview.Adjustment> adjustments = new ArrayList<TierPreview.Adjustment>();
        BigDecimal discounts = BigDecimal.ZERO;
        for (int i = 0; i < offers.size(); i++) {
            BigDecimal amount = money(amounts.get(i).getAmount());
            discounts = discounts.add(amount);
            adjustments.add(new TierPreview.Adjustment(offers.get(i).getName(), amount,
                    memberDayOffers.contains(offers.get(i).getId())));
        }
        return new TierPreview(tier, money(subtotal), adjustments, money(subtotal).subtract(discounts), multiplier);
    }

    private Set<Long> memberDayOffersOf(List<Long> offerIds) {
        Map<Long, ?> benefits = memberDayService.benefitsOfOffers(offerIds);
        return benefits.keySet();
    }

    /** A throw-away registered customer with the tier attribute, as the tier feature writes it. */
    private Customer customerOf(String tier) {
        Customer customer = customerService.createCustomer();
        String name = "gc-preview-" + UUID.randomUUID().toString().substring(0, 12);
        customer.setUsername(name);
        customer.setEmailAddress(name + "@preview.invalid");
        customer.setRegistered(true);
        CustomerAttribute attribute = new CustomerAttributeImpl();
        attribute.setName(MemberDayOfferRules.TIER_ATTRIBUTE);
        attribute.setValue(tier);
        attribute.setCustomer(customer);
        customer.getCustomerAttributes().put(MemberDayOfferRules.TIER_ATTRIBUTE, attribute);
        return customerService.saveCustomer(customer);
    }

    /** The tier's best multiplier of the day's campaigns, one when none gives more. */
    private static BigDecimal multiplier(List<CalendarCampaign> campaigns, String tier) {
        BigDecimal best = BigDecimal.ONE;
        for (CalendarCampaign campaign : campaigns) {
            CalendarBenefit benefit = campaign.benefitFor(tier);
            if (benefit != null && benefit.getPointsMultiplier().compareTo(best) > 0) {
                best = benefit.getPointsMultiplier();
            }
        }
        return best;
    }

    private List<Product> products(List<Long> productIds) {
        List<Product> products = new ArrayList<Product>();
        if (productIds != null && !productIds.isEmpty()) {
            for (Long id : productIds) {
                Product product = catalogService.findProductById(id);
                if (product == null || !sellable(product)) {
                    throw new IllegalArgumentException("No active product " + id);
                }
                products.add(product);
                if (products.size() == MAX_PRODUCTS) {
                    break;
                }
            }
            return products;
        }
        int offset = 0;
        while (products.size() < DEFAULT_PRODUCTS) {
            List<Product> page = catalogService.findAllProducts(50, offset);
            for (Product product : page) {
                if (products.size() < DEFAULT_PRODUCTS && sellable(product)) {
                    products.add(product);
                }
            }
            if (page.size() < 50) {
                break;
            }
            offset += 50;
        }
        if (products.isEmpty()) {
            throw new IllegalArgumentException("The catalog has no active product");
        }
        return products;
    }

    private static boolean sellable(Product product) {
        return product.isActive() && product.getDefaultSku() != null && product.getDefaultSku().getPrice() != null;
    }

    /** A request context of its own for the pricing, in yuan, keeping the caller's locale. */
    private void useYuan(BroadleafRequestContext previous) {
        BroadleafCurrency yuan = currencyService.findCurrencyByCode(CURRENCY);
        if (yuan == null) {
            throw new IllegalStateException("Broadleaf has no currency " + CURRENCY);
        }
        BroadleafRequestContext context = new BroadleafRequestContext();
        context.setBroadleafCurrency(yuan);
        if (previous != null) {
            context.setLocale(previous.getLocale());
        }
        BroadleafRequestContext.setBroadleafRequestContext(context);
    }

    private static BigDecimal money(BigDecimal amount) {
        return amount.setScale(2, RoundingMode.HALF_UP);
    }
}
