package vn.ptdv.report;

/**
 * The CRC-32 of two pieces of data one after the other, from the CRC-32 of each and the second's length,
 * without reading the data again: a zip entry's CRC when its parts were made on different threads. This is
 * zlib's crc32_combine (the JDK's CRC32 has no such method): appending n zero bytes to data is a linear
 * map on its CRC, raised to the n-th power by repeated squaring of the one-zero-bit map.
 */
final class Crc32Join {
    /** The reversed CRC-32 polynomial, as java.util.zip.CRC32 and zlib use it. */
    private static final long POLYNOMIAL = 0xEDB88320L;

    private Crc32Join() {
    }

    static long join(long crcFirst, long crcSecond, long secondLength) {
        if (secondLength <= 0) {
            return crcFirst;
        }
        long[] even = new long[32];
        long[] odd = new long[32];
        odd[0] = POLYNOMIAL; // the map for one zero bit
        long row = 1;
        for (int n = 1; n < 32; n++) {
            odd[n] = row;
            row <<= 1;
        }
        square(even, odd); // two zero bits
        square(odd, even); // four zero bits
        long crc = crcFirst;
        long length = secondLength;
        // Each pass squares the map once more (first to one zero byte), applying it where the length's bit is set.
        do {
            square(even, odd);
            if ((length & 1) != 0) {
                crc = times(even, crc);
            }
            length >>= 1;
            if (length == 0) {
                break;
            }
            square(odd, even);
            if ((length & 1) != 0) {
                crc = times(odd, crc);
            }
            length >>= 1;
        } while (length != 0);
        return crc ^ crcSecond;
    }

    private static long times(long[] matrix, long vector) {
        long sum = 0;
        for (int i = 0; vector != 0; i++, vector >>>= 1) {
            if ((vector & 1) != 0) {
                sum ^= matrix[i];
            }
        }
        return sum;
    }

    private static void square(long[] result, long[] matrix) {
        for (int n = 0; n < 32; n++) {
            result[n] = times(matrix, matrix[n]);
        }
    }
}
