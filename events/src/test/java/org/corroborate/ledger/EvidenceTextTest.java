package org.corroborate.ledger;

import static org.corroborate.ledger.ArticleFixture.article;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.corroborate.model.AnalyzedArticle;
import org.corroborate.model.EntityType;
import org.corroborate.model.Span;
import org.junit.jupiter.api.Test;

class EvidenceTextTest {
  static final String TEXT = "\u201cWe are valley people, just like you,\u201d said a statement put out by the Free Valley Brigade. "
      + "\u201cWe came to free you.\u201d Smoke rose over Marrow on Monday.";

  @Test
  void aQuotationInTwoPartsIsTheClaimWithoutTheAttributionBetweenThem() {
    // Guardian seed: the Legion's claim read "“We are the same Russians as you,” said a statement put out by ... “We are ...”"
    AnalyzedArticle a = article("Northern Herald", "herald.example", "2031-04-02T08:00:00Z", "Brigade speaks", TEXT)
        .entity("E1", "Free Valley Brigade", EntityType.ORGANIZATION, List.of("Free Valley Brigade"), List.of(), List.of())
        .statement("S1").by("a statement put out by the Free Valley Brigade", "E1", "Free Valley Brigade").cue("said", "speech")
        .content("\u201cWe are valley people, just like you,\u201d", "\u201cWe came to free you.\u201d").direct().add()
        .build();
    Ledger l = LedgerBuilder.build(List.of(new EventGroup("e1", List.of(a))), Aliases.parse("x", ""));
    LedgerClaim claim = l.events().get(0).claims().stream()
        .filter(c -> c.claimant().name().equals("Free Valley Brigade")).findFirst().orElseThrow();
    assertFalse(claim.text().contains("said a statement"), claim.text());
    Evidence e = claim.statements().get(0);
    assertEquals("\u201cWe are valley people, just like you,\u201d \u2026 \u201cWe came to free you.\u201d", e.contentText());
    // the span still covers both parts, for linking back to the article
    assertEquals(new Span(0, TEXT.indexOf(" Smoke")), e.content());
  }
}
