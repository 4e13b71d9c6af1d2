// The explorer page: plain JavaScript, no build step, no external hosts (the service's CSP allows only its own
// assets). Every knob change asks POST /v1/sequence twice: once with the knobs, once with ε = 0 (the pure
// satisfaction order) to show what the knobs changed. Problems the service reports are shown next to the field
// they name (RFC 9457 "errors[].path").
(function () {
  'use strict';

  var WORKED_EXAMPLE = {
    sessionId: 'worked-example', userId: 'u1', date: '2026-01-15',
    candidates: [
      {trackId: 't1', relevance: 0.96, objectives: []},
      {trackId: 't2', relevance: 0.95, objectives: ['exposure']},
      {trackId: 't3', relevance: 0.80, objectives: ['discovery']},
      {trackId: 't4', relevance: 0.93, objectives: ['boost']}
    ]
  };
  var PHI = ['sqrt', 'log1p', 'linear', 'cap'];
  var SCALAR_KNOBS = ['epsilon', 'lambda', 'beam', 'length'];
  var objectives = [];      // [{id, description}] from /v1/objectives
  var namedPolicies = {};   // name -> policy JSON, when the service lists any
  var latestRun = null;     // the newest frontier or tuning run in the store, when there is one
  var pending = null;       // AbortController of the request in flight
  var timer = null;
  var generation = 0;

  function $(id) { return document.getElementById(id); }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'class') { e.className = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }

  function setState(state) { document.body.setAttribute('data-state', state); }

  // ---- the policy from the controls ----

  function numberOrNull(input) {
    var text = input.value.trim();
    return text === '' ? null : Number(text);
  }

  function currentPolicy() {
    var p = {};
    SCALAR_KNOBS.forEach(function (k) {
      var v = numberOrNull($(k));
      if (v !== null) { p[k] = v; }
    });
    p.discount = $('discount').checked;
    var weights = {};
    var concave = {};
    objectives.forEach(function (o) {
      var w = numberOrNull($('weight-' + o.id));
      if (w !== null && w !== 1) { weights[o.id] = w; }
      var phi = $('phi-' + o.id).value;
      if (phi === 'cap') {
        var t = $('cap-' + o.id).value.trim();
        concave[o.id] = 'cap:' + t;
      } else if (phi !== 'sqrt') {
        concave[o.id] = phi;
      }
    });
    if (Object.keys(weights).length) { p.weights = weights; }
    if (Object.keys(concave).length) { p.concave = concave; }
    if ($('sequence-aware').checked) { p.sequenceAware = true; }
    return p;
  }

  function showPolicy(policy) {
    $('policy-json').textContent = JSON.stringify(policy, null, 2);
  }

  function applyPolicy(policy) {
    SCALAR_KNOBS.forEach(function (k) {
      if (policy[k] !== undefined) { $(k).value = policy[k]; }
    });
    syncRange('epsilon');
    syncRange('lambda');
    if (policy.discount !== undefined) { $('discount').checked = !!policy.discount; }
    $('sequence-aware').checked = !!policy.sequenceAware;
    objectives.forEach(function (o) {
      var w = policy.weights && policy.weights[o.id];
      $('weight-' + o.id).value = w === undefined ? 1 : w;
      var c = (policy.concave && policy.concave[o.id]) || 'sqrt';
      if (c.indexOf('cap:') === 0) {
        $('phi-' + o.id).value = 'cap';
        $('cap-' + o.id).value = c.substring(4);
      } else {
        $('phi-' + o.id).value = c;
      }
      capVisibility(o.id);
    });
  }

  function syncRange(k) {
    var v = Number($(k).value);
    if ($(k).value.trim() !== '' && isFinite(v)) { $(k + '-range').value = v; }
  }

  function capVisibility(id) {
    $('cap-wrap-' + id).hidden = $('phi-' + id).value !== 'cap';
  }

  // ---- problems next to their fields ----

  var ERROR_SLOTS = ['search-error', 'session-json-error', 'epsilon-error', 'lambda-error', 'beam-error', 'length-error',
    'discount-error', 'sequence-aware-error', 'policy-error', 'result-error'];

  function clearErrors() {
    ERROR_SLOTS.concat(objectives.map(function (o) { return 'objective-error-' + o.id; })).forEach(function (id) {
      if (id !== 'search-error' && $(id)) { $(id).textContent = ''; }
    });
    Array.prototype.forEach.call(document.querySelectorAll('[aria-invalid=true]'), function (e) {
      if (e.id !== 'search') { e.removeAttribute('aria-invalid'); }
    });
  }

  // which slot (and which control to mark) a problem path belongs to
  function slotFor(path) {
    var m = /^\$\.policy\.(epsilon|lambda|beam|length|discount|sequenceAware)\b/.exec(path || '');
    if (m) {
      var id = m[1] === 'sequenceAware' ? 'sequence-aware' : m[1];
      return {slot: id + '-error', control: id};
    }
    m = /^\$\.policy\.(weights|concave)\.([a-z0-9_-]+)/.exec(path || '');
    if (m && $('objective-error-' + m[2])) {
      return {slot: 'objective-error-' + m[2], control: (m[1] === 'weights' ? 'weight-' : 'phi-') + m[2]};
    }
    if (/^\$\.policy/.test(path || '')) { return {slot: 'policy-error', control: null}; }
    return {slot: 'session-json-error', control: 'session-json'};
  }

  function showProblem(problem, fallbackSlot) {
    var errors = (problem && problem.errors) || [];
    if (!errors.length) {
      var slot = problem && problem.type === 'urn:mostra4j:problem:malformed-json' ? 'session-json-error' : fallbackSlot;
      $(slot).textContent = (problem && (problem.detail || problem.title)) || 'the service did not answer';
      if (slot === 'session-json-error') { $('session-json').setAttribute('aria-invalid', 'true'); }
      return;
    }
    errors.forEach(function (e) {
      var where = slotFor(e.path);
      var slotEl = $(where.slot);
      slotEl.textContent = (slotEl.textContent ? slotEl.textContent + ' ' : '') + e.path + ': ' + e.message;
      if (where.control && $(where.control)) { $(where.control).setAttribute('aria-invalid', 'true'); }
    });
  }

  // ---- talking to the service ----

  function readProblem(response) {
    return response.text().then(function (text) {
      try { return JSON.parse(text); } catch (e) { return {detail: 'HTTP ' + response.status + ': ' + text.slice(0, 200)}; }
    });
  }

  function postSequence(body, signal) {
    return fetch('/v1/sequence', {method: 'POST', headers: {'Content-Type': 'application/json'}, body: body, signal: signal})
      .then(function (r) {
        if (r.ok) { return r.json(); }
        return readProblem(r).then(function (p) { throw {problem: p}; });
      });
  }

  // the request body: the pasted session with the knobs as its policy; text that is not a JSON object goes to the
  // service as it is, so that its own message (with line and column) is what the page shows
  function bodies(policy) {
    var text = $('session-json').value;
    var session;
    try { session = JSON.parse(text); } catch (e) { return {raw: text}; }
    if (session === null || typeof session !== 'object' || Array.isArray(session)) { return {raw: text}; }
    var withKnobs = Object.assign({}, session, {policy: policy});
    var satOnly = Object.assign({}, session, {policy: Object.assign({}, policy, {epsilon: 0})});
    return {knobs: JSON.stringify(withKnobs), satOnly: JSON.stringify(satOnly)};
  }

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(refresh, delay === undefined ? 150 : delay);
  }

  function refresh() {
    var policy = currentPolicy();
    showPolicy(policy);
    if (pending) { pending.abort(); }
    var controller = new AbortController();
    pending = controller;
    var mine = ++generation;
    setState('loading');
    var b = bodies(policy);
    var requests = b.raw !== undefined ? [postSequence(b.raw, controller.signal)]
      : [postSequence(b.knobs, controller.signal), postSequence(b.satOnly, controller.signal)];
    Promise.all(requests).then(function (answers) {
      if (mine !== generation) { return; }
      clearErrors();
      render(answers[0], answers[1]);
      placeOnRun(policy);
      setState('ready');
    }).catch(function (e) {
      if (mine !== generation || (e && e.name === 'AbortError')) { return; }
      clearErrors();
      showProblem(e && e.problem ? e.problem : {detail: 'the service cannot be reached: ' + e}, 'result-error');
      $('order').querySelector('tbody').textContent = '';
      $('summary').textContent = 'No order: see the message next to the field at fault.';
      setState('error');
    });
  }

  // ---- the answer ----

  function fmt(x) { return typeof x === 'number' ? x.toFixed(4) : ''; }

  function badge(id) {
    var i = objectives.findIndex(function (o) { return o.id === id; });
    return el('span', {'class': 'badge c' + ((i < 0 ? objectives.length : i) % 7)}, id);
  }

  function render(answer, satOnly) {
    var tbody = $('order').querySelector('tbody');
    tbody.textContent = '';
    var satPos = {};
    (satOnly ? satOnly.sequence : []).forEach(function (p) { satPos[p.trackId] = p.position; });
    var moved = 0;
    var gain = 0;
    answer.sequence.forEach(function (p) {
      var tr = el('tr', {'data-track': p.trackId});
      tr.appendChild(el('td', {'class': 'num'}, String(p.position)));
      tr.appendChild(el('th', {scope: 'row'}, p.trackId));
      tr.appendChild(el('td', {'class': 'num'}, fmt(p.relevance)));
      tr.appendChild(el('td', {'class': 'num'}, fmt(p.gain)));
      tr.appendChild(el('td', {'class': 'num'}, fmt(p.score)));
      var objs = el('td', {});
      (p.objectives || []).forEach(function (o) { objs.appendChild(badge(o)); });
      tr.appendChild(objs);
      tr.appendChild(change(p, satPos));
      if (satPos[p.trackId] !== p.position) { moved++; }
      gain += p.gain || 0;
      tbody.appendChild(tr);
    });
    $('summary').textContent = 'Session ' + answer.sessionId + ': ' + answer.sequence.length + ' tracks; ' +
      (satOnly ? moved + ' placed differently from the pure satisfaction order (ε = 0); ' : '') +
      'total gain ' + gain.toFixed(4) + '.';
  }

  function change(p, satPos) {
    var was = satPos[p.trackId];
    if (was === undefined) { return el('td', {}, 'new'); }
    var d = was - p.position;
    if (d === 0) { return el('td', {}, '='); }
    return el('td', {'class': d > 0 ? 'moved-up' : 'moved-down'},
      (d > 0 ? '▲ ' + d : '▼ ' + (-d)) + ' (was #' + was + ')');
  }

  // ---- where the knobs sit on the latest frontier / tuning run ----

  // Mostra's knobs as the frontier evaluation names them; φ is an index into its list of concave functions
  var RUN_PHI = ['sqrt', 'log1p', 'cap:2', 'linear'];
  var RUN_RANGE = {epsilon: 1, lambda: 2, phi: 3};

  function knobVector(policy) {
    var v = {epsilon: policy.epsilon === undefined ? 0.05 : policy.epsilon,
      lambda: policy.lambda === undefined ? 0.07 : policy.lambda};
    var phis = objectives.map(function (o) { return (policy.concave && policy.concave[o.id]) || 'sqrt'; });
    var same = phis.every(function (f) { return f === phis[0]; });
    if (phis.length && same && RUN_PHI.indexOf(phis[0]) >= 0) { v.phi = RUN_PHI.indexOf(phis[0]); }
    objectives.forEach(function (o) {
      v['weight.' + o.id] = policy.weights && policy.weights[o.id] !== undefined ? policy.weights[o.id] : 1;
    });
    return v;
  }

  function distance(current, knobs) {
    var d = 0;
    Object.keys(knobs).forEach(function (k) {
      if (current[k] === undefined) { return; }
      var range = RUN_RANGE[k] || 3;
      d += Math.pow((current[k] - knobs[k]) / range, 2);
    });
    return Math.sqrt(d);
  }

  function describeKnobs(knobs) {
    return Object.keys(knobs).map(function (k) {
      var label = k === 'epsilon' ? 'ε' : k === 'lambda' ? 'λ' : k === 'phi' ? 'φ' : k.replace('weight.', 'w ');
      return label + ' ' + (k === 'phi' ? (RUN_PHI[Math.round(knobs[k])] || knobs[k]) : knobs[k]);
    }).join(', ');
  }

  function interval(e) {
    if (!e) { return '–'; }
    return fmt2(e.value) + ' %' + (e.low !== undefined ? ' [' + fmt2(e.low) + ', ' + fmt2(e.high) + ']' : '');
  }
  function fmt2(x) { return typeof x === 'number' ? x.toFixed(2) : '–'; }

  function placeOnRun(policy) {
    if (!latestRun) { return; }
    var box = $('frontier-text');
    var points = latestRun.points.filter(function (p) { return p.method === 'mostra' && p.satLossPercent; });
    var head = 'Latest ' + latestRun.kind + ' run ' + latestRun.runId + ' (' + latestRun.createdAt + '): ';
    if (!points.length) {
      box.textContent = head + 'it holds no Mostra settings to compare with.';
      $('frontier-table').hidden = true;
      return;
    }
    var current = knobVector(policy);
    var nearest = points.reduce(function (best, p) {
      var d = distance(current, p.knobs);
      return best === null || d < best.d ? {p: p, d: d} : best;
    }, null);
    var n = nearest.p;
    var gains = Object.keys(n.gainPercent).map(function (o) { return o + ' ' + interval(n.gainPercent[o]); });
    var lessLoss = points.filter(function (p) { return p.satLossPercent.value < n.satLossPercent.value; }).length;
    box.textContent = head + (nearest.d < 1e-9 ? 'your knobs are' : 'the setting nearest your knobs is') +
      ' Mostra #' + n.point + ' (' + describeKnobs(n.knobs) + '; measured on ' + n.measuredOn + ' sessions): SAT loss ' +
      interval(n.satLossPercent) + '; gain ' + (gains.join(', ') || '–') + '. ' + lessLoss + ' of the run\'s ' +
      points.length + ' Mostra settings lose less SAT.';
    var tbody = $('frontier-table').querySelector('tbody');
    tbody.textContent = '';
    points.slice().sort(function (a, b) { return a.satLossPercent.value - b.satLossPercent.value; }).forEach(function (p) {
      var tr = el('tr', p === n ? {'class': 'nearest'} : {});
      tr.appendChild(el('th', {scope: 'row'}, '#' + p.point + (p === n ? ' ◀ nearest' : '') + (p.chosen ? ' (chosen)' : '')));
      tr.appendChild(el('td', {}, describeKnobs(p.knobs)));
      tr.appendChild(el('td', {'class': 'num'}, fmt2(p.satLossPercent.value)));
      tr.appendChild(el('td', {}, Object.keys(p.gainPercent).map(function (o) {
        return o + ' ' + fmt2(p.gainPercent[o].value);
      }).join(', ')));
      tbody.appendChild(tr);
    });
    $('frontier-table').hidden = false;
  }

  function loadRun() {
    return fetch('/v1/runs/latest').then(function (r) { return r.ok ? r.json() : {run: null}; })
      .then(function (answer) {
        latestRun = answer.run;
        $('frontier').hidden = !latestRun;
      }).catch(function () { latestRun = null; });
  }

  // ---- logged sessions ----

  function search(event) {
    if (event) { event.preventDefault(); }
    var q = $('search').value.trim();
    var list = $('search-results');
    $('search-error').textContent = '';
    $('search').removeAttribute('aria-invalid');
    fetch('/v1/sessions?limit=20&q=' + encodeURIComponent(q)).then(function (r) {
      if (!r.ok) { return readProblem(r).then(function (p) { throw {problem: p}; }); }
      return r.json();
    }).then(function (found) {
      list.textContent = '';
      if (!found.sessions.length) { $('search-error').textContent = 'no logged session starts with "' + q + '"'; }
      found.sessions.forEach(function (s) {
        var b = el('button', {type: 'button', 'class': 'link', 'data-session': s.sessionId},
          s.sessionId + ' · ' + s.userId + ' · ' + s.date + ' · ' + s.candidates + ' candidates');
        b.addEventListener('click', function () { pick(s.sessionId); });
        var li = el('li', {});
        li.appendChild(b);
        list.appendChild(li);
      });
    }).catch(function (e) {
      list.textContent = '';
      $('search-error').textContent = e && e.problem ? (e.problem.detail || e.problem.title) : 'the service cannot be reached';
      $('search').setAttribute('aria-invalid', 'true');
    });
  }

  function pick(id) {
    fetch('/v1/sessions/' + encodeURIComponent(id)).then(function (r) {
      if (!r.ok) { return readProblem(r).then(function (p) { throw {problem: p}; }); }
      return r.json();
    }).then(function (found) {
      $('session-json').value = JSON.stringify(found.session, null, 2);
      var logged = found.logged.map(function (c) {
        return c.trackId + (c.sat === true ? ' ✓' : c.sat === false ? ' ✗' : '');
      });
      $('logged-order').textContent = logged.join(', ') + ' (✓ listened to the end, ✗ skipped; context ' +
        found.context + ')';
      $('logged').hidden = false;
      schedule(0);
    }).catch(function (e) {
      $('search-error').textContent = e && e.problem ? (e.problem.detail || e.problem.title) : 'the service cannot be reached';
    });
  }

  // ---- set-up ----

  function objectiveControls() {
    var box = $('objective-knobs');
    objectives.forEach(function (o) {
      var row = el('div', {'class': 'objective'});
      var name = el('div', {'class': 'name'});
      name.appendChild(badge(o.id));
      name.appendChild(document.createTextNode(' ' + (o.description || '')));
      row.appendChild(name);
      var wl = el('label', {'for': 'weight-' + o.id}, 'w');
      var w = el('input', {id: 'weight-' + o.id, type: 'number', step: '0.1', value: '1',
        'aria-describedby': 'objective-error-' + o.id});
      w.setAttribute('aria-label', 'weight of ' + o.id);
      var wrapW = el('div', {});
      wrapW.appendChild(wl);
      wrapW.appendChild(w);
      row.appendChild(wrapW);
      var pl = el('label', {'for': 'phi-' + o.id}, 'φ');
      var phi = el('select', {id: 'phi-' + o.id, 'aria-label': 'shape φ of ' + o.id});
      PHI.forEach(function (f) { phi.appendChild(el('option', {value: f}, f === 'cap' ? 'cap:T' : f)); });
      var wrapP = el('div', {});
      wrapP.appendChild(pl);
      wrapP.appendChild(phi);
      row.appendChild(wrapP);
      var cl = el('label', {'for': 'cap-' + o.id}, 'T');
      var cap = el('input', {id: 'cap-' + o.id, type: 'number', step: '0.5', value: '2', 'aria-label': 'cap T of ' + o.id});
      var wrapC = el('div', {id: 'cap-wrap-' + o.id});
      wrapC.appendChild(cl);
      wrapC.appendChild(cap);
      row.appendChild(wrapC);
      row.appendChild(el('p', {'class': 'error', id: 'objective-error-' + o.id, role: 'alert'}));
      box.appendChild(row);
      [w, cap].forEach(function (input) { input.addEventListener('input', function () { schedule(); }); });
      phi.addEventListener('change', function () { capVisibility(o.id); schedule(); });
      capVisibility(o.id);
    });
  }

  // a named policy, when the service lists them: an array of {name, policy} or an object {name: policy}
  function readNamedPolicies(info) {
    var p = info.policies;
    if (!p) { return; }
    if (Array.isArray(p)) {
      p.forEach(function (e) { if (e && e.name) { namedPolicies[e.name] = e.policy || e; } });
    } else if (typeof p === 'object') {
      Object.keys(p).forEach(function (k) { namedPolicies[k] = p[k]; });
    }
    var names = Object.keys(namedPolicies).sort();
    if (!names.length) { return; }
    names.forEach(function (n) { $('named-policy').appendChild(el('option', {value: n}, n)); });
    $('named-policy-knob').hidden = false;
  }

  function wire() {
    ['epsilon', 'lambda'].forEach(function (k) {
      $(k + '-range').addEventListener('input', function () { $(k).value = $(k + '-range').value; schedule(); });
      $(k).addEventListener('input', function () { syncRange(k); schedule(); });
    });
    ['beam', 'length'].forEach(function (k) { $(k).addEventListener('input', function () { schedule(); }); });
    ['discount', 'sequence-aware'].forEach(function (k) { $(k).addEventListener('change', function () { schedule(); }); });
    $('session-json').addEventListener('input', function () { $('logged').hidden = true; schedule(400); });
    $('worked-example').addEventListener('click', function () {
      $('session-json').value = JSON.stringify(WORKED_EXAMPLE, null, 2);
      $('logged').hidden = true;
      schedule(0);
    });
    $('named-policy').addEventListener('change', function () {
      var chosen = namedPolicies[$('named-policy').value];
      if (chosen) { applyPolicy(chosen); }
      schedule(0);
    });
    $('search-form').addEventListener('submit', search);
    $('copy-policy').addEventListener('click', copyPolicy);
  }

  function copyPolicy() {
    var text = $('policy-json').textContent;
    var done = function () { $('copy-status').textContent = 'Copied.'; };
    var fallback = function () {
      // no clipboard permission (plain http on another host): select the text for Ctrl-C instead
      var range = document.createRange();
      range.selectNodeContents($('policy-json'));
      var sel = window.getSelection();
      sel.removeAllRanges();
      sel.addRange(range);
      $('copy-status').textContent = 'Selected: press Ctrl-C (⌘-C) to copy.';
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(done, fallback);
    } else {
      fallback();
    }
  }

  function start() {
    $('session-json').value = JSON.stringify(WORKED_EXAMPLE, null, 2);
    wire();
    Promise.all([
      fetch('/v1/objectives').then(function (r) { return r.json(); }),
      fetch('/health').then(function (r) { return r.json(); }).catch(function () { return {}; }),
      loadRun()
    ]).then(function (answers) {
      objectives = answers[0].objectives || [];
      objectiveControls();
      readNamedPolicies(answers[0]);
      $('service-status').textContent = 'Service ' + (answers[1].status || 'unknown') + ', model ' +
        (answers[1].modelVersion || 'unknown') + '.';
      // a link may name a logged session to open: /?session=ID
      var linked = new URLSearchParams(window.location.search).get('session');
      if (linked) { $('search').value = linked; pick(linked); } else { refresh(); }
    }).catch(function (e) {
      $('result-error').textContent = 'the service cannot be reached: ' + e;
      setState('error');
    });
  }

  document.addEventListener('DOMContentLoaded', start);
}());
