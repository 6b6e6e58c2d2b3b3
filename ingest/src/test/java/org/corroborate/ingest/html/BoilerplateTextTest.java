package org.corroborate.ingest.html;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Furniture phrases are caught; article sentences that merely resemble them are not. */
class BoilerplateTextTest {
  private static boolean furniture(String t) {
    return BoilerplateText.BOILER_TEXT.matcher(t).matches() || BoilerplateText.BARE_BYLINE.matcher(t).matches()
        || BoilerplateText.PROMO.matcher(t).find();
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "Advertisement", "Read more: Ferry fares rise again", "Related Coverage", "Image 2 of 7", "Share",
    "Sign up for our morning briefing", "Get the news delivered straight to your inbox.", "Comments (12)",
    "You may also like...", "Filed under: Harbour", "Posted on 3 May by admin", "DON'T MISS",
    "The bridge at dawn (Image: City of Velna)", "Фото: личный архив автора", "© 2025 Orwen Courier",
    "Reporting by Ada Morrow; Editing by Lin Ferro", "Lin Ferro contributed reporting from Aldra.",
    "[button link=\"/kit\" type=\"big\"] Send us your review[/button]", "Like this story? Share it with a friend!",
    "By Ada Morrow", "By Ada Morrow and Lin Ferro", "Updated: 19 Nov 2019", "Published on 3 March",
    "Subscribe", "Recommended for you", "Copyright 2025 Velna Post", "Copyright @ 2025 Velna Post.",
    "Listen to the Harbour Hour live at 12:45 weekdays - or listen back here."
  })
  void furnitureIsCaught(String text) {
    assertTrue(furniture(text), text);
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "The minister said the release \"give[s] us hope\" for the talks.",
    "Posted on social media by analysts at the institute, the footage shows the port is not smooth at all.",
    "Readers who subscribe to the theory that the weir caused the drought were not convinced.",
    "More than 1,500 residents were taken to shelters, the emergencies department said.",
    "By the time the ferry arrived, the pier was empty.",
    "Share prices fell by a fifth on Monday after the company warned on profits.",
    "By then it was too late.",
    "Published reports say the minister resigned on Sunday after a row over the budget.",
    "Subscribers will pay more from March.",
    "Recommended daily intake is two grams.",
    "Copyright law was changed in 2019 to protect news publishers.",
    "Loading the ferry took three hours.",
    "Supporters follow him on every campaign stop, waving flags.",
    "The newsletter, which was signed by forty doctors, called for a ban."
  })
  void articleSentencesAreNot(String text) {
    assertFalse(furniture(text), text);
  }
}
