// The "Check a draft" playground: empathy-lint itself, run in the browser by
// Pyodide (Python compiled to WebAssembly).
//
// Only the playground page loads this module (the MkDocs hook writes its
// <script> tag, with the form, for <!-- site:playground -->). Pyodide and the
// wheels come from this site's playground/ folder (written at build time by
// tools/playground.py), and only once the rep starts using the form: focusing
// the draft, choosing an example or pressing Check. The draft never leaves
// the page: it goes from the textarea to linter.lint_text() inside this tab.

const root = document.getElementById("ae-playground");

// Example drafts, one per kind: each has mistakes the linter flags.
const EXAMPLES = {
  "reply.txt": [
    "Hi Dana,",
    "",
    "I understand the timing is tight, but we need a decision by Friday.",
    "",
    "Best,",
    "Jordan",
    "",
    "On Tue, Mar 3, 2026 at 9:14 AM Dana Lee <dana@example.com> wrote:",
    "> The timing is tight for us this quarter, and legal has not signed off yet.",
    "",
  ].join("\n"),
  "call.txt": [
    "CFO: Honestly, this comes in well above what we budgeted for.",
    "AE: I completely understand, but our price is fixed. (pause)",
    "CFO: Then I am not sure we can move forward.",
    "AE: Just checking in on whether you had a chance to review the proposal.",
    "",
  ].join("\n"),
  "draft.txt": [
    "You're right, it is too expensive for a team your size. I hear you,",
    "but we offer a 15% discount if you sign before the end of the month.",
    "",
  ].join("\n"),
};

if (root) setup(root);

function setup(root) {
  const form = root.querySelector("form");
  const input = root.querySelector("textarea");
  const hint = root.querySelector(".ae-playground__hint");
  const status = root.querySelector(".ae-playground__status");
  const button = root.querySelector(".ae-playground__check");
  const example = root.querySelector(".ae-playground__example");
  const result = root.querySelector(".ae-playground__result");
  const base = new URL(root.dataset.base || "./", document.baseURI);
  const rules = new URL(root.dataset.rules || "../linter/rules/", document.baseURI);

  let engine = null; // Promise of the checker, started once
  let checked = false; // a result is shown: re-check as the draft changes
  let timer = 0;
  const progress = loadingProgress(root, status);
  const drafts = draftKeeper(root, input);

  const kind = () => form.querySelector('input[name="kind"]:checked').value;

  function load() {
    if (!engine) {
      root.dataset.state = "loading";
      progress.begin();
      engine = start(base, progress.size, progress.add).then(
        (checker) => {
          root.dataset.state = "ready";
          progress.done(true);
          return checker;
        },
        (error) => {
          engine = null;
          root.dataset.state = "failed";
          progress.done(false);
          throw error;
        },
      );
    }
    return engine;
  }

  async function check() {
    const text = input.value;
    if (!text.trim()) {
      status.textContent = "Paste a draft first.";
      input.focus();
      return;
    }
    const started = performance.now();
    const ready = root.dataset.state === "ready";
    if (!ready) {
      progress.say();
      button.disabled = true;
      root.setAttribute("aria-busy", "true");
    }
    let checker;
    try {
      checker = await load();
    } catch (error) {
      console.error(error);
      status.textContent =
        typeof WebAssembly === "undefined"
          ? "This browser cannot run the checker (it has no WebAssembly); the command line gives the same findings."
          : `The checker could not load (${error.message || error}). Reload the page to try again.`;
      return;
    } finally {
      button.disabled = false;
      root.removeAttribute("aria-busy");
    }
    const filename = kind();
    let findings;
    try {
      findings = checker.check(text, filename);
    } catch (error) {
      console.error(error);
      status.textContent = `The linter failed on this draft: ${error.message || error}`;
      return;
    }
    show(result, text, filename, findings, rules);
    checked = true;
    const ms = Math.round(performance.now() - started);
    const count = `${findings.length} finding${findings.length === 1 ? "" : "s"}`;
    status.textContent = ready ? `${count}.` : `${count}. (Loading and checking took ${(ms / 1000).toFixed(1)} s; the next checks are instant.)`;
  }

  // Start loading as soon as the rep shows intent (focus on the form, text in
  // the draft box), so it is ready by "Check"; never on page load.
  const warmUp = () => {
    if (!engine && root.dataset.state !== "failed") load().catch(() => {});
  };
  form.addEventListener("focusin", warmUp);
  input.addEventListener("input", warmUp);
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    check();
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      check();
    }
  });
  input.addEventListener("input", () => {
    if (!checked || root.dataset.state !== "ready") return;
    clearTimeout(timer);
    timer = setTimeout(check, 400);
  });
  form.addEventListener("change", (event) => {
    if (event.target.name !== "kind") return;
    hint.textContent = event.target.dataset.hint || "";
    if (checked && input.value.trim()) check();
  });
  example.addEventListener("click", () => {
    drafts.showExample(EXAMPLES[kind()] || "", Object.values(EXAMPLES));
    check();
  });
  drafts.onRestore(() => {
    if (checked) check();
  });
}

