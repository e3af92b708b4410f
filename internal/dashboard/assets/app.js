// Cohort dashboard: one page, drawn for its path from the node's read-only JSON endpoints.
"use strict";
(function () {
  var view = document.getElementById("view");

  function esc(v) {
    return String(v === undefined || v === null ? "" : v).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }
  function get(path) {
    return fetch(path, { headers: { Accept: "application/json" } }).then(function (r) {
      if (!r.ok) {
        return r.text().then(function (t) { throw new Error(r.status + " " + t); });
      }
      return r.json();
    });
  }
  // tokens shows base units (18 decimals) as tokens.
  function tokens(s) {
    if (!s) return "";
    s = String(s);
    var neg = s[0] === "-";
    if (neg) s = s.slice(1);
    while (s.length < 19) s = "0" + s;
    var whole = s.slice(0, s.length - 18), frac = s.slice(s.length - 18).replace(/0+$/, "");
    return (neg ? "-" : "") + whole + (frac ? "." + frac.slice(0, 4) : "");
  }
  function num(v, d) { return v === undefined || v === null ? "" : Number(v).toFixed(d); }
  function done(title) {
    document.title = title + " · Cohort";
    document.body.setAttribute("data-ready", "1");
  }
  function fail(err) {
    view.innerHTML = '<p class="err">' + esc(err.message || err) + "</p>";
    document.body.setAttribute("data-ready", "error");
  }
  function table(head, rows, id) {
    var h = '<table' + (id ? ' id="' + id + '"' : "") + "><thead><tr>";
    head.forEach(function (c) { h += "<th>" + esc(c) + "</th>"; });
    h += "</tr></thead><tbody>" + rows.join("") + "</tbody></table>";
    return h;
  }
  function filterable(inputId, tableId) {
    var input = document.getElementById(inputId);
    if (!input) return;
    input.addEventListener("input", function () {
      var q = input.value.toLowerCase();
      document.querySelectorAll("#" + tableId + " tbody tr").forEach(function (tr) {
        tr.style.display = tr.textContent.toLowerCase().indexOf(q) >= 0 ? "" : "none";
      });
    });
  }

  function network() {
    return get("/v1/dashboard/network").then(function (d) {
      var rows = d.nodes.map(function (n) {
        return '<tr class="node"><td>' + esc(n.name) + '</td><td class="mono">' + esc(n.address) + "</td><td>" +
          esc((n.roles || []).join(", ")) + '</td><td class="num">' + esc(tokens(n.stake)) + '</td><td class="num">' +
          esc(tokens(n.hourly_rate)) + '</td><td class="num">' + (n.reputation_bps === undefined ? "" : esc(n.reputation_bps)) +
          '</td><td class="num">' + esc(n.cpu_cores || "") + '</td><td class="num">' + esc(n.memory_mb || "") +
          '</td><td class="mono">' + esc(n.url) + "</td></tr>";
      });
      view.innerHTML = "<h1>Network</h1>" + '<input type="search" id="q" placeholder="Filter nodes">' +
        table(["name", "address", "roles", "stake", "rate / h", "reputation (bps)", "cores", "memory MB", "URL"], rows, "nodes") +
        (d.truncated ? '<p class="muted">More nodes than shown.</p>' : "") +
        '<p class="muted">Stake, rate and reputation are read from the chain\'s node registry; blank off chain.</p>';
      filterable("q", "nodes");
      done("Network");
    });
  }

  function market() {
    return get("/v1/dashboard/tasks").then(function (d) {
      var rows = d.tasks.map(function (t) {
        return '<tr class="task"><td><a href="/tasks/' + encodeURIComponent(t.id) + '">' + esc(t.id) + "</a></td><td>" +
          '<span class="state">' + esc(t.state || "-") + "</span></td><td>" + esc(t.chain_status) +
          '</td><td class="num rounds-done">' + esc(t.rounds_done) + " / " + esc(t.rounds) + '</td><td class="num">' +
          esc(t.trainers) + '</td><td class="num">' + esc(t.bids || "") + '</td><td class="num">' + esc(tokens(t.budget)) +
          '</td><td class="mono">' + esc((t.selected || []).join(" ")) + "</td></tr>";
      });
      view.innerHTML = "<h1>Marketplace</h1>" +
        table(["task", "state", "on chain", "rounds", "trainers", "bids", "budget", "selected"], rows, "tasks") +
        (d.truncated ? '<p class="muted">More tasks than shown.</p>' : "");
      done("Marketplace");
    });
  }

  // plot draws series (each a list of {x, y}) as an inline SVG: one circle per point.
  function plot(id, title, series, names) {
    var W = 460, H = 240, L = 48, R = 12, T = 24, B = 30;
    var xs = [], ys = [];
    series.forEach(function (s) { s.forEach(function (p) { xs.push(p.x); ys.push(p.y); }); });
    var svg = '<svg class="plot" id="' + id + '" width="' + W + '" height="' + H + '" viewBox="0 0 ' + W + " " + H +
      '" role="img" aria-label="' + esc(title) + '"><text x="' + L + '" y="15">' + esc(title) + "</text>";
    if (!xs.length) return svg + '<text x="' + L + '" y="' + H / 2 + '">no closed round yet</text></svg>';
    var x0 = Math.min.apply(null, xs), x1 = Math.max.apply(null, xs);
    var y0 = Math.min.apply(null, ys), y1 = Math.max.apply(null, ys);
    if (x1 === x0) { x0 -= 1; x1 += 1; }
    if (y1 === y0) { y0 -= 0.5; y1 += 0.5; }
    var pad = (y1 - y0) * 0.05; y0 -= pad; y1 += pad;
    function sx(x) { return L + (x - x0) / (x1 - x0) * (W - L - R); }
    function sy(y) { return H - B - (y - y0) / (y1 - y0) * (H - T - B); }
    for (var i = 0; i <= 4; i++) {
      var v = y0 + (y1 - y0) * i / 4, yy = sy(v).toFixed(1);
      svg += '<line class="grid" x1="' + L + '" x2="' + (W - R) + '" y1="' + yy + '" y2="' + yy + '"/>' +
        '<text x="4" y="' + yy + '">' + v.toPrecision(3) + "</text>";
    }
    svg += '<line class="axis" x1="' + L + '" x2="' + (W - R) + '" y1="' + (H - B) + '" y2="' + (H - B) + '"/>' +
      '<text x="' + L + '" y="' + (H - 8) + '">round ' + x0 + '</text><text x="' + (W - R - 60) + '" y="' + (H - 8) + '">round ' + x1 + "</text>";
    series.forEach(function (s, k) {
      if (!s.length) return;
      svg += '<polyline class="s' + k + '" points="' + s.map(function (p) { return sx(p.x).toFixed(1) + "," + sy(p.y).toFixed(1); }).join(" ") + '"/>';
      s.forEach(function (p) {
        svg += '<circle class="pt s' + k + '" data-round="' + p.x + '" cx="' + sx(p.x).toFixed(1) + '" cy="' + sy(p.y).toFixed(1) +
          '" r="3"><title>' + esc(names[k]) + " round " + p.x + ": " + p.y.toFixed(4) + "</title></circle>";
      });
      if (names.length > 1) svg += '<text class="s' + k + '" x="' + (W - R - 130) + '" y="' + (15 + 13 * k) + '">● ' + esc(names[k]) + "</text>";
    });
    return svg + "</svg>";
  }

  function taskPage(id) {
    return get("/v1/dashboard/tasks/" + encodeURIComponent(id)).then(function (t) {
      var h = t.history || [];
      var acc = [], test = [], train = [];
      h.forEach(function (r) {
        if (r.accuracy !== undefined && r.accuracy !== null) acc.push({ x: r.round, y: r.accuracy });
        if (r.log_loss !== undefined && r.log_loss !== null) test.push({ x: r.round, y: r.log_loss });
        train.push({ x: r.round, y: r.train_loss });
      });
      var rows = h.map(function (r) {
        return '<tr class="round"><td class="num">' + esc(r.round) + '</td><td class="num">' + num(r.accuracy, 4) +
          '</td><td class="num">' + num(r.log_loss, 4) + '</td><td class="num">' + num(r.train_loss, 4) + '</td><td class="num">' +
          esc((r.participants || []).length) + " / " + esc(r.selected) + '</td><td class="num">' + esc(r.duration_ms) +
          '</td><td class="num">' + num(r.epsilon, 3) + "</td></tr>";
      });
      var commits = (t.commitments || []).map(function (c) {
        return '<tr class="commitment"><td class="num">' + esc(c.round) + '</td><td class="mono">' + esc(c.model_cid) + "</td></tr>";
      });
      view.innerHTML = "<h1>Task <code>" + esc(t.id) + "</code></h1>" +
        '<p>state <span class="state" id="task-state">' + esc(t.state || "-") + "</span>" +
        (t.chain_status ? " · on chain " + esc(t.chain_status) : "") +
        ' · <span id="rounds-done" data-rounds="' + esc(t.rounds_done) + '">' + esc(t.rounds_done) + "</span> of " + esc(t.rounds) +
        " rounds closed · " + esc(t.trainers) + " trainers" + (t.coordinator ? " · coordinator <code>" + esc(t.coordinator) + "</code>" : "") + "</p>" +
        (t.error ? '<p class="err">' + esc(t.error) + "</p>" : "") +
        '<div class="plots">' + plot("accuracy-plot", "test accuracy", [acc], ["accuracy"]) +
        plot("loss-plot", "loss", [train, test], ["train loss", "test log-loss"]) + "</div>" +
        "<h2>Round commitments</h2>" +
        (commits.length ? table(["round", "model CID"], commits, "commitments") : '<p class="muted">' + esc(t.note || "none yet") + "</p>") +
        "<h2>Rounds</h2>" + table(["round", "accuracy", "test log-loss", "train loss", "updates", "ms", "ε"], rows, "rounds") +
        (t.truncated ? '<p class="muted">Only the latest rounds are shown.</p>' : "");
      done("Task " + t.id);
      if (t.state === "running" || t.state === "joining" || t.state === "") {
        setTimeout(function () { taskPage(id).catch(fail); }, 3000);
      }
    });
  }

  function inference() {
    return Promise.all([get("/v1/dashboard/models"), get("/v1/dashboard/requests")]).then(function (r) {
      var d = r[0], q = r[1];
      var rows = d.models.map(function (m) {
        return '<tr class="model"><td>' + esc(m.name) + "</td><td>" + esc(m.kind) + '</td><td class="num">' + esc(m.inputs) +
          "</td><td>" + esc((m.classes || []).join(", ")) + "</td><td>" + esc((m.modes || []).join(", ")) + "</td><td>" +
          esc(m.dataset) + '</td><td class="num">' + num(m.accuracy, 4) + '</td><td class="mono">' + esc(m.digest) + "</td></tr>";
      });
      var reqs = q.requests.slice().reverse().map(function (x) {
        return '<tr class="request" data-status="' + esc(x.status) + '"><td class="num">' + esc(x.id) + '</td><td class="mono">' +
          esc(x.model_id.slice(0, 18)) + '…</td><td class="mono">' + esc(x.requester) + '</td><td><span class="state proof-' +
          esc(x.status) + '">' + esc(x.status) + '</span></td><td class="mono">' + esc(x.miner || x.prover || "") +
          '</td><td class="num">' + esc(x.outputs || "") + '</td><td class="num">' + esc(tokens(x.fee)) + "</td><td>" +
          esc(x.deadline) + "</td></tr>";
      });
      view.innerHTML = "<h1>Inference</h1>" +
        (rows.length ? table(["model", "kind", "inputs", "classes", "modes", "data set", "accuracy", "digest"], rows, "models") +
          '<p class="muted">POST /v1/infer on the gateway; its OpenAPI document is <a href="/openapi.json">/openapi.json</a>.</p>'
          : '<p class="muted">This node serves no model (a gateway with <code>[gateway] models</code> does).</p>') +
        "<h2>Requests on chain</h2>" +
        (reqs.length ? table(["id", "model", "requester", "proof", "miner", "outputs", "fee", "deadline"], reqs, "requests") +
          (q.truncated ? '<p class="muted">The newest requests only.</p>' : "") +
          '<p class="muted">verified: the miner\'s proof passed the oracle\'s on-chain verifier and the fee went to it.</p>'
          : '<p class="muted">No inference request on chain (off chain, or none yet).</p>');
      done("Inference");
    });
  }

  function rewards() {
    return get("/v1/dashboard/rewards").then(function (d) {
      var rows = d.rewards.map(function (x) {
        return '<tr class="reward"><td>' + esc(x.name) + '</td><td class="mono">' + esc(x.address) + "</td><td>" +
          esc((x.roles || []).join(", ")) + '</td><td class="num paid">' + esc(tokens(x.paid) || "0") + '</td><td class="num">' +
          esc(tokens(x.validator_paid) || "0") + '</td><td class="num">' + esc(tokens(x.slashed) || "0") + '</td><td class="num">' +
          esc(x.tasks) + '</td><td class="num">' + esc(tokens(x.credit) || "0") + '</td><td class="num">' + esc(tokens(x.stake)) +
          '</td><td class="num">' + esc(tokens(x.balance) || "0") + "</td></tr>";
      });
      view.innerHTML = "<h1>Rewards and balances</h1>" +
        (rows.length ? table(["name", "address", "roles", "paid", "validator fees", "slashed", "tasks", "withdrawable", "stake", "tokens"], rows, "rewards") +
          (d.truncated ? '<p class="muted">More accounts than shown.</p>' : "") +
          '<p class="muted">From the market\'s Paid, ValidatorPaid and ContributorSlashed events; withdrawable is the market credit, tokens the wallet.</p>'
          : '<p class="muted">No chain here: rewards are paid on chain.</p>');
      done("Rewards");
    });
  }

  var path = location.pathname.replace(/\/+$/, "") || "/";
  var m = path.match(/^\/tasks\/([^\/]+)$/);
  var p;
  if (m) p = taskPage(decodeURIComponent(m[1]));
  else if (path === "/network") p = network();
  else if (path === "/inference") p = inference();
  else if (path === "/rewards") p = rewards();
  else p = market();
  p.catch(fail);
})();
