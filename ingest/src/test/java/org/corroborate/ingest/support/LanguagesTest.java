package org.corroborate.ingest.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguagesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "en|The mayor said on Monday that the bridge was closed and that it would reopen in the spring.",
      "de|Der Bürgermeister sagte am Montag, dass die Brücke gesperrt ist und im Frühjahr wieder geöffnet wird.",
      "fr|Le maire a dit lundi que le pont est fermé et qu'il sera rouvert au printemps pour les habitants.",
      "es|El alcalde dijo el lunes que el puente está cerrado y que se abrirá en la primavera para los vecinos.",
      "ru|Мэр заявил в понедельник, что мост закрыт и что его откроют весной после ремонта.",
      "uk|Мер заявив у понеділок, що міст закрито і його відкриють навесні після ремонту, з'їзд тут є.",
      "und|Ok.",
      "und|1234 5678 9012 3456 7890 1234 5678 9012 3456 7890 abc def ghi jkl mno pqr stu vwx"})
  void guesses(String expected, String text) {
    assertEquals(expected, Languages.guess(text));
  }
}
