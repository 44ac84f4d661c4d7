package com.guidecommerce.core.common;

import org.apache.commons.codec.digest.HmacAlgorithms;
import org.apache.commons.codec.digest.HmacUtils;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

import java.io.IOException;
import java.io.StringReader;

/**
 * Fails the mall's start with a clear message when an older commons-codec or commons-io than the plugin needs won
 * Maven's choice (Broadleaf 3.1 brings 1.4 and 2.4; a mall that declares Broadleaf before the plugin keeps them).
 * Otherwise signatures, share codes and CSV imports would fail at their first use, in the middle of a sale or an
 * import. Bean {@code gcLibraryCheck}.
 */
public class LibraryCheck {

    /** Uses each library the way the plugin does, once. */
    public void check() {
        try {
            new HmacUtils(HmacAlgorithms.HMAC_SHA_256, "key").hmacHex("value");
            try (CSVParser parser = CSVParser.parse(new StringReader("a,b\r\n"), CSVFormat.RFC4180)) {
                parser.getRecords();
            }
        } catch (LinkageError old) {
            throw new IllegalStateException("Guide Commerce needs commons-codec 1.23.0 and commons-io 2.22.0, but an older"
                    + " version is on the class path (Broadleaf 3.1 brings commons-codec 1.4 and commons-io 2.4): pin"
                    + " both in the mall's pom, as the README's install step 1 says", old);
        } catch (IOException e) {
            throw new IllegalStateException("Commons CSV could not read a two-field line", e);
        }
    }
}
