package org.mostra4j.adapters.ml.encoder.model;

import io.vavr.control.Either;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

/**
 * Reads a model file's zip strictly, so that damage anywhere in the file is found: every byte must belong to a
 * local entry (header, data checked by its CRC-32 and sizes, data descriptor), to the central directory (each
 * record equal, field by field, to its local entry and to what {@code ZipOutputStream} writes) or to the end
 * record, which must close the file exactly. {@code ZipInputStream} alone never reads the central directory or the
 * end record, so a cut or flipped tail went unnoticed; {@code ZipFile} tolerates trailing bytes and comment
 * lengths that disagree with the file. Model files written by earlier builds pass unchanged: the format did not
 * change, only how strictly it is read.
 */
final class ModelArchive {
    private static final int LOC = 0x04034b50;
    private static final int EXT = 0x08074b50;
    private static final int CEN = 0x02014b50;
    private static final int END = 0x06054b50;
    private static final int LOC_SIZE = 30;
    private static final int CEN_SIZE = 46;
    private static final int END_SIZE = 22;
    private static final int DATA_DESCRIPTOR = 0x08;
    private static final int STORED = 0;
    private static final int DEFLATED = 8;
    /** The largest entry inflated (far above any model's weights): a damaged size cannot exhaust memory. */
    private static final long MAX_ENTRY = Integer.MAX_VALUE - 8;

    private ModelArchive() {
    }

    /** The entries by name, in file order, or what is wrong (without the file's name). */
    static Either<String, Map<String, byte[]>> read(byte[] file) {
        try {
            return Either.right(new Reader(file).entries());
        } catch (Damage e) {
            return Either.left(e.getMessage());
        }
    }

    /** A structural fault found at a byte offset. */
    private static final class Damage extends Exception {
        Damage(long offset, String what) {
            super(what + " at byte " + offset);
        }
    }

    /** One local entry as found, for the central directory to be compared with. */
    private record Local(int offset, byte[] header, String name, byte[] extra, long crc, long compressed, long size) {
    }

    private static final class Reader {
        private final byte[] bytes;
        private final ByteBuffer buf;

        Reader(byte[] bytes) {
            this.bytes = bytes;
            this.buf = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        }

        Map<String, byte[]> entries() throws Damage {
            Map<String, byte[]> out = new LinkedHashMap<>();
            List<Local> locals = new ArrayList<>();
            int pos = 0;
            while (pos + 4 <= bytes.length && buf.getInt(pos) == LOC) {
                Map.Entry<Local, byte[]> entry = local(pos);
                Local l = entry.getKey();
                if (out.put(l.name(), entry.getValue()) != null) {
                    throw new Damage(pos, "entry " + l.name() + " appears twice");
                }
                locals.add(l);
                pos = next;
            }
            if (locals.isEmpty()) {
                throw new Damage(0, "not a zip archive (no entry header)");
            }
            int centralStart = pos;
            for (Local l : locals) {
                pos = central(pos, l);
            }
            end(pos, centralStart, locals.size());
            return out;
        }

        /** Where the entry just read ends. */
        private int next;

        private Map.Entry<Local, byte[]> local(int at) throws Damage {
            need(at, LOC_SIZE, "local header");
            int flag = u16(at + 6);
            int method = u16(at + 8);
            int nameLen = u16(at + 26);
            int extraLen = u16(at + 28);
            need(at + LOC_SIZE, nameLen + extraLen, "entry name");
            String name = new String(bytes, at + LOC_SIZE, nameLen, StandardCharsets.UTF_8);
            byte[] extra = Arrays.copyOfRange(bytes, at + LOC_SIZE + nameLen, at + LOC_SIZE + nameLen + extraLen);
            int data = at + LOC_SIZE + nameLen + extraLen;
            boolean described = (flag & DATA_DESCRIPTOR) != 0;
            if (method != STORED && method != DEFLATED) {
                throw new Damage(at + 8, "unknown compression method " + method + " of " + name);
            }
            if (described && (u32(at + 14) != 0 || u32(at + 18) != 0 || u32(at + 22) != 0)) {
                throw new Damage(at + 14, "sizes in the local header of " + name + " where a data descriptor is declared");
            }
            byte[] content;
            int consumed;
            if (method == DEFLATED) {
                long[] used = new long[1];
                content = inflate(data, name, used);
                consumed = (int) used[0];
            } else {
                if (described) {
                    throw new Damage(at + 6, "stored entry " + name + " without sizes");
                }
                long size = u32(at + 22);
                need(data, size, "data of " + name);
                content = Arrays.copyOfRange(bytes, data, data + (int) size);
                consumed = (int) size;
            }
            long crc;
            long compressed;
            long size;
            int after = data + consumed;
            if (described) {
                need(after, 16, "data descriptor of " + name);
                if (buf.getInt(after) != EXT) {
                    throw new Damage(after, "data descriptor of " + name + " has no signature");
                }
                crc = u32(after + 4);
                compressed = u32(after + 8);
                size = u32(after + 12);
                after += 16;
            } else {
                crc = u32(at + 14);
                compressed = u32(at + 18);
                size = u32(at + 22);
            }
            CRC32 actual = new CRC32();
            actual.update(content);
            if (actual.getValue() != crc || compressed != consumed || size != content.length) {
                throw new Damage(data, "entry " + name + " fails its CRC-32 or size check");
            }
            next = after;
            byte[] header = Arrays.copyOfRange(bytes, at + 4, at + 14);
            return Map.entry(new Local(at, header, name, extra, crc, compressed, size), content);
        }

