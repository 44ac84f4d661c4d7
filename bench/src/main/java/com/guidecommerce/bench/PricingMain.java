package com.guidecommerce.bench;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrencyImpl;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.pricing.service.PricingService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.Date;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * The member-day pricing benchmark: one member's cart of five lines is priced through Broadleaf's pricing workflow
 * (offers, totals, taxes, shipping) in segments that alternate between "no plugin offers" and "today is a member day
 * whose campaign gives the member's tier a discount", in one run, and the time per pricing of the two states is
 * compared against the goal: at most 5 % slower, or at most 2 ms more per pricing.
 */
public final class PricingMain {

    private static final double GOAL_RATIO = 1.05;
    private static final double GOAL_EXTRA_MILLIS = 2.0;

    private PricingMain() {
    }

    public static void main(String[] args) throws Exception {
        PricingOptions options = PricingOptions.parse(args);
        long t0 = System.nanoTime();
        try (ConfigurableApplicationContext context = BenchContext.boot(options.connection, false, 4)) {
            System.out.printf("[pricing] Broadleaf booted on %s in %.0f s%n", options.connection.url,
                    (System.nanoTime() - t0) / 1e9);
            TransactionTemplate transaction = new TransactionTemplate(
                    context.getBean("blTransactionManager", PlatformTransactionManager.class));
            BroadleafCurrency yuan = transaction.execute(status -> yuan(context));
            useCurrency(yuan);
            MemberDaySwitch campaign = new MemberDaySwitch(context, transaction);
            Customer member = transaction.execute(status -> campaign.member(
                    context.getBean("blCustomerService", CustomerService.class)));
            Long cartId = transaction.execute(status -> cart(context, member, options.lines));

            EntityManagerFactory emf = context.getBean("entityManagerFactory", EntityManagerFactory.class);
            PricingService pricing = context.getBean("blPricingService", PricingService.class);
            OrderService orders = context.getBean("blOrderService", OrderService.class);
            EntityManager entityManager = emf.createEntityManager();
            TransactionSynchronizationManager.bindResource(emf, new EntityManagerHolder(entityManager));
            try {
                Order cart = orders.findOrderById(cartId);
                Money full = price(pricing, cart, 1).getSubTotal();
                campaign.activate();
                Money discounted = price(pricing, cart, 1).getTotal();
                System.out.printf("[pricing] cart of %d lines, subtotal %s; with the member day: %s adjustment(s),"
                                + " order total %s%n", options.lines, full, cart.getOrderAdjustments().size(),
                        discounted);
                if (cart.getOrderAdjustments().isEmpty()) {
                    throw new IllegalStateException("The member-day campaign gave the cart no adjustment: nothing to measure");
                }
                price(pricing, cart, options.warmup);
                campaign.deactivate();
                price(pricing, cart, options.warmup);
                if (!price(pricing, cart, 1).getOrderAdjustments().isEmpty()) {
                    throw new IllegalStateException("The cart still has an adjustment without the campaign");
                }

                long[] off = new long[options.segments / 2];
                long[] on = new long[options.segments / 2];
                for (int segment = 0; segment < options.segments; segment++) {
                    boolean active = segment % 2 == 1;
                    if (active) {
                        campaign.activate();
                    } else if (segment > 0) {
                        campaign.deactivate();
                    }
                    price(pricing, cart, 50);
                    long start = System.nanoTime();
                    price(pricing, cart, options.pricings);
                    long took = System.nanoTime() - start;
                    (active ? on : off)[segment / 2] = took;
                    System.out.printf("[pricing] segment %d %-24s %8.3f ms per pricing%n", segment + 1,
                            active ? "member day" : "no plugin offers", took / 1e6 / options.pricings);
                }
                report(off, on, options.pricings, options.lines);
            } finally {
                TransactionSynchronizationManager.unbindResource(emf);
                entityManager.close();
            }
        }
    }

    private static void report(long[] off, long[] on, int pricings, int lines) {
        double offMillis = sum(off) / 1e6 / (off.length * (double) pricings);
        double onMillis = sum(on) / 1e6 / (on.length * (double) pricings);
        double ratio = onMillis / offMillis;
        boolean pass = ratio <= GOAL_RATIO || onMillis - offMillis <= GOAL_EXTRA_MILLIS;
        System.out.printf("[pricing] %d-line cart: no plugin offers %.3f ms, member day %.3f ms per pricing;"
                        + " %+.1f %% (%+.3f ms)   goal <= +5 %% or <= +2 ms  %s%n", lines, offMillis, onMillis,
                (ratio - 1) * 100, onMillis - offMillis, pass ? "PASS" : "MISS");
    }

    private static long sum(long[] values) {
        long total = 0;
        for (long v : values) {
            total += v;
        }
        return total;
    }

    private static Order price(PricingService pricing, Order cart, int times) throws Exception {
        Order priced = cart;
        for (int i = 0; i < times; i++) {
            priced = pricing.executePricing(cart);
        }
        return priced;
    }

    private static BroadleafCurrency yuan(ConfigurableApplicationContext context) {
        BroadleafCurrencyService currencies = context.getBean("blCurrencyService", BroadleafCurrencyService.class);
        BroadleafCurrency cny = currencies.findCurrencyByCode("CNY");
        if (cny == null) {
            BroadleafCurrency currency = new BroadleafCurrencyImpl();
            currency.setCurrencyCode("CNY");
            currency.setFriendlyName("Chinese Yuan");
            currency.setDefaultFlag(true);
            cny = currencies.save(currency);
        }
        return cny;
    }

    /** What the storefront's request filter puts on a request thread: the currency offers and prices are in. */
    private static void useCurrency(BroadleafCurrency yuan) {
        BroadleafRequestContext request = new BroadleafRequestContext();
        request.setBroadleafCurrency(yuan);
        BroadleafRequestContext.setBroadleafRequestContext(request);
    }

    private static Long cart(ConfigurableApplicationContext context, Customer member, int lines) {
        CatalogService catalog = context.getBean("blCatalogService", CatalogService.class);
        OrderService orders = context.getBean("blOrderService", OrderService.class);
        try {
            Order cart = orders.createNewCartForCustomer(member);
            for (int i = 1; i <= lines; i++) {
                Product product = product(catalog, "Bench item " + i, new BigDecimal(99 + 100 * i));
                cart = orders.addItem(cart.getId(), new OrderItemRequestDTO(product.getId(),
                        product.getDefaultSku().getId(), 1 + i % 2), true);
            }
            return cart.getId();
        } catch (Exception e) {
            throw new IllegalStateException("Could not build the benchmark's cart", e);
        }
    }

    private static Product product(CatalogService catalog, String name, BigDecimal price) {
        Sku sku = catalog.createSku();
        sku.setName(name);
        sku.setRetailPrice(new Money(price));
        sku.setActiveStartDate(new Date(SystemTime.asMillis() - 86_400_000L));
        sku.setDiscountable(true);
        sku.setAvailable(true);
        Product product = catalog.createProduct(ProductType.PRODUCT);
        product.setDefaultSku(sku);
        sku.setDefaultProduct(product);
        product.setUrl("/" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        return catalog.saveProduct(product);
    }
}
