package org.zhtext.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs the real zhtext command in-process and captures exit status, stdout and stderr (jbang's test style). */
final class Cli {
    record Result(int code, String out, String err) {}

    private Cli() {}

    static Result run(String... args) {
        return runWithStdin(null, args);
    }

    static Result runWithStdin(String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        byte[] in = stdin == null ? new byte[0] : stdin.getBytes(StandardCharsets.UTF_8);
        Streams s = new Streams(new ByteArrayInputStream(in), out, new PrintStream(err, true, StandardCharsets.UTF_8),
                stdin == null, false);
        int code = Main.execute(s, args);
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
