package org.corroborate.eval.extraction;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The figures of one extraction evaluation: overall, by {@link FailureKind}, and per page.
 *
 * @param overall the benchmark figures over all pages
 * @param byKind  per failure kind present, the figures over that kind's pages (pages = their count)
 * @param pages   per page, in id order
 */
public record ExtractionReport(
    ShingleMetric.Summary overall, Map<FailureKind, ShingleMetric.Summary> byKind, List<PageResult> pages) {

  public ExtractionReport {
    byKind = Map.copyOf(byKind);
    pages = List.copyOf(pages);
  }

  /** Computes the overall and per-kind figures from page results. */
  public static ExtractionReport of(List<PageResult> pages) {
    List<ShingleMetric.Counts> all = new ArrayList<>();
    Map<FailureKind, List<ShingleMetric.Counts>> groups = new EnumMap<>(FailureKind.class);
    for (PageResult p : pages) {
      all.add(p.counts());
      groups.computeIfAbsent(p.kind(), k -> new ArrayList<>()).add(p.counts());
    }
    Map<FailureKind, ShingleMetric.Summary> byKind = new EnumMap<>(FailureKind.class);
    groups.forEach((k, v) -> byKind.put(k, ShingleMetric.summarize(v)));
    return new ExtractionReport(ShingleMetric.summarize(all), byKind, pages);
  }
}