// ---------------------------------------------------------------------------
// Loading progress: a bar, and the status line in words (at coarse steps, so
// a screen reader is not flooded)
// ---------------------------------------------------------------------------

function loadingProgress(root, status) {
  const bar = document.createElement("progress");
  bar.className = "ae-playground__progress";
  bar.max = 1;
  bar.value = 0;
  bar.hidden = true;
  bar.setAttribute("aria-label", "Loading the checker");
  status.after(bar);
  let total = 0;
  let received = 0;
  let said = -1;
  const mb = (bytes) => (bytes / 1e6).toFixed(bytes < 1e7 ? 1 : 0);
  const words = () =>
    total
      ? `Loading the checker: ${mb(Math.min(received, total))} of ${mb(total)} MB (once per visit)…`
      : "Loading the checker (once per visit, it takes a few seconds)…";
  return {
    begin() {
      bar.hidden = false;
      root.dataset.loading = "0";
      if (!status.textContent) status.textContent = words();
    },
    size(bytes) {
      total = bytes;
    },
    add(bytes) {
      received += bytes;
      if (!total) return;
      const share = Math.min(received / total, 0.99);
      bar.value = share;
      root.dataset.loading = share.toFixed(2);
      const step = Math.floor(share * 4); // a new sentence at each quarter
      if (status.textContent.startsWith("Loading") && step !== said) {
        said = step;
        status.textContent = words();
      }
    },
    say() {
      status.textContent = words();
    },
    done(ok) {
      if (status.textContent.startsWith("Loading")) {
        status.textContent = ok ? "The checker is ready." : "The checker could not load. Reload the page to try again.";
      }
      bar.value = 1;
      bar.hidden = true;
      delete root.dataset.loading;
    },
  };
}

// Counts the bytes of the checker's downloads (the manifest, the wheels, and
// the runtime files Pyodide fetches itself) as they arrive. Only while the
// checker loads, and only for requests under ``base``.
function trackDownloads(base, onBytes) {
  const original = globalThis.fetch;
  globalThis.fetch = async (resource, init) => {
    const response = await original(resource, init);
    const url = new URL(typeof resource === "string" ? resource : resource.url || String(resource), document.baseURI);
    if (!url.href.startsWith(base.href) || !response.ok || !response.body || typeof TransformStream === "undefined") {
      return response;
    }
    const counter = new TransformStream({
      transform(chunk, controller) {
        onBytes(chunk.byteLength);
        controller.enqueue(chunk);
      },
    });
    return new Response(response.body.pipeThrough(counter), {
      status: response.status,
      statusText: response.statusText,
      headers: response.headers,
    });
  };
  return () => {
    globalThis.fetch = original;
  };
}

// ---------------------------------------------------------------------------
// The rep's draft is never lost: "Try an example" puts it aside (a button
// brings it back) and replaces the text as an edit, so undo restores it too
// ---------------------------------------------------------------------------

function draftKeeper(root, input) {
  const restore = document.createElement("button");
  restore.type = "button";
  restore.className = "md-button ae-playground__restore";
  restore.textContent = "Bring back my draft";
  restore.hidden = true;
  root.querySelector(".ae-playground__example").after(restore);
  let aside = null;
  let after = () => {};

  // As if typed: the browser's undo (Ctrl+Z) brings the previous text back.
  function replaceText(text) {
    input.focus();
    input.select();
    let done = false;
    try {
      done = document.execCommand("insertText", false, text);
    } catch {
      done = false;
    }
    if (!done || input.value !== text) input.value = text;
  }

  restore.addEventListener("click", () => {
    if (aside === null) return;
    replaceText(aside);
    aside = null;
    restore.hidden = true;
    after();
  });

  return {
    showExample(text, examples) {
      const draft = input.value;
      if (draft.trim() && !examples.includes(draft)) {
        aside = draft;
        restore.hidden = false;
      }
      replaceText(text);
    },
    onRestore(callback) {
      after = callback;
    },
  };
}

