package org.corroborate.eval.events;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.corroborate.events.EventConfig;
import org.corroborate.events.EventIndex;

/**
 * Clusters all documents of one gold set together, in a given {@link DocOrder} (by default the
 * set's fixed file order), with one {@link EventIndex}, then scores the result against the gold
 * events.
 */
public final class EventsEvaluation {
  /** The figures for one set. */
  public record Result(String set, Path dir, DocOrder order, int documents, int goldEvents, int events, Prf bcubed,
                       Prf pairwise, int merges, int rejections) {}

  private EventsEvaluation() {}

  /** Reads {@code dir} in the layout it has (ECB+ topics/ or BASIL articles/). */
  public static EventSet read(Path dir) throws IOException {
    if (EcbPlusReader.looksLike(dir)) {
      return EcbPlusReader.read(dir);
    }
    if (BasilReader.looksLike(dir)) {
      return BasilReader.read(dir);
    }
    throw new IllegalArgumentException(dir + " has neither topics/ (ECB+) nor articles/ (BASIL)");
  }

  /** Clusters the set in file order and scores it; {@code mergePass} runs {@link EventIndex#mergePass()} at the end. */
  public static Result run(EventSet set, Path dir, EventConfig config, boolean mergePass) {
    return run(set, dir, config, mergePass, DocOrder.FILE);
  }

  /** Clusters the set with its documents in {@code order} and scores it. */
  public static Result run(EventSet set, Path dir, EventConfig config, boolean mergePass, DocOrder order) {
    EventIndex index = new EventIndex(config);
    Map<String, String> gold = new LinkedHashMap<>();
    for (LabeledDoc d : order.apply(set.docs())) {
      if (gold.putIfAbsent(d.doc().id(), d.goldEvent()) != null) {
        throw new IllegalArgumentException("duplicate document id in " + set.name() + ": " + d.doc().id());
      }
      index.add(d.doc());
    }
    int merges = mergePass ? index.mergePass() : 0;
    Map<String, String> predicted = index.assignments();
    return new Result(set.name(), dir, order, gold.size(), (int) gold.values().stream().distinct().count(),
        index.eventCount(), ClusterMetrics.bcubed(gold, predicted), ClusterMetrics.pairwise(gold, predicted),
        merges, set.rejections().size());
  }
}
