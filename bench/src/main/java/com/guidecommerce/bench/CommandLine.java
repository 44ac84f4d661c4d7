package com.guidecommerce.bench;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** Options of the form {@code --name value} and {@code --flag}, each handed to what it sets; {@code --help} prints usage. */
final class CommandLine {

    private final Map<String, Consumer<String>> valued = new LinkedHashMap<>();
    private final Map<String, Runnable> flags = new LinkedHashMap<>();
    private final String usage;

    CommandLine(String usage) {
        this.usage = usage;
    }

    CommandLine value(String name, Consumer<String> setter) {
        valued.put(name, setter);
        return this;
    }

    CommandLine flag(String name, Runnable setter) {
        flags.put(name, setter);
        return this;
    }

    void parse(String[] args) {
        for (int i = 0; i < args.length; i++) {
            String name = args[i];
            if ("--help".equals(name)) {
                System.out.println(usage);
                System.exit(0);
            } else if (flags.containsKey(name)) {
                flags.get(name).run();
            } else if (valued.containsKey(name)) {
                if (i + 1 == args.length) {
                    throw new IllegalArgumentException(name + " needs a value");
                }
                valued.get(name).accept(args[++i]);
            } else {
                throw new IllegalArgumentException("Unknown option " + name + "\n" + usage);
            }
        }
    }
}
