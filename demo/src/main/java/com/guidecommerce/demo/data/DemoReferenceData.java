package com.guidecommerce.demo.data;

import org.broadleafcommerce.common.currency.domain.BroadleafCurrency;
import org.broadleafcommerce.common.currency.domain.BroadleafCurrencyImpl;
import org.broadleafcommerce.common.currency.service.BroadleafCurrencyService;
import org.broadleafcommerce.common.locale.domain.Locale;
import org.broadleafcommerce.common.locale.domain.LocaleImpl;
import org.broadleafcommerce.common.locale.service.LocaleService;
import org.broadleafcommerce.profile.core.domain.Country;
import org.broadleafcommerce.profile.core.domain.CountryImpl;
import org.broadleafcommerce.profile.core.service.CountryService;

import javax.annotation.Resource;

/** Currency (yuan), the two storefront locales (zh_CN by default, en_US) and the country China. */
public class DemoReferenceData {

    @Resource(name = "blCurrencyService")
    protected BroadleafCurrencyService currencyService;

    @Resource(name = "blLocaleService")
    protected LocaleService localeService;

    @Resource(name = "blCountryService")
    protected CountryService countryService;

    public void load() {
        BroadleafCurrency cny = new BroadleafCurrencyImpl();
        cny.setCurrencyCode("CNY");
        cny.setFriendlyName("人民币");
        cny.setDefaultFlag(true);
        cny = currencyService.save(cny);

        localeService.save(locale("zh_CN", "简体中文", true, cny));
        localeService.save(locale("en_US", "English", false, cny));

        Country china = new CountryImpl();
        china.setAbbreviation("CN");
        china.setName("中国");
        countryService.save(china);
    }

    private static Locale locale(String code, String name, boolean isDefault, BroadleafCurrency currency) {
        Locale locale = new LocaleImpl();
        locale.setLocaleCode(code);
        locale.setFriendlyName(name);
        locale.setDefaultFlag(isDefault);
        locale.setDefaultCurrency(currency);
        return locale;
    }
}
