package org.zhtext.spark;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The job commit: how the driver replaces the tables under the output directory so that, at any point where the
 * job may be killed, every table directory a reader finds is either the whole old table or the whole new one.
 * <p>
 * A job's staging directory is {@code OUT/_temporary/zhtext-JOB/}. Its task attempts write there
 * ({@code NNNNN-ATTEMPT/<table>/part-…}). The job commit then:
 * <ol>
 * <li>assembles every new table, complete, in {@code tables/<table>/} (the committed attempts' part files moved in
 *     by renames, then {@code _SUCCESS}); nothing under {@code OUT/<table>} has been touched yet;</li>
 * <li>creates the marker {@code _COMMITTED}: from here on the new tables win;</li>
 * <li>swaps each table: {@code OUT/<table>} (when it exists) is renamed to {@code old/<table>}, then
 *     {@code tables/<table>} to {@code OUT/<table>}: two renames of one directory each;</li>
 * <li>deletes the staging directory (with the old tables in it).</li>
 * </ol>
 * A job killed before the marker leaves the old tables as they were and a staging directory without a marker: the
 * next run deletes it ({@link #recover}). A job killed after the marker may leave some tables new and some old,
 * and, killed between a table's two renames, that one table missing: the next run (or {@link #main}) completes
 * the swap of every table still in {@code tables/} before it does anything else. The old table is never deleted
 * before the new one is complete and in place. Only {@code OUT/<table>} and {@code OUT/_temporary/zhtext-*} are
 * touched: other files under the output directory stay as they are.
 * <p>
 * Renames are atomic on the local file system (rename(2), through {@link Files#move} with
 * {@code ATOMIC_MOVE}: Hadoop's local rename falls back to a copy when rename(2) fails) and on HDFS; on object
 * stores a directory rename is a copy, so there a table can be seen part way through its rename (the old table is
 * still never deleted before the new one is complete).
 */
public final class OutputCommit {
    /** The marker of a job whose new tables are complete in {@code tables/}: recovery completes its swap. */
    static final String MARKER = "_COMMITTED";
    /** Prefix of the job staging directories under {@code OUT/_temporary/}. */
    static final String JOB_PREFIX = "zhtext-";
    /**
     * Test hook, off unless set: the driver halts ({@link Runtime#halt}, as {@code kill -9}: no cleanup, no shutdown
     * hooks) at the commit point of this name (see {@link #point}).
     */
    static final String HALT_PROPERTY = "zhtext.spark.test.haltAt";
    /** The exit status of such a halt. */
    static final int HALT_STATUS = 86;

    private OutputCommit() {}

    /**
     * Hadoop's configuration for the job's files: the local file system without checksums (Hadoop's default
     * local file system writes a {@code .NAME.crc} side file beside every file), uncached so that the setting is
     * not shared with the rest of the JVM.
     */
    static Configuration withoutChecksums(Configuration c) {
        Configuration copy = new Configuration(c);
        copy.setClass("fs.file.impl", RawLocalFileSystem.class, FileSystem.class);
        copy.setBoolean("fs.file.impl.disable.cache", true);
        return copy;
    }

    /** A named point of the commit; halts the JVM there when the test hook names it. */
    static void point(String name) {
        String halt = System.getProperty(HALT_PROPERTY);
        if (halt != null && halt.equals(name)) {
            System.err.println("zhtext: halted at commit point " + name + " (" + HALT_PROPERTY + ")");
            System.err.flush();
            Runtime.getRuntime().halt(HALT_STATUS);
        }
    }

    static Path temporary(Path out) {
        return new Path(out, "_temporary");
    }

    static Path tables(Path jobDir) {
        return new Path(jobDir, "tables");
    }

    /**
     * Renames a file or directory to a path that does not exist; fails when it cannot. On the local file system
     * one rename(2) (never Hadoop's fallback, a copy); elsewhere the file system's rename, refused when the target
     * exists (Hadoop would move a directory into an existing one).
     */
    static void rename(FileSystem fs, Path from, Path to) throws IOException {
        if (fs instanceof RawLocalFileSystem local) {
            java.nio.file.Path target = local.pathToFile(to).toPath();
            if (Files.exists(target, java.nio.file.LinkOption.NOFOLLOW_LINKS)) throw new IOException("cannot move " + from + " to " + to + ": it exists");
            Files.createDirectories(target.getParent());
            Files.move(local.pathToFile(from).toPath(), target, StandardCopyOption.ATOMIC_MOVE);
            return;
        }
        if (fs.exists(to)) throw new IOException("cannot move " + from + " to " + to + ": it exists");
        fs.mkdirs(to.getParent());
        if (!fs.rename(from, to)) throw new IOException("cannot move " + from + " to " + to);
    }

    /**
     * Steps 2–4 of the commit (the new tables are complete in {@code tables/}): the marker, the swap of every
     * table, the staging removed.
     */
    static void swap(FileSystem fs, Path out, Path jobDir) throws IOException {
        point("tables-assembled");
        fs.create(new Path(jobDir, MARKER), false).close();
        point("marked");
        completeSwap(fs, out, jobDir);
        point("swapped");
        delete(fs, out, jobDir);
    }

    /** Moves every table still in {@code tables/} into place, the old table (when there is one) aside first. */
    private static List<String> completeSwap(FileSystem fs, Path out, Path jobDir) throws IOException {
        List<String> moved = new ArrayList<>();
        for (String name : TableSchemas.NAMES) {
            Path next = new Path(tables(jobDir), name);
            if (!fs.exists(next)) continue; // swapped already
            Path t = new Path(out, name);
            if (fs.exists(t)) {
                rename(fs, t, new Path(new Path(jobDir, "old"), name));
                point("aside:" + name);
            }
            rename(fs, next, t);
            point("swapped:" + name);
            moved.add(name);
        }
        return moved;
    }

    /** Removes a job's staging directory, and {@code _temporary} when nothing else is left in it. */
    static void delete(FileSystem fs, Path out, Path jobDir) throws IOException {
        if (fs.exists(jobDir) && !fs.delete(jobDir, true)) throw new IOException("cannot delete " + jobDir);
        Path temporary = temporary(out);
        if (fs.exists(temporary) && fs.listStatus(temporary).length == 0) fs.delete(temporary, false);
    }

    /**
     * Finishes what interrupted jobs left under {@code out}: a job with the marker has its swap completed (its
     * new tables moved into place), a job without it has its staging deleted (its tables were never touched).
     * One line per job done, for stderr; none when there was nothing to do. Run before a job does anything else;
     * one job at a time per output directory (a running job's staging would be taken for an interrupted one's).
     */
    static List<String> recover(Path out, Configuration c) throws IOException {
        FileSystem fs = out.getFileSystem(c);
        Path temporary = temporary(out);
        List<String> done = new ArrayList<>();
        if (!fs.exists(temporary) || !fs.getFileStatus(temporary).isDirectory()) return done;
        List<FileStatus> jobs = new ArrayList<>();
        for (FileStatus s : fs.listStatus(temporary)) {
            if (s.isDirectory() && s.getPath().getName().startsWith(JOB_PREFIX)) jobs.add(s);
        }
        jobs.sort(java.util.Comparator.comparing(s -> s.getPath().getName())); // job names start with their time
        for (FileStatus s : jobs) {
            Path jobDir = s.getPath();
            String job = jobDir.getName().substring(JOB_PREFIX.length());
            if (fs.exists(new Path(jobDir, MARKER))) {
                List<String> moved = completeSwap(fs, out, jobDir);
                delete(fs, out, jobDir);
                done.add("completed the interrupted commit of job " + job + " under " + out
                        + (moved.isEmpty() ? " (its tables were in place)" : ": new " + String.join(", ", moved) + " moved into place"));
            } else {
                delete(fs, out, jobDir);
                done.add("removed the staging of job " + job + ", interrupted before its commit, under " + out + " (the tables are as they were)");
            }
        }
        return done;
    }

    /**
     * {@code java -cp zhtext.jar:SPARK_JARS org.zhtext.spark.OutputCommit OUT}: the recovery a job runs first, alone
     * (no Spark session). Exit 0 (a line per interrupted job on stderr), 2 when it cannot.
     */
    public static void main(String[] args) {
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        if (args.length != 1) {
            err.println("zhtext: usage: OutputCommit OUTPUT_DIR (completes or rolls back an interrupted job's commit)");
            System.exit(2);
        }
        try {
            Path out = new Path(args[0].replaceAll("(?<=.)/+$", ""));
            if (!out.getFileSystem(new Configuration()).exists(out)) {
                err.println("zhtext: " + out + ": no such directory");
                System.exit(2);
            }
            for (String line : recover(out, withoutChecksums(new Configuration()))) err.println("zhtext: " + line);
        } catch (IOException | RuntimeException e) {
            err.println("zhtext: cannot recover " + args[0] + ": " + e);
            System.exit(2);
        }
        System.exit(0);
    }
}
