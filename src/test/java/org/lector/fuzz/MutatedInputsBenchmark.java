package org.lector.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mvn -Pbenchmark test}: 1,000 mutated inputs, the fuzz run the faults issue asks for; prints its table. */
@Tag("benchmark")
class MutatedInputsBenchmark {

    @TempDir
    Path folder;

    @Test
    void thousandMutatedInputs() throws Exception {
        assertThat(MutatedInputsTest.fuzz(1000, 1L, folder, 60)).contains("fuzz: failures: 0");
    }
}
