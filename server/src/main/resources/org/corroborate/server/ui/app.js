// Corroborate web UI. Every view is built from the JSON API with createElement and textContent only:
// article text and titles are untrusted and are never parsed as markup. Views live at hash URLs.
"use strict";

const PAGE = 25;
const CLAIMS_PAGE = 50;
const STATUSES = ["contested", "unconfirmed", "corroborated", "single-source"];

function el(tag, attrs, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (k === "class") e.className = v;
    else if (k === "href") e.setAttribute("href", v);
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined) continue;
    e.append(c instanceof Node ? c : document.createTextNode(String(c)));
  }
  return e;
}

function link(hash, text) { return el("a", { href: hash }, text); }
function enc(s) { return encodeURIComponent(s); }
function when(iso) { return iso ? iso.replace("T", " ").replace(/:00Z$|Z$/, "") : "undated"; }

async function api(path) {
  const r = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await r.json();
  if (!r.ok) throw new Error(body.detail || body.error || ("HTTP " + r.status));
  return body;
}

function show(...nodes) {
  const main = document.getElementById("main");
  main.replaceChildren(...nodes.filter(n => n !== null && n !== undefined));
  main.focus({ preventScroll: true });
  window.scrollTo(0, 0);
}

function badge(status, n) {
  return el("span", { class: "badge " + status }, n === undefined ? status : n + " " + status);
}

function snippet(segments) {
  const s = el("span");
  for (const seg of segments) s.append(seg.match ? el("mark", {}, seg.text) : document.createTextNode(seg.text));
  return s;
}

function pager(total, offset, size, hashFor) {
  const p = el("nav", { class: "pager", "aria-label": "pages" });
  if (offset > 0) p.append(link(hashFor(Math.max(0, offset - size)), "← previous"));
  p.append(el("span", { class: "muted" }, total === 0 ? "none" : (offset + 1) + "–" + Math.min(total, offset + size) + " of " + total));
  if (offset + size < total) p.append(link(hashFor(offset + size), "next →"));
  return p;
}

async function listView(params) {
  const q = params.get("q") || "";
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  document.getElementById("q").value = q;
  const query = "limit=" + PAGE + "&offset=" + offset + (q ? "&q=" + enc(q) : "");
  const page = await api("/api/events?" + query);
  const hashFor = o => "#/?offset=" + o + (q ? "&q=" + enc(q) : "");
  const list = el("ul", { class: "list" });
  for (const e of page.items) {
    const counts = el("div");
    for (const s of STATUSES) if (e.status_counts[s] > 0) counts.append(badge(s, e.status_counts[s]));
    list.append(el("li", {}, link("#/events/" + enc(e.id), e.title || e.id),
      el("div", { class: "muted" }, when(e.start) + " – " + when(e.end) + " · " + e.articles + " article(s) · " + e.claims + " claim(s)"),
      counts));
  }
  const nodes = [el("h1", {}, q ? "Events matching “" + q + "”" : "Events, latest first"), list, pager(page.total, offset, PAGE, hashFor)];
  if (q && offset === 0) {
    const hits = await api("/api/search?limit=10&q=" + enc(q));
    const hl = el("ul", { class: "list" });
    for (const h of hits.items) {
      let target = "#/events/" + enc(h.event_id);
      if (h.kind === "claim") target = "#/claims/" + enc(h.id);
      if (h.kind === "article") target = "#/articles/" + enc(h.id);
      if (h.kind === "statement") target = "#/articles/" + enc(h.id.split("#")[0]) + "?s=" + enc(h.id.split("#")[1] || "");
      hl.append(el("li", {}, el("span", { class: "badge" }, h.kind), link(target, h.title || h.id), el("div", {}, snippet(h.snippet))));
    }
    nodes.push(el("h2", {}, "Best matches (" + hits.total + ")"), hl);
  }
  show(...nodes);
}

async function eventView(id, params) {
  const offset = Math.max(0, parseInt(params.get("offset") || "0", 10) || 0);
  const d = await api("/api/events/" + enc(id) + "?claims=false");
  const page = await api("/api/claims?event=" + enc(id) + "&background=false&order=attention&limit=" + CLAIMS_PAGE + "&offset=" + offset);
  const ev = d.event;
  const timeline = el("ol", { class: "list" });
  const byTime = [...d.articles].sort((a, b) => String(a.published || "").localeCompare(String(b.published || "")));
  for (const a of byTime) {
    timeline.append(el("li", {}, el("span", { class: "muted" }, when(a.published) + " · " + a.outlet + " · "), link("#/articles/" + enc(a.id), a.title || a.id)));
  }
  const list = el("ul", { class: "list" });
  for (const c of page.items) {
    list.append(el("li", {}, badge(c.status), el("strong", {}, c.claimant || "unnamed"), " ",
      el("span", { class: "muted" }, String(c.stance || "").toLowerCase()), el("div", {}, link("#/claims/" + enc(c.id), c.text)),
      el("div", { class: "muted" }, c.outlets + " outlet(s), " + c.independent_outlets + " independent")));
  }
  const background = ev.claims_total - page.total;
  const nodes = [el("h1", {}, ev.title || ev.id), el("p", { class: "muted" }, when(ev.start) + " – " + when(ev.end) + " · " + ev.articles.length + " article(s)"),
    el("p", {}, el("a", { href: "/api/events/" + enc(id) + "/ledger.json" }, "ledger.json"), " · ", el("a", { href: "/api/events/" + enc(id) + "/claims.csv" }, "claims.csv")),
    el("h2", {}, "Outlets in time"), timeline,
    el("h2", {}, "Claims (" + page.total + "), contested and most-carried first"),
    background > 0 ? el("p", { class: "muted" }, background + " background sentence(s) of the outlets not listed (in ledger.json)") : null,
    list,
    pager(page.total, offset, CLAIMS_PAGE, o => "#/events/" + enc(id) + "?offset=" + o)];
  if (ev.disagreements && ev.disagreements.length) {
    const dl = el("ul", { class: "list" });
    for (const x of ev.disagreements) dl.append(el("li", {}, el("span", { class: "badge" }, x.kind), x.summary || x.subject || ""));
    nodes.push(el("h2", {}, "Disagreements"), dl);
  }
  if (ev.framing && ev.framing.length) {
    const fl = el("ul", { class: "list" });
    for (const f of ev.framing.slice(0, 30)) {
      const words = f.outlets.filter(o => o.words.length).map(o => o.outlet + ": " + o.words.join(", "));
      if (words.length) fl.append(el("li", {}, el("strong", {}, f.name), el("div", { class: "muted" }, words.join(" · "))));
    }
    nodes.push(el("h2", {}, "How outlets label the actors"), fl);
  }
  show(...nodes);
}

