package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.corroborate.eval.events.DocOrder;
import org.corroborate.eval.events.EventSet;
import org.corroborate.eval.events.EventsEvaluation;
import org.corroborate.eval.events.Prf;
import org.corroborate.events.EventConfig;
import org.corroborate.model.Rejection;
import org.corroborate.util.Json;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code corroborate eval events DIR...}: event clustering quality on ECB+ ({@code topics/}) and
 * BASIL ({@code articles/}) folders. Each set is clustered on its own, all its documents together, in
 * one online pass, in each document order given with {@code --order} (file order by default). Per set
 * and order it prints BCubed and pairwise figures and a line
 * {@code <set> events: bcubed_f1=... pairwise_f1=... documents=N events=M}; with several orders, per
 * set also the figures of the order with the lowest BCubed F1. The LAST line is
 * {@code events: bcubed_f1=... pairwise_f1=... documents=N events=M} for the set given last (the only
 * set when there is one), of its order with the lowest BCubed F1.
 */
@Command(
    name = "events",
    mixinStandardHelpOptions = true,
    description = "Scores event clustering on ECB+ (DIR/topics) and BASIL (DIR/articles) gold sets.")
public final class EventsEvalCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "DIR", description = "ECB+ or BASIL folders (layout detected)")
  List<Path> dirs;

  @Option(names = "--json", paramLabel = "FILE", description = "also write the figures as JSON")
  Path json;

  @Option(names = "--config", paramLabel = "KEY=VALUE,...",
      description = "event clustering settings over the defaults, e.g. joinThreshold=0.25")
  String config = "";

  @Option(names = "--no-merge", description = "skip the final merge pass over similar events")
  boolean noMerge;

  @Option(names = "--order", paramLabel = "ORDER", split = ",",
      description = "document orders to run, comma-separated: file (default), date, reverse, shuffle:SEED")
  List<String> orders = List.of("file");

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    EventConfig cfg;
    List<DocOrder> docOrders = new ArrayList<>();
    try {
      cfg = EventConfig.parse(config);
      for (String o : orders) {
        docOrders.add(DocOrder.parse(o));
      }
    } catch (IllegalArgumentException e) {
      err.println("corroborate: " + e.getMessage());
      return 2;
    }
    for (Path d : dirs) {
      if (!Files.isDirectory(d) || !(Files.isDirectory(d.resolve("topics")) || Files.isDirectory(d.resolve("articles")))) {
        err.println("corroborate: not an ECB+ (topics/) or BASIL (articles/) folder: " + d);
        return 2;
      }
    }
    out.println("settings: " + cfg.toSpec() + (noMerge ? " (no merge pass)" : " (with merge pass)"));
    List<Map<String, Object>> jsonSets = new ArrayList<>();
    String lastLine = null;
    for (Path d : dirs) {
      EventSet set = EventsEvaluation.read(d);
      for (Rejection rej : set.rejections()) {
        out.println("  rejected " + rej.source() + ": " + rej.reason() + ": " + rej.detail());
      }
      EventsEvaluation.Result worst = null;
      DocOrder worstOrder = null;
      for (DocOrder order : docOrders) {
        EventsEvaluation.Result r = EventsEvaluation.run(set, d, cfg, !noMerge, order);
        out.println(String.format(Locale.ROOT, "%s (%s), order %s: %d documents, %d gold events, %d events found (%d by merging), %d files rejected",
            r.set(), d, order, r.documents(), r.goldEvents(), r.events(), r.merges(), r.rejections()));
        out.println(line("  bcubed  ", r.bcubed()));
        out.println(line("  pairwise", r.pairwise()));
        String figures = String.format(Locale.ROOT, "events: bcubed_f1=%.3f pairwise_f1=%.3f documents=%d events=%d",
            r.bcubed().f1(), r.pairwise().f1(), r.documents(), r.events());
        out.println(r.set() + (docOrders.size() > 1 ? " " + order : "") + " " + figures);
        lastLine = figures;
        if (worst == null || r.bcubed().f1() < worst.bcubed().f1()) {
          worst = r;
          worstOrder = order;
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("set", r.set());
        m.put("order", order.toString());
        m.put("dir", d.toString());
        m.put("documents", r.documents());
        m.put("gold_events", r.goldEvents());
        m.put("events", r.events());
        m.put("merges", r.merges());
        m.put("rejected", r.rejections());
        m.put("bcubed", prf(r.bcubed()));
        m.put("pairwise", prf(r.pairwise()));
        jsonSets.add(m);
      }
      if (docOrders.size() > 1) {
        // the figures line keeps its fixed form: those of the order with the lowest BCubed F1
        lastLine = String.format(Locale.ROOT, "events: bcubed_f1=%.3f pairwise_f1=%.3f documents=%d events=%d",
            worst.bcubed().f1(), worst.pairwise().f1(), worst.documents(), worst.events());
        out.println(set.name() + " lowest BCubed F1 of " + docOrders.size() + " orders (" + worstOrder + "): " + lastLine);
      }
    }
    if (json != null) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("config", cfg.toSpec());
      root.put("merge_pass", !noMerge);
      root.put("sets", jsonSets);
      Json.mapper().writerWithDefaultPrettyPrinter().writeValue(json.toFile(), root);
    }
    out.println(lastLine);
    out.flush();
    return 0;
  }

  private static String line(String label, Prf p) {
    return String.format(Locale.ROOT, "%s precision=%.3f recall=%.3f f1=%.3f", label, p.precision(), p.recall(), p.f1());
  }

  private static Map<String, Object> prf(Prf p) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("precision", p.precision());
    m.put("recall", p.recall());
    m.put("f1", p.f1());
    return m;
  }
}
