package org.corroborate.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small fictional inputs for the command tests, and a way to run a command and read what it printed. */
final class CliFixtures {
  private CliFixtures() {}

  static final String STORY = """
      Kessling fire crews fight warehouse blaze through the night

      Fire crews from Kessling fought a blaze at the Brannock Polymers warehouse through the night, the fire service said on Friday.

      Incident commander Anneke Soler said twelve crews had been sent and that the chemical store at the back of the site was safe.

      Residents within a mile of the estate were told to keep windows shut while inspectors tested the air for solvent fumes.

      Brannock Polymers said all forty workers on the night shift had left the building before the roof collapsed shortly after two.

      The environment agency said it would publish its air quality readings on Saturday morning, once the smoke plume had cleared.
      """;

  /** The same story republished: new headline, one word changed, the last paragraph cut. */
  static final String COPY = """
      Warehouse fire: residents told to keep windows shut

      Fire crews from Kessling fought a blaze at the Brannock Polymers warehouse through the night, the fire service said on Friday.

      Incident commander Anneke Soler said 12 crews had been sent and that the chemical store at the back of the site was safe.

      Residents within a mile of the estate were told to keep windows shut while inspectors tested the air for solvent fumes.

      Brannock Polymers said all forty workers on the night shift had left the building before the roof collapsed shortly after two.
      """;

  static final String OTHER = """
      Title: Marrowby heads for a recount
      Author: Ewa Thorsen
      Date: 2031-05-04
      Outlet: Valley Post

      The Marrowby electoral commission ordered a recount in three wards on Sunday after the Civic Renewal candidate won by 41 votes.

      Turnout reached 63 per cent, the highest in a mayoral election since the district was created, the commission said.
      """;

  static final String PAGE = """
      <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Ferry service resumes | Harbour Times</title>
      <meta property="og:site_name" content="Harbour Times">
      <meta property="article:published_time" content="2031-05-02T09:30:00Z"></head>
      <body><nav><a href="/">Home</a></nav><article><h1>Ferry service resumes after storm</h1>
      <p>The Tull Harbour ferry resumed its morning crossings on Friday after two days of storms kept the boats in port.</p>
      <p>The operator said extra sailings would run on Saturday to clear the backlog of freight lorries waiting at the quay.</p>
      </article></body></html>
      """;

  /** a.txt, copy/b.txt (the same text), c.txt (a near-copy), d.txt (another story), e.html, empty.txt. */
  static Path writeInputs(Path dir) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in.resolve("copy"));
    Files.writeString(in.resolve("a.txt"), STORY, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("copy/b.txt"), STORY.replace("\n\nFire crews", "\n\n\nFire crews"), StandardCharsets.UTF_8);
    Files.writeString(in.resolve("c.txt"), COPY, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("d.txt"), OTHER, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("e.html"), PAGE, StandardCharsets.UTF_8);
    Files.writeString(in.resolve("empty.txt"), "", StandardCharsets.UTF_8);
    return in;
  }

  record Run(int code, String out, String err) {
    String lastLine() {
      String[] lines = out.strip().split("\n");
      return lines[lines.length - 1];
    }
  }

  static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new Run(code, out.toString(), err.toString());
  }
}
