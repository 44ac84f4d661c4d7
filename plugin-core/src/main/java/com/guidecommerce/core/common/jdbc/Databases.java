package com.guidecommerce.core.common.jdbc;

import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcOperations;

import java.sql.Connection;
import java.sql.SQLException;

/** Which database a connection leads to, for the few statements MySQL (and MariaDB) and HSQLDB spell differently. */
public final class Databases {

    private Databases() {
    }

    public static boolean isMysql(JdbcOperations jdbc) {
        String product = jdbc.execute(new ConnectionCallback<String>() {
            @Override
            public String doInConnection(Connection con) throws SQLException {
                return con.getMetaData().getDatabaseProductName();
            }
        });
        return product != null && (product.contains("MySQL") || product.contains("MariaDB"));
    }
}
