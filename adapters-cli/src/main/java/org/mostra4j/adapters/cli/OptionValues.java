package org.mostra4j.adapters.cli;

import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Option types that refuse bad values while the command line is parsed (exit 2, before any work), e.g.
 * {@code @Option(names = "--threads", converter = OptionValues.AtLeastOne.class) int threads}.
 */
public final class OptionValues {
    private static final Pattern SIZE = Pattern.compile("\\d+(\\.\\d+)?\\s*(B|KB|MB|GB|TB|KiB|MiB|GiB|TiB)");

    private OptionValues() {
    }

    /** A whole number >= 1. */
    public static final class AtLeastOne implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n = whole(value);
            if (n < 1) {
                throw new TypeConversionException("must be >= 1, was " + value);
            }
            return n;
        }
    }

    /** A whole number >= 0 (a count). */
    public static final class NotNegative implements ITypeConverter<Long> {
        @Override
        public Long convert(String value) {
            long n;
            try {
                n = Long.parseLong(value.trim());
            } catch (NumberFormatException e) {
                throw new TypeConversionException("must be a whole number >= 0, was '" + value + "'");
            }
            if (n < 0) {
                throw new TypeConversionException("must be >= 0, was " + value);
            }
            return n;
        }
    }

    /** A DuckDB memory size such as 512MB or 2GB. */
    public static final class MemorySize implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            if (!SIZE.matcher(value.trim()).matches()) {
                throw new TypeConversionException("must be a size like 512MB or 2GB, was '" + value + "'");
            }
            return value.trim();
        }
    }

    private static int whole(String value) {
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("must be a whole number, was '" + value + "'");
        }
    }
}
