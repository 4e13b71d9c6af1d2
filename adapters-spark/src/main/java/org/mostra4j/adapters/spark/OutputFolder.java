package org.mostra4j.adapters.spark;

import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Where a job's rows go: Spark's part files are written into a hidden temporary folder beside {@code --out}
 * and renamed to it at the end, so a failed job leaves nothing half-written under the name asked for.
 * Works on any file system Spark writes to (local, HDFS, object stores through Hadoop).
 */
final class OutputFolder {
    private final Path target;
    private final FileSystem fs;

    private OutputFolder(Path target, FileSystem fs) {
        this.target = target;
        this.fs = fs;
    }

    /** Refuses an existing target before any work is done. */
    static OutputFolder at(SparkSession spark, String out) {
        try {
            Configuration conf = spark.sparkContext().hadoopConfiguration();
            Path target = new Path(out);
            FileSystem fs = target.getFileSystem(conf);
            if (fs.exists(target)) {
                throw new InputException(out + ": already exists (choose a new --out folder or remove it)");
            }
            return new OutputFolder(fs.makeQualified(target), fs);
        } catch (IOException e) {
            throw new InputException(out + ": cannot be used as the output folder (" + e.getMessage() + ")");
        }
    }

    /** Writes {@code rows} as Parquet or as CSV part files with a header, then renames into place. */
    void write(Dataset<Row> rows, Format format) throws IOException {
        Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp-" + UUID.randomUUID());
        try {
            var writer = rows.write();
            if (format == Format.csv) {
                writer.option("header", "true").csv(tmp.toString());
            } else {
                writer.parquet(tmp.toString());
            }
            if (!fs.rename(tmp, target)) {
                throw new IOException("cannot rename " + tmp + " to " + target);
            }
        } finally {
            if (fs.exists(tmp)) {
                fs.delete(tmp, true);
            }
        }
    }

    @Override
    public String toString() {
        return target.toString();
    }

    /** The output file format. */
    enum Format { parquet, csv }
}
