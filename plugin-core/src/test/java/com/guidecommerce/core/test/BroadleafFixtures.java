package com.guidecommerce.core.test;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrencyImpl;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.money.Money;
import org.broadleafcommerce.common.payment.PaymentGatewayType;
import org.broadleafcommerce.common.payment.PaymentTransactionType;
import org.broadleafcommerce.common.payment.PaymentType;
import org.broadleafcommerce.common.time.SystemTime;
import org.broadleafcommerce.common.web.BroadleafRequestContext;
import org.broadleafcommerce.core.catalog.domain.Product;
import org.broadleafcommerce.core.catalog.domain.Sku;
import org.broadleafcommerce.core.catalog.service.CatalogService;
import org.broadleafcommerce.core.catalog.service.type.ProductType;
import org.broadleafcommerce.core.order.domain.Order;
import org.broadleafcommerce.core.order.service.OrderService;
import org.broadleafcommerce.core.order.service.call.OrderItemRequestDTO;
import org.broadleafcommerce.core.payment.domain.OrderPayment;
import org.broadleafcommerce.core.payment.domain.PaymentTransaction;
import org.broadleafcommerce.core.payment.service.OrderPaymentService;
import org.broadleafcommerce.profile.core.domain.Customer;
import org.broadleafcommerce.profile.core.service.CustomerService;
import org.springframework.context.ApplicationContext;
import org.springframework.orm.jpa.EntityManagerHolder;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.math.BigDecimal;
import java.util.Date;
import java.util.UUID;
import javax.persistence.EntityManager;
import javax.persistence.EntityManagerFactory;

/**
 * Builds real Broadleaf data (currency, products, customers, carts, payments) through Broadleaf's own services,
 * for context tests.
 */
public class BroadleafFixtures {

    private final CatalogService catalogService;
    private final CustomerService customerService;
    private final OrderService orderService;
    private final OrderPaymentService orderPaymentService;
    private final BroadleafCurrencyService currencyService;
    private final TransactionTemplate transaction;
    private final EntityManagerFactory entityManagerFactory;

    public BroadleafFixtures(ApplicationContext context) {
        this.catalogService = context.getBean("blCatalogService", CatalogService.class);
        this.customerService = context.getBean("blCustomerService", CustomerService.class);
        this.orderService = context.getBean("blOrderService", OrderService.class);
        this.orderPaymentService = context.getBean("blOrderPaymentService", OrderPaymentService.class);
        this.currencyService = context.getBean("blCurrencyService", BroadleafCurrencyService.class);
        this.entityManagerFactory = context.getBean("entityManagerFactory", EntityManagerFactory.class);
        this.transaction = new TransactionTemplate(context.getBean("blTransactionManager", PlatformTransactionManager.class));
    }

    /**
     * Binds an entity manager to this thread for the length of a test, as Broadleaf's storefront does per request
     * with OpenEntityManagerInViewFilter; checkout relies on lazy collections staying loadable. Closing it also puts
     * back the request context the thread had before (tests that follow save customers, and Broadleaf's customer
     * listener reads the thread's request context after each commit).
     */
    public AutoCloseable openEntityManagerInView() {
        final BroadleafRequestContext before = BroadleafRequestContext.getBroadleafRequestContext();
        EntityManager entityManager = entityManagerFactory.createEntityManager();
        TransactionSynchronizationManager.bindResource(entityManagerFactory, new EntityManagerHolder(entityManager));
        return () -> {
            TransactionSynchronizationManager.unbindResource(entityManagerFactory);
            entityManager.close();
            BroadleafRequestContext.setBroadleafRequestContext(before);
        };
    }

    /** Puts a request context with the CNY currency on this thread, as the storefront's request filter would. */
    public BroadleafCurrency useYuanOnThisThread() {
        BroadleafCurrency cny = currencyService.findCurrencyByCode("CNY");
        if (cny == null) {
            BroadleafCurrency currency = new BroadleafCurrencyImpl();
            currency.setCurrencyCode("CNY");
            currency.setFriendlyName("Chinese Yuan");
            currency.setDefaultFlag(true);
            // Broadleaf's currency service does not open a transaction of its own.
            cny = transaction.execute(status -> currencyService.save(currency));
        }
        BroadleafRequestContext context = new BroadleafRequestContext();
        context.setBroadleafCurrency(cny);
        BroadleafRequestContext.setBroadleafRequestContext(context);
        return cny;
    }

    public Product product(String name, String price) {
        Sku sku = catalogService.createSku();
        sku.setName(name);
        sku.setRetailPrice(new Money(new BigDecimal(price)));
        sku.setActiveStartDate(new Date(SystemTime.asMillis() - 86_400_000L));
        sku.setDiscountable(true);
        sku.setAvailable(true);

        Product product = catalogService.createProduct(ProductType.PRODUCT);
        product.setDefaultSku(sku);
        sku.setDefaultProduct(product);
        product.setUrl("/" + name.toLowerCase().replaceAll("[^a-z0-9]+", "-"));
        return catalogService.saveProduct(product);
    }

    public Customer registeredCustomer() {
        Customer customer = customerService.createCustomer();
        String name = "shopper-" + UUID.randomUUID().toString().substring(0, 8);
        customer.setUsername(name);
        customer.setEmailAddress(name + "@example.com");
        customer.setFirstName("Test");
        customer.setLastName("Shopper");
        customer.setRegistered(true);
        return customerService.saveCustomer(customer);
    }

    public Order cartWith(Customer customer, Product product, int quantity) throws Exception {
        Order cart = orderService.createNewCartForCustomer(customer);
        return orderService.addItem(cart.getId(),
                new OrderItemRequestDTO(product.getId(), product.getDefaultSku().getId(), quantity), true);
    }

    /** Pays the whole order with a captured passthrough (cash-on-delivery) payment. */
    public Order payInFull(Order order) throws Exception {
        return pay(order, order.getTotal());
    }

    /** Pays {@code amount} of the order with a captured passthrough (cash-on-delivery) payment. */
    public Order pay(Order order, Money amount) throws Exception {
        OrderPayment payment = orderPaymentService.create();
        payment.setType(PaymentType.COD);
        payment.setPaymentGatewayType(PaymentGatewayType.PASSTHROUGH);
        payment.setAmount(amount);
        payment.setOrder(order);
        PaymentTransaction capture = orderPaymentService.createTransaction();
        capture.setType(PaymentTransactionType.AUTHORIZE_AND_CAPTURE);
        capture.setAmount(amount);
        capture.setSuccess(true);
        capture.setOrderPayment(payment);
        payment.addTransaction(capture);
        order.getPayments().add(orderPaymentService.save(payment));
        return orderService.save(order, false);
    }
}
