package org.corroborate.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EncoderTrainerTest {
  @Test
  void scheduleWarmsUpDecaysAndNeverStopsEarly() {
    assertEquals(0.25f, EncoderTrainer.schedule(1, 4, 10, 1f), 1e-6);
    assertEquals(1f, EncoderTrainer.schedule(4, 4, 10, 1f), 1e-6);
    assertTrue(EncoderTrainer.schedule(5, 4, 10, 1f) < 1f);
    assertTrue(EncoderTrainer.schedule(10, 4, 10, 1f) > 0f, "the last step learns");
    // two steps, warm-up of one: both learn (this was zero before)
    assertTrue(EncoderTrainer.schedule(1, 1, 2, 1f) > 0f);
    assertTrue(EncoderTrainer.schedule(2, 1, 2, 1f) > 0f);
  }
}