// ---------------------------------------------------------------------------
// Pyodide: the runtime, the wheels, and linter.lint_text()
// ---------------------------------------------------------------------------

async function start(base, onSize, onBytes) {
  if (typeof WebAssembly === "undefined") throw new Error("no WebAssembly");
  const untrack = trackDownloads(base, onBytes || (() => {}));
  try {
    return await startPyodide(base, onSize);
  } finally {
    untrack();
  }
}

async function startPyodide(base, onSize) {
  const manifest = await fetch(new URL("manifest.json", base), { cache: "no-cache" }).then((r) => {
    if (!r.ok) throw new Error(`playground/manifest.json: HTTP ${r.status}`);
    return r.json();
  });
  onSize(manifest.bytes);
  // The wheels download while Pyodide starts. ?v= busts the cache when one changes.
  const wheels = Promise.all(
    manifest.wheels.map((w) =>
      fetch(new URL(`${w.file}?v=${w.sha256.slice(0, 12)}`, base)).then((r) => {
        if (!r.ok) throw new Error(`${w.file}: HTTP ${r.status}`);
        return r.arrayBuffer();
      }),
    ),
  );
  const indexURL = new URL("pyodide/", base).href;
  const { loadPyodide } = await import(new URL("pyodide.mjs", indexURL).href);
  const pyodide = await loadPyodide({ indexURL, stdout: () => {}, stderr: (line) => console.warn(line) });
  const purelib = pyodide.runPython("import sysconfig; sysconfig.get_path('purelib')");
  for (const buffer of await wheels) {
    pyodide.unpackArchive(buffer, "wheel", { extractDir: purelib });
  }
  pyodide.runPython(`
import importlib, json
importlib.invalidate_caches()
import linter

def _ae_check(text, filename):
    keys = ("rule", "severity", "line", "column", "end_line", "end_column", "message", "suggestion", "fix_safe")
    return json.dumps([{k: getattr(f, k) for k in keys} for f in linter.lint_text(text, filename)])

_ae_check("I understand, but hello.", "draft.txt")  # the first call imports the rules: do it now
`);
  const lint = pyodide.globals.get("_ae_check");
  return { check: (text, filename) => JSON.parse(lint(text, filename)), pyodide: manifest.pyodide };
}

// ---------------------------------------------------------------------------
// Rendering: the draft with the flagged words marked, and the list
// ---------------------------------------------------------------------------

// Findings count lines from 1 (split at "\n") and columns in Unicode code
// points from 1, end exclusive; JavaScript strings are UTF-16, so the text is
// handled as arrays of code points (Array.from) throughout.
function codePointLines(text) {
  return text.split("\n").map((line) => Array.from(line));
}

