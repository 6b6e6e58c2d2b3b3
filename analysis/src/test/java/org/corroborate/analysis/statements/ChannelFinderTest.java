package org.corroborate.analysis.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.corroborate.analysis.entities.Lexicon;
import org.corroborate.model.Channel;
import org.corroborate.model.Span;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ChannelFinderTest {
  private static final ChannelFinder FINDER = new ChannelFinder(Lexicon.standard());

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "The governor wrote on Telegram that the town was calm.|Telegram",
      "The Brigade said in a video posted on its Telegram channel that it had crossed.|Telegram",
      "A spokesman told Mirevian media that the raid was over.|Mirevian media",
      "Six people were hurt, the state-run RIA Novosti news agency reported.|RIA Novosti",
      "According to ITAR-TASS, the mayor resigned.|TASS",
      "A statement by the group on social media said it had crossed.|social media",
      "The minister spoke on state television on Monday.|television",
      "Six people were hurt, news agencies reported.|news agencies",
      "The ministry said in a statement that talks would resume.|statement",
  })
  void findsNormalisedChannels(String text, String name) {
    List<Channel> cs = FINDER.find(text, new Span(0, text.length()));
    assertEquals(1, cs.size(), cs.toString());
    assertEquals(name, cs.get(0).name());
    assertEquals(cs.get(0).text(), cs.get(0).span().of(text));
  }

  @Test
  void outletNames() {
    assertEquals("TASS", FINDER.outletName("the Russian state-run TASS news agency"));
    assertEquals("news agencies", FINDER.outletName("news agencies"));
    assertNull(FINDER.outletName("a statement on social media"));
    assertNull(FINDER.outletName("the governor"));
    assertTrue(FINDER.find("He said nothing.", new Span(0, 16)).isEmpty());
  }
}
