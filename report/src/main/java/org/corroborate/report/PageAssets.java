package org.corroborate.report;

/**
 * The page's one inline style sheet and one inline script. The script is allowed by its hash in the
 * page's Content Security Policy, so any change to it changes the policy with it (see
 * {@link ReportRenderer}); it only opens and closes {@code <details>} elements: "Expand all" / "Collapse
 * all", and, when a link to a claim is followed, the collapsed sections around the claim so that the
 * target is visible.
 */
final class PageAssets {
  private PageAssets() {}

  static final String SCRIPT = """
      (function () {
        function reveal(id) {
          var t = id && document.getElementById(id);
          if (!t) { return; }
          for (var p = t.parentElement; p; p = p.parentElement) {
            if (p.tagName === 'DETAILS') { p.open = true; }
          }
          var d = t.tagName === 'DETAILS' ? t : t.querySelector('details.claim');
          if (d) { d.open = true; }
        }
        function fromHash(h) {
          try { return decodeURIComponent(h.replace(/^#/, '')); } catch (e) { return ''; }
        }
        document.addEventListener('click', function (ev) {
          var a = ev.target.closest ? ev.target.closest('a[href^="#"]') : null;
          if (a) { reveal(fromHash(a.getAttribute('href'))); }
        });
        window.addEventListener('hashchange', function () { reveal(fromHash(location.hash)); });
        document.addEventListener('DOMContentLoaded', function () {
          document.querySelectorAll('button[data-toggle]').forEach(function (b) {
            b.addEventListener('click', function () {
              var open = b.getAttribute('data-toggle') === 'open';
              document.querySelectorAll('details.claim').forEach(function (d) { d.open = open; });
            });
          });
          if (location.hash) { reveal(fromHash(location.hash)); }
        });
      })();
      """;

  static final String CSS = """
      :root { --fg:#1b1f24; --muted:#57606a; --line:#d0d7de; --bg:#fff; --soft:#f6f8fa;
        --contested:#b42318; --unconfirmed:#9a6700; --corroborated:#1a7f37; --single:#57606a; --link:#0969da; }
      * { box-sizing: border-box; }
      body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--fg);
        background: var(--bg); margin: 0 auto; padding: 1rem 1.5rem 3rem; max-width: 1400px; }
      h1 { font-size: 1.6rem; margin: .2rem 0 .3rem; } h2 { font-size: 1.3rem; margin: 2rem 0 .3rem; }
      h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; border-bottom: 1px solid var(--line); padding-bottom: .2rem; }
      a { color: var(--link); }
      .muted { color: var(--muted); } .small { font-size: .85rem; }
      .note { font-size: .85rem; background: #fff8c5; border: 1px solid #d4a72c; padding: .25rem .5rem; border-radius: 4px; }
      nav ul { padding-left: 1.2rem; } section.event { border-top: 3px solid var(--fg); margin-top: 2rem; }
      table { border-collapse: collapse; width: 100%; margin: .4rem 0 1rem; }
      th, td { border: 1px solid var(--line); padding: .3rem .45rem; vertical-align: top; text-align: left; }
      thead th { background: var(--soft); position: sticky; top: 0; }
      td.mark { text-align: center; white-space: nowrap; }
      .badge { display: inline-block; border-radius: 1rem; padding: 0 .55rem; font-size: .8rem; font-weight: 600;
        color: #fff; white-space: nowrap; }
      .st-contested { background: var(--contested); } .st-unconfirmed { background: var(--unconfirmed); }
      .st-corroborated { background: var(--corroborated); } .st-single-source { background: var(--single); }
      .counts span { margin-right: .8rem; }
      .timeline { position: relative; height: 2.2rem; margin: .6rem 1rem 0; border-bottom: 2px solid var(--line); }
      .timeline .dot { position: absolute; bottom: -7px; width: 12px; height: 12px; margin-left: -6px; border-radius: 50%;
        background: var(--fg); }
      .timeline .dot .n { position: absolute; bottom: 14px; left: 50%; transform: translateX(-50%); font-size: .75rem;
        color: var(--muted); }
      .timeline .dot.synd { background: #fff; border: 2px solid var(--fg); }
      .articles li { margin: .15rem 0; }
      details.claim summary { cursor: pointer; }
      details.claim[open] summary { font-weight: 600; }
      details.background, details.more-claims { margin: 1rem 0; padding: .3rem .6rem; border: 1px dashed var(--line); }
      details.background > summary, details.more-claims > summary { cursor: pointer; font-weight: 600; }
      .claim-list li { margin: .25rem 0; }
      .via { display: block; color: var(--muted); overflow-wrap: anywhere; }
      td.claim-cell { min-width: 12rem; }
      th.outlet { font-size: .8rem; overflow-wrap: anywhere; hyphens: auto; } .claim-list .via { display: inline; }
      .evidence { margin: .5rem 0 .2rem; padding: .4rem .6rem; background: var(--soft); border-left: 3px solid var(--line); }
      .evidence blockquote { margin: .3rem 0 0 .6rem; }
      .evidence .meta { font-size: .82rem; color: var(--muted); }
      .ev-claim { font-weight: 700; color: var(--fg); }
      mark { padding: 0 .1rem; border-radius: 2px; }
      mark.m-claimant { background: #ddf4ff; } mark.m-cue { background: #fbefff; font-weight: 600; }
      mark.m-content { background: #fff8c5; } mark.m-hedge { background: #ffebe9; text-decoration: underline dotted; }
      mark.m-channel { background: #dafbe1; }
      .legend mark { margin-right: .5rem; }
      .stance { font-weight: 700; } .stance.deny { color: var(--contested); } .hedged { color: var(--unconfirmed); }
      .contest { border-left: 3px solid var(--contested); padding-left: .5rem; }
      .rel-summary { margin-top: .25rem; }
      .rel-denies, .rel-contradicts { color: var(--contested); font-weight: 600; }
      .rel-confirms { color: var(--corroborated); font-weight: 600; }
      .relation { margin: .5rem 0; padding-left: .5rem; border-left: 3px solid var(--line); }
      .relation.rel-denies, .relation.rel-contradicts { border-left-color: var(--contested); color: inherit; font-weight: 400; }
      .relation.rel-confirms { border-left-color: var(--corroborated); color: inherit; font-weight: 400; }
      .relation p { margin: .2rem 0; } .rel-type { font-weight: 700; }
      .relation.rel-denies .rel-type, .relation.rel-contradicts .rel-type { color: var(--contested); }
      .relation.rel-confirms .rel-type { color: var(--corroborated); }
      .claim-ref { text-decoration: underline dotted; }
      tr:target > td, li:target { background: #ddf4ff; }
      .words { margin: 0; padding-left: 1rem; } .problems li { font-family: ui-monospace, monospace; font-size: .85rem; }
      button { font: inherit; margin-right: .4rem; padding: .15rem .6rem; }
      .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
      """;
}