        private byte[] inflate(int from, String name, long[] used) throws Damage {
            Inflater inflater = new Inflater(true);
            try {
                inflater.setInput(bytes, from, bytes.length - from);
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                byte[] chunk = new byte[64 * 1024];
                while (!inflater.finished()) {
                    int n = inflater.inflate(chunk);
                    if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                        throw new Damage(from, "data of " + name + " ends early");
                    }
                    out.write(chunk, 0, n);
                    if (out.size() > MAX_ENTRY) {
                        throw new Damage(from, "data of " + name + " inflates beyond any model's size");
                    }
                }
                used[0] = inflater.getBytesRead();
                return out.toByteArray();
            } catch (DataFormatException e) {
                throw new Damage(from, "data of " + name + " is not valid deflate data (" + e.getMessage() + ")");
            } finally {
                inflater.end();
            }
        }

        private int central(int at, Local l) throws Damage {
            need(at, CEN_SIZE, "central directory record of " + l.name());
            if (buf.getInt(at) != CEN) {
                throw new Damage(at, "central directory record of " + l.name() + " is missing");
            }
            int nameLen = u16(at + 28);
            int extraLen = u16(at + 30);
            need(at + CEN_SIZE, nameLen + extraLen, "central directory record of " + l.name());
            boolean same = u16(at + 4) == u16(at + 6)
                    && Arrays.equals(bytes, at + 6, at + 16, l.header(), 0, l.header().length)
                    && u32(at + 16) == l.crc() && u32(at + 20) == l.compressed() && u32(at + 24) == l.size()
                    && u16(at + 32) == 0 && u16(at + 34) == 0 && u16(at + 36) == 0 && u32(at + 38) == 0
                    && u32(at + 42) == l.offset()
                    && new String(bytes, at + CEN_SIZE, nameLen, StandardCharsets.UTF_8).equals(l.name())
                    && Arrays.equals(bytes, at + CEN_SIZE + nameLen, at + CEN_SIZE + nameLen + extraLen, l.extra(), 0,
                            l.extra().length);
            if (!same) {
                throw new Damage(at, "central directory record of " + l.name() + " disagrees with its entry");
            }
            return at + CEN_SIZE + nameLen + extraLen;
        }

        private void end(int at, int centralStart, int entries) throws Damage {
            if (at + END_SIZE != bytes.length) {
                throw new Damage(at, bytes.length < at + END_SIZE ? "the end record is cut off"
                        : (bytes.length - at - END_SIZE) + " bytes follow where only the end record belongs");
            }
            boolean good = buf.getInt(at) == END && u16(at + 4) == 0 && u16(at + 6) == 0 && u16(at + 8) == entries
                    && u16(at + 10) == entries && u32(at + 12) == at - centralStart && u32(at + 16) == centralStart
                    && u16(at + 20) == 0;
            if (!good) {
                throw new Damage(at, "the end record is damaged");
            }
        }

        private void need(long at, long length, String what) throws Damage {
            if (at + length > bytes.length) {
                throw new Damage(at, what + " is cut off");
            }
        }

        private int u16(int at) {
            return Short.toUnsignedInt(buf.getShort(at));
        }

        private long u32(int at) {
            return Integer.toUnsignedLong(buf.getInt(at));
        }
    }
}
