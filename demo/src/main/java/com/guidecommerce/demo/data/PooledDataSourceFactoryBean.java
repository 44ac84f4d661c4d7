package com.guidecommerce.demo.data;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.FactoryBean;

import javax.sql.DataSource;

/**
 * The demo's connection pool, exposed as a plain {@link DataSource}. Broadleaf's JMX exporter auto-registers every
 * MBean-typed bean under its bean name; with the storefront and the admin in one JVM, a HikariDataSource bean of the
 * same name in both would collide.
 */
public class PooledDataSourceFactoryBean implements FactoryBean<DataSource>, DisposableBean {

    private final HikariDataSource dataSource;

    public PooledDataSourceFactoryBean(String driverClassName, String url, String user, String password, String poolName) {
        HikariConfig config = new HikariConfig();
        config.setDriverClassName(driverClassName);
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(10);
        config.setPoolName(poolName);
        this.dataSource = new HikariDataSource(config);
    }

    @Override
    public DataSource getObject() {
        return dataSource;
    }

    @Override
    public Class<?> getObjectType() {
        return DataSource.class;
    }

    @Override
    public boolean isSingleton() {
        return true;
    }

    @Override
    public void destroy() {
        dataSource.close();
    }
}
