package org.mostra4j.adapters.persistence.importing;

/**
 * The shape of a delimited text file, always given to DuckDB explicitly (no sniffing).
 *
 * @param delimiter the field separator
 * @param quoted    whether fields may be quoted with {@code "} (CSV) or never are (Last.fm TSV, where a
 *                  quote is an ordinary character of a track name)
 * @param header    whether line 1 names the columns
 */
public record TextDialect(char delimiter, boolean quoted, boolean header) {
    public static final TextDialect CSV = new TextDialect(',', true, true);
    public static final TextDialect TSV_NO_HEADER = new TextDialect('\t', false, false);

    int quoteByte() {
        return quoted ? '"' : -1;
    }

    String readCsvOptions() {
        String delim = delimiter == '\t' ? "\\t" : String.valueOf(delimiter);
        String quoting = quoted ? "quote = '\"', escape = '\"'" : "quote = '', escape = ''";
        return "delim = E'" + delim + "', " + quoting + ", header = " + header;
    }
}