async function claimView(id) {
  const c = await api("/api/claims/" + enc(id));
  const list = el("ul", { class: "list" });
  for (const s of c.statements) {
    list.append(el("li", {}, el("div", { class: "muted" }, s.outlet),
      el("blockquote", {}, s.context.before ? el("span", { class: "context" }, s.context.before + " ") : null,
        el("mark", {}, s.sentence_text), s.context.after ? el("span", { class: "context" }, " " + s.context.after) : null),
      link("#/articles/" + enc(s.article_id) + "?s=" + enc(s.statement_id), "in the article")));
  }
  show(el("p", {}, link("#/events/" + enc(c.event_id), "← event")), el("h1", {}, c.text),
    el("p", {}, badge(c.status), el("strong", {}, (c.claimant && c.claimant.name) || "unnamed"), " · " + c.outlets.join(", ")),
    c.status_reason ? el("p", { class: "muted" }, c.status_reason) : null,
    el("h2", {}, "Sentences (" + c.statements.length + ")"), list);
}

async function articleView(id, params) {
  const a = await api("/api/articles/" + enc(id));
  const sid = params.get("s");
  const st = a.statements.find(s => s.id === sid);
  const text = el("div", { class: "article-text" });
  let target = null;
  const span = st && (st.sentence || st.content);
  if (span && span.end > span.start && span.end <= a.text.length) {
    text.append(a.text.slice(0, span.start));
    target = el("mark", { class: "statement", tabindex: "-1", id: "statement" });
    const c = st.content;
    if (c && c.start >= span.start && c.end <= span.end && c.end > c.start) {
      target.append(a.text.slice(span.start, c.start), el("strong", {}, a.text.slice(c.start, c.end)), a.text.slice(c.end, span.end));
    } else {
      target.append(a.text.slice(span.start, span.end));
    }
    text.append(target, a.text.slice(span.end));
  } else {
    text.append(a.text);
  }
  const meta = [a.outlet || "unknown outlet", when(a.published)];
  if (a.byline) meta.push(a.byline);
  const source = /^https?:\/\//i.test(a.url || "") ? el("a", { href: a.url, rel: "noopener noreferrer nofollow" }, a.url) : null;
  show(a.event_id ? el("p", {}, link("#/events/" + enc(a.event_id), "← event")) : null,
    el("h1", {}, a.title || a.id), el("p", { class: "muted" }, meta.join(" · ")), source ? el("p", {}, source) : null, text);
  if (target) { target.scrollIntoView({ block: "center" }); target.focus(); }
}

let current = { view: "", id: "" };

async function route() {
  const h = location.hash || "#/";
  const [path, query] = h.slice(1).split("?");
  const params = new URLSearchParams(query || "");
  const parts = path.split("/").filter(Boolean).map(decodeURIComponent);
  current = { view: parts[0] || "list", id: parts[1] || "" };
  try {
    if (parts.length === 0) await listView(params);
    else if (parts[0] === "events" && parts[1]) await eventView(parts[1], params);
    else if (parts[0] === "claims" && parts[1]) await claimView(parts[1]);
    else if (parts[0] === "articles" && parts[1]) await articleView(parts[1], params);
    else show(el("h1", {}, "Not found"), link("#/", "Events"));
  } catch (e) {
    show(el("h1", {}, "Could not load this view"), el("p", {}, e.message), link("#/", "Events"));
  }
}

function live() {
  if (!window.EventSource) return;
  const src = new EventSource("/api/stream");
  src.addEventListener("events", ev => {
    const changed = JSON.parse(ev.data).events || [];
    document.getElementById("live").textContent = "updated " + new Date().toLocaleTimeString() + " (" + changed.length + " event(s))";
    if (current.view === "list" || (current.view === "events" && changed.includes(current.id))) route();
  });
}

document.addEventListener("DOMContentLoaded", () => {
  document.getElementById("search").addEventListener("submit", ev => {
    ev.preventDefault();
    const q = document.getElementById("q").value.trim();
    location.hash = q ? "#/?q=" + enc(q) : "#/";
  });
  window.addEventListener("hashchange", route);
  route();
  live();
});