function el(tag, className, text) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function show(result, text, filename, findings, rules) {
  const lines = codePointLines(text);
  const spans = findings.map((f, i) => ({ i, f, start: [f.line, f.column], end: [f.end_line, f.end_column] }));
  const before = (a, b) => a[0] < b[0] || (a[0] === b[0] && a[1] < b[1]);
  const within = (a, b) => !before(a.start, b.start) && !before(b.end, a.end); // a inside b
  // A finding that holds another one (a whole sentence around a word) is shown faint,
  // so the words themselves stand out.
  const outer = spans.map((s) => spans.some((t) => t !== s && within(t, s) && !(within(s, t) && t.i < s.i)));

  const code = el("code");
  const last = lines.length > 1 && !lines[lines.length - 1].length ? lines.length - 1 : lines.length;
  lines.slice(0, last).forEach((chars, index) => {
    const number = index + 1;
    const line = el("span", "ae-code__line");
    const pieces = [];
    for (const s of spans) {
      if (s.f.line > number || s.f.end_line < number) continue;
      const a = s.f.line === number ? s.f.column - 1 : 0;
      const b = s.f.end_line === number ? s.f.end_column - 1 : chars.length;
      if (a < b) pieces.push([a, Math.min(b, chars.length), s.i]);
    }
    const cuts = [...new Set([0, chars.length, ...pieces.flatMap(([a, b]) => [a, b])])].sort((x, y) => x - y);
    for (let k = 0; k + 1 < cuts.length; k++) {
      const [a, b] = [cuts[k], cuts[k + 1]];
      const words = chars.slice(a, b).join("");
      const covering = pieces.filter(([s, e]) => s <= a && b <= e).map(([, , i]) => i);
      if (!covering.length) {
        line.append(words);
        continue;
      }
      const mark = el("mark", "ae-flag", words);
      if (covering.some((i) => !outer[i])) mark.classList.add("ae-flag--focus");
      mark.title = [...new Set(covering.map((i) => findings[i].rule))].join(", ");
      mark.dataset.findings = covering.map((i) => i + 1).join(" ");
      line.append(mark);
    }
    code.append(line);
    if (index + 1 < last) code.append("\n");
  });
  const pre = el("pre");
  pre.append(code);
  const shown = el("div", "ae-code ae-playground__text");
  shown.append(pre);

  let list;
  if (!findings.length) {
    list = el("div", "ae-findings ae-findings--clean");
    list.append(el("p", "ae-findings__title", "✓ empathy-lint gives no finding"));
  } else {
    list = el("div", "ae-findings");
    list.append(el("p", "ae-findings__title", `empathy-lint gives ${findings.length} finding${findings.length === 1 ? "" : "s"}`));
    const ol = el("ol", "ae-findings__list");
    findings.forEach((f, i) => {
      const li = el("li", `ae-finding ae-finding--${f.severity}`);
      li.dataset.finding = String(i + 1);
      const link = el("a", "ae-finding__rule");
      link.href = new URL(`${encodeURIComponent(f.rule)}/`, rules).href;
      link.append(el("code", "", f.rule));
      li.append(
        position(f), " ",
        el("span", "ae-finding__severity", f.severity), " ",
        link, " ",
        ...flaggedWords(lines, f),
        el("span", "ae-finding__message", f.message),
      );
      if (f.suggestion) {
        const suggestion = el("span", "ae-finding__suggestion");
        suggestion.append(el("span", "ae-finding__label", "Try:"), " ", f.suggestion);
        li.append(suggestion);
      }
      const light = (on) => {
        for (const mark of result.querySelectorAll("mark")) {
          if (mark.dataset.findings.split(" ").includes(String(i + 1))) mark.classList.toggle("ae-flag--active", on);
        }
      };
      li.addEventListener("mouseenter", () => light(true));
      li.addEventListener("mouseleave", () => light(false));
      li.addEventListener("focusin", () => light(true));
      li.addEventListener("focusout", () => light(false));
      ol.append(li);
    });
    list.append(ol);
  }

  const file = kindLine(filename);
  result.replaceChildren(file, shown, list);
  result.hidden = false;
}

// The words at a finding's span, shortened when it is a long passage.
function excerpt(lines, f) {
  const parts = [];
  for (let n = f.line; n <= f.end_line; n++) {
    const chars = lines[n - 1] || [];
    parts.push(chars.slice(n === f.line ? f.column - 1 : 0, n === f.end_line ? f.end_column - 1 : chars.length).join(""));
  }
  const words = Array.from(parts.join(" ").replace(/\s+/g, " ").trim());
  return words.length > 60 ? `${words.slice(0, 57).join("")}…` : words.join("");
}

// Where a finding is, in a rep's words: "line 2" (the column is in the tooltip).
function position(f) {
  const pos = el("span", "ae-finding__pos", `line ${f.line}`);
  pos.title = `line ${f.line}, column ${f.column}`;
  return pos;
}

// "Checked as an email reply": the kind the rep chose, not a file name.
function kindLine(filename) {
  const radio = document.querySelector(`#ae-playground input[name="kind"][value="${CSS.escape(filename)}"]`);
  const label = radio ? radio.parentElement.textContent.trim().toLowerCase() : "a draft";
  const line = el("p", "ae-example__file", `Checked as ${/^[aeiou]/.test(label) ? "an" : "a"} ${label}`);
  line.dataset.file = filename;
  return line;
}

// The flagged words, quoted before the message, unless the message already
// quotes them (the words would be printed twice).
function flaggedWords(lines, f) {
  const words = excerpt(lines, f);
  if (!words || f.message.toLowerCase().includes(words.toLowerCase())) return [];
  return [el("q", "ae-finding__words", words), " "];
}
