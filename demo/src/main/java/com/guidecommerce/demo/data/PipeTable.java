package com.guidecommerce.demo.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the demo's pipe-separated data files (header row, then one record per line) from the class path. */
final class PipeTable {

    private PipeTable() {
    }

    static List<Map<String, String>> read(String resource) {
        InputStream in = PipeTable.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("Demo data file " + resource + " is missing from the class path");
        }
        List<Map<String, String>> rows = new ArrayList<Map<String, String>>();
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String[] header = reader.readLine().split("\\|", -1);
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.trim().isEmpty()) {
                    continue;
                }
                String[] cells = line.split("\\|", -1);
                if (cells.length != header.length) {
                    throw new IllegalStateException(resource + ": expected " + header.length + " cells in: " + line);
                }
                Map<String, String> row = new LinkedHashMap<String, String>();
                for (int i = 0; i < header.length; i++) {
                    row.put(header[i], cells[i].trim());
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read demo data file " + resource, e);
        }
        return rows;
    }
}
