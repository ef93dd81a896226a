package vn.ptdv.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** The CRC of two pieces joined equals the CRC of the data read whole. */
class Crc32JoinTest {
    @Test
    void joinedEqualsReadWhole() {
        Random random = new Random(32);
        for (int round = 0; round < 300; round++) {
            byte[] data = new byte[random.nextInt(round < 50 ? 40 : 70_000)];
            random.nextBytes(data);
            int cut = data.length == 0 ? 0 : random.nextInt(data.length + 1);
            assertThat(Crc32Join.join(crc(data, 0, cut), crc(data, cut, data.length), data.length - cut))
                    .as("%d bytes cut at %d", data.length, cut).isEqualTo(crc(data, 0, data.length));
        }
    }

    @Test
    void nothingAfterChangesNothing() {
        assertThat(Crc32Join.join(0x1234_5678L, 0, 0)).isEqualTo(0x1234_5678L);
    }

    private static long crc(byte[] data, int from, int to) {
        CRC32 crc = new CRC32();
        crc.update(data, from, to - from);
        return crc.getValue();
    }
}
