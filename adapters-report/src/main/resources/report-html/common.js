// report.html's shared helpers: the palette, DOM building, sortable tables, method toggles and chart set-up used by
// the evaluation's, the frontier's and a tuning run's scripts (each draws its own section from its inlined JSON).
// Opened from disk, offline: nothing here loads from the network.
var Mostra4jReport = (function () {
  'use strict';
  // Okabe–Ito: the same colours as the PNG plots and the service's explorer page
  var PALETTE = ['#0072B2', '#D55E00', '#009E73', '#E69F00', '#CC79A7', '#56B4E9', '#000000', '#F0E442'];
  var SYMBOLS = ['circle', 'rect', 'triangle', 'diamond', 'pin', 'arrow', 'roundRect', 'emptyCircle'];
  // beyond eight methods the colours repeat: the line pattern and the symbol then tell the repeat apart
  var LINES = ['solid', 'dashed', 'dotted'];
  var root = document.getElementById('report');
  var charts = [];
  var finished = 0;

  function colour(i) { return PALETTE[i % PALETTE.length]; }
  function line(i) { return LINES[Math.floor(i / PALETTE.length) % LINES.length]; }
  function symbol(i) { return SYMBOLS[(i + 3 * Math.floor(i / PALETTE.length)) % SYMBOLS.length]; }

  function el(tag, attrs, text) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { e.setAttribute(k, attrs[k]); });
    if (text !== undefined) { e.textContent = text; }
    return e;
  }
  function fmt(x, digits) { return typeof x === 'number' && isFinite(x) ? x.toFixed(digits === undefined ? 2 : digits) : '–'; }
  function escapeHtml(s) {
    return String(s).replace(/&/g, '&amp;').replace(/[<]/g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  }
  // "v % [low, high]"
  function withInterval(v, interval) {
    return fmt(v) + ' %' + (interval ? ' [' + fmt(interval[0]) + ', ' + fmt(interval[1]) + ']' : '');
  }

  // a setting's knobs as people read them: "ε = 0.05, λ = 0.1, φ = sqrt, weight boost = 2, B = 5, …"
  var NAMES = {epsilon: 'ε', lambda: 'λ', phi: 'φ', beam: 'B'};
  function knobs(point, defaultBeam) {
    var parts = (point.setting || '').split(' ').filter(function (s) { return s; }).map(function (kv) {
      var i = kv.indexOf('=');
      var k = kv.substring(0, i);
      return (NAMES[k] || k.replace(/^weight\./, 'weight ').replace(/^share\./, 'share ')) + ' = ' + kv.substring(i + 1);
    });
    var policy = point.policy || {};
    if (policy.epsilon !== undefined) {
      // a Mostra policy: its beam width, and whether SAT depends on the placed prefix
      parts.push('B = ' + (policy.beam !== undefined ? policy.beam : defaultBeam + ' (default)'));
      parts.push('sequenceAware = ' + (policy.sequenceAware === true));
      if (policy.length !== undefined) { parts.push('length = ' + policy.length); }
    }
    return parts;
  }

  // a table whose column headers sort it (buttons: keyboard operable; aria-sort says the order)
  function sortableTable(caption, columns, rows) {
    var wrap = el('div', {'class': 'table-wrap'});
    var table = el('table', {});
    table.appendChild(el('caption', {}, caption));
    var head = el('thead', {});
    var tr = el('tr', {});
    var body = el('tbody', {});
    columns.forEach(function (c, i) {
      var th = el('th', {scope: 'col', 'class': c.text ? 'text' : ''});
      var b = el('button', {type: 'button'}, c.title);
      if (c.help) { b.setAttribute('title', c.help); }
      b.addEventListener('click', function () { sortBy(i); });
      th.appendChild(b);
      tr.appendChild(th);
    });
    head.appendChild(tr);
    table.appendChild(head);
    table.appendChild(body);
    function fill(ordered) {
      body.textContent = '';
      ordered.forEach(function (r) {
        var row = el('tr', {});
        columns.forEach(function (c, i) {
          var td = el(i === 0 ? 'th' : 'td', i === 0 ? {scope: 'row'} : {'class': c.text ? 'text' : ''});
          var cell = r[i];
          if (cell && typeof cell === 'object') {
            td.appendChild(document.createTextNode(fmt(cell.value, c.digits)));
            td.appendChild(el('span', {'class': 'ci'}, ' [' + fmt(cell.low, c.digits) + ', ' + fmt(cell.high, c.digits) + ']'));
          } else if (typeof cell === 'number') {
            td.textContent = c.digits === undefined ? String(cell) : fmt(cell, c.digits);
          } else {
            td.textContent = cell === null || cell === undefined ? '–' : String(cell);
          }
          row.appendChild(td);
        });
        body.appendChild(row);
      });
    }
    var state = {column: -1, ascending: true};
    function key(r, i) { var v = r[i]; return v && typeof v === 'object' ? v.value : v; }
    function sortBy(i) {
      state.ascending = state.column === i ? !state.ascending : true;
      state.column = i;
      var dir = state.ascending ? 1 : -1;
      var ordered = rows.slice().sort(function (a, b) {
        var x = key(a, i);
        var y = key(b, i);
        if (x === y) { return 0; }
        if (x === null || x === undefined) { return 1; }
        if (y === null || y === undefined) { return -1; }
        return (typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y))) * dir;
      });
      Array.prototype.forEach.call(tr.children, function (th, j) {
        if (j === i) { th.setAttribute('aria-sort', state.ascending ? 'ascending' : 'descending'); } else { th.removeAttribute('aria-sort'); }
      });
      fill(ordered);
    }
    fill(rows);
    wrap.appendChild(table);
    return wrap;
  }

  // one labelled checkbox per method that shows or hides it on the given charts (kept in step with their legends)
  function toggles(methods, attribute, sectionCharts) {
    var set = el('fieldset', {});
    set.appendChild(el('legend', {}, 'Methods shown'));
    methods.forEach(function (m, i) {
      var id = attribute + '-' + i;
      var label = el('label', {'for': id});
      var box = el('input', {type: 'checkbox', id: id});
      box.setAttribute(attribute, m);
      box.checked = true;
      box.addEventListener('change', function () {
        sectionCharts.forEach(function (c) { c.dispatchAction({type: box.checked ? 'legendSelect' : 'legendUnSelect', name: m}); });
      });
      label.appendChild(box);
      var swatch = el('span', {'class': 'swatch ' + line(i), 'aria-hidden': 'true'});
      swatch.style.background = colour(i);
      label.appendChild(swatch);
      label.appendChild(document.createTextNode(m));
      set.appendChild(label);
    });
    return set;
  }

  // an SVG chart in box (already in the document: ECharts sizes itself from it); a legend click updates the toggle
  function chart(box, option, attribute, sectionCharts) {
    var c = echarts.init(box, null, {renderer: 'svg'});
    c.setOption(option);
    if (attribute) {
      c.on('legendselectchanged', function (e) {
        var toggle = document.querySelector('input[' + attribute + '="' + e.name.replace(/"/g, '\\"') + '"]');
        if (toggle) { toggle.checked = !!e.selected[e.name]; }
      });
    }
    charts.push(c);
    if (sectionCharts) { sectionCharts.push(c); }
    return c;
  }

  // a figure holding one chart box, with its caption
  function figure(grid, id, label, caption) {
    var fig = el('figure', {});
    var box = el('div', {'class': 'chart', id: id, role: 'img', 'aria-label': label});
    fig.appendChild(box);
    fig.appendChild(el('figcaption', {}, caption));
    grid.appendChild(fig);
    return box;
  }

  // the axes, legend and tooltip every chart shares
  function baseOption(title, xName, yName, tooltip, series) {
    return {
      animation: false,
      aria: {enabled: true},
      title: {text: title, left: 'center', textStyle: {fontSize: 14}},
      tooltip: {trigger: 'item', formatter: tooltip, confine: true}, // inside the chart's box: it clips
      legend: {bottom: 0, type: 'scroll'},
      grid: {left: 56, right: 16, top: 40, bottom: 64},
      xAxis: {type: 'value', name: xName, nameLocation: 'middle', nameGap: 26, scale: true},
      yAxis: {type: 'value', name: yName, nameLocation: 'middle', nameGap: 40, scale: true},
      series: series
    };
  }

  function data(id) {
    var node = document.getElementById(id);
    return node ? JSON.parse(node.textContent) : null;
  }

  return {
    MAX_LOSS: 10, // as the PNG plots: settings losing more SAT stay in the tables only
    root: root, colour: colour, line: line, symbol: symbol, el: el, fmt: fmt, escapeHtml: escapeHtml,
    withInterval: withInterval, knobs: knobs, sortableTable: sortableTable, toggles: toggles, chart: chart,
    figure: figure, baseOption: baseOption, data: data,
    // each part calls done() once drawn; the page is ready when all of them have
    done: function () { finished += 1; },
    finish: function (parts) {
      window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
      if (finished === parts) { document.body.setAttribute('data-state', 'ready'); }
    }
  };
}());
